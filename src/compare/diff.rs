//! Compares two catalogs into the typed change model (compare/change.rs): every event, catalog
//! property and plan, recursively through nested definitions, each difference a named kind
//! with its class (SPEC §4). Nothing is silent: every field `catalog.schema.yaml` allows has
//! its row here (tests/it/change_table.rs walks the schema to prove it).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::catalog::definition::escape_pointer;
use crate::catalog::values::ValueIndex;
use crate::catalog::{
    Additional, Branches, Catalog, Constraints, Event, Keyword, Name, Num, Plan, PropertyDef,
    PropertyKind, PropertyType, PropertyUse, Status, TypeSet,
};
use crate::compare::change::{BOUNDS, Bound, Change, Class, Diff, Kind, Place, Versions};
use crate::config::Config;
use crate::syntax::source::Span;
use foldhash::HashMap as FastMap;

/// Every change from `base` to `head`: events, then catalog properties, then plans, by name.
pub fn compare(base: &Catalog, head: &Catalog) -> Diff {
    let mut diff = Diff::default();
    compare_events(base, head, &mut diff);
    compare_catalog_properties(base, head, &mut diff);
    compare_plans(base, head, &mut diff);
    diff
}

/// [`compare`], with the config rows first when both sides' configs are known (a side
/// without a config file has the defaults). The events a config change alters (closed by
/// `defaults.closed`) carry their own rows already: each catalog knows its default.
pub fn compare_with_configs(
    base: &Catalog,
    base_config: Option<&Config>,
    head: &Catalog,
    head_config: Option<&Config>,
) -> Diff {
    let mut diff = compare(base, head);
    if base_config.is_some() || head_config.is_some() {
        let defaults = Config::defaults(std::path::PathBuf::from("."), Vec::new());
        let rows = config_changes(
            base_config.unwrap_or(&defaults),
            head_config.unwrap_or(&defaults),
        );
        diff.changes.splice(0..0, rows);
    }
    diff
}

/// The config keys that alter the model (SPEC §4): each listed under the config, neutral.
fn config_changes(base: &Config, head: &Config) -> Vec<Change> {
    fn sorted(items: impl IntoIterator<Item = String>) -> Value {
        let mut items: Vec<String> = items.into_iter().collect();
        items.sort();
        Value::Array(items.into_iter().map(Value::String).collect())
    }
    fn consent(config: &Config) -> Value {
        let mut names: Vec<(&String, &Vec<String>)> = config.consent_categories.iter().collect();
        names.sort();
        Value::Object(
            names
                .into_iter()
                .map(|(k, v)| (k.clone(), sorted(v.iter().cloned())))
                .collect(),
        )
    }
    fn named(list: &[Name]) -> Value {
        Value::Array(
            list.iter()
                .map(|n| Value::String(n.value.clone()))
                .collect(),
        )
    }
    let style = |config: &Config| Value::String(format!("{:?}", config.naming.style));
    let pattern = |config: &Config| {
        config
            .naming
            .event_pattern
            .as_ref()
            .map_or(Value::Null, |(_, text)| Value::String(text.value.clone()))
    };
    let rows: [(&str, Value, Value); 11] = [
        (
            "defaults.closed",
            base.default_closed.into(),
            head.default_closed.into(),
        ),
        ("consent.categories", consent(base), consent(head)),
        (
            "crm.approvers",
            sorted(base.approvers.iter().cloned()),
            sorted(head.approvers.iter().cloned()),
        ),
        ("naming.style", style(base), style(head)),
        (
            "naming.areas",
            sorted(base.naming.areas.iter().cloned()),
            sorted(head.naming.areas.iter().cloned()),
        ),
        (
            "naming.extra_verbs",
            sorted(base.naming.extra_verbs.iter().cloned()),
            sorted(head.naming.extra_verbs.iter().cloned()),
        ),
        (
            "naming.banned_words",
            sorted(base.naming.banned_words.iter().cloned()),
            sorted(head.naming.banned_words.iter().cloned()),
        ),
        (
            "naming.max_length",
            base.naming.max_length.into(),
            head.naming.max_length.into(),
        ),
        ("naming.event_pattern", pattern(base), pattern(head)),
        (
            "properties.required",
            named(&base.required_properties),
            named(&head.required_properties),
        ),
        (
            "lifecycle.required_stages",
            named(&base.required_stages),
            named(&head.required_stages),
        ),
    ];
    let mut changes = Vec::new();
    for (key, old, new) in rows.into_iter().filter(|(_, old, new)| old != new) {
        let mut found = found(Kind::ConfigChanged, Class::Neutral)
            .values(Some(old), Some(new))
            .at(head.file_span(), None);
        // Who may approve, and what a consent name means, are a lifecycle question.
        if matches!(key, "crm.approvers" | "consent.categories") {
            found = found.review();
        }
        let mut out = Out {
            place: Place::Config,
            name: key,
            changes: &mut changes,
        };
        out.push("", found);
    }
    changes
}

/// Where changes being found go: their entity, and the list.
struct Out<'d> {
    place: Place,
    name: &'d str,
    changes: &'d mut Vec<Change>,
}

/// One change, before it is placed.
struct Found {
    kind: Kind,
    class: Class,
    old: Option<Value>,
    new: Option<Value>,
    head: Option<Span>,
    base: Option<Span>,
    review: bool,
    because: Option<String>,
}

fn found(kind: Kind, class: Class) -> Found {
    Found {
        kind,
        class,
        old: None,
        new: None,
        head: None,
        base: None,
        review: false,
        because: None,
    }
}

impl Found {
    fn values(mut self, old: Option<Value>, new: Option<Value>) -> Found {
        self.old = old;
        self.new = new;
        self
    }

    fn at(mut self, head: Option<Span>, base: Option<Span>) -> Found {
        self.head = head;
        self.base = base;
        self
    }

    fn review(mut self) -> Found {
        self.review = true;
        self
    }

    /// Compatible after all, for the reason given (the old definition already implied it).
    fn implied(mut self, because: Option<String>) -> Found {
        if because.is_some() && self.class == Class::Breaking {
            self.class = Class::Compatible;
            self.because = because;
        }
        self
    }
}

impl Out<'_> {
    fn push(&mut self, pointer: &str, found: Found) {
        self.changes.push(Change {
            place: self.place,
            name: self.name.to_owned(),
            pointer: pointer.to_owned(),
            kind: found.kind,
            old: found.old,
            new: found.new,
            class: found.class,
            review: found.review,
            because: found.because,
            head: found.head,
            base: found.base,
        });
    }
}

fn text(name: &Option<Name>) -> Option<Value> {
    name.as_ref().map(|n| Value::String(n.value.clone()))
}

fn span(name: &Option<Name>) -> Option<Span> {
    name.as_ref().map(|n| n.span)
}

/// A field compared as one value: listed with `class` when it differs.
fn field(
    out: &mut Out,
    pointer: &str,
    kind: Kind,
    class: Class,
    was: &Option<Name>,
    now: &Option<Name>,
) -> bool {
    let (old, new) = (text(was), text(now));
    if old == new {
        return false;
    }
    out.push(
        pointer,
        found(kind, class).values(old, new).at(span(now), span(was)),
    );
    true
}

// ---------------------------------------------------------------------------------------
// Events

fn compare_events(base: &Catalog, head: &Catalog, diff: &mut Diff) {
    let names: BTreeSet<&str> = base
        .events
        .iter()
        .chain(&head.events)
        .map(|e| e.name.value.as_str())
        .collect();
    let renames = renames(head);
    for name in names {
        let (before, after) = (base.event(name), head.event(name));
        diff.versions.insert(
            name.to_owned(),
            Versions {
                before: before.map(Event::version),
                after: after.map(Event::version),
            },
        );
        let mut out = Out {
            place: Place::Event,
            name,
            changes: &mut diff.changes,
        };
        match (before, after) {
            (None, Some(after)) => {
                let renamed: Vec<Value> = after
                    .renamed_from
                    .iter()
                    .map(|n| Value::String(n.value.clone()))
                    .collect();
                let old = (!renamed.is_empty()).then_some(Value::Array(renamed));
                out.push(
                    "",
                    found(Kind::EventAdded, Class::Compatible)
                        .values(old, None)
                        .at(Some(after.name.span), None),
                );
            }
            (Some(before), None) => removed_event(&mut out, before, renames.get(name).copied()),
            (Some(before), Some(after)) => {
                event_changes(&mut out, base, before, head, after);
            }
            (None, None) => {}
        }
    }
}

