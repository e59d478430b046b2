//! `check --fix`/`--diff` and `rename` on files an attacker wrote: the diff never prints a
//! control character raw, a hundred thousand fixes stay linear, nothing is written through a
//! symbolic link or into a catalog that was not read whole.

use crate::common;

use std::path::Path;

use common::{Outcome, run_limited, scratch, write};

const DICTIONARY_HEAD: &str = "events:\n";

fn event(name: &str, extra: &str) -> String {
    format!(
        "  {name}:\n    description: Something happened.\n    owner: web\n    consent: analytics\n{extra}"
    )
}

/// `n` in letters (digits alone are a vague token of their own).
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return out;
        }
    }
}

fn run(dir: &Path, args: &[&str]) -> Outcome {
    run_limited(dir, args, 1024, 60, None)
}

#[test]
fn diffs_show_hidden_characters_escaped() {
    let dir = scratch("hostile-fix", "control");
    // YAML forbids raw control characters but allows a right-to-left override: in a name, a
    // value and a comment next to the fixed line, all of which the diff shows.
    let dictionary = "events:\n  page\u{202e}_viewed:  # \u{202e}reversed\n    owner: web\n    consent: analytics\n    description: Something \u{202e}happened.\n    properties:\n      mode: {type: string, enum: [yes, no], description: A mode.}\n";
    write(&dir, "dictionary.yaml", dictionary);
    for args in [
        &["check", ".", "--diff", "--select", "structure"][..],
        &["rename", "page\u{202e}_viewed", "page_viewed", "--diff"][..],
    ] {
        let outcome = run(&dir, args);
        assert!(
            !outcome.stdout.contains('\u{202e}'),
            "raw bidi override from {args:?}"
        );
        assert!(
            outcome.stdout.contains("Something \\u{202e}happened."),
            "{args:?}: {}\n{}",
            outcome.stdout,
            outcome.stderr
        );
    }
    // --diff writes nothing.
    assert_eq!(
        std::fs::read_to_string(dir.join("dictionary.yaml")).unwrap(),
        dictionary
    );
}

#[test]
fn a_hundred_thousand_fixes_take_linear_time() {
    let dir = scratch("hostile-fix", "many");
    const EVENTS: usize = 20_000;
    let mut dictionary = String::from(DICTIONARY_HEAD);
    for n in 0..EVENTS {
        // Five ambiguous scalars and one stale suppression per event: 120,000 fixes.
        dictionary.push_str(&event(
            &format!("page_{}_viewed", letters(n)),
            "    properties:\n      mode:  # tracklint: allow(structure/ambiguous-scalar)\n        type: string\n        description: A mode.\n        enum: [yes, no, on, off, y]\n",
        ));
    }
    write(&dir, "dictionary.yaml", &dictionary);
    let outcome = run(
        &dir,
        &[
            "check",
            ".",
            "--fix",
            "--select",
            "structure,meta",
            "--format",
            "concise",
        ],
    );
    outcome.assert_exit(&[0, 1], "fix");
    assert!(
        outcome
            .stderr
            .contains(&format!("fixed {} problems in 1 file", EVENTS * 6)),
        "{}",
        outcome.stderr
    );
    assert_eq!(outcome.stdout, "", "{}", common::excerpt(&outcome.stdout));
    let fixed = std::fs::read_to_string(dir.join("dictionary.yaml")).unwrap();
    assert_eq!(
        fixed
            .matches("enum: [\"yes\", \"no\", \"on\", \"off\", \"y\"]")
            .count(),
        EVENTS
    );
    assert!(!fixed.contains("tracklint: allow"));
}

