//! Classifies what changed between two catalogs, per event, catalog property and plan:
//! added, removed or changed, breaking or compatible, with the reasons (SPEC §4).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::catalog::values::ValueIndex;
use crate::catalog::{Catalog, Event, Name, Plan, PropertyDef, PropertyKind, Status};
use crate::syntax::source::Span;
use foldhash::{HashMap as FastMap, HashSet as FastSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entity {
    Event,
    Property,
    Plan,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Event => "event",
            Entity::Property => "property",
            Entity::Plan => "plan",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One reason a definition changed; `head` is the node in the head catalog it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub text: String,
    pub breaking: bool,
    pub head: Option<Span>,
    pub base: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub entity: Entity,
    pub name: String,
    pub kind: ChangeKind,
    pub reasons: Vec<Reason>,
    pub version_before: Option<u64>,
    pub version_after: Option<u64>,
    pub head: Option<Span>,
    pub base: Option<Span>,
}

impl Change {
    pub fn breaking(&self) -> bool {
        self.reasons.iter().any(|r| r.breaking)
    }

    /// A breaking change to an event whose version did not go up.
    pub fn lacks_bump(&self) -> bool {
        self.entity == Entity::Event
            && self.kind == ChangeKind::Changed
            && self.breaking()
            && self.version_after <= self.version_before
    }
}

/// Every change from `base` to `head`: events, then catalog properties, then plans, by name.
pub fn compare(base: &Catalog, head: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    compare_events(base, head, &mut changes);
    compare_properties(base, head, &mut changes);
    compare_plans(base, head, &mut changes);
    changes
}

/// The names on either side, in order.
fn union<'a, T>(
    base: &'a [T],
    head: &'a [T],
    name: impl Fn(&'a T) -> &'a str,
) -> BTreeSet<&'a str> {
    base.iter().chain(head).map(name).collect()
}

fn compare_events(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let names = union(&base.events, &head.events, |e| e.name.value.as_str());
    let renames = renames(head);
    for name in names {
        match (base.event(name), head.event(name)) {
            (None, Some(after)) => changes.push(Change {
                entity: Entity::Event,
                name: name.to_owned(),
                kind: ChangeKind::Added,
                reasons: renamed_note(after),
                version_before: None,
                version_after: Some(after.version()),
                head: Some(after.name.span),
                base: None,
            }),
            (Some(before), None) => {
                changes.push(removed_event(before, renames.get(name).copied()));
            }
            (Some(before), Some(after)) => {
                let reasons = event_reasons(base, before, head, after);
                if !reasons.is_empty() {
                    changes.push(Change {
                        entity: Entity::Event,
                        name: name.to_owned(),
                        kind: ChangeKind::Changed,
                        reasons,
                        version_before: Some(before.version()),
                        version_after: Some(after.version()),
                        head: Some(after.name.span),
                        base: Some(before.name.span),
                    });
                }
            }
            (None, None) => {}
        }
    }
}

fn renamed_note(event: &Event) -> Vec<Reason> {
    event
        .renamed_from
        .iter()
        .map(|old| Reason {
            text: format!("renamed from {}", old.value),
            breaking: false,
            head: Some(old.span),
            base: None,
        })
        .collect()
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
/// `renamed_to`, the head event naming it in `renamed_from`).
fn removed_event(before: &Event, renamed_to: Option<&Event>) -> Change {
    let retired_first = matches!(before.status(), Status::Deprecated | Status::Retired);
    let reason = match renamed_to {
        Some(new) => Reason {
            text: format!("renamed to {}", new.name.value),
            breaking: false,
            head: Some(new.name.span),
            base: Some(before.name.span),
        },
        None if retired_first => Reason {
            text: format!(
                "removed after being {}",
                before
                    .status
                    .as_ref()
                    .map_or("deprecated", |s| s.value.as_str())
            ),
            breaking: false,
            head: None,
            base: Some(before.name.span),
        },
        None => Reason {
            text: "removed without being deprecated first".into(),
            breaking: true,
            head: None,
            base: Some(before.name.span),
        },
    };
    Change {
        entity: Entity::Event,
        name: before.name.value.clone(),
        kind: ChangeKind::Removed,
        reasons: vec![reason],
        version_before: Some(before.version()),
        version_after: None,
        head: None,
        base: Some(before.name.span),
    }
}

/// What a payload property effectively is for one event: the catalog definition with the
/// event's narrowing applied, or the inline definition.
#[derive(Debug, Clone, PartialEq)]
struct Effective<'a> {
    type_: Option<&'a str>,
    unit: Option<&'a str>,
    required: bool,
    keywords: BTreeMap<&'a str, &'a Value>,
    /// The property entry under the event.
    entry: Span,
    /// The `type:` node the type comes from.
    type_span: Option<Span>,
}

