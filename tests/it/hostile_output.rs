//! Output injection (SPEC §8, hardening issue item 14): names chosen by whoever writes the
//! catalog hold terminal escapes, bidi overrides and line breaks; no format may print them raw.
//! And JSON/SARIF are written streaming (item 4): ~300k diagnostics stay in bounded memory.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{Outcome, clean_catalog, excerpt, run_limited, scratch, write};
use regex::Regex;
use serde_json::Value;

/// An event name with an OSC window-title sequence and a bell.
const EVENT_ESC: &str = "a\u{1b}]0;TITLE\u{7}b_sent";
/// An event name that would start a workflow command on its own line.
const EVENT_LINE: &str = "z\n::error file=x::injected";
/// An event name with a C1 CSI, DEL and a right-to-left override.
const EVENT_C1: &str = "y\u{9b}\u{7f}\u{202e}_sent";
/// A property the hostile event uses but nobody defines (clears the screen, flips the text).
const PROPERTY: &str = "p\u{1b}[2J\u{202e}";
/// A property defined in the hostile file.
const PROPERTY_DEFINED: &str = "q\u{1b}]0;TITLE\u{7}\u{202e}";
const PLAN: &str = "web\u{1b}]0;T\u{7}\n::error file=x::injected";
/// An event the hostile plan lists but the dictionary lacks (so the plan id is printed).
const MISSING: &str = "u\u{1b}[2J\u{202e}_missing";
const OWNER: &str = "o\u{1b}[2J\u{9b}\u{7f}";
const DESCRIPTION: &str = "d\u{1b}]0;TITLE\u{7} \u{202e}";
const TRIGGER: &str = "t\u{1b}[2J\u{202e}\n::error file=x::injected";
/// Look-alike names: `order_completed` followed by Unicode tag characters, and one with a
/// soft hyphen inside. Both print as `order_completed` where they are not escaped.
const LOOKALIKE: &str = "order_completed\u{e0041}\u{e0042}";
const SOFT_HYPHEN: &str = "order\u{ad}_completed";
/// A dictionary file whose name holds an escape sequence and a line break.
const FILE: &str = "dictionary/f\u{1b}[2J\u{202e}\n::error file=x::injected.yaml";

/// A YAML double-quoted scalar for `text`: every character outside printable ASCII escaped.
fn q(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            ' '..='~' => quoted.push(c),
            c if u32::from(c) > 0xffff => quoted.push_str(&format!("\\U{:08x}", u32::from(c))),
            c => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
        }
    }
    quoted.push('"');
    quoted
}

/// `tracklint init`'s catalog plus hostile names everywhere they are printed: events,
/// properties, a plan, an owner, a description, a CRM trigger and a file name.
fn hostile_catalog(name: &str) -> PathBuf {
    let dir = clean_catalog("hostile_output", name);
    let events = dir.join("dictionary/events.yaml");
    let mut dictionary = std::fs::read_to_string(&events).unwrap();
    dictionary.push_str(&format!(
        "
  {event}:
    description: {description}
    owner: {owner}
    consent: necessary
    properties:
      plan_tier: required
      {property}: optional
    crm: {{eligible: true, trigger: {trigger}}}
  {line}:
    description: A name with a line break.
    owner: growth
    consent: analytics
    properties:
      plan_tier: required
  {lookalike}:
    description: Looks like order_completed.
    owner: growth
    consent: analytics
    properties:
      plan_tier: required
  {soft_hyphen}:
    description: Also looks like order_completed.
    owner: growth
    consent: analytics
    properties:
      plan_tier: required
",
        event = q(EVENT_ESC),
        description = q(DESCRIPTION),
        owner = q(OWNER),
        property = q(PROPERTY),
        trigger = q(TRIGGER),
        line = q(EVENT_LINE),
        lookalike = q(LOOKALIKE),
        soft_hyphen = q(SOFT_HYPHEN),
    ));
    std::fs::write(&events, dictionary).unwrap();
    write(
        &dir,
        FILE,
        format!(
            "properties:
  {property}:
    type: string
    description: A property.
events:
  {event}:
    description: Another.
    owner: growth
    consent: analytics
    properties:
      plan_tier: required
",
            property = q(PROPERTY_DEFINED),
            event = q(EVENT_C1),
        ),
    );
    write(
        &dir,
        "plans/evil.yaml",
        format!(
            "plan: {plan}
description: {description}
owner: {owner}
source:
  kind: client
  library: analytics.js
destinations: [warehouse]
identity: [anonymous_id, user_id]
events:
  {event}: {{}}
  {line}: {{}}
  {missing}: {{}}
",
            plan = q(PLAN),
            description = q(DESCRIPTION),
            owner = q(OWNER),
            event = q(EVENT_ESC),
            line = q(EVENT_LINE),
            missing = q(MISSING),
        ),
    );
    dir
}