/// Old name -> the first head event that names it in its `renamed_from`.
fn renames(head: &Catalog) -> FastMap<&str, &Event> {
    let mut renames = FastMap::default();
    for event in &head.events {
        for old in &event.renamed_from {
            renames.entry(old.value.as_str()).or_insert(event);
        }
    }
    renames
}

/// Removing an event is breaking unless it was deprecated or retired first, or renamed (to
/// `renamed_to`, the head event naming it in `renamed_from`): then neutral, and listed.
fn removed_event(out: &mut Out, before: &Event, renamed_to: Option<&Event>) {
    let retired_first = matches!(before.status(), Status::Deprecated | Status::Retired);
    let (class, new, head, because) = match renamed_to {
        Some(new) => (
            Class::Neutral,
            Some(Value::String(new.name.value.clone())),
            Some(new.name.span),
            None,
        ),
        None if retired_first => (
            Class::Neutral,
            None,
            None,
            Some(format!(
                "it was {} first",
                before
                    .status
                    .as_ref()
                    .map_or("deprecated", |s| s.value.as_str())
            )),
        ),
        None => (Class::Breaking, None, None, None),
    };
    let mut change = found(Kind::EventRemoved, class)
        .values(
            before
                .status
                .as_ref()
                .map(|s| Value::from(s.value.as_str())),
            new,
        )
        .at(head, Some(before.name.span));
    change.because = because;
    out.push("", change);
}

fn event_changes(out: &mut Out, base: &Catalog, before: &Event, head: &Catalog, after: &Event) {
    let (was_closed, now_closed) = (
        before.is_closed(base.default_closed),
        after.is_closed(head.default_closed),
    );
    if was_closed != now_closed {
        let (kind, class) = if now_closed {
            (Kind::Closed, Class::Breaking)
        } else {
            (Kind::Opened, Class::Compatible)
        };
        out.push(
            "/closed",
            found(kind, class)
                .values(Some(was_closed.into()), Some(now_closed.into()))
                .at(
                    Some(after.closed.as_ref().map_or(after.name.span, |c| c.span)),
                    before.closed.as_ref().map(|c| c.span),
                ),
        );
    }
    event_properties(out, base, before, head, after);
    event_fields(out, before, after);
}

/// The event's properties, each as its payload sees it: the catalog definition with the
/// event's narrowing, or the inline definition. A catalog property's change thus shows on
/// every event that references it.
fn event_properties(out: &mut Out, base: &Catalog, before: &Event, head: &Catalog, after: &Event) {
    for was in &before.properties {
        let pointer = format!("/properties/{}", escape_pointer(&was.name.value));
        let Some(now) = after.property(&was.name.value) else {
            out.push(
                &pointer,
                found(Kind::PropertyRemoved, Class::Breaking)
                    .values(Some(was.name.value.clone().into()), None)
                    .at(None, Some(was.name.span)),
            );
            continue;
        };
        if let Some(change) = requiredness(was.is_required(), now.is_required()) {
            out.push(
                &pointer,
                change.at(Some(now.name.span), Some(was.name.span)),
            );
        }
        let (old, new) = (View::of_use(base, was), View::of_use(head, now));
        definition(out, &pointer, &old, &new);
    }
    for now in &after.properties {
        if before.property(&now.name.value).is_some() {
            continue;
        }
        let pointer = format!("/properties/{}", escape_pointer(&now.name.value));
        out.push(
            &pointer,
            added_property(now.is_required(), &now.name.value).at(Some(now.name.span), None),
        );
    }
}

fn requiredness(was: bool, now: bool) -> Option<Found> {
    match (was, now) {
        (false, true) => Some(found(Kind::MadeRequired, Class::Breaking)),
        (true, false) => Some(found(Kind::MadeOptional, Class::Compatible)),
        _ => None,
    }
}

/// A new property: breaking when required (old payloads lack it), else compatible.
fn added_property(required: bool, name: &str) -> Found {
    let class = if required {
        Class::Breaking
    } else {
        Class::Compatible
    };
    found(Kind::PropertyAdded, class).values(None, Some(Value::String(name.to_owned())))
}

/// The event's own fields (SPEC §4): consent and dedupe key need a lifecycle look (review),
/// the rest is neutral and listed.
fn event_fields(out: &mut Out, before: &Event, after: &Event) {
    field(
        out,
        "/consent",
        Kind::ConsentChanged,
        Class::Neutral,
        &before.consent,
        &after.consent,
    )
    .then(|| mark_review(out));
    field(
        out,
        "/dedupe_key",
        Kind::DedupeKeyChanged,
        Class::Neutral,
        &before.dedupe_key,
        &after.dedupe_key,
    )
    .then(|| mark_review(out));
    let (reviewed_before, reviewed_after) = (
        day_text(&before.last_reviewed),
        day_text(&after.last_reviewed),
    );
    let status_text = |status: &Option<crate::syntax::source::Located<Status>>| {
        status
            .as_ref()
            .map(|s| Name::new(s.value.as_str().to_owned(), s.span))
    };
    let (status_before, status_after) = (status_text(&before.status), status_text(&after.status));
    let neutral: [(&str, Kind, &Option<Name>, &Option<Name>); 6] = [
        (
            "/description",
            Kind::DescriptionChanged,
            &before.description,
            &after.description,
        ),
        ("/owner", Kind::OwnerChanged, &before.owner, &after.owner),
        (
            "/status",
            Kind::StatusChanged,
            &status_before,
            &status_after,
        ),
        (
            "/lifecycle",
            Kind::LifecycleChanged,
            &before.lifecycle,
            &after.lifecycle,
        ),
        (
            "/backfill",
            Kind::BackfillChanged,
            &before.backfill,
            &after.backfill,
        ),
        (
            "/last_reviewed",
            Kind::LastReviewedChanged,
            &reviewed_before,
            &reviewed_after,
        ),
    ];
    for (pointer, kind, was, now) in neutral {
        field(out, pointer, kind, Class::Neutral, was, now);
    }
    if before.version() != after.version() {
        out.push(
            "/version",
            found(Kind::VersionChanged, Class::Neutral)
                .values(Some(before.version().into()), Some(after.version().into()))
                .at(
                    after.version.as_ref().map(|v| v.span),
                    before.version.as_ref().map(|v| v.span),
                ),
        );
    }
    list_field(out, "/tags", Kind::TagsChanged, &before.tags, &after.tags);
    list_field(
        out,
        "/renamed_from",
        Kind::RenamedFromChanged,
        &before.renamed_from,
        &after.renamed_from,
    );
    deprecation(out, before, after);
    crm(out, before, after);
    volume_and_sampling(out, before, after);
    changelog(out, before, after);
}

/// Marks the change just pushed as needing a lifecycle look.
fn mark_review(out: &mut Out) {
    if let Some(last) = out.changes.last_mut() {
        last.review = true;
    }
}

/// A list of names compared as one value.
fn list_field(out: &mut Out, pointer: &str, kind: Kind, was: &[Name], now: &[Name]) -> bool {
    let values = |list: &[Name]| -> Vec<Value> {
        list.iter()
            .map(|n| Value::String(n.value.clone()))
            .collect()
    };
    let (old, new) = (values(was), values(now));
    if old == new {
        return false;
    }
    out.push(
        pointer,
        found(kind, Class::Neutral)
            .values(Some(Value::Array(old)), Some(Value::Array(new)))
            .at(now.first().map(|n| n.span), was.first().map(|n| n.span)),
    );
    true
}

/// A date as the text it compares as (`2026-01-31`).
fn day_text(day: &Option<crate::catalog::Day>) -> Option<Name> {
    day.as_ref().map(|d| Name::new(d.value.to_string(), d.span))
}

fn deprecation(out: &mut Out, before: &Event, after: &Event) {
    let (was, now) = (before.deprecated.as_deref(), after.deprecated.as_deref());
    let fields = |d: Option<&crate::catalog::Deprecation>| {
        [
            ("since", d.and_then(|d| day_text(&d.since))),
            ("replaced_by", d.and_then(|d| d.replaced_by.clone())),
            ("sunset", d.and_then(|d| day_text(&d.sunset))),
            ("reason", d.and_then(|d| d.reason.clone())),
        ]
    };
    for ((key, old), (_, new)) in fields(was).into_iter().zip(fields(now)) {
        field(
            out,
            &format!("/deprecated/{key}"),
            Kind::DeprecationChanged,
            Class::Neutral,
            &old,
            &new,
        );
    }
}