fn effective<'a>(catalog: &'a Catalog, event: &'a Event) -> BTreeMap<&'a str, Effective<'a>> {
    event
        .properties
        .iter()
        .map(|property| {
            let (def, narrowing): (Option<&PropertyDef>, Option<&crate::catalog::Constraints>) =
                match &property.kind {
                    PropertyKind::Inline(def) => (Some(def), None),
                    PropertyKind::Reference(r) => {
                        (catalog.property(&property.name.value), Some(&r.constraints))
                    }
                };
            let mut keywords: BTreeMap<&str, &Value> = BTreeMap::new();
            for constraints in def.map(|d| &d.constraints).into_iter().chain(narrowing) {
                for keyword in &constraints.keywords {
                    keywords.insert(keyword.name.as_str(), &keyword.value);
                }
            }
            (
                property.name.value.as_str(),
                Effective {
                    type_: def.and_then(PropertyDef::type_name),
                    unit: def.and_then(|d| d.unit.as_ref()).map(|u| u.value.as_str()),
                    required: property.is_required(),
                    keywords,
                    entry: property.name.span,
                    type_span: def.and_then(|d| d.type_.as_ref()).map(|t| t.span),
                },
            )
        })
        .collect()
}

fn event_reasons(base: &Catalog, before: &Event, head: &Catalog, after: &Event) -> Vec<Reason> {
    let old = effective(base, before);
    let new = effective(head, after);
    let mut reasons = Vec::new();
    for (name, was) in &old {
        match new.get(name) {
            None => reasons.push(Reason {
                text: format!("property {name} removed"),
                breaking: true,
                head: None,
                base: Some(was.entry),
            }),
            Some(now) => property_reasons(name, was, now, &mut reasons),
        }
    }
    for (name, now) in &new {
        if !old.contains_key(name) {
            reasons.push(Reason {
                text: if now.required {
                    format!("required property {name} added")
                } else {
                    format!("optional property {name} added")
                },
                breaking: now.required,
                head: Some(now.entry),
                base: None,
            });
        }
    }
    descriptive_reasons(before, after, &mut reasons);
    reasons
}

