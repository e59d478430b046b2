//! Hostile input to the adoption features: a `tracklint-suppressions.json` that is huge,
//! binary, deeply nested, a FIFO, has counts out of range or keys that leave the folder or
//! hold control characters; output files through links or outside the repository. Each case
//! runs under a memory cap and a time limit and asserts the exit code, the message naming
//! the path, and that nothing is written where it must not be.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{clean_catalog, run_limited, write};

const MEMORY_MB: u64 = 512;
const SECONDS: u64 = 10;
const FILE: &str = "tracklint-suppressions.json";

/// A clean catalog that is its own git repository, with one vague legacy event (two
/// diagnostics: `naming/vague-word` and `governance/unplanned-event`).
fn repository(name: &str) -> PathBuf {
    let dir = clean_catalog("hostile-adoption", name);
    let status = Command::new("git")
        .args(["init", "-q"])
        .arg(&dir)
        .status()
        .expect("run git");
    assert!(status.success());
    write(
        &dir,
        "dictionary/legacy.yaml",
        "events:\n  thing_opened:\n    description: Old.\n    owner: web\n    consent: analytics\n    properties:\n      plan_tier: required\n",
    );
    dir
}

fn run(dir: &Path, args: &[&str]) -> common::Outcome {
    run_limited(dir, args, MEMORY_MB, SECONDS, None)
}

/// Asserts a run ended with exit 2, naming the suppressions file with `reason`.
fn assert_refused(dir: &Path, reason: &str, what: &str) {
    let outcome = run(dir, &["check"]);
    outcome.assert_exit(&[2], what);
    assert_eq!(outcome.stdout, "", "{what}");
    assert!(
        outcome
            .stderr
            .starts_with(&format!("error: {FILE}: {reason}")),
        "{what}: stderr is {}",
        common::excerpt(&outcome.stderr)
    );
    assert!(
        !outcome.stderr_bytes.contains(&0x1b),
        "{what}: a raw escape reached stderr"
    );
}

#[test]
fn a_huge_suppressions_file_is_refused_while_reading() {
    let dir = repository("huge");
    let entry = "\"dictionary/legacy.yaml\": {\"naming/vague-word\": 1},\n";
    let mut text = String::from("{\n");
    while text.len() < 9 * 1024 * 1024 {
        text.push_str(entry);
    }
    text.push_str("\"x.yaml\": {}}\n");
    write(&dir, FILE, text);
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "9 MiB suppressions file");
    assert_eq!(
        outcome.stderr,
        format!("error: cannot read {FILE}: it is over the 8 MiB limit for one file; split it\n")
    );
}

#[test]
fn a_binary_suppressions_file_is_malformed() {
    let dir = repository("binary");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect();
    write(&dir, FILE, bytes);
    assert_refused(&dir, "not a JSON object", "binary file");
}

#[test]
fn deeply_nested_json_is_malformed_not_a_stack_overflow() {
    let dir = repository("deep");
    let depth = 1_000_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    write(&dir, FILE, &text);
    assert_refused(&dir, "not a JSON object", "a million nested arrays");
    let text = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    write(&dir, FILE, &text);
    assert_refused(&dir, "not a JSON object", "a million nested objects");
}

#[test]
fn a_fifo_named_like_the_suppressions_file_is_never_opened() {
    let dir = repository("fifo");
    let status = Command::new("mkfifo")
        .arg(dir.join(FILE))
        .status()
        .expect("run mkfifo");
    assert!(status.success());
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "FIFO");
    assert_eq!(
        outcome.stderr,
        format!(
            "error: cannot read {FILE}: it is a FIFO, not a regular file; tracklint reads only regular files\n"
        )
    );
    // Writing over it is refused too: only regular files are replaced.
    let outcome = run(&dir, &["check", "--write-suppressions"]);
    outcome.assert_exit(&[2], "--write-suppressions over a FIFO");
}

