//! Every rule's `explain` examples, run as tests: the bad example fires that rule and no other,
//! the good one is silent, alone and with every rule. The rules come from the registry, so a
//! new rule is covered here without editing this file. What each bad example prints (concise
//! and json: spans, messages, help) is pinned in a snapshot named after the rule.

use crate::common;

use std::path::Path;

use tracklint::engine::registry;
use tracklint::rule::{ExampleFile, Rule};

/// Rules that flag what a minimal example leaves out on purpose (an owner, a consent purpose,
/// descriptions, a plan listing each event, an event using each property): a good example
/// shows one fix in a few lines, so "clean with every rule" means clean with every rule but
/// these. Each of them still has its own good example, checked by `good_examples_are_silent`.
const LEFT_OUT_OF_EXAMPLES: &[&str] = &[
    "governance/owner-missing",
    "privacy/consent-missing",
    "properties/description-missing",
    "governance/unplanned-event",
    "properties/unused",
];

/// One run of the binary on an example: the diagnostics it printed, as (rule, line, message).
struct Run {
    code: Option<i32>,
    findings: Vec<(String, u64, String)>,
    /// stderr, and stdout when it is not the JSON array.
    other_output: String,
}

impl Run {
    fn describe(&self) -> String {
        let mut text = format!("exit {:?}", self.code);
        for (rule, line, message) in &self.findings {
            text.push_str(&format!("\n    {rule} (line {line}): {message}"));
        }
        if !self.other_output.trim().is_empty() {
            text.push_str(&format!(
                "\n    output: {}",
                common::excerpt(self.other_output.trim())
            ));
        }
        text
    }
}

/// Writes an example's files into a fresh folder: the checked catalog under `catalog/`,
/// baseline files under `baseline/`.
fn write_example(rule: &Rule, which: &str, files: &[ExampleFile]) -> std::path::PathBuf {
    let name = format!("{}-{which}", rule.id.replace(['/', '<', '>'], "_"));
    let dir = common::scratch("rule_examples", &name);
    for file in files {
        let folder = if file.baseline { "baseline" } else { "catalog" };
        common::write(&dir.join(folder), file.path, &file.text);
    }
    std::fs::create_dir_all(dir.join("catalog")).expect("create catalog folder");
    dir
}

/// What `--select` names for a rule: its id, or its group for `policy/<stem>`, whose
/// diagnostics carry the policy's own id.
fn selector(rule: &Rule) -> &'static str {
    if rule.id.contains('<') {
        rule.group()
    } else {
        rule.id
    }
}

