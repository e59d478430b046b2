//! The promise of the change classes (SPEC §4, compare/change.rs): a change `diff` calls
//! compatible or neutral never makes a payload the old definition accepted invalid under the
//! new one. Each seed builds one event's definitions (nullable and union types, keywords that
//! fit them, objects and arrays one level deep), edits one thing in them, and draws payloads
//! that lean on the edges: bounds, enum members, pattern matches and misses, nulls, wrong
//! types, duplicates, unlisted keys. Every payload is validated with the JSON Schema tracklint
//! exports for each side, compiled with the options `validate` uses (formats asserted). A
//! payload the old schema accepts, carrying only the keys the old definition names (an unlisted
//! key of an open object is unplanned data: `validate` warns about it, and SPEC §4 counts a new
//! optional property as compatible), that the new one rejects after a change with no breaking
//! row is a counterexample: the test fails with the first of each kind of change, showing both
//! catalogs, the rows, the payload and the error.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value, json};
use tracklint::catalog::{self, Catalog, Input, LoadOptions};
use tracklint::compare::change::{Change, Class, Place};
use tracklint::compare::diff;
use tracklint::payload::schema::event_schema;
use tracklint::syntax::schema;
use tracklint::syntax::source::Sources;

use crate::common::Random;

/// Seeds run: one generated definition and one edit of it each.
const SEEDS: u64 = 1000;
/// Payloads drawn for each (definition, edit) pair.
const SAMPLES: usize = 40;
/// Fewest checks that must reach the property (a payload the old schema accepts, under an edit
/// without a breaking row) for the run to mean something.
const MIN_CHECKS: usize = 1000;

const EVENT: &str = "ev";

// ---------------------------------------------------------------------------------------
// The model: one event, its properties, each a definition rendered to YAML

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
    Null,
    Timestamp,
}

const ALL_TYPES: [Type; 8] = [
    Type::String,
    Type::Integer,
    Type::Number,
    Type::Boolean,
    Type::Object,
    Type::Array,
    Type::Null,
    Type::Timestamp,
];

/// The types of a nested definition (nothing nests below it) and of a union's second member.
const SCALAR_TYPES: [Type; 5] = [
    Type::String,
    Type::Integer,
    Type::Number,
    Type::Boolean,
    Type::Timestamp,
];

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Integer => "integer",
            Type::Number => "number",
            Type::Boolean => "boolean",
            Type::Object => "object",
            Type::Array => "array",
            Type::Null => "null",
            Type::Timestamp => "timestamp",
        }
    }
}

/// `additionalProperties`: allowed or not, or a definition every unlisted key must meet.
#[derive(Debug, Clone, PartialEq)]
enum Extra {
    Allowed(bool),
    Schema(Box<Def>),
}

/// A definition as the catalog writes it: no `type` at all only when nested.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Def {
    types: Vec<Type>,
    required: Option<bool>,
    /// The flat keywords (enum, const, pattern, format, bounds, multipleOf, uniqueItems).
    keywords: Vec<(&'static str, Value)>,
    items: Option<Box<Def>>,
    /// `properties:` children; none means no `properties:` key.
    children: Vec<(String, Def)>,
    additional: Option<Extra>,
    description: Option<String>,
    unit: Option<String>,
}

impl Def {
    fn keyword(&self, name: &str) -> Option<&Value> {
        self.keywords
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }

