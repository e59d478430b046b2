//! Hostile usage files for `review --usage` (the CSV is attacker input): control characters
//! and bidi marks in names, a huge field, binary bytes, a FIFO, an unclosed quote, and a
//! million rows, each under a memory cap and a time limit.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Outcome, run_limited, scratch, write};
use serde_json::Value;

const MEMORY_MB: u64 = 1024;

const CATALOG: &str = "events:
  page_viewed:
    description: A page was viewed.
    owner: web
    consent: analytics
";

fn catalog(name: &str) -> PathBuf {
    let dir = scratch("hostile_review", name);
    write(
        &dir,
        "tracklint.yaml",
        "catalog: [dictionary]\nreview: {today: 2026-11-28}\n",
    );
    write(&dir, "dictionary/events.yaml", CATALOG);
    dir
}

fn review(dir: &Path, args: &[&str]) -> Outcome {
    let mut all = vec!["review", "--usage", "usage.csv"];
    all.extend_from_slice(args);
    run_limited(dir, &all, MEMORY_MB, 60, None)
}

/// No raw control or bidi character reaches the terminal, log or PR comment.
fn assert_no_raw_controls(outcome: &Outcome, what: &str) {
    for (stream, bytes) in [
        ("stdout", &outcome.stdout_bytes),
        ("stderr", &outcome.stderr_bytes),
    ] {
        let text = String::from_utf8_lossy(bytes);
        let raw = text
            .chars()
            .find(|&c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c));
        assert!(raw.is_none(), "{what}: raw {raw:?} on {stream}:\n{text}");
    }
}

#[test]
fn control_characters_in_names_are_escaped_in_every_format() {
    let dir = catalog("controls");
    write(
        &dir,
        "usage.csv",
        "event,count,last_seen\n\"evil\x1b]0;TITLE\x07\nline\u{202E}txt|`*\",5,2026-11-27\npage_viewed,1,2026-11-27\n",
    );
    let human = review(&dir, &[]);
    human.assert_exit(&[0], "human");
    assert_no_raw_controls(&human, "human");
    assert!(
        human.stdout.contains(
            "Tracked but not in the plan (1):\n  evil\\u{1b}]0;TITLE\\u{7}\\u{a}line\\u{202e}txt|`*: 5 in the export, last seen 2026-11-27\n"
        ),
        "{}",
        human.stdout
    );
    let markdown = review(&dir, &["--format", "markdown"]);
    markdown.assert_exit(&[0], "markdown");
    assert_no_raw_controls(&markdown, "markdown");
    let row = markdown
        .stdout
        .lines()
        .find(|l| l.starts_with("| evil"))
        .unwrap_or_else(|| panic!("{}", markdown.stdout));
    // One row of two cells: the name's pipe, backquote and star are escaped.
    assert_eq!(row.replace("\\|", "").matches('|').count(), 3, "{row}");
    assert!(row.contains("txt\\|\\`\\*"), "{row}");
    let json = review(&dir, &["--format", "json"]);
    json.assert_exit(&[0], "json");
    assert_no_raw_controls(&json, "json");
    let parsed: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        parsed["usage"]["unknown"][0]["event"],
        "evil\x1b]0;TITLE\x07\nline\u{202E}txt|`*"
    );
}

#[test]
fn a_huge_field_is_refused_naming_the_line() {
    let dir = catalog("huge-field");
    let mut csv = b"event,count,last_seen\npage_viewed,1,2026-11-27\n\"".to_vec();
    csv.extend(std::iter::repeat_n(b'x', 8 * 1024 * 1024));
    csv.extend(b"\",1,\n");
    write(&dir, "usage.csv", &csv);
    let outcome = review(&dir, &[]);
    outcome.assert_exit(&[2], "huge field");
    assert!(
        outcome
            .stderr
            .contains("usage.csv: line 3: a field is over 1024 bytes"),
        "{}",
        outcome.stderr
    );
    outcome.assert_absent("xxxxxxxx", "huge field");
}

