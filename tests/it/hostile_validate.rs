//! Hostile payload input for `tracklint validate`, each run under a memory cap (`ulimit -v`)
//! and a time limit: about 1 GB streamed through stdin, a 10 MB line, invalid UTF-8, truncated
//! gzip, a gzip bomb, deeply nested JSON, control characters in event names, huge batches and
//! endless distinct names, and a payload dated 1970 with `--volume`.

use crate::common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{Feed, Outcome, run_limited, run_limited_fed};
use flate2::Compression;
use flate2::write::GzEncoder;

const MEMORY_MB: u64 = 512;

/// A clean catalog with one banded event, and the call that is valid for it.
fn catalog(name: &str) -> PathBuf {
    let dir = common::scratch("hostile_validate", name);
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [events.yaml, plan.yaml]\nbusiness_timezone: Asia/Kolkata\n",
    );
    common::write(
        &dir,
        "events.yaml",
        "events:\n  order_placed:\n    description: An order was placed.\n    owner: shop\n    consent: necessary\n    properties:\n      order_id: {type: string, required: true, description: Order.}\n      total: {type: number, minimum: 0, description: Total.}\n    volume:\n      min_per_hour: 1\n      max_per_hour: 100000\n",
    );
    common::write(
        &dir,
        "plan.yaml",
        "plan: web\nsource: {kind: client, library: web-sdk, min_library_version: 1.0.0}\nidentity: [anonymous_id]\nevents:\n  order_placed: {}\n",
    );
    dir
}

fn call(n: u64) -> String {
    format!(
        "{{\"type\":\"track\",\"event\":\"order_placed\",\"messageId\":\"m-{n}\",\"anonymousId\":\"anon-{}\",\"timestamp\":\"2026-11-28T10:{:02}:{:02}.000Z\",\"properties\":{{\"order_id\":\"o-{n}\",\"total\":{}}},\"context\":{{\"library\":{{\"name\":\"web-sdk\",\"version\":\"1.2.3\"}},\"ip\":\"203.0.113.7\",\"locale\":\"de-DE\",\"userAgent\":\"Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0\"}}}}\n",
        n % 977,
        n / 60 % 60,
        n % 60,
        n % 5000
    )
}

fn validate(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Outcome {
    let mut all = vec!["validate"];
    all.extend_from_slice(args);
    run_limited(dir, &all, MEMORY_MB, 120, stdin)
}

fn concise_lines(outcome: &Outcome) -> Vec<&str> {
    outcome.stdout.lines().collect()
}

#[test]
fn about_a_gigabyte_through_stdin_stays_within_the_memory_cap() {
    // 1 GiB in all: over-long lines (skipped unread at memchr speed) between runs of realistic
    // calls that go through parsing and every check. A debug build parses a few MB a second,
    // so the realistic share is about 20 MB; the release bench streams 150 MB of calls.
    let dir = catalog("gigabyte");
    const LONG: usize = 2 * 1024 * 1024 + 17;
    const ROUNDS: u64 = 480;
    const CALLS_PER_ROUND: u64 = 100;
    let feed: Feed = Box::new(|pipe| {
        let long = {
            let mut line = vec![b'x'; LONG];
            line.push(b'\n');
            line
        };
        let mut n = 0;
        for _ in 0..ROUNDS {
            if pipe.write_all(&long).is_err() {
                return;
            }
            let mut calls = String::new();
            for _ in 0..CALLS_PER_ROUND {
                n += 1;
                calls.push_str(&call(n));
            }
            if pipe.write_all(calls.as_bytes()).is_err() {
                return;
            }
        }
    });
    let outcome = run_limited_fed(
        &dir,
        &[
            "validate",
            "-",
            "--format",
            "concise",
            "--report",
            "report.json",
        ],
        MEMORY_MB,
        240,
        Some(feed),
    );
    outcome.assert_exit(&[1], "1 GiB on stdin");
    let lines = concise_lines(&outcome);
    assert_eq!(lines.len(), ROUNDS as usize);
    assert_eq!(
        lines[0],
        format!(
            "<stdin>:1:1: error[payload/invalid-json] line 1 is longer than 1 MiB ({LONG} bytes); it was skipped unread"
        )
    );
    let second = 1 + CALLS_PER_ROUND + 1;
    assert!(lines[1].starts_with(&format!("<stdin>:{second}:1: error[payload/invalid-json]")));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["payloads"], ROUNDS * (CALLS_PER_ROUND + 1));
    assert_eq!(report["invalid"], ROUNDS);
    assert_eq!(report["events"][0]["count"], ROUNDS * CALLS_PER_ROUND);
}

