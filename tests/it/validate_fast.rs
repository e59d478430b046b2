//! validate judges a call's `properties` in a tree borrowed from the line when its schema
//! accepts them, and on a `serde_json::Value` when not (src/payload/tree.rs): the tree may only
//! ever say "valid" where the `Value` does, and the `Value` built from it must be the one
//! serde_json parses. Generated schemas (every keyword the catalog can write, nested) meet
//! generated JSON text written in the forms a parser may read differently: escapes, repeated
//! keys, every way to write a number, characters outside the BMP.

use std::collections::BTreeSet;

use serde::de::DeserializeSeed;
use serde_json::{Map, Value, json};
use tracklint::payload::tree::{Borrowed, Tree};
use tracklint::syntax::schema;

use crate::common::Random;

/// Names of properties in schemas and payloads alike, so payloads meet their definitions;
/// `ab` is also written `a\u0062`.
const NAMES: [&str; 6] = ["a", "ab", "b", "x1", "é", "k/~"];

const STRINGS: [&str; 18] = [
    "",
    "a",
    "ab",
    "EUR",
    "é",
    "ééé",
    "😀",
    "a\\u0062",
    "\\n\\t",
    "\\ud83d\\ude00",
    "2026-11-28T10:00:00Z",
    "2026-11-28 10:00",
    "2026-11-28",
    "x@y.z",
    "3f2b8c1e-0000-4000-8000-000000000000",
    "http://a.b/c",
    " ",
    "SKU-0001",
];

const NUMBERS: [&str; 20] = [
    "0",
    "-0",
    "1",
    "1.0",
    "2",
    "2.5",
    "-3",
    "1e2",
    "1E-2",
    "0.1",
    "0.30000000000000004",
    "3",
    "10",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "123456789012345678901234567890",
    "1.7976931348623157e308",
    "4.9e-324",
    "999",
];

/// A value for `enum` and `const`: the scalars above and a few compound ones.
fn constant(random: &mut Random) -> Value {
    match random.below(8) {
        0 => Value::Null,
        1 => json!(random.chance(50)),
        2 | 3 => {
            let text = random.pick(&STRINGS);
            serde_json::from_str(&format!("\"{text}\"")).unwrap_or(Value::Null)
        }
        4 | 5 => {
            let number = *random.pick(&NUMBERS);
            serde_json::from_str(number).unwrap_or(Value::Null)
        }
        6 => json!([1, "a"]),
        _ => json!({"a": 1.0}),
    }
}

/// Sets `key` in `percent` of the schemas.
fn maybe(random: &mut Random, s: &mut Map<String, Value>, key: &str, value: Value, percent: usize) {
    if random.chance(percent) {
        s.insert(key.into(), value);
    }
}

fn schema(random: &mut Random, depth: usize) -> Value {
    let mut s = Map::new();
    let types = [
        "string", "integer", "number", "boolean", "null", "object", "array",
    ];
    let kind = *random.pick(&types);
    match random.below(10) {
        0..=5 => {
            s.insert("type".into(), kind.into());
        }
        6 | 7 => {
            let other = *random.pick(&types);
            let other = match other {
                same if same == kind && kind == "null" => "string",
                same if same == kind => "null",
                other => other,
            };
            s.insert("type".into(), json!([kind, other]));
        }
        _ => {}
    }
    let small = |random: &mut Random| json!(random.below(4));
    match kind {
        "string" => {
            let n = small(random);
            maybe(random, &mut s, "minLength", n, 25);
            let n = small(random);
            maybe(random, &mut s, "maxLength", n, 25);
            let pattern = *random.pick(&["^[A-Z]{3}$", "\\S", "^a", "é", "^[A-Z0-9-]{4,32}$"]);
            maybe(random, &mut s, "pattern", pattern.into(), 25);
            let format = *random.pick(&["date-time", "date", "email", "uuid", "uri", "ipv4"]);
            maybe(random, &mut s, "format", format.into(), 25);
        }
        "integer" | "number" => {
            let bound = |random: &mut Random| {
                let number = *random.pick(&NUMBERS);
                serde_json::from_str::<Value>(number).unwrap_or(json!(0))
            };
            let b = bound(random);
            maybe(random, &mut s, "minimum", b, 25);
            let b = bound(random);
            maybe(random, &mut s, "maximum", b, 25);
            let b = bound(random);
            maybe(random, &mut s, "exclusiveMinimum", b, 15);
            let b = bound(random);
            maybe(random, &mut s, "exclusiveMaximum", b, 15);
            let m = random
                .pick(&[json!(2), json!(0.5), json!(0.1), json!(3)])
                .clone();
            maybe(random, &mut s, "multipleOf", m, 20);
        }
        "array" if depth < 3 => {
            let items = schema(random, depth + 1);
            maybe(random, &mut s, "items", items, 60);
            let n = small(random);
            maybe(random, &mut s, "minItems", n, 20);
            let n = small(random);
            maybe(random, &mut s, "maxItems", n, 20);
            maybe(random, &mut s, "uniqueItems", json!(true), 20);
        }
        "object" if depth < 3 => {
            let mut properties = Map::new();
            let mut required = Vec::new();
            for _ in 0..random.below(4) {
                let name = *random.pick(&NAMES);
                properties.insert(name.into(), schema(random, depth + 1));
                if random.chance(40) && !required.contains(&json!(name)) {
                    required.push(json!(name));
                }
            }
            s.insert("properties".into(), Value::Object(properties));
            maybe(random, &mut s, "required", Value::Array(required), 70);
            let additional = if random.chance(50) {
                json!(false)
            } else {
                schema(random, depth + 1)
            };
            maybe(random, &mut s, "additionalProperties", additional, 30);
            let pattern = schema(random, depth + 1);
            maybe(
                random,
                &mut s,
                "patternProperties",
                json!({"^x": pattern}),
                15,
            );
            let names = random
                .pick(&[json!({"maxLength": 2}), json!({"pattern": "^[a-z]+$"})])
                .clone();
            maybe(random, &mut s, "propertyNames", names, 15);
            let n = small(random);
            maybe(random, &mut s, "minProperties", n, 10);
            let n = small(random);
            maybe(random, &mut s, "maxProperties", n, 10);
        }
        _ => {}
    }
    if random.chance(15) {
        let values: Vec<Value> = (0..1 + random.below(4)).map(|_| constant(random)).collect();
        s.insert("enum".into(), Value::Array(values));
    }
    if random.chance(8) {
        s.insert("const".into(), constant(random));
    }
    if depth < 2 && random.chance(12) {
        let keyword = *random.pick(&["anyOf", "oneOf", "allOf"]);
        let branches = vec![schema(random, depth + 1), schema(random, depth + 1)];
        s.insert(keyword.into(), Value::Array(branches));
    }
    Value::Object(s)
}