    fn set_keyword(&mut self, name: &'static str, value: Value) {
        match self.keywords.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = value,
            None => self.keywords.push((name, value)),
        }
    }

    fn has(&self, ty: Type) -> bool {
        self.types.contains(&ty)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Model {
    pub(crate) closed: Option<bool>,
    pub(crate) properties: Vec<(String, Def)>,
}

/// The dictionary file: block style down to each property, its definition as a flow mapping.
fn yaml(model: &Model) -> String {
    let mut text = format!("events:\n  {EVENT}:\n");
    if let Some(closed) = model.closed {
        text.push_str(&format!("    closed: {closed}\n"));
    }
    text.push_str("    properties:\n");
    for (name, def) in &model.properties {
        text.push_str(&format!("      {name}: {}\n", flow(&def_json(def))));
    }
    text
}

pub(crate) fn def_json(def: &Def) -> Value {
    let mut map = Map::new();
    match def.types.as_slice() {
        [] => {}
        [one] => {
            map.insert("type".into(), one.name().into());
        }
        many => {
            let names = many.iter().map(|t| Value::from(t.name())).collect();
            map.insert("type".into(), Value::Array(names));
        }
    }
    if let Some(required) = def.required {
        map.insert("required".into(), required.into());
    }
    for (name, value) in &def.keywords {
        map.insert((*name).into(), value.clone());
    }
    if let Some(items) = &def.items {
        map.insert("items".into(), def_json(items));
    }
    if !def.children.is_empty() {
        let children = def
            .children
            .iter()
            .map(|(name, child)| (name.clone(), def_json(child)))
            .collect();
        map.insert("properties".into(), Value::Object(children));
    }
    match &def.additional {
        Some(Extra::Allowed(allowed)) => {
            map.insert("additionalProperties".into(), (*allowed).into());
        }
        Some(Extra::Schema(schema)) => {
            map.insert("additionalProperties".into(), def_json(schema));
        }
        None => {}
    }
    for (key, text) in [("description", &def.description), ("unit", &def.unit)] {
        if let Some(text) = text {
            map.insert(key.into(), text.clone().into());
        }
    }
    Value::Object(map)
}

/// A JSON value as a YAML flow node: keys plain (all are identifiers), strings double-quoted
/// with everything outside printable ASCII escaped, floats written with their fraction.
pub(crate) fn flow(value: &Value) -> String {
    let join = |parts: Vec<String>| parts.join(", ");
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) if f.fract() == 0.0 => format!("{f:.1}"),
            (None, Some(f)) => format!("{f}"),
            (None, None) => n.to_string(),
        },
        Value::String(s) => quoted(s),
        Value::Array(items) => format!("[{}]", join(items.iter().map(flow).collect())),
        Value::Object(map) => format!(
            "{{{}}}",
            join(
                map.iter()
                    .map(|(k, v)| format!("{k}: {}", flow(v)))
                    .collect()
            )
        ),
    }
}

fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08x}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------------------
// Values the definitions and the payloads draw from

/// Pattern matches and misses, format values and near misses, lengths that differ in bytes
/// and characters, Unicode digits (`\d` is ASCII in a JSON Schema pattern), line breaks.
const STRINGS: &[&str] = &[
    "",
    "a",
    "b",
    "c",
    "ab",
    "abc",
    "abcd",
    "aaaaaaa",
    "x",
    "7",
    "12",
    "\u{663}",
    "\u{661}\u{662}",
    "a\rb",
    "a\nb",
    "a b",
    "\u{e9}",
    "2024-02-29",
    "2023-02-29",
    "a@b.co",
    "a@",
    "123e4567-e89b-12d3-a456-426614174000",
    "123e4567e89b12d3a456426614174000",
    "10.0.0.1",
    "256.0.0.1",
    "https://example.com/a?b#c",
    "urn:isbn:0451450523",
    "http://a b",
    "http://example.com/%zz",
    "example.com",
    "-bad.example",
    "a_b.example",
];

/// Strings an enum or const holds: short, most matching some pattern; `\u{663}` and `a\rb`
/// match `\d` and `.` as the `regex` crate reads them, not as a JSON Schema pattern does.
const MEMBER_STRINGS: &[&str] = &[
    "a", "b", "c", "ab", "abc", "bb", "7", "12", "\u{663}", "a\rb",
];

const TIMESTAMPS: &[&str] = &[
    "2024-01-01T00:00:00Z",
    "2024-01-01T00:00:00+02:00",
    "2024-01-01T00:00:00",
    "2024-02-30T00:00:00Z",
];

/// Anchored patterns (some bound the length), and unanchored ones.
const PATTERNS: &[&str] = &[
    "^[a-c]+$",
    "^[a-c]{1,3}$",
    "^\\d+$",
    "^\\d{1,2}$",
    "^.{1,3}$",
    "b",
    "^a",
];

const FORMATS: &[&str] = &["date", "email", "uuid", "ipv4", "uri", "hostname"];

/// A format, and the one that accepts every value of it (SPEC §4).
const WIDER_FORMATS: [(&str, &str); 3] = [
    ("email", "idn-email"),
    ("hostname", "idn-hostname"),
    ("uri", "iri"),
];

const NUMBERS: &[f64] = &[-1.5, -0.5, 0.0, 0.1, 0.3, 0.5, 1.5, 2.0, 2.25, 3.5];

