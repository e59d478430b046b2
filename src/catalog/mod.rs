//! The loaded catalog: events, properties and plans with a span on everything a rule may
//! blame, plus the shared questions rules ask ("which plans list this event").

mod build;
pub mod definition;
mod load;
pub mod patterns;
pub mod rename;
pub mod values;

use serde_json::Value;

pub use build::VALIDATION_KEYWORDS;
pub use definition::{
    Additional, Annotation, Branches, Num, PropertyDef, PropertyType, RequiredList, Shape, TypeSet,
    Types,
};
pub use load::{Input, LoadOptions, load, load_inputs, load_nested};

use crate::syntax::source::{FileId, Located, Span};
use foldhash::{HashMap as FastMap, HashSet as FastSet};

pub type Name = Located<String>;

/// What a catalog file is, from its top-level keys (SPEC §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Dictionary,
    Plan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Draft,
    Active,
    Deprecated,
    Retired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Consent {
    Necessary,
    Analytics,
    Marketing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    Client,
    Server,
    Mobile,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Client => "client",
            SourceKind::Server => "server",
            SourceKind::Mobile => "mobile",
        }
    }
}

/// A set of source kinds (which sources emit an event).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SourceKinds(u8);

impl SourceKinds {
    pub fn contains(&self, kind: &SourceKind) -> bool {
        self.0 & (1 << *kind as u8) != 0
    }

    /// In the order client, server, mobile.
    pub fn iter(&self) -> impl Iterator<Item = SourceKind> + '_ {
        [SourceKind::Client, SourceKind::Server, SourceKind::Mobile]
            .into_iter()
            .filter(|k| self.contains(k))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Classification {
    Public,
    Internal,
    Personal,
    Sensitive,
}

/// Lifecycle stages that imply a known user (SPEC §3.8 identity-missing).
pub const PAST_SIGNUP_STAGES: [&str; 5] = [
    "activation",
    "purchase",
    "subscription_change",
    "cancellation",
    "payment_failure",
];

/// Lifecycle stages that make an event a revenue fact (SPEC §3.8).
pub const REVENUE_STAGES: [&str; 4] = [
    "purchase",
    "subscription_change",
    "payment_failure",
    "cancellation",
];

/// One element of an `enum`, `examples` or `const`, with how it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub value: Value,
    pub span: Span,
    /// Written without quotes.
    pub plain: bool,
}

/// A JSON Schema validation keyword on a property (`enum`, `minimum`, `pattern`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: String,
    pub key: Span,
    pub value: Value,
    pub span: Span,
    /// The elements of `enum` / `examples`, or the one `const`.
    pub items: Vec<Item>,
    /// The value as an exact number, for bounds (`maximum: 9223372036854775807`).
    pub number: Option<Num>,
}

/// The validation keywords of a property definition or reference, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub keywords: Vec<Keyword>,
}

impl Constraints {
    pub fn get(&self, name: &str) -> Option<&Keyword> {
        self.keywords.iter().find(|k| k.name == name)
    }

    pub fn enum_values(&self) -> Option<&Keyword> {
        self.get("enum")
    }
}

/// Whose keywords a [`Constraints`] are, for messages: a catalog property, or a property
/// entry under an event.
#[derive(Debug, Clone, Copy)]
pub enum ConstraintOwner<'a> {
    Catalog(&'a str),
    Event { event: &'a str, property: &'a str },
}

impl std::fmt::Display for ConstraintOwner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConstraintOwner::Catalog(name) => write!(f, "property \"{name}\""),
            ConstraintOwner::Event { event, property } => {
                write!(f, "property \"{property}\" of event \"{event}\"")
            }
        }
    }
}

/// Where a definition or a set of keywords is written: whose property, and the JSON pointer
/// inside it (empty for the property itself).
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub owner: ConstraintOwner<'a>,
    pub pointer: &'a str,
}

impl std::fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.pointer.is_empty() {
            write!(f, "{}", self.owner)
        } else {
            write!(f, "{} at {}", self.owner, self.pointer)
        }
    }
}

/// A reference from an event to a catalog property.
#[derive(Debug, Clone)]
pub struct Reference {
    /// `required` / `optional`, or `required: true|false`; where it was said.
    pub required: Option<Located<bool>>,
    pub description: Option<Name>,
    pub constraints: Constraints,
    /// The whole entry's value, for "narrowing" diagnostics.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum PropertyKind {
    Reference(Reference),
    /// Boxed: an inline definition is several times a reference's size.
    Inline(Box<PropertyDef>),
}

