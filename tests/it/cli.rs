//! The command line as users and CI see it: exit codes, flags, config discovery and errors,
//! rule selection, `rules`/`explain`, `init` and completions.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tracklint::engine::registry;

fn tracklint() -> Command {
    let mut command = Command::cargo_bin("tracklint").unwrap();
    command.env("NO_COLOR", "1");
    command
}

/// A fresh scratch folder of this group ([`crate::common::scratch`]).
fn scratch(name: &str) -> PathBuf {
    crate::common::scratch("cli", name)
}

fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A catalog made by `init`: clean by construction.
fn clean_catalog(name: &str) -> PathBuf {
    let dir = scratch(name);
    tracklint().arg("init").arg(&dir).assert().success();
    dir
}

fn stdout(command: &mut Command) -> (i32, String, String) {
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const VAGUE_EVENT: &str = "
  clicked_stuff:
    description: Something was clicked.
    owner: web
    consent: analytics
    properties:
      plan_tier: required
";

#[test]
fn clean_catalog_prints_nothing_and_exits_0() {
    let dir = clean_catalog("clean");
    let (code, out, err) = stdout(tracklint().arg("check").arg(&dir));
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    // The same from inside the catalog, without a path.
    let (code, out, _) = stdout(tracklint().current_dir(&dir).arg("check"));
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn errors_exit_1_and_are_reported_at_their_line() {
    let dir = clean_catalog("errors");
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    write(
        &dir,
        "dictionary/events.yaml",
        &format!("{events}{VAGUE_EVENT}"),
    );
    let line = events.lines().count() + 2;
    let (code, out, _) = stdout(
        tracklint()
            .current_dir(&dir)
            .args(["check", "--format", "concise"]),
    );
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("dictionary/events.yaml:{line}:3: error[naming/vague-word] event \"clicked_stuff\" uses the vague word \"stuff\"")),
        "{out}"
    );
    assert!(out.contains("warning[governance/unplanned-event]"), "{out}");
}

#[test]
fn selection_deny_warnings_quiet_and_statistics() {
    let dir = clean_catalog("selection");
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    write(
        &dir,
        "dictionary/events.yaml",
        &format!("{events}{VAGUE_EVENT}"),
    );

    // Only a warning rule selected: warnings do not fail...
    let (code, out, _) = stdout(tracklint().arg("check").arg(&dir).args([
        "--select",
        "governance/unplanned-event",
        "--format",
        "concise",
    ]));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
    // ...unless --deny-warnings.
    tracklint()
        .arg("check")
        .arg(&dir)
        .args(["--select", "governance/unplanned-event", "--deny-warnings"])
        .assert()
        .code(1);
    // Groups and comma lists; --ignore wins.
    let (code, out, _) = stdout(tracklint().arg("check").arg(&dir).args([
        "--select",
        "naming,governance",
        "--ignore",
        "naming/vague-word",
        "--format",
        "concise",
    ]));
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("vague-word"));
    // --quiet prints errors only.
    let (code, out, _) = stdout(
        tracklint()
            .arg("check")
            .arg(&dir)
            .args(["--quiet", "--format", "concise"]),
    );
    assert_eq!(code, 1);
    assert!(out.lines().all(|l| l.contains(": error[")), "{out}");
    // --statistics counts per rule.
    let (code, out, _) = stdout(tracklint().arg("check").arg(&dir).arg("--statistics"));
    assert_eq!(code, 1);
    // A blank fix mark: neither rule has a fix.
    assert!(out.contains("     1      naming/vague-word "), "{out}");
    assert!(
        out.contains("     1      governance/unplanned-event "),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = clean_catalog("usage");
    for args in [
        vec!["check", "--format", "xml"],
        vec!["check", "--select", "naming/vauge-word"],
        vec!["check", "--ignore", "nonsense"],
        vec!["check", "--statistics", "--format", "sarif"],
        vec!["explain", "naming/nope"],
        vec!["frobnicate"],
    ] {
        let (code, _, err) = stdout(tracklint().current_dir(&dir).args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.is_empty());
    }
    let (code, _, err) =
        stdout(
            tracklint()
                .current_dir(&dir)
                .args(["check", "--select", "naming/vauge-word"]),
        );
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `naming/vague-word`"), "{err}");
    let (code, _, err) = stdout(tracklint().args(["check", "/no/such/catalog"]));
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/catalog"), "{err}");
}