/// Runs an example: `validate` on its payload files when it has any (with `--volume`, which
/// only looks at events with a `volume:` band), else `check`, with `--against` when it has
/// baseline files. `select` None runs every rule but [`LEFT_OUT_OF_EXAMPLES`].
fn run(dir: &Path, files: &[ExampleFile], select: Option<&str>) -> Run {
    let outcome = run_format(dir, files, select, "json");
    let findings = serde_json::from_str::<Vec<serde_json::Value>>(&outcome.stdout)
        .map(|items| {
            items
                .iter()
                .map(|item| {
                    (
                        item["rule"].as_str().unwrap_or_default().to_owned(),
                        item["line"].as_u64().unwrap_or_default(),
                        item["message"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Run {
        code: outcome.code,
        findings,
        other_output: format!("{}{}", outcome.stderr, stdout_if_not_json(&outcome.stdout)),
    }
}

/// Runs an example in one output format (see [`run`]); the baseline is named relative to
/// the catalog, so messages that quote it are the same on every machine.
fn run_format(
    dir: &Path,
    files: &[ExampleFile],
    select: Option<&str>,
    format: &str,
) -> common::Outcome {
    let catalog = dir.join("catalog");
    let payloads: Vec<&str> = files
        .iter()
        .filter(|f| !f.baseline && f.is_payloads())
        .map(|f| f.path)
        .collect();
    let mut args: Vec<String> = Vec::new();
    if payloads.is_empty() {
        args.push("check".into());
        if files.iter().any(|f| f.baseline) {
            args.push("--against".into());
            args.push("../baseline".into());
        }
    } else {
        args.push("validate".into());
        args.extend(payloads.iter().map(|p| p.to_string()));
        args.push("--volume".into());
    }
    match select {
        Some(select) => args.extend(["--select".into(), select.into()]),
        None => args.extend(["--ignore".into(), LEFT_OUT_OF_EXAMPLES.join(",")]),
    }
    args.extend(["--format".into(), format.into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    common::run_limited(&catalog, &args, 2048, 30, None)
}

fn stdout_if_not_json(stdout: &str) -> String {
    if serde_json::from_str::<serde_json::Value>(stdout).is_ok() {
        String::new()
    } else {
        format!("\n    stdout: {}", common::excerpt(stdout))
    }
}

/// Whether a diagnostic's rule id is documented by `rule` (`policy/x` by `policy/<stem>`).
fn is_of(rule: &Rule, id: &str) -> bool {
    registry::find(id).is_some_and(|found| found.id == rule.id)
}

/// The bad example fires the rule, and only it; exit 1 for an error rule, 0 for a warning.
fn check_bad(rule: &Rule) -> Option<String> {
    let files = rule.bad_files();
    let dir = write_example(rule, "bad", &files);
    let run = run(&dir, &files, Some(selector(rule)));
    let concise = run_format(&dir, &files, Some(selector(rule)), "concise").stdout;
    let json = run_format(&dir, &files, Some(selector(rule)), "json").stdout;
    // The scratch folder differs between machines: the baseline's files are named from it.
    let scratch = dir.display().to_string();
    insta::assert_snapshot!(
        format!("bad_{}", rule.id.replace(['/', '<', '>'], "_")),
        format!("## concise\n{concise}\n## json\n{json}").replace(&scratch, "[example]")
    );
    let fires = !run.findings.is_empty() && run.findings.iter().all(|(id, ..)| is_of(rule, id));
    let expected_code = if rule.severity == tracklint::diagnostic::Severity::Error {
        1
    } else {
        0
    };
    (!fires || run.code != Some(expected_code)).then(|| {
        format!(
            "{}: the bad example should fire only this rule (exit {expected_code}); got {}",
            rule.id,
            run.describe()
        )
    })
}

/// The good example is silent with only its rule selected.
fn check_good(rule: &Rule) -> Option<String> {
    let files = rule.good_files();
    let dir = write_example(rule, "good", &files);
    let run = run(&dir, &files, Some(selector(rule)));
    (!run.findings.is_empty() || run.code != Some(0)).then(|| {
        format!(
            "{}: the good example should be silent; got {}",
            rule.id,
            run.describe()
        )
    })
}

/// The good example with every rule (but [`LEFT_OUT_OF_EXAMPLES`]): clean.
fn check_good_with_every_rule(rule: &Rule) -> Option<String> {
    let files = rule.good_files();
    let dir = write_example(rule, "good-all", &files);
    let run = run(&dir, &files, None);
    (!run.findings.is_empty() || run.code != Some(0)).then(|| {
        format!(
            "{}: the good example is not clean with every rule; got {}",
            rule.id,
            run.describe()
        )
    })
}

/// Runs `check` over every rule of the registry and fails with every failure at once.
fn over_every_rule(check: fn(&Rule) -> Option<String>) {
    let failures: Vec<String> = registry::all().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} example(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn bad_examples_fire_their_rule_and_no_other() {
    over_every_rule(check_bad);
}

#[test]
fn good_examples_are_silent() {
    over_every_rule(check_good);
}

#[test]
fn good_examples_are_clean_with_every_rule() {
    over_every_rule(check_good_with_every_rule);
}

#[test]
fn the_list_names_real_rules() {
    for id in LEFT_OUT_OF_EXAMPLES {
        assert!(
            registry::all().any(|rule| rule.id == *id),
            "{id} is no rule of the registry"
        );
    }
}