#[test]
fn binary_bytes_and_broken_quotes_are_errors_not_panics() {
    let dir = catalog("binary");
    let binary: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    let mut csv = b"event,count,last_seen\n".to_vec();
    csv.extend(&binary);
    write(&dir, "usage.csv", &csv);
    let outcome = review(&dir, &[]);
    outcome.assert_exit(&[2], "binary usage file");
    assert!(
        outcome
            .stderr
            .contains("usage.csv: line 2 has 1 field, the header has 3"),
        "{}",
        outcome.stderr
    );
    assert_no_raw_controls(&outcome, "binary usage file");

    write(
        &dir,
        "usage.csv",
        "event,count,last_seen\n\"page_viewed,1,2026-11-27\n",
    );
    let unclosed = review(&dir, &[]);
    unclosed.assert_exit(&[2], "unclosed quote");
    assert!(
        unclosed
            .stderr
            .contains("usage.csv: line 2: a quoted field is not closed"),
        "{}",
        unclosed.stderr
    );

    write(&dir, "usage.csv", b"\xff\xfe\x00e\x00v\x00".as_slice());
    let utf16 = review(&dir, &[]);
    utf16.assert_exit(&[2], "UTF-16 usage file");
    assert!(
        utf16.stderr.contains("usage.csv: line 1:"),
        "{}",
        utf16.stderr
    );
}

#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = catalog("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("usage.csv"))
        .status()
        .expect("run mkfifo");
    assert!(made.success());
    let outcome = review(&dir, &[]);
    outcome.assert_exit(&[2], "FIFO usage file");
    assert!(
        outcome
            .stderr
            .contains("usage.csv: it is a FIFO, not a regular file"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_million_rows_stay_within_memory_and_time() {
    let dir = catalog("million");
    let mut csv = String::with_capacity(32 * 1024 * 1024);
    csv.push_str("event,count,last_seen\n");
    for i in 0..1_000_000u32 {
        csv.push_str(&format!("event_{i},{},2026-11-2{}\n", i % 7, i % 8));
    }
    write(&dir, "usage.csv", &csv);
    let outcome = review(&dir, &["--format", "json"]);
    outcome.assert_exit(&[0], "a million rows");
    let parsed: Value = serde_json::from_str(&outcome.stdout).unwrap();
    assert_eq!(parsed["usage"]["unknown_total"], 1_000_000);
    assert_eq!(
        parsed["usage"]["unknown"].as_array().map(Vec::len),
        Some(200)
    );
    // page_viewed has no row: a retire candidate.
    assert_eq!(parsed["usage"]["retire"][0]["event"], "page_viewed");
}

/// A record of a million commas, a count past u64, and a header over the column cap: each a
/// plain error naming the line, within the memory cap.
#[test]
fn wide_records_and_huge_counts_are_refused() {
    let dir = catalog("wide");
    let mut csv = b"event,count,last_seen\npage_viewed,1,\n".to_vec();
    csv.extend(std::iter::repeat_n(b',', 1_000_000));
    csv.push(b'\n');
    write(&dir, "usage.csv", &csv);
    let commas = review(&dir, &[]);
    commas.assert_exit(&[2], "a million commas");
    assert!(
        commas
            .stderr
            .contains("usage.csv: line 3: more than 64 columns"),
        "{}",
        commas.stderr
    );

    write(
        &dir,
        "usage.csv",
        "event,count,last_seen\npage_viewed,\"99,999,999,999,999,999,999\",\n",
    );
    let huge = review(&dir, &[]);
    huge.assert_exit(&[2], "a count past u64");
    assert!(
        huge.stderr
            .contains("usage.csv: line 2: `count` is not a whole number"),
        "{}",
        huge.stderr
    );

    let header: Vec<String> = (0..100).map(|i| format!("c{i}")).collect();
    write(&dir, "usage.csv", format!("{}\n", header.join(",")));
    let wide = review(&dir, &[]);
    wide.assert_exit(&[2], "a header of 100 columns");
    assert!(
        wide.stderr
            .contains("usage.csv: line 1: more than 64 columns"),
        "{}",
        wide.stderr
    );
}
