//! Edits tracklint writes into files an attacker named or wrote (SPEC §8, "Writes"): `rename`
//! quotes every name so the file reads back as meant, `--fix` finds suppressions from the YAML
//! parser's comment tokens (never in a string), and `--write-suppressions` records only keys
//! its reader accepts. Each written file is parsed again and its values compared.

use crate::common;

use std::path::Path;

use common::{Outcome, run_limited, scratch, write};
use tracklint::syntax::yaml::{self, Node};

fn run(dir: &Path, args: &[&str]) -> Outcome {
    run_limited(dir, args, 1024, 60, None)
}

/// `text` as a YAML double-quoted scalar, written independently of tracklint's own quoting.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || !c.is_ascii() => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn parsed(dir: &Path, file: &str) -> Node {
    let text = std::fs::read_to_string(dir.join(file)).expect("read written file");
    match yaml::parse(&text) {
        Ok(document) => {
            assert!(
                document.duplicates.is_empty(),
                "{file} has repeated keys:\n{text}"
            );
            document.root
        }
        Err(err) => panic!("{file} no longer parses ({}):\n{text}", err.message),
    }
}

fn strings(node: Option<&Node>) -> Vec<String> {
    node.and_then(Node::as_seq)
        .unwrap_or(&[])
        .iter()
        .map(|n| n.as_str().unwrap_or("<not a string>").to_owned())
        .collect()
}

/// Old names with every character that ends or changes a YAML token.
const HOSTILE_NAMES: &[&str] = &[
    "say \"hi\"",
    "a # b",
    "x]: {y",
    "first, second",
    "line\nbreak",
    " padded ",
    "back\\slash",
    "tab\tand\u{1b}[2J",
    "yes",
    "null",
    "1.5",
    "~",
    "'single'",
    "- dash",
    "bidi\u{202e}override",
];

/// A dictionary written by hand in the three layouts rename extends (block, flow, a block list
/// under `renamed_from`), the hostile name as the first event's key, and a plan and a
/// `replaced_by` naming it.
fn hostile_catalog(dir: &Path, old: &str) {
    let key = quoted(old);
    write(
        dir,
        "tracklint.yaml",
        "catalog: [dictionary.yaml, plan.yaml]\nreview: {today: 2026-11-30}\n",
    );
    write(
        dir,
        "dictionary.yaml",
        format!(
            "events:\n  {key}:\n    description: Something happened.\n    owner: web\n    consent: analytics\n    renamed_from:\n      - earlier_name\n  flow_event: {{description: Flow., owner: web, consent: analytics, renamed_from: [{key}, x]}}\n  old_banner_clicked:\n    description: Old.\n    owner: web\n    consent: analytics\n    status: deprecated\n    deprecated: {{since: 2026-01-01, replaced_by: {key}, reason: merged}}\n"
        ),
    );
    write(
        dir,
        "plan.yaml",
        format!(
            "plan: web\nsource: {{kind: client}}\nidentity: [anonymous_id]\nevents:\n  {key}: {{}}\n  flow_event: {{}}\n"
        ),
    );
}

#[test]
fn rename_writes_hostile_old_names_quoted_and_they_read_back_exactly() {
    for (n, old) in HOSTILE_NAMES.iter().enumerate() {
        let dir = scratch("hostile-edits", &format!("rename-{n}"));
        hostile_catalog(&dir, old);
        let before = parsed(&dir, "dictionary.yaml");
        assert!(before.find(["events", old]).is_some(), "{old:?}");
        let outcome = run(&dir, &["rename", "--", old, "order_placed"]);
        outcome.assert_exit(&[0], &format!("rename {old:?}"));
        let dictionary = parsed(&dir, "dictionary.yaml");
        let events = dictionary.get("events").expect("events");
        assert!(events.get(old).is_none(), "{old:?} is still a key");
        let event = events.get("order_placed").expect("the renamed event");
        assert_eq!(
            strings(event.get("renamed_from")),
            ["earlier_name", old],
            "{old:?}"
        );
        assert_eq!(
            event.get("backfill").and_then(Node::as_str),
            Some(format!("TODO map data recorded as {old} to order_placed").as_str()),
        );
        assert_eq!(event.get("owner").and_then(Node::as_str), Some("web"));
        // The other events are untouched, but for the `replaced_by` that named the old event.
        assert_eq!(
            strings(events.find(["flow_event", "renamed_from"]).map(|(_, n)| n)),
            [*old, "x"]
        );
        assert_eq!(
            events
                .find(["old_banner_clicked", "deprecated", "replaced_by"])
                .and_then(|(_, n)| n.as_str()),
            Some("order_placed")
        );
        let plan = parsed(&dir, "plan.yaml");
        let plan_events: Vec<&str> = plan
            .get("events")
            .expect("plan events")
            .entries()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(plan_events, ["order_placed", "flow_event"]);
        // Hidden characters are escaped in the file, not written raw.
        let text = std::fs::read_to_string(dir.join("dictionary.yaml")).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{text}"
        );
    }
}

