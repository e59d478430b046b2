//! Real Iglu Central schemas (tests/data/iglu: unmodified, Apache-2.0) through `import
//! jsonschema`. Each version, imported and exported again (`event_schema`), gives the same
//! verdict as the original on instances drawn from the original (mostly valid, and single
//! mutations of them); what the importer cannot map is named in its report, never lost in
//! silence; `--history` makes one commit per SchemaVer, and `diff` reads the real change
//! between two of them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::{Map, Value, json};
use tracklint::catalog::{self, Catalog, LoadOptions};
use tracklint::import::{self, Options, emit};
use tracklint::payload::schema::event_schema;
use tracklint::syntax::schema;
use tracklint::syntax::source::Sources;

use crate::common::{self, Random};

/// The seed of the instance generator (one stream for the whole run, schemas in path order).
const SEED: u64 = 0x1617_2026;

/// Instances drawn from each schema version; each is checked, then mutated once and checked
/// again.
const DRAWS: usize = 60;

/// Share of all instances (in percent) that must be valid, and invalid, for the comparison to
/// mean something.
const MIN_VALID_PERCENT: usize = 30;
const MIN_INVALID_PERCENT: usize = 20;

/// The schema versions whose importer report lists something it could not map, by path
/// below the registry: the only ones excluded from the equivalence.
const NOT_FULLY_MAPPED: [&str; 2] = [
    // Tuple `items` (a list of item schemas) in two nested arrays.
    "com.getvero/updated/jsonschema/1-0-0",
    // `minProperties` and `dependencies` on the whole event.
    "com.snowplowanalytics.snowplow/ad_conversion/jsonschema/1-0-0",
];

fn registry() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/iglu/schemas")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("folder entry").path())
        .collect();
    entries.sort();
    entries
}

/// Every `VENDOR/NAME/jsonschema/M-R-A` file of the registry, grouped by family, in path order.
fn families() -> Vec<Vec<PathBuf>> {
    let mut families = Vec::new();
    for vendor in sorted_entries(&registry()) {
        for name in sorted_entries(&vendor) {
            families.push(sorted_entries(&name.join("jsonschema")));
        }
    }
    families
}

