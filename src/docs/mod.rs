//! The event dictionary as its readers see it (`tracklint docs`): each shown event with its
//! plans, destinations, properties and approval state, and the indexes by owner, lifecycle
//! stage and CRM trigger. Built once from the loaded catalog; `report::docs_html` and
//! `report::docs_markdown` only lay it out, so both formats show the same facts.

use std::path::Path;

use jiff::civil::Date;
use serde_json::Value;

use crate::catalog::definition::property_path;
use crate::catalog::{
    Catalog, Classification, Constraints, Event, Keyword, PropertyDef, PropertyKind, PropertyUse,
    Status,
};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::read;
use crate::syntax::source::{FileId, Sources};
use foldhash::{HashMap as FastMap, HashSet as FastSet};

/// The page's anchor of an event (SPEC §8): its bare name when it is only ASCII letters,
/// digits and `_` (so `#order_completed` links work), else `e:` and the name with every other
/// byte percent-encoded. Either way it holds no `-`, which every id of the page's own has
/// (`tl-by-owner`), so no event can take the page's anchors or another kind's. The id needs no
/// further escaping in HTML or in a URL fragment, and a browser matches it as written.
pub fn event_id(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.is_empty() && name.bytes().all(is_id_byte) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut id = String::from("e:");
    push_encoded(&mut id, name);
    std::borrow::Cow::Owned(id)
}

/// The page's anchor of a catalog property: `tl-property-` and its encoded name.
pub fn property_id(name: &str) -> String {
    let mut id = String::from("tl-property-");
    push_encoded(&mut id, name);
    id
}

fn is_id_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn push_encoded(out: &mut String, name: &str) {
    use std::fmt::Write as _;
    for byte in name.bytes() {
        if is_id_byte(byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// How the page says an event is closed.
pub const CLOSED: &str = "yes: a payload property it does not list is rejected";

/// The whole page.
pub struct Dictionary<'a> {
    /// The catalog's folder name, for the title.
    pub title: String,
    /// `review.today`, when the config pins it: the only date on the page.
    pub as_of: Option<jiff::civil::Date>,
    /// The shown events, sorted by name.
    pub events: Vec<EventPage<'a>>,
    /// Catalog properties, sorted by name: all of them, or (when paths restrict the events)
    /// those defined under the paths or used by a shown event.
    pub properties: Vec<CatalogProperty<'a>>,
    /// Owners sorted by name, events without an owner last.
    pub owners: Vec<OwnerIndex>,
    /// The required stages in config order, then the other stages in use, sorted.
    pub stages: Vec<StageIndex<'a>>,
    /// Indexes into `events` of the CRM-eligible events.
    pub crm_triggers: Vec<usize>,
    /// The values the page's filters offer beyond owner, status and stage.
    pub facets: Facets<'a>,
    shown: FastMap<&'a str, usize>,
}

/// The consent categories (as written), plans and destinations of the shown events, each
/// sorted and listed once: what a reader can filter the events by.
pub struct Facets<'a> {
    pub consents: Vec<&'a str>,
    pub plans: Vec<&'a str>,
    pub destinations: Vec<&'a str>,
}

impl<'a> Dictionary<'a> {
    /// Whether `name` is an event on this page (so a link to it lands).
    pub fn shows(&self, name: &str) -> bool {
        self.shown.contains_key(name)
    }

    pub fn event(&self, index: usize) -> Option<&EventPage<'a>> {
        self.events.get(index)
    }

    /// The page's one-line summary: "40 events · 10 owners · 5 CRM triggers · 26 catalog
    /// properties" (owners named; events without one are not an owner).
    pub fn summary(&self) -> String {
        let owners = self.owners.iter().filter(|o| o.owner.is_some()).count();
        format!(
            "{} events · {owners} owners · {} CRM triggers · {} catalog properties",
            self.events.len(),
            self.crm_triggers.len(),
            self.properties.len()
        )
    }
}