/// Breaking: type, unit, enum value removed, optional -> required, bounds tightened, pattern
/// changed. Compatible: enum value added, required -> optional, bounds loosened.
fn property_reasons(name: &str, was: &Effective, now: &Effective, reasons: &mut Vec<Reason>) {
    let mut push = |text: String, breaking: bool, head: Span| {
        reasons.push(Reason {
            text,
            breaking,
            head: Some(head),
            base: Some(was.entry),
        });
    };
    if was.type_ != now.type_ {
        push(
            format!(
                "property {name}: type changed from {} to {}",
                was.type_.unwrap_or("none"),
                now.type_.unwrap_or("none")
            ),
            true,
            now.type_span.unwrap_or(now.entry),
        );
    }
    if let (Some(a), Some(b)) = (was.unit, now.unit)
        && a != b
    {
        push(
            format!("property {name}: unit changed from {a} to {b}"),
            true,
            now.entry,
        );
    }
    if !was.required && now.required {
        push(
            format!("property {name}: optional became required"),
            true,
            now.entry,
        );
    }
    if was.required && !now.required {
        push(
            format!("property {name}: required became optional"),
            false,
            now.entry,
        );
    }
    enum_reasons(name, was, now, &mut push);
    for (keyword, tighter_is_higher) in [
        ("minimum", true),
        ("exclusiveMinimum", true),
        ("minLength", true),
        ("minItems", true),
        ("maximum", false),
        ("exclusiveMaximum", false),
        ("maxLength", false),
        ("maxItems", false),
    ] {
        let before = was.keywords.get(keyword).and_then(|v| v.as_f64());
        let after = now.keywords.get(keyword).and_then(|v| v.as_f64());
        let tightened = match (before, after) {
            (None, Some(_)) => true,
            (Some(b), Some(a)) => (tighter_is_higher && a > b) || (!tighter_is_higher && a < b),
            _ => false,
        };
        let loosened = match (before, after) {
            (Some(_), None) => true,
            (Some(b), Some(a)) => (tighter_is_higher && a < b) || (!tighter_is_higher && a > b),
            _ => false,
        };
        let show = |v: Option<f64>| v.map_or("none".to_owned(), |v| v.to_string());
        if tightened {
            push(
                format!(
                    "property {name}: {keyword} tightened from {} to {}",
                    show(before),
                    show(after)
                ),
                true,
                now.entry,
            );
        } else if loosened {
            push(
                format!(
                    "property {name}: {keyword} loosened from {} to {}",
                    show(before),
                    show(after)
                ),
                false,
                now.entry,
            );
        }
    }
    match (was.keywords.get("pattern"), now.keywords.get("pattern")) {
        (a, Some(b)) if a != Some(b) => push(
            format!("property {name}: pattern changed to {b}"),
            true,
            now.entry,
        ),
        (Some(_), None) => push(
            format!("property {name}: pattern removed"),
            false,
            now.entry,
        ),
        _ => {}
    }
}

fn enum_reasons(
    name: &str,
    was: &Effective,
    now: &Effective,
    push: &mut impl FnMut(String, bool, Span),
) {
    let values = |e: &Effective| -> Option<Vec<Value>> {
        e.keywords.get("enum").and_then(|v| v.as_array()).cloned()
    };
    match (values(was), values(now)) {
        (Some(before), Some(after)) => {
            // Membership by hash: two enums of 100,000 values are not compared pairwise.
            let (in_before, in_after) = (ValueIndex::of(&before), ValueIndex::of(&after));
            let removed: Vec<String> = before
                .iter()
                .filter(|v| !in_after.contains(v))
                .map(Value::to_string)
                .collect();
            let added: Vec<String> = after
                .iter()
                .filter(|v| !in_before.contains(v))
                .map(Value::to_string)
                .collect();
            if !removed.is_empty() {
                push(
                    format!("property {name}: enum value {} removed", removed.join(", ")),
                    true,
                    now.entry,
                );
            }
            if !added.is_empty() {
                push(
                    format!("property {name}: enum value {} added", added.join(", ")),
                    false,
                    now.entry,
                );
            }
        }
        (None, Some(_)) => push(
            format!("property {name}: now restricted to an enum"),
            true,
            now.entry,
        ),
        (Some(_), None) => push(format!("property {name}: enum removed"), false, now.entry),
        (None, None) => {}
    }
}