/// CRM eligibility, approver, approved version and trigger text: neutral for the payload; a
/// new trigger text is what lifecycle approved, so it needs their look.
fn crm(out: &mut Out, before: &Event, after: &Event) {
    let (was, now) = (before.crm.as_deref(), after.crm.as_deref());
    let eligible = |crm: Option<&crate::catalog::Crm>| {
        crm.and_then(|c| c.eligible.as_ref())
            .is_some_and(|e| e.value)
    };
    if eligible(was) != eligible(now) {
        out.push(
            "/crm/eligible",
            found(Kind::CrmEligibilityChanged, Class::Neutral)
                .values(Some(eligible(was).into()), Some(eligible(now).into()))
                .at(now.map(|c| c.key), was.map(|c| c.key)),
        );
    }
    let approved_by = |crm: Option<&crate::catalog::Crm>| crm.and_then(|c| c.approved_by.clone());
    field(
        out,
        "/crm/approved_by",
        Kind::CrmApproverChanged,
        Class::Neutral,
        &approved_by(was),
        &approved_by(now),
    );
    let version = |crm: Option<&crate::catalog::Crm>| {
        crm.and_then(|c| c.approved_version.as_ref())
            .map(|v| Name::new(v.value.to_string(), v.span))
    };
    let (old_version, new_version) = (version(was), version(now));
    if old_version.as_ref().map(|v| &v.value) != new_version.as_ref().map(|v| &v.value) {
        let number = |v: &Option<Name>| {
            v.as_ref()
                .and_then(|v| v.value.parse::<u64>().ok())
                .map(Value::from)
        };
        out.push(
            "/crm/approved_version",
            found(Kind::CrmApprovedVersionChanged, Class::Neutral)
                .values(number(&old_version), number(&new_version))
                .at(span(&new_version), span(&old_version)),
        );
    }
    let trigger = |crm: Option<&crate::catalog::Crm>| crm.and_then(|c| c.trigger.clone());
    if field(
        out,
        "/crm/trigger",
        Kind::CrmTriggerChanged,
        Class::Neutral,
        &trigger(was),
        &trigger(now),
    ) {
        mark_review(out);
    }
}

fn volume_and_sampling(out: &mut Out, before: &Event, after: &Event) {
    let band = |event: &Event| {
        event.volume.as_deref().map(|v| {
            serde_json::json!({
                "min_per_hour": v.min_per_hour.as_ref().map(|m| m.value),
                "max_per_hour": v.max_per_hour.as_ref().map(|m| m.value),
            })
        })
    };
    if band(before) != band(after) {
        out.push(
            "/volume",
            found(Kind::VolumeChanged, Class::Neutral)
                .values(band(before), band(after))
                .at(
                    after.volume.as_deref().map(|v| v.key),
                    before.volume.as_deref().map(|v| v.key),
                ),
        );
    }
    let sampling = |event: &Event| {
        event.sampling.as_deref().map(|s| {
            serde_json::json!({
                "rate": s.rate.as_ref().map(|r| r.value.clone()),
                "rule": s.rule.as_ref().map(|r| r.value.clone()),
            })
        })
    };
    if sampling(before) != sampling(after) {
        out.push(
            "/sampling",
            found(Kind::SamplingChanged, Class::Neutral)
                .values(sampling(before), sampling(after))
                .at(
                    after.sampling.as_deref().map(|s| s.key),
                    before.sampling.as_deref().map(|s| s.key),
                ),
        );
    }
}

fn changelog(out: &mut Out, before: &Event, after: &Event) {
    let entries = |event: &Event| -> Value {
        Value::Array(
            event
                .changelog
                .iter()
                .map(|entry| {
                    serde_json::json!({
                        "version": entry.version.as_ref().map(|v| v.value),
                        "date": entry.date.as_ref().map(|d| d.value.to_string()),
                        "summary": entry.summary.as_ref().map(|s| s.value.clone()),
                    })
                })
                .collect(),
        )
    };
    let (old, new) = (entries(before), entries(after));
    if old != new {
        out.push(
            "/changelog",
            found(Kind::ChangelogChanged, Class::Neutral)
                .values(Some(old), Some(new))
                .at(after.changelog_key, before.changelog_key),
        );
    }
}

// ---------------------------------------------------------------------------------------
// Definitions, at any depth

/// A definition as a payload sees it: the definition, the narrowing a reference adds, and
/// the description that applies.
#[derive(Clone, Copy)]
struct View<'a> {
    def: Option<&'a PropertyDef>,
    narrowing: Option<&'a Constraints>,
    description: Option<&'a Name>,
    /// Where to point when nothing more specific changed.
    span: Span,
}

impl<'a> View<'a> {
    fn of_use(catalog: &'a Catalog, property: &'a PropertyUse) -> View<'a> {
        match &property.kind {
            PropertyKind::Inline(def) => View::of(def),
            PropertyKind::Reference(reference) => {
                let def = catalog.property(&property.name.value);
                View {
                    def,
                    narrowing: Some(&reference.constraints),
                    description: reference
                        .description
                        .as_ref()
                        .or_else(|| def.and_then(|d| d.description.as_ref())),
                    span: property.name.span,
                }
            }
        }
    }

    fn of(def: &'a PropertyDef) -> View<'a> {
        View {
            def: Some(def),
            narrowing: None,
            description: def.description.as_ref(),
            span: def.name.span,
        }
    }

    /// A keyword as it applies: the reference's narrowing first, then the definition's.
    fn keyword(&self, name: &str) -> Option<&'a Keyword> {
        self.narrowing
            .and_then(|n| n.get(name))
            .or_else(|| self.def.and_then(|d| d.constraints.get(name)))
    }

    fn types(&self) -> Option<TypeSet> {
        self.def.and_then(PropertyDef::type_set)
    }

    fn type_span(&self) -> Span {
        self.def
            .and_then(|d| d.types.as_ref())
            .map_or(self.span, |t| t.span)
    }

    fn name_field(&self, get: fn(&PropertyDef) -> &Option<Name>) -> Option<&'a Name> {
        self.def.and_then(|d| get(d).as_ref())
    }
}

/// Every difference between two views of one definition, at `pointer`.
fn definition(out: &mut Out, pointer: &str, was: &View, now: &View) {
    types(out, pointer, was, now);
    own_fields(out, pointer, was, now);
    keywords(out, pointer, was, now);
    annotations(out, pointer, was, now);
    shapes(out, pointer, was, now);
}

/// The type set (SPEC §4): adding `"null"` is compatible, removing it breaking; `timestamp`
/// to `string` drops only the format (compatible), the other way breaking; any other change
/// of the set is breaking, as is a type where there was none. Dropping the type altogether
/// accepts everything (compatible).
fn types(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let (old, new) = (was.types(), now.types());
    if old == new {
        return;
    }
    let describe = |set: Option<TypeSet>| set.map(|s| Value::String(s.describe()));
    let (kind, class) = match (old, new) {
        (None, Some(_)) => (Kind::TypeAdded, Class::Breaking),
        (Some(_), None) => (Kind::TypeRemoved, Class::Compatible),
        (Some(old), Some(new)) => type_change(old, new),
        (None, None) => return,
    };
    // A type every value of the old enum or const already has narrows nothing.
    let because =
        new.and_then(|set| implied_by_old(was, &|value| has_type(set, value), "has the new type"));
    let path = format!("{pointer}/type");
    out.push(
        &path,
        found(kind, class)
            .values(describe(old), describe(new))
            .at(Some(now.type_span()), Some(was.type_span()))
            .implied(because),
    );
}

/// Whether a value has one of the types of `set` as a payload check sees it (a timestamp is
/// an RFC 3339 string).
fn has_type(set: TypeSet, value: &Value) -> bool {
    set.iter().any(|t| match t {
        PropertyType::Timestamp => value
            .as_str()
            .is_some_and(|text| text.parse::<jiff::Timestamp>().is_ok()),
        other => other.admits(value),
    })
}

