//! Turns one file's YAML tree into events, properties or a plan. Lenient by design: the
//! schema check has already reported malformed nodes, so a wrong-typed field is kept as text
//! when it is a scalar (it is present, only invalid) and skipped otherwise.

use super::{
    ChangelogEntry, Classification, Constraints, Crm, Deprecation, Event, Item, Keyword, Name,
    Plan, PlanEvent, PropertyDef, PropertyKind, PropertyUse, Reference, Sampling, SourceKind,
    Status, Volume,
};
use crate::syntax::source::{FileId, Located, Span};
use crate::syntax::yaml::{Entry, Node};
use crate::text::kept_name;
use foldhash::HashSet as FastSet;

/// The JSON Schema validation keywords a property may carry (SPEC §1.2).
const KEYWORDS: [&str; 17] = [
    "enum",
    "const",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "items",
    "properties",
    "additionalProperties",
    "required",
    "examples",
];

pub(super) struct Builder {
    pub file: FileId,
    /// Offsets of the nodes that failed the schema: their values must not feed later rules.
    pub invalid: FastSet<u32>,
    /// Keep each event's definition as JSON (for custom policies).
    pub keep_json: bool,
}

impl Builder {
    fn span(&self, node: &Node) -> Span {
        Span::new(self.file, node.pos.offset, node.pos.len)
    }

    /// A scalar as text at its span (numbers and booleans rendered as written).
    fn text(&self, node: Option<&Node>) -> Option<Name> {
        let node = node?;
        node.scalar_text()
            .filter(|_| !node.is_null())
            .map(|t| Located::new(t, self.span(node)))
    }

    fn uint(&self, node: Option<&Node>) -> Option<Located<u64>> {
        let node = node?;
        node.as_u64().map(|v| Located::new(v, self.span(node)))
    }

    fn boolean(&self, node: Option<&Node>) -> Option<Located<bool>> {
        let node = node?;
        node.as_bool().map(|v| Located::new(v, self.span(node)))
    }

    fn names(&self, node: Option<&Node>) -> Vec<Name> {
        node.and_then(Node::as_seq)
            .unwrap_or(&[])
            .iter()
            .filter_map(|item| self.text(Some(item)))
            .map(|name| Located::new(kept_name(&name.value), name.span))
            .collect()
    }

    fn key(&self, entry: &Entry) -> Name {
        Located::new(kept_name(entry.key.key_text()), self.span(&entry.key))
    }