/// A property entry under an event.
#[derive(Debug, Clone)]
pub struct PropertyUse {
    pub name: Name,
    pub kind: PropertyKind,
    /// Whether it is required was written as something the schema rejects (`requird`): the
    /// schema error says so, and rules that judge requiredness leave it alone.
    pub required_invalid: bool,
}

impl PropertyUse {
    pub fn is_required(&self) -> bool {
        match &self.kind {
            PropertyKind::Reference(r) => r.required.as_ref().is_some_and(|r| r.value),
            PropertyKind::Inline(def) => def.required.as_ref().is_some_and(|r| r.value),
        }
    }

    pub fn inline(&self) -> Option<&PropertyDef> {
        match &self.kind {
            PropertyKind::Inline(def) => Some(def),
            PropertyKind::Reference(_) => None,
        }
    }

    pub fn reference(&self) -> Option<&Reference> {
        match &self.kind {
            PropertyKind::Reference(r) => Some(r),
            PropertyKind::Inline(_) => None,
        }
    }

    /// The keywords written on this entry (its own definition's, or the reference's narrowing).
    pub fn constraints(&self) -> &Constraints {
        match &self.kind {
            PropertyKind::Inline(def) => &def.constraints,
            PropertyKind::Reference(r) => &r.constraints,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Crm {
    pub key: Span,
    pub eligible: Option<Located<bool>>,
    pub approved_by: Option<Name>,
    pub approved_version: Option<Located<u64>>,
    pub trigger: Option<Name>,
}

/// A `YYYY-MM-DD` date of the catalog, read once (a value that is no such date is a
/// `structure/schema` error and reads as none).
pub type Day = Located<jiff::civil::Date>;

#[derive(Debug, Clone)]
pub struct Deprecation {
    pub key: Span,
    pub since: Option<Day>,
    pub replaced_by: Option<Name>,
    pub sunset: Option<Day>,
    pub reason: Option<Name>,
}

#[derive(Debug, Clone)]
pub struct ChangelogEntry {
    pub span: Span,
    pub version: Option<Located<u64>>,
    pub date: Option<Day>,
    pub summary: Option<Name>,
}

/// The `sampling:` block: how many of an event's sends are kept.
#[derive(Debug, Clone)]
pub struct Sampling {
    pub key: Span,
    /// The kept share (`0.1`), as written.
    pub rate: Option<Name>,
    /// Per what the share is drawn (`per anonymous_id`).
    pub rule: Option<Name>,
}

#[derive(Debug, Clone)]
pub struct Volume {
    pub key: Span,
    pub min_per_hour: Option<Located<u64>>,
    pub max_per_hour: Option<Located<u64>>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub name: Name,
    pub file: FileId,
    /// The whole entry, from its name to the end of its block: what a diagnostic is "on".
    pub extent: Span,
    pub description: Option<Name>,
    pub owner: Option<Name>,
    /// `status:`, when it names a status (any other text is a schema error).
    pub status: Option<Located<Status>>,
    pub version: Option<Located<u64>>,
    pub lifecycle: Option<Name>,
    pub consent: Option<Name>,
    pub dedupe_key: Option<Name>,
    pub properties: Vec<PropertyUse>,
    /// Boxed, like the other sub-blocks most events lack: events stay small in memory.
    pub crm: Option<Box<Crm>>,
    pub sampling: Option<Box<Sampling>>,
    pub volume: Option<Box<Volume>>,
    pub renamed_from: Vec<Name>,
    /// The `renamed_from:` key, when present.
    pub renamed_from_key: Option<Span>,
    pub backfill: Option<Name>,
    pub deprecated: Option<Box<Deprecation>>,
    pub changelog: Vec<ChangelogEntry>,
    pub changelog_key: Option<Span>,
    pub last_reviewed: Option<Day>,
    pub tags: Vec<Name>,
    /// `closed: true|false`: whether the event accepts properties it does not list (config
    /// `defaults.closed` decides when it says nothing; see [`Event::is_closed`]).
    pub closed: Option<Located<bool>>,
    /// The definition as JSON, kept only when custom policies need it.
    pub definition: Option<Value>,
    /// For events with many properties: indices into `properties` sorted by name (then file
    /// order), so [`Event::property`] is a binary search; empty for small events.
    property_order: Box<[u32]>,
    /// `consent` as read once by the builder (the field above keeps the text as written).
    consent_value: Option<Consent>,
}

impl Status {
    /// The status a `status:` text names; none for any other text (a schema error).
    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "draft" => Some(Status::Draft),
            "active" => Some(Status::Active),
            "deprecated" => Some(Status::Deprecated),
            "retired" => Some(Status::Retired),
            _ => None,
        }
    }

    /// As written in a catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Active => "active",
            Status::Deprecated => "deprecated",
            Status::Retired => "retired",
        }
    }
}