fn type_change(old: TypeSet, new: TypeSet) -> (Kind, Class) {
    // `string` accepts every timestamp: beside it, `timestamp` adds nothing.
    let plain = |set: TypeSet| {
        if set.contains(PropertyType::String) {
            TypeSet::of(set.iter().filter(|t| *t != PropertyType::Timestamp))
        } else {
            set
        }
    };
    if plain(old) == plain(new) {
        return (Kind::TypeWidened, Class::Compatible);
    }
    let (old_values, new_values) = (old.without_null(), new.without_null());
    if old_values == new_values {
        return if new.is_nullable() {
            (Kind::NullAdded, Class::Compatible)
        } else {
            (Kind::NullRemoved, Class::Breaking)
        };
    }
    let timestamp = TypeSet::of([PropertyType::Timestamp]);
    let string = TypeSet::of([PropertyType::String]);
    let null_kept_or_added = !old.is_nullable() || new.is_nullable();
    if old_values == timestamp && new_values == string && null_kept_or_added {
        return (Kind::TypeWidened, Class::Compatible);
    }
    (Kind::TypeChanged, Class::Breaking)
}

/// Unit, classification, description and owner.
fn own_fields(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let (old_unit, new_unit) = (was.name_field(|d| &d.unit), now.name_field(|d| &d.unit));
    let unit = match (old_unit, new_unit) {
        (Some(a), Some(b)) if a.value != b.value => Some((Kind::UnitChanged, Class::Breaking)),
        (Some(_), None) => Some((Kind::UnitRemoved, Class::Breaking)),
        (None, Some(_)) => Some((Kind::UnitAdded, Class::Neutral)),
        _ => None,
    };
    if let Some((kind, class)) = unit {
        out.push(
            &format!("{pointer}/unit"),
            found(kind, class)
                .values(name_value(old_unit), name_value(new_unit))
                .at(
                    new_unit.map(|u| u.span).or(Some(now.span)),
                    old_unit.map(|u| u.span),
                ),
        );
    }
    let classification = |view: &View| view.def.map(|d| d.classification());
    let shown = |view: &View| {
        view.name_field(|d| &d.classification)
            .map_or_else(|| "internal".to_owned(), |c| c.value.clone())
    };
    if classification(was) != classification(now)
        || (was.def.is_some() && now.def.is_some() && shown(was) != shown(now))
    {
        out.push(
            &format!("{pointer}/classification"),
            found(Kind::ClassificationChanged, Class::Neutral)
                .values(Some(shown(was).into()), Some(shown(now).into()))
                .at(
                    now.name_field(|d| &d.classification)
                        .map(|c| c.span)
                        .or(Some(now.span)),
                    was.name_field(|d| &d.classification).map(|c| c.span),
                )
                .review(),
        );
    }
    if was.description.map(|d| &d.value) != now.description.map(|d| &d.value) {
        out.push(
            &format!("{pointer}/description"),
            found(Kind::DescriptionChanged, Class::Neutral)
                .values(name_value(was.description), name_value(now.description))
                .at(
                    now.description.map(|d| d.span).or(Some(now.span)),
                    was.description.map(|d| d.span),
                ),
        );
    }
    let (old_owner, new_owner) = (was.name_field(|d| &d.owner), now.name_field(|d| &d.owner));
    if old_owner.map(|o| &o.value) != new_owner.map(|o| &o.value) {
        out.push(
            &format!("{pointer}/owner"),
            found(Kind::OwnerChanged, Class::Neutral)
                .values(name_value(old_owner), name_value(new_owner))
                .at(
                    new_owner.map(|o| o.span).or(Some(now.span)),
                    old_owner.map(|o| o.span),
                ),
        );
    }
}

fn name_value(name: Option<&Name>) -> Option<Value> {
    name.map(|n| Value::String(n.value.clone()))
}

/// Enum, const, pattern, format, the bounds, `multipleOf`, `uniqueItems` and `examples`.
fn keywords(out: &mut Out, pointer: &str, was: &View, now: &View) {
    enum_change(out, pointer, was, now);
    const_change(out, pointer, was, now);
    pattern_change(out, pointer, was, now);
    format_change(out, pointer, was, now);
    for bound in BOUNDS {
        bound_change(out, pointer, was, now, bound);
    }
    multiple_of(out, pointer, was, now);
    unique_items(out, pointer, was, now);
    let (old, new) = (was.keyword("examples"), now.keyword("examples"));
    if old.map(|k| &k.value) != new.map(|k| &k.value) {
        out.push(
            &format!("{pointer}/examples"),
            found(Kind::ExamplesChanged, Class::Neutral)
                .values(old.map(|k| k.value.clone()), new.map(|k| k.value.clone()))
                .at(new.map(|k| k.span).or(Some(now.span)), old.map(|k| k.span)),
        );
    }
}

/// Where a keyword change points: the new keyword's value, else the definition.
fn keyword_spans(
    was: Option<&Keyword>,
    now: Option<&Keyword>,
    view: &View,
) -> (Option<Span>, Option<Span>) {
    (Some(now.map_or(view.span, |k| k.span)), was.map(|k| k.span))
}

fn enum_change(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let (old, new) = (was.keyword("enum"), now.keyword("enum"));
    let path = format!("{pointer}/enum");
    let (head, base) = keyword_spans(old, new, now);
    match (
        old.and_then(|k| k.value.as_array()),
        new.and_then(|k| k.value.as_array()),
    ) {
        (Some(before), Some(after)) => {
            // Values on one side missing from the other, by hash: two enums of 100,000
            // values are not compared pairwise.
            let missing = |from: &[Value], to: &[Value]| -> Vec<Value> {
                let kept = ValueIndex::of(to);
                from.iter().filter(|v| !kept.contains(v)).cloned().collect()
            };
            let removed = missing(before, after);
            let added = missing(after, before);
            if !removed.is_empty() {
                let because =
                    implied_by_old(was, &|value| after.contains(value), "is in the new enum");
                out.push(
                    &path,
                    found(Kind::EnumValueRemoved, Class::Breaking)
                        .values(Some(Value::Array(removed)), None)
                        .at(head, base)
                        .implied(because),
                );
            }
            if !added.is_empty() {
                out.push(
                    &path,
                    found(Kind::EnumValueAdded, Class::Compatible)
                        .values(None, Some(Value::Array(added)))
                        .at(head, base),
                );
            }
        }
        (None, Some(after)) => {
            let because = implied_by_old(was, &|value| after.contains(value), "is in the new enum");
            out.push(
                &path,
                found(Kind::EnumAdded, Class::Breaking)
                    .values(None, new.map(|k| k.value.clone()))
                    .at(head, base)
                    .implied(because),
            );
        }
        (Some(_), None) => out.push(
            &path,
            found(Kind::EnumRemoved, Class::Compatible)
                .values(old.map(|k| k.value.clone()), None)
                .at(head, base),
        ),
        (None, None) => {}
    }
}

/// A flat keyword as the two sides write it.
struct Pair<'a> {
    name: &'a str,
    old: Option<&'a Keyword>,
    new: Option<&'a Keyword>,
}