/// One event as the page shows it.
pub struct EventPage<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub status: Status,
    pub deprecation: Option<DeprecationView<'a>>,
    pub lifecycle: Option<&'a str>,
    /// As written (an invalid value is shown, not hidden).
    pub consent: Option<&'a str>,
    pub version: u64,
    /// Newest first.
    pub changelog: Vec<ChangeNote<'a>>,
    /// Present when the event is CRM-eligible.
    pub crm: Option<CrmView<'a>>,
    pub sampling: Option<SamplingView<'a>>,
    /// (min_per_hour, max_per_hour), when a `volume:` block is written.
    pub volume: Option<(Option<u64>, Option<u64>)>,
    pub dedupe_key: Option<&'a str>,
    pub renamed_from: Vec<&'a str>,
    pub tags: Vec<&'a str>,
    pub last_reviewed: Option<Date>,
    /// The plans that list it, sorted by plan id.
    pub senders: Vec<Sender<'a>>,
    /// Every destination of those plans, sorted, once each.
    pub destinations: Vec<&'a str>,
    /// Accepts no property it does not list (`closed: true`, or config `defaults.closed`).
    pub closed: bool,
    /// In the order the event lists them.
    pub properties: Vec<PropertyRow<'a>>,
    /// The dictionary file, relative to the catalog root.
    pub file: String,
}

pub struct DeprecationView<'a> {
    pub since: Option<Date>,
    pub replaced_by: Option<&'a str>,
    pub sunset: Option<Date>,
    pub reason: Option<&'a str>,
}

pub struct ChangeNote<'a> {
    pub version: Option<u64>,
    pub date: Option<Date>,
    pub summary: Option<&'a str>,
}

pub struct SamplingView<'a> {
    pub rate: Option<&'a str>,
    pub rule: Option<&'a str>,
}

/// A plan that sends the event.
pub struct Sender<'a> {
    pub plan: &'a str,
    /// client, server or mobile, as written.
    pub kind: Option<&'a str>,
    pub library: Option<&'a str>,
    /// The version the plan pins (`{version: 2}`).
    pub version: Option<u64>,
    pub destinations: Vec<&'a str>,
}

/// CRM eligibility and where its approval stands.
pub struct CrmView<'a> {
    pub trigger: Option<&'a str>,
    pub approved_by: Option<&'a str>,
    pub approved_version: Option<u64>,
    pub approval: Approval,
    /// Approved for an older version than the event's (needs re-approval).
    pub stale: bool,
    /// The privacy and governance errors that stand on the event: while there is one, its
    /// approval is [`Approval::Blocked`], never shown as approved.
    pub blockers: Vec<Blocker<'a>>,
}

/// An error on a CRM event that its approval cannot outweigh.
pub struct Blocker<'a> {
    pub rule: &'a str,
    pub message: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    /// Approved by a configured approver for this version or a later one.
    Approved,
    /// Approved by a configured approver, for an older version.
    Stale,
    /// No approver or no approved version.
    Unapproved,
    /// Approved by someone not in `crm.approvers`.
    UnknownApprover,
    /// Approved, but a privacy or governance error stands on the event.
    Blocked,
}

impl Approval {
    /// The state the page's CRM filter matches on: none of these is "approved" unless it is.
    pub fn key(self) -> &'static str {
        match self {
            Approval::Approved => "approved",
            Approval::Stale => "stale",
            Approval::Blocked => "blocked",
            Approval::Unapproved | Approval::UnknownApprover => "unapproved",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Approval::Approved => "approved",
            Approval::Stale => "stale approval",
            Approval::Unapproved => "not approved",
            Approval::UnknownApprover => "approver not in crm.approvers",
            Approval::Blocked => "blocked by an error",
        }
    }
}

/// Where a property entry's definition lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The shared catalog (the page has a row for it).
    Catalog,
    /// Inline under this event.
    Inline,
    /// A reference to a property nobody defined.
    Undefined,
}