impl Consent {
    pub fn parse(text: &str) -> Option<Consent> {
        match text {
            "necessary" => Some(Consent::Necessary),
            "analytics" => Some(Consent::Analytics),
            "marketing" => Some(Consent::Marketing),
            _ => None,
        }
    }
}

impl SourceKind {
    pub fn parse(text: &str) -> Option<SourceKind> {
        match text {
            "client" => Some(SourceKind::Client),
            "server" => Some(SourceKind::Server),
            "mobile" => Some(SourceKind::Mobile),
            _ => None,
        }
    }
}

impl Classification {
    /// An absent or invalid classification is internal.
    pub fn parse(text: Option<&str>) -> Classification {
        match text {
            Some("public") => Classification::Public,
            Some("personal") => Classification::Personal,
            Some("sensitive") => Classification::Sensitive,
            _ => Classification::Internal,
        }
    }
}

impl Event {
    /// `status`, defaulting to active (an invalid value is a schema error, read as active).
    pub fn status(&self) -> Status {
        self.status.as_ref().map_or(Status::Active, |s| s.value)
    }

    /// Reads the consent category once (the builder calls it after filling the text, which
    /// is kept as written: an invalid category is shown, not hidden).
    pub(crate) fn settle(&mut self) {
        self.consent_value = self.consent.as_ref().and_then(|c| Consent::parse(&c.value));
    }

    pub fn is_active(&self) -> bool {
        self.status() == Status::Active
    }

    /// Whether the event accepts no property it does not list: its own `closed:`, else the
    /// config's `defaults.closed`.
    pub fn is_closed(&self, default_closed: bool) -> bool {
        self.closed.as_ref().map_or(default_closed, |c| c.value)
    }

    /// `version`, defaulting to 1.
    pub fn version(&self) -> u64 {
        self.version.as_ref().map_or(1, |v| v.value)
    }

    pub fn consent(&self) -> Option<Consent> {
        self.consent_value
    }

    pub fn lifecycle(&self) -> Option<&str> {
        self.lifecycle.as_ref().map(|l| l.value.as_str())
    }

    pub fn is_crm_eligible(&self) -> bool {
        self.crm
            .as_ref()
            .and_then(|c| c.eligible.as_ref())
            .is_some_and(|e| e.value)
    }

    /// The property entry named `name` (its first occurrence).
    pub fn property(&self, name: &str) -> Option<&PropertyUse> {
        if self.property_order.is_empty() {
            return self.properties.iter().find(|p| p.name.value == name);
        }
        let name_at = |index: u32| {
            self.properties
                .get(index as usize)
                .map_or("", |p| p.name.value.as_str())
        };
        let at = self
            .property_order
            .partition_point(|&index| name_at(index) < name);
        let &index = self.property_order.get(at)?;
        self.properties
            .get(index as usize)
            .filter(|p| p.name.value == name)
    }

    /// Builds the lookup behind [`Event::property`] once the properties are known; rules call
    /// it in loops over the properties of events that may have 100,000 of them.
    fn index_properties(&mut self) {
        const SCANNED: usize = 8;
        if self.properties.len() <= SCANNED {
            self.property_order = Box::default();
            return;
        }
        let Ok(count) = u32::try_from(self.properties.len()) else {
            return;
        };
        let mut order: Vec<u32> = (0..count).collect();
        // Stable: equal names keep file order, so the first occurrence is found first.
        order.sort_by(|&a, &b| {
            let name = |index: u32| {
                self.properties
                    .get(index as usize)
                    .map(|p| p.name.value.as_str())
            };
            name(a).cmp(&name(b))
        });
        self.property_order = order.into_boxed_slice();
    }
}

/// An event listed by a plan.
#[derive(Debug, Clone)]
pub struct PlanEvent {
    pub name: Name,
    pub version: Option<Located<u64>>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// The plan id (the value of `plan:`).
    pub id: Name,
    pub file: FileId,
    pub description: Option<Name>,
    pub owner: Option<Name>,
    /// The `source:` key.
    pub source: Option<Span>,
    pub kind: Option<Name>,
    pub library: Option<Name>,
    pub min_library_version: Option<Name>,
    pub max_clock_skew: Option<Name>,
    pub destinations: Vec<Name>,
    /// `identity:` when present: its key and ids.
    pub identity: Option<(Span, Vec<Name>)>,
    pub required_properties: Vec<Name>,
    pub events: Vec<PlanEvent>,
    /// `source.kind` as read once by the builder.
    pub kind_value: Option<SourceKind>,
}