/// The hostile catalog plus a file with raw control characters in a key, which YAML rejects:
/// its syntax error shows the raw line in the human snippet.
fn hostile_catalog_with_raw_line(name: &str) -> PathBuf {
    let dir = hostile_catalog(name);
    write(
        &dir,
        "dictionary/raw.yaml",
        "events:\n  raw\u{1b}]0;T\u{7}\u{202e}_sent:\n    description: Raw controls.\n",
    );
    dir
}

/// Characters no output may carry raw: C0 but the line feed, DEL, C1, line and paragraph
/// separators, and the invisible and bidirectional formatting characters (this test's own
/// list of the Default_Ignorable_Code_Point ranges of Unicode 16, independent of the code).
fn forbidden(c: char) -> bool {
    (c < ' ' && c != '\n')
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Asserts both streams are UTF-8 without a forbidden character.
fn assert_clean(outcome: &Outcome, what: &str) {
    for (stream, bytes) in [
        ("stdout", &outcome.stdout_bytes),
        ("stderr", &outcome.stderr_bytes),
    ] {
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{what}: {stream} is not UTF-8: {e}"));
        if let Some((at, c)) = text.char_indices().find(|&(_, c)| forbidden(c)) {
            panic!(
                "{what}: {stream} holds U+{:04X} at byte {at}:\n{}",
                u32::from(c),
                excerpt(&text.escape_debug().to_string())
            );
        }
    }
}

/// The Rust-style escape every text format shows a name with.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if forbidden(c) || c == '\n' {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn run(dir: &Path, args: &[&str]) -> Outcome {
    run_limited(dir, args, 512, 10, None)
}

fn check(dir: &Path, format: &str) -> Outcome {
    let outcome = run(dir, &["check", "--format", format, "--color", "never"]);
    outcome.assert_exit(&[1], &format!("check --format {format}"));
    assert_clean(&outcome, &format!("check --format {format}"));
    outcome
}

/// Messages the hostile catalog must produce, with the names as they are.
fn expected_messages() -> Vec<String> {
    vec![
        format!("event \"{EVENT_ESC}\" is not snake_case"),
        format!("event \"{EVENT_LINE}\" is not snake_case"),
        format!("event \"{EVENT_C1}\" is not snake_case"),
        format!("property \"{PROPERTY_DEFINED}\" is not snake_case"),
        format!("event \"{LOOKALIKE}\" is not snake_case"),
        format!("event \"{SOFT_HYPHEN}\" is not snake_case"),
        format!(
            "event \"{EVENT_ESC}\" references property \"{PROPERTY}\", which the catalog does not define"
        ),
        format!("plan \"{PLAN}\" lists event \"{MISSING}\", which the dictionary does not define"),
    ]
}

/// The diagnostics of `check --format json`.
fn json_items(stdout: &str) -> Vec<Value> {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", excerpt(stdout)))
}

#[test]
fn json_escapes_every_hidden_character_and_round_trips() {
    let dir = hostile_catalog_with_raw_line("json");
    let outcome = check(&dir, "json");
    // serde_json escapes C0; DEL, C1 and bidi characters must be `\u` escapes too.
    assert!(outcome.stdout.contains(r"y\u009b\u007f\u202e_sent"));
    let items = json_items(&outcome.stdout);
    let messages: Vec<&str> = items
        .iter()
        .map(|i| i["message"].as_str().unwrap())
        .collect();
    for message in expected_messages() {
        assert!(messages.contains(&message.as_str()), "{message:?} missing");
    }
    let file_rules: Vec<(&str, &str)> = items
        .iter()
        .filter(|i| i["file"] == FILE)
        .map(|i| (i["rule"].as_str().unwrap(), i["message"].as_str().unwrap()))
        .collect();
    assert!(
        file_rules.contains(&("naming/case", &expected_messages()[2])),
        "{file_rules:?}"
    );
}

/// Undoes SARIF's percent-encoding of a URI.
fn percent_decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut decoded = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            decoded.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).unwrap()
}

