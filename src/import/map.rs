//! One JSON Schema (draft-04 to 2020-12) into tracklint's definition form (SPEC §1.2), keyword
//! by keyword: what the model can say is written as the catalog writes it, what it cannot is
//! reported with its file and pointer, never dropped in silence. Local `$ref`s are inlined, a
//! `$ref` to another input file is resolved; both are bounded in depth and in expansions.

use std::path::Path;

use serde_json::{Map, Value};

use super::source::Document;
use crate::catalog::VALIDATION_KEYWORDS;

/// The deepest nesting of definitions one property may have. Each level is two YAML levels
/// in the written catalog (`properties:` and the child's name) below the event's four, and a
/// catalog file nests at most 128: 48 keeps the written file readable with room to spare.
pub const MAX_DEPTH: usize = 48;

/// The longest `$ref` chain followed (a cycle ends here).
pub const MAX_REF_CHAIN: usize = 64;

/// The most `$ref`s one import expands: a schema that refers to itself in many places can
/// otherwise grow without end.
pub const MAX_EXPANSIONS: usize = 10_000;

/// A keyword or construct that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    /// The file it is written in (a `$ref` may lead into another input file).
    pub file: std::path::PathBuf,
    /// RFC 6901, in that file.
    pub pointer: String,
    pub reason: String,
}

/// Annotations kept as they are (validators ignore them); our own `unit`, `classification`
/// and `owner` come back from `tracklint export`.
const KEPT: [&str; 10] = [
    "title",
    "default",
    "examples",
    "$comment",
    "deprecated",
    "readOnly",
    "writeOnly",
    "unit",
    "classification",
    "owner",
];

/// Identification and the definitions `$ref` reads from: not properties of anything.
const SKIPPED: [&str; 6] = ["$schema", "$id", "id", "self", "$defs", "definitions"];

const JSON_TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "object", "array", "null",
];

/// Reads schemas of one import: the input documents (for `$ref`s between them) and what
/// could not be mapped.
pub struct Mapper<'a> {
    documents: &'a [Document],
    expansions: usize,
    pub unmapped: Vec<Unmapped>,
    reported: std::collections::HashSet<(std::path::PathBuf, String, String)>,
}

/// A schema being read: the document it is in, where, and how deep.
#[derive(Clone, Copy)]
struct At<'a> {
    document: &'a Document,
    depth: usize,
}

/// An event's properties as the catalog writes them, in source order, and whether the event
/// is closed.
pub struct EventShape {
    pub properties: Vec<(String, Value)>,
    pub closed: bool,
}