impl Plan {
    pub fn kind(&self) -> Option<SourceKind> {
        self.kind_value
    }

    pub fn sends_to(&self, destination: &str) -> bool {
        self.destinations.iter().any(|d| d.value == destination)
    }

    pub fn has_identity(&self, id: &str) -> bool {
        self.identity
            .as_ref()
            .is_some_and(|(_, ids)| ids.iter().any(|i| i.value == id))
    }
}

/// Why loading a file or merging the catalog went wrong; the structure rules turn each into
/// a diagnostic.
#[derive(Debug, Clone)]
pub enum LoadProblem {
    YamlSyntax {
        span: Span,
        message: String,
    },
    DuplicateKey {
        key: String,
        first: Span,
        second: Span,
    },
    Schema {
        span: Span,
        message: String,
        help: String,
    },
    UnknownFileKind {
        span: Span,
        key: String,
    },
    DuplicateDefinition {
        what: &'static str,
        name: String,
        first: Span,
        second: Span,
    },
}

/// A file that was read as part of the catalog.
#[derive(Debug, Clone)]
pub struct CatalogFile {
    pub id: FileId,
    pub kind: Option<FileKind>,
    /// The top-level `events:` key, where a removed event used to be listed.
    pub events_key: Option<Span>,
}

/// The whole catalog: first definitions win; later ones are load problems.
#[derive(Debug, Default)]
pub struct Catalog {
    pub files: Vec<CatalogFile>,
    pub events: Vec<Event>,
    pub properties: Vec<PropertyDef>,
    pub plans: Vec<Plan>,
    pub problems: Vec<LoadProblem>,
    /// Files skipped as unrelated YAML (for `--verbose`).
    pub skipped: Vec<FileId>,
    /// Paths that could not be read or walked, with the reason (the run ends with exit 2).
    pub unreadable: Vec<(std::path::PathBuf, String)>,
    /// The `tracklint.yaml` of each nested catalog met while walking (their files are not in
    /// this catalog), when nesting is on.
    pub nested: Vec<std::path::PathBuf>,
    event_index: FastMap<String, usize>,
    property_index: FastMap<String, usize>,
    /// The first plan with each id.
    plan_index: FastMap<String, usize>,
    /// Per event (by index): (plan index, entry index) of every plan entry listing it.
    listings: Vec<Vec<(usize, usize)>>,
    /// Per catalog property (by index): whether an event or a plan refers to it.
    referenced: Vec<bool>,
    /// The config's `defaults.closed`: whether an event that says nothing is closed.
    pub default_closed: bool,
}

impl Catalog {
    /// Builds the plan and reference indexes; called once after loading (the name indexes
    /// are filled while merging).
    fn index(&mut self) {
        self.listings = vec![Vec::new(); self.events.len()];
        for (plan_index, plan) in self.plans.iter().enumerate() {
            for (entry_index, entry) in plan.events.iter().enumerate() {
                if let Some(&event) = self.event_index.get(&entry.name.value) {
                    self.listings[event].push((plan_index, entry_index));
                }
            }
        }
        self.referenced = vec![false; self.properties.len()];
        let references = self
            .events
            .iter()
            .flat_map(|e| e.properties.iter())
            .filter(|p| p.reference().is_some())
            .map(|p| &p.name.value)
            .chain(
                self.plans
                    .iter()
                    .flat_map(|p| p.required_properties.iter().map(|r| &r.value)),
            );
        for name in references {
            if let Some(&property) = self.property_index.get(name) {
                self.referenced[property] = true;
            }
        }
    }

    pub fn event(&self, name: &str) -> Option<&Event> {
        self.event_index.get(name).map(|&i| &self.events[i])
    }

    /// Where the event of this name is in `events`.
    pub fn event_position(&self, name: &str) -> Option<usize> {
        self.event_index.get(name).copied()
    }

    pub fn property(&self, name: &str) -> Option<&PropertyDef> {
        self.property_index.get(name).map(|&i| &self.properties[i])
    }