/// Top-level names a payload may hold that the old event may not define.
const EXTRA_NAMES: &[&str] = &["p0", "p1", "p2", "p3", "p9", "extra"];

/// Child names: the first three are generated, `d` is added by an edit, `z` never defined.
const CHILD_NAMES: &[&str] = &["a", "b", "c", "d", "z"];

/// A whole number as an integer, anything else as a float.
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// A value of `ty`, from the pools.
fn value_of(ty: Type, r: &mut Random) -> Value {
    match ty {
        Type::String => json!(r.pick(STRINGS)),
        Type::Integer => json!(r.below(16) as i64 - 3),
        Type::Number => json!(r.pick(NUMBERS)),
        Type::Boolean => json!(r.chance(50)),
        Type::Null => Value::Null,
        Type::Timestamp => json!(r.pick(TIMESTAMPS)),
        Type::Array => r
            .pick(&[json!([]), json!([1]), json!([1, 1]), json!(["a"])])
            .clone(),
        Type::Object => r
            .pick(&[json!({}), json!({"a": "x"}), json!({"z": 1})])
            .clone(),
    }
}

/// Any JSON value, mostly of the wrong type.
fn wild(r: &mut Random) -> Value {
    let pool = [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(2.5),
        json!(3.0),
        json!(""),
        json!("abc"),
        json!([]),
        json!([1, 1]),
        json!({}),
        json!({"a": 1}),
    ];
    r.pick(&pool).clone()
}

// ---------------------------------------------------------------------------------------
// Definitions

pub(crate) fn model(r: &mut Random) -> Model {
    let count = 1 + r.below(3);
    Model {
        closed: *r.pick(&[None, None, Some(true), Some(false)]),
        properties: (0..count).map(|i| (format!("p{i}"), property(r))).collect(),
    }
}

/// A top-level property: a definition with its own requiredness.
fn property(r: &mut Random) -> Def {
    let mut def = definition(r, 0);
    def.required = *r.pick(&[None, Some(false), Some(true), Some(true)]);
    def
}

/// A definition; objects and arrays only at depth 0, so nesting stops one level down.
fn definition(r: &mut Random, depth: usize) -> Def {
    let mut def = Def {
        types: types(r, depth),
        ..Def::default()
    };
    for _ in 0..r.below(3) {
        add_keyword(&mut def, r);
    }
    if r.chance(30) {
        def.set_keyword("enum", enum_values(&def, r));
    }
    if r.chance(4) {
        def.set_keyword("const", member(&def, r));
    }
    if depth == 0 && def.has(Type::Object) {
        for name in &CHILD_NAMES[..1 + r.below(3)] {
            let mut child = definition(r, 1);
            child.required = *r.pick(&[None, Some(false), Some(true)]);
            def.children.push(((*name).to_owned(), child));
        }
        def.additional = additional(r);
    }
    if depth == 0 && def.has(Type::Array) && r.chance(85) {
        def.items = Some(Box::new(definition(r, 1)));
    }
    if r.chance(15) {
        def.description = Some("What it means.".into());
    }
    def
}

/// `additionalProperties`, mostly absent.
fn additional(r: &mut Random) -> Option<Extra> {
    match r.below(10) {
        0..=4 => None,
        5..=7 => Some(Extra::Allowed(false)),
        8 => Some(Extra::Allowed(true)),
        _ => Some(Extra::Schema(Box::new(definition(r, 1)))),
    }
}

/// One type, sometimes a second (a union), sometimes `"null"`.
fn types(r: &mut Random, depth: usize) -> Vec<Type> {
    let first = if depth == 0 {
        *r.pick(&[
            Type::String,
            Type::Integer,
            Type::Number,
            Type::Boolean,
            Type::Timestamp,
            Type::Object,
            Type::Array,
        ])
    } else {
        *r.pick(&SCALAR_TYPES)
    };
    let mut types = vec![first];
    if r.chance(20) {
        let second = *r.pick(&SCALAR_TYPES);
        if second != first {
            types.push(second);
        }
    }
    if r.chance(30) {
        types.push(Type::Null);
    }
    types
}