fn relative(file: &Path) -> String {
    file.strip_prefix(registry())
        .expect("a file of the registry")
        .to_string_lossy()
        .into_owned()
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------
// The two validators

/// The `uuid` check of the 2020-12 dialect (the one a tracklint export is compiled with).
fn is_uuid(text: &str) -> bool {
    static UUID: OnceLock<jsonschema::Validator> = OnceLock::new();
    UUID.get_or_init(|| {
        schema::options()
            .build(&json!({"format": "uuid"}))
            .expect("the uuid format compiles")
    })
    .is_valid(&Value::from(text))
}

/// The original schema as a validator, with the options `validate` uses. Iglu's `$schema` is
/// Iglu's own meta-schema URL (`http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/
/// schema/jsonschema/1-0-0#`), which jsonschema cannot resolve, and `self` is Iglu's
/// identification: both are dropped and the rest is compiled as draft-04, the draft Iglu
/// schemas are written in. Draft-04 defines no `uuid` format, so jsonschema would ignore it
/// there; Iglu's validator checks it and the 2020-12 export does too, so the original gets the
/// very same 2020-12 check registered. (Draft-04 and 2020-12 also disagree on whether 1.0 is an
/// integer; the generator draws no integral floats, so that draft difference is not measured.)
fn original_validator(original: &Value) -> jsonschema::Validator {
    schema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .with_format("uuid", is_uuid)
        .build(&without_identification(original))
        .unwrap_or_else(|e| panic!("the original does not compile as draft-04: {e}"))
}

fn without_identification(original: &Value) -> Value {
    let mut schema = original.clone();
    if let Value::Object(map) = &mut schema {
        map.remove("$schema");
        map.remove("self");
    }
    schema
}

/// One schema version imported as `import jsonschema FILE --out DIR` does it, loaded back.
struct Imported {
    catalog: Catalog,
    name: String,
    /// (pointer, reason) of everything the importer reported as not mapped.
    unmapped: Vec<(String, String)>,
}

fn import_version(file: &Path, index: usize) -> Imported {
    let options = Options {
        owner: None,
        vendor: None,
        history: false,
    };
    let result = import::import(&[file.to_path_buf()], &options);
    let label = relative(file);
    let skipped: Vec<&str> = result.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(skipped.is_empty(), "{label}: skipped: {skipped:?}");
    assert_eq!(result.events.len(), 1, "{label}: one event");
    let name = result.events[0].name.clone();
    let root = common::scratch("import_iglu", &format!("version-{index}"));
    emit::write(&result, &root, false).unwrap_or_else(|e| panic!("{label}: write: {e}"));
    let catalog = catalog::load(
        &[root.join("dictionary")],
        &LoadOptions::default(),
        &mut Sources::new(),
    )
    .unwrap_or_else(|e| panic!("{label}: load: {e}"));
    assert!(
        catalog.problems.is_empty(),
        "{label}: the imported catalog does not load cleanly: {:?}",
        catalog.problems
    );
    let unmapped = result
        .unmapped
        .iter()
        .map(|u| (u.pointer.clone(), u.reason.clone()))
        .collect();
    Imported {
        catalog,
        name,
        unmapped,
    }
}

// ---------------------------------------------------------------------------------------
// What the catalog model cannot say (SPEC §1.2, §5), found independently of the importer

/// Keywords an event (the schema's root) may hold that the catalog says: its properties,
/// which are required, closed or open, and identification and annotations.
const EVENT_KEYWORDS: [&str; 9] = [
    "properties",
    "required",
    "type",
    "description",
    "title",
    "$schema",
    "self",
    "$id",
    "definitions",
];

/// Keywords of a definition at any depth that the catalog says.
const DEFINITION_KEYWORDS: [&str; 34] = [
    "type",
    "description",
    "title",
    "default",
    "examples",
    "$comment",
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
    "required",
    "properties",
    "patternProperties",
    "items",
    "additionalProperties",
    "propertyNames",
    "oneOf",
    "anyOf",
    "allOf",
    "deprecated",
    "readOnly",
    "writeOnly",
];

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// (pointer, keyword) of everything in `original` the catalog cannot say.
fn unsayable(original: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let Some(map) = original.as_object() else {
        return found;
    };
    for (key, value) in map {
        let here = format!("/{}", escape(key));
        let said = match key.as_str() {
            "type" => value == "object",
            "additionalProperties" => value.is_boolean(),
            other => EVENT_KEYWORDS.contains(&other),
        };
        if !said {
            found.push((here.clone(), key.clone()));
        }
        if key == "properties" {
            for (name, child) in value.as_object().into_iter().flatten() {
                unsayable_definition(child, &format!("{here}/{}", escape(name)), &mut found);
            }
        }
    }
    found
}

fn unsayable_definition(schema: &Value, pointer: &str, found: &mut Vec<(String, String)>) {
    let Some(map) = schema.as_object() else {
        return;
    };
    for (key, value) in map {
        let here = format!("{pointer}/{}", escape(key));
        if !DEFINITION_KEYWORDS.contains(&key.as_str()) || (key == "items" && value.is_array()) {
            found.push((here.clone(), key.clone()));
            continue;
        }
        match (key.as_str(), value) {
            ("properties" | "patternProperties", Value::Object(children)) => {
                for (name, child) in children {
                    unsayable_definition(child, &format!("{here}/{}", escape(name)), found);
                }
            }
            ("items" | "additionalProperties" | "propertyNames", Value::Object(_)) => {
                unsayable_definition(value, &here, found);
            }
            ("oneOf" | "anyOf" | "allOf", Value::Array(branches)) => {
                for (index, branch) in branches.iter().enumerate() {
                    unsayable_definition(branch, &format!("{here}/{index}"), found);
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------
// Instances drawn from the original schema

/// Realistic values of each string format, and values that break it.
fn format_samples(format: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match format {
        "date-time" => (
            &[
                "2024-05-17T09:30:00Z",
                "2023-12-31T23:59:59.123+01:00",
                "2020-02-29T00:00:00-05:30",
            ],
            &["2024-13-45T99:00:00Z", "yesterday", "2024-05-17 09:30"],
        ),
        "date" => (&["2024-05-17", "2020-02-29"], &["17/05/2024", "2023-02-29"]),
        "uri" => (
            &[
                "https://example.com/shop?q=shoes&page=2",
                "http://localhost:8080/",
                "mailto:ada@example.com",
            ],
            &["not a uri", "example.com/no scheme"],
        ),
        "email" => (
            &["ada@example.com", "first.last+tag@mail.example.org"],
            &["ada.example.com", "@example.com", "ada@"],
        ),
        "uuid" => (
            &[
                "f308a72c-fa84-11eb-9a03-0242ac130003",
                "123e4567-e89b-12d3-a456-426614174000",
            ],
            &["f308a72c-fa84-11eb", "123e4567e89b12d3a456426614174000x"],
        ),
        "ipv4" => (
            &["192.168.0.1", "10.0.0.255", "8.8.8.8"],
            &["256.1.1.1", "192.168.0", "::1"],
        ),
        "ipv6" => (
            &["::1", "2001:db8::ff00:42:8329"],
            &["2001:db8::g", "1.2.3"],
        ),
        "hostname" => (&["example.com", "api.eu-1.example.org"], &["-bad-.com"]),
        _ => (&["any text"], &[]),
    }
}

/// Candidates for a `pattern`: the generator keeps one the pattern accepts.
const PATTERN_CANDIDATES: [&str; 16] = [
    "f308a72c-fa84-11eb-9a03-0242ac130003",
    "0123456789abcdef",
    "sp_ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "sp_abcdefghij234567klmnopqrst",
    "$.user.email",
    "$",
    "iglu:com.acme/checkout/jsonschema/1-0-0",
    "iglu:com.acme/checkout/jsonschema/1-*-*",
    "aGVsbG8=",
    "YWJj",
    "1.2.3",
    "48.85,2.35",
    "1024x768",
    "2024-05-17.123",
    "s3://bucket/key",
    "plain_name-1",
];

/// Characters of generated text: ASCII, accented, CJK and an emoji (one code point, two
/// UTF-16 units), so lengths are counted as JSON Schema counts them.
const ALPHABET: [char; 12] = ['a', 'b', 'z', 'Q', '7', ' ', '_', '-', '.', 'é', '日', '🙂'];

/// A generated value's place in the instance and the schema it was drawn from (a `oneOf`/
/// `anyOf` branch merged in).
struct Site {
    pointer: String,
    schema: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mutation {
    DropRequired,
    WrongType,
    Null,
    OutOfRange,
    TooLong,
    TooShort,
    ExtraKey,
    BadFormat,
    NotInEnum,
    PatternMiss,
}

const MUTATIONS: [Mutation; 10] = [
    Mutation::DropRequired,
    Mutation::WrongType,
    Mutation::Null,
    Mutation::OutOfRange,
    Mutation::TooLong,
    Mutation::TooShort,
    Mutation::ExtraKey,
    Mutation::BadFormat,
    Mutation::NotInEnum,
    Mutation::PatternMiss,
];

/// The deepest nesting the generator fills (deeper objects and arrays are left empty).
const MAX_DEPTH: usize = 10;

struct Generator {
    random: Random,
    patterns: HashMap<String, Option<jsonschema::Validator>>,
}

impl Generator {
    fn new(seed: u64) -> Generator {
        Generator {
            random: Random::seeded(seed),
            patterns: HashMap::new(),
        }
    }

    /// Whether `text` matches `pattern` as the validators read it (ECMA-262, unanchored).
    fn matches(&mut self, pattern: &str, text: &str) -> bool {
        self.patterns
            .entry(pattern.to_owned())
            .or_insert_with(|| schema::options().build(&json!({"pattern": pattern})).ok())
            .as_ref()
            .is_some_and(|v| v.is_valid(&Value::from(text)))
    }

    /// The schema with its `allOf` parts and one drawn `oneOf`/`anyOf` branch merged in.
    fn effective(&mut self, schema: &Value) -> Map<String, Value> {
        let Some(map) = schema.as_object() else {
            return Map::new();
        };
        let mut base = map.clone();
        let mut parts: Vec<Value> = Vec::new();
        if let Some(Value::Array(all)) = base.remove("allOf") {
            parts.extend(all);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = base.remove(key)
                && !branches.is_empty()
            {
                parts.push(self.random.pick(&branches).clone());
            }
        }
        for part in parts {
            let part = self.effective(&part);
            merge(&mut base, part);
        }
        base
    }

    fn value(
        &mut self,
        schema: &Value,
        pointer: String,
        depth: usize,
        sites: &mut Vec<Site>,
    ) -> Value {
        let schema = self.effective(schema);
        let value = self.draw(&schema, &pointer, depth, sites);
        sites.push(Site {
            pointer,
            schema: Value::Object(schema),
        });
        value
    }

    fn draw(
        &mut self,
        schema: &Map<String, Value>,
        pointer: &str,
        depth: usize,
        sites: &mut Vec<Site>,
    ) -> Value {
        if let Some(Value::Array(values)) = schema.get("enum")
            && !values.is_empty()
        {
            return self.random.pick(values).clone();
        }
        if let Some(value) = schema.get("const") {
            return value.clone();
        }
        let types = types_of(schema);
        let non_null: Vec<&str> = types.iter().copied().filter(|t| *t != "null").collect();
        let chosen = if non_null.is_empty() || (types.contains(&"null") && self.random.chance(15)) {
            "null"
        } else {
            *self.random.pick(&non_null)
        };
        match chosen {
            "object" => self.object(schema, pointer, depth, sites),
            "array" => self.array(schema, pointer, depth, sites),
            "string" => self.string(schema),
            "integer" => self.integer(schema),
            "number" => self.number(schema),
            "boolean" => Value::Bool(self.random.chance(50)),
            _ => Value::Null,
        }
    }

    fn object(
        &mut self,
        schema: &Map<String, Value>,
        pointer: &str,
        depth: usize,
        sites: &mut Vec<Site>,
    ) -> Value {
        let mut object = Map::new();
        if depth >= MAX_DEPTH {
            return Value::Object(object);
        }
        let required = names(schema.get("required"));
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (name, child) in &properties {
            if required.contains(name) || self.random.chance(55) {
                let here = format!("{pointer}/{}", escape(name));
                let value = self.value(child, here, depth + 1, sites);
                object.insert(name.clone(), value);
            }
        }
        for name in &required {
            if !object.contains_key(name) {
                let here = format!("{pointer}/{}", escape(name));
                let value = self.value(&json!({}), here, depth + 1, sites);
                object.insert(name.clone(), value);
            }
        }
        if let Some(extra @ Value::Object(_)) = schema.get("additionalProperties")
            && self.random.chance(20)
        {
            let here = format!("{pointer}/extra_key");
            let value = self.value(extra, here, depth + 1, sites);
            object.insert("extra_key".into(), value);
        }
        Value::Object(object)
    }

    fn array(
        &mut self,
        schema: &Map<String, Value>,
        pointer: &str,
        depth: usize,
        sites: &mut Vec<Site>,
    ) -> Value {
        if depth >= MAX_DEPTH {
            return json!([]);
        }
        let min = count(schema.get("minItems")).unwrap_or(0);
        let max = count(schema.get("maxItems"))
            .unwrap_or(min + 3)
            .clamp(min, min + 3);
        let length = min + self.random.below(max - min + 1);
        let items = schema.get("items").cloned().unwrap_or(json!({}));
        (0..length)
            .map(|index| {
                let item = match &items {
                    Value::Array(tuple) => tuple.get(index).cloned().unwrap_or(json!({})),
                    single => single.clone(),
                };
                self.value(&item, format!("{pointer}/{index}"), depth + 1, sites)
            })
            .collect()
    }

    fn string(&mut self, schema: &Map<String, Value>) -> Value {
        if let Some(format) = schema.get("format").and_then(Value::as_str) {
            let (good, _) = format_samples(format);
            return Value::from(*self.random.pick(good));
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            let matching: Vec<&str> = PATTERN_CANDIDATES
                .iter()
                .copied()
                .filter(|c| self.matches(pattern, c))
                .collect();
            let pool = if matching.is_empty() {
                &PATTERN_CANDIDATES[..]
            } else {
                &matching[..]
            };
            return Value::from(*self.random.pick(pool));
        }
        let min = count(schema.get("minLength")).unwrap_or(0);
        let max_length = count(schema.get("maxLength"));
        // Now and then a string of exactly maxLength characters, most of them multi-byte.
        if let Some(max) = max_length.filter(|m| *m <= 5000)
            && self.random.chance(20)
        {
            return Value::from(self.text(max));
        }
        let max = max_length.unwrap_or(min + 16).clamp(min, min + 16);
        let length = min + self.random.below(max - min + 1);
        Value::from(self.text(length))
    }

    fn text(&mut self, length: usize) -> String {
        (0..length).map(|_| *self.random.pick(&ALPHABET)).collect()
    }

    fn integer(&mut self, schema: &Map<String, Value>) -> Value {
        let (lo, hi) = integer_bounds(schema);
        let lo = lo.unwrap_or_else(|| hi.map_or(-1_000_000, |h| h - 1_000_000));
        let hi = hi.unwrap_or(lo + 1_000_000);
        if hi < lo {
            return Value::from(0);
        }
        let value = match self.random.below(4) {
            0 => lo,
            1 => hi,
            _ => lo + (u128::from(self.random.next()) % ((hi - lo) as u128 + 1)) as i128,
        };
        integer_value(value)
    }

    fn number(&mut self, schema: &Map<String, Value>) -> Value {
        let (lo, lo_exclusive) = float_bound(schema, "minimum", "exclusiveMinimum");
        let (hi, hi_exclusive) = float_bound(schema, "maximum", "exclusiveMaximum");
        let lo_value = lo.unwrap_or_else(|| hi.map_or(-1.0e6, |h| h - 1.0e6));
        let hi_value = hi.unwrap_or(lo_value + 1.0e6);
        let fraction = (self.random.next() % 1_000_000) as f64 / 1_000_000.0;
        let mut value = match self.random.below(4) {
            0 if !lo_exclusive => lo_value,
            1 if !hi_exclusive => hi_value,
            _ => lo_value + (hi_value - lo_value) * fraction,
        };
        if (lo_exclusive && value <= lo_value) || (hi_exclusive && value >= hi_value) {
            value = (lo_value + hi_value) / 2.0;
        }
        // Integral values are numbers too; they are written as integers (1, never 1.0).
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            return Value::from(value as i64);
        }
        serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
    }

    /// `instance` with one mutation applied at one site: the kind is drawn first among those
    /// that apply somewhere, then the site. None when no mutation applies.
    fn mutate(&mut self, instance: &Value, sites: &[Site]) -> Option<(Value, Mutation)> {
        let applicable: Vec<(Mutation, Vec<usize>)> = MUTATIONS
            .iter()
            .map(|&kind| {
                let at: Vec<usize> = (0..sites.len())
                    .filter(|&i| {
                        let current = instance.pointer(&sites[i].pointer);
                        current.is_some_and(|c| self.replacement(kind, &sites[i], c).is_some())
                    })
                    .collect();
                (kind, at)
            })
            .filter(|(_, at)| !at.is_empty())
            .collect();
        if applicable.is_empty() {
            return None;
        }
        let (kind, at) = self.random.pick(&applicable);
        let site = &sites[*self.random.pick(at)];
        let mut mutated = instance.clone();
        let slot = mutated.pointer_mut(&site.pointer)?;
        let replacement = self.replacement(*kind, site, slot)?;
        *slot = replacement;
        Some((mutated, *kind))
    }

    /// What the value at `site` becomes under `kind`, or None when `kind` does not apply there.
    fn replacement(&mut self, kind: Mutation, site: &Site, current: &Value) -> Option<Value> {
        let schema = site.schema.as_object()?;
        let types = types_of(schema);
        let allowed = |value: &Value| match schema.get("enum").and_then(Value::as_array) {
            Some(members) => members.contains(value),
            None => types.iter().any(|t| has_type(value, t)),
        };
        match kind {
            Mutation::DropRequired => {
                let object = current.as_object()?;
                let name = names(schema.get("required"))
                    .into_iter()
                    .find(|n| object.contains_key(n))?;
                let mut dropped = object.clone();
                dropped.remove(&name);
                Some(Value::Object(dropped))
            }
            Mutation::WrongType => {
                let candidates = [
                    json!("text"),
                    json!(7),
                    json!(2.5),
                    json!(true),
                    json!([]),
                    json!({}),
                ];
                let wrong: Vec<Value> = candidates.into_iter().filter(|v| !allowed(v)).collect();
                (!wrong.is_empty()).then(|| self.random.pick(&wrong).clone())
            }
            Mutation::Null => (!allowed(&Value::Null)).then_some(Value::Null),
            Mutation::OutOfRange => {
                if !current.is_number() {
                    return None;
                }
                let (lo, hi) = integer_bounds(schema);
                let integral = types.contains(&"integer") && !types.contains(&"number");
                if integral {
                    let beyond = match (lo, hi) {
                        (Some(lo), Some(hi)) if self.random.chance(50) => lo.min(hi) - 1,
                        (_, Some(hi)) => hi + 1,
                        (Some(lo), None) => lo - 1,
                        (None, None) => return None,
                    };
                    return Some(integer_value(beyond));
                }
                let (lo, lo_exclusive) = float_bound(schema, "minimum", "exclusiveMinimum");
                let (hi, hi_exclusive) = float_bound(schema, "maximum", "exclusiveMaximum");
                let beyond = match (lo, hi) {
                    (Some(lo), _) if hi.is_none() || self.random.chance(50) => {
                        if lo_exclusive {
                            lo
                        } else {
                            lo - 1.0
                        }
                    }
                    (_, Some(hi)) => {
                        if hi_exclusive {
                            hi
                        } else {
                            hi + 1.0
                        }
                    }
                    _ => return None,
                };
                serde_json::Number::from_f64(beyond).map(Value::Number)
            }
            Mutation::TooLong => {
                current.as_str()?;
                let max = count(schema.get("maxLength")).filter(|m| *m < 5000)?;
                Some(Value::from(self.text(max + 1)))
            }
            Mutation::TooShort => {
                current.as_str()?;
                let min = count(schema.get("minLength")).filter(|m| *m > 0)?;
                Some(Value::from(self.text(min - 1)))
            }
            Mutation::ExtraKey => {
                let mut object = current.as_object()?.clone();
                object.insert("unlisted_key".into(), json!("x"));
                Some(Value::Object(object))
            }
            Mutation::BadFormat => {
                current.as_str()?;
                let format = schema.get("format").and_then(Value::as_str)?;
                let (_, bad) = format_samples(format);
                (!bad.is_empty()).then(|| Value::from(*self.random.pick(bad)))
            }
            Mutation::NotInEnum => {
                let members = schema.get("enum").and_then(Value::as_array)?;
                let outsider = json!("not-a-member");
                (!members.contains(&outsider)).then_some(outsider)
            }
            Mutation::PatternMiss => {
                current.as_str()?;
                schema.get("pattern").and_then(Value::as_str)?;
                Some(json!("no match here!"))
            }
        }
    }
}

/// `part` merged into `base`: properties and required names joined, `additionalProperties:
/// false` kept from either, any other keyword taken from `part` when `base` lacks it.
fn merge(base: &mut Map<String, Value>, part: Map<String, Value>) {
    for (key, value) in part {
        match (key.as_str(), value) {
            ("properties", Value::Object(children)) => {
                let entry = base.entry("properties").or_insert_with(|| json!({}));
                if let Value::Object(existing) = entry {
                    existing.extend(children);
                }
            }
            ("required", Value::Array(names)) => {
                let entry = base.entry("required").or_insert_with(|| json!([]));
                if let Value::Array(existing) = entry {
                    for name in names {
                        if !existing.contains(&name) {
                            existing.push(name);
                        }
                    }
                }
            }
            ("additionalProperties", Value::Bool(false)) => {
                base.insert(key, Value::Bool(false));
            }
            (_, value) => {
                base.entry(key).or_insert(value);
            }
        }
    }
}

/// The JSON types a schema allows, as written; without `type`, what its keywords imply.
fn types_of(schema: &Map<String, Value>) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ if schema.contains_key("properties") || schema.contains_key("required") => {
            vec!["object"]
        }
        _ if schema.contains_key("items") => vec!["array"],
        _ => vec![
            "string", "integer", "number", "boolean", "null", "object", "array",
        ],
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        _ => false,
    }
}

fn names(list: Option<&Value>) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn count(value: Option<&Value>) -> Option<usize> {
    value.and_then(Value::as_u64).map(|n| n as usize)
}

/// The integer range a schema allows (draft-04 exclusive flags included), each end when set.
fn integer_bounds(schema: &Map<String, Value>) -> (Option<i128>, Option<i128>) {
    let bound = |key: &str, flag: &str, step: i128| {
        let value = schema.get(key)?;
        let mut bound = match value.as_i64() {
            Some(n) => i128::from(n),
            None => match value.as_u64() {
                Some(n) => i128::from(n),
                None => {
                    let f = value.as_f64()?;
                    (if step > 0 { f.ceil() } else { f.floor() }) as i128
                }
            },
        };
        if schema.get(flag) == Some(&Value::Bool(true)) {
            bound += step;
        }
        Some(bound)
    };
    (
        bound("minimum", "exclusiveMinimum", 1),
        bound("maximum", "exclusiveMaximum", -1),
    )
}

/// A number bound and whether it is exclusive (draft-04's flag).
fn float_bound(schema: &Map<String, Value>, key: &str, flag: &str) -> (Option<f64>, bool) {
    (
        schema.get(key).and_then(Value::as_f64),
        schema.get(flag) == Some(&Value::Bool(true)),
    )
}

fn integer_value(value: i128) -> Value {
    if let Ok(n) = i64::try_from(value) {
        Value::from(n)
    } else if let Ok(n) = u64::try_from(value) {
        Value::from(n)
    } else {
        Value::from(value as f64)
    }
}

// ---------------------------------------------------------------------------------------
// The equivalence

#[derive(Default)]
struct Tally {
    schemas: usize,
    instances: usize,
    valid: usize,
    disagreements: Vec<String>,
    mutations: BTreeSet<Mutation>,
    /// Instances of the excluded schemas, and how many verdicts differ there (not asserted).
    excluded_instances: usize,
    excluded_differ: usize,
}

/// One schema version's two validators.
struct Versions<'a> {
    label: &'a str,
    /// The event's name: the exported schema checks the whole call `{event, properties}`.
    name: &'a str,
    original: jsonschema::Validator,
    exported: jsonschema::Validator,
    exported_schema: Value,
    /// The importer reported something it could not map: verdicts are counted, not compared.
    excluded: bool,
}

impl Versions<'_> {
    /// Checks one instance against both validators.
    fn compare(&self, instance: &Value, what: &str, tally: &mut Tally) {
        let before = self.original.is_valid(instance);
        let call = json!({"event": self.name, "properties": instance});
        let after = self.exported.is_valid(&call);
        if self.excluded {
            tally.excluded_instances += 1;
            tally.excluded_differ += usize::from(before != after);
            return;
        }
        tally.instances += 1;
        tally.valid += usize::from(before);
        if before == after {
            return;
        }
        let label = self.label;
        // The first few in full, the rest one line each.
        let line = if tally.disagreements.len() < 5 {
            format!(
                "{label}: {what} instance\n  {instance}\n  original (draft-04): {}\n  exported (2020-12): {}\n  exported properties schema: {}",
                verdict(before),
                verdict(after),
                self.exported_schema["properties"]["properties"]
            )
        } else {
            format!("{label}: {what} {instance}: original {}", verdict(before))
        };
        tally.disagreements.push(line);
    }
}

fn verdict(valid: bool) -> &'static str {
    if valid { "valid" } else { "invalid" }
}

#[test]
fn every_version_exported_again_accepts_what_the_original_accepts() {
    let mut generator = Generator::new(SEED);
    let mut tally = Tally::default();
    let mut excluded_found = Vec::new();
    let files: Vec<PathBuf> = families().into_iter().flatten().collect();
    assert!(
        files.len() >= 30,
        "the registry holds {} versions",
        files.len()
    );
    for (index, file) in files.iter().enumerate() {
        let label = relative(file);
        let original_schema = read_json(file);
        let imported = import_version(file, index);

        // Nothing is silent: what the catalog cannot say is in the report, at its pointer,
        // naming its keyword; and the report lists nothing else.
        let expected = unsayable(&original_schema);
        let reported: BTreeSet<&str> = imported.unmapped.iter().map(|(p, _)| p.as_str()).collect();
        let wanted: BTreeSet<&str> = expected.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            reported, wanted,
            "{label}: the importer's report: {:?}",
            imported.unmapped
        );
        for (pointer, keyword) in &expected {
            let reason = imported
                .unmapped
                .iter()
                .find(|(p, _)| p == pointer)
                .map(|(_, r)| r.as_str())
                .unwrap_or_default();
            assert!(
                reason.contains(&format!("`{keyword}`")),
                "{label} {pointer}: the report does not name `{keyword}`: {reason}"
            );
        }
        let excluded = !imported.unmapped.is_empty();
        if excluded {
            excluded_found.push(label.clone());
        }

        let event = imported
            .catalog
            .event(&imported.name)
            .unwrap_or_else(|| panic!("{label}: no event {}", imported.name));
        let exported_schema = event_schema(&imported.catalog, event);
        let versions = Versions {
            label: &label,
            name: &imported.name,
            original: original_validator(&original_schema),
            exported: schema::options()
                .build(&exported_schema)
                .unwrap_or_else(|e| panic!("{label}: the exported schema does not compile: {e}")),
            exported_schema,
            excluded,
        };
        let root = without_identification(&original_schema);
        tally.schemas += usize::from(!excluded);
        for _ in 0..DRAWS {
            let mut sites = Vec::new();
            let instance = generator.value(&root, String::new(), 0, &mut sites);
            versions.compare(&instance, "drawn", &mut tally);
            if let Some((mutated, kind)) = generator.mutate(&instance, &sites) {
                if !excluded {
                    tally.mutations.insert(kind);
                }
                versions.compare(&mutated, &format!("{kind:?}"), &mut tally);
            }
        }
    }
    println!(
        "import_iglu: {} schema versions compared ({} excluded: not fully mapped), {} instances, {} valid ({}%), {} invalid; excluded versions: {} instances, {} verdicts differ",
        tally.schemas,
        excluded_found.len(),
        tally.instances,
        tally.valid,
        tally.valid * 100 / tally.instances.max(1),
        tally.instances - tally.valid,
        tally.excluded_instances,
        tally.excluded_differ,
    );
    assert_eq!(excluded_found, NOT_FULLY_MAPPED, "the versions excluded");
    assert!(
        tally.disagreements.is_empty(),
        "{} of {} instances get different verdicts from the original and the exported schema:\n{}",
        tally.disagreements.len(),
        tally.instances,
        tally.disagreements.join("\n")
    );
    assert!(
        tally.valid * 100 >= MIN_VALID_PERCENT * tally.instances,
        "only {} of {} instances are valid",
        tally.valid,
        tally.instances
    );
    assert!(
        (tally.instances - tally.valid) * 100 >= MIN_INVALID_PERCENT * tally.instances,
        "only {} of {} instances are invalid",
        tally.instances - tally.valid,
        tally.instances
    );
    let missing: Vec<&Mutation> = MUTATIONS
        .iter()
        .filter(|m| !tally.mutations.contains(m))
        .collect();
    assert!(missing.is_empty(), "mutations never applied: {missing:?}");
}