/// Event bodies in each layout rename extends, `{key}` the event's quoted name: a flow mapping
/// with a flow history, a block mapping with a scalar history, an empty flow mapping, nothing.
const LAYOUTS: &[(&str, &[&str])] = &[
    (
        "{key}: {description: A., owner: web, renamed_from: [a, \"b, c\"]}",
        &["a", "b, c"],
    ),
    (
        "{key}:\n    renamed_from: \"one, two\"\n    description: B.",
        &["one, two"],
    ),
    ("{key}: {}", &[]),
    ("{key}:", &[]),
];

#[test]
fn rename_extends_every_layout_with_the_old_name_quoted() {
    for (n, old) in HOSTILE_NAMES.iter().enumerate() {
        for (layout, (body, history)) in LAYOUTS.iter().enumerate() {
            let dir = scratch("hostile-edits", &format!("rename-layout-{n}-{layout}"));
            // The new name is plain on purpose; the naming rules judge other things.
            write(
                &dir,
                "tracklint.yaml",
                "catalog: [dictionary.yaml]\nrules: {naming: off}\n",
            );
            let body = body.replace("{key}", &quoted(old));
            write(
                &dir,
                "dictionary.yaml",
                format!("events:\n  {body}\n  other_event: {{description: C.}}\n"),
            );
            run(&dir, &["rename", "--", old, "new_name"])
                .assert_exit(&[0], &format!("{old:?} in layout {layout}"));
            let root = parsed(&dir, "dictionary.yaml");
            let event = root
                .find(["events", "new_name"])
                .map(|(_, node)| node)
                .expect("the renamed event");
            let mut expected: Vec<&str> = history.to_vec();
            expected.push(old);
            assert_eq!(
                strings(event.get("renamed_from")),
                expected,
                "layout {layout}"
            );
            assert_eq!(
                event.get("backfill").and_then(Node::as_str),
                Some(format!("TODO map data recorded as {old} to new_name").as_str()),
                "layout {layout}"
            );
            assert!(
                root.find(["events", "other_event", "description"])
                    .is_some()
            );
        }
    }
}

#[test]
fn rename_to_a_plain_name_yaml_reads_as_no_string_quotes_it() {
    for new in ["null", "true", "Yes"] {
        let dir = scratch("hostile-edits", &format!("rename-to-{new}"));
        hostile_catalog(&dir, "order_completed");
        // `null` is no event name the naming rules accept; this is about how it is written.
        write(
            &dir,
            "tracklint.yaml",
            "catalog: [dictionary.yaml, plan.yaml]\nrules: {naming: off}\n",
        );
        run(&dir, &["rename", "order_completed", new]).assert_exit(&[0], new);
        let dictionary = parsed(&dir, "dictionary.yaml");
        let events = dictionary.get("events").expect("events");
        assert!(
            events.get(new).is_some_and(|e| e.get("owner").is_some()),
            "{new}"
        );
        assert_eq!(
            events
                .find(["old_banner_clicked", "deprecated", "replaced_by"])
                .and_then(|(_, n)| n.as_str()),
            Some(new),
            "replaced_by must stay the string {new:?}"
        );
        let plan = parsed(&dir, "plan.yaml");
        assert!(plan.find(["events", new]).is_some(), "{new}");
    }
}

#[test]
fn rename_refuses_rather_than_writing_what_would_not_read_back() {
    let dir = scratch("hostile-edits", "rename-refused");
    write(&dir, "tracklint.yaml", "catalog: [dictionary.yaml]\n");
    // The history is an alias of another event's: adding OLD there would change both.
    let dictionary = "events:\n  first_opened:\n    description: A.\n    renamed_from: &names [older_name]\n    backfill: older_name rows are first_opened rows.\n  shared_opened:\n    description: B.\n    renamed_from: *names\n    backfill: older_name rows are shared_opened rows.\n";
    write(&dir, "dictionary.yaml", dictionary);
    let outcome = run(&dir, &["rename", "shared_opened", "shared_viewed"]);
    outcome.assert_exit(&[2], "rename through an anchor");
    assert!(
        outcome.stderr.contains("would not read back as intended")
            && outcome.stderr.contains("dictionary.yaml")
            && outcome.stderr.contains("nothing was written"),
        "{}",
        outcome.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("dictionary.yaml")).unwrap(),
        dictionary
    );
}