impl<'a> Pair<'a> {
    fn of(name: &'a str, was: &View<'a>, now: &View<'a>) -> Pair<'a> {
        Pair {
            name,
            old: was.keyword(name),
            new: now.keyword(name),
        }
    }

    /// `added` when only the new side has it, `changed` when the values differ, `removed`
    /// when only the old side has it; none when nothing changed.
    fn kind(&self, [added, changed, removed]: [Kind; 3]) -> Option<Kind> {
        match (self.old, self.new) {
            (None, Some(_)) => Some(added),
            (Some(a), Some(b)) if a.value != b.value => Some(changed),
            (Some(_), None) => Some(removed),
            _ => None,
        }
    }

    /// The row of the change: old and new values, at the new keyword (else the definition),
    /// with the baseline's keyword.
    fn push(
        &self,
        out: &mut Out,
        pointer: &str,
        now: &View,
        kind: Kind,
        class: Class,
        because: Option<String>,
    ) {
        let (head, base) = keyword_spans(self.old, self.new, now);
        out.push(
            &format!("{pointer}/{}", self.name),
            found(kind, class)
                .values(
                    self.old.map(|k| k.value.clone()),
                    self.new.map(|k| k.value.clone()),
                )
                .at(head, base)
                .implied(because),
        );
    }
}

fn const_change(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let pair = Pair::of("const", was, now);
    let Some(kind) = pair.kind([Kind::ConstAdded, Kind::ConstChanged, Kind::ConstRemoved]) else {
        return;
    };
    let class = if kind == Kind::ConstRemoved {
        Class::Compatible
    } else {
        Class::Breaking
    };
    let because = pair
        .new
        .and_then(|new| implied_by_old(was, &|value| *value == new.value, "equals the new const"));
    pair.push(out, pointer, now, kind, class, because);
}

fn pattern_change(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let pair = Pair::of("pattern", was, now);
    let Some(kind) = pair.kind([
        Kind::PatternAdded,
        Kind::PatternChanged,
        Kind::PatternRemoved,
    ]) else {
        return;
    };
    let class = if kind == Kind::PatternRemoved {
        Class::Compatible
    } else {
        Class::Breaking
    };
    let because = pair
        .new
        .and_then(|k| k.value.as_str())
        .and_then(|pattern| {
            // As validate reads it: ECMA-262 (`\d` is ASCII, `.` stops at `\r`).
            let translated = jsonschema_regex::to_rust_regex(pattern).ok()?;
            regex::RegexBuilder::new(&translated)
                .size_limit(1 << 20)
                .build()
                .ok()
        })
        .and_then(|regex| {
            implied_by_old(
                was,
                &|value| value.as_str().is_some_and(|s| regex.is_match(s)),
                "matches the new pattern",
            )
        });
    pair.push(out, pointer, now, kind, class, because);
}

/// `format` pairs where the new one accepts every value of the old.
const WIDER_FORMATS: [(&str, &str); 4] = [
    ("email", "idn-email"),
    ("hostname", "idn-hostname"),
    ("uri", "iri"),
    ("uri-reference", "iri-reference"),
];

fn format_change(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let pair = Pair::of("format", was, now);
    // A format that is not a string (the schema reports it) is compared as written.
    let Some(kind) = pair.kind([Kind::FormatAdded, Kind::FormatChanged, Kind::FormatRemoved])
    else {
        return;
    };
    let names = (
        pair.old.and_then(|k| k.value.as_str()),
        pair.new.and_then(|k| k.value.as_str()),
    );
    let (class, because) = match (kind, names) {
        (Kind::FormatRemoved, _) => (Class::Compatible, None),
        (Kind::FormatChanged, (Some(a), Some(b))) => (
            Class::Breaking,
            WIDER_FORMATS
                .contains(&(a, b))
                .then(|| format!("{b} accepts every {a}")),
        ),
        _ => (Class::Breaking, None),
    };
    pair.push(out, pointer, now, kind, class, because);
}

fn bound_change(out: &mut Out, pointer: &str, was: &View, now: &View, bound: Bound) {
    let pair = Pair::of(bound.keyword, was, now);
    let (old_value, new_value) = (
        pair.old.and_then(|k| k.number),
        pair.new.and_then(|k| k.number),
    );
    let tighter = |a: Num, b: Num| {
        let order = b.compare(a);
        if bound.lower {
            order == Some(std::cmp::Ordering::Greater)
        } else {
            order == Some(std::cmp::Ordering::Less)
        }
    };
    let kind = match (old_value, new_value) {
        (None, Some(_)) => Kind::BoundAdded,
        (Some(a), Some(b)) if tighter(a, b) => Kind::BoundTightened,
        (Some(a), Some(b)) if tighter(b, a) => Kind::BoundLoosened,
        (Some(_), None) => Kind::BoundRemoved,
        _ => return,
    };
    let class = match kind {
        Kind::BoundAdded | Kind::BoundTightened => Class::Breaking,
        _ => Class::Compatible,
    };
    let because = new_value.and_then(|limit| implied_bound(was, bound, limit));
    pair.push(out, pointer, now, kind, class, because);
}

fn multiple_of(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let pair = Pair::of("multipleOf", was, now);
    let kind = match (pair.old, pair.new) {
        (None, Some(_)) => Kind::BoundAdded,
        (Some(a), Some(b)) if a.value != b.value && divides(&a.value, &b.value) => {
            Kind::BoundLoosened
        }
        (Some(a), Some(b)) if a.value != b.value => Kind::BoundTightened,
        (Some(_), None) => Kind::BoundRemoved,
        _ => return,
    };
    let class = match kind {
        Kind::BoundAdded | Kind::BoundTightened => Class::Breaking,
        _ => Class::Compatible,
    };
    let because = pair.new.and_then(|m| {
        implied_by_old(
            was,
            &|value| value.is_number() && divides(value, &m.value),
            "is a multiple of it",
        )
    });
    pair.push(out, pointer, now, kind, class, because);
}

/// Whether the number `a` is a whole multiple of `b`, decided exactly on their decimal digits
/// (`0.3` is a multiple of `0.1`, `2` is not one of `2.0000000002`); numbers too long to
/// compare exactly count as not.
fn divides(a: &Value, b: &Value) -> bool {
    let (Some((a, a_exp)), Some((b, b_exp))) = (decimal(a), decimal(b)) else {
        return false;
    };
    if b == 0 {
        return false;
    }
    // Both as integers over the same power of ten.
    let exp = a_exp.min(b_exp);
    let scale = |m: i128, e: i32| {
        u32::try_from(e - exp)
            .ok()
            .and_then(|shift| 10i128.checked_pow(shift))
            .and_then(|factor| m.checked_mul(factor))
    };
    match (scale(a, a_exp), scale(b, b_exp)) {
        (Some(a), Some(b)) => a % b == 0,
        _ => false,
    }
}

/// A JSON number as `mantissa × 10^exponent`, read from its shortest decimal form.
fn decimal(value: &Value) -> Option<(i128, i32)> {
    let text = value.as_number()?.to_string();
    let (digits, exp) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().ok()?),
        None => (text.as_str(), 0),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction = fraction.trim_end_matches('0');
    let mantissa: i128 = format!("{whole}{fraction}").parse().ok()?;
    let places = i32::try_from(fraction.len()).ok()?;
    Some((mantissa, exp.checked_sub(places)?))
}

fn unique_items(out: &mut Out, pointer: &str, was: &View, now: &View) {
    let on =
        |view: &View| view.keyword("uniqueItems").and_then(|k| k.value.as_bool()) == Some(true);
    let (kind, class) = match (on(was), on(now)) {
        (false, true) => (Kind::UniqueItemsAdded, Class::Breaking),
        (true, false) => (Kind::UniqueItemsRemoved, Class::Compatible),
        _ => return,
    };
    let at_most_one = was
        .keyword("maxItems")
        .and_then(|k| k.number)
        .is_some_and(|n| n.compare(Num::Int(1)) != Some(std::cmp::Ordering::Greater));
    let because = at_most_one.then(|| "the old maxItems allows at most one item".to_owned());
    Pair::of("uniqueItems", was, now).push(out, pointer, now, kind, class, because);
}

/// The reason every value the old definition allowed meets a new constraint, when its values
/// are finite and known (an `enum` or a `const`) and each `meets` it.
fn implied_by_old(was: &View, meets: &dyn Fn(&Value) -> bool, what: &str) -> Option<String> {
    if let Some(values) = was.keyword("enum").and_then(|k| k.value.as_array()) {
        return (!values.is_empty() && values.iter().all(meets))
            .then(|| format!("already implied: every value of the old enum {what}"));
    }
    let constant = was.keyword("const")?;
    meets(&constant.value).then(|| format!("already implied: the old const {what}"))
}

/// The most characters a value of a fixed-length format has.
const FORMAT_LENGTHS: [(&str, u64); 5] = [
    ("uuid", 36),
    ("date", 10),
    ("ipv4", 15),
    ("ipv6", 45),
    ("email", 320),
];