#[test]
fn sarif_escapes_every_hidden_character_and_round_trips() {
    let dir = hostile_catalog_with_raw_line("sarif");
    let json = json_items(&check(&dir, "json").stdout);
    let outcome = check(&dir, "sarif");
    let sarif: Value = serde_json::from_str(&outcome.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), json.len());
    let texts: Vec<&str> = results
        .iter()
        .map(|r| r["message"]["text"].as_str().unwrap())
        .collect();
    for message in expected_messages() {
        assert!(
            texts.iter().any(|t| t.starts_with(&format!("{message}\n"))),
            "{message:?} missing"
        );
    }
    let uris: Vec<String> = results
        .iter()
        .map(|r| {
            percent_decode(
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap(),
            )
        })
        .collect();
    assert!(uris.iter().any(|uri| uri == FILE), "{uris:?}");
}

#[test]
fn human_escapes_messages_names_and_snippets() {
    let dir = hostile_catalog_with_raw_line("human");
    let json = json_items(&check(&dir, "json").stdout);
    let outcome = check(&dir, "human");
    let text = &outcome.stdout;
    assert!(text.contains(&format!("event \"{}\" is not snake_case", shown(EVENT_ESC))));
    assert!(text.contains(&format!("[{}:6:3]", shown(FILE))), "{text}");
    assert!(text.contains(&shown(PLAN)));
    // The raw line of raw.yaml, with control pictures that keep the snippet aligned.
    assert!(text.contains("  raw␛]0;T␇\\u{202e}_sent:"), "{text}");
    assert!(text.contains(&format!(
        "Found {} errors",
        json.iter().filter(|i| i["severity"] == "error").count()
    )));
}

#[test]
fn concise_has_one_escaped_line_per_diagnostic() {
    let dir = hostile_catalog_with_raw_line("concise");
    let json = json_items(&check(&dir, "json").stdout);
    let outcome = check(&dir, "concise");
    let lines: Vec<&str> = outcome.stdout.lines().collect();
    assert_eq!(lines.len(), json.len(), "{}", outcome.stdout);
    let line = format!(
        "{}:6:3: error[naming/case] event \"{}\" is not snake_case",
        shown(FILE),
        shown(EVENT_C1)
    );
    assert!(lines.contains(&line.as_str()), "{line}\n{}", outcome.stdout);
}

#[test]
fn github_has_one_command_per_diagnostic_and_no_injected_line() {
    let dir = hostile_catalog_with_raw_line("github");
    let json = json_items(&check(&dir, "json").stdout);
    let outcome = check(&dir, "github");
    let command = Regex::new(concat!(
        r"^::(error|warning|notice) file=([^,:]+),line=\d+,endLine=\d+,col=\d+,",
        r"endColumn=\d+,title=([^,:]+)::(.*)$"
    ))
    .unwrap();
    let lines: Vec<&str> = outcome.stdout.lines().collect();
    assert_eq!(lines.len(), json.len(), "{}", outcome.stdout);
    for (line, item) in lines.iter().zip(&json) {
        let parts = command
            .captures(line)
            .unwrap_or_else(|| panic!("not a workflow command: {line:?}"));
        // The runner decodes %0A to a line break inside the value: the file name stays one
        // property, however it reads.
        let file = parts[2].replace("%0A", "\n").replace("%3A", ":");
        assert_eq!(
            file,
            shown(item["file"].as_str().unwrap()).replace("\\u{a}", "\n")
        );
        let message = parts[4].replace("%0A", "\n");
        assert_eq!(
            message,
            shown(item["message"].as_str().unwrap()).replace("\\u{a}", "\n")
        );
    }
    assert!(
        outcome.stdout.contains(
            "file=dictionary/f\\u{1b}[2J\\u{202e}%0A%3A%3Aerror file=x%3A%3Ainjected.yaml,"
        )
    );
}

#[test]
fn junit_parses_and_shows_names_escaped() {
    let dir = hostile_catalog_with_raw_line("junit");
    let json = json_items(&check(&dir, "json").stdout);
    let outcome = check(&dir, "junit");
    let document = roxmltree::Document::parse(&outcome.stdout)
        .unwrap_or_else(|e| panic!("not XML ({e}):\n{}", outcome.stdout));
    let names: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert!(names.contains(&shown(FILE).as_str()), "{names:?}");
    let failures: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .filter_map(|n| n.attribute("message"))
        .collect();
    let errors = json.iter().filter(|i| i["severity"] == "error").count();
    assert_eq!(failures.len(), errors);
    for message in expected_messages() {
        assert!(
            failures.contains(&shown(&message).as_str()),
            "{message:?} missing: {failures:?}"
        );
    }
}