/// One row of an event's properties table.
pub struct PropertyRow<'a> {
    pub name: &'a str,
    pub origin: Origin,
    pub type_: Option<String>,
    pub required: bool,
    pub description: Option<&'a str>,
    /// `keyword: value`, the catalog's keywords with this entry's narrowing applied.
    pub constraints: Vec<String>,
    pub unit: Option<&'a str>,
    pub classification: &'static str,
    /// The definitions nested under it, depth first.
    pub fields: Vec<Field<'a>>,
    /// What the event writes on a reference itself: its own description and the keywords it
    /// narrows with (`keyword: value`); the rest is the catalog's.
    pub own_description: Option<&'a str>,
    pub own_constraints: Vec<String>,
}

/// A definition nested under a property, shown as a row under it.
pub struct Field<'a> {
    /// The property path: `products[].sku`, `address.city`, `tags[]`.
    pub path: String,
    pub type_: Option<String>,
    /// For a child of an object, whether it is required; none for items, branches and the
    /// like, which are not keys.
    pub required: Option<bool>,
    pub description: Option<&'a str>,
    pub constraints: Vec<String>,
    pub unit: Option<&'a str>,
    pub classification: &'static str,
}

/// A catalog property and the shown events that use it.
pub struct CatalogProperty<'a> {
    pub name: &'a str,
    pub type_: Option<String>,
    pub description: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub classification: &'static str,
    pub constraints: Vec<String>,
    pub fields: Vec<Field<'a>>,
    /// Indexes into `Dictionary::events`, in name order.
    pub used_by: Vec<usize>,
}

pub struct OwnerIndex {
    /// None for events without an owner.
    pub owner: Option<String>,
    pub events: Vec<usize>,
}

pub struct StageIndex<'a> {
    pub stage: &'a str,
    /// Listed in `lifecycle.required_stages`.
    pub required: bool,
    /// Shown events that mark this stage.
    pub events: Vec<usize>,
    /// Required, and no active event in the whole catalog marks it.
    pub gap: bool,
}

pub const STATUSES: [Status; 4] = [
    Status::Draft,
    Status::Active,
    Status::Deprecated,
    Status::Retired,
];

fn classification_name(def: &PropertyDef) -> &'static str {
    match def.classification() {
        Classification::Public => "public",
        Classification::Internal => "internal",
        Classification::Personal => "personal",
        Classification::Sensitive => "sensitive",
    }
}

/// Builds the page from the whole catalog; `shown` says which dictionary files' events the
/// page lists (the plans, stages and properties of the whole catalog still count).
/// `diagnostics` are what `check` reports on the catalog: the privacy and governance errors
/// among them block the approval of the CRM event they stand on.
pub fn build<'a>(
    catalog: &'a Catalog,
    config: &'a Config,
    sources: &Sources,
    shown: &dyn Fn(FileId) -> bool,
    diagnostics: &'a [Diagnostic],
) -> Dictionary<'a> {
    let blocking = Blocking::new(diagnostics);
    let root = read::absolute(&config.root);
    let mut files: FastMap<FileId, String> = FastMap::default();
    // Sorted as references: moving whole pages while sorting costs more than building them.
    let mut sorted: Vec<&'a Event> = catalog.events.iter().filter(|e| shown(e.file)).collect();
    sorted.sort_by(|a, b| a.name.value.cmp(&b.name.value));
    let events: Vec<EventPage<'a>> = sorted
        .into_iter()
        .map(|event| {
            let file = files
                .entry(event.file)
                .or_insert_with(|| relative_to(&sources.get(event.file).path, &root))
                .clone();
            event_page(event, catalog, config, file, &blocking)
        })
        .collect();
    let shown_names: FastMap<&'a str, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name, i))
        .collect();
    let restricted = events.len() != catalog.events.len();
    let properties = catalog_properties(catalog, &events, restricted, shown);
    Dictionary {
        title: title_of(&config.root),
        as_of: config.today_pinned.then_some(config.today),
        owners: owner_index(&events),
        stages: stage_index(catalog, config, &events),
        crm_triggers: events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.crm.is_some())
            .map(|(i, _)| i)
            .collect(),
        properties,
        facets: facets(&events),
        events,
        shown: shown_names,
    }
}

