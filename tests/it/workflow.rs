//! The engineer's and the CI gate's daily use (issue 18): pre-commit in a monorepo, paths
//! that attach from any folder, fixes that show, and the defects a new user hit.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::git;
use common::{binary, output, scratch, write};

/// A repository whose catalog lives in `analytics/` (written by `tracklint init`), with no
/// config at the root, a workflow file and a README beside it; committed.
fn monorepo(name: &str) -> PathBuf {
    let dir = scratch("workflow", name);
    let status = Command::new(binary())
        .args(["init", "analytics"])
        .current_dir(&dir)
        .output()
        .expect("run tracklint init");
    assert!(status.status.success(), "init failed");
    write(&dir, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
    write(&dir, "README.md", "# app\n");
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-qm", "start"]);
    dir
}

/// [`monorepo`] with `plan_tier`'s type changed from string to integer in the work tree: a
/// breaking change against HEAD (`versioning/type-changed`, with a label in the baseline).
/// Returns the repository and its `analytics` folder.
fn monorepo_with_a_type_change(name: &str) -> (PathBuf, PathBuf) {
    let dir = monorepo(name);
    let analytics = dir.join("analytics");
    let events = std::fs::read_to_string(analytics.join("dictionary/events.yaml")).unwrap();
    let changed = events.replacen("type: string", "type: integer", 1);
    assert_ne!(changed, events, "the init catalog has a string property");
    write(&analytics, "dictionary/events.yaml", &changed);
    (dir, analytics)
}

/// pre-commit with `pass_filenames: true` runs from the root with the changed files: files of
/// no catalog are skipped with a note and never fail the commit, with or without a catalog
/// file among them.
#[test]
fn pre_commit_in_a_monorepo_skips_files_of_no_catalog() {
    let dir = monorepo("pre-commit");
    let only_others = output(&dir, &["check", ".github/workflows/ci.yml", "README.md"]);
    assert_eq!(
        only_others,
        (
            0,
            String::new(),
            "note: skipped .github/workflows/ci.yml: neither a dictionary file (events:/properties:) nor a plan file (plan:)\n\
             note: skipped README.md: neither a dictionary file (events:/properties:) nor a plan file (plan:)\n"
                .to_owned()
        )
    );
    let quiet = output(&dir, &["check", "-q", ".github/workflows/ci.yml"]);
    assert_eq!(quiet, (0, String::new(), String::new()));

    write(
        &dir,
        "analytics/dictionary/events.yaml",
        "events:\n  Signup:\n    description: x\n    owner: growth\n    consent: analytics\n",
    );
    let (code, out, err) = output(
        &dir,
        &[
            "check",
            "--format",
            "concise",
            ".github/workflows/ci.yml",
            "analytics/dictionary/events.yaml",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains(
            "analytics/dictionary/events.yaml:2:3: error[naming/case] event \"Signup\" is not snake_case\n"
        ),
        "{out}"
    );
    assert_eq!(
        err,
        "note: skipped .github/workflows/ci.yml: no tracklint.yaml above it lists it in its catalog\n"
    );
}

/// From the catalog's own folder (`working-directory: analytics` in a workflow), SARIF and
/// `github` name files from the repository root, so annotations attach; SARIF marks them
/// `%SRCROOT%`, links each rule to its README row, and a baseline location carries its
/// revision instead of pointing at the work tree.
#[test]
fn sarif_and_github_paths_attach_from_a_subfolder() {
    let (_, analytics) = monorepo_with_a_type_change("sarif");

    let (code, out, err) = output(
        &analytics,
        &["check", "--against", "HEAD", "--format", "sarif"],
    );
    assert_eq!(code, 1, "{out}{err}");
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
    crate::formats::assert_valid_sarif(&sarif);
    let run = &sarif["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["informationUri"],
        "https://github.com/tracklint/tracklint"
    );
    let rule = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "versioning/type-changed")
        .unwrap();
    assert_eq!(
        rule["helpUri"],
        "https://github.com/tracklint/tracklint#versioning-type-changed"
    );
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "versioning/type-changed")
        .unwrap();
    let primary = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        primary["artifactLocation"],
        serde_json::json!({"uri": "analytics/dictionary/events.yaml", "uriBaseId": "%SRCROOT%"})
    );
    assert_eq!(primary.get("properties"), None);
    let related = &result["relatedLocations"][0]["physicalLocation"];
    assert_eq!(
        related["artifactLocation"],
        serde_json::json!({"uri": "analytics/dictionary/events.yaml", "uriBaseId": "%SRCROOT%"})
    );
    assert_eq!(related["properties"]["revision"], "HEAD");

    let (_, github, _) = output(
        &analytics,
        &["check", "--against", "HEAD", "--format", "github"],
    );
    let line = github
        .lines()
        .find(|l| l.contains("title=versioning/type-changed"))
        .unwrap();
    assert!(
        line.starts_with("::error file=analytics/dictionary/events.yaml,line="),
        "{line}"
    );
    // Human output stays relative to where it ran.
    let (_, human, _) = output(
        &analytics,
        &["check", "--against", "HEAD", "--format", "concise"],
    );
    assert!(
        human.contains("\ndictionary/events.yaml:") || human.starts_with("dictionary/events.yaml:"),
        "{human}"
    );
}

