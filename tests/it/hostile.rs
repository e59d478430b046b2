//! SPEC §8 and the hardening issue: hostile inputs, each run under a memory cap and a time
//! limit, with the exact outcome asserted (exit code, rule and line, no forbidden text).

use crate::common;

use common::{clean_catalog, json_findings, run_limited, write};

#[test]
fn alias_bomb_is_a_syntax_error_at_its_line() {
    let dir = clean_catalog("hostile", "alias-bomb");
    let mut bomb = String::from("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for pair in names.windows(2) {
        bomb.push_str(&format!(
            "x-{}: &{} [{}]\n",
            pair[1],
            pair[1],
            vec![format!("*{}", pair[0]); 9].join(", ")
        ));
    }
    write(&dir, "dictionary/bomb.yaml", &bomb);
    let outcome = run_limited(&dir, &["check", ".", "--format", "json"], 512, 10, None);
    outcome.assert_exit(&[1], "alias bomb");
    let findings = json_findings(&outcome.stdout);
    assert_eq!(
        findings,
        vec![(
            "dictionary/bomb.yaml".to_owned(),
            6,
            "structure/yaml-syntax".to_owned()
        )],
        "{}",
        outcome.stdout
    );
}

/// Runs `check . --format json` in `dir` under 512 MB and `seconds`, expecting `code`.
fn check_json(
    dir: &std::path::Path,
    seconds: u64,
    code: i32,
    what: &str,
) -> Vec<(String, u64, String)> {
    let outcome = run_limited(dir, &["check", ".", "--format", "json"], 512, seconds, None);
    outcome.assert_exit(&[code], what);
    json_findings(&outcome.stdout)
}

#[test]
fn a_long_string_repeated_through_aliases_is_refused_by_its_bytes() {
    let dir = clean_catalog("hostile", "string-aliases");
    let text = format!(
        "x-s: &s \"{}\"\nx-l: [{}]\nevents: {{}}\n",
        "a".repeat(100 * 1024),
        vec!["*s"; 10_000].join(", ")
    );
    write(&dir, "dictionary/strings.yaml", &text);
    let findings = check_json(&dir, 10, 1, "string aliases");
    assert_eq!(
        findings,
        vec![(
            "dictionary/strings.yaml".to_owned(),
            2,
            "structure/yaml-syntax".to_owned()
        )]
    );
}

