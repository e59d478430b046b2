//! Turns one file's YAML tree into events, properties or a plan. Lenient by design: the
//! schema check has already reported malformed nodes, so a wrong-typed field is kept as text
//! when it is a scalar (it is present, only invalid) and skipped otherwise.

use std::cell::Cell;

use super::definition::{
    Additional, Annotation, Branches, Num, PropertyDef, PropertyType, RequiredList, Shape, TypeSet,
    Types,
};
use super::{
    ChangelogEntry, Classification, Constraints, Crm, Day, Deprecation, Event, Item, Keyword, Name,
    Plan, PlanEvent, PropertyKind, PropertyUse, Reference, Sampling, SourceKind, Status, Volume,
};
use crate::syntax::source::{FileId, Located, Span};
use crate::syntax::yaml::{Entry, Node};
use crate::text::kept_name;
use foldhash::HashSet as FastSet;

/// The flat JSON Schema validation keywords a definition may carry (SPEC §1.2), kept as
/// [`Keyword`]s with `examples`; the nested ones (`items`, `properties`, ...) become its
/// [`Shape`]. `import` takes these from a JSON Schema as they are written.
pub const VALIDATION_KEYWORDS: [&str; 16] = [
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
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
];

/// Keys that annotate a definition (no validation meaning), besides `x-*` extensions.
const ANNOTATIONS: [&str; 6] = [
    "title",
    "default",
    "$comment",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// Most definitions one property may expand to through local `$ref`s: a reference used many
/// times, or a cycle, stops here (as aliases do in the YAML reader).
const MAX_REF_EXPANSIONS: usize = 10_000;

/// How deep `$ref`s may lead into each other.
const MAX_REF_DEPTH: usize = 32;

pub(super) struct Builder<'t> {
    pub file: FileId,
    /// The file's text, for numbers read exactly from how they are written.
    pub text: &'t str,
    /// Offsets of the nodes that failed the schema: their values must not feed later rules.
    pub invalid: FastSet<u32>,
    /// Keep each event's definition as JSON (for custom policies).
    pub keep_json: bool,
    /// Definitions built through `$ref` for the current property (see [`MAX_REF_EXPANSIONS`]).
    pub expansions: Cell<usize>,
    /// `$ref`s that could not be resolved: (the `$ref` value's span, why).
    pub unresolved: std::cell::RefCell<Vec<(Span, String)>>,
}

/// Where a definition sits, for the `$ref`s inside it: the nodes `#` may name, innermost
/// last (the property's own definition, then each nested definition that holds `$defs` or
/// `definitions`: a pasted sub-schema keeps its own root), and how many `$ref`s led here.
#[derive(Clone)]
struct Scope<'n> {
    roots: Vec<&'n Node>,
    depth: usize,
}

impl<'n> Scope<'n> {
    /// The scope inside `node`: with it as the innermost root when it defines anything.
    fn inside(&self, node: &'n Node) -> Scope<'n> {
        let mut inner = self.clone();
        if node.get("$defs").is_some() || node.get("definitions").is_some() {
            inner.roots.push(node);
        }
        inner
    }
}

impl Builder<'_> {
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

    /// A `YYYY-MM-DD` date; none when the text is no such date (the schema reports it).
    fn date(&self, node: Option<&Node>) -> Option<Day> {
        let text = self.text(node)?;
        crate::config::parse_date(&text.value).map(|date| Located::new(date, text.span))
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
                    .map(|(_, entry)| self.root_definition(self.key(entry), &entry.value))
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
        let name = self.key(entry);
        let mut event = Event {
            extent: Span::new(
                self.file,
                name.span.offset,
                node.end().max(name.span.end()) - name.span.offset,
            ),
            name,
            file: self.file,
            description: self.text(node.get("description")),
            owner: self.text(node.get("owner")),
            status: self
                .text(node.get("status"))
                .and_then(|t| Status::parse(&t.value).map(|s| Located::new(s, t.span))),
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
                    since: self.date(e.value.get("since")),
                    replaced_by: self.text(e.value.get("replaced_by")),
                    sunset: self.date(e.value.get("sunset")),
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
                    date: self.date(item.get("date")),
                    summary: self.text(item.get("summary")),
                })
                .collect(),
            changelog_key: node.get_entry("changelog").map(|e| self.span(&e.key)),
            last_reviewed: self.date(node.get("last_reviewed")),
            tags: self.names(node.get("tags")),
            closed: self.boolean(node.get("closed")),
            definition: self.keep_json.then(|| node.to_json()),
            property_order: Box::default(),
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
            PropertyKind::Inline(Box::new(self.root_definition(name.clone(), node)))
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

