//! Adoption on a legacy catalog and the CI gate: bulk suppressions, output files and
//! `--exit-zero`, nested catalogs, completions of rule ids, and `-q`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{binary, clean_catalog, scratch, write};

/// Runs tracklint in `cwd`; (exit code, stdout, stderr).
fn run(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(binary())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run tracklint");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `count` planless events with a vague name each: two diagnostics per event
/// (`naming/vague-word`, an error, and `governance/unplanned-event`, a warning).
fn legacy_events(first: usize, count: usize) -> String {
    let mut text = String::from("events:\n");
    for i in first..first + count {
        text.push_str(&format!(
            "  legacy_thing_{i}_opened:\n    description: Old event.\n    owner: web\n    consent: analytics\n    properties:\n      plan_tier: required\n"
        ));
    }
    text
}

/// A new mistake in a file of its own: an event named with a vague word, listed by no plan.
const NEW_MISTAKE: &str = "events:\n  stuff_opened:\n    description: New event.\n    owner: web\n    consent: analytics\n    properties:\n      plan_tier: required\n";

fn suppressions(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("tracklint-suppressions.json"))
        .expect("read tracklint-suppressions.json")
}

#[test]
fn legacy_catalog_goes_green_with_write_suppressions_and_red_on_one_new_mistake() {
    let dir = clean_catalog("adoption", "legacy");
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 250));
    let (code, out, _) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!((code, out.lines().count()), (1, 500), "{out}");

    let (code, out, err) = run(&dir, &["check", "--write-suppressions"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            0,
            "",
            "note: wrote tracklint-suppressions.json: 500 diagnostics in 1 files are tolerated; new ones fail the run\n"
        )
    );
    assert_eq!(
        suppressions(&dir),
        "{\n  \"dictionary/legacy.yaml\": {\n    \"governance/unplanned-event\": 250,\n    \"naming/vague-word\": 250\n  }\n}\n"
    );
    let (code, out, err) = run(&dir, &["check"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));

    // One new mistake in another file: only it is reported.
    write(&dir, "dictionary/new.yaml", NEW_MISTAKE);
    let (code, out, _) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "dictionary/new.yaml:2:3: warning[governance/unplanned-event] active event \"stuff_opened\" is listed by no plan\n\
         dictionary/new.yaml:2:3: error[naming/vague-word] event \"stuff_opened\" uses the vague word \"stuff\"\n"
    );

    // One more of the legacy mistakes in the legacy file: its count is exceeded, and every
    // diagnostic of those rules in that file is reported again (eslint's behaviour).
    std::fs::remove_file(dir.join("dictionary/new.yaml")).unwrap();
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 251));
    let (code, out, _) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 502, "{out}");
    assert!(out.contains(
        "dictionary/legacy.yaml:2:3: error[naming/vague-word] event \"legacy_thing_0_opened\" uses the vague word \"thing\"\n"
    ));
}

#[test]
fn fixed_problems_ask_for_a_prune_which_lowers_counts_and_never_raises_them() {
    let dir = clean_catalog("adoption", "prune");
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 5));
    assert_eq!(run(&dir, &["check", "--write-suppressions"]).0, 0);
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 3));
    let (code, out, err) = run(&dir, &["check"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            0,
            "",
            "note: 4 suppressions in tracklint-suppressions.json are no longer needed; run `tracklint check --prune-suppressions` to remove them\n"
        )
    );
    let (code, _, err) = run(&dir, &["check", "--prune-suppressions"]);
    assert_eq!(
        (code, err.as_str()),
        (
            0,
            "note: pruned tracklint-suppressions.json: 4 fewer diagnostics tolerated, 6 left\n"
        )
    );
    let pruned = "{\n  \"dictionary/legacy.yaml\": {\n    \"governance/unplanned-event\": 3,\n    \"naming/vague-word\": 3\n  }\n}\n";
    assert_eq!(suppressions(&dir), pruned);
    assert_eq!(run(&dir, &["check"]), (0, String::new(), String::new()));

    // Back to five: prune keeps the lower counts, and the run fails.
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 5));
    let (code, _, _) = run(&dir, &["check", "--prune-suppressions"]);
    assert_eq!(code, 1);
    assert_eq!(suppressions(&dir), pruned);

    // Fixing everything and pruning removes the file's entries.
    write(&dir, "dictionary/legacy.yaml", "events: {}\n");
    assert_eq!(run(&dir, &["check", "--prune-suppressions"]).0, 0);
    assert_eq!(suppressions(&dir), "{}\n");
}