impl<'a> Mapper<'a> {
    pub fn new(documents: &'a [Document]) -> Mapper<'a> {
        Mapper {
            documents,
            expansions: 0,
            unmapped: Vec::new(),
            reported: std::collections::HashSet::new(),
        }
    }

    /// The properties of an event from the object schema at `pointer` of `document`: each
    /// a definition with its `required` flag; `additionalProperties: false` closes the event.
    pub fn event(
        &mut self,
        document: &'a Document,
        schema: &'a Value,
        pointer: &str,
    ) -> EventShape {
        let at = At { document, depth: 0 };
        let Some((schema, pointer, document)) = self.resolved(at, schema, pointer.to_owned())
        else {
            return EventShape {
                properties: Vec::new(),
                closed: false,
            };
        };
        let at = At { document, depth: 0 };
        let mut properties = Vec::new();
        let mut closed = false;
        let required = required_names(schema);
        let Some(map) = schema.as_object() else {
            return EventShape { properties, closed };
        };
        for (key, value) in map {
            let here = format!("{pointer}/{}", escape(key));
            match key.as_str() {
                "properties" => {
                    for (name, child) in value.as_object().into_iter().flatten() {
                        let child_pointer = format!("{here}/{}", escape(name));
                        let mut definition = self.definition(at, child, &child_pointer);
                        if !definition.contains_key("type") {
                            // An inline property says its type: the types of its enum or
                            // const values when it has them (the same values pass), else
                            // every type.
                            definition.insert("type".into(), types_of_values(&definition));
                        }
                        if required.contains(&name.as_str()) {
                            definition.insert("required".into(), Value::Bool(true));
                        }
                        properties.push((name.clone(), Value::Object(reordered(definition))));
                    }
                }
                "required" => {}
                "additionalProperties" => match value {
                    Value::Bool(false) => closed = true,
                    Value::Bool(true) => {}
                    _ => self.drop(
                        document,
                        &here,
                        "an event is open or closed; a definition for its unlisted properties cannot be said",
                    ),
                },
                "type" if is_object_type(value) => {}
                "description" | "title" => {}
                other if SKIPPED.contains(&other) || other.starts_with("x-") => {}
                other => self.drop(
                    document,
                    &here,
                    &format!("`{other}` on a whole event cannot be said in a tracklint event"),
                ),
            }
        }
        // A required name with no definition: any value, but it must be there.
        for name in required {
            if !properties.iter().any(|(n, _)| n == name) {
                let mut definition = Map::new();
                definition.insert("type".into(), any_type());
                definition.insert("required".into(), Value::Bool(true));
                properties.push((name.to_owned(), Value::Object(definition)));
            }
        }
        EventShape { properties, closed }
    }

    /// A definition at any depth.
    fn definition(&mut self, at: At<'a>, schema: &'a Value, pointer: &str) -> Map<String, Value> {
        let mut out = Map::new();
        if at.depth >= MAX_DEPTH {
            self.drop(
                at.document,
                pointer,
                &format!("nested deeper than {MAX_DEPTH} levels; cut here"),
            );
            return out;
        }
        let Some((schema, pointer, document)) = self.resolved(at, schema, pointer.to_owned())
        else {
            return out;
        };
        // A `$ref` may lead into another document: read on there.
        let at = At {
            document,
            depth: at.depth + 1,
        };
        let map = match schema {
            Value::Object(map) => map,
            Value::Bool(true) => return out,
            Value::Bool(false) => {
                self.drop(
                    document,
                    &pointer,
                    "a schema that accepts nothing cannot be said",
                );
                return out;
            }
            _ => {
                self.drop(document, &pointer, "not a schema (an object or a boolean)");
                return out;
            }
        };
        let required = required_names(schema);
        let mut children = Map::new();
        for (key, value) in map {
            let here = format!("{pointer}/{}", escape(key));
            match key.as_str() {
                "type" => match type_names(value) {
                    Some(names) => {
                        out.insert("type".into(), names);
                    }
                    None => self.drop(document, &here, "not a JSON type or a list of them"),
                },
                "description" => {
                    if let Some(text) = value.as_str() {
                        out.insert("description".into(), text.into());
                    }
                }
                "properties" => {
                    for (name, child) in value.as_object().into_iter().flatten() {
                        let child_pointer = format!("{here}/{}", escape(name));
                        let definition = self.definition(at, child, &child_pointer);
                        children.insert(name.clone(), Value::Object(definition));
                    }
                }
                "required" => {}
                "items" => match value {
                    Value::Array(_) => self.drop(
                        document,
                        &here,
                        "a list of item schemas (a tuple) cannot be said; one `items` definition can",
                    ),
                    Value::Bool(true) => {}
                    _ => {
                        let items = self.definition(at, value, &here);
                        out.insert("items".into(), Value::Object(items));
                    }
                },
                "additionalProperties" | "propertyNames" => match value {
                    Value::Bool(allowed) if key == "additionalProperties" => {
                        out.insert(key.clone(), Value::Bool(*allowed));
                    }
                    _ => {
                        let nested = self.definition(at, value, &here);
                        out.insert(key.clone(), Value::Object(nested));
                    }
                },
                "patternProperties" => {
                    let mut patterns = Map::new();
                    for (pattern, child) in value.as_object().into_iter().flatten() {
                        let child_pointer = format!("{here}/{}", escape(pattern));
                        let definition = self.definition(at, child, &child_pointer);
                        patterns.insert(pattern.clone(), Value::Object(definition));
                    }
                    out.insert(key.clone(), Value::Object(patterns));
                }
                "oneOf" | "anyOf" | "allOf" => {
                    let branches: Vec<Value> = value
                        .as_array()
                        .into_iter()
                        .flatten()
                        .enumerate()
                        .map(|(i, branch)| {
                            Value::Object(self.definition(at, branch, &format!("{here}/{i}")))
                        })
                        .collect();
                    out.insert(key.clone(), Value::Array(branches));
                }
                "exclusiveMinimum" | "exclusiveMaximum" if value.is_boolean() => {
                    // Draft-04: a flag on `minimum`/`maximum`, handled with them below.
                }
                "minimum" | "maximum" if draft04_exclusive(map, key) => {
                    let exclusive = if key == "minimum" {
                        "exclusiveMinimum"
                    } else {
                        "exclusiveMaximum"
                    };
                    out.insert(exclusive.into(), value.clone());
                }
                flat if VALIDATION_KEYWORDS.contains(&flat) => {
                    out.insert(key.clone(), value.clone());
                }
                kept if KEPT.contains(&kept) || kept.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                "$ref" => {}
                skipped if SKIPPED.contains(&skipped) => {}
                other => self.drop(document, &here, &unsupported(other)),
            }
        }
        if !children.is_empty() || map.contains_key("properties") {
            for name in &required {
                let child = children
                    .entry((*name).to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(child) = child {
                    child.insert("required".into(), Value::Bool(true));
                    *child = reordered(std::mem::take(child));
                }
            }
            out.insert("properties".into(), Value::Object(children));
        } else if !required.is_empty() {
            // `required` without `properties`: each name a child of any type.
            let mut only = Map::new();
            for name in &required {
                let mut child = Map::new();
                child.insert("required".into(), Value::Bool(true));
                only.insert((*name).to_owned(), Value::Object(child));
            }
            out.insert("properties".into(), Value::Object(only));
        }
        // The types of its enum or const values: the same values pass, and a later version
        // that writes the type out is then no change.
        if !out.contains_key("type") && (out.contains_key("enum") || out.contains_key("const")) {
            let types = types_of_values(&out);
            out.insert("type".into(), types);
        }
        timestamps(&mut out);
        reordered(out)
    }

    /// The schema a `$ref` leads to, followed to its end (bounded), with its pointer; the
    /// schema itself when it has none. `None` when the reference cannot be followed (reported).
    fn resolved(
        &mut self,
        at: At<'a>,
        schema: &'a Value,
        pointer: String,
    ) -> Option<(&'a Value, String, &'a Document)> {
        let mut current = (schema, pointer, at.document);
        for _ in 0..MAX_REF_CHAIN {
            let Some(reference) = current.0.get("$ref").and_then(Value::as_str) else {
                return Some(current);
            };
            self.expansions += 1;
            if self.expansions > MAX_EXPANSIONS {
                self.drop(
                    current.2,
                    &current.1,
                    &format!("more than {MAX_EXPANSIONS} `$ref`s in one import; not followed"),
                );
                return None;
            }
            let siblings = current
                .0
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| {
                    !matches!(k.as_str(), "$ref" | "description" | "title" | "$comment")
                })
                .count();
            if siblings > 0 {
                self.drop(
                    current.2,
                    &current.1,
                    "keywords beside `$ref` are not merged into what it refers to; only the reference is read",
                );
            }
            match self.follow(current.2, reference) {
                Ok((target, document, target_pointer)) => {
                    current = (target, target_pointer, document);
                }
                Err(reason) => {
                    self.drop(current.2, &format!("{}/$ref", current.1), &reason);
                    return None;
                }
            }
        }
        self.drop(
            current.2,
            &current.1,
            &format!("`$ref` chain longer than {MAX_REF_CHAIN} (a cycle?); not followed"),
        );
        None
    }

    /// `#/definitions/x`, `#/$defs/x`, `other.json`, `other.json#/definitions/x`: the schema
    /// it names among the inputs.
    fn follow(
        &self,
        from: &'a Document,
        reference: &str,
    ) -> Result<(&'a Value, &'a Document, String), String> {
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let document = if file.is_empty() {
            from
        } else {
            if file.contains("://") || file.starts_with("urn:") || file.starts_with("iglu:") {
                return Err(format!(
                    "`{reference}` refers outside the imported files; import what it refers to, or inline it"
                ));
            }
            let base = from.path.parent().unwrap_or(Path::new(""));
            let wanted = normalize(&base.join(file));
            self.documents
                .iter()
                .find(|d| normalize(&d.path) == wanted)
                .ok_or_else(|| {
                    format!("`{reference}` refers to a file that is not among the imported ones")
                })?
        };
        let pointer = percent_decoded(fragment);
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return Err(format!(
                "`{reference}` is not a JSON pointer (`$id` anchors are not followed)"
            ));
        }
        let target = document
            .root
            .pointer(&pointer)
            .ok_or_else(|| format!("`{reference}` points at nothing"))?;
        Ok((target, document, pointer))
    }