/// A baseline for diff and review: the clean catalog, where the hostile event exists at
/// version 1 with the hostile defined property (which the head then drops: a breaking change).
fn baseline(name: &str) -> PathBuf {
    let dir = clean_catalog("hostile_output", name);
    let events = dir.join("dictionary/events.yaml");
    let mut dictionary = std::fs::read_to_string(&events).unwrap();
    dictionary = dictionary.replacen(
        "properties:\n",
        &format!(
            "properties:\n  {}:\n    type: string\n    description: A property.\n",
            q(PROPERTY_DEFINED)
        ),
        1,
    );
    dictionary.push_str(&format!(
        "
  {event}:
    description: An event.
    owner: {owner}
    consent: necessary
    properties:
      plan_tier: required
      {property}: optional
",
        event = q(EVENT_ESC),
        owner = q(OWNER),
        property = q(PROPERTY_DEFINED),
    ));
    std::fs::write(&events, dictionary).unwrap();
    dir
}

#[test]
fn diff_escapes_names_in_every_format() {
    let base = baseline("diff-base");
    let head = hostile_catalog("diff-head");
    let base_arg = base.to_str().unwrap();
    let diff = |format: &str| {
        let outcome = run(&head, &["diff", base_arg, "--format", format]);
        outcome.assert_exit(&[1], &format!("diff --format {format}"));
        assert_clean(&outcome, &format!("diff --format {format}"));
        outcome
    };
    let changes: Vec<Value> = serde_json::from_str(&diff("json").stdout).unwrap();
    let removed = changes
        .iter()
        .find(|c| c["name"] == EVENT_ESC && c["kind"] == "property_removed")
        .unwrap_or_else(|| panic!("{changes:#?}"));
    assert_eq!(removed["breaking"], true);
    // Names round-trip through the JSON, in the name, the pointer and the message.
    assert_eq!(removed["old"], PROPERTY_DEFINED);
    assert_eq!(
        removed["pointer"],
        format!(
            "/properties/{}",
            PROPERTY_DEFINED.replace('~', "~0").replace('/', "~1")
        )
    );
    assert_eq!(
        removed["message"],
        format!("property {PROPERTY_DEFINED} removed")
    );
    assert!(changes.iter().any(|c| c["name"] == PLAN));

    let human = diff("human").stdout;
    assert!(
        human.contains(&format!("  event {} changed (v1)", shown(EVENT_ESC))),
        "{human}"
    );
    assert!(human.contains(&format!("property {} removed", shown(PROPERTY_DEFINED))));

    let markdown = diff("markdown").stdout;
    let rows: Vec<&str> = markdown.lines().filter(|l| l.starts_with("| ")).collect();
    // The header row, then one row per changed entity: no name adds a row or a cell.
    let mut entities: Vec<(&Value, &Value)> =
        changes.iter().map(|c| (&c["place"], &c["name"])).collect();
    entities.dedup();
    assert_eq!(rows.len(), entities.len() + 1, "{markdown}");
    for row in &rows {
        let unescaped = row.replace("\\\\", "").replace("\\|", "");
        assert_eq!(unescaped.matches('|').count(), 7, "{row}");
    }
    assert!(
        markdown.contains("a\\\\u\\{1b\\}\\]0;TITLE\\\\u\\{7\\}b\\_sent"),
        "{markdown}"
    );
    assert!(!markdown.contains("<img") && !markdown.contains("\n::"));
}

#[test]
fn review_escapes_names_and_json_round_trips() {
    let base = baseline("review-base");
    let head = hostile_catalog("review-head");
    let base_arg = base.to_str().unwrap();
    let review = |format: &str| {
        let outcome = run(
            &head,
            &["review", "--against", base_arg, "--format", format],
        );
        outcome.assert_exit(&[0], &format!("review --format {format}"));
        assert_clean(&outcome, &format!("review --format {format}"));
        outcome
    };
    let review_json: Value = serde_json::from_str(&review("json").stdout).unwrap();
    let item = review_json["pending"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["event"] == EVENT_ESC)
        .unwrap_or_else(|| panic!("{review_json:#?}"));
    assert_eq!(item["owner"], OWNER);
    assert_eq!(item["trigger"], TRIGGER);

    let human = review("human").stdout;
    assert!(
        human.contains(&format!(
            "{} (v1, owner {}) dictionary/events.yaml:",
            shown(EVENT_ESC),
            shown(OWNER)
        )),
        "{human}"
    );
    assert!(
        human.contains(&format!("  trigger: {}\n", shown(TRIGGER))),
        "{human}"
    );
    assert!(
        human.contains(&format!("property {} removed", shown(PROPERTY_DEFINED))),
        "{human}"
    );
}