/// A keyword that fits `ty`, with a value near the edges of the value pools.
fn keyword_for(ty: Type, r: &mut Random) -> Option<(&'static str, Value)> {
    let count = |r: &mut Random, from: usize, span: usize| json!(from + r.below(span));
    let int = |r: &mut Random, from: i64, span: usize| json!(from + r.below(span) as i64);
    Some(match (ty, r.below(5)) {
        (Type::String, 0) => ("minLength", count(r, 0, 3)),
        (Type::String, 1) => ("maxLength", json!(r.pick(&[1, 2, 3, 4, 5, 10, 36, 320]))),
        (Type::String, 2 | 3) => ("pattern", json!(r.pick(PATTERNS))),
        (Type::String, _) => ("format", json!(r.pick(FORMATS))),
        (Type::Integer, 0) => ("minimum", int(r, -2, 6)),
        (Type::Integer, 1) => ("maximum", int(r, 0, 10)),
        (Type::Integer, 2) => ("exclusiveMinimum", int(r, -2, 6)),
        (Type::Integer, 3) => ("exclusiveMaximum", int(r, 0, 10)),
        (Type::Integer, _) => ("multipleOf", json!(r.pick(&[2, 3]))),
        (Type::Number, 0) => ("minimum", number(*r.pick(NUMBERS))),
        (Type::Number, 1) => ("maximum", number(*r.pick(NUMBERS) + 2.0)),
        (Type::Number, 2) => ("exclusiveMinimum", number(*r.pick(NUMBERS))),
        (Type::Number, 3) => ("exclusiveMaximum", number(*r.pick(NUMBERS) + 2.0)),
        (Type::Number, _) => ("multipleOf", number(*r.pick(&[0.5, 0.25, 1.5, 0.1, 2.0]))),
        (Type::Array, 0 | 1) => ("minItems", count(r, 0, 3)),
        (Type::Array, 2 | 3) => ("maxItems", count(r, 1, 3)),
        (Type::Array, _) => ("uniqueItems", json!(true)),
        (Type::Object, 0 | 1) => ("minProperties", count(r, 0, 3)),
        (Type::Object, _) => ("maxProperties", count(r, 1, 3)),
        (Type::Boolean | Type::Null | Type::Timestamp, _) => return None,
    })
}

/// Adds a keyword that fits one of the definition's types (any type when it has none).
fn add_keyword(def: &mut Def, r: &mut Random) {
    let ty = if def.types.is_empty() {
        *r.pick(&ALL_TYPES)
    } else {
        *r.pick(&def.types)
    };
    if let Some((name, value)) = keyword_for(ty, r)
        && def.keyword(name).is_none()
    {
        def.keywords.push((name, value));
    }
}

/// A value of one of the definition's types, for an enum or a const.
fn member(def: &Def, r: &mut Random) -> Value {
    let ty = if def.types.is_empty() {
        *r.pick(&ALL_TYPES)
    } else {
        *r.pick(&def.types)
    };
    match ty {
        Type::String if r.chance(70) => json!(r.pick(MEMBER_STRINGS)),
        other => value_of(other, r),
    }
}

fn enum_values(def: &Def, r: &mut Random) -> Value {
    let mut values: Vec<Value> = Vec::new();
    for _ in 0..1 + r.below(4) {
        let value = member(def, r);
        if !values.contains(&value) {
            values.push(value);
        }
    }
    Value::Array(values)
}

// ---------------------------------------------------------------------------------------
// One-step edits

/// Below a top-level property: one of its children, its items, or its
/// `additionalProperties` definition.
#[derive(Debug, Clone)]
enum Step {
    Child(usize),
    Items,
    Additional,
}

/// Where a definition sits: the top-level property's index, and the step below it if any.
type Spot = (usize, Option<Step>);

fn places(model: &Model) -> Vec<Spot> {
    let mut places = Vec::new();
    for (index, (_, def)) in model.properties.iter().enumerate() {
        places.push((index, None));
        places.extend((0..def.children.len()).map(|c| (index, Some(Step::Child(c)))));
        if def.items.is_some() {
            places.push((index, Some(Step::Items)));
        }
        if matches!(def.additional, Some(Extra::Schema(_))) {
            places.push((index, Some(Step::Additional)));
        }
    }
    places
}

fn def_at<'m>(model: &'m mut Model, (index, step): &Spot) -> &'m mut Def {
    let def = &mut model.properties[*index].1;
    match step {
        None => def,
        Some(Step::Child(c)) => &mut def.children[*c].1,
        Some(Step::Items) => def.items.as_deref_mut().expect("a listed place has items"),
        Some(Step::Additional) => match &mut def.additional {
            Some(Extra::Schema(schema)) => schema,
            _ => panic!("a listed place has an additionalProperties definition"),
        },
    }
}