    /// Reports what was not mapped, once per place and reason (a schema reached twice through
    /// `$ref`s says it once).
    fn drop(&mut self, document: &Document, pointer: &str, reason: &str) {
        let unmapped = Unmapped {
            file: document.path.clone(),
            pointer: pointer.to_owned(),
            reason: reason.to_owned(),
        };
        if self.reported.insert((
            unmapped.file.clone(),
            unmapped.pointer.clone(),
            unmapped.reason.clone(),
        )) {
            self.unmapped.push(unmapped);
        }
    }
}

/// Why a keyword the model has no place for was dropped.
fn unsupported(keyword: &str) -> String {
    match keyword {
        "not"
        | "if"
        | "then"
        | "else"
        | "dependencies"
        | "dependentRequired"
        | "dependentSchemas"
        | "unevaluatedProperties"
        | "unevaluatedItems"
        | "contains"
        | "minContains"
        | "maxContains"
        | "prefixItems"
        | "additionalItems" => format!(
            "`{keyword}` cannot be said in a tracklint definition; enforce it elsewhere or describe it"
        ),
        other => format!("`{other}` is not a JSON Schema keyword tracklint knows"),
    }
}

/// `type` as written (one JSON type or a list of them, `null` included).
fn type_names(value: &Value) -> Option<Value> {
    let known = |v: &Value| v.as_str().is_some_and(|t| JSON_TYPES.contains(&t));
    match value {
        Value::String(_) if known(value) => Some(value.clone()),
        Value::Array(items) if !items.is_empty() && items.iter().all(known) => Some(value.clone()),
        _ => None,
    }
}