#[test]
fn a_10_mb_line_is_one_diagnostic_and_the_next_lines_are_checked() {
    let dir = catalog("long-line");
    let mut input = call(1).into_bytes();
    input.extend(std::iter::repeat_n(b'{', 10 * 1024 * 1024));
    input.push(b'\n');
    input.extend(call(1).bytes());
    let outcome = validate(&dir, &["-", "--format", "concise"], Some(&input));
    outcome.assert_exit(&[1], "10 MB line");
    assert_eq!(
        concise_lines(&outcome),
        vec![
            "<stdin>:2:1: error[payload/invalid-json] line 2 is longer than 1 MiB (10485760 bytes); it was skipped unread",
            "<stdin>:3:1: error[payload/duplicate] messageId \"m-1\" was already sent on line 1 (a retry that double fires?)",
        ]
    );
}

#[test]
fn invalid_utf8_binary_and_deep_nesting_are_diagnostics_at_their_lines() {
    let dir = catalog("bytes");
    let mut input = Vec::new();
    input.extend(b"{\"type\":\"track\",\"event\":\"order_placed\xff\xfe\"}\n");
    input.extend([0u8, 159, 146, 150, 0, 1, 2, 27, b'\n']);
    input.extend(
        format!(
            "{{\"type\":\"track\",\"event\":\"order_placed\",\"properties\":{{\"a\":{}1{}}}}}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        )
        .bytes(),
    );
    // Keys nobody reads are skipped without recursion, however deep: no diagnostic.
    input.extend(
        format!(
            "{{\"a\":{}1{}}}\n",
            "{\"b\":".repeat(5_000),
            "}".repeat(5_000)
        )
        .bytes(),
    );
    input.extend(b"\"just a string\"\n");
    let outcome = validate(&dir, &["-", "--format", "concise"], Some(&input));
    outcome.assert_exit(&[1], "bytes");
    let lines = concise_lines(&outcome);
    assert_eq!(lines.len(), 4, "{}", outcome.stdout);
    assert_eq!(
        lines[0],
        "<stdin>:1:1: error[payload/invalid-json] line 1 is not valid JSON: it is not UTF-8 (an invalid byte at column 38)"
    );
    assert!(lines[1].starts_with(
        "<stdin>:2:1: error[payload/invalid-json] line 2 is not valid JSON: it is not UTF-8"
    ));
    assert!(
        lines[2].contains("line 3 is not valid JSON: it is nested deeper than 128 levels"),
        "{}",
        lines[2]
    );
    assert!(lines[3].ends_with("line 5 is a string, not a JSON object (a Segment call)"));
    // Nothing raw from the input reaches the terminal.
    assert!(!outcome.stdout_bytes.contains(&27));
}

#[test]
fn control_characters_in_event_names_are_escaped_in_every_format() {
    let dir = catalog("controls");
    let input = b"{\"type\":\"track\",\"event\":\"x\\u001b]0;pwned\\u0007\\u202e\\n::error::y\",\"anonymousId\":\"a\"}\n";
    for format in ["human", "concise", "github", "junit", "json", "sarif"] {
        let outcome = validate(&dir, &["-", "--format", format], Some(input));
        outcome.assert_exit(&[1], format);
        let shown = &outcome.stdout_bytes;
        assert!(
            !shown.contains(&0x1b),
            "{format}: raw ESC\n{}",
            outcome.stdout
        );
        assert!(!shown.contains(&0x07), "{format}: raw BEL");
        assert!(
            !outcome.stdout.contains('\u{202e}'),
            "{format}: raw bidi override"
        );
        assert!(
            !outcome.stdout.lines().any(|l| l.starts_with("::error::y")),
            "{format}: injected workflow command\n{}",
            outcome.stdout
        );
        assert!(
            outcome.stdout.contains("pwned"),
            "{format}: the name is shown"
        );
    }
}

#[test]
fn a_truncated_gzip_is_an_error_after_the_lines_before_it() {
    let dir = catalog("truncated");
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    for n in 1..=2000 {
        encoder.write_all(call(n).as_bytes()).unwrap();
    }
    encoder
        .write_all(b"{\"type\":\"track\",\"event\":\"nope\",\"anonymousId\":\"a\"}\n")
        .unwrap();
    for n in 1..=2000 {
        encoder.write_all(call(n + 5000).as_bytes()).unwrap();
    }
    let mut bytes = encoder.finish().unwrap();
    bytes.truncate(bytes.len() * 3 / 4);
    common::write(&dir, "cut.ndjson.gz", &bytes);
    let outcome = validate(&dir, &["cut.ndjson.gz", "--format", "concise"], None);
    outcome.assert_exit(&[2], "truncated gzip");
    assert_eq!(
        concise_lines(&outcome),
        vec![
            "cut.ndjson.gz:2001:1: error[payload/unknown-event] event \"nope\" is not in the dictionary"
        ]
    );
    assert!(
        outcome
            .stderr
            .contains("error: cannot read cut.ndjson.gz: the gzip stream is truncated"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_gzip_bomb_stops_with_an_error_in_bounded_time() {
    let dir = catalog("bomb");
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; 1024 * 1024];
    // 2 GiB of zeros, about 2 MB compressed: without the cap, minutes of decompression.
    for _ in 0..2048 {
        encoder.write_all(&zeros).unwrap();
    }
    let bytes = encoder.finish().unwrap();
    assert!(bytes.len() < 4 * 1024 * 1024);
    common::write(&dir, "bomb.ndjson.gz", &bytes);
    let outcome = validate(&dir, &["bomb.ndjson.gz", "--format", "concise"], None);
    outcome.assert_exit(&[2], "gzip bomb");
    assert!(
        outcome.stderr.contains("a gzip bomb?"),
        "{}",
        outcome.stderr
    );
    assert!(outcome.seconds < 60.0, "{:.1} s", outcome.seconds);
    // The same bytes on stdin are recognised as gzip and capped too.
    let outcome = validate(&dir, &["-", "--format", "concise"], Some(&bytes));
    outcome.assert_exit(&[2], "gzip bomb on stdin");
    assert!(
        outcome.stderr.contains("cannot read <stdin>"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn huge_batches_and_endless_distinct_names_keep_tables_bounded() {
    let dir = catalog("tables");
    // 10k calls (the most one batch line may hold) stay under the 1 MiB line limit.
    let mut input = String::from("{\"batch\":[");
    for n in 0..10_000 {
        if n > 0 {
            input.push(',');
        }
        input.push_str("{\"type\":\"page\"}");
    }
    input.push_str("]}\n");
    for n in 0..20_000 {
        input.push_str(&format!(
            "{{\"type\":\"track\",\"event\":\"event_{n}\",\"anonymousId\":\"a\",\"context\":{{\"library\":{{\"name\":\"web-sdk\",\"version\":\"{n}.0.0-rc\"}}}}}}\n"
        ));
        input.push_str(&format!("{{\"type\":\"type_{n}\"}}\n"));
    }
    let outcome = validate(
        &dir,
        &["-", "--format", "concise", "--report", "report.json"],
        Some(input.as_bytes()),
    );
    outcome.assert_exit(&[1], "tables");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["skipped"]["page"], 10_000);
    assert_eq!(report["skipped"].as_object().unwrap().len(), 33);
    assert_eq!(report["events"].as_array().unwrap().len(), 1_000);
    assert_eq!(report["other_unknown_events"], 19_000);
    assert_eq!(report["libraries"].as_array().unwrap().len(), 10_000);
    assert_eq!(report["other_libraries"], 10_000);
    let human = validate(&dir, &["-"], Some(input.as_bytes()));
    let table = human.stdout.split("Payloads:").nth(1).unwrap_or_default();
    assert!(table.lines().count() < 80, "{}", common::excerpt(table));
    assert!(
        table.contains("other (980 more events)"),
        "{}",
        common::excerpt(table)
    );
}

#[test]
fn a_payload_dated_1970_is_counted_outside_the_volume_window() {
    let dir = catalog("epoch");
    let mut input = String::new();
    for n in 0..600 {
        input.push_str(&call(n));
    }
    input.push_str(&call(9999).replace("2026-11-28T10:", "1970-01-01T00:"));
    input.push_str(&call(10000).replace("2026-11-28T10:", "+999999-01-01T00:"));
    // jiff's last instant is 9999-12-30T22:00Z (so every offset stays in range).
    input.push_str(&call(10001).replace("2026-11-28T10:", "9999-12-30T10:"));
    let outcome = validate(
        &dir,
        &[
            "-",
            "--volume",
            "--format",
            "concise",
            "--report",
            "report.json",
        ],
        Some(input.as_bytes()),
    );
    outcome.assert_exit(&[0, 1], "1970");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["volume_window"]["outside"], 2, "{}", outcome.stdout);
    // 10:00 UTC is 15:30 in Kolkata, inside the hour that began at 15:00 there.
    assert_eq!(
        report["volume_window"]["first_hour"],
        "2026-11-28T15:00:00+05:30"
    );
    assert!(outcome.seconds < 60.0);
    assert!(
        outcome
            .stdout
            .contains("error[payload/timestamp-offset] timestamp \"+999999-01-01T00:"),
        "{}",
        outcome.stdout
    );
}

/// A batch line of a million tiny items builds at most 10,000 calls and a dozen diagnostics,
/// whatever its length: 8 MiB of `{"batch":[1,1,...]}` once took 2.2 GB and 14 s.
#[test]
fn batch_lines_build_at_most_their_cap() {
    let dir = catalog("batch-cap");
    let items = 500_000;
    let line = format!("{{\"batch\":[{}]}}\n", vec!["1"; items].join(","));
    let input = line.repeat(8);
    let outcome = validate(
        &dir,
        &["-", "--format", "concise", "--report", "report.json"],
        Some(input.as_bytes()),
    );
    outcome.assert_exit(&[1], "batch cap");
    let lines = concise_lines(&outcome);
    // Per line: 10 items named, one "more items" summary, one "holds N items" note.
    assert_eq!(lines.len(), 8 * 12, "{}", common::excerpt(&outcome.stdout));
    let said = |text: &str| {
        lines.iter().any(|l| {
            l.starts_with("<stdin>:1:1: error[payload/invalid-json] ") && l.ends_with(text)
        })
    };
    assert!(said(
        "] 9990 more items of the batch on line 1 are not JSON objects"
    ));
    assert!(said(
        "] batch item 9 of line 1 is an integer, not a JSON object"
    ));
    assert!(!said(
        "] batch item 10 of line 1 is an integer, not a JSON object"
    ));
    assert!(said(&format!(
        "] the batch on line 1 holds {items} items, more than the 10000 checked; the other {} were not read (Segment accepts at most 500 KB a batch)",
        items - 10_000
    )));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["payloads"], 8 * 10_000);
    assert_eq!(report["invalid"], 8 * 10_000);
    assert!(outcome.seconds < 30.0, "{:.1} s", outcome.seconds);
}

/// Five thousand banded events with payloads a month apart: 3.7 million judged event-hours.
/// Each hour is counted; only the first 100,000 diagnostics and 50,000 listed hours are built.
#[test]
fn a_volume_window_of_millions_of_event_hours_builds_only_its_caps() {
    let dir = common::scratch("hostile_validate", "volume-cap");
    const EVENTS: usize = 5_000;
    common::write(&dir, "tracklint.yaml", "catalog: [events.yaml]\n");
    let mut events = String::from("events:\n");
    let mut input = String::new();
    for n in 0..EVENTS {
        events.push_str(&format!(
            "  event_{n}_sent:\n    owner: shop\n    consent: necessary\n    volume: {{min_per_hour: 5, max_per_hour: 10}}\n"
        ));
        for day in ["2026-10-01T10:00:00Z", "2026-10-31T10:00:00Z"] {
            input.push_str(&format!(
                "{{\"type\":\"track\",\"event\":\"event_{n}_sent\",\"anonymousId\":\"a\",\"timestamp\":\"{day}\"}}\n"
            ));
        }
    }
    common::write(&dir, "events.yaml", events);
    let outcome = validate(
        &dir,
        &[
            "-",
            "--volume",
            "--format",
            "concise",
            "--report",
            "report.json",
        ],
        Some(input.as_bytes()),
    );
    outcome.assert_exit(&[1], "volume cap");
    assert_eq!(concise_lines(&outcome).len(), 100_000);
    assert!(
        outcome.stderr.contains("payload/volume-out-of-band: "),
        "{}",
        common::excerpt(&outcome.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["volume"].as_array().unwrap().len(), 50_000);
    // 719 judged hours (721 in the window, less its partial first and last) per event.
    let judged = EVENTS as u64 * 719;
    assert!(
        report["diagnostics"]["errors"].as_u64().unwrap_or_default() >= judged,
        "{}",
        report["diagnostics"]
    );
}

const BAD_PATTERN_CATALOG: &str = "\
properties:
  currency:
    type: string
    pattern: \"[\"
    description: ISO code.
events:
  order_placed:
    description: An order was placed.
    owner: shop
    consent: necessary
    properties:
      currency: required
      code: {type: string, maxLength: 3, required: true, description: Code.}
";

/// `pattern: "["` once made `check` silent and `validate` drop the event's whole validator
/// (maxLength and required unchecked, exit 0). Now: a check error at the pattern, and
/// `validate` stops with exit 2 before reading a payload.
#[test]
fn a_pattern_that_does_not_compile_fails_closed() {
    let dir = common::scratch("hostile_validate", "bad-pattern");
    common::write(&dir, "tracklint.yaml", "catalog: [events.yaml]\n");
    common::write(&dir, "events.yaml", BAD_PATTERN_CATALOG);
    let check = run_limited(
        &dir,
        &["check", "--format", "concise", "--select", "structure"],
        MEMORY_MB,
        30,
        None,
    );
    check.assert_exit(&[1], "check");
    assert_eq!(
        check.stdout,
        "events.yaml:4:14: error[structure/invalid-pattern] property \"currency\" has a pattern that cannot be used: \"[\": it is not a regular expression (unclosed character class)\n"
    );
    let json = run_limited(
        &dir,
        &["check", "--format", "json", "--select", "structure"],
        MEMORY_MB,
        30,
        None,
    );
    let items: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        (
            &items[0]["line"],
            &items[0]["column"],
            &items[0]["end_line"],
            &items[0]["end_column"]
        ),
        (
            &serde_json::json!(4),
            &serde_json::json!(14),
            &serde_json::json!(4),
            &serde_json::json!(17)
        )
    );
    let call = "{\"type\":\"track\",\"event\":\"order_placed\",\"anonymousId\":\"a\",\"properties\":{\"code\":\"far too long\"}}\n";
    let outcome = validate(&dir, &["-"], Some(call.as_bytes()));
    outcome.assert_exit(&[2], "validate");
    assert!(
        outcome
            .stderr
            .contains("property \"currency\" at events.yaml:4:14")
            && outcome.stderr.contains("no payload was read"),
        "{}",
        outcome.stderr
    );
    assert_eq!(outcome.stdout, "");
}

/// A hundred events sharing a pattern that compiles to megabytes (`[\p{L}\p{N}]{200}`) once
/// took 65 s and 3.5 GB in `validate`: each distinct pattern is now compiled once, within a
/// size budget, and refused over it.
#[test]
fn a_costly_pattern_is_refused_once_in_bounded_time() {
    let dir = common::scratch("hostile_validate", "costly-pattern");
    common::write(&dir, "tracklint.yaml", "catalog: [events.yaml]\n");
    let mut events = String::from("events:\n");
    for n in 0..100 {
        events.push_str(&format!(
            "  event_{n}_sent:\n    owner: shop\n    consent: necessary\n    properties:\n      name: {{type: string, pattern: \"[\\\\p{{L}}\\\\p{{N}}]{{200}}\", description: Name.}}\n"
        ));
    }
    common::write(&dir, "events.yaml", events);
    let check = run_limited(
        &dir,
        &[
            "check",
            "--format",
            "concise",
            "--select",
            "structure/invalid-pattern",
        ],
        512,
        30,
        None,
    );
    check.assert_exit(&[1], "check");
    let lines = concise_lines(&check);
    assert_eq!(lines.len(), 100);
    assert!(
        lines[0].ends_with("it compiles to more than 1024 KiB, the budget of one pattern"),
        "{}",
        lines[0]
    );
    assert!(check.seconds < 20.0, "{:.1} s", check.seconds);
    let outcome = validate(&dir, &["-"], Some(b"{}\n"));
    outcome.assert_exit(&[2], "validate");
    assert!(outcome.seconds < 20.0, "{:.1} s", outcome.seconds);
}

/// A call built by `arbitrary` from random bytes: every field may be missing, of the wrong
/// type, or hold hostile text; some lines are raw bytes or batches.
#[derive(Debug, arbitrary::Arbitrary)]
enum FuzzLine {
    Call(Box<FuzzCall>),
    Batch(Vec<FuzzCall>),
    Raw(Vec<u8>),
}

#[derive(Debug, arbitrary::Arbitrary)]
struct FuzzCall {
    kind: Option<FuzzValue>,
    event: Option<FuzzValue>,
    message_id: Option<FuzzValue>,
    anonymous_id: Option<FuzzValue>,
    user_id: Option<FuzzValue>,
    timestamp: Option<FuzzValue>,
    properties: Option<Vec<(FuzzName, FuzzValue)>>,
    library: Option<(FuzzValue, FuzzValue)>,
    consent: Option<Vec<(String, bool)>>,
}

#[derive(Debug, arbitrary::Arbitrary)]
enum FuzzName {
    Known(u8),
    Other(String),
}

#[derive(Debug, arbitrary::Arbitrary)]
enum FuzzValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Known(u8),
    List(Vec<FuzzValue>),
    Object(Vec<(String, FuzzValue)>),
}

const WORDS: &[&str] = &[
    "track",
    "order_completed",
    "page_viewed",
    "Order Completed",
    "order_id",
    "currency",
    "total",
    "items",
    "coupon",
    "SAVE10",
    "USD",
    "usd",
    "sku",
    "web-sdk",
    "ios-sdk",
    "1.0.0",
    "2.1.0",
    "2026-11-28T10:00:00Z",
    "2026-11-28T10:00:00",
    "27/11/2026 10:00",
    "",
];

impl FuzzValue {
    fn json(&self, depth: usize) -> serde_json::Value {
        use serde_json::Value;
        match self {
            FuzzValue::Null => Value::Null,
            FuzzValue::Bool(b) => Value::Bool(*b),
            FuzzValue::Int(n) => Value::from(*n),
            FuzzValue::Float(f) => {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
            FuzzValue::Text(t) => Value::from(t.as_str()),
            FuzzValue::Known(i) => Value::from(WORDS[*i as usize % WORDS.len()]),
            FuzzValue::List(items) if depth < 8 => {
                Value::Array(items.iter().map(|v| v.json(depth + 1)).collect())
            }
            FuzzValue::Object(entries) if depth < 8 => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), v.json(depth + 1)))
                    .collect(),
            ),
            _ => Value::Null,
        }
    }
}