/// The model with one thing edited: the event's `closed`, its property list, or one
/// definition at any depth.
fn edit(model: &Model, r: &mut Random) -> Model {
    for _ in 0..200 {
        let mut head = model.clone();
        if r.chance(15) {
            event_edit(&mut head, r);
        } else {
            let places = places(model);
            let place = r.pick(&places).clone();
            let (top, named) = match place.1 {
                None => (true, true),
                Some(Step::Child(_)) => (false, true),
                Some(Step::Items | Step::Additional) => (false, false),
            };
            definition_edit(def_at(&mut head, &place), r, top, named);
        }
        if head != *model {
            return head;
        }
    }
    panic!("no edit changed {model:?}");
}

fn event_edit(model: &mut Model, r: &mut Random) {
    match r.below(3) {
        0 => model.closed = *r.pick(&[None, Some(false), Some(true)]),
        1 => {
            let name = format!("p{}", model.properties.len());
            model.properties.push((name, property(r)));
        }
        _ if model.properties.len() > 1 => {
            let index = r.below(model.properties.len());
            model.properties.remove(index);
        }
        _ => {}
    }
}

/// One edit of a definition; `top` is an event's property (it keeps a type), `named` one
/// with its own requiredness (not `items`). An edit that does not apply leaves it as it is.
fn definition_edit(def: &mut Def, r: &mut Random, top: bool, named: bool) {
    match r.below(17) {
        0 | 1 | 16 => add_keyword(def, r),
        2 if !def.keywords.is_empty() => {
            let index = r.below(def.keywords.len());
            def.keywords.remove(index);
        }
        3 | 4 => nudge(def, r),
        5 => enum_edit(def, r),
        6 => {
            let ty = *r.pick(&ALL_TYPES);
            if !def.has(ty) {
                def.types.push(ty);
            }
        }
        7 if def.types.len() > 1 || (!top && !def.types.is_empty()) => {
            let index = r.below(def.types.len());
            def.types.remove(index);
        }
        8 if !def.types.is_empty() => {
            let (index, ty) = (r.below(def.types.len()), *r.pick(&ALL_TYPES));
            if !def.has(ty) {
                def.types[index] = ty;
            }
        }
        9 if named => def.required = *r.pick(&[None, Some(false), Some(true)]),
        10 if def.has(Type::Object) || !def.children.is_empty() => def.additional = additional(r),
        11 if top && def.has(Type::Object) => children_edit(def, r),
        12 if top => items_edit(def, r),
        13 => def.description = text_or_none(r, "Now it means this."),
        14 => def.unit = text_or_none(r, "seconds"),
        15 => format_edit(def, r),
        _ => {}
    }
}

fn text_or_none(r: &mut Random, text: &str) -> Option<String> {
    r.chance(50).then(|| text.to_owned())
}

/// Raises or lowers a bound or `multipleOf` by a little (a count stays a count).
fn nudge(def: &mut Def, r: &mut Random) {
    const COUNTS: [&str; 6] = [
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
    ];
    const LIMITS: [&str; 4] = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
    let present: Vec<&'static str> = def
        .keywords
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| COUNTS.contains(name) || LIMITS.contains(name) || *name == "multipleOf")
        .collect();
    if present.is_empty() {
        return;
    }
    let name = *r.pick(&present);
    let Some(old) = def.keyword(name).and_then(Value::as_f64) else {
        return;
    };
    let new = if COUNTS.contains(&name) {
        (old + *r.pick(&[-2.0, -1.0, 1.0, 2.0])).max(0.0)
    } else if name == "multipleOf" {
        old * *r.pick(&[2.0, 0.5, 3.0, 1.0 + 1e-10])
    } else {
        old + *r.pick(&[-1.0, 1.0, -0.5, 0.5, 1e-10])
    };
    def.set_keyword(name, number(new));
}

/// Changes the format to the one that accepts all of it, or to another.
fn format_edit(def: &mut Def, r: &mut Random) {
    let Some(old) = def.keyword("format").and_then(Value::as_str) else {
        return;
    };
    let wider = WIDER_FORMATS.iter().find(|(from, _)| *from == old);
    let new = match wider {
        Some((_, to)) if r.chance(60) => *to,
        _ => *r.pick(FORMATS),
    };
    def.set_keyword("format", json!(new));
}