/// JSON text of a payload value, written in forms that read alike or differently.
fn text(random: &mut Random, depth: usize, out: &mut String) {
    match random.below(if depth < 4 { 10 } else { 6 }) {
        0 => {
            let literal = *random.pick(&["null", "true", "false"]);
            out.push_str(literal);
        }
        1 | 2 => {
            out.push('"');
            let text = *random.pick(&STRINGS);
            out.push_str(text);
            out.push('"');
        }
        3..=5 => {
            let number = *random.pick(&NUMBERS);
            out.push_str(number);
        }
        6 | 7 => {
            out.push('[');
            for i in 0..random.below(4) {
                if i > 0 {
                    out.push(',');
                }
                text(random, depth + 1, out);
            }
            out.push(']');
        }
        _ => object(random, depth, out),
    }
}

fn object(random: &mut Random, depth: usize, out: &mut String) {
    out.push('{');
    for i in 0..random.below(5) {
        if i > 0 {
            out.push_str(if random.chance(20) { " , " } else { "," });
        }
        let name = match *random.pick(&NAMES) {
            "ab" if random.chance(30) => "a\\u0062",
            name => name,
        };
        out.push_str(&format!("\"{name}\":"));
        text(random, depth + 1, out);
    }
    out.push('}');
}

/// Reads `text` into a fresh tree the way validate reads `properties`.
fn judged_both_ways(
    text: &str,
    trees: &jsonschema::Validator<Borrowed>,
    values: &jsonschema::Validator,
) -> (Option<bool>, bool) {
    let value: Value = serde_json::from_str(text).unwrap();
    let mut tree = Tree::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let root = tree.root().deserialize(&mut deserializer).unwrap();
    // The Value a failing call is judged on is serde_json's own, members in the same order.
    assert_eq!(
        serde_json::to_string(&tree.value(root)).unwrap(),
        serde_json::to_string(&value).unwrap(),
        "{text}"
    );
    let in_tree = tree.node(root).map(|node| trees.is_valid(node));
    (in_tree, values.is_valid(&value))
}

#[test]
fn the_tree_accepts_exactly_what_the_value_accepts() {
    let mut random = Random::seeded(20);
    let (mut agreed, mut valid, mut invalid, mut repeated) = (0, 0, 0, 0);
    let mut keywords = BTreeSet::new();
    for _ in 0..400 {
        let mut schema_value = schema(&mut random, 0);
        if random.chance(50) {
            // The payload's properties are usually an object with named members.
            schema_value = json!({
                "type": "object",
                "properties": {"a": schema_value.clone(), "ab": schema_value},
            });
        }
        collect_keywords(&schema_value, &mut keywords);
        let values = schema::options().build(&schema_value).unwrap();
        let trees = schema::options_for::<Borrowed>()
            .build(&schema_value)
            .unwrap();
        for _ in 0..100 {
            let mut payload = String::new();
            if random.chance(70) {
                object(&mut random, 0, &mut payload);
            } else {
                text(&mut random, 0, &mut payload);
            }
            match judged_both_ways(&payload, &trees, &values) {
                (None, _) => repeated += 1,
                (Some(fast), slow) => {
                    assert_eq!(fast, slow, "schema {schema_value}\npayload {payload}");
                    agreed += 1;
                    if slow {
                        valid += 1;
                    } else {
                        invalid += 1;
                    }
                }
            }
        }
    }
    // Both verdicts are reached often, every keyword is exercised, and repeated keys are
    // left to the Value.
    assert!(
        valid > 5_000 && invalid > 5_000,
        "{valid} valid, {invalid} invalid"
    );
    assert!(repeated > 500, "{repeated} with a repeated key");
    assert_eq!(agreed + repeated, 40_000);
    for keyword in [
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "enum",
        "exclusiveMaximum",
        "format",
        "maxItems",
        "maxLength",
        "maxProperties",
        "multipleOf",
        "oneOf",
        "pattern",
        "patternProperties",
        "propertyNames",
        "required",
        "uniqueItems",
    ] {
        assert!(keywords.contains(keyword), "{keyword} never generated");
    }
}