/// `--diff` from the catalog's folder heads each file `a/PATH`/`b/PATH` from the repository
/// root, so `git apply` takes the patch as it is, from the root or with `--directory`-free
/// use in CI; `rename --diff` exits 1 when there is something to apply, like `check --diff`.
#[test]
fn diff_patches_apply_from_the_repository_root() {
    let dir = monorepo("diff");
    let analytics = dir.join("analytics");
    write(
        &analytics,
        "dictionary/flags.yaml",
        "properties:\n  newsletter_opt_in:\n    type: string\n    enum: [yes, no]\n    description: Opt-in answer.\n",
    );
    let (code, patch, err) = output(&analytics, &["check", "--diff"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        patch.starts_with(
            "--- a/analytics/dictionary/flags.yaml\n+++ b/analytics/dictionary/flags.yaml\n"
        ),
        "{patch}"
    );
    write(&dir, "fix.patch", &patch);
    let applied = Command::new("git")
        .args(["apply", "--check", "fix.patch"])
        .current_dir(&dir)
        .output()
        .expect("run git apply");
    assert!(
        applied.status.success(),
        "git apply --check: {}",
        String::from_utf8_lossy(&applied.stderr)
    );

    // `user_signed_up` is the first event of the `init` catalog.
    let (code, rename, err) = output(
        &analytics,
        &["rename", "user_signed_up", "user_registered", "--diff"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        rename.starts_with("--- a/analytics/dictionary/events.yaml\n"),
        "{rename}"
    );
}

/// The GitHub Actions recipe of the README, as written.
#[derive(serde::Deserialize)]
struct Workflow {
    jobs: std::collections::BTreeMap<String, Job>,
}

#[derive(serde::Deserialize)]
struct Job {
    defaults: Defaults,
    steps: Vec<Step>,
}

#[derive(serde::Deserialize)]
struct Defaults {
    run: RunDefaults,
}

#[derive(serde::Deserialize)]
struct RunDefaults {
    #[serde(rename = "working-directory")]
    working_directory: String,
}

#[derive(serde::Deserialize)]
struct Step {
    uses: Option<String>,
    run: Option<String>,
    with: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

fn readme_workflow() -> Job {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("read README.md");
    let start = readme
        .find("```yaml\nname: tracking-plan\n")
        .expect("the README has the GitHub Actions recipe");
    let body = &readme[start + "```yaml\n".len()..];
    let body = &body[..body.find("```").expect("the recipe's block ends")];
    let workflow: Workflow = serde_saphyr::from_str(body).expect("the recipe parses");
    workflow
        .jobs
        .into_values()
        .next()
        .expect("the recipe has a job")
}

/// Runs one `run:` line of the recipe as the runner would (bash, `-e`), on a pull request
/// against `main`: tracklint from this build on the PATH, the step summary in a file.
fn run_step(dir: &Path, job: &Job, line: &str, summary: &Path) -> (i32, String, String) {
    let line = line.replace("${{ github.base_ref }}", "main");
    let bin = binary();
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-e", "-c", &line])
        .current_dir(dir.join(&job.defaults.run.working_directory))
        .env("PATH", path)
        .env("GITHUB_STEP_SUMMARY", summary)
        .env("NO_COLOR", "1")
        .output()
        .expect("run bash");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The README's workflow, run step by step on a pull request that breaks a property's type:
/// the lint step fails with annotations on the repository path, the SARIF step passes and
/// writes a valid log, the summary step passes and writes the change table; against a base
/// branch the clone lacks, the SARIF step fails (exit 2) and writes nothing to upload.
#[test]
fn the_readme_github_actions_recipe_runs_as_written() {
    let job = readme_workflow();
    let checkout = job
        .steps
        .iter()
        .find(|s| s.uses.as_deref() == Some("actions/checkout@v4"))
        .expect("a checkout step");
    assert_eq!(
        checkout.with.as_ref().and_then(|w| w.get("fetch-depth")),
        Some(&serde_json::json!(0))
    );
    let runs: Vec<&str> = job
        .steps
        .iter()
        .filter_map(|s| s.run.as_deref())
        .filter(|r| r.starts_with("tracklint "))
        .collect();
    assert_eq!(runs.len(), 3, "{runs:?}");
    assert!(runs[1].contains("--exit-zero") && !runs[1].contains("|| true"));

    let (dir, analytics) = monorepo_with_a_type_change("actions");
    git(&dir, &["branch", "-M", "main"]);
    git(&dir, &["update-ref", "refs/remotes/origin/main", "main"]);
    let summary = dir.join("summary.md");

    let (code, out, err) = run_step(&dir, &job, runs[0], &summary);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.lines().any(
            |l| l.starts_with("::error file=analytics/dictionary/events.yaml,")
                && l.contains("title=versioning/type-changed")
        ),
        "{out}"
    );
    let (code, out, err) = run_step(&dir, &job, runs[1], &summary);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(analytics.join("tracklint.sarif")).unwrap())
            .unwrap();
    crate::formats::assert_valid_sarif(&sarif);
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
    let (code, _, err) = run_step(&dir, &job, runs[2], &summary);
    assert_eq!(code, 0, "{err}");
    let table = std::fs::read_to_string(&summary).unwrap();
    assert!(
        table
            .starts_with("### Tracking plan changes: `origin/main` → the work tree\n\n6 breaking,"),
        "{table}"
    );
    assert!(
        table.contains("| **breaking** | property | `plan_tier` | changed |  | \\! type changed from string to integer |"),
        "{table}"
    );

    std::fs::remove_file(analytics.join("tracklint.sarif")).unwrap();
    git(&dir, &["update-ref", "-d", "refs/remotes/origin/main"]);
    let (code, _, err) = run_step(&dir, &job, runs[1], &summary);
    assert_eq!(code, 2, "{err}");
    assert!(!analytics.join("tracklint.sarif").exists());
}

/// `check` is `check .`: from `plans/`, both show the plans' diagnostics only (the whole
/// catalog still loaded), with paths relative to the current folder.
#[test]
fn check_without_a_path_is_check_dot() {
    let dir = monorepo("default-path");
    let analytics = dir.join("analytics");
    let events = std::fs::read_to_string(analytics.join("dictionary/events.yaml")).unwrap();
    write(
        &analytics,
        "dictionary/events.yaml",
        events.replacen("user_signed_up:", "UserSignedUp:", 1),
    );
    let plans = analytics.join("plans");
    let bare = output(&plans, &["check", "--format", "concise"]);
    let dot = output(&plans, &["check", ".", "--format", "concise"]);
    assert_eq!(bare, dot);
    assert_eq!(bare.0, 1, "{bare:?}");
    assert!(!bare.1.is_empty());
    for line in bare.1.lines() {
        assert!(
            line.starts_with("web.yaml:") || line.starts_with("backend.yaml:"),
            "{line}"
        );
    }
    // From the catalog's root, both are the whole catalog.
    let whole = output(&analytics, &["check", "--format", "concise"]);
    assert!(whole.1.contains("dictionary/events.yaml:"), "{whole:?}");
    assert!(whole.1.contains("plans/"), "{whole:?}");
}

/// Fixes show: the human summary says how many `--fix` fixes (and how many more with
/// `--unsafe-fixes`), `--statistics` marks and counts them, and `--diff` ends with what it
/// would fix.
#[test]
fn fixable_problems_are_counted_everywhere() {
    let dir = scratch("workflow", "fixable");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/broken"),
        &dir,
    );
    let (code, human, _) = output(&dir, &["check"]);
    assert_eq!(code, 1);
    assert!(
        human.ends_with(
            "Found 34 errors, 14 warnings.\n[*] 3 fixable with `--fix` (3 more with `--fix --unsafe-fixes`, which write placeholders to complete).\n"
        ),
        "{human}"
    );
    let (_, statistics, _) = output(&dir, &["check", "--statistics"]);
    assert!(
        statistics.contains("     2  [*] structure/ambiguous-scalar               warning\n"),
        "{statistics}"
    );
    assert!(
        statistics.contains("     1  [-] versioning/changelog-missing             error\n"),
        "{statistics}"
    );
    assert!(
        statistics.contains("     1  [-] naming/case                              error\n"),
        "{statistics}"
    );
    let (_, json, _) = output(&dir, &["check", "--statistics", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == "versioning/changelog-missing")
        .unwrap();
    assert_eq!(
        (&row["count"], &row["fixable"], &row["unsafe_fixable"]),
        (
            &serde_json::json!(1),
            &serde_json::json!(0),
            &serde_json::json!(1)
        )
    );
    let (code, _, err) = output(&dir, &["check", "--diff"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "Would fix 3 problems in 2 files; `--fix` applies them\n")
    );
    let (_, _, err) = output(&dir, &["check", "--diff", "--unsafe-fixes"]);
    assert_eq!(
        err,
        "Would fix 6 problems in 5 files; `--fix --unsafe-fixes` applies them\n"
    );
}

/// A rule id cut short and a misspelt format name get a did-you-mean, like a config typo.
#[test]
fn flags_get_a_did_you_mean() {
    let dir = monorepo("did-you-mean");
    let analytics = dir.join("analytics");
    let (code, _, err) = output(&analytics, &["check", "--select", "naming/past-tens"]);
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "error: unknown rule or group \"naming/past-tens\" in --select; did you mean `naming/past-tense-verb`?\n"
        )
    );
    let (code, _, err) = output(&analytics, &["check", "--output-format", "sarf=t.sarif"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`sarf` is not a format; did you mean `sarif`? the formats: human, concise, json, sarif, github, junit"),
        "{err}"
    );
    assert!(!analytics.join("t.sarif").exists());
}

/// `rename` checks NEW against the naming rules, records only names data was sent under (the
/// baseline, HEAD here, has them), and collapses a chain of renames in one branch into one
/// `renamed_from` entry and one backfill placeholder.
#[test]
fn rename_records_only_what_was_released() {
    let dir = monorepo("rename");
    let analytics = dir.join("analytics");
    let events = analytics.join("dictionary/events.yaml");
    let before = std::fs::read_to_string(&events).unwrap();

    let (code, _, err) = output(&analytics, &["rename", "user_signed_up", "InviteSend"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: rename: \"InviteSend\" fails naming/case: event \"InviteSend\" is not snake_case"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&events).unwrap(), before);

    // A released name: recorded.
    let (code, _, err) = output(&analytics, &["rename", "user_signed_up", "user_registered"]);
    assert_eq!(code, 0, "{err}");
    let once = std::fs::read_to_string(&events).unwrap();
    assert!(once.contains("  user_registered:\n"), "{once}");
    assert!(once.contains("renamed_from: [user_signed_up]"), "{once}");
    assert!(
        once.contains("backfill: \"TODO map data recorded as user_signed_up to user_registered\""),
        "{once}"
    );
    // Renamed again in the same branch: HEAD never had user_registered, so the chain
    // collapses.
    let (code, _, err) = output(
        &analytics,
        &["rename", "user_registered", "account_created"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("HEAD has no event \"user_registered\", so no data was sent under it and nothing was added to `renamed_from`"),
        "{err}"
    );
    let twice = std::fs::read_to_string(&events).unwrap();
    assert_eq!(
        twice,
        once.replace("  user_registered:\n", "  account_created:\n")
            .replace(
                "user_signed_up to user_registered",
                "user_signed_up to account_created"
            )
    );

    // A typo fixed in the branch that introduced it: no history at all.
    let typo = format!(
        "{twice}  invitation_snet:\n    description: An invitation was sent.\n    owner: growth\n    consent: analytics\n"
    );
    write(&analytics, "dictionary/events.yaml", &typo);
    let (code, _, err) = output(
        &analytics,
        &[
            "rename",
            "invitation_snet",
            "invitation_sent",
            "--against",
            "HEAD",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(&events).unwrap(),
        typo.replace("invitation_snet", "invitation_sent")
    );
}

/// `concise` is colored like ruff's (`--color always`, or FORCE_COLOR / CLICOLOR_FORCE on a
/// pipe); NO_COLOR and `--color never` keep it plain.
#[test]
fn concise_output_is_colored_when_asked() {
    let dir = scratch("workflow", "color");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/broken"),
        &dir,
    );
    let first_line = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = Command::new(binary());
        command
            .args(["check", "--format", "concise"])
            .args(args)
            .current_dir(&dir)
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (key, value) in env {
            command.env(key, value);
        }
        let out = command.output().expect("run tracklint");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let colored = "\u{1b}[1mdictionary/governance.yaml:5:3:\u{1b}[0m \u{1b}[1;31merror\u{1b}[0m\u{1b}[2m[governance/owner-missing]\u{1b}[0m event \"faq_article_read\" has no owner";
    let plain = "dictionary/governance.yaml:5:3: error[governance/owner-missing] event \"faq_article_read\" has no owner";
    assert_eq!(first_line(&["--color", "always"], &[]), colored);
    assert_eq!(first_line(&[], &[("FORCE_COLOR", "1")]), colored);
    assert_eq!(
        first_line(&[], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]),
        colored
    );
    assert_eq!(first_line(&[], &[]), plain);
    assert_eq!(first_line(&[], &[("CLICOLOR_FORCE", "0")]), plain);
    assert_eq!(first_line(&[], &[("NO_COLOR", "1")]), plain);
    assert_eq!(
        first_line(&["--color", "never"], &[("FORCE_COLOR", "1")]),
        plain
    );
}

/// Global flags where they mean nothing are refused or honoured, help groups each command's
/// flags, completions offer no placeholders or file names for free text, `init` in the
/// current folder ends with a command that needs no path, and a baseline label is headed by
/// its revision.
#[test]
fn global_flags_help_completions_and_small_things() {
    let dir = scratch("workflow", "globals");
    let (code, _, err) = output(&dir, &["init", "--config", "x.yaml"]);
    assert_eq!(
        (code, err.as_str()),
        (
            2,
            "error: --config has no meaning for init (it writes a config); drop it\n"
        )
    );
    assert!(!dir.join("tracklint.yaml").exists());
    let (code, out, err) = output(&dir, &["-q", "init", "quiet"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert!(dir.join("quiet/tracklint.yaml").is_file());
    let (code, out, _) = output(&dir, &["init"]);
    assert_eq!(code, 0);
    assert!(out.ends_with("\nNext: tracklint check\n"), "{out}");

    write(
        &dir,
        "severities.yaml",
        "rules:\n  naming/case: warn\n  privacy: off\n",
    );
    let (code, rules, err) = output(&dir, &["rules", "--config", "severities.yaml"]);
    assert_eq!(code, 0, "{err}");
    let row = |id: &str| {
        rules
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .map(|l| l.split_whitespace().nth(2).unwrap_or_default().to_owned())
    };
    assert_eq!(row("naming/case").as_deref(), Some("warn"));
    assert_eq!(row("privacy/consent-missing").as_deref(), Some("off"));
    assert_eq!(row("naming/style").as_deref(), Some("error"));

    let (_, help, _) = output(&dir, &["check", "--help"]);
    let headings: Vec<&str> = help
        .lines()
        .filter(|l| l.ends_with(':') && !l.starts_with(' '))
        .collect();
    assert_eq!(
        headings,
        [
            "Arguments:",
            "Options:",
            "Output:",
            "Rule selection:",
            "Suppressions:",
            "Baseline:",
            "Fixes:",
            "Global options:"
        ]
    );

    let (_, bash, _) = output(&dir, &["completions", "bash"]);
    assert!(!bash.contains("policy/<stem>"));
    assert!(bash.contains("naming/past-tense-verb"));
    for flag in ["--plan", "--min-coverage", "--docs-url"] {
        let at = bash
            .find(&format!("                {flag})\n"))
            .expect(flag);
        let case = &bash[at..at + 200];
        assert!(case.contains("COMPREPLY=(\"${cur}\")"), "{flag}: {case}");
        assert!(!case.contains("compgen -f"), "{flag}: {case}");
    }
}

/// In human output a place in the baseline is headed by the baseline, not a bare `Advice:`.
#[test]
fn a_baseline_label_is_headed_by_its_revision() {
    let (_, analytics) = monorepo_with_a_type_change("advice");
    let (_, human, _) = output(
        &analytics,
        &[
            "check",
            "--against",
            "HEAD",
            "--select",
            "versioning/type-changed",
        ],
    );
    assert!(
        human.contains("Advice: in the baseline HEAD\n\n  ☞ string in HEAD\n"),
        "{human}"
    );
}