/// Adds or removes an enum value or the `const` (or adds either where there was none).
fn enum_edit(def: &mut Def, r: &mut Random) {
    if r.chance(25) {
        match def.keyword("const") {
            Some(_) if r.chance(50) => def.keywords.retain(|(k, _)| *k != "const"),
            _ => {
                let value = member(def, r);
                def.set_keyword("const", value);
            }
        }
        return;
    }
    let Some(Value::Array(values)) = def.keyword("enum").cloned() else {
        let values = enum_values(def, r);
        def.set_keyword("enum", values);
        return;
    };
    let mut values = values;
    if r.chance(50) && values.len() > 1 {
        values.remove(r.below(values.len()));
    } else {
        let value = member(def, r);
        if !values.contains(&value) {
            values.push(value);
        }
    }
    def.set_keyword("enum", Value::Array(values));
}

fn children_edit(def: &mut Def, r: &mut Random) {
    if r.chance(40) && !def.children.is_empty() {
        let index = r.below(def.children.len());
        def.children.remove(index);
        return;
    }
    let Some(name) = CHILD_NAMES[..4]
        .iter()
        .find(|name| !def.children.iter().any(|(n, _)| n == *name))
    else {
        return;
    };
    let mut child = definition(r, 1);
    child.required = Some(r.chance(50));
    def.children.push(((*name).to_owned(), child));
}

/// Changes the items' type, or adds or removes `items`.
fn items_edit(def: &mut Def, r: &mut Random) {
    let array = def.has(Type::Array);
    match &mut def.items {
        Some(items) if r.chance(70) => items.types = types(r, 1),
        Some(_) => def.items = None,
        None if array => def.items = Some(Box::new(definition(r, 1))),
        None => {}
    }
}

// ---------------------------------------------------------------------------------------
// Payloads

/// A track call of the event as `model` defines it, with its edges and mistakes.
fn payload(model: &Model, r: &mut Random) -> Value {
    let mut properties = Map::new();
    for (name, def) in &model.properties {
        if present(def, r) {
            properties.insert(name.clone(), value(def, r));
        }
    }
    if r.chance(30) {
        let name = *r.pick(EXTRA_NAMES);
        if !properties.contains_key(name) {
            properties.insert(name.to_owned(), wild(r));
        }
    }
    json!({"event": EVENT, "properties": properties})
}

/// Whether a payload holds a property: required ones nearly always, others about half the time.
fn present(def: &Def, r: &mut Random) -> bool {
    if def.required == Some(true) {
        r.chance(92)
    } else {
        r.chance(60)
    }
}

fn value(def: &Def, r: &mut Random) -> Value {
    if r.chance(10) {
        return wild(r);
    }
    if let Some(Value::Array(members)) = def.keyword("enum")
        && !members.is_empty()
        && r.chance(60)
    {
        return r.pick(members).clone();
    }
    if let Some(constant) = def.keyword("const")
        && r.chance(70)
    {
        return constant.clone();
    }
    let ty = if def.types.is_empty() {
        *r.pick(&ALL_TYPES)
    } else {
        *r.pick(&def.types)
    };
    match ty {
        Type::Integer => {
            let n = r.pick(&edges(def)).round();
            // 2.0 is an integer to JSON Schema.
            if r.chance(15) { json!(n) } else { number(n) }
        }
        Type::Number => number(*r.pick(&edges(def))),
        Type::String => string(def, r),
        Type::Array => array(def, r),
        Type::Object => object(def, r),
        other => value_of(other, r),
    }
}

/// Numbers at and around the definition's limits, and multiples of its `multipleOf`.
fn edges(def: &Def) -> Vec<f64> {
    let mut edges = vec![-1.0, 0.0, 1.0, 0.5, 7.0];
    for name in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
        if let Some(v) = def.keyword(name).and_then(Value::as_f64) {
            edges.extend([v - 1.0, v - 0.5, v, v + 0.5, v + 1.0]);
        }
    }
    if let Some(m) = def.keyword("multipleOf").and_then(Value::as_f64) {
        edges.extend([-1.0, 1.0, 2.0, 3.0, 5.0].map(|k| k * m));
    }
    edges
}