fn facets<'a>(events: &[EventPage<'a>]) -> Facets<'a> {
    let mut consents: Vec<&'a str> = events.iter().filter_map(|e| e.consent).collect();
    let mut plans: Vec<&'a str> = events
        .iter()
        .flat_map(|e| e.senders.iter().map(|s| s.plan))
        .collect();
    let mut destinations: Vec<&'a str> = events
        .iter()
        .flat_map(|e| e.destinations.iter().copied())
        .collect();
    for values in [&mut consents, &mut plans, &mut destinations] {
        values.sort_unstable();
        values.dedup();
    }
    Facets {
        consents,
        plans,
        destinations,
    }
}

/// The catalog folder's name ("shop"), for the page title.
fn title_of(root: &Path) -> String {
    std::fs::canonicalize(root)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "catalog".to_owned())
}

/// `path` relative to the catalog root when below it, with `/`; else as given.
fn relative_to(path: &Path, root: &Path) -> String {
    let absolute = read::absolute(path);
    let shown = absolute.strip_prefix(root).unwrap_or(path);
    shown.to_string_lossy().replace('\\', "/")
}

fn text(name: &Option<crate::catalog::Name>) -> Option<&str> {
    name.as_ref().map(|n| n.value.as_str())
}

fn event_page<'a>(
    event: &'a Event,
    catalog: &'a Catalog,
    config: &Config,
    file: String,
    blocking: &Blocking<'a>,
) -> EventPage<'a> {
    let mut changelog: Vec<ChangeNote<'a>> = event
        .changelog
        .iter()
        .map(|c| ChangeNote {
            version: c.version.as_ref().map(|v| v.value),
            date: c.date.as_ref().map(|d| d.value),
            summary: text(&c.summary),
        })
        .collect();
    // Newest first; entries without a version keep their place after the numbered ones.
    changelog.sort_by_key(|note| std::cmp::Reverse(note.version));
    let senders = senders(event, catalog);
    let mut destinations: Vec<&'a str> = senders
        .iter()
        .flat_map(|s| s.destinations.iter().copied())
        .collect();
    destinations.sort_unstable();
    destinations.dedup();
    EventPage {
        name: &event.name.value,
        description: text(&event.description),
        owner: text(&event.owner),
        status: event.status(),
        deprecation: event.deprecated.as_deref().map(|d| DeprecationView {
            since: d.since.as_ref().map(|d| d.value),
            replaced_by: text(&d.replaced_by),
            sunset: d.sunset.as_ref().map(|d| d.value),
            reason: text(&d.reason),
        }),
        lifecycle: event.lifecycle(),
        consent: text(&event.consent),
        version: event.version(),
        changelog,
        crm: crm_view(event, config, blocking),
        sampling: event.sampling.as_deref().map(|s| SamplingView {
            rate: text(&s.rate),
            rule: text(&s.rule),
        }),
        volume: event.volume.as_deref().map(|v| {
            (
                v.min_per_hour.as_ref().map(|m| m.value),
                v.max_per_hour.as_ref().map(|m| m.value),
            )
        }),
        dedupe_key: text(&event.dedupe_key),
        renamed_from: event
            .renamed_from
            .iter()
            .map(|n| n.value.as_str())
            .collect(),
        tags: event.tags.iter().map(|n| n.value.as_str()).collect(),
        last_reviewed: event.last_reviewed.as_ref().map(|d| d.value),
        senders,
        destinations,
        closed: event.is_closed(catalog.default_closed),
        properties: event
            .properties
            .iter()
            .map(|p| property_row(p, catalog))
            .collect(),
        file,
    }
}

fn senders<'a>(event: &Event, catalog: &'a Catalog) -> Vec<Sender<'a>> {
    let mut senders: Vec<Sender<'a>> = catalog
        .plans_listing(&event.name.value)
        .map(|(plan, entry)| Sender {
            plan: &plan.id.value,
            kind: text(&plan.kind),
            library: text(&plan.library),
            version: entry.version.as_ref().map(|v| v.value),
            destinations: plan.destinations.iter().map(|d| d.value.as_str()).collect(),
        })
        .collect();
    senders.sort_by(|a, b| a.plan.cmp(b.plan));
    senders
}