#[test]
fn nested_anchors_are_shared_not_copied() {
    let dir = clean_catalog("hostile", "nested-anchors");
    let mut value = format!("[{}]", vec!["a"; 60_000].join(", "));
    for level in (0..120).rev() {
        value = format!("&d{level} [{value}]");
    }
    write(
        &dir,
        "dictionary/nested.yaml",
        format!("x-n: {value}\nx-m: *d60\nevents: {{}}\n"),
    );
    let findings = check_json(&dir, 10, 0, "nested anchors");
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn a_huge_version_is_reported_without_counting_to_it() {
    let dir = clean_catalog("hostile", "huge-version");
    write(
        &dir,
        "dictionary/huge.yaml",
        "events:\n  page_viewed:\n    version: 18446744073709551615\n",
    );
    let outcome = run_limited(
        &dir,
        &["check", "dictionary/huge.yaml", "--format", "concise"],
        512,
        10,
        None,
    );
    outcome.assert_exit(&[1], "huge version");
    assert!(
        outcome.stdout.contains(
            "dictionary/huge.yaml:3:14: error[versioning/changelog-missing] event \"page_viewed\" is at version 18446744073709551615 but its changelog has no entry for version 2, 3, 4, 5, 6 and 18446744073709551609 more"
        ),
        "{}",
        outcome.stdout
    );
}

#[test]
fn a_huge_review_age_is_no_overflow() {
    let dir = clean_catalog("hostile", "huge-age");
    let config = std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap();
    let config = config.replace("max_age_days: 365", "max_age_days: 18446744073709551615");
    assert!(config.contains("18446744073709551615"));
    write(&dir, "tracklint.yaml", config);
    write(
        &dir,
        "dictionary/old.yaml",
        "events:\n  report_exported:\n    description: A report was exported.\n    owner: web\n    consent: analytics\n    last_reviewed: 1970-01-01\n    properties: {plan_tier: required}\n",
    );
    let findings = check_json(&dir, 10, 0, "huge review age");
    assert!(
        !findings.iter().any(|f| f.2 == "governance/review-overdue"),
        "{findings:?}"
    );
}

#[test]
fn four_hundred_thousand_repeated_keys_take_linear_time() {
    let dir = clean_catalog("hostile", "repeated-keys");
    let mut text = String::from("events: {}\nx-k:\n");
    for _ in 0..400_000 {
        text.push_str("  k: 1\n");
    }
    write(&dir, "dictionary/keys.yaml", &text);
    let outcome = run_limited(&dir, &["check", ".", "--format", "concise"], 1024, 30, None);
    outcome.assert_exit(&[1], "repeated keys");
    let lines: Vec<&str> = outcome.stdout.lines().collect();
    assert_eq!(lines.len(), 399_999);
    assert_eq!(
        lines[0],
        "dictionary/keys.yaml:4:3: error[structure/duplicate-key] key \"k\" appears twice in this mapping"
    );
}

#[test]
fn more_nodes_than_a_file_may_hold_is_a_syntax_error() {
    let dir = clean_catalog("hostile", "too-many-nodes");
    let entries: Vec<String> = (0..1_000_001).map(|i| format!("k{i}: 1")).collect();
    write(
        &dir,
        "dictionary/dense.yaml",
        format!("events: {{}}\nx-d: {{{}}}\n", entries.join(", ")),
    );
    let outcome = run_limited(&dir, &["check", ".", "--format", "concise"], 512, 90, None);
    outcome.assert_exit(&[1], "too many nodes");
    assert!(
        outcome.stdout.starts_with("dictionary/dense.yaml:2:")
            && outcome.stdout.contains(
                "error[structure/yaml-syntax] malformed YAML: more than 2000000 YAML nodes in one file; split it into several files"
            ),
        "{}",
        outcome.stdout
    );
}

#[test]
fn complex_keys_and_big_integers_are_read_faithfully() {
    let dir = clean_catalog("hostile", "complex-keys");
    write(
        &dir,
        "dictionary/odd.yaml",
        "x-complex:\n  ? [a]\n  : 1\n  ? [b]\n  : 2\nproperties:\n  big_count:\n    type: integer\n    maximum: 100000000000000000000\n    description: A count with a huge bound.\n",
    );
    let findings = check_json(&dir, 10, 0, "complex keys");
    // The property is unused (a warning) and nothing else: no duplicate key, no type error.
    assert_eq!(
        findings,
        vec![(
            "dictionary/odd.yaml".to_owned(),
            7,
            "properties/unused".to_owned()
        )]
    );
}

#[test]
fn a_megabyte_name_is_not_copied_into_every_message() {
    // A plan whose id is a megabyte lists 20,000 events the dictionary lacks, and requires a
    // property whose name is a megabyte: one message per entry used to repeat both (20 GB).
    let dir = clean_catalog("hostile", "megabyte-name");
    let id = "p".repeat(1 << 20);
    let property = "q".repeat(1 << 20);
    let mut plan = format!(
        "plan: {id}\nsource: {{kind: client}}\nrequired_properties: [{property}]\nevents:\n"
    );
    for n in 0..20_000 {
        plan.push_str(&format!("  e{n}_viewed: {{}}\n"));
    }
    write(&dir, "plans/huge.yaml", &plan);
    let outcome = run_limited(&dir, &["check", ".", "--format", "concise"], 1024, 60, None);
    outcome.assert_exit(&[1], "megabyte name");
    let lines = outcome.stdout.lines().count();
    assert!(lines >= 20_000, "{lines} lines");
    // Each line names the plan by at most 1 KiB of its id.
    let longest = outcome.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(longest <= 2 * 1024 + 200, "a line of {longest} bytes");
    assert!(outcome.stdout.contains(&format!("{}…", "p".repeat(1_024))));
}