    /// The first plan with this id.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plan_index.get(id).and_then(|&i| self.plans.get(i))
    }

    /// Every plan entry that lists the event, in plan order.
    pub fn plans_listing<'a>(
        &'a self,
        event: &str,
    ) -> impl Iterator<Item = (&'a Plan, &'a PlanEvent)> + 'a {
        self.event_index
            .get(event)
            .map_or(&[][..], |&i| self.listings[i].as_slice())
            .iter()
            .map(|&(p, e)| (&self.plans[p], &self.plans[p].events[e]))
    }

    /// The source kinds that emit an event, derived from the plans that list it.
    pub fn source_kinds(&self, event: &str) -> SourceKinds {
        let mut kinds = SourceKinds::default();
        for kind in self
            .plans_listing(event)
            .filter_map(|(plan, _)| plan.kind())
        {
            kinds.0 |= 1 << kind as u8;
        }
        kinds
    }

    /// Whether an event, config or plan refers to a catalog property.
    pub fn is_referenced(&self, property: &str) -> bool {
        self.property_index
            .get(property)
            .is_some_and(|&i| self.referenced[i])
    }

    /// The type set a property entry has: its own for inline definitions, else the catalog's.
    pub fn type_of(&self, property: &PropertyUse) -> Option<TypeSet> {
        self.definition_of(property)?.type_set()
    }

    /// The definition behind a property entry (inline, or the catalog's).
    pub fn definition_of<'a>(&'a self, property: &'a PropertyUse) -> Option<&'a PropertyDef> {
        match &property.kind {
            PropertyKind::Inline(def) => Some(def),
            PropertyKind::Reference(_) => self.property(&property.name.value),
        }
    }

    /// Money property: named revenue, price, amount, total, subtotal, tax, shipping, discount,
    /// or ending in `_revenue`, `_price`, `_amount`, `_total` (SPEC §3.3).
    pub fn is_money_property(name: &str) -> bool {
        matches!(
            name,
            "revenue" | "price" | "amount" | "total" | "subtotal" | "tax" | "shipping" | "discount"
        ) || ["_revenue", "_price", "_amount", "_total"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
    }

    /// Revenue fact: an active event with a `revenue` / `*_revenue` property, or a lifecycle of
    /// purchase, subscription_change, payment_failure or cancellation (SPEC §3.8).
    pub fn is_revenue_fact(event: &Event) -> bool {
        event.is_active()
            && (event
                .properties
                .iter()
                .any(|p| p.name.value == "revenue" || p.name.value.ends_with("_revenue"))
                || event
                    .lifecycle()
                    .is_some_and(|l| REVENUE_STAGES.contains(&l)))
    }

    /// Every definition written in the catalog, nested ones included: the catalog's, then
    /// each event's inline ones, each with its place.
    pub fn each_definition<'a>(&'a self, mut visit: impl FnMut(Place<'_>, &'a PropertyDef)) {
        for def in &self.properties {
            let owner = ConstraintOwner::Catalog(&def.name.value);
            def.walk(&mut |pointer, nested| visit(Place { owner, pointer }, nested));
        }
        for event in &self.events {
            for property in &event.properties {
                let Some(def) = property.inline() else {
                    continue;
                };
                let owner = ConstraintOwner::Event {
                    event: &event.name.value,
                    property: &property.name.value,
                };
                def.walk(&mut |pointer, nested| visit(Place { owner, pointer }, nested));
            }
        }
    }

    /// Every set of validation keywords written in the catalog, with its place: every
    /// definition's (nested ones included) and every reference's narrowing.
    pub fn each_constraints<'a>(&'a self, mut visit: impl FnMut(Place<'_>, &'a Constraints)) {
        self.each_definition(|place, def| visit(place, &def.constraints));
        for event in &self.events {
            for property in &event.properties {
                if let Some(reference) = property.reference() {
                    let owner = ConstraintOwner::Event {
                        event: &event.name.value,
                        property: &property.name.value,
                    };
                    visit(Place { owner, pointer: "" }, &reference.constraints);
                }
            }
        }
    }

    /// Every property name used in the catalog (catalog definitions and inline ones), once,
    /// at its first span.
    pub fn property_names(&self) -> Vec<&Name> {
        let mut seen = FastSet::default();
        let mut names = Vec::new();
        let catalog = self.properties.iter().map(|p| &p.name);
        let inline = self
            .events
            .iter()
            .flat_map(|e| e.properties.iter())
            .filter(|p| p.inline().is_some())
            .map(|p| &p.name);
        for name in catalog.chain(inline) {
            if seen.insert(name.value.as_str()) {
                names.push(name);
            }
        }
        names
    }
}
