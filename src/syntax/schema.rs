//! `catalog.schema.yaml`, embedded and compiled once; each JSON Schema error becomes a
//! violation at the YAML span of the offending node (instance path -> node).

use std::hash::{BuildHasher, RandomState};
use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use jsonschema::paths::LocationSegment;
use jsonschema::{PatternOptions, ValidationError, Validator};
use serde_json::Value;

use crate::syntax::yaml::{self, Entry, Node, Pos};
use crate::text::Suggester;
use foldhash::HashMap as FastMap;

/// The catalog schema's text, as shipped at the repository root.
pub const CATALOG_SCHEMA: &str = include_str!("../../catalog.schema.yaml");

/// A schema violation located in one file (file-relative byte span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub pos: Pos,
    pub message: String,
    pub help: String,
}

/// Which part of the schema a document is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// A dictionary or plan file (the schema's root).
    Catalog,
    /// `tracklint.yaml` (`$defs/config`).
    Config,
}

struct Schemas {
    root: Value,
    catalog: Validator,
    config: Validator,
}

fn schemas() -> &'static Schemas {
    static SCHEMAS: OnceLock<Schemas> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        // The schema is part of the binary and covered by tests; failing here is a build defect.
        let root = yaml::parse(CATALOG_SCHEMA)
            .map(|document| document.root.to_json())
            .unwrap_or_else(|e| panic!("catalog.schema.yaml is not valid YAML: {}", e.message));
        let catalog = compile(&root).unwrap_or_else(|e| panic!("catalog.schema.yaml: {e}"));
        let mut config_schema = root.clone();
        if let Value::Object(map) = &mut config_schema {
            for key in ["if", "then", "else", "type", "title", "description"] {
                map.remove(key);
            }
            map.insert("$ref".into(), Value::String("#/$defs/config".into()));
        }
        let config =
            compile(&config_schema).unwrap_or_else(|e| panic!("catalog.schema.yaml config: {e}"));
        Schemas {
            root,
            catalog,
            config,
        }
    })
}

/// Compiles a JSON Schema (draft 2020-12 unless it says otherwise) with format checks on and
/// the linear-time `regex` engine for `pattern`, so no user pattern can hang a run.
pub fn compile(schema: &Value) -> Result<Validator, ValidationError<'static>> {
    options().build(schema)
}

/// Most bytes one `pattern` may compile to (the `regex` engine's own estimate), and its lazy
/// DFA's cache: `[\p{L}\p{N}]{200}` is over it and refused, `^.{0,255}$` or a UUID pattern
/// are far under. A pattern over it is `structure/invalid-pattern`.
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;
pub const PATTERN_DFA_SIZE_LIMIT: usize = 1 << 20;

/// The options [`compile`] uses. Every pattern goes through one cache for the whole run, so a
/// pattern that a thousand events share is compiled (or refused) once.
pub fn options() -> jsonschema::ValidationOptions<'static> {
    options_for::<jsonschema::json::SerdeJson>()
}

/// The same options for instances held in another JSON representation `F`.
pub fn options_for<F: jsonschema::json::Json>()
-> jsonschema::ValidationOptions<'static, std::sync::Arc<dyn jsonschema::Retrieve>, F> {
    static PATTERNS: OnceLock<jsonschema::PatternCache> = OnceLock::new();
    jsonschema::options_for::<F>()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_pattern_options(
            PatternOptions::regex()
                .size_limit(PATTERN_SIZE_LIMIT)
                .dfa_size_limit(PATTERN_DFA_SIZE_LIMIT),
        )
        .with_pattern_cache(PATTERNS.get_or_init(jsonschema::PatternCache::new).clone())
}

/// JSON Schema keywords a definition may hold in a pasted schema that the catalog model has no
/// place for (SPEC §1.2: "what the model cannot say is a clear structure/schema error naming
/// the keyword, never silently dropped").
const UNSUPPORTED_KEYWORDS: [&str; 21] = [
    "not",
    "if",
    "then",
    "else",
    "contains",
    "minContains",
    "maxContains",
    "prefixItems",
    "additionalItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "$id",
    "$schema",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "contentEncoding",
    "contentMediaType",
];