#[test]
fn config_errors_exit_2_with_a_span_in_the_config() {
    for (name, config, expected) in [
        (
            "unknown-key",
            "catalog: [dictionary, plans]\nnamng:\n  style: verb_object\n",
            ("tracklint.yaml:2:1", "unknown key \"namng\""),
        ),
        (
            "unknown-rule",
            "rules:\n  naming/vauge-word: off\n",
            (
                "tracklint.yaml:2:3",
                "unknown rule id \"naming/vauge-word\"",
            ),
        ),
        (
            "bad-severity",
            "rules:\n  naming/vague-word: fatal\n",
            ("tracklint.yaml:2:22", "not allowed"),
        ),
        (
            "bad-regex",
            "naming:\n  event_pattern: '^(web|app'\n",
            ("tracklint.yaml:2:18", "not a valid regular expression"),
        ),
        (
            "bad-yaml",
            "naming: [\n",
            ("tracklint.yaml:", "malformed YAML"),
        ),
        (
            "missing-catalog-path",
            "catalog: [dictionary, events]\n",
            (
                "tracklint.yaml:1:23",
                "catalog path `events` does not exist",
            ),
        ),
    ] {
        let dir = clean_catalog(&format!("config-{name}"));
        write(&dir, "tracklint.yaml", config);
        let (code, out, err) = stdout(tracklint().current_dir(&dir).arg("check"));
        assert_eq!(code, 2, "{name}: {err}");
        assert_eq!(out, "", "{name}");
        assert!(
            err.contains(expected.0) && err.contains(expected.1),
            "{name}:\n{err}"
        );
    }
}

#[test]
fn explicit_config_and_paths_with_spaces() {
    let dir = clean_catalog("with space/my catalog");
    let config = dir.join("tracklint.yaml");
    std::fs::rename(&config, dir.join("custom.yaml")).unwrap();
    // Without a config the folder is checked with defaults: the five stages are not required.
    tracklint().arg("check").arg(&dir).assert().success();
    // With --config, its rules apply (here: one more required property).
    let text = std::fs::read_to_string(dir.join("custom.yaml")).unwrap();
    write(
        &dir,
        "custom.yaml",
        &text.replace(
            "required: [plan_tier]",
            "required: [plan_tier, subscription_id]",
        ),
    );
    let (code, out, _) = stdout(
        tracklint()
            .arg("--config")
            .arg(dir.join("custom.yaml"))
            .arg("check")
            .arg(&dir)
            .args(["--format", "concise"]),
    );
    assert_eq!(code, 1);
    assert!(out.contains("my catalog/dictionary/events.yaml"), "{out}");
    assert!(
        out.contains("lacks required property \"subscription_id\""),
        "{out}"
    );
}

#[test]
fn config_severity_overrides_and_suppressions() {
    let dir = clean_catalog("severity");
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    let suppressed = VAGUE_EVENT.replace("  clicked_stuff:", "  # tracklint: allow(naming/vague-word) -- legacy name kept for the mobile app\n  clicked_stuff:");
    write(
        &dir,
        "dictionary/events.yaml",
        &format!("{events}{suppressed}"),
    );
    let config = std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap();
    write(
        &dir,
        "tracklint.yaml",
        &format!("{config}rules:\n  governance/unplanned-event: off\n"),
    );
    let (code, out, _) = stdout(
        tracklint()
            .arg("check")
            .arg(&dir)
            .args(["--format", "concise"]),
    );
    assert_eq!((code, out.as_str()), (0, ""));
    // --no-suppressions brings it back.
    let (code, out, _) = stdout(tracklint().arg("check").arg(&dir).args([
        "--format",
        "concise",
        "--no-suppressions",
    ]));
    assert_eq!(code, 1);
    assert!(out.contains("naming/vague-word"), "{out}");
    // A suppression that hides nothing is reported.
    write(
        &dir,
        "dictionary/events.yaml",
        &format!(
            "{events}{}",
            suppressed.replace("clicked_stuff", "invitation_sent")
        ),
    );
    let (code, out, _) = stdout(
        tracklint()
            .arg("check")
            .arg(&dir)
            .args(["--format", "concise"]),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning[meta/unused-suppression] suppression of \"naming/vague-word\" matches no diagnostic"), "{out}");
}

#[test]
fn rules_and_explain_document_every_rule() {
    let (code, out, _) = stdout(tracklint().arg("rules"));
    assert_eq!(code, 0);
    let ids: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let registered: Vec<&str> = registry::all().map(|rule| rule.id).collect();
    assert_eq!(ids, registered, "`rules` lists the registry, in its order");
    for id in ids {
        let (code, text, _) = stdout(tracklint().args(["explain", id]));
        assert_eq!(code, 0, "{id}");
        for section in ["What it checks", "Why", "Bad", "Good"] {
            assert!(text.contains(section), "{id} lacks {section}");
        }
    }
}

