//! Writes realistic Segment-style track calls for a catalog, one per line, for the `validate`
//! benchmark (SPEC §7): `cargo run --release --example gen_payloads -- N OUT.ndjson
//! [--catalog DIR] [--bad-every K]` (OUT `-`: stdout, no `.bad` list). Deterministic: same
//! arguments, same bytes.
//!
//! Each call is for an active event of a plan, sent by that plan's library (at or above its
//! minimum version) with the ids the plan sends; its properties satisfy the event's exported
//! JSON Schema (required ones always, optional ones often). Every K-th line breaks that schema
//! (a wrong type, a value outside an enum, a missing required property); their line numbers
//! go to OUT.ndjson.bad, one per line, so the bench can check that tracklint and ajv flag
//! exactly those.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use serde_json::{Map, Value, json};
use tracklint::catalog::{Catalog, Event, Plan, SourceKind, Status};
use tracklint::engine::workspace::load_workspace;
use tracklint::payload::schema::event_schema;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The first timestamp; calls are spread over the following days.
const START_SECONDS: i64 = 1_793_491_200; // 2026-11-01T00:00:00Z
const SPREAD_SECONDS: i64 = 20 * 24 * 3600;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen_payloads N OUT.ndjson [--catalog DIR] [--bad-every K]";
    let count: usize = args.next().ok_or(usage)?.parse().map_err(|_| usage)?;
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let mut catalog_dir = PathBuf::from("examples/shop");
    let mut bad_every = 0usize;
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--catalog" => catalog_dir = PathBuf::from(args.next().ok_or(usage)?),
            "--bad-every" => bad_every = args.next().ok_or(usage)?.parse().map_err(|_| usage)?,
            _ => return Err(usage.into()),
        }
    }
    let workspace = load_workspace(std::slice::from_ref(&catalog_dir), None)?;
    let catalog = &workspace.catalog;
    let sources = senders(catalog);
    if sources.is_empty() {
        return Err("no plan lists an active event".into());
    }
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let to_stdout = out.as_os_str() == "-";
    let sink: Box<dyn std::io::Write> = if to_stdout {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&out)?)
    };
    let mut file = std::io::BufWriter::with_capacity(1 << 20, sink);
    let mut bad_lines = String::new();
    let mut bytes = 0usize;
    for line in 1..=count {
        let (plan, events) = &sources[line % sources.len()];
        let (event, schema) = &events[rng.below(events.len())];
        let mut call = track_call(plan, event, schema, line, &mut rng);
        if bad_every > 0 && line % bad_every == 0 && break_schema(&mut call, schema, &mut rng) {
            writeln!(bad_lines, "{line}")?;
        }
        let text = serde_json::to_string(&call)?;
        bytes += text.len() + 1;
        writeln!(file, "{text}")?;
    }
    file.flush()?;
    if !to_stdout {
        let mut bad_path = out.clone().into_os_string();
        bad_path.push(".bad");
        std::fs::write(&bad_path, &bad_lines)?;
    }
    eprintln!(
        "wrote {count} calls ({bytes} bytes, {} bytes a line on average, {} schema-breaking) to {}",
        bytes / count.max(1),
        bad_lines.lines().count(),
        out.display()
    );
    Ok(())
}

/// Each plan with a library, and the active events it lists with their schemas.
fn senders(catalog: &Catalog) -> Vec<(&Plan, Vec<(&Event, Value)>)> {
    catalog
        .plans
        .iter()
        .filter(|plan| plan.library.is_some())
        .map(|plan| {
            let events = plan
                .events
                .iter()
                .filter_map(|entry| catalog.event(&entry.name.value))
                .filter(|event| event.status() == Status::Active)
                .map(|event| (event, event_schema(catalog, event)))
                .collect::<Vec<_>>();
            (plan, events)
        })
        .filter(|(_, events)| !events.is_empty())
        .collect()
}

fn track_call(plan: &Plan, event: &Event, schema: &Value, line: usize, rng: &mut Rng) -> Value {
    let at = START_SECONDS + (line as i64 * 7919) % SPREAD_SECONDS;
    let properties_schema = &schema["properties"]["properties"];
    let mut call = Map::new();
    call.insert("type".into(), "track".into());
    call.insert("event".into(), event.name.value.clone().into());
    call.insert("messageId".into(), uuid(line as u64, 1).into());
    let server = plan.kind() == Some(SourceKind::Server);
    let past_signup = event
        .lifecycle()
        .is_some_and(|l| tracklint::catalog::PAST_SIGNUP_STAGES.contains(&l));
    if !server {
        call.insert("anonymousId".into(), uuid(line as u64 % 5000, 2).into());
    }
    if server || past_signup || rng.below(2) == 0 {
        call.insert("userId".into(), format!("u-{}", line % 20_000).into());
    }
    call.insert("timestamp".into(), rfc3339(at, line % 1000).into());
    call.insert(
        "properties".into(),
        object_value(properties_schema, line, rng, 0.4),
    );
    let version = plan
        .min_library_version
        .as_ref()
        .map_or_else(|| "1.0.0".to_owned(), |v| bump_patch(&v.value));
    call.insert(
        "context".into(),
        json!({"library": {
            "name": plan.library.as_ref().map_or("", |l| l.value.as_str()),
            "version": version,
        }}),
    );
    Value::Object(call)
}