/// The privacy and governance errors, by file and offset, to find those inside an event.
struct Blocking<'a> {
    by_file: FastMap<FileId, Vec<&'a Diagnostic>>,
}

impl<'a> Blocking<'a> {
    fn new(diagnostics: &'a [Diagnostic]) -> Blocking<'a> {
        let mut by_file: FastMap<FileId, Vec<&'a Diagnostic>> = FastMap::default();
        for diagnostic in diagnostics.iter().filter(|d| {
            d.severity == Severity::Error
                && (d.rule.starts_with("privacy/") || d.rule.starts_with("governance/"))
        }) {
            by_file
                .entry(diagnostic.span.file)
                .or_default()
                .push(diagnostic);
        }
        for list in by_file.values_mut() {
            list.sort_by_key(|d| d.span.offset);
        }
        Blocking { by_file }
    }

    fn on(&self, event: &Event) -> Vec<Blocker<'a>> {
        let Some(list) = self.by_file.get(&event.extent.file) else {
            return Vec::new();
        };
        let first = list.partition_point(|d| d.span.offset < event.extent.offset);
        list[first..]
            .iter()
            .take_while(|d| d.span.offset < event.extent.end())
            .filter(|d| event.extent.contains(d.span))
            .map(|d| Blocker {
                rule: &d.rule,
                message: &d.message,
            })
            .collect()
    }
}

fn crm_view<'a>(event: &'a Event, config: &Config, blocking: &Blocking<'a>) -> Option<CrmView<'a>> {
    if !event.is_crm_eligible() {
        return None;
    }
    let crm = event.crm.as_deref()?;
    let approved_by = text(&crm.approved_by);
    let approved_version = crm.approved_version.as_ref().map(|v| v.value);
    let stale = approved_version.is_some_and(|v| v < event.version());
    let approval = match (approved_by, approved_version) {
        (None, _) | (_, None) => Approval::Unapproved,
        (Some(by), Some(_)) if !config.approvers.iter().any(|a| a == by) => {
            Approval::UnknownApprover
        }
        _ if stale => Approval::Stale,
        _ => Approval::Approved,
    };
    let blockers = blocking.on(event);
    let approval = match approval {
        Approval::Approved if !blockers.is_empty() => Approval::Blocked,
        other => other,
    };
    Some(CrmView {
        trigger: text(&crm.trigger),
        approved_by,
        approved_version,
        approval,
        stale,
        blockers,
    })
}

fn property_row<'a>(entry: &'a PropertyUse, catalog: &'a Catalog) -> PropertyRow<'a> {
    let name = entry.name.value.as_str();
    let required = entry.is_required();
    match &entry.kind {
        PropertyKind::Inline(def) => PropertyRow {
            name,
            origin: Origin::Inline,
            type_: def.type_set().map(|t| t.describe()),
            required,
            description: text(&def.description),
            constraints: definition_texts(&def.constraints.keywords, def),
            unit: text(&def.unit),
            classification: classification_name(def),
            fields: fields(name, def),
            own_description: None,
            own_constraints: Vec::new(),
        },
        PropertyKind::Reference(reference) => {
            let def = catalog.property(name);
            let narrowed = narrow(def.map(|d| &d.constraints), &reference.constraints);
            PropertyRow {
                name,
                origin: if def.is_some() {
                    Origin::Catalog
                } else {
                    Origin::Undefined
                },
                type_: def.and_then(PropertyDef::type_set).map(|t| t.describe()),
                required,
                description: text(&reference.description)
                    .or_else(|| def.and_then(|d| text(&d.description))),
                constraints: match def {
                    Some(def) => definition_texts(narrowed, def),
                    None => constraint_texts(narrowed),
                },
                unit: def.and_then(|d| text(&d.unit)),
                classification: def.map_or("internal", classification_name),
                fields: def.map(|d| fields(name, d)).unwrap_or_default(),
                own_description: text(&reference.description),
                own_constraints: constraint_texts(&reference.constraints.keywords),
            }
        }
    }
}