/// The reason a new (or tighter) bound was already implied by the old definition: its enum
/// or const values, its anchored pattern's longest match, its fixed-length format, or an
/// exclusive bound at least as tight.
fn implied_bound(was: &View, bound: Bound, limit: Num) -> Option<String> {
    use std::cmp::Ordering::{Greater, Less};
    let within = |value: Num, inclusive: bool| {
        let order = value.compare(limit);
        match (bound.lower, inclusive) {
            (true, true) => order != Some(Less),
            (true, false) => order == Some(Greater),
            (false, true) => order != Some(Greater),
            (false, false) => order == Some(Less),
        }
    };
    let inclusive = !bound.keyword.starts_with("exclusive");
    let measure: fn(&Value) -> Option<Num> = match bound.keyword {
        "minLength" | "maxLength" => |v| v.as_str().map(|s| Num::Int(s.chars().count() as i128)),
        "minItems" | "maxItems" => |v| v.as_array().map(|a| Num::Int(a.len() as i128)),
        "minProperties" | "maxProperties" => |v| v.as_object().map(|o| Num::Int(o.len() as i128)),
        _ => Num::of,
    };
    if let Some(because) = implied_by_old(
        was,
        &|value| measure(value).is_some_and(|n| within(n, inclusive)),
        "is within it",
    ) {
        return Some(because);
    }
    if bound.keyword == "maxLength" {
        if let Some(longest) = was
            .keyword("pattern")
            .and_then(|k| k.value.as_str())
            .and_then(longest_match)
            .filter(|&n| within(Num::Int(i128::from(n)), true))
        {
            return Some(format!(
                "already implied: the old pattern matches at most {longest} bytes"
            ));
        }
        let format = was.keyword("format").and_then(|k| k.value.as_str());
        if let Some((name, length)) = FORMAT_LENGTHS
            .iter()
            .find(|(name, _)| Some(*name) == format)
            .filter(|(_, length)| within(Num::Int(i128::from(*length)), true))
        {
            return Some(format!(
                "already implied: a {name} is at most {length} characters"
            ));
        }
    }
    // An exclusive bound of the old definition at least as tight as the new inclusive one
    // (or the other way round).
    let sibling = match bound.keyword {
        "minimum" => Some(("exclusiveMinimum", false)),
        "maximum" => Some(("exclusiveMaximum", false)),
        "exclusiveMinimum" => Some(("minimum", true)),
        "exclusiveMaximum" => Some(("maximum", true)),
        _ => None,
    };
    let (keyword, sibling_inclusive) = sibling?;
    let value = was.keyword(keyword)?.number?;
    let tight_enough = match (inclusive, sibling_inclusive) {
        // old exclusive x implies new inclusive y when x is at least as tight as y.
        (true, false) => within(value, true),
        // old inclusive x implies new exclusive y when x is strictly tighter than y.
        _ => within(value, false),
    };
    tight_enough.then(|| format!("already implied: the old {keyword} is at least as tight"))
}

/// The most bytes a pattern anchored at both ends (`^...$`) can match; an unanchored JSON
/// Schema pattern bounds nothing.
fn longest_match(pattern: &str) -> Option<u64> {
    use regex_syntax::hir::Look;
    let translated = jsonschema_regex::to_rust_regex(pattern).ok()?;
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(100)
        .build()
        .parse(&translated)
        .ok()?;
    let properties = hir.properties();
    let anchored = properties.look_set_prefix().contains(Look::Start)
        && properties.look_set_suffix().contains(Look::End);
    anchored
        .then(|| properties.maximum_len())
        .flatten()
        .map(|n| n as u64)
}

/// `title`, `default`, `$comment`, `deprecated`, `readOnly`, `writeOnly` and `x-*`: neutral.
fn annotations(out: &mut Out, pointer: &str, was: &View, now: &View) {
    fn list<'a>(view: &View<'a>) -> &'a [crate::catalog::Annotation] {
        view.def.map_or(&[][..], |d| d.annotations.as_slice())
    }
    let (old, new) = (list(was), list(now));
    let keys: BTreeSet<&str> = old
        .iter()
        .chain(new)
        .map(|a| a.key.value.as_str())
        .collect();
    for key in keys {
        let find =
            |list: &[crate::catalog::Annotation]| list.iter().find(|a| a.key.value == key).cloned();
        let (before, after) = (find(old), find(new));
        if before.as_ref().map(|a| &a.value) == after.as_ref().map(|a| &a.value) {
            continue;
        }
        out.push(
            &format!("{pointer}/{}", escape_pointer(key)),
            found(Kind::AnnotationChanged, Class::Neutral)
                .values(
                    before.as_ref().map(|a| a.value.clone()),
                    after.as_ref().map(|a| a.value.clone()),
                )
                .at(
                    Some(after.as_ref().map_or(now.span, |a| a.span)),
                    before.as_ref().map(|a| a.span),
                ),
        );
    }
}

/// The nested shape: children (and their requiredness), closedness, `additionalProperties`,
/// `patternProperties`, `propertyNames`, `items` and the branches.
fn shapes(out: &mut Out, pointer: &str, was: &View, now: &View) {
    fn shape<'a>(view: &View<'a>) -> Option<&'a crate::catalog::Shape> {
        view.def.and_then(|d| d.shape.as_deref())
    }
    let empty = crate::catalog::Shape::default();
    let (old, new) = (shape(was).unwrap_or(&empty), shape(now).unwrap_or(&empty));
    children(out, pointer, old, new, now);
    closedness(out, pointer, old, new, was, now);
    pattern_properties(out, pointer, old, new, was, now);
    optional_definition(
        out,
        &format!("{pointer}/propertyNames"),
        old.property_names.as_deref(),
        new.property_names.as_deref(),
        (Kind::PropertyNamesAdded, Kind::PropertyNamesRemoved),
        now,
    );
    optional_definition(
        out,
        &format!("{pointer}/items"),
        old.items.as_deref(),
        new.items.as_deref(),
        (Kind::ItemsAdded, Kind::ItemsRemoved),
        now,
    );
    branches(
        out,
        pointer,
        "oneOf",
        old.one_of.as_ref(),
        new.one_of.as_ref(),
        now,
    );
    branches(
        out,
        pointer,
        "anyOf",
        old.any_of.as_ref(),
        new.any_of.as_ref(),
        now,
    );
    branches(
        out,
        pointer,
        "allOf",
        old.all_of.as_ref(),
        new.all_of.as_ref(),
        now,
    );
}

fn children(
    out: &mut Out,
    pointer: &str,
    old: &crate::catalog::Shape,
    new: &crate::catalog::Shape,
    now: &View,
) {
    let child_pointer = |name: &str| format!("{pointer}/properties/{}", escape_pointer(name));
    fn find<'s>(shape: &'s crate::catalog::Shape, name: &str) -> Option<&'s PropertyDef> {
        shape.children().iter().find(|c| c.name.value == name)
    }
    for was in old.children() {
        let path = child_pointer(&was.name.value);
        let Some(now_child) = find(new, &was.name.value) else {
            out.push(
                &path,
                found(Kind::PropertyRemoved, Class::Breaking)
                    .values(Some(was.name.value.clone().into()), None)
                    .at(Some(now.span), Some(was.name.span)),
            );
            continue;
        };
        if let Some(change) = requiredness(old.is_required(was), new.is_required(now_child)) {
            out.push(
                &path,
                change.at(Some(now_child.name.span), Some(was.name.span)),
            );
        }
        definition(out, &path, &View::of(was), &View::of(now_child));
    }
    for now_child in new.children() {
        if find(old, &now_child.name.value).is_none() {
            out.push(
                &child_pointer(&now_child.name.value),
                added_property(new.is_required(now_child), &now_child.name.value)
                    .at(Some(now_child.name.span), None),
            );
        }
    }
    // Names a `required:` list holds without a definition of their own (any type).
    let listed_only = |shape: &crate::catalog::Shape| -> BTreeSet<String> {
        shape
            .required_list
            .iter()
            .flat_map(|list| list.names.iter())
            .filter(|name| find(shape, &name.value).is_none())
            .map(|name| name.value.clone())
            .collect()
    };
    let (was_listed, now_listed) = (listed_only(old), listed_only(new));
    for name in now_listed.difference(&was_listed) {
        if find(old, name).is_none() {
            out.push(
                &child_pointer(name),
                found(Kind::MadeRequired, Class::Breaking)
                    .values(None, Some(Value::String(name.clone())))
                    .at(new.required_list.as_ref().map(|l| l.key), None),
            );
        }
    }
    for name in was_listed.difference(&now_listed) {
        if find(new, name).is_none() {
            out.push(
                &child_pointer(name),
                found(Kind::MadeOptional, Class::Compatible)
                    .values(Some(Value::String(name.clone())), None)
                    .at(Some(now.span), old.required_list.as_ref().map(|l| l.key)),
            );
        }
    }
}