/// Validates a parsed document and maps every error to the span of its node.
pub fn check(kind: Document, tree: &Node, json: &Value) -> Vec<Violation> {
    let schemas = schemas();
    let validator = match kind {
        Document::Catalog => &schemas.catalog,
        Document::Config => &schemas.config,
    };
    if validator.is_valid(json) {
        return Vec::new();
    }
    let is_plan = json.get("plan").is_some();
    let mut locator = Locator::default();
    let mut violations: Vec<Violation> = Vec::new();
    // Identical violations (one node failing several branches) are reported once; found by
    // hash, so a file with a million violations is not compared pairwise.
    let hasher = RandomState::new();
    let mut seen: FastMap<u64, Vec<usize>> = FastMap::default();
    for error in validator.iter_errors(json) {
        for violation in violations_of(&error, tree, is_plan, &schemas.root, &mut locator) {
            let pos = violation.pos;
            let hash = hasher.hash_one((
                pos.offset,
                pos.len,
                pos.defined,
                &violation.message,
                &violation.help,
            ));
            let same = seen.entry(hash).or_default();
            if same.iter().any(|&i| violations.get(i) == Some(&violation)) {
                continue;
            }
            same.push(violations.len());
            violations.push(violation);
        }
    }
    violations
}

/// Finds the node an instance path names. A large mapping gets a key index the first time a
/// path goes through it, so many errors inside one big mapping (100,000 events, each with a
/// bad value) cost linear time instead of a scan of the mapping per error.
#[derive(Default)]
struct Locator<'t> {
    /// By the address of a mapping's entries (shared by an anchor and its aliases).
    indexes: FastMap<*const Entry, FastMap<&'t str, &'t Entry>>,
}

/// Mappings up to this size are scanned; bigger ones are indexed.
const SCANNED_MAPPING: usize = 16;

impl<'t> Locator<'t> {
    /// The entry under `key` in a mapping (its first occurrence), like [`Node::get_entry`].
    fn entry(&mut self, node: &'t Node, key: &str) -> Option<&'t Entry> {
        let entries = node.as_map()?;
        if entries.len() <= SCANNED_MAPPING {
            return node.get_entry(key);
        }
        let index = self.indexes.entry(entries.as_ptr()).or_insert_with(|| {
            let mut index = FastMap::default();
            for entry in entries {
                index.entry(entry.key.key_text()).or_insert(entry);
            }
            index
        });
        index.get(key).copied()
    }

    /// Follows a JSON pointer's segments like [`Node::find`]: the entry key (when the last
    /// step was a mapping key) and the node.
    fn find(
        &mut self,
        tree: &'t Node,
        segments: &[String],
    ) -> Option<(Option<&'t Node>, &'t Node)> {
        let mut key = None;
        let mut node = tree;
        for segment in segments {
            if node.as_map().is_some() {
                let entry = self.entry(node, segment)?;
                key = Some(&entry.key);
                node = &entry.value;
            } else {
                node = node.as_seq()?.get(segment.parse::<usize>().ok()?)?;
                key = None;
            }
        }
        Some((key, node))
    }
}

fn violations_of<'t>(
    error: &ValidationError,
    tree: &'t Node,
    is_plan: bool,
    root: &Value,
    locator: &mut Locator<'t>,
) -> Vec<Violation> {
    let segments = instance_path(error);
    let Some((key, node)) = locator.find(tree, &segments) else {
        return vec![Violation {
            pos: Pos::default(),
            message: error.to_string(),
            help: "fix the file to match catalog.schema.yaml".into(),
        }];
    };
    let place = Place::of(&segments, is_plan);
    // Blame the value for scalars and flow collections, else the key it sits under.
    let value_pos = if node.pos.len > 0 || key.is_none() {
        node.pos
    } else {
        key.map_or(node.pos, |k| k.pos)
    };
    let key_pos = key.map_or(node.pos, |k| k.pos);
    let shown = display_value(error.instance());

    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_keys(error, root);
            let mut suggester = Suggester::new(allowed.iter().map(String::as_str));
            unexpected
                .iter()
                .map(|name| {
                    let pos = locator.entry(node, name).map_or(key_pos, |e| e.key.pos);
                    if UNSUPPORTED_KEYWORDS.contains(&name.as_str()) && allowed.iter().any(|k| k == "pattern") {
                        return Violation {
                            pos,
                            message: format!(
                                "`{name}` in {} is a JSON Schema keyword the catalog model cannot say",
                                place.owner_phrase()
                            ),
                            help: "write the constraint with type, enum, const, pattern, format, bounds, oneOf or anyOf, or leave it out; it would not be checked by validate or compared by diff".into(),
                        };
                    }
                    Violation {
                        pos,
                        message: format!("unknown key \"{name}\" in {}", place.owner_phrase()),
                        help: unknown_key_help(name, &allowed, &mut suggester),
                    }
                })
                .collect()
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            vec![Violation {
                pos: key_pos,
                message: format!("{} is missing the required key \"{name}\"", place.phrase()),
                help: format!("add `{name}:` to it"),
            }]
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                jsonschema::error::TypeKind::Single(t) => article(&t.to_string()),
                jsonschema::error::TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| article(&t.to_string()))
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            vec![Violation {
                pos: value_pos,
                message: format!(
                    "{} must be {expected}, not {}",
                    place.phrase(),
                    article(json_type(error.instance()))
                ),
                help: type_help(&segments),
            }]
        }
        ValidationErrorKind::Enum { options } => {
            let options = options
                .as_array()
                .map(|o| o.iter().map(display_value).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            vec![Violation {
                pos: value_pos,
                message: format!(
                    "{} has the value {shown}, which is not allowed",
                    place.phrase()
                ),
                help: format!("use one of: {options}"),
            }]
        }
        ValidationErrorKind::Format { format } => vec![Violation {
            pos: value_pos,
            message: format!("{} {shown} is not a valid {format}", place.phrase()),
            help: if format == "date" {
                "write the date as YYYY-MM-DD, e.g. 2026-06-01".into()
            } else {
                format!("write a valid {format}")
            },
        }],
        _ => vec![Violation {
            pos: value_pos,
            message: format!("{}: {error}", place.phrase()),
            help: "fix the value to match catalog.schema.yaml".into(),
        }],
    }
}