impl FuzzCall {
    fn json(&self) -> serde_json::Value {
        let mut call = serde_json::Map::new();
        let mut put = |key: &str, value: &Option<FuzzValue>| {
            if let Some(value) = value {
                call.insert(key.to_owned(), value.json(0));
            }
        };
        put("type", &self.kind);
        put("event", &self.event);
        put("messageId", &self.message_id);
        put("anonymousId", &self.anonymous_id);
        put("userId", &self.user_id);
        put("timestamp", &self.timestamp);
        if let Some(properties) = &self.properties {
            let map = properties
                .iter()
                .map(|(name, value)| {
                    let name = match name {
                        FuzzName::Known(i) => WORDS[*i as usize % WORDS.len()].to_owned(),
                        FuzzName::Other(text) => text.clone(),
                    };
                    (name, value.json(0))
                })
                .collect();
            call.insert("properties".into(), serde_json::Value::Object(map));
        }
        let mut context = serde_json::Map::new();
        if let Some((name, version)) = &self.library {
            context.insert(
                "library".into(),
                serde_json::json!({"name": name.json(0), "version": version.json(0)}),
            );
        }
        if let Some(consent) = &self.consent {
            let preferences: serde_json::Map<String, serde_json::Value> = consent
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::Bool(*v)))
                .collect();
            context.insert(
                "consent".into(),
                serde_json::json!({"categoryPreferences": preferences}),
            );
        }
        if !context.is_empty() {
            call.insert("context".into(), serde_json::Value::Object(context));
        }
        serde_json::Value::Object(call)
    }
}