/// `additionalProperties`: `false` closes the object (breaking), a schema restricts what it
/// was open to (breaking), and the way back is compatible; a schema on both sides is compared
/// as a definition.
fn closedness(
    out: &mut Out,
    pointer: &str,
    old: &crate::catalog::Shape,
    new: &crate::catalog::Shape,
    was: &View,
    now: &View,
) {
    let path = format!("{pointer}/additionalProperties");
    let at = |shape: &crate::catalog::Shape, view: &View| match &shape.additional {
        Some(Additional::Allowed(allowed)) => allowed.span,
        Some(Additional::Schema(def)) => def.span,
        None => view.span,
    };
    let value = |shape: &crate::catalog::Shape| match &shape.additional {
        Some(Additional::Allowed(allowed)) => Some(Value::Bool(allowed.value)),
        Some(Additional::Schema(_)) => Some(Value::String("a schema".into())),
        None => None,
    };
    let spans = (Some(at(new, now)), Some(at(old, was)));
    match (&old.additional, &new.additional) {
        (Some(Additional::Schema(a)), Some(Additional::Schema(b))) => {
            definition(out, &path, &View::of(a), &View::of(b));
        }
        _ if old.is_closed() == new.is_closed()
            && matches!(old.additional, Some(Additional::Schema(_)))
                == matches!(new.additional, Some(Additional::Schema(_))) => {}
        _ => {
            let (kind, class) = if new.is_closed() {
                (Kind::Closed, Class::Breaking)
            } else if old.is_closed() {
                (Kind::Opened, Class::Compatible)
            } else if matches!(new.additional, Some(Additional::Schema(_))) {
                (Kind::AdditionalPropertiesRestricted, Class::Breaking)
            } else {
                (Kind::AdditionalPropertiesFreed, Class::Compatible)
            };
            out.push(
                &path,
                found(kind, class)
                    .values(value(old), value(new))
                    .at(spans.0, spans.1),
            );
        }
    }
}

fn pattern_properties(
    out: &mut Out,
    pointer: &str,
    old: &crate::catalog::Shape,
    new: &crate::catalog::Shape,
    was: &View,
    now: &View,
) {
    let path = format!("{pointer}/patternProperties");
    let (before, after) = (
        old.pattern_properties.as_ref(),
        new.pattern_properties.as_ref(),
    );
    match (before, after) {
        (None, Some((key, _))) => out.push(
            &path,
            found(Kind::PatternPropertiesAdded, Class::Breaking).at(Some(*key), None),
        ),
        (Some((key, _)), None) => out.push(
            &path,
            found(Kind::PatternPropertiesRemoved, Class::Compatible).at(Some(now.span), Some(*key)),
        ),
        (Some((_, a)), Some((key, b))) => {
            for def in a {
                let at = format!("{path}/{}", escape_pointer(&def.name.value));
                match b.iter().find(|d| d.name.value == def.name.value) {
                    Some(same) => definition(out, &at, &View::of(def), &View::of(same)),
                    None => out.push(
                        &at,
                        found(Kind::PatternPropertyRemoved, Class::Compatible)
                            .values(Some(def.name.value.clone().into()), None)
                            .at(Some(*key), Some(def.name.span)),
                    ),
                }
            }
            for def in b
                .iter()
                .filter(|d| !a.iter().any(|o| o.name.value == d.name.value))
            {
                out.push(
                    &format!("{path}/{}", escape_pointer(&def.name.value)),
                    found(Kind::PatternPropertyAdded, Class::Breaking)
                        .values(None, Some(def.name.value.clone().into()))
                        .at(Some(def.name.span), None),
                );
            }
        }
        (None, None) => {}
    }
    let _ = was;
}

/// A nested definition that may be absent on either side (`items`, `propertyNames`): added
/// constrains (breaking), removed frees (compatible), present on both compared.
fn optional_definition(
    out: &mut Out,
    path: &str,
    old: Option<&PropertyDef>,
    new: Option<&PropertyDef>,
    (added, removed): (Kind, Kind),
    now: &View,
) {
    match (old, new) {
        (Some(a), Some(b)) => definition(out, path, &View::of(a), &View::of(b)),
        (None, Some(b)) => out.push(path, found(added, Class::Breaking).at(Some(b.span), None)),
        (Some(a), None) => out.push(
            path,
            found(removed, Class::Compatible).at(Some(now.span), Some(a.span)),
        ),
        (None, None) => {}
    }
}

/// `oneOf`/`anyOf` (SPEC §4): added or a branch removed is breaking; a branch added, or the
/// keyword removed, compatible; a branch present on both sides is compared like any
/// definition. `allOf` tightens with every branch: a branch added is breaking, one removed
/// compatible. Branches equal on both sides are matched first, the rest in order.
fn branches(
    out: &mut Out,
    pointer: &str,
    keyword: &str,
    old: Option<&Branches>,
    new: Option<&Branches>,
    now: &View,
) {
    let path = format!("{pointer}/{keyword}");
    let all = keyword == "allOf";
    let (old, new) = match (old, new) {
        (None, None) => return,
        (None, Some(new)) => {
            out.push(
                &path,
                found(Kind::BranchesAdded, Class::Breaking).at(Some(new.key), None),
            );
            return;
        }
        (Some(old), None) => {
            out.push(
                &path,
                found(Kind::BranchesRemoved, Class::Compatible).at(Some(now.span), Some(old.key)),
            );
            return;
        }
        (Some(old), Some(new)) => (old, new),
    };
    let mut unmatched_new: Vec<usize> = (0..new.branches.len()).collect();
    let mut unmatched_old = Vec::new();
    for (index, branch) in old.branches.iter().enumerate() {
        match unmatched_new
            .iter()
            .position(|&j| new.branches.get(j).is_some_and(|b| same(branch, b)))
        {
            Some(at) => {
                unmatched_new.remove(at);
            }
            None => unmatched_old.push(index),
        }
    }
    let paired = unmatched_old.len().min(unmatched_new.len());
    for (&i, &j) in unmatched_old.iter().zip(&unmatched_new) {
        if let (Some(a), Some(b)) = (old.branches.get(i), new.branches.get(j)) {
            definition(out, &format!("{path}/{j}"), &View::of(a), &View::of(b));
        }
    }
    for &i in unmatched_old.iter().skip(paired) {
        let class = if all {
            Class::Compatible
        } else {
            Class::Breaking
        };
        out.push(
            &format!("{path}/{i}"),
            found(Kind::BranchRemoved, class)
                .at(Some(new.key), old.branches.get(i).map(|b| b.span)),
        );
    }
    for &j in unmatched_new.iter().skip(paired) {
        let class = if all {
            Class::Breaking
        } else {
            Class::Compatible
        };
        out.push(
            &format!("{path}/{j}"),
            found(Kind::BranchAdded, class).at(new.branches.get(j).map(|b| b.span), None),
        );
    }
}

/// Whether two definitions have no difference at all.
fn same(a: &PropertyDef, b: &PropertyDef) -> bool {
    let mut changes = Vec::new();
    let mut out = Out {
        place: Place::Event,
        name: "",
        changes: &mut changes,
    };
    definition(&mut out, "", &View::of(a), &View::of(b));
    changes.is_empty()
}

// ---------------------------------------------------------------------------------------
// Catalog properties and plans

fn compare_catalog_properties(base: &Catalog, head: &Catalog, diff: &mut Diff) {
    let names: BTreeSet<&str> = base
        .properties
        .iter()
        .chain(&head.properties)
        .map(|p| p.name.value.as_str())
        .collect();
    for name in names {
        let mut out = Out {
            place: Place::Property,
            name,
            changes: &mut diff.changes,
        };
        match (base.property(name), head.property(name)) {
            (None, Some(after)) => out.push(
                "",
                found(Kind::CatalogPropertyAdded, Class::Neutral).at(Some(after.name.span), None),
            ),
            (Some(before), None) => {
                // Breaking while head events still reference it.
                let used = head.events.iter().any(|e| {
                    e.properties
                        .iter()
                        .any(|p| p.reference().is_some() && p.name.value == name)
                });
                let class = if used {
                    Class::Breaking
                } else {
                    Class::Neutral
                };
                out.push(
                    "",
                    found(Kind::CatalogPropertyRemoved, class).at(None, Some(before.name.span)),
                );
            }
            (Some(before), Some(after)) => {
                definition(&mut out, "", &View::of(before), &View::of(after));
            }
            (None, None) => {}
        }
    }
}