    pub fn events(&self, root: &Node) -> Vec<Event> {
        root.get("events")
            .map(|events| {
                events
                    .entries()
                    .map(|(_, entry)| self.event(entry))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn properties(&self, root: &Node) -> Vec<PropertyDef> {
        root.get("properties")
            .map(|props| {
                props
                    .entries()
                    .map(|(_, entry)| self.property_def(self.key(entry), &entry.value))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn event(&self, entry: &Entry) -> Event {
        let node = &entry.value;
        let properties = node
            .get("properties")
            .map(|props| props.entries().map(|(_, e)| self.property_use(e)).collect())
            .unwrap_or_default();
        let mut event = Event {
            name: self.key(entry),
            file: self.file,
            description: self.text(node.get("description")),
            owner: self.text(node.get("owner")),
            status: self.text(node.get("status")),
            version: self.uint(node.get("version")),
            lifecycle: self.text(node.get("lifecycle")),
            consent: self.text(node.get("consent")),
            dedupe_key: self.text(node.get("dedupe_key")),
            properties,
            crm: node.get_entry("crm").map(|e| Box::new(self.crm(e))),
            sampling: node.get_entry("sampling").map(|e| {
                Box::new(Sampling {
                    key: self.span(&e.key),
                    rate: self.text(e.value.get("rate")),
                    rule: self.text(e.value.get("rule")),
                })
            }),
            volume: node.get_entry("volume").map(|e| {
                Box::new(Volume {
                    key: self.span(&e.key),
                    min_per_hour: self.uint(e.value.get("min_per_hour")),
                    max_per_hour: self.uint(e.value.get("max_per_hour")),
                })
            }),
            renamed_from: match node.get("renamed_from") {
                Some(one) if one.as_str().is_some() => self.text(Some(one)).into_iter().collect(),
                list => self.names(list),
            },
            renamed_from_key: node.get_entry("renamed_from").map(|e| self.span(&e.key)),
            backfill: self.text(node.get("backfill")),
            deprecated: node.get_entry("deprecated").map(|e| {
                Box::new(Deprecation {
                    key: self.span(&e.key),
                    since: self.text(e.value.get("since")),
                    replaced_by: self.text(e.value.get("replaced_by")),
                    sunset: self.text(e.value.get("sunset")),
                    reason: self.text(e.value.get("reason")),
                })
            }),
            changelog: node
                .get("changelog")
                .and_then(Node::as_seq)
                .unwrap_or(&[])
                .iter()
                .map(|item| ChangelogEntry {
                    span: self.span(item),
                    version: self.uint(item.get("version")),
                    date: self.text(item.get("date")),
                    summary: self.text(item.get("summary")),
                })
                .collect(),
            changelog_key: node.get_entry("changelog").map(|e| self.span(&e.key)),
            last_reviewed: self.text(node.get("last_reviewed")),
            tags: self.names(node.get("tags")),
            definition: self.keep_json.then(|| node.to_json()),
            property_order: Box::default(),
            status_value: Status::Active,
            consent_value: None,
        };
        event.settle();
        event.index_properties();
        event
    }

    fn crm(&self, entry: &Entry) -> Crm {
        let node = &entry.value;
        Crm {
            key: self.span(&entry.key),
            eligible: self.boolean(node.get("eligible")),
            approved_by: self.text(node.get("approved_by")),
            approved_version: self.uint(node.get("approved_version")),
            trigger: self.text(node.get("trigger")),
        }
    }

    fn property_use(&self, entry: &Entry) -> PropertyUse {
        let name = self.key(entry);
        let node = &entry.value;
        let kind = if node.get("type").is_some() {
            PropertyKind::Inline(self.property_def(name.clone(), node))
        } else {
            let required = match node.as_str() {
                Some("required") => Some(Located::new(true, self.span(node))),
                Some("optional") => Some(Located::new(false, self.span(node))),
                _ => self.boolean(node.get("required")),
            };
            PropertyKind::Reference(Reference {
                required,
                description: self.text(node.get("description")),
                constraints: self.constraints(node),
                span: self.span(node),
            })
        };
        let required_invalid = self.invalid.contains(&node.pos.offset)
            || node
                .get("required")
                .is_some_and(|r| self.invalid.contains(&r.pos.offset));
        PropertyUse {
            name,
            kind,
            required_invalid,
        }
    }

    fn property_def(&self, name: Name, node: &Node) -> PropertyDef {
        let classification = self.text(node.get("classification"));
        PropertyDef {
            name,
            type_: self.text(node.get("type")),
            description: self.text(node.get("description")),
            owner: self.text(node.get("owner")),
            classification_value: Classification::parse(
                classification.as_ref().map(|c| c.value.as_str()),
            ),
            classification,
            unit: self.text(node.get("unit")),
            required: self.boolean(node.get("required")),
            constraints: self.constraints(node),
        }
    }

    fn constraints(&self, node: &Node) -> Constraints {
        let keywords = node
            .entries()
            .filter(|(key, entry)| {
                // `required: [..]` is JSON Schema's; anything else under `required` is our flag
                // (or a typo of it, which the schema reports).
                KEYWORDS.contains(key) && !(*key == "required" && entry.value.as_seq().is_none())
            })
            .map(|(key, entry)| {
                let items = match key {
                    "enum" | "examples" => entry
                        .value
                        .as_seq()
                        .unwrap_or(&[])
                        .iter()
                        .map(|item| self.item(item))
                        .collect(),
                    "const" => vec![self.item(&entry.value)],
                    _ => Vec::new(),
                };
                Keyword {
                    name: key.to_owned(),
                    key: self.span(&entry.key),
                    value: entry.value.to_json(),
                    span: self.span(&entry.value),
                    items,
                }
            })
            .collect();
        Constraints { keywords }
    }

    fn item(&self, node: &Node) -> Item {
        Item {
            value: node.to_json(),
            span: self.span(node),
            plain: node.plain && node.as_str().is_some(),
        }
    }

    pub fn plan(&self, root: &Node) -> Option<Plan> {
        let entry = root.get_entry("plan")?;
        let id = self
            .text(Some(&entry.value))
            .map(|id| Located::new(kept_name(&id.value), id.span))
            .unwrap_or_else(|| Located::new(String::new(), self.span(&entry.key)));
        let source = root.get_entry("source");
        let source_field = |key: &str| self.text(source.and_then(|s| s.value.get(key)));
        let kind = source_field("kind");
        Some(Plan {
            kind_value: kind.as_ref().and_then(|k| SourceKind::parse(&k.value)),
            id,
            file: self.file,
            description: self.text(root.get("description")),
            owner: self.text(root.get("owner")),
            source: source.map(|s| self.span(&s.key)),
            kind,
            library: source_field("library"),
            min_library_version: source_field("min_library_version"),
            max_clock_skew: source_field("max_clock_skew"),
            destinations: self.names(root.get("destinations")),
            identity: root
                .get_entry("identity")
                .map(|e| (self.span(&e.key), self.names(Some(&e.value)))),
            required_properties: self.names(root.get("required_properties")),
            events: root
                .get("events")
                .map(|events| {
                    events
                        .entries()
                        .map(|(_, e)| PlanEvent {
                            name: self.key(e),
                            version: self.uint(e.value.get("version")),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
    }
}