#[test]
fn selected_rules_rewrite_only_their_own_counts() {
    let dir = clean_catalog("adoption", "partial");
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 2));
    assert_eq!(run(&dir, &["check", "--write-suppressions"]).0, 0);
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 1));
    // Only naming ran: the unplanned-event count is not judged and stays at 2.
    let (code, _, _) = run(
        &dir,
        &["check", "--select", "naming", "--prune-suppressions"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        suppressions(&dir),
        "{\n  \"dictionary/legacy.yaml\": {\n    \"governance/unplanned-event\": 2,\n    \"naming/vague-word\": 1\n  }\n}\n"
    );
}

#[test]
fn no_suppressions_ignores_the_file() {
    let dir = clean_catalog("adoption", "ignored");
    write(&dir, "dictionary/legacy.yaml", legacy_events(0, 1));
    assert_eq!(run(&dir, &["check", "--write-suppressions"]).0, 0);
    let (code, out, _) = run(&dir, &["check", "--no-suppressions", "--format", "concise"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 2, "{out}");
    // The two flags contradict each other: a usage error.
    assert_eq!(
        run(
            &dir,
            &["check", "--no-suppressions", "--write-suppressions"]
        )
        .0,
        2
    );
}

#[test]
fn malformed_suppressions_file_is_an_error_naming_it() {
    let dir = clean_catalog("adoption", "malformed");
    write(
        &dir,
        "tracklint-suppressions.json",
        "{\"dictionary/events.yaml\": [1]}\n",
    );
    let (code, out, err) = run(&dir, &["check"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: tracklint-suppressions.json: not a JSON object of {\"file\": {\"rule\": count}}: invalid type: sequence"),
        "{err}"
    );
    assert!(
        err.ends_with(
            "fix it, or delete it and run `tracklint check --write-suppressions` again\n"
        ),
        "{err}"
    );
}

#[test]
fn one_run_writes_github_annotations_to_stdout_and_sarif_to_a_file() {
    let dir = clean_catalog("adoption", "outputs");
    write(&dir, "dictionary/new.yaml", NEW_MISTAKE);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    let (code, out, err) = run(
        &dir,
        &[
            "check",
            "--format",
            "github",
            "--output-format",
            "sarif=reports/tracklint.sarif",
            "--output-format",
            "json=reports/tracklint.json",
        ],
    );
    assert_eq!((code, err.as_str()), (1, ""));
    assert_eq!(
        out,
        "::warning file=dictionary/new.yaml,line=2,endLine=2,col=3,endColumn=15,title=governance/unplanned-event::active event \"stuff_opened\" is listed by no plan\n\
         ::error file=dictionary/new.yaml,line=2,endLine=2,col=3,endColumn=15,title=naming/vague-word::event \"stuff_opened\" uses the vague word \"stuff\"\n"
    );
    let sarif: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("reports/tracklint.sarif")).unwrap(),
    )
    .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[1]["ruleId"], "naming/vague-word");
    let json = std::fs::read_to_string(dir.join("reports/tracklint.json")).unwrap();
    assert_eq!(run(&dir, &["check", "--format", "json"]).1, json);

    // --output-file: the --format output goes to the file, nothing to stdout.
    let (code, out, _) = run(
        &dir,
        &[
            "check",
            "--format",
            "concise",
            "--output-file",
            "reports/concise.txt",
        ],
    );
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        std::fs::read_to_string(dir.join("reports/concise.txt")).unwrap(),
        run(&dir, &["check", "--format", "concise"]).1
    );
}