#[test]
fn nothing_is_written_through_a_symbolic_link() {
    let dir = scratch("hostile-fix", "link");
    write(
        &dir,
        "real/events.yaml",
        format!(
            "{DICTIONARY_HEAD}{}",
            event(
                "page_viewed",
                "    properties:\n      mode: {type: string, enum: [yes], description: A mode.}\n"
            )
        ),
    );
    std::os::unix::fs::symlink("real/events.yaml", dir.join("dictionary.yaml")).unwrap();
    write(&dir, "tracklint.yaml", "catalog: [dictionary.yaml]\n");
    let before = std::fs::read(dir.join("real/events.yaml")).unwrap();
    for args in [
        &["check", ".", "--fix"][..],
        &["rename", "page_viewed", "page_opened"][..],
    ] {
        let outcome = run(&dir, args);
        outcome.assert_exit(&[2], "write through a link");
        assert!(
            outcome.stderr.contains("dictionary.yaml"),
            "{}",
            outcome.stderr
        );
        assert_eq!(std::fs::read(dir.join("real/events.yaml")).unwrap(), before);
        assert!(
            dir.join("dictionary.yaml")
                .symlink_metadata()
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

#[test]
fn a_catalog_not_read_whole_is_never_renamed() {
    let dir = scratch("hostile-fix", "binary");
    write(
        &dir,
        "dictionary.yaml",
        format!("{DICTIONARY_HEAD}{}", event("page_viewed", "")),
    );
    write(
        &dir,
        "plans/web.yaml",
        "plan: web\nsource: {kind: client}\nidentity: [anonymous_id]\nevents:\n  page_viewed: {}\n",
    );
    // A binary file and one nested past the depth limit, both in the catalog.
    write(&dir, "broken.yaml", [0u8, 159, 146, 150, 0, 1, 2]);
    write(
        &dir,
        "deep.yaml",
        format!("events: {}{}", "[".repeat(5_000), "]".repeat(5_000)),
    );
    let plan = std::fs::read(dir.join("plans/web.yaml")).unwrap();
    let outcome = run(&dir, &["rename", "page_viewed", "page_opened"]);
    outcome.assert_exit(&[1, 2], "rename in a broken catalog");
    assert!(outcome.stderr.contains("cannot"), "{}", outcome.stderr);
    assert_eq!(std::fs::read(dir.join("plans/web.yaml")).unwrap(), plan);
    assert!(
        std::fs::read_to_string(dir.join("dictionary.yaml"))
            .unwrap()
            .contains("page_viewed:")
    );
}

/// A rename fix of a name that hides characters (an escape, a right-to-left override): the
/// diff, the written files and SARIF's fix carry them escaped, never raw.
#[test]
fn a_rename_fix_keeps_hidden_characters_escaped() {
    let dir = scratch("hostile-fix", "rename-hidden");
    let name = "\"Page\\eView\\u202e\"";
    write(&dir, "tracklint.yaml", "catalog: [.]\n");
    write(&dir, "events.yaml", format!("events:\n{}", event(name, "")));
    write(
        &dir,
        "web.yaml",
        format!(
            "plan: web\ndescription: Web\nowner: web\nsource:\n  kind: client\nidentity: [anonymous_id]\nevents:\n  {name}: {{}}\n"
        ),
    );
    let raw = |text: &str| text.contains('\u{1b}') || text.contains('\u{202e}');
    let diff = run(&dir, &["check", "--diff", "--unsafe-fixes"]);
    diff.assert_exit(&[1], "diff");
    assert!(!raw(&diff.stdout), "{}", diff.stdout);
    assert!(
        diff.stdout
            .contains("-  \"Page\\eView\\u202e\":\n+  page_viewed:\n"),
        "{}",
        diff.stdout
    );
    let sarif = run(&dir, &["check", "--format", "sarif"]);
    assert!(!raw(&sarif.stdout));
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    crate::formats::assert_valid_sarif(&sarif);
    let fix = run(&dir, &["check", "--fix", "--unsafe-fixes"]);
    assert!(
        fix.stderr.contains("fixed 1 problem in 2 files"),
        "{}",
        fix.stderr
    );
    let events = std::fs::read_to_string(dir.join("events.yaml")).unwrap();
    assert!(!raw(&events));
    assert!(
        events
            .starts_with("events:\n  page_viewed:\n    renamed_from: [\"Page\\x1BView\\u202E\"]\n"),
        "{events}"
    );
    let plan = std::fs::read_to_string(dir.join("web.yaml")).unwrap();
    assert!(plan.ends_with("events:\n  page_viewed: {}\n"), "{plan}");
}

/// Thousands of renames in one dictionary and one plan: `--diff` is built edit by edit and
/// still applies with `git apply`.
#[test]
fn thousands_of_rename_fixes_diff_and_apply() {
    let dir = scratch("hostile-fix", "many-renames");
    const EVENTS: usize = 5_000;
    let names: Vec<String> = (0..EVENTS)
        .map(|n| format!("export_report{}", letters(n)))
        .collect();
    let mut dictionary = String::from("events:\n");
    let mut plan = String::from(
        "plan: web\ndescription: Web\nowner: web\nsource:\n  kind: client\nidentity: [anonymous_id]\nevents:\n",
    );
    for name in &names {
        dictionary.push_str(&event(name, ""));
        plan.push_str(&format!("  {name}: {{}}\n"));
    }
    write(&dir, "tracklint.yaml", "catalog: [.]\n");
    write(&dir, "events.yaml", &dictionary);
    write(&dir, "web.yaml", &plan);
    common::git(&dir, &["init", "-q"]);
    let diff = run(
        &dir,
        &[
            "check",
            "--diff",
            "--unsafe-fixes",
            "--select",
            "naming/past-tense-verb",
        ],
    );
    diff.assert_exit(&[1], "diff");
    // Each renamed key is renamed in the plan too and recorded once (a generated name that
    // calls for another event's name, or ends in a past form of its own, keeps it).
    let keys = diff
        .stdout
        .lines()
        .filter(|l| l.starts_with("-  export_report") && l.ends_with(':'))
        .count();
    let entries = diff
        .stdout
        .lines()
        .filter(|l| l.starts_with("-  export_report") && l.ends_with(": {}"))
        .count();
    let recorded = diff.stdout.matches("+    renamed_from: [").count();
    assert!(keys > EVENTS * 9 / 10, "{keys}");
    assert_eq!((entries, recorded), (keys, keys));
    write(&dir, "fixes.diff", &diff.stdout);
    common::git(&dir, &["apply", "--check", "fixes.diff"]);
}