/// The catalog's keywords with a reference's own in their place (a reference narrows `enum`,
/// `minimum`...), then the reference's new ones.
fn narrow<'a>(catalog: Option<&'a Constraints>, reference: &'a Constraints) -> Vec<&'a Keyword> {
    let mut keywords: Vec<&Keyword> = catalog
        .map(|c| c.keywords.iter().collect())
        .unwrap_or_default();
    for own in &reference.keywords {
        match keywords.iter_mut().find(|k| k.name == own.name) {
            Some(slot) => *slot = own,
            None => keywords.push(own),
        }
    }
    keywords
}

/// A definition's keywords, then `additionalProperties: false` when it closes its object.
fn definition_texts<'k>(
    keywords: impl IntoIterator<Item = &'k Keyword>,
    def: &PropertyDef,
) -> Vec<String> {
    let mut texts = constraint_texts(keywords);
    if def.shape.as_ref().is_some_and(|s| s.is_closed()) {
        texts.push("additionalProperties: false".to_owned());
    }
    texts
}

/// Every definition nested under a property, depth first, named by its path.
fn fields<'a>(name: &str, def: &'a PropertyDef) -> Vec<Field<'a>> {
    let mut fields = Vec::new();
    if def.shape.is_none() {
        return fields;
    }
    def.walk_in(&mut |pointer, nested, parent| {
        if pointer.is_empty() {
            return;
        }
        fields.push(Field {
            path: property_path(name, pointer),
            type_: nested.type_set().map(|t| t.describe()),
            required: parent.map(|shape| shape.is_required(nested)),
            description: text(&nested.description),
            constraints: definition_texts(&nested.constraints.keywords, nested),
            unit: text(&nested.unit),
            classification: classification_name(nested),
        });
    });
    fields
}

fn constraint_texts<'k>(keywords: impl IntoIterator<Item = &'k Keyword>) -> Vec<String> {
    keywords
        .into_iter()
        .map(|k| format!("{}: {}", k.name, value_text(&k.name, &k.value)))
        .collect()
}

/// A keyword's value for a reader: enum values listed bare, a pattern as written, nested
/// schemas as compact JSON.
fn value_text(keyword: &str, value: &Value) -> String {
    match value {
        Value::Array(items) if keyword == "enum" || keyword == "examples" => {
            items.iter().map(item_text).collect::<Vec<_>>().join(", ")
        }
        other => item_text(other),
    }
}