/// A pool string, or (half the time, when the definition bounds the length) one just
/// inside or outside a length bound, in one-byte or two-byte characters.
fn string(def: &Def, r: &mut Random) -> Value {
    let lengths: Vec<usize> = ["minLength", "maxLength"]
        .iter()
        .filter_map(|name| def.keyword(name).and_then(Value::as_u64))
        .flat_map(|n| {
            let n = n as usize;
            [n.saturating_sub(1), n, n + 1]
        })
        .collect();
    if r.chance(5) {
        return json!(longest_email());
    }
    if lengths.is_empty() || r.chance(50) {
        return json!(r.pick(STRINGS));
    }
    let unit = *r.pick(&["a", "b", "\u{663}"]);
    json!(unit.repeat(*r.pick(&lengths)))
}

/// A valid email of 318 characters: a 64-byte local part and a 253-byte domain.
fn longest_email() -> String {
    let label = |c: &str, n: usize| c.repeat(n);
    format!(
        "{}@{}.{}.{}.{}.com",
        label("a", 64),
        label("b", 63),
        label("c", 63),
        label("d", 63),
        label("e", 57)
    )
}

/// An array as long as its bounds allow, one more or one fewer; sometimes with a duplicate.
fn array(def: &Def, r: &mut Random) -> Value {
    let bound = |name: &str| {
        def.keyword(name)
            .and_then(Value::as_u64)
            .map(|n| n as usize)
    };
    let (min, max) = (
        bound("minItems").unwrap_or(0),
        bound("maxItems").unwrap_or(3),
    );
    let any = r.below(4);
    let length = *r.pick(&[min.saturating_sub(1), min, max, max + 1, any]);
    let mut items: Vec<Value> = (0..length)
        .map(|_| match &def.items {
            Some(items) => value(items, r),
            None => wild(r),
        })
        .collect();
    if items.len() >= 2 && r.chance(30) {
        items[1] = items[0].clone();
    }
    Value::Array(items)
}

/// An object with its children (required ones nearly always), sometimes with an unlisted key.
fn object(def: &Def, r: &mut Random) -> Value {
    let mut map = Map::new();
    for (name, child) in &def.children {
        if present(child, r) {
            map.insert(name.clone(), value(child, r));
        }
    }
    if r.chance(30) {
        let name = *r.pick(CHILD_NAMES);
        if !map.contains_key(name) {
            let extra = match &def.additional {
                Some(Extra::Schema(schema)) if r.chance(60) => value(schema, r),
                _ => wild(r),
            };
            map.insert(name.to_owned(), extra);
        }
    }
    Value::Object(map)
}

// ---------------------------------------------------------------------------------------
// The property

/// The catalog of one dictionary file, loaded from memory.
fn load(text: &str) -> Catalog {
    let inputs = [Input::Memory {
        path: PathBuf::from("dictionary.yaml"),
        name: "dictionary.yaml".to_owned(),
        bytes: Ok(text.as_bytes().to_vec()),
    }];
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut Sources::new());
    let syntax: Vec<_> = catalog
        .problems
        .iter()
        .filter(|p| matches!(p, catalog::LoadProblem::YamlSyntax { .. }))
        .collect();
    assert!(syntax.is_empty(), "{text}: {syntax:?}");
    catalog
}

/// The event's schema, compiled as `validate` compiles it.
fn validator(catalog: &Catalog, model: &Model, text: &str) -> jsonschema::Validator {
    let event = catalog
        .event(EVENT)
        .unwrap_or_else(|| panic!("no event {EVENT} in\n{text}"));
    assert_eq!(
        event.properties.len(),
        model.properties.len(),
        "the catalog lost a property of\n{text}"
    );
    schema::options()
        .build(&event_schema(catalog, event))
        .unwrap_or_else(|e| panic!("the schema of\n{text}\ndoes not compile: {e}"))
}

/// The class a reviewer sees for the edit: breaking if any row is, else compatible if any row
/// is, else neutral; None when diff lists nothing.
fn verdict(changes: &[&Change]) -> Option<Class> {
    [Class::Breaking, Class::Compatible, Class::Neutral]
        .into_iter()
        .find(|class| changes.iter().any(|c| c.class == *class))
}

#[derive(Default)]
struct Tally {
    /// Pairs by verdict ("unchanged" when diff lists nothing).
    pairs: BTreeMap<&'static str, usize>,
    /// Payloads valid under the old schema, checked under a non-breaking edit.
    checks: usize,
    /// The first counterexample of each kind of edit (its rows' kinds).
    found: BTreeMap<String, String>,
}