/// Changes that do not touch the payload: shown in `diff` and `review`, never breaking.
fn descriptive_reasons(before: &Event, after: &Event, reasons: &mut Vec<Reason>) {
    type Field = fn(&Event) -> &Option<Name>;
    const FIELDS: [(&str, Field); 5] = [
        ("status", |e| &e.status),
        ("consent", |e| &e.consent),
        ("owner", |e| &e.owner),
        ("lifecycle", |e| &e.lifecycle),
        ("dedupe_key", |e| &e.dedupe_key),
    ];
    let show = |n: &Option<Name>| n.as_ref().map_or("none", |v| v.value.as_str()).to_owned();
    for (what, field) in FIELDS {
        let (was, now) = (field(before), field(after));
        if was.as_ref().map(|v| &v.value) != now.as_ref().map(|v| &v.value) {
            reasons.push(Reason {
                text: format!("{what} changed from {} to {}", show(was), show(now)),
                breaking: false,
                head: now.as_ref().map_or(Some(after.name.span), |v| Some(v.span)),
                base: None,
            });
        }
    }
    if before.version() != after.version() {
        reasons.push(Reason {
            text: format!("version {} -> {}", before.version(), after.version()),
            breaking: false,
            head: after.version.as_ref().map(|v| v.span),
            base: before.version.as_ref().map(|v| v.span),
        });
    }
    if before.is_crm_eligible() != after.is_crm_eligible() {
        reasons.push(Reason {
            text: if after.is_crm_eligible() {
                "now CRM-eligible".into()
            } else {
                "no longer CRM-eligible".into()
            },
            breaking: false,
            head: after.crm.as_ref().map(|c| c.key),
            base: None,
        });
    }
    let text = |n: &Option<Name>| n.as_ref().map(|v| v.value.clone());
    if text(&before.description) != text(&after.description) {
        reasons.push(Reason {
            text: "description changed".into(),
            breaking: false,
            head: after.description.as_ref().map(|d| d.span),
            base: None,
        });
    }
}

fn compare_properties(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let names = union(&base.properties, &head.properties, |p| {
        p.name.value.as_str()
    });
    // The names head events reference, gathered once if a catalog property was removed.
    let mut referenced: Option<FastSet<&str>> = None;
    for name in names {
        let change = match (base.property(name), head.property(name)) {
            (None, Some(after)) => Change {
                entity: Entity::Property,
                name: name.to_owned(),
                kind: ChangeKind::Added,
                reasons: Vec::new(),
                version_before: None,
                version_after: None,
                head: Some(after.name.span),
                base: None,
            },
            (Some(before), None) => {
                let used = referenced
                    .get_or_insert_with(|| referenced_names(head))
                    .contains(name);
                Change {
                    entity: Entity::Property,
                    name: name.to_owned(),
                    kind: ChangeKind::Removed,
                    reasons: vec![Reason {
                        text: "removed from the catalog".into(),
                        breaking: used,
                        head: None,
                        base: Some(before.name.span),
                    }],
                    version_before: None,
                    version_after: None,
                    head: None,
                    base: Some(before.name.span),
                }
            }
            (Some(before), Some(after)) => {
                // Reuse the per-event comparison, minus the property-name prefix.
                let mut reasons = Vec::new();
                property_reasons(
                    name,
                    &catalog_effective(before),
                    &catalog_effective(after),
                    &mut reasons,
                );
                for reason in &mut reasons {
                    if let Some(rest) = reason.text.strip_prefix(&format!("property {name}: ")) {
                        reason.text = rest.to_owned();
                    }
                    reason.base = before
                        .type_
                        .as_ref()
                        .map(|t| t.span)
                        .or(Some(before.name.span));
                }
                let text = |n: &Option<Name>| n.as_ref().map(|v| v.value.clone());
                if text(&before.description) != text(&after.description) {
                    reasons.push(Reason {
                        text: "description changed".into(),
                        breaking: false,
                        head: after.description.as_ref().map(|d| d.span),
                        base: None,
                    });
                }
                if text(&before.classification) != text(&after.classification) {
                    reasons.push(Reason {
                        text: format!(
                            "classification changed from {} to {}",
                            text(&before.classification).unwrap_or_else(|| "internal".into()),
                            text(&after.classification).unwrap_or_else(|| "internal".into())
                        ),
                        breaking: false,
                        head: after.classification.as_ref().map(|c| c.span),
                        base: None,
                    });
                }
                if reasons.is_empty() {
                    continue;
                }
                Change {
                    entity: Entity::Property,
                    name: name.to_owned(),
                    kind: ChangeKind::Changed,
                    reasons,
                    version_before: None,
                    version_after: None,
                    head: Some(after.name.span),
                    base: Some(before.name.span),
                }
            }
            (None, None) => continue,
        };
        changes.push(change);
    }
}