/// Descriptions that hold suppression text inside a quoted string and a block scalar, beside
/// one real suppression that hides nothing.
const SUPPRESSION_LOOKALIKES: &str = "\
events:
  page_viewed:
    description: \"see # tracklint: allow(naming/case)\"
    owner: web
    consent: analytics
  form_sent:
    description: |
      A form was sent.
      # tracklint: allow(naming/vague-word) -- inside the text
    owner: web
    consent: analytics
  invoice_paid:  # tracklint: allow(naming/case) -- stale
    description: 'it says # tracklint: allow(naming) too'
    owner: billing
    consent: necessary
";

#[test]
fn suppression_text_inside_strings_is_no_suppression_and_fix_leaves_it() {
    let dir = scratch("hostile-edits", "suppression-strings");
    write(&dir, "tracklint.yaml", "catalog: [dictionary.yaml]\n");
    write(&dir, "dictionary.yaml", SUPPRESSION_LOOKALIKES);
    let outcome = run(
        &dir,
        &[
            "check",
            ".",
            "--select",
            "naming,meta",
            "--format",
            "concise",
        ],
    );
    outcome.assert_exit(&[0], "check");
    assert_eq!(
        outcome.stdout,
        "dictionary.yaml:12:37: warning[meta/unused-suppression] suppression of \"naming/case\" matches no diagnostic on line 12\n"
    );
    run(&dir, &["check", ".", "--select", "naming,meta", "--fix"]).assert_exit(&[0], "fix");
    assert_eq!(
        std::fs::read_to_string(dir.join("dictionary.yaml")).unwrap(),
        SUPPRESSION_LOOKALIKES.replace(
            "  invoice_paid:  # tracklint: allow(naming/case) -- stale\n",
            "  invoice_paid:\n"
        )
    );
}

#[test]
fn a_string_that_looks_like_a_suppression_hides_nothing() {
    let dir = scratch("hostile-edits", "suppression-hides");
    write(&dir, "tracklint.yaml", "catalog: [dictionary.yaml]\n");
    // A vague event name on the line of a flow mapping whose string says "allow".
    write(
        &dir,
        "dictionary.yaml",
        "events:\n  stuff_opened: {description: \"x # tracklint: allow(naming/vague-word)\", owner: web, consent: analytics}\n",
    );
    let outcome = run(
        &dir,
        &[
            "check",
            ".",
            "--select",
            "naming,meta",
            "--format",
            "concise",
        ],
    );
    outcome.assert_exit(&[1], "check");
    assert_eq!(
        outcome.stdout,
        "dictionary.yaml:2:3: error[naming/vague-word] event \"stuff_opened\" uses the vague word \"stuff\"\n"
    );
}

/// A vague event with a suppression, `in_a_row` comments before and after the suppression
/// and between the key and its body, and `tail` at the end.
fn commented(in_a_row: usize, tail: &str) -> String {
    let run = "  # a comment\n".repeat(in_a_row);
    format!(
        "events:\n{run}  # tracklint: allow(naming/vague-word) -- legacy\n{run}  stuff_opened:\n{run}    description: x\n    owner: web\n    consent: analytics\n{tail}"
    )
}

#[test]
fn many_comments_in_a_row_are_read_without_error() {
    let dir = scratch("hostile-edits", "many-comments");
    write(&dir, "tracklint.yaml", "catalog: [dictionary.yaml]\n");
    let check = |dir: &Path| {
        run(
            dir,
            &[
                "check",
                ".",
                "--select",
                "naming,meta,structure",
                "--format",
                "concise",
            ],
        )
    };
    // Thousands in a row (the parser's default holds 96): the suppression is read.
    write(&dir, "dictionary.yaml", commented(4_000, ""));
    let outcome = check(&dir);
    outcome.assert_exit(&[0], "many comments");
    assert_eq!(outcome.stdout, "");
    // More in a row than the parser may hold: no error, the file is checked without its
    // comments, so what the suppression hid shows.
    write(&dir, "dictionary.yaml", commented(12_000, ""));
    let outcome = check(&dir);
    outcome.assert_exit(&[1], "too many comments in a row");
    assert_eq!(
        outcome.stdout,
        "dictionary.yaml:24003:3: error[naming/vague-word] event \"stuff_opened\" uses the vague word \"stuff\"\n"
    );
    // A file that does not parse has no suppressions: none is reported unused.
    write(&dir, "dictionary.yaml", commented(100, "  - broken\n"));
    let outcome = check(&dir);
    outcome.assert_exit(&[1], "broken file with comments");
    assert!(
        outcome.stdout.contains("structure/yaml-syntax")
            && !outcome.stdout.contains("unused-suppression"),
        "{}",
        outcome.stdout
    );
}