/// The rule ids SPEC.md names (§2 meta, §3 catalog rules, §3.9 policies, §6 payloads),
/// copied by hand: a list derived from the registry could not fail.
const SPEC_RULE_IDS: &[&str] = &[
    "structure/yaml-syntax",
    "structure/schema",
    "structure/duplicate-key",
    "structure/duplicate-definition",
    "structure/unknown-property",
    "structure/unknown-event",
    "structure/dedupe-key-unknown",
    // §8: a pattern that does not compile or exceeds the regex budget.
    "structure/invalid-pattern",
    // §1.2: a `required: [..]` list on an event's inline object property.
    "structure/required-list",
    "structure/ambiguous-scalar",
    "structure/unknown-file-kind",
    "naming/case",
    "naming/style",
    "naming/past-tense-verb",
    "naming/vague-word",
    "naming/near-duplicate",
    "naming/max-length",
    "properties/required-missing",
    "properties/currency-with-amount",
    "properties/description-missing",
    "properties/enum-empty",
    "properties/enum-duplicate",
    "properties/unused",
    "properties/type-unknown",
    "types/unstable",
    "types/narrowing-conflict",
    "types/timestamp-format",
    "versioning/type-changed",
    "versioning/meaning-changed-without-bump",
    "versioning/changelog-missing",
    "versioning/version-decreased",
    "versioning/removed-without-deprecation",
    "versioning/rename-without-backfill",
    "governance/owner-missing",
    "governance/crm-approval-missing",
    "governance/crm-approval-stale",
    "governance/crm-not-active",
    "governance/crm-dedupe-missing",
    "governance/review-overdue",
    "governance/deprecated-in-plan",
    "governance/deprecated-without-replacement",
    "governance/unplanned-event",
    "privacy/consent-missing",
    "privacy/personal-to-crm",
    "privacy/marketing-consent-required",
    "pipeline/revenue-server-side",
    "pipeline/double-count",
    "pipeline/identity-missing",
    "pipeline/sampling-missing",
    "pipeline/clock-skew-missing",
    "pipeline/lifecycle-coverage",
    // SPEC's `policy/<file stem>`: one entry documents every custom policy.
    "policy/<stem>",
    "payload/invalid-json",
    "payload/unknown-event",
    "payload/schema",
    "payload/unplanned-property",
    "payload/retired-event",
    "payload/identity-missing",
    "payload/timestamp-offset",
    "payload/library-outdated",
    "payload/volume-out-of-band",
    "payload/duplicate",
    "payload/clock-skew",
    "payload/consent-denied",
    "meta/unused-suppression",
];

#[test]
fn the_registry_holds_exactly_the_spec_rules() {
    let mut spec: Vec<&str> = SPEC_RULE_IDS.to_vec();
    let mut registered: Vec<&str> = registry::all().map(|rule| rule.id).collect();
    spec.sort_unstable();
    registered.sort_unstable();
    let missing: Vec<&&str> = spec.iter().filter(|id| !registered.contains(id)).collect();
    let extra: Vec<&&str> = registered.iter().filter(|id| !spec.contains(id)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "SPEC rules missing from the registry: {missing:?}; registered rules SPEC does not name: {extra:?}"
    );
    assert_eq!(spec, registered, "no rule is registered twice");
}

#[test]
fn init_refuses_to_overwrite() {
    let dir = clean_catalog("init");
    let before = std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap();
    let (code, _, err) = stdout(tracklint().arg("init").arg(&dir));
    assert_eq!(code, 2);
    assert!(
        err.contains("would overwrite") && err.contains("tracklint.yaml"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap(),
        before
    );
    // One existing file is enough to write nothing.
    let other = scratch("init-partial");
    write(&other, "plans/web.yaml", "# mine\n");
    tracklint().arg("init").arg(&other).assert().code(2);
    assert!(!other.join("tracklint.yaml").exists());
}

#[test]
fn init_writes_the_five_lifecycle_stages() {
    let dir = clean_catalog("init-stages");
    let config = std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap();
    assert!(config.contains(
        "required_stages: [signup, activation, subscription_change, cancellation, payment_failure]"
    ));
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, _) = stdout(tracklint().args(["completions", shell]));
        assert_eq!(code, 0);
        assert!(out.contains("tracklint"), "{shell}");
    }
}

