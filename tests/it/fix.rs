//! `check --fix`, `--unsafe-fixes` and `--diff`: fixes edit the source text and nothing else,
//! a second run no longer reports what was fixed, and `--diff` writes nothing.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of examples/broken in its own git repository.
fn broken_copy(name: &str) -> PathBuf {
    let dir = common::scratch("fix", name);
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/broken"),
        &dir,
    );
    let status = Command::new("git")
        .args(["init", "-q"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

fn rules_of(concise: &str) -> Vec<&str> {
    concise
        .lines()
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect()
}

#[test]
fn fix_applies_the_safe_fixes_and_changes_nothing_else() {
    let dir = broken_copy("safe");
    let meta = read(&dir, "dictionary/meta.yaml");
    let structure = read(&dir, "dictionary/structure.yaml");
    let versioning = read(&dir, "dictionary/versioning.yaml");
    let (_, before, _) = common::output(&dir, &["check", ".", "--format", "concise"]);
    let count = |text: &str, rule: &str| rules_of(text).iter().filter(|r| **r == rule).count();
    assert_eq!(count(&before, "structure/ambiguous-scalar"), 2);
    assert_eq!(count(&before, "meta/unused-suppression"), 1);

    let (code, after, stderr) =
        common::output(&dir, &["check", ".", "--fix", "--format", "concise"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("fixed 3 problems in 2 files"), "{stderr}");
    assert_eq!(count(&after, "structure/ambiguous-scalar"), 0);
    assert_eq!(count(&after, "meta/unused-suppression"), 0);
    // Every other diagnostic is still there, and nothing new.
    assert_eq!(rules_of(&after).len(), rules_of(&before).len() - 3);

    // Exactly the fixed bytes changed.
    assert_eq!(
        read(&dir, "dictionary/structure.yaml"),
        structure.replace("enum: [yes, no]", "enum: [\"yes\", \"no\"]")
    );
    let stale = "  # tracklint: allow(naming/vague-word) -- legacy name kept for dashboards  # expect: meta/unused-suppression\n";
    assert!(meta.contains(stale));
    assert_eq!(read(&dir, "dictionary/meta.yaml"), meta.replace(stale, ""));
    assert_eq!(read(&dir, "dictionary/versioning.yaml"), versioning);

    // A second run has nothing left to fix.
    let (code, diff, _) = common::output(&dir, &["check", ".", "--diff"]);
    assert_eq!((code, diff.as_str()), (0, ""));
}

#[test]
fn diff_prints_the_fixes_and_writes_nothing() {
    let dir = broken_copy("diff");
    let before = read(&dir, "dictionary/structure.yaml");
    let (code, diff, _) = common::output(&dir, &["check", ".", "--diff"]);
    assert_eq!(code, 1);
    assert!(
        diff.contains("--- a/dictionary/structure.yaml\n+++ b/dictionary/structure.yaml\n"),
        "{diff}"
    );
    assert!(diff.contains("\n-        enum: [yes, no]"), "{diff}");
    assert!(
        diff.contains("\n+        enum: [\"yes\", \"no\"]"),
        "{diff}"
    );
    assert!(
        !diff.contains("versioning.yaml"),
        "unsafe fix without --unsafe-fixes: {diff}"
    );
    assert_eq!(read(&dir, "dictionary/structure.yaml"), before);
    let (_, unsafe_diff, _) = common::output(&dir, &["check", ".", "--diff", "--unsafe-fixes"]);
    assert!(
        unsafe_diff
            .contains("+      - {version: 3, date: 2026-11-28, summary: TODO what changed}\n"),
        "{unsafe_diff}"
    );
}

#[test]
fn unsafe_fixes_write_a_todo_stub_that_still_fails_its_rule() {
    let dir = broken_copy("unsafe");
    let (_, _, stderr) = common::output(&dir, &["check", ".", "--fix", "--unsafe-fixes"]);
    assert!(stderr.contains("fixed 6 problems in 5 files"), "{stderr}");
    let text = read(&dir, "dictionary/versioning.yaml");
    assert!(
        text.contains(
            "        summary: subscription_id is now required\n      - {version: 3, date: 2026-11-28, summary: TODO what changed}\n    tags: [billing]\n"
        ),
        "{text}"
    );
    let (code, concise, _) = common::output(
        &dir,
        &[
            "check",
            ".",
            "--format",
            "json",
            "--select",
            "versioning/changelog-missing",
        ],
    );
    assert_eq!(code, 1);
    let items: Vec<serde_json::Value> = serde_json::from_str(&concise).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0]["help"],
        "write the summary of the `changelog:` entry for version 3 (it still says TODO)"
    );
    // No second stub for the same version.
    let (_, diff, _) = common::output(&dir, &["check", ".", "--diff", "--unsafe-fixes"]);
    assert_eq!(diff, "");
}

#[test]
fn a_changelog_key_is_added_under_a_version_without_one() {
    let dir = common::scratch("fix", "new-changelog");
    common::write(
        &dir,
        "dictionary.yaml",
        "events:\n  invoice_paid:\n    description: An invoice was paid.\n    owner: billing\n    consent: necessary\n    version: 3   # two breaking changes\n    tags: [billing]\n",
    );
    let (_, diff, _) = common::output(
        &dir,
        &[
            "check",
            ".",
            "--diff",
            "--unsafe-fixes",
            "--select",
            "versioning",
        ],
    );
    assert!(diff.contains("+    changelog:\n"), "{diff}");
    common::output(
        &dir,
        &[
            "check",
            ".",
            "--fix",
            "--unsafe-fixes",
            "--select",
            "versioning",
        ],
    );
    let text = read(&dir, "dictionary.yaml");
    let expected_head =
        "    version: 3   # two breaking changes\n    changelog:\n      - {version: 2, date: ";
    assert!(text.contains(expected_head), "{text}");
    assert!(
        text.ends_with("summary: TODO what changed}\n    tags: [billing]\n"),
        "{text}"
    );
    assert_eq!(text.matches("summary: TODO").count(), 2);
}

#[test]
fn only_the_unused_ids_of_a_suppression_are_removed() {
    let dir = common::scratch("fix", "partial");
    common::write(
        &dir,
        "dictionary.yaml",
        "events:\n  clicked_stuff:  # tracklint: allow(naming/vague-word, naming/case) -- legacy\n    description: Something.\n    owner: web\n    consent: analytics\n  invoice_paid:  # tracklint: allow(naming/case)\n    description: An invoice was paid.\n    owner: billing\n    consent: necessary\n",
    );
    let (_, _, stderr) = common::output(&dir, &["check", ".", "--fix", "--select", "naming,meta"]);
    assert!(stderr.contains("fixed 2 problems in 1 file"), "{stderr}");
    assert_eq!(
        read(&dir, "dictionary.yaml"),
        "events:\n  clicked_stuff:  # tracklint: allow(naming/vague-word) -- legacy\n    description: Something.\n    owner: web\n    consent: analytics\n  invoice_paid:\n    description: An invoice was paid.\n    owner: billing\n    consent: necessary\n"
    );
}

/// The catalog of the rename-fix tests: `page_view` is defined in one file, listed by two
/// plans and named by a deprecated event's `replaced_by`.
fn rename_catalog(name: &str) -> PathBuf {
    let dir = common::scratch("fix", name);
    write_rename_catalog(&dir);
    dir
}

fn write_rename_catalog(dir: &Path) {
    common::write(dir, "tracklint.yaml", "catalog: [.]\n");
    common::write(
        dir,
        "events.yaml",
        "events:\n  page_view:\n    description: A page was shown.\n    owner: web\n    consent: analytics\n  home_page_viewed:\n    description: The home page was shown.\n    owner: web\n    consent: analytics\n    status: deprecated\n    deprecated: {since: 2026-01-01, replaced_by: page_view, reason: one event for every page}\n",
    );
    for plan in ["web", "ios"] {
        common::write(
            dir,
            &format!("{plan}.yaml"),
            format!(
                "plan: {plan}\ndescription: The {plan} app\nowner: web\nsource:\n  kind: client\nidentity: [anonymous_id]\nevents:\n  page_view: {{}}\n  home_page_viewed: {{}}\n"
            ),
        );
    }
}

/// A rename a naming rule suggests is an unsafe fix that edits every file `rename` edits: the
/// key, both plans, the `replaced_by`, and the history; `--fix` alone leaves it.
#[test]
fn a_suggested_rename_is_an_unsafe_fix_across_files() {
    let dir = rename_catalog("rename-fix");
    let events = read(&dir, "events.yaml");
    let (code, _, stderr) = common::output(&dir, &["check", "--fix"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(read(&dir, "events.yaml"), events);
    let (code, _, stderr) = common::output(&dir, &["check", "--fix", "--unsafe-fixes"]);
    assert_eq!(stderr, "fixed 1 problem in 3 files\n");
    assert_eq!(code, 1, "the backfill placeholder still fails");
    assert_eq!(
        read(&dir, "events.yaml"),
        "events:\n  page_viewed:\n    renamed_from: [page_view]\n    backfill: \"TODO map data recorded as page_view to page_viewed\"\n    description: A page was shown.\n    owner: web\n    consent: analytics\n  home_page_viewed:\n    description: The home page was shown.\n    owner: web\n    consent: analytics\n    status: deprecated\n    deprecated: {since: 2026-01-01, replaced_by: page_viewed, reason: one event for every page}\n"
    );
    for plan in ["web.yaml", "ios.yaml"] {
        assert!(
            read(&dir, plan).ends_with("events:\n  page_viewed: {}\n  home_page_viewed: {}\n"),
            "{plan}"
        );
    }
    let (_, concise, _) = common::output(&dir, &["check", "--format", "concise"]);
    assert_eq!(
        rules_of(&concise),
        ["versioning/rename-without-backfill"],
        "{concise}"
    );
}

/// With a baseline that never had the old name (`--against`), no data was sent under it: the
/// fix renames without a `renamed_from` record, as `rename` does.
#[test]
fn a_rename_fix_records_nothing_the_baseline_never_had() {
    let dir = common::scratch("fix", "rename-fix-new");
    common::git(&dir, &["init", "-q"]);
    common::write(&dir, "tracklint.yaml", "catalog: [.]\n");
    common::write(&dir, "events.yaml", "events: {}\n");
    common::git(&dir, &["add", "-A"]);
    common::git(&dir, &["commit", "-qm", "empty catalog"]);
    write_rename_catalog(&dir);
    let (_, diff, _) = common::output(
        &dir,
        &["check", "--against", "HEAD", "--diff", "--unsafe-fixes"],
    );
    assert!(
        diff.contains("-  page_view:\n+  page_viewed:\n     description: A page was shown.\n"),
        "{diff}"
    );
    assert!(!diff.contains("renamed_from"), "{diff}");
    assert!(diff.contains("+++ b/ios.yaml\n"), "{diff}");
}

/// A file's URI and its replacements: line, start and end column, inserted text.
type FileReplacements = (String, Vec<(u64, u64, u64, String)>);

/// SARIF carries each fix for an editor to apply: the rename's edits in all three files, as
/// replacements of the regions `--fix` would replace, valid against the SARIF schema.
#[test]
fn sarif_carries_the_rename_fix_for_editors() {
    let dir = rename_catalog("rename-fix-sarif");
    let (_, sarif, _) = common::output(&dir, &["check", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    crate::formats::assert_valid_sarif(&sarif);
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "naming/past-tense-verb")
        .unwrap();
    let fix = &result["fixes"][0];
    assert_eq!(
        fix["description"]["text"],
        "Rename the event to \"page_viewed\" as `tracklint rename` does (unsafe: its `backfill` placeholder must be written)"
    );
    let changes: Vec<FileReplacements> = fix["artifactChanges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            let replacements = change["replacements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    let region = &r["deletedRegion"];
                    (
                        region["startLine"].as_u64().unwrap(),
                        region["startColumn"].as_u64().unwrap(),
                        region["endColumn"].as_u64().unwrap(),
                        r["insertedContent"]["text"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            (
                change["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                replacements,
            )
        })
        .collect();
    let history = "    renamed_from: [page_view]\n    backfill: \"TODO map data recorded as page_view to page_viewed\"\n";
    assert_eq!(
        changes,
        [
            (
                "events.yaml".to_owned(),
                vec![
                    (2, 3, 12, "page_viewed".to_owned()),
                    (3, 1, 1, history.to_owned()),
                    (11, 50, 59, "page_viewed".to_owned()),
                ]
            ),
            (
                "ios.yaml".to_owned(),
                vec![(8, 3, 12, "page_viewed".to_owned())]
            ),
            (
                "web.yaml".to_owned(),
                vec![(8, 3, 12, "page_viewed".to_owned())]
            ),
        ]
    );
}