/// The segments of the JSON pointer to the instance an error is about.
pub fn instance_path(error: &ValidationError) -> Vec<String> {
    error
        .instance_path()
        .segments()
        .map(|s| match s {
            LocationSegment::Property(p) => p.into_owned(),
            LocationSegment::Index(i) => i.to_string(),
        })
        .collect()
}

/// Where in a catalog file a node sits, in words.
struct Place {
    owner: Option<String>,
    field: Option<String>,
}

impl Place {
    fn of(segments: &[String], is_plan: bool) -> Place {
        let (owner, rest) = match segments {
            [events, name, rest @ ..] if events == "events" && is_plan => {
                (Some(format!("plan entry \"{name}\"")), rest)
            }
            [events, name, props, prop, rest @ ..]
                if events == "events" && props == "properties" =>
            {
                (
                    Some(format!("property \"{prop}\" of event \"{name}\"")),
                    rest,
                )
            }
            [events, name, rest @ ..] if events == "events" => {
                (Some(format!("event \"{name}\"")), rest)
            }
            [props, name, rest @ ..] if props == "properties" && !is_plan => {
                (Some(format!("property \"{name}\"")), rest)
            }
            rest => (None, rest),
        };
        let field = (!rest.is_empty()).then(|| rest.join("."));
        Place { owner, field }
    }

    /// "`consent` of event "x"", "event "x"", "`source.kind`".
    fn phrase(&self) -> String {
        match (&self.field, &self.owner) {
            (Some(field), Some(owner)) => format!("`{field}` of {owner}"),
            (Some(field), None) => format!("`{field}`"),
            (None, Some(owner)) => owner.clone(),
            (None, None) => "the file".into(),
        }
    }

    /// The mapping an unknown key sits in.
    fn owner_phrase(&self) -> String {
        self.phrase()
    }
}

/// How far a misspelt key may be from an allowed one: 2 edits, more for long keys.
fn key_limit(allowed: &str) -> usize {
    2.max(allowed.len() / 4)
}

/// "did you mean" among the keys allowed here (held by `suggester`), else the list of them.
fn unknown_key_help(name: &str, allowed: &[String], suggester: &mut Suggester) -> String {
    let limit = allowed.iter().map(|a| key_limit(a)).max().unwrap_or(0);
    if let Some(best) = suggester.suggest_where(name, limit, key_limit) {
        return format!("did you mean `{best}`?");
    }
    // `naming_style:` for `naming: {style: ...}`: a known key, then the nested one.
    if let Some((outer, inner)) = name.split_once(['_', '.'])
        && !inner.is_empty()
        && allowed.iter().any(|a| a == outer)
    {
        return format!("did you mean `{outer}:` with `{inner}:` under it?");
    }
    if allowed.is_empty() {
        "remove it".into()
    } else {
        format!("remove it, or use one of: {}", allowed.join(", "))
    }
}

fn type_help(segments: &[String]) -> String {
    match segments.last().map(String::as_str) {
        Some("version" | "approved_version") => "write a whole number, e.g. `version: 2`".into(),
        Some("events") => "list events as a mapping: `event_name: {...}`".into(),
        _ => "fix the value's type to match catalog.schema.yaml".into(),
    }
}