/// A look-alike name reaches the docs page, the review's markdown and every diagnostic format
/// escaped: `order_completed` plus tag characters must never print as `order_completed`.
#[test]
fn lookalike_names_are_escaped_in_docs_and_review_markdown() {
    let dir = clean_catalog("hostile_output", "lookalike");
    write(
        &dir,
        "dictionary/lookalike.yaml",
        format!(
            "events:
  {lookalike}:
    description: {soft_hyphen}
    owner: lifecycle
    consent: marketing
    dedupe_key: plan_tier
    properties:
      plan_tier: required
    crm: {{eligible: true, trigger: {soft_hyphen}}}
",
            lookalike = q(LOOKALIKE),
            soft_hyphen = q(SOFT_HYPHEN),
        ),
    );
    for args in [
        &["docs", "--format", "html"][..],
        &["docs", "--format", "markdown"][..],
        &["review", "--format", "markdown"][..],
        &["review", "--format", "human"][..],
    ] {
        let outcome = run(&dir, args);
        outcome.assert_exit(&[0], &args.join(" "));
        assert_clean(&outcome, &args.join(" "));
        assert!(
            outcome.stdout.contains("e0041"),
            "{}: the hidden characters are not shown\n{}",
            args.join(" "),
            excerpt(&outcome.stdout)
        );
    }
    for format in ["concise", "json", "github", "human", "sarif", "junit"] {
        let outcome = run(&dir, &["check", "--format", format]);
        outcome.assert_exit(&[1], format);
        assert_clean(&outcome, format);
    }
}

#[test]
fn stderr_notes_cannot_inject_a_workflow_command() {
    let dir = clean_catalog("hostile_output", "stderr");
    let name = "x\n::error file=a::injected.yaml";
    std::os::unix::fs::symlink(
        "/nonexistent/target.yaml",
        dir.join("dictionary").join(name),
    )
    .unwrap();
    let outcome = run(&dir, &["check", "--format", "github"]);
    outcome.assert_exit(&[2], "dangling symlink");
    assert_clean(&outcome, "dangling symlink");
    assert!(
        outcome
            .stderr
            .contains(&format!("dictionary/{}", shown(name))),
        "{}",
        outcome.stderr
    );
    for line in outcome.stdout.lines().chain(outcome.stderr.lines()) {
        assert!(!line.starts_with("::error file=a"), "injected: {line:?}");
    }
}

/// A catalog of one dictionary file: `events` flow-style events, each breaking five rules.
fn many_diagnostics(events: usize) -> PathBuf {
    let dir = scratch("hostile_output", "many");
    write(&dir, "tracklint.yaml", "catalog: [dictionary]\n");
    let mut text = String::with_capacity(events * 14 + 8);
    text.push_str("events:\n");
    for i in 0..events {
        text.push_str(&format!("  Ev{i}: {{}}\n"));
    }
    write(&dir, "dictionary/big.yaml", text);
    dir
}

/// Counts per rule.
fn per_rule<'a>(rules: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for rule in rules {
        *counts.entry(rule.to_owned()).or_insert(0) += 1;
    }
    counts
}

/// Writing ~316k diagnostics as one JSON or SARIF document streams them: ~190 MB each (most of
/// it the diagnostics themselves). Building the whole `Value` tree first took ~0.9 GB for JSON
/// and ~2.2 GB for SARIF at this size, which the 2 GB cap (the issue's bound for ~1M-diagnostic
/// outputs) does not allow. The two runs go side by side to keep the debug test short.
#[test]
fn json_and_sarif_stream_300k_diagnostics_in_bounded_memory() {
    const EVENTS: usize = 60_000;
    let dir = many_diagnostics(EVENTS);
    let limited = |format: &'static str| {
        let outcome = run_limited(&dir, &["check", "--format", format], 2048, 60, None);
        outcome.assert_exit(&[1], format);
        outcome
    };
    let (json, sarif) = std::thread::scope(|scope| {
        let sarif = scope.spawn(|| limited("sarif"));
        (limited("json"), sarif.join().expect("sarif run"))
    });

    // `parse` uses serde_json's own (optimised) instance: quick even in a debug test.
    let items: Value = json.stdout.parse().expect("valid JSON");
    let items = items.as_array().expect("a JSON array");
    let counts = per_rule(items.iter().map(|i| i["rule"].as_str().unwrap()));
    for rule in [
        "governance/owner-missing",
        "governance/unplanned-event",
        "naming/case",
        "privacy/consent-missing",
        "properties/description-missing",
    ] {
        assert_eq!(counts.get(rule), Some(&EVENTS), "{rule}: {counts:?}");
    }
    assert!(items.len() >= 5 * EVENTS, "{counts:?}");

    let log: Value = sarif.stdout.parse().expect("valid JSON");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let sarif_counts = per_rule(results.iter().map(|r| r["ruleId"].as_str().unwrap()));
    assert_eq!(sarif_counts, counts);
}