/// An output file the user names outside the repository is written where it points, its
/// folders created (`$RUNNER_TEMP/reports/...` in CI).
#[test]
fn output_files_outside_the_repository_are_written_where_they_point() {
    let dir = clean_catalog("adoption", "outside");
    write(&dir, "dictionary/new.yaml", NEW_MISTAKE);
    let outside = std::env::temp_dir().join(format!("tracklint-adopt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    let target = outside.join("reports/out.sarif");
    let flag = format!("sarif={}", target.display());
    let (code, _, err) = run(&dir, &["check", "--output-format", &flag]);
    assert_eq!(code, 1, "{err}");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let concise = outside.join("concise.txt");
    let (code, _, err) = run(
        &dir,
        &[
            "check",
            "--format",
            "concise",
            "--output-file",
            concise.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(&concise).unwrap(),
        run(&dir, &["check", "--format", "concise"]).1
    );
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn exit_zero_reports_errors_and_exits_0_but_still_2_on_failure() {
    let dir = clean_catalog("adoption", "exit-zero");
    write(&dir, "dictionary/new.yaml", NEW_MISTAKE);
    let (code, out, _) = run(&dir, &["check", "--format", "concise", "--exit-zero"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out}");
    let (code, _, err) = run(&dir, &["check", "missing", "--exit-zero"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("missing: no such file or directory"), "{err}");
}

/// A monorepo: two catalogs made by `init`, each with its own config, and CI files.
fn monorepo(name: &str) -> PathBuf {
    let dir = scratch("adoption", name);
    for app in ["apps/web", "apps/mobile"] {
        let status = Command::new(binary())
            .arg("init")
            .arg(dir.join(app))
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    }
    write(&dir, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
    dir
}

#[test]
fn monorepo_root_checks_each_catalog_under_its_own_config() {
    let dir = monorepo("monorepo");
    // Checked as one catalog with the defaults, the two apps define the same events twice.
    let (code, out, err) = run(&dir, &["check"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    write(&dir, "apps/mobile/dictionary/new.yaml", NEW_MISTAKE);
    // Each catalog records its own suppressions, next to its own config.
    let (code, _, err) = run(&dir, &["check", "--write-suppressions"]);
    assert_eq!(
        (code, err.as_str()),
        (
            0,
            "note: wrote apps/mobile/tracklint-suppressions.json: 2 diagnostics in 1 files are tolerated; new ones fail the run\n\
             note: nothing to record in apps/web/tracklint-suppressions.json: no diagnostics\n"
        )
    );
    assert_eq!(
        suppressions(&dir.join("apps/mobile")),
        "{\n  \"dictionary/new.yaml\": {\n    \"governance/unplanned-event\": 1,\n    \"naming/vague-word\": 1\n  }\n}\n"
    );
    assert!(!dir.join("tracklint-suppressions.json").exists());
    std::fs::remove_file(dir.join("apps/mobile/tracklint-suppressions.json")).unwrap();
    let (code, out, _) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "apps/mobile/dictionary/new.yaml:2:3: warning[governance/unplanned-event] active event \"stuff_opened\" is listed by no plan\n\
         apps/mobile/dictionary/new.yaml:2:3: error[naming/vague-word] event \"stuff_opened\" uses the vague word \"stuff\"\n"
    );
    // --config turns nesting off: the web catalog alone, under its config.
    let (code, out, _) = run(
        &dir,
        &[
            "check",
            "--config",
            "apps/web/tracklint.yaml",
            "--format",
            "concise",
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn a_catalog_below_a_catalog_is_checked_under_its_own_config() {
    let dir = clean_catalog("adoption", "inner");
    std::fs::write(dir.join("tracklint.yaml"), "catalog: [.]\n").unwrap();
    let status = Command::new(binary())
        .arg("init")
        .arg(dir.join("teams/billing"))
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // Without nesting, the inner catalog's events would be duplicate definitions of the outer.
    let (code, out, err) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    write(&dir, "teams/billing/dictionary/new.yaml", NEW_MISTAKE);
    let (code, out, _) = run(&dir, &["check", "--format", "concise"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("teams/billing/dictionary/new.yaml:2:3: "),
        "{out}"
    );
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn pre_commit_file_names_are_grouped_by_config_and_files_of_no_catalog_skipped() {
    let dir = monorepo("pre-commit");
    let files = [
        "check",
        "--format",
        "concise",
        "apps/web/dictionary/events.yaml",
        "apps/mobile/plans/web.yaml",
        ".github/workflows/ci.yml",
    ];
    let (code, out, err) = run(&dir, &files);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            0,
            "",
            "note: skipped .github/workflows/ci.yml: no tracklint.yaml above it lists it in its catalog\n"
        )
    );
    write(&dir, "apps/mobile/dictionary/new.yaml", NEW_MISTAKE);
    let mut with_new = files.to_vec();
    with_new.push("apps/mobile/dictionary/new.yaml");
    let (code, out, _) = run(&dir, &with_new);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(
        out.starts_with("apps/mobile/dictionary/new.yaml:2:3: "),
        "{out}"
    );
    // A commit that touches only files outside the catalogs checks nothing and passes;
    // --verbose says why.
    write(&dir, "apps/web/.github/labels.yml", "labels: [bug]\n");
    write(&dir, "apps/web/docker-compose.yml", "services: {}\n");
    let (code, out, err) = run(
        &dir,
        &[
            "check",
            "-v",
            "apps/web/.github/labels.yml",
            "apps/web/docker-compose.yml",
        ],
    );
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            0,
            "",
            "note: skipped apps/web/.github/labels.yml: no tracklint.yaml above it lists it in its catalog\n\
             note: skipped apps/web/docker-compose.yml: no tracklint.yaml above it lists it in its catalog\n"
        )
    );
}

#[test]
fn quiet_prints_errors_without_the_summary_line() {
    let dir = clean_catalog("adoption", "quiet");
    write(&dir, "dictionary/new.yaml", NEW_MISTAKE);
    let (code, out, _) = run(&dir, &["check", "-q"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[naming/vague-word]"), "{out}");
    assert!(!out.contains("governance/unplanned-event"), "{out}");
    assert!(!out.contains("Found"), "{out}");
    // With --deny-warnings, the warnings that fail the run are shown.
    let (code, out, _) = run(
        &dir,
        &[
            "check",
            "-q",
            "--select",
            "governance/unplanned-event",
            "--deny-warnings",
            "--format",
            "concise",
        ],
    );
    assert_eq!(
        (code, out.as_str()),
        (
            1,
            "dictionary/new.yaml:2:3: warning[governance/unplanned-event] active event \"stuff_opened\" is listed by no plan\n"
        )
    );
}

#[test]
fn completions_offer_rule_ids_and_groups() {
    let dir = scratch("adoption", "completions");
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, _) = run(&dir, &["completions", shell]);
        assert_eq!(code, 0);
        for id in ["naming/vague-word", "governance/unplanned-event", "privacy"] {
            assert!(out.contains(id), "{shell} completions lack {id}");
        }
    }
    // Still free text: comma lists and custom policy ids are accepted.
    let dir = clean_catalog("adoption", "completions-catalog");
    let (code, _, err) = run(
        &dir,
        &[
            "check",
            "--select",
            "naming,policy/jira",
            "--ignore",
            "naming/case",
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = run(&dir, &["explain", "nameing/case"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `naming/case`?"), "{err}");
}