const VAGUE: &str = "events:\n  thing_opened:\n    description: Old.\n    owner: web\n    consent: analytics\n    properties:\n      plan_tier: required\n";

#[test]
fn write_suppressions_never_records_a_key_its_reader_refuses() {
    let dir = common::clean_catalog("hostile-edits", "bulk-keys");
    write(&dir, "dictionary/plain.yaml", VAGUE);
    write(
        &dir,
        "dictionary/a\\b.yaml",
        VAGUE.replace("thing_", "thing_b_"),
    );
    write(
        &dir,
        "dictionary/e\u{1b}[31m.yaml",
        VAGUE.replace("thing_", "thing_e_"),
    );
    let outcome = run(&dir, &["check", "--write-suppressions"]);
    // The two files it cannot key stay reported (exit 1), named with the escape visible.
    outcome.assert_exit(&[1], "write");
    assert!(
        outcome.stderr.contains("dictionary/a\\b.yaml")
            && outcome.stderr.contains("dictionary/e\\u{1b}[31m.yaml")
            && !outcome.stderr_bytes.contains(&0x1b),
        "{}",
        outcome.stderr
    );
    let written = std::fs::read_to_string(dir.join("tracklint-suppressions.json")).unwrap();
    assert_eq!(
        written,
        "{\n  \"dictionary/plain.yaml\": {\n    \"governance/unplanned-event\": 1,\n    \"naming/vague-word\": 1\n  }\n}\n"
    );
    // Every later check reads the file back: exit 1 for the unrecorded files, never 2.
    let outcome = run(&dir, &["check", "--format", "concise"]);
    outcome.assert_exit(&[1], "check after write");
    assert!(!outcome.stdout.contains("plain.yaml"), "{}", outcome.stdout);
    // Without them, the catalog is green.
    std::fs::remove_file(dir.join("dictionary/a\\b.yaml")).unwrap();
    std::fs::remove_file(dir.join("dictionary/e\u{1b}[31m.yaml")).unwrap();
    run(&dir, &["check"]).assert_exit(&[0], "check without them");
}

#[test]
fn write_suppressions_never_records_a_rule_id_its_reader_refuses() {
    let dir = common::clean_catalog("hostile-edits", "bulk-rules");
    write(
        &dir,
        "tracklint.yaml",
        format!(
            "{}policies: [\"policies/*.yaml\"]\n",
            std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap()
        ),
    );
    // A policy file whose name holds an escape: its rule id is `policy/` plus the name.
    write(
        &dir,
        "policies/tags\u{1b}x.yaml",
        "type: object\nrequired: [tags]\n",
    );
    let outcome = run(&dir, &["check", "--write-suppressions"]);
    outcome.assert_exit(&[1], "write");
    assert!(!outcome.stderr_bytes.contains(&0x1b), "{}", outcome.stderr);
    let outcome = run(&dir, &["check", "--format", "concise"]);
    outcome.assert_exit(&[1], "check after write");
    assert!(
        outcome.stdout.contains("policy/tags\\u{1b}x"),
        "{}",
        outcome.stdout
    );
}

/// Catalogs built from pseudo-random bytes (seeded: the same every run) in every layout rename
/// extends, with hostile names: the rename and the fixes read back as meant (the property of
/// the cargo-fuzz target `edits`, in `edits_property`).
#[test]
fn random_catalogs_rename_and_fix_to_what_was_meant() {
    use crate::edits_property::{Model, check_model, check_raw};
    use arbitrary::Unstructured;
    const ROUNDS: usize = 2_000;
    let config = tracklint::config::Config::defaults(".".into(), vec![".".into()]);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next_byte = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 24) as u8
    };
    let mut renamed = 0;
    for round in 0..ROUNDS {
        let bytes: Vec<u8> = (0..512).map(|_| next_byte()).collect();
        if round % 8 == 0 {
            let _ = check_raw(&mut Unstructured::new(&bytes));
            continue;
        }
        let Ok(model) = Model::generate(&mut Unstructured::new(&bytes)) else {
            continue;
        };
        // The fixes run every rule: a quarter of the rounds keeps the test to seconds.
        renamed += usize::from(check_model(&model, &config, round % 4 == 0).renamed);
    }
    // Most rounds rename (the rest are refusals of a NEW that is taken or not plain).
    assert!(
        renamed > ROUNDS / 3,
        "only {renamed} of {ROUNDS} rounds renamed"
    );
}