/// The short, in-test version of the `payload_lines` fuzz target: random lines through the
/// reader, the per-call checks and the collector. Nothing panics, every line is accounted
/// for, and every diagnostic points at a line that exists.
#[test]
fn random_payload_lines_are_checked_without_panics() {
    use tracklint::payload::sample;
    let mut sources = tracklint::syntax::source::Sources::new();
    let (catalog, config) = sample::catalog(&mut sources);
    assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut payloads = 0;
    let mut rules = std::collections::BTreeSet::new();
    for round in 0..200 {
        let mut bytes = vec![0u8; 8192];
        for byte in bytes.iter_mut() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            *byte = seed as u8;
        }
        let mut unstructured = arbitrary::Unstructured::new(&bytes);
        let lines: Vec<FuzzLine> = (0..24)
            .map_while(|_| unstructured.arbitrary().ok())
            .collect();
        let mut text = Vec::new();
        for line in &lines {
            match line {
                FuzzLine::Call(call) => text.extend(call.json().to_string().into_bytes()),
                FuzzLine::Batch(calls) => {
                    let batch: Vec<_> = calls.iter().map(FuzzCall::json).collect();
                    text.extend(serde_json::json!({"batch": batch}).to_string().into_bytes());
                }
                FuzzLine::Raw(raw) => text.extend(raw.iter().filter(|&&b| b != b'\n')),
            }
            text.push(b'\n');
        }
        let validation = sample::validate_bytes(&catalog, &config, &sources, text, round % 2 == 0)
            .expect("the sample catalog validates");
        assert!(validation.invalid <= validation.payloads, "round {round}");
        payloads += validation.payloads;
        for diagnostic in &validation.diagnostics {
            rules.insert(diagnostic.rule.to_string());
            if let Some(line) = diagnostic.line {
                assert!(
                    line >= 1 && line as usize <= lines.len(),
                    "round {round}: line {line} of {}",
                    lines.len()
                );
            }
        }
    }
    // The generator reaches the checks, not only the JSON parser.
    assert!(payloads > 500, "{payloads} payloads");
    for rule in [
        "payload/invalid-json",
        "payload/unknown-event",
        "payload/schema",
    ] {
        assert!(rules.contains(rule), "{rule} never fired: {rules:?}");
    }
}