/// The property names that head events reference (rather than define inline).
fn referenced_names(head: &Catalog) -> FastSet<&str> {
    head.events
        .iter()
        .flat_map(|e| e.properties.iter())
        .filter(|p| p.reference().is_some())
        .map(|p| p.name.value.as_str())
        .collect()
}

/// A catalog property compared on its own (not as part of an event).
fn catalog_effective(def: &PropertyDef) -> Effective<'_> {
    Effective {
        type_: def.type_name(),
        unit: def.unit.as_ref().map(|u| u.value.as_str()),
        required: false,
        keywords: def
            .constraints
            .keywords
            .iter()
            .map(|k| (k.name.as_str(), &k.value))
            .collect(),
        entry: def.name.span,
        type_span: def.type_.as_ref().map(|t| t.span),
    }
}

fn compare_plans(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let ids = union(&base.plans, &head.plans, |p| p.id.value.as_str());
    for id in ids {
        let (kind, reasons, head_span, base_span) = match (base.plan(id), head.plan(id)) {
            (None, Some(after)) => (ChangeKind::Added, Vec::new(), Some(after.id.span), None),
            (Some(before), None) => (ChangeKind::Removed, Vec::new(), None, Some(before.id.span)),
            (Some(before), Some(after)) => {
                let reasons = plan_reasons(before, after);
                if reasons.is_empty() {
                    continue;
                }
                (
                    ChangeKind::Changed,
                    reasons,
                    Some(after.id.span),
                    Some(before.id.span),
                )
            }
            (None, None) => continue,
        };
        changes.push(Change {
            entity: Entity::Plan,
            name: id.to_owned(),
            kind,
            reasons,
            version_before: None,
            version_after: None,
            head: head_span,
            base: base_span,
        });
    }
}

/// Where a plan lists each event (its first entry), to find them by name rather than by a scan.
fn entry_spans(plan: &Plan) -> FastMap<&str, Span> {
    let mut spans = FastMap::default();
    for entry in &plan.events {
        spans
            .entry(entry.name.value.as_str())
            .or_insert(entry.name.span);
    }
    spans
}

fn plan_reasons(before: &Plan, after: &Plan) -> Vec<Reason> {
    let listed = |plan: &Plan| -> BTreeSet<String> {
        plan.events.iter().map(|e| e.name.value.clone()).collect()
    };
    let (old, new) = (listed(before), listed(after));
    let (old_spans, new_spans) = (entry_spans(before), entry_spans(after));
    let mut reasons: Vec<Reason> = new
        .difference(&old)
        .map(|name| Reason {
            text: format!("now lists {name}"),
            breaking: false,
            head: new_spans.get(name.as_str()).copied(),
            base: None,
        })
        .collect();
    reasons.extend(old.difference(&new).map(|name| Reason {
        text: format!("no longer lists {name}"),
        breaking: false,
        head: None,
        base: old_spans.get(name.as_str()).copied(),
    }));
    let names = |list: &[Name]| -> Vec<String> { list.iter().map(|n| n.value.clone()).collect() };
    let identity = |plan: &Plan| {
        plan.identity
            .as_ref()
            .map_or(Vec::new(), |(_, ids)| names(ids))
    };
    let lists = [
        (
            "identity",
            identity(before),
            identity(after),
            after.identity.as_ref().map(|(k, _)| *k),
        ),
        (
            "destinations",
            names(&before.destinations),
            names(&after.destinations),
            after.destinations.first().map(|d| d.span),
        ),
    ];
    for (what, was, now, head) in lists {
        if was != now {
            reasons.push(Reason {
                text: format!(
                    "{what} changed from [{}] to [{}]",
                    was.join(", "),
                    now.join(", ")
                ),
                breaking: false,
                head,
                base: None,
            });
        }
    }
    reasons
}