/// A string bare when that cannot be misread (no comma or quote, no edge spaces), else JSON.
fn item_text(value: &Value) -> String {
    match value {
        Value::String(s)
            if !s.is_empty() && s.trim() == s && !s.contains([',', '"']) && s != "null" =>
        {
            s.clone()
        }
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

fn catalog_properties<'a>(
    catalog: &'a Catalog,
    events: &[EventPage<'a>],
    restricted: bool,
    shown: &dyn Fn(FileId) -> bool,
) -> Vec<CatalogProperty<'a>> {
    let mut used_by: FastMap<&str, Vec<usize>> = FastMap::default();
    for (index, event) in events.iter().enumerate() {
        let mut seen: FastSet<&str> = FastSet::default();
        for row in event
            .properties
            .iter()
            .filter(|r| r.origin == Origin::Catalog)
        {
            if seen.insert(row.name) {
                used_by.entry(row.name).or_default().push(index);
            }
        }
    }
    let listed: Vec<&PropertyDef> = catalog
        .properties
        .iter()
        .filter(|def| {
            !restricted || shown(def.name.span.file) || used_by.contains_key(def.name.as_str())
        })
        .collect();
    let mut properties: Vec<CatalogProperty<'a>> = listed
        .into_iter()
        .map(|def| CatalogProperty {
            name: &def.name.value,
            type_: def.type_set().map(|t| t.describe()),
            description: text(&def.description),
            owner: text(&def.owner),
            unit: text(&def.unit),
            classification: classification_name(def),
            constraints: definition_texts(&def.constraints.keywords, def),
            fields: fields(&def.name.value, def),
            used_by: used_by.remove(def.name.as_str()).unwrap_or_default(),
        })
        .collect();
    properties.sort_by(|a, b| a.name.cmp(b.name));
    properties
}

fn owner_index(events: &[EventPage]) -> Vec<OwnerIndex> {
    let mut by_owner: FastMap<Option<&str>, Vec<usize>> = FastMap::default();
    for (index, event) in events.iter().enumerate() {
        by_owner.entry(event.owner).or_default().push(index);
    }
    let mut owners: Vec<OwnerIndex> = by_owner
        .into_iter()
        .map(|(owner, events)| OwnerIndex {
            owner: owner.map(str::to_owned),
            events,
        })
        .collect();
    // Named owners in order, then the events nobody owns.
    owners.sort_by(|a, b| match (&a.owner, &b.owner) {
        (Some(a), Some(b)) => a.cmp(b),
        (a, b) => b.is_some().cmp(&a.is_some()),
    });
    owners
}

fn stage_index<'a>(
    catalog: &'a Catalog,
    config: &'a Config,
    events: &[EventPage<'a>],
) -> Vec<StageIndex<'a>> {
    let covered: FastSet<&str> = catalog
        .events
        .iter()
        .filter(|e| e.is_active())
        .filter_map(Event::lifecycle)
        .collect();
    let mut stages: Vec<StageIndex<'a>> = Vec::new();
    let mut listed: FastMap<&str, usize> = FastMap::default();
    for stage in &config.required_stages {
        let stage = stage.value.as_str();
        if listed.contains_key(stage) {
            continue;
        }
        listed.insert(stage, stages.len());
        stages.push(StageIndex {
            stage,
            required: true,
            events: Vec::new(),
            gap: !covered.contains(stage),
        });
    }
    let mut in_use: Vec<&'a str> = events
        .iter()
        .filter_map(|e| e.lifecycle)
        .filter(|s| !listed.contains_key(s))
        .collect();
    in_use.sort_unstable();
    in_use.dedup();
    for stage in in_use {
        listed.insert(stage, stages.len());
        stages.push(StageIndex {
            stage,
            required: false,
            events: Vec::new(),
            gap: false,
        });
    }
    for (index, event) in events.iter().enumerate() {
        if let Some(&at) = event.lifecycle.and_then(|s| listed.get(s)) {
            stages[at].events.push(index);
        }
    }
    stages
}

/// A volume band for a reader: "10 – 5,000 per hour", "at least 10 per hour"...
pub fn volume_text(min: Option<u64>, max: Option<u64>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("{} – {} per hour", grouped(min), grouped(max)),
        (Some(min), None) => format!("at least {} per hour", grouped(min)),
        (None, Some(max)) => format!("at most {} per hour", grouped(max)),
        (None, None) => "no band given".to_owned(),
    }
}

/// 1234567 as "1,234,567".
fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Sampling for a reader: "rate 0.2, per anonymous_id".
pub fn sampling_text(sampling: &SamplingView) -> String {
    match (sampling.rate, sampling.rule) {
        (Some(rate), Some(rule)) => format!("rate {rate}, {rule}"),
        (Some(rate), None) => format!("rate {rate}"),
        (None, Some(rule)) => rule.to_owned(),
        (None, None) => "sampled (no rate given)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_and_names_bands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(volume_text(Some(10), Some(5000)), "10 – 5,000 per hour");
        assert_eq!(volume_text(None, Some(5)), "at most 5 per hour");
    }

    #[test]
    fn enum_values_are_bare_unless_they_could_be_misread() {
        let value = serde_json::json!(["free", "a,b", " x", 1, null, "null", ""]);
        assert_eq!(
            value_text("enum", &value),
            r#"free, "a,b", " x", 1, null, "null", """#
        );
        assert_eq!(
            value_text("pattern", &serde_json::json!("^[A-Z]{3}$")),
            "^[A-Z]{3}$"
        );
        assert_eq!(
            value_text("items", &serde_json::json!({"type": "object"})),
            r#"{"type":"object"}"#
        );
    }
}