    /// A property's whole definition (a catalog property or an event's inline one): the
    /// root `$ref`s inside it resolve against.
    fn root_definition(&self, name: Name, node: &Node) -> PropertyDef {
        self.expansions.set(0);
        self.definition(
            name,
            node,
            &Scope {
                roots: vec![node],
                depth: 0,
            },
        )
    }

    /// A definition at any depth; a local `$ref` is replaced by what it points at.
    fn definition<'n>(&self, name: Name, node: &'n Node, scope: &Scope<'n>) -> PropertyDef {
        let scope = scope.inside(node);
        if let Some(target) = self.follow_ref(node, &scope) {
            let deeper = Scope {
                roots: scope.roots.clone(),
                depth: scope.depth + 1,
            };
            let mut def = self.definition(name, target, &deeper);
            // The reference's own annotations and description stay with it.
            def.span = self.span(node);
            if let Some(description) = self.text(node.get("description")) {
                def.description = Some(description);
            }
            return def;
        }
        let classification = self.text(node.get("classification"));
        PropertyDef {
            name,
            span: self.span(node),
            types: node.get("type").map(|t| self.types(t)),
            description: self.text(node.get("description")),
            owner: self.text(node.get("owner")),
            classification_value: Classification::parse(
                classification.as_ref().map(|c| c.value.as_str()),
            ),
            classification,
            unit: self.text(node.get("unit")),
            required: self.boolean(node.get("required")),
            constraints: self.constraints(node),
            shape: self.shape(node, &scope).map(Box::new),
            annotations: self.annotations(node),
        }
    }

    /// The node a `$ref` of `node` points at, inside the property's own definition (`#` is
    /// its root, as in a pasted JSON Schema); None when `node` has no `$ref`. A reference
    /// that cannot be followed is recorded (a `structure/schema` error) and left out.
    fn follow_ref<'n>(&self, node: &'n Node, scope: &Scope<'n>) -> Option<&'n Node> {
        let entry = node.get_entry("$ref")?;
        let at = self.span(&entry.value);
        let refuse = |why: String| {
            self.unresolved.borrow_mut().push((at, why));
            None
        };
        let Some(reference) = entry.value.as_str() else {
            return refuse("`$ref` must be a string such as \"#/$defs/address\"".into());
        };
        if scope.depth >= MAX_REF_DEPTH {
            return refuse(format!(
                "`$ref` \"{}\" leads more than {MAX_REF_DEPTH} references deep (a cycle?); inline the definition",
                crate::text::cut(reference, 80)
            ));
        }
        let expansions = self.expansions.get() + 1;
        self.expansions.set(expansions);
        if expansions > MAX_REF_EXPANSIONS {
            return refuse(format!(
                "more than {MAX_REF_EXPANSIONS} definitions reached through `$ref` in one property; inline them"
            ));
        }
        let Some(pointer) = reference.strip_prefix('#') else {
            return refuse(format!(
                "`$ref` \"{}\" points outside this definition; only local references (`#/$defs/...`) are resolved",
                crate::text::cut(reference, 80)
            ));
        };
        let segments: Vec<String> = pointer
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect();
        let found = scope.roots.iter().rev().find_map(|root| {
            root.find(segments.iter().map(String::as_str))
                .map(|(_, target)| target)
                .filter(|target| target.as_map().is_some())
        });
        match found {
            Some(target) => Some(target),
            None => refuse(format!(
                "`$ref` \"{}\" points at nothing in this definition; add it under `$defs`",
                crate::text::cut(reference, 80)
            )),
        }
    }

    /// `type:` as one name or a list; a YAML null in a list means `"null"`.
    fn types(&self, node: &Node) -> Types {
        let items: Vec<&Node> = match node.as_seq() {
            Some(items) => items.iter().collect(),
            None => vec![node],
        };
        let names: Vec<Name> = items
            .into_iter()
            .filter_map(|item| {
                let text = if item.is_null() {
                    "null".to_owned()
                } else {
                    item.scalar_text()?
                };
                Some(Located::new(text, self.span(item)))
            })
            .collect();
        let set = TypeSet::of(names.iter().filter_map(|n| PropertyType::parse(&n.value)));
        Types {
            span: self.span(node),
            names,
            set,
        }
    }

    /// What is nested under a definition, when anything is.
    fn shape<'n>(&self, node: &'n Node, scope: &Scope<'n>) -> Option<Shape> {
        let child = |name: Name, node: &Node| self.definition(name, node, scope);
        let keyword_name = |entry: &crate::syntax::yaml::Entry| self.key(entry);
        let mut shape = Shape::default();
        let mut any = false;
        if let Some(entry) = node.get_entry("properties") {
            any = true;
            let children = entry
                .value
                .entries()
                .map(|(_, e)| child(self.key(e), &e.value))
                .collect();
            shape.properties = Some((self.span(&entry.key), children));
        }
        if let Some(entry) = node.get_entry("required")
            && let Some(list) = entry.value.as_seq()
        {
            any = true;
            shape.required_list = Some(RequiredList {
                key: self.span(&entry.key),
                span: self.span(&entry.value),
                names: list.iter().filter_map(|n| self.text(Some(n))).collect(),
            });
        }
        if let Some(entry) = node.get_entry("items") {
            any = true;
            shape.items = Some(Box::new(child(keyword_name(entry), &entry.value)));
        }
        if let Some(entry) = node.get_entry("additionalProperties") {
            any = true;
            shape.additional = Some(match entry.value.as_bool() {
                Some(allowed) => {
                    Additional::Allowed(Located::new(allowed, self.span(&entry.value)))
                }
                None => Additional::Schema(Box::new(child(keyword_name(entry), &entry.value))),
            });
        }
        if let Some(entry) = node.get_entry("patternProperties") {
            any = true;
            let patterns = entry
                .value
                .entries()
                .map(|(_, e)| child(self.key(e), &e.value))
                .collect();
            shape.pattern_properties = Some((self.span(&entry.key), patterns));
        }
        if let Some(entry) = node.get_entry("propertyNames") {
            any = true;
            shape.property_names = Some(Box::new(child(keyword_name(entry), &entry.value)));
        }
        for (keyword, slot) in [
            ("oneOf", &mut shape.one_of),
            ("anyOf", &mut shape.any_of),
            ("allOf", &mut shape.all_of),
        ] {
            if let Some(entry) = node.get_entry(keyword) {
                any = true;
                let branches = entry
                    .value
                    .as_seq()
                    .unwrap_or(&[])
                    .iter()
                    .enumerate()
                    .map(|(index, branch)| {
                        let name = Located::new(format!("{keyword}[{index}]"), self.span(branch));
                        child(name, branch)
                    })
                    .collect();
                *slot = Some(Branches {
                    key: self.span(&entry.key),
                    branches,
                });
            }
        }
        any.then_some(shape)
    }

    fn annotations(&self, node: &Node) -> Vec<Annotation> {
        node.entries()
            .filter(|(key, _)| ANNOTATIONS.contains(key) || key.starts_with("x-"))
            .map(|(_, entry)| Annotation {
                key: self.key(entry),
                value: entry.value.to_json(),
                span: self.span(&entry.value),
            })
            .collect()
    }

    fn constraints(&self, node: &Node) -> Constraints {
        let keywords = node
            .entries()
            .filter(|(key, _)| *key == "examples" || VALIDATION_KEYWORDS.contains(key))
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
                    number: self.number(&entry.value),
                }
            })
            .collect();
        Constraints { keywords }
    }

    /// A plain number scalar, exactly as written (integers beyond 64 bits included).
    fn number(&self, node: &Node) -> Option<Num> {
        if !matches!(node.value, crate::syntax::yaml::Value::Number(_)) {
            return None;
        }
        // Through an alias the span is the `*alias` token: the value's own text is elsewhere.
        let written = (node.pos.defined == node.pos.offset)
            .then(|| {
                self.text
                    .get(node.pos.offset as usize..(node.pos.offset + node.pos.len) as usize)
            })
            .flatten()
            .and_then(Num::parse);
        written.or_else(|| Num::of(&node.to_json()))
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