/// The property names the schema allows where an `additionalProperties: false` failed.
fn allowed_keys(error: &ValidationError, root: &Value) -> Vec<String> {
    let Some(uri) = error.absolute_keyword_location() else {
        return Vec::new();
    };
    let Some(fragment) = uri.fragment() else {
        return Vec::new();
    };
    let pointer = fragment.as_str();
    let parent = pointer
        .strip_suffix("/additionalProperties")
        .unwrap_or(pointer);
    root.pointer(parent)
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object)
        .map(|props| props.keys().cloned().collect())
        .unwrap_or_default()
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "mapping",
    }
}

fn article(type_name: &str) -> String {
    let name = match type_name {
        "array" => "list",
        "object" => "mapping",
        other => other,
    };
    match name {
        "null" => "empty".into(),
        n if n.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {n}"),
        n => format!("a {n}"),
    }
}

fn display_value(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn violations(text: &str) -> Vec<(String, String)> {
        let tree = yaml::parse(text).unwrap().root;
        let json = tree.to_json();
        check(Document::Catalog, &tree, &json)
            .into_iter()
            .map(|v| {
                let at = &text[v.pos.offset as usize..(v.pos.offset + v.pos.len) as usize];
                (at.to_owned(), v.message)
            })
            .collect()
    }

    #[test]
    fn schema_compiles() {
        assert!(schemas().root.get("$defs").is_some());
    }

    #[test]
    fn unknown_key_points_at_the_key_with_a_suggestion() {
        let text = "events:\n  page_viewed:\n    ownr: web\n";
        let tree = yaml::parse(text).unwrap().root;
        let found = check(Document::Catalog, &tree, &tree.to_json());
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "unknown key \"ownr\" in event \"page_viewed\""
        );
        assert_eq!(found[0].help, "did you mean `owner`?");
        assert_eq!(found[0].pos.offset, 27);
    }

    #[test]
    fn bad_values_point_at_the_value() {
        let found = violations(
            "events:\n  page_viewed:\n    consent: maybe\n    version: two\n    last_reviewed: 2026-13-01\n",
        );
        assert_eq!(
            found,
            vec![
                (
                    "maybe".to_owned(),
                    "`consent` of event \"page_viewed\" has the value \"maybe\", which is not allowed"
                        .to_owned()
                ),
                (
                    "two".to_owned(),
                    "`version` of event \"page_viewed\" must be an integer, not a string".to_owned()
                ),
                (
                    "2026-13-01".to_owned(),
                    "`last_reviewed` of event \"page_viewed\" \"2026-13-01\" is not a valid date"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn property_entries_are_checked_by_shape() {
        let found = violations(
            "events:\n  page_viewed:\n    properties:\n      a: mandatory\n      b: {type: string, colour: red}\n      c: {required: true}\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "mandatory");
        assert_eq!(found[1].0, "colour");
    }

    #[test]
    fn plan_files_use_the_plan_schema() {
        let found = violations("plan: web\nsource: {kind: browser}\nevents: {a_b: {version: 0}}\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "browser");
        assert_eq!(found[1].0, "0");
    }

    /// Editors show these on completion: every key the schema defines says what it is.
    #[test]
    fn every_schema_key_has_a_description() {
        fn walk(schema: &Value, root: &Value, path: &str, missing: &mut Vec<String>) {
            let Some(object) = schema.as_object() else {
                return;
            };
            if let Some(Value::Object(properties)) = object.get("properties") {
                for (key, sub) in properties {
                    let described = sub.get("description").is_some()
                        || sub
                            .get("$ref")
                            .and_then(Value::as_str)
                            .and_then(|r| root.pointer(r.trim_start_matches('#')))
                            .is_some_and(|target| target.get("description").is_some());
                    if !described {
                        missing.push(format!("{path}/{key}"));
                    }
                    walk(sub, root, &format!("{path}/{key}"), missing);
                }
            }
            for keyword in ["additionalProperties", "items", "then", "else"] {
                if let Some(sub) = object.get(keyword) {
                    walk(sub, root, &format!("{path}/{keyword}"), missing);
                }
            }
            if let Some(Value::Object(defs)) = object.get("$defs") {
                for (name, sub) in defs {
                    walk(sub, root, &format!("$defs/{name}"), missing);
                }
            }
        }
        let root = &schemas().root;
        let mut missing = Vec::new();
        walk(root, root, "", &mut missing);
        assert!(
            missing.is_empty(),
            "keys without a description: {missing:#?}"
        );
    }
}