/// Breaks the call's schema in one of three ways; false when the event has nothing to break.
fn break_schema(call: &mut Value, schema: &Value, rng: &mut Rng) -> bool {
    let Some(properties) = call.get_mut("properties").and_then(Value::as_object_mut) else {
        return false;
    };
    let definitions = &schema["properties"]["properties"]["properties"];
    let required: Vec<&str> = schema["properties"]["properties"]["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(&name) = required.get(rng.below(required.len().max(1))) else {
        return false;
    };
    let definition = &definitions[name];
    match rng.below(3) {
        0 if definition.get("enum").is_some() => {
            properties.insert(name.into(), "not-in-the-enum".into());
        }
        1 => {
            properties.remove(name);
        }
        _ => {
            let wrong = match main_type(definition) {
                // A different number each time: two equal values of a `dedupe_key` would be
                // a planted duplicate too.
                Some("string") => json!(rng.below(1 << 40)),
                _ => json!("wrong type"),
            };
            properties.insert(name.into(), wrong);
        }
    }
    true
}

/// A value satisfying a (generated) property schema.
fn value(schema: &Value, name: &str, line: usize, rng: &mut Rng) -> Value {
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.is_empty()
    {
        return options[rng.below(options.len())].clone();
    }
    if let Some(constant) = schema.get("const") {
        return constant.clone();
    }
    match main_type(schema) {
        Some("integer") => {
            let min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(0);
            let max = schema
                .get("maximum")
                .and_then(Value::as_i64)
                .unwrap_or(min + 50);
            json!(min + rng.below((max - min + 1).max(1) as usize) as i64)
        }
        Some("number") => {
            let min = schema.get("minimum").and_then(Value::as_f64).unwrap_or(0.0);
            json!(min + (rng.below(500_000) as f64) / 100.0)
        }
        Some("boolean") => json!(rng.below(2) == 0),
        Some("array") => {
            let items = schema.get("items").cloned().unwrap_or(json!({}));
            let count = 1 + rng.below(2);
            Value::Array((0..count).map(|_| value(&items, name, line, rng)).collect())
        }
        Some("object") => object_value(schema, line, rng, 0.5),
        _ => string_value(schema, name, line, rng),
    }
}

/// The schema's `type`, or the first type of a list that is not `null` (`[integer, "null"]`:
/// a line's price is null only for a free gift, so the generator sends the integer).
fn main_type(schema: &Value) -> Option<&str> {
    match schema.get("type")? {
        Value::String(one) => Some(one),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn object_value(schema: &Value, line: usize, rng: &mut Rng, optional_share: f64) -> Value {
    let mut object = Map::new();
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, definition) in properties {
            let wanted = required.contains(&name.as_str())
                || (rng.below(1000) as f64) < optional_share * 1000.0;
            if wanted {
                object.insert(name.clone(), value(definition, name, line, rng));
            }
        }
    }
    Value::Object(object)
}

fn string_value(schema: &Value, name: &str, line: usize, rng: &mut Rng) -> Value {
    let format = schema.get("format").and_then(Value::as_str);
    let pattern = schema.get("pattern").and_then(Value::as_str);
    let text = match (format, pattern) {
        (Some("date-time"), _) => rfc3339(START_SECONDS + SPREAD_SECONDS + 86_400 * 14, 0),
        (Some("date"), _) => "2026-12-01".into(),
        (Some("uuid"), _) => uuid(line as u64, 3),
        (Some("email"), _) => format!("shopper{}@example.com", line % 10_000),
        (_, Some("^[A-Z]{3}$")) => ["EUR", "USD", "GBP"][rng.below(3)].into(),
        (_, Some("^[A-Z0-9-]{4,32}$")) => format!("SKU-{:05}", rng.below(100_000)),
        (_, Some("^[0-9]+\\.[0-9]+\\.[0-9]+$")) => format!("5.{}.{}", rng.below(9), rng.below(20)),
        (_, Some(other)) => match schema.get("examples").and_then(Value::as_array) {
            Some(examples) if !examples.is_empty() => {
                return examples[rng.below(examples.len())].clone();
            }
            _ => panic!("no generator for pattern {other} of {name}; add `examples` to it"),
        },
        // Ids are unique per line, so dedupe keys never repeat.
        _ if name.ends_with("_id") => format!("{}-{line}", name.trim_end_matches("_id")),
        _ => format!("{name} {}", rng.below(100)),
    };
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .unwrap_or(u64::MAX) as usize;
    Value::String(text.chars().take(max).collect())
}

fn bump_patch(version: &str) -> String {
    let mut parts: Vec<u64> = version.split('.').filter_map(|p| p.parse().ok()).collect();
    parts.resize(3, 0);
    parts[2] += 3;
    format!("{}.{}.{}", parts[0], parts[1], parts[2])
}

fn uuid(n: u64, kind: u64) -> String {
    let a = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ kind;
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        (a >> 32) as u32,
        (a >> 16) as u16,
        (a >> 4) as u16 & 0xfff,
        (n >> 8) as u16 & 0xfff,
        n & 0xffff_ffff_ffff
    )
}

/// RFC 3339 in UTC with milliseconds.
fn rfc3339(seconds: i64, millis: usize) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

// Howard Hinnant's civil_from_days.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// xorshift64*: small, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }
}