fn collect_keywords(schema: &Value, into: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                into.insert(key.clone());
                collect_keywords(value, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_keywords(item, into)),
        _ => {}
    }
}

/// A tree that repeats a key is never judged as a tree (only the `Value` knows that the last
/// value counts), and the `Value` keeps the first place with the last value.
#[test]
fn a_repeated_key_is_left_to_the_value() {
    let text = r#"{"a":1,"b":{"c":2,"c":"x"},"a\u0061":3,"a":"last"}"#;
    let mut tree = Tree::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let root = tree.root().deserialize(&mut deserializer).unwrap();
    assert!(tree.node(root).is_none());
    assert_eq!(
        serde_json::to_string(&tree.value(root)).unwrap(),
        r#"{"a":"last","b":{"c":"x"},"aa":3}"#
    );
    let text = r#"{"a":1,"b":[{"c":2},{"c":3}]}"#;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let root = tree.root().deserialize(&mut deserializer).unwrap();
    assert!(tree.node(root).is_some());
}

/// End to end, on the sample catalog: every line whose properties the `Value` rejects gets a
/// `payload/schema` diagnostic, and no other line does.
#[test]
fn validate_flags_exactly_the_calls_the_value_rejects() {
    use tracklint::payload::{sample, schema::event_schema};
    let mut sources = tracklint::syntax::source::Sources::new();
    let (catalog, config) = sample::catalog(&mut sources);
    let event = catalog.event("order_completed").unwrap();
    let full = event_schema(&catalog, event);
    let values = schema::options()
        .build(&full["properties"]["properties"])
        .unwrap();
    let mut random = Random::seeded(7);
    let mut lines = String::new();
    let mut rejected = BTreeSet::new();
    for line in 1..=3_000u32 {
        let properties = order_properties(&mut random, line);
        let value: Value = serde_json::from_str(&properties).unwrap();
        if !values.is_valid(&value) {
            rejected.insert(line);
        }
        lines.push_str(&format!(
            r#"{{"type":"track","event":"order_completed","userId":"u-{line}","properties":{properties}}}"#
        ));
        lines.push('\n');
    }
    let validation =
        sample::validate_bytes(&catalog, &config, &sources, lines.into_bytes(), false).unwrap();
    let flagged: BTreeSet<u32> = validation
        .diagnostics
        .iter()
        .filter(|d| d.rule == "payload/schema")
        .filter_map(|d| d.line)
        .collect();
    assert!(
        rejected.len() > 500 && rejected.len() < 2_500,
        "{} rejected",
        rejected.len()
    );
    assert_eq!(flagged, rejected);
}

/// `order_completed` properties of the sample catalog: mostly right, sometimes not.
fn order_properties(random: &mut Random, line: u32) -> String {
    let mut members = Vec::new();
    if random.chance(95) {
        let id = if random.chance(95) {
            format!("\"o-{line}\"")
        } else {
            "7".into()
        };
        members.push(format!("\"order_id\":{id}"));
    }
    let currency = *random.pick(&["\"EUR\"", "\"USD\"", "\"eur\"", "\"E\\u0055R\"", "1"]);
    members.push(format!("\"currency\":{currency}"));
    let total = *random.pick(&["12.5", "0", "-1", "1e2", "\"12\"", "18446744073709551615"]);
    members.push(format!("\"total\":{total}"));
    if random.chance(50) {
        let items: Vec<String> = (0..random.below(7))
            .map(|_| {
                if random.chance(90) {
                    format!("{{\"sku\":\"S{}\"}}", random.below(9))
                } else {
                    "{}".into()
                }
            })
            .collect();
        members.push(format!("\"items\":[{}]", items.join(",")));
    }
    if random.chance(30) {
        let coupon = *random.pick(&["\"SAVE10\"", "\"SAVE20\"", "\"FREE\"", "null"]);
        members.push(format!("\"coupon\":{coupon}"));
    }
    if random.chance(10) {
        members.push("\"currency\":\"USD\"".into());
    }
    format!("{{{}}}", members.join(","))
}