#[test]
fn counts_out_of_range_are_malformed() {
    let dir = repository("counts");
    for count in [
        "18446744073709551616",
        "-1",
        "1.5",
        "1e400",
        "\"3\"",
        "null",
    ] {
        write(
            &dir,
            FILE,
            format!("{{\"dictionary/legacy.yaml\": {{\"naming/vague-word\": {count}}}}}"),
        );
        assert_refused(&dir, "not a JSON object", count);
    }
    // The largest count is a count like any other: it tolerates everything.
    write(
        &dir,
        FILE,
        "{\"dictionary/legacy.yaml\": {\"naming/vague-word\": 18446744073709551615, \"governance/unplanned-event\": 1}}",
    );
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[0], "2^64-1");
    assert_eq!(outcome.stdout, "");
}

#[test]
fn keys_that_leave_the_folder_or_hold_control_characters_are_malformed() {
    let dir = repository("keys");
    let cases = [
        (
            "../outside.yaml",
            "the key \"../outside.yaml\" is not a `/`-separated path",
        ),
        (
            "/etc/passwd",
            "the key \"/etc/passwd\" is not a `/`-separated path",
        ),
        (
            "dictionary/../../x.yaml",
            "the key \"dictionary/../../x.yaml\" is not",
        ),
        ("", "the key \"\" is empty"),
        (
            "a\\u001b]0;pwned\\u0007.yaml",
            "the key \"a\\u{1b}]0;pwned\\u{7}.yaml\" holds a control character",
        ),
        (
            "a\\nb.yaml",
            "the key \"a\\nb.yaml\" holds a control character",
        ),
    ];
    for (key, reason) in cases {
        write(
            &dir,
            FILE,
            format!("{{\"{key}\": {{\"naming/vague-word\": 1}}}}"),
        );
        assert_refused(&dir, reason, key);
    }
    write(
        &dir,
        FILE,
        "{\"dictionary/legacy.yaml\": {\"naming/\\u001b[31mvague\": 1}}",
    );
    assert_refused(
        &dir,
        "the rule id \"naming/\\u{1b}[31mvague\"",
        "rule id with ESC",
    );
    let long = "a/".repeat(3000);
    write(&dir, FILE, format!("{{\"{long}x\": {{}}}}"));
    assert_refused(&dir, "the key \"a/a/a/", "8 KB key");
}

#[test]
fn suppressions_are_never_written_through_a_link() {
    let dir = repository("link");
    let outside =
        std::env::temp_dir().join(format!("tracklint-hostile-adopt-{}", std::process::id()));
    std::fs::create_dir_all(&outside).unwrap();
    let victim = outside.join("victim.json");
    std::fs::write(&victim, "{}\n").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join(FILE)).unwrap();
    // Read through the link it may be (a regular file), but never replaced.
    let outcome = run(&dir, &["check", "--write-suppressions"]);
    outcome.assert_exit(&[2], "--write-suppressions through a link");
    assert!(
        outcome.stderr.contains(
            "tracklint-suppressions.json is a symbolic link; tracklint replaces only regular files"
        ),
        "{}",
        outcome.stderr
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "{}\n");
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn output_files_through_links_or_onto_fifos_inside_the_repository_are_refused() {
    let dir = repository("outputs");
    let outside =
        std::env::temp_dir().join(format!("tracklint-hostile-out-{}", std::process::id()));
    std::fs::create_dir_all(&outside).unwrap();
    let victim = outside.join("victim.sarif");
    std::fs::write(&victim, "keep").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("out.sarif")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("reports")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("planted.json"))
        .status()
        .unwrap();
    assert!(fifo.success());
    for (flag, value, what) in [
        ("--output-file", "out.sarif", "a link to a file outside"),
        (
            "--output-format",
            "sarif=out.sarif",
            "a link to a file outside",
        ),
        (
            "--output-file",
            "reports/new.sarif",
            "a folder linked outside",
        ),
        (
            "--output-format",
            "json=planted.json",
            "a FIFO planted in the repository",
        ),
    ] {
        let outcome = run(&dir, &["check", "--format", "github", flag, value]);
        outcome.assert_exit(&[2], what);
        assert_eq!(
            outcome.stdout, "",
            "{what}: nothing is written when an output is refused"
        );
        assert!(
            outcome.stderr.starts_with("error: ")
                && (outcome.stderr.contains("is a FIFO")
                    || outcome.stderr.contains("is a symbolic link")),
            "{what}: {}",
            outcome.stderr
        );
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(!outside.join("new.sarif").exists());
    let _ = std::fs::remove_dir_all(&outside);
}