// ---------------------------------------------------------------------------------------
// History

/// Runs `program` in `dir` with no user or system git configuration.
fn isolated(program: &Path, dir: &Path, home: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// (kind, pointer, class) of a diff's rows that are not neutral, and the kinds of the neutral
/// ones.
fn diff_rows(
    catalog: &Path,
    home: &Path,
    base: usize,
    event: &str,
) -> (BTreeSet<(String, String, String)>, BTreeSet<String>) {
    let (code, stdout, stderr) = isolated(
        &common::binary(),
        catalog,
        home,
        &[
            "diff",
            &format!("HEAD~{base}"),
            &format!("HEAD~{}", base - 1),
            "--format",
            "json",
        ],
    );
    assert!(code == 0 || code == 1, "diff exit {code}: {stderr}");
    let rows: Vec<Value> =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let mut changes = BTreeSet::new();
    let mut neutral = BTreeSet::new();
    for row in &rows {
        let text = |key: &str| row[key].as_str().unwrap_or_default().to_owned();
        assert_eq!(
            (text("place"), text("name")),
            ("event".to_owned(), event.to_owned()),
            "a row of another event between consecutive commits: {row}"
        );
        if row["class"] == "neutral" {
            neutral.insert(text("kind"));
        } else {
            changes.insert((text("kind"), text("pointer"), text("class")));
        }
    }
    (changes, neutral)
}

fn owned(rows: &[(&str, &str, &str)]) -> BTreeSet<(String, String, String)> {
    rows.iter()
        .map(|(k, p, c)| ((*k).to_owned(), (*p).to_owned(), (*c).to_owned()))
        .collect()
}

fn kinds(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
fn history_is_one_commit_per_schemaver_and_diff_reads_each_step() {
    // Outside the repository (and below a ceiling): the import makes its own repository.
    let root = std::env::temp_dir().join(format!("tracklint-import-iglu-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let home = root.join("home");
    std::fs::create_dir_all(&home).expect("create home");
    let catalog = root.join("catalog");
    let registry = registry();
    let (code, stdout, stderr) = isolated(
        &common::binary(),
        &root,
        &home,
        &[
            "import",
            "jsonschema",
            &registry.to_string_lossy(),
            "--out",
            &catalog.to_string_lossy(),
            "--history",
        ],
    );
    assert_eq!(code, 0, "import --history: {stdout}{stderr}");

    let families = families();
    let versions: usize = families.iter().map(Vec::len).sum();
    let git = Path::new("git");
    let (code, log, stderr) = isolated(git, &catalog, &home, &["log", "--format=%s"]);
    assert_eq!(code, 0, "git log: {stderr}");
    let subjects: Vec<&str> = log.lines().collect();
    assert_eq!(
        subjects.len(),
        1 + versions - families.len(),
        "one commit for every family's oldest version, then one per later version:\n{log}"
    );
    // HEAD~k, where k is how far from HEAD the commit with this subject is.
    let back = |subject: &str| {
        subjects
            .iter()
            .position(|s| *s == subject)
            .unwrap_or_else(|| panic!("no commit {subject:?} in\n{log}"))
    };

    // pii_enrichment_config 1-0-0 → 2-0-0 (a MODEL bump): `emitEvent` and
    // `pseudonymize.salt` are new required properties, `json.field` was `{type: string}` and
    // is now an enum of three strings without `type` (the import gives it the type of its
    // values, string, so the type is no change and the enum is the breaking part); the rest
    // is descriptions added.
    // Its 2-0-0 commit is its first after the initial one (where it is at 1-0-0).
    let k = back("pii_enrichment_config: version 2 (SchemaVer 2-0-0)") + 1;
    let (changes, neutral) = diff_rows(&catalog, &home, k, "pii_enrichment_config");
    let field = "/properties/parameters/properties/pii/items/properties/json/properties/field";
    let enum_added = format!("{field}/enum");
    assert_eq!(
        changes,
        owned(&[
            ("property_added", "/properties/emitEvent", "breaking"),
            (
                "property_added",
                "/properties/parameters/properties/strategy/properties/pseudonymize/properties/salt",
                "breaking"
            ),
            ("enum_added", &enum_added, "breaking"),
        ])
    );
    assert_eq!(
        neutral,
        kinds(&[
            "changelog_changed",
            "description_changed",
            "version_changed"
        ])
    );

    // yauaa_context 1-0-2 → 1-0-3 (an ADDITION): one maxLength loosened from 20 to 100.
    let k = back("yauaa_context: version 4 (SchemaVer 1-0-3)") + 1;
    assert_eq!(subjects[k], "yauaa_context: version 3 (SchemaVer 1-0-2)");
    let (changes, neutral) = diff_rows(&catalog, &home, k, "yauaa_context");
    assert_eq!(
        changes,
        owned(&[(
            "bound_loosened",
            "/properties/agentVersionMajor/maxLength",
            "compatible"
        )])
    );
    assert_eq!(neutral, kinds(&["changelog_changed", "version_changed"]));

    let _ = std::fs::remove_dir_all(&root);
}
