//! naming/* through the CLI where a fixture's `# expect:` marks cannot say enough: which
//! name of a near-duplicate pair is blamed (with and without `--against`) and what the help
//! tells the user to keep.

use crate::common;

use std::path::Path;

use assert_cmd::Command;
use common::{scratch, write};

/// The JSON diagnostics of `check ARGS` run in `dir`, and the exit code.
fn check_json(dir: &Path, args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let items = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    (output.status.code().unwrap_or(-1), items)
}

fn near_duplicates(items: &[serde_json::Value]) -> Vec<(String, u64, String)> {
    items
        .iter()
        .filter(|d| d["rule"] == "naming/near-duplicate")
        .map(|d| {
            (
                d["message"].as_str().unwrap_or_default().to_owned(),
                d["line"].as_u64().unwrap_or_default(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn near_duplicate_blames_the_malformed_name_and_keeps_the_well_formed_one() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/near-duplicate-edge");
    let (code, items) = check_json(&dir, &["."]);
    assert_eq!(code, 1);
    let found = near_duplicates(&items);
    let refunded = found
        .iter()
        .find(|(message, _, _)| message.starts_with("event \"refunded_order\""))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        refunded.0,
        "event \"refunded_order\" is a near-duplicate of \"order_refunded\""
    );
    assert_eq!(refunded.1, 84);
    assert_eq!(
        refunded.2,
        "if they mean the same thing, keep \"order_refunded\", which follows the naming \
         rules, and remove or rename this one"
    );
    assert!(
        !found
            .iter()
            .any(|(m, _, _)| m.starts_with("event \"order_refunded\"")),
        "{found:?}"
    );
}

const EVENT: &str =
    "    description: A person finished signing up.\n    owner: accounts\n    consent: necessary\n";

fn dictionary(names: &[&str]) -> String {
    let mut text = String::from("events:\n");
    for name in names {
        text.push_str(&format!("  {name}:\n{EVENT}"));
    }
    text
}

#[test]
fn near_duplicate_blames_the_name_the_baseline_lacks() {
    let dir = scratch("naming", "near-duplicate-baseline");
    // The new name comes first in the file: without a baseline the later one is blamed.
    write(
        &dir,
        "head/events.yaml",
        dictionary(&["signup_completed", "sign_up_completed"]),
    );
    write(&dir, "base/events.yaml", dictionary(&["sign_up_completed"]));
    let head = dir.join("head");

    let (_, items) = check_json(&head, &["."]);
    let found = near_duplicates(&items);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        "event \"sign_up_completed\" is a near-duplicate of \"signup_completed\""
    );
    assert_eq!(found[0].1, 6);

    let (_, items) = check_json(&head, &[".", "--against", "../base"]);
    let found = near_duplicates(&items);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        "event \"signup_completed\" is a near-duplicate of \"sign_up_completed\""
    );
    assert_eq!(found[0].1, 2);
    assert_eq!(
        found[0].2,
        "if they mean the same thing, keep \"sign_up_completed\", which the baseline already \
         has, and remove or rename this one"
    );
}

/// (line, message, help) of every `rule` diagnostic.
fn of_rule(items: &[serde_json::Value], rule: &str) -> Vec<(u64, String, String)> {
    items
        .iter()
        .filter(|d| d["rule"] == rule)
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or_default(),
                d["message"].as_str().unwrap_or_default().to_owned(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn ed_words_are_checked_against_the_verb_lexicon() {
    let dir = scratch("naming", "ed-words");
    write(
        &dir,
        "events.yaml",
        dictionary(&[
            "plan_upgraed",
            "plan_blorped",
            "invoice_payed",
            "user_onboarded",
            "post_upvoted",
            "newsletter_unsubscribed",
            "user_signed_up",
            // The regular -ed form of a noun WordNet knows is a past (SPEC reads any regular
            // form as one), not a misspelt `snickered` or an unknown word.
            "bin_stickered",
            "sample_aliquoted",
        ]),
    );
    let (code, items) = check_json(&dir, &["."]);
    assert_eq!(code, 1);
    let found = of_rule(&items, "naming/past-tense-verb");
    assert_eq!(
        found,
        [
            (
                2,
                "event \"plan_upgraed\" does not end with a past-tense verb (\"upgraed\" is no \
                 verb tracklint knows)"
                    .to_owned(),
                "did you mean \"plan_upgraded\"? If \"upgraed\" is a verb of your product, add \
                 it to `naming.extra_verbs`"
                    .to_owned()
            ),
            (
                6,
                "event \"plan_blorped\" does not end with a past-tense verb (\"blorped\" is no \
                 verb tracklint knows)"
                    .to_owned(),
                "no rename is offered: end the name with a past-tense verb tracklint knows, \
                 or, if \"blorped\" is a verb of your product, add it to `naming.extra_verbs`"
                    .to_owned()
            ),
            (
                10,
                "event \"invoice_payed\" does not end with a past-tense verb (\"payed\" is no \
                 verb tracklint knows)"
                    .to_owned(),
                "did you mean \"invoice_paid\"? If \"payed\" is a verb of your product, add it \
                 to `naming.extra_verbs`"
                    .to_owned()
            ),
        ]
    );
    // Product verbs WordNet lacks pass, and so does a team's own verb once configured.
    write(
        &dir,
        "tracklint.yaml",
        "naming:\n  extra_verbs: [blorped]\n",
    );
    let (_, items) = check_json(&dir, &["."]);
    let lines: Vec<u64> = of_rule(&items, "naming/past-tense-verb")
        .into_iter()
        .map(|(line, _, _)| line)
        .collect();
    assert_eq!(lines, [2, 10]);
}

#[test]
fn suggestions_are_real_words_in_the_rendered_help() {
    let dir = scratch("naming", "suggestions");
    write(
        &dir,
        "events.yaml",
        dictionary(&[
            "started_checkout",
            "tutorial_begin",
            "message_send",
            "agent_step",
            "add_to_cart",
        ]),
    );
    let (_, items) = check_json(&dir, &["."]);
    let helps: Vec<String> = of_rule(&items, "naming/past-tense-verb")
        .into_iter()
        .map(|(_, _, help)| help)
        .collect();
    let tail = "; add custom verbs to `naming.extra_verbs`";
    assert_eq!(
        helps,
        [
            format!("name what already happened: \"checkout_started\"{tail}"),
            format!("name what already happened: \"tutorial_begun\"{tail}"),
            format!("name what already happened: \"message_sent\"{tail}"),
            format!(
                "no rename is offered: name the object, then what happened to it as a \
                 past-tense verb{tail}"
            ),
            format!(
                "no rename is offered: which word is the object is not clear; name what was \
                 added, then \"added\"{tail}"
            ),
        ]
    );
    for invented in ["checkouted", "begined", "sended", "steped", "evented"] {
        assert!(
            !helps.iter().any(|h| h.contains(invented)),
            "{invented}: {helps:?}"
        );
    }
}

/// Two diagnostics never suggest one name, and none suggests an event that exists: the first
/// in file order gets the rename, the next is told the shape to use.
#[test]
fn no_two_diagnostics_suggest_the_same_name() {
    let dir = scratch("naming", "one-suggestion-each");
    write(
        &dir,
        "events.yaml",
        dictionary(&[
            "user_signup",
            "signup_user",
            "order_completed",
            "OrderCompleted",
        ]),
    );
    let (_, items) = check_json(&dir, &["--select", "naming/past-tense-verb,naming/case"]);
    let helps: Vec<(u64, String)> = items
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or_default(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        helps,
        [
            (
                2,
                "name what already happened: \"user_signed_up\"; add custom verbs to `naming.extra_verbs`"
                    .to_owned()
            ),
            (
                6,
                "no rename is offered: \"user_signed_up\", the name this one calls for, is another event's (or another diagnostic's suggestion); name what sets this event apart"
                    .to_owned()
            ),
            (
                14,
                "\"order_completed\" is another event's name: merge the two if they are one event, else name what sets this one apart"
                    .to_owned()
            ),
        ]
    );
}

/// When neither name of a near-duplicate pair follows the naming rules, the help does not
/// advise keeping either as it is.
#[test]
fn near_duplicate_help_never_keeps_a_failing_name() {
    let dir = scratch("naming", "both-fail");
    write(
        &dir,
        "events.yaml",
        dictionary(&["order_complete", "OrderComplete"]),
    );
    let (_, items) = check_json(&dir, &["--select", "naming/near-duplicate"]);
    assert_eq!(
        near_duplicates(&items),
        [(
            "event \"OrderComplete\" is a near-duplicate of \"order_complete\"".to_owned(),
            6,
            "if they mean the same thing, keep one event under a name that follows the naming rules (\"order_complete\" does not either) and remove the other".to_owned()
        )]
    );
}

/// A dictionary of events, each `(name, description)`, with the properties `properties`.
fn described(events: &[(&str, &str)], properties: &str) -> String {
    let mut text = String::from(
        "properties:\n  commit_sha:\n    type: string\n    description: The commit's hash.\n  \
         file_count:\n    type: integer\n    description: How many files.\nevents:\n",
    );
    for (name, description) in events {
        text.push_str(&format!(
            "  {name}:\n    description: {description}\n    owner: code\n    consent: \
             analytics\n    properties:\n      {properties}: required\n"
        ));
    }
    text
}

fn near_duplicate_messages(dir: &Path) -> Vec<String> {
    let (_, items) = check_json(dir, &["--select", "naming/near-duplicate"]);
    near_duplicates(&items)
        .into_iter()
        .map(|(m, _, _)| m)
        .collect()
}

/// A synonym pair is one thing tracked twice only when one of its two nouns is a one-off: a
/// noun that names several events beside its synonym's is a thing of its own.
#[test]
fn a_synonym_pair_needs_a_one_off_noun() {
    let dir = scratch("naming", "synonym-one-off");
    let pair = [
        (
            "commit_comment_created",
            "Someone commented on a commit to explain the change.",
        ),
        (
            "commit_note_created",
            "Someone left a note on a commit to explain the change.",
        ),
    ];
    write(&dir, "events.yaml", described(&pair, "commit_sha"));
    assert_eq!(
        near_duplicate_messages(&dir),
        [
            "event \"commit_note_created\" is a near-duplicate of \"commit_comment_created\" \
          (\"note\" for \"comment\", WordNet synonyms, and the definitions agree)"
        ]
    );

    // Descriptions that only restate the names say nothing against the pair (SPEC §3.2's
    // own example); descriptions that say different things keep the two apart.
    let restated = [
        (
            "commit_comment_created",
            "A comment was created on a commit.",
        ),
        ("commit_note_created", "A note was created on a commit."),
    ];
    write(&dir, "events.yaml", described(&restated, "commit_sha"));
    assert_eq!(near_duplicate_messages(&dir).len(), 1);
    let different = [
        (
            "commit_comment_created",
            "A reviewer asked for changes in the review thread.",
        ),
        (
            "commit_note_created",
            "The release bot attached build metadata for the deploy.",
        ),
    ];
    write(&dir, "events.yaml", described(&different, "commit_sha"));
    assert_eq!(near_duplicate_messages(&dir), Vec::<String>::new());

    let families = [
        pair[0],
        pair[1],
        ("note_pinned", "Someone pinned a note."),
        ("comment_pinned", "Someone pinned a comment."),
    ];
    write(&dir, "events.yaml", described(&families, "commit_sha"));
    assert_eq!(near_duplicate_messages(&dir), Vec::<String>::new());
}

/// The same two names, with the same properties, pair or not by what their descriptions say:
/// one thing in other words, another thing (a bulk action), or the thing negated. (Other
/// properties keep `file_deleted` and `files_deleted` apart in the fixture near-duplicate-edge.)
#[test]
fn a_plural_pairs_only_when_the_definitions_agree() {
    let dir = scratch("naming", "plural-definitions");
    let same = [
        ("file_deleted", "A person deleted a file."),
        ("files_deleted", "A person deleted a file (web app)."),
    ];
    write(&dir, "events.yaml", described(&same, "commit_sha"));
    assert_eq!(
        near_duplicate_messages(&dir),
        ["event \"files_deleted\" is a near-duplicate of \"file_deleted\""]
    );

    let bulk = [
        ("file_deleted", "A person deleted a file."),
        (
            "files_deleted",
            "A person deleted many files in one bulk action.",
        ),
    ];
    write(&dir, "events.yaml", described(&bulk, "file_count"));
    assert_eq!(near_duplicate_messages(&dir), Vec::<String>::new());

    let negated = [
        ("file_deleted", "A person deleted a file."),
        ("files_deleted", "A person could not delete a file."),
    ];
    write(&dir, "events.yaml", described(&negated, "file_count"));
    assert_eq!(near_duplicate_messages(&dir), Vec::<String>::new());
}

/// A camelCase `track` first is an SDK's track call around the event, which the case rename
/// drops, unless the catalog names a thing `track` (a music catalog's `track_played`, a
/// `track_id` property): then it stays. A snake_case `track_` first is a shape SPEC's
/// `naming/style` accepts and is never reported.
#[test]
fn a_track_call_is_dropped_unless_the_catalog_has_tracks() {
    let helps = |dir: &Path| {
        let (code, items) = check_json(dir, &["--select", "naming"]);
        let found: Vec<(u64, String, String)> = items
            .iter()
            .map(|d| {
                (
                    d["line"].as_u64().unwrap_or_default(),
                    d["rule"].as_str().unwrap_or_default().to_owned(),
                    d["help"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        (code, found)
    };
    let dir = scratch("naming", "track-call");
    write(
        &dir,
        "events.yaml",
        dictionary(&["trackLayoutSaved", "track_report_exported"]),
    );
    assert_eq!(
        helps(&dir),
        (
            1,
            vec![(
                2,
                "naming/case".to_owned(),
                "rename it to \"layout_saved\"".to_owned()
            )]
        )
    );

    let music = scratch("naming", "track-noun");
    write(
        &music,
        "events.yaml",
        dictionary(&["track_played", "trackDownloadStarted"]),
    );
    assert_eq!(
        helps(&music),
        (
            1,
            vec![(
                6,
                "naming/case".to_owned(),
                "rename it to \"track_download_started\"".to_owned()
            )]
        )
    );

    let by_property = scratch("naming", "track-property");
    let mut text = dictionary(&["trackPreviewPlayed"]);
    text.push_str("properties:\n  track_id:\n    type: string\n    description: The song.\n");
    write(&by_property, "events.yaml", text);
    assert_eq!(
        helps(&by_property),
        (
            1,
            vec![(
                2,
                "naming/case".to_owned(),
                "rename it to \"track_preview_played\"".to_owned()
            )]
        )
    );
}