fn is_object_type(value: &Value) -> bool {
    value == "object"
}

/// The JSON types of a definition's `enum` or `const` values (`[string, "null"]`), else every
/// type.
fn types_of_values(definition: &Map<String, Value>) -> Value {
    let values: Vec<&Value> = match (definition.get("enum"), definition.get("const")) {
        (Some(Value::Array(values)), _) if !values.is_empty() => values.iter().collect(),
        (_, Some(value)) => vec![value],
        _ => return any_type(),
    };
    let mut types: Vec<&str> = Vec::new();
    for value in values {
        let name = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
        };
        if !types.contains(&name) {
            types.push(name);
        }
    }
    // `number` already holds every integer.
    if types.contains(&"number") {
        types.retain(|t| *t != "integer");
    }
    // JSON's order, so the same values always give the same list.
    types.sort_by_key(|t| JSON_TYPES.iter().position(|j| j == t));
    match types.as_slice() {
        [one] => Value::from(*one),
        many => Value::Array(many.iter().map(|t| Value::from(*t)).collect()),
    }
}

/// Every JSON type: what a property without `type` accepts.
fn any_type() -> Value {
    Value::Array(JSON_TYPES.iter().map(|t| Value::from(*t)).collect())
}

fn required_names(schema: &Value) -> Vec<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Draft-04's `exclusiveMinimum: true` beside `minimum` (the bound itself excluded).
fn draft04_exclusive(map: &Map<String, Value>, bound: &str) -> bool {
    let flag = if bound == "minimum" {
        "exclusiveMinimum"
    } else {
        "exclusiveMaximum"
    };
    map.get(flag) == Some(&Value::Bool(true))
}

/// A string with `format: date-time` is what tracklint calls a `timestamp`.
fn timestamps(out: &mut Map<String, Value>) {
    if out.get("format").and_then(Value::as_str) != Some("date-time") {
        return;
    }
    let renamed = match out.get("type") {
        Some(Value::String(t)) if t == "string" => Value::from("timestamp"),
        Some(Value::Array(items)) if items.iter().any(|t| t == "string") => Value::Array(
            items
                .iter()
                .map(|t| {
                    if t == "string" {
                        Value::from("timestamp")
                    } else {
                        t.clone()
                    }
                })
                .collect(),
        ),
        _ => return,
    };
    out.insert("type".into(), renamed);
    out.remove("format");
}

/// The catalog's usual order: type, required, description, keywords, nested shape, the rest.
fn reordered(map: Map<String, Value>) -> Map<String, Value> {
    const FIRST: [&str; 3] = ["type", "required", "description"];
    const LAST: [&str; 7] = [
        "properties",
        "items",
        "additionalProperties",
        "patternProperties",
        "propertyNames",
        "oneOf",
        "anyOf",
    ];
    let mut ordered = Map::new();
    for key in FIRST {
        if let Some(value) = map.get(key) {
            ordered.insert(key.into(), value.clone());
        }
    }
    for (key, value) in &map {
        if !FIRST.contains(&key.as_str()) && !LAST.contains(&key.as_str()) && key != "allOf" {
            ordered.insert(key.clone(), value.clone());
        }
    }
    for key in LAST.iter().chain(&["allOf"]) {
        if let Some(value) = map.get(*key) {
            ordered.insert((*key).into(), value.clone());
        }
    }
    ordered
}

/// A JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// A URI fragment's percent-encoded bytes decoded (`#/definitions/a%20b`).
fn percent_decoded(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = fragment.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A path with `.` and `..` folded, for comparing references with input paths.
fn normalize(path: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}