#[test]
fn json_format_fields() {
    let dir = clean_catalog("json");
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    write(
        &dir,
        "dictionary/events.yaml",
        &format!("{events}{VAGUE_EVENT}"),
    );
    let (code, out, _) = stdout(
        tracklint()
            .current_dir(&dir)
            .args(["check", "--format", "json", "--select", "naming"]),
    );
    assert_eq!(code, 1);
    let items: serde_json::Value = serde_json::from_str(&out).unwrap();
    let item = &items[0];
    let line = events.lines().count() as u64 + 2;
    assert_eq!(item["rule"], "naming/vague-word");
    assert_eq!(item["severity"], "error");
    assert_eq!(item["file"], "dictionary/events.yaml");
    assert_eq!(item["line"], line);
    assert_eq!(item["column"], 3);
    assert_eq!(item["end_line"], line);
    assert_eq!(item["end_column"], 16);
    assert_eq!(item["length"], 13);
    assert!(item["help"].as_str().unwrap().contains("invitation_sent"));
    assert_eq!(
        &events.len() + 3,
        item["offset"].as_u64().unwrap() as usize,
        "offset is the byte offset of the event name"
    );
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let dir = clean_catalog("color");
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    write(
        &dir,
        "dictionary/events.yaml",
        &format!("{events}{VAGUE_EVENT}"),
    );
    let run = |args: &[&str], no_color: bool| {
        let mut command = Command::cargo_bin("tracklint").unwrap();
        if no_color {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR");
        }
        let output = command.current_dir(&dir).args(args).output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    // Piped stdout: no colour unless asked for.
    assert!(!run(&["check"], false).contains('\u{1b}'));
    assert!(run(&["check", "--color", "always"], false).contains('\u{1b}'));
    assert!(!run(&["check", "--color", "never"], false).contains('\u{1b}'));
    assert!(!run(&["check", "--color", "auto"], true).contains('\u{1b}'));
}

#[test]
fn verbose_notes_go_to_stderr() {
    let dir = clean_catalog("verbose");
    write(&dir, "dictionary/notes.yaml", "title: not a catalog file\n");
    let (code, out, err) = stdout(tracklint().arg("check").arg(&dir).arg("--verbose"));
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(
        err.contains("note: skipped") && err.contains("notes.yaml"),
        "{err}"
    );
    assert!(err.contains("events"), "{err}");
}

#[test]
fn offsets_and_columns_agree_across_formats() {
    let dir = scratch("columns");
    // A byte order mark and a non-ASCII name before the problem on the same line.
    let text =
        "\u{feff}events:\n  café_opened: {owner: x, consent: analytics, description: d, ownr: y}\n";
    write(&dir, "d.yaml", text);
    let (_, json, _) = stdout(tracklint().current_dir(&dir).args([
        "check",
        "d.yaml",
        "--format",
        "json",
        "--select",
        "structure",
    ]));
    let items: serde_json::Value = serde_json::from_str(&json).unwrap();
    let offset = items[0]["offset"].as_u64().unwrap() as usize;
    assert_eq!(
        &text.as_bytes()[offset..offset + 4],
        b"ownr",
        "offset is a byte offset into the file"
    );
    assert_eq!(items[0]["column"], 63);
    let (_, concise, _) = stdout(tracklint().current_dir(&dir).args([
        "check",
        "d.yaml",
        "--format",
        "concise",
        "--select",
        "structure",
    ]));
    assert!(concise.starts_with("d.yaml:2:63:"), "{concise}");
    let (_, human, _) =
        stdout(
            tracklint()
                .current_dir(&dir)
                .args(["check", "d.yaml", "--select", "structure"]),
        );
    assert!(human.contains("[d.yaml:2:63]"), "{human}");
}

#[test]
fn explain_a_group_lists_its_rules_and_marks_the_fixable_ones() {
    let output = tracklint().args(["explain", "meta"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "meta is a group of 1 rule:\n  meta/unused-suppression  warn   A `# tracklint: allow(...)` comment that suppresses nothing. [fix]\n`tracklint explain RULE` documents one of them.\n"
    );
    let output = tracklint().args(["explain", "naming"]).output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("naming is a group of "), "{text}");
    assert!(text.contains("  naming/vague-word "), "{text}");
    let output = tracklint().arg("rules").output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    let fixable: Vec<&str> = text
        .lines()
        .filter(|l| l.ends_with("[fix]") || l.ends_with("[unsafe fix]"))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        fixable,
        [
            "structure/required-list",
            "structure/ambiguous-scalar",
            "naming/case",
            "naming/style",
            "naming/past-tense-verb",
            "versioning/changelog-missing",
            "meta/unused-suppression"
        ]
    );
}

#[test]
fn a_flattened_config_key_suggests_the_nested_one() {
    let dir = scratch("flattened-key");
    write(&dir, "tracklint.yaml", "naming_style: object_action\n");
    let output = tracklint().arg("check").arg(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("help: did you mean `naming:` with `style:` under it?"),
        "{stderr}"
    );
}