fn compare_plans(base: &Catalog, head: &Catalog, diff: &mut Diff) {
    let ids: BTreeSet<&str> = base
        .plans
        .iter()
        .chain(&head.plans)
        .map(|p| p.id.value.as_str())
        .collect();
    for id in ids {
        let mut out = Out {
            place: Place::Plan,
            name: id,
            changes: &mut diff.changes,
        };
        match (base.plan(id), head.plan(id)) {
            (None, Some(after)) => out.push(
                "",
                found(Kind::PlanAdded, Class::Neutral).at(Some(after.id.span), None),
            ),
            (Some(before), None) => out.push(
                "",
                found(Kind::PlanRemoved, Class::Neutral).at(None, Some(before.id.span)),
            ),
            (Some(before), Some(after)) => plan_changes(&mut out, before, after),
            (None, None) => {}
        }
    }
}

/// A plan's changes (SPEC §4): more required properties, a new identity or new destinations
/// are breaking for the plan (its source must send more, or data goes somewhere new), never
/// an event bump; the rest is neutral.
fn plan_changes(out: &mut Out, before: &Plan, after: &Plan) {
    let names =
        |list: &[Name]| -> BTreeSet<String> { list.iter().map(|n| n.value.clone()).collect() };
    let (old_required, new_required) = (
        names(&before.required_properties),
        names(&after.required_properties),
    );
    let added: Vec<Value> = new_required
        .difference(&old_required)
        .map(|n| n.clone().into())
        .collect();
    let removed: Vec<Value> = old_required
        .difference(&new_required)
        .map(|n| n.clone().into())
        .collect();
    if !added.is_empty() {
        out.push(
            "/required_properties",
            found(Kind::RequiredPropertiesAdded, Class::Breaking)
                .values(None, Some(Value::Array(added)))
                .at(after.required_properties.first().map(|n| n.span), None),
        );
    }
    if !removed.is_empty() {
        out.push(
            "/required_properties",
            found(Kind::RequiredPropertiesRemoved, Class::Compatible)
                .values(Some(Value::Array(removed)), None)
                .at(
                    after
                        .required_properties
                        .first()
                        .map(|n| n.span)
                        .or(Some(after.id.span)),
                    None,
                ),
        );
    }
    fn identity(plan: &Plan) -> &[Name] {
        plan.identity
            .as_ref()
            .map_or(&[][..], |(_, ids)| ids.as_slice())
    }
    if list_field(
        out,
        "/identity",
        Kind::IdentityChanged,
        identity(before),
        identity(after),
    ) {
        set_last(
            out,
            Class::Breaking,
            true,
            after
                .identity
                .as_ref()
                .map(|(k, _)| *k)
                .or(Some(after.id.span)),
        );
    }
    if list_field(
        out,
        "/destinations",
        Kind::DestinationsChanged,
        &before.destinations,
        &after.destinations,
    ) {
        let crm_changed = before.sends_to("crm") != after.sends_to("crm");
        set_last(
            out,
            Class::Breaking,
            crm_changed,
            after
                .destinations
                .first()
                .map(|d| d.span)
                .or(Some(after.id.span)),
        );
    }
    plan_events(out, before, after);
    let neutral: [(&str, &Option<Name>, &Option<Name>); 6] = [
        ("/description", &before.description, &after.description),
        ("/owner", &before.owner, &after.owner),
        ("/source/kind", &before.kind, &after.kind),
        ("/source/library", &before.library, &after.library),
        (
            "/source/min_library_version",
            &before.min_library_version,
            &after.min_library_version,
        ),
        (
            "/source/max_clock_skew",
            &before.max_clock_skew,
            &after.max_clock_skew,
        ),
    ];
    for (pointer, was, now) in neutral {
        let kind = match pointer {
            "/description" => Kind::DescriptionChanged,
            "/owner" => Kind::OwnerChanged,
            _ => Kind::SourceChanged,
        };
        field(out, pointer, kind, Class::Neutral, was, now);
    }
}

/// Sets the class, review mark and head span of the change just pushed.
fn set_last(out: &mut Out, class: Class, review: bool, head: Option<Span>) {
    if let Some(last) = out.changes.last_mut() {
        last.class = class;
        last.review = review;
        if head.is_some() {
            last.head = head;
        }
    }
}

/// Events a plan starts or stops listing, and pinned versions that change.
fn plan_events(out: &mut Out, before: &Plan, after: &Plan) {
    let first = |plan: &Plan| -> FastMap<String, (Span, Option<u64>)> {
        let mut entries = FastMap::default();
        for entry in &plan.events {
            entries
                .entry(entry.name.value.clone())
                .or_insert((entry.name.span, entry.version.as_ref().map(|v| v.value)));
        }
        entries
    };
    let (old, new) = (first(before), first(after));
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    names.sort();
    names.dedup();
    for name in names {
        let pointer = format!("/events/{}", escape_pointer(name));
        match (old.get(name), new.get(name)) {
            (None, Some((span, _))) => out.push(
                &pointer,
                found(Kind::PlanListsEvent, Class::Neutral)
                    .values(None, Some(name.clone().into()))
                    .at(Some(*span), None),
            ),
            (Some((span, _)), None) => out.push(
                &pointer,
                found(Kind::PlanDropsEvent, Class::Neutral)
                    .values(Some(name.clone().into()), None)
                    .at(None, Some(*span)),
            ),
            (Some((was_span, was)), Some((span, now))) if was != now => out.push(
                &format!("{pointer}/version"),
                found(Kind::VersionPinChanged, Class::Neutral)
                    .values(was.map(Value::from), now.map(Value::from))
                    .at(Some(*span), Some(*was_span)),
            ),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiples_are_decided_on_decimal_digits() {
        use serde_json::json;
        let yes = [(4, 2.0), (6, 1.5)];
        for (a, b) in yes {
            assert!(divides(&json!(a), &json!(b)), "{a} / {b}");
        }
        assert!(divides(&json!(0.3), &json!(0.1)));
        assert!(divides(&json!(1e20), &json!(0.5)));
        assert!(divides(&json!(9223372036854775807u64), &json!(1)));
        assert!(!divides(&json!(2), &json!(2.0000000002)));
        assert!(!divides(&json!(0.1), &json!(0.10000000001)));
        assert!(!divides(&json!(0.1), &json!(0.3)));
        assert!(!divides(&json!(5), &json!(0)));
        assert!(
            !divides(&json!(1e300), &json!(3)),
            "too long to decide: not claimed"
        );
    }

    #[test]
    fn patterns_are_read_as_ecma_262() {
        // `\d` is ASCII in ECMA-262: an Arabic-Indic digit does not match.
        assert_eq!(longest_match("^\\d{3}$"), Some(3));
        assert_eq!(longest_match("^a.b$"), Some(6));
    }

    #[test]
    fn anchored_patterns_bound_their_length() {
        assert_eq!(
            longest_match("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            Some(36)
        );
        assert_eq!(longest_match("[0-9a-f]{8}"), None, "unanchored");
        assert_eq!(longest_match("^a+$"), None, "unbounded");
        assert_eq!(longest_match("^[A-Z]{3}$"), Some(3));
    }

    #[test]
    fn type_sets_classify_as_the_table_says() {
        use PropertyType::*;
        let set = |types: &[PropertyType]| TypeSet::of(types.iter().copied());
        assert_eq!(
            type_change(set(&[String]), set(&[String, Null])),
            (Kind::NullAdded, Class::Compatible)
        );
        assert_eq!(
            type_change(set(&[String, Null]), set(&[String])),
            (Kind::NullRemoved, Class::Breaking)
        );
        assert_eq!(
            type_change(set(&[Timestamp]), set(&[String])),
            (Kind::TypeWidened, Class::Compatible)
        );
        assert_eq!(
            type_change(set(&[String]), set(&[Timestamp])),
            (Kind::TypeChanged, Class::Breaking)
        );
        assert_eq!(
            type_change(set(&[Integer, String]), set(&[Integer])),
            (Kind::TypeChanged, Class::Breaking)
        );
        assert_eq!(
            type_change(set(&[Object]), set(&[Array])),
            (Kind::TypeChanged, Class::Breaking)
        );
    }
}