fn check_pair(seed: u64, base: &Model, head: &Model, r: &mut Random, tally: &mut Tally) {
    let (base_yaml, head_yaml) = (yaml(base), yaml(head));
    let (base_catalog, head_catalog) = (load(&base_yaml), load(&head_yaml));
    let diff = diff::compare(&base_catalog, &head_catalog);
    let changes: Vec<&Change> = diff.of(Place::Event, EVENT).collect();
    let verdict = verdict(&changes);
    *tally
        .pairs
        .entry(verdict.map_or("unchanged", Class::as_str))
        .or_default() += 1;
    if verdict == Some(Class::Breaking) {
        return;
    }
    let old = validator(&base_catalog, base, &base_yaml);
    let new = validator(&head_catalog, head, &head_yaml);
    for _ in 0..SAMPLES {
        let sample = payload(base, r);
        if !old.is_valid(&sample) || !planned(base, &sample) {
            continue;
        }
        tally.checks += 1;
        if let Err(error) = new.validate(&sample) {
            let error = format!("{error} (at {})", error.instance_path());
            tally.found.entry(signature(&changes)).or_insert_with(|| {
                counterexample(seed, &base_yaml, &head_yaml, &changes, &sample, &error)
            });
            return;
        }
    }
}

/// Whether every key of the payload's properties, at every depth, is one its definition names
/// (the promise of the compatible class is about planned data).
fn planned(model: &Model, sample: &Value) -> bool {
    let Some(properties) = sample.get("properties").and_then(Value::as_object) else {
        return true;
    };
    properties.iter().all(
        |(name, value)| match model.properties.iter().find(|(n, _)| n == name) {
            Some((_, def)) => planned_value(def, value),
            None => false,
        },
    )
}

fn planned_value(def: &Def, value: &Value) -> bool {
    match value {
        Value::Object(map) => {
            map.iter().all(
                |(name, child)| match def.children.iter().find(|(n, _)| n == name) {
                    Some((_, def)) => planned_value(def, child),
                    None => false,
                },
            )
        }
        Value::Array(items) => match &def.items {
            Some(items_def) => items.iter().all(|item| planned_value(items_def, item)),
            None => true,
        },
        _ => true,
    }
}

/// The kinds of the rows, as a key: one counterexample is kept per kind of edit.
fn signature(changes: &[&Change]) -> String {
    let mut kinds: Vec<&str> = changes.iter().map(|c| c.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.is_empty() {
        "(no row)".to_owned()
    } else {
        kinds.join(" + ")
    }
}

fn counterexample(
    seed: u64,
    base: &str,
    head: &str,
    changes: &[&Change],
    sample: &Value,
    error: &str,
) -> String {
    let show = |value: &Option<Value>| value.as_ref().map_or("-".to_owned(), Value::to_string);
    let rows: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "  {} {} {}: {} -> {}{}",
                c.kind.as_str(),
                c.pointer,
                c.class.as_str(),
                show(&c.old),
                show(&c.new),
                c.because
                    .as_ref()
                    .map_or(String::new(), |b| format!(" ({b})"))
            )
        })
        .collect();
    format!(
        "== {} (seed {seed})\n-- base:\n{base}-- head:\n{head}-- diff:\n{}\n-- payload: {sample}\n-- head rejects it: {error}",
        signature(changes),
        if rows.is_empty() {
            "  (nothing)".to_owned()
        } else {
            rows.join("\n")
        },
    )
}

#[test]
fn compatible_and_neutral_edits_keep_every_old_valid_payload_valid() {
    let mut tally = Tally::default();
    for seed in 0..SEEDS {
        let mut r = Random::seeded(seed);
        let base = model(&mut r);
        let head = edit(&base, &mut r);
        check_pair(seed, &base, &head, &mut r, &mut tally);
    }
    assert!(
        tally.found.is_empty(),
        "{} kind(s) of edit that diff calls compatible or neutral reject a payload the old definition accepted ({} payloads checked; pairs by class: {:?}):\n\n{}",
        tally.found.len(),
        tally.checks,
        tally.pairs,
        tally
            .found
            .values()
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(
        tally.checks > MIN_CHECKS,
        "only {} payloads reached the property (pairs: {:?})",
        tally.checks,
        tally.pairs
    );
    for class in [Class::Breaking, Class::Compatible, Class::Neutral] {
        assert!(
            tally.pairs.get(class.as_str()).is_some_and(|&n| n > 0),
            "no edit was {}: {:?}",
            class.as_str(),
            tally.pairs
        );
    }
}
