//! The time half of the hardening issue: inputs that made tracklint quadratic (suppressions
//! compared with every diagnostic, columns counted from the line start, "did you mean" against
//! every name, lookups by scan in big mappings, plans and enums), each run under a memory cap
//! and a time limit with the exact outcome asserted. Every input is generated here.
//!
//! The limits leave room for a loaded CI machine; before the fixes these runs took minutes.

use crate::common;

use std::path::Path;
use std::sync::Mutex;

use common::{Outcome, clean_catalog, run_limited, write};

/// One heavy run at a time, so that the time limits measure tracklint and not a neighbour.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const MEMORY_MB: u64 = 512;

fn run(dir: &Path, args: &[&str], seconds: u64) -> Outcome {
    run_with_memory(dir, args, MEMORY_MB, seconds)
}

fn run_with_memory(dir: &Path, args: &[&str], memory_mb: u64, seconds: u64) -> Outcome {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    run_limited(dir, args, memory_mb, seconds, None)
}

/// A distinct five-letter code for `i`, with no doubled letters and no plural or `-ed` ending,
/// so the generated names are no near-duplicates of each other.
fn code(mut i: usize) -> String {
    let mut out = String::new();
    for position in 0..5 {
        let alphabet = if position % 2 == 0 {
            b"abcdefghijklm"
        } else {
            b"nopqrstuvwxyz"
        };
        out.push(char::from(alphabet[i % 13]));
        i /= 13;
    }
    out
}

/// One `file:line:col: severity[rule] message` line of the concise format.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Finding {
    file: String,
    line: u32,
    column: u32,
    rule: String,
}

fn concise(stdout: &str) -> Vec<Finding> {
    stdout
        .lines()
        .map(|line| {
            let mut parts = line.splitn(4, ':');
            let file = parts.next().unwrap_or_default().to_owned();
            let number = |part: Option<&str>| part.and_then(|p| p.parse().ok()).unwrap_or(0);
            let line_number = number(parts.next());
            let column = number(parts.next());
            let rest = parts.next().unwrap_or_default();
            let rule = rest
                .split_once('[')
                .and_then(|(_, r)| r.split_once(']'))
                .map_or("", |(rule, _)| rule)
                .to_owned();
            Finding {
                file,
                line: line_number,
                column,
                rule,
            }
        })
        .collect()
}

fn finding(file: &str, line: u32, column: u32, rule: &str) -> Finding {
    Finding {
        file: file.to_owned(),
        line,
        column,
        rule: rule.to_owned(),
    }
}

/// The 1-based column (in characters) where `needle` starts in `line`.
fn column_of(line: &str, needle: &str) -> u32 {
    let byte = line.find(needle).expect("needle in line");
    line[..byte].chars().count() as u32 + 1
}

/// JSON findings as (file, line, column, rule, help).
fn json_items(stdout: &str) -> Vec<(String, u64, u64, String, String)> {
    let items: Vec<serde_json::Value> = serde_json::from_str(stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", common::excerpt(stdout)));
    items
        .iter()
        .map(|item| {
            let text = |key: &str| item[key].as_str().unwrap_or_default().to_owned();
            let number = |key: &str| item[key].as_u64().unwrap_or_default();
            (
                text("file"),
                number("line"),
                number("column"),
                text("rule"),
                text("help"),
            )
        })
        .collect()
}

const SUPPRESSED_EVENTS: usize = 100_000;

#[test]
fn a_hundred_thousand_suppressed_lines_are_matched_by_their_own_line() {
    let dir = clean_catalog("hostile-time", "suppressed-lines");
    // Each event lacks an owner and says so on its own line; one more does not, and the last
    // suppresses a rule that does not fire there.
    let mut text = String::from("events:\n");
    for i in 0..SUPPRESSED_EVENTS {
        text.push_str(&format!(
            "  page_{}_viewed: {{status: draft, consent: analytics, description: x}}  # tracklint: allow(governance/owner-missing)\n",
            code(i)
        ));
    }
    text.push_str("  page_zzzzz_viewed: {status: draft, consent: analytics, description: x}\n");
    let unused = "  page_yyyyy_viewed: {owner: web, status: draft, consent: analytics, description: x}  # tracklint: allow(naming/vague-word)";
    text.push_str(unused);
    text.push('\n');
    write(&dir, "dictionary/suppressed.yaml", &text);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 60);
    outcome.assert_exit(&[1], "100k suppressed lines");
    let last = SUPPRESSED_EVENTS as u32 + 2;
    assert_eq!(
        concise(&outcome.stdout),
        vec![
            finding(
                "dictionary/suppressed.yaml",
                last,
                3,
                "governance/owner-missing"
            ),
            finding(
                "dictionary/suppressed.yaml",
                last + 1,
                column_of(unused, "naming/vague-word"),
                "meta/unused-suppression"
            ),
        ],
        "{}",
        common::excerpt(&outcome.stdout)
    );
}

#[test]
fn a_hundred_thousand_allows_of_an_unknown_rule_each_get_the_hint() {
    let dir = clean_catalog("hostile-time", "unknown-allows");
    let line = |i: usize| {
        format!(
            "  page_{}_viewed: {{owner: web, status: draft, consent: analytics, description: x}}  # tracklint: allow(governance/owner-mising)",
            code(i)
        )
    };
    let mut text = String::from("events:\n");
    for i in 0..SUPPRESSED_EVENTS {
        text.push_str(&line(i));
        text.push('\n');
    }
    write(&dir, "dictionary/unknown.yaml", &text);

    let outcome = run(&dir, &["check", ".", "--format", "json"], 60);
    // Unknown rule ids are warnings: nothing else is wrong.
    outcome.assert_exit(&[0], "100k allows of an unknown rule");
    let items = json_items(&outcome.stdout);
    assert_eq!(items.len(), SUPPRESSED_EVENTS);
    let column = u64::from(column_of(&line(0), "governance/owner-mising"));
    for (index, item) in items.iter().enumerate() {
        assert_eq!(
            item,
            &(
                "dictionary/unknown.yaml".to_owned(),
                index as u64 + 2,
                column,
                "meta/unused-suppression".to_owned(),
                "did you mean `governance/owner-missing`?".to_owned()
            )
        );
    }
}

/// `<object>_<code>_<verb>`: 30 objects and 10 verbs, like a real dictionary.
fn dictionary_name(i: usize) -> String {
    const OBJECTS: [&str; 30] = [
        "order", "cart", "page", "invoice", "user", "team", "report", "search", "signup",
        "profile", "coupon", "banner", "invite", "payment", "refund", "ticket", "widget", "filter",
        "export", "import", "upload", "comment", "message", "session", "device", "account",
        "project", "billing", "market", "review",
    ];
    const VERBS: [&str; 10] = [
        "viewed", "created", "deleted", "updated", "opened", "closed", "shared", "started",
        "finished", "paid",
    ];
    let object = OBJECTS[i % OBJECTS.len()];
    let verb = VERBS[(i / 7) % VERBS.len()];
    format!("{object}_{}_{verb}", &code(i / OBJECTS.len())[..4])
}

#[test]
fn two_thousand_unknown_events_against_ten_thousand_all_get_their_hint() {
    let dir = clean_catalog("hostile-time", "unknown-events");
    let names: Vec<String> = (0..10_000).map(dictionary_name).collect();
    let mut dictionary = String::from("events:\n");
    for name in &names {
        dictionary.push_str(&format!(
            "  {name}: {{status: draft, owner: web, consent: analytics, description: x}}\n"
        ));
    }
    write(&dir, "dictionary/big.yaml", &dictionary);
    // Each listed name drops the fourth letter of a defined one.
    let meant: Vec<&String> = (0..2_000)
        .map(|i| &names[(i * 7_919) % names.len()])
        .collect();
    let mut plan =
        String::from("plan: big_plan\nsource: {kind: server}\nidentity: [user_id]\nevents:\n");
    for name in &meant {
        plan.push_str(&format!("  {}{}: {{}}\n", &name[..3], &name[4..]));
    }
    write(&dir, "plans/big.yaml", &plan);

    let outcome = run(&dir, &["check", ".", "--format", "json"], 60);
    outcome.assert_exit(&[1], "2,000 unknown events");
    let items = json_items(&outcome.stdout);
    assert_eq!(
        items.len(),
        meant.len(),
        "{}",
        common::excerpt(&outcome.stdout)
    );
    for (index, (item, name)) in items.iter().zip(&meant).enumerate() {
        let expected = (
            "plans/big.yaml".to_owned(),
            index as u64 + 5,
            3,
            "structure/unknown-event".to_owned(),
            format!("did you mean \"{name}\"? Otherwise define the event in a dictionary file"),
        );
        assert_eq!(item, &expected);
    }
}

#[test]
fn columns_on_one_two_megabyte_line_of_non_ascii_names_are_exact() {
    let dir = clean_catalog("hostile-time", "long-line");
    const EVENTS: usize = 120_000;
    // Every event lacks an owner, a consent, a description, plan_tier and a plan: five
    // diagnostics each, all on one line, where the names' `naming/case` is suppressed.
    let entries: Vec<String> = (0..EVENTS)
        .map(|i| format!("\"café_{}\": {{}}", code(i)))
        .collect();
    let line = format!(
        "events: {{{}}}  # tracklint: allow(naming/case)\n",
        entries.join(", ")
    );
    assert!(line.len() > 2_000_000);
    write(&dir, "dictionary/line.yaml", &line);

    // 600,000 diagnostics: the budget for outputs of that size is 2 GB.
    let outcome = {
        let _turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        run_limited(&dir, &["check", ".", "--format", "concise"], 2048, 60, None)
    };
    outcome.assert_exit(&[1], "a 2 MB line of non-ASCII names");
    let (near_duplicates, found): (Vec<Finding>, Vec<Finding>) = concise(&outcome.stdout)
        .into_iter()
        .partition(|f| f.rule == "naming/near-duplicate");
    // Among the generated names, two are English verbs of one main sense (WordNet's `crape`
    // and `crepe`): one near-duplicate, at the later name.
    let (crepe, crape) = ("\"café_crepe\"", "\"café_crape\"");
    assert!(line.contains(crepe) && line.contains(crape));
    assert_eq!(
        near_duplicates,
        [finding(
            "dictionary/line.yaml",
            1,
            column_of(&line, crepe).max(column_of(&line, crape)),
            "naming/near-duplicate"
        )]
    );
    assert_eq!(found.len(), 5 * EVENTS);
    // `events: {` is 9 characters; each entry `"café_xxxxx": {}, ` is 18.
    for index in [0, 1, EVENTS / 2, EVENTS - 1] {
        let column = 10 + 18 * index as u32;
        let key = format!("\"café_{}\"", code(index));
        assert_eq!(column_of(&line, &key), column);
        let at = |rule: &str| finding("dictionary/line.yaml", 1, column, rule);
        assert_eq!(
            found[5 * index..5 * index + 5],
            [
                at("governance/owner-missing"),
                at("governance/unplanned-event"),
                at("privacy/consent-missing"),
                at("properties/description-missing"),
                at("properties/required-missing"),
            ]
        );
    }
}

#[test]
fn an_event_with_a_hundred_thousand_bad_properties() {
    let dir = clean_catalog("hostile-time", "many-properties");
    const PROPERTIES: usize = 100_000;
    // Every entry breaks the schema (`mandatory` is neither required nor optional), and the
    // dedupe key names the last one, found by name among all of them.
    let mut text = format!(
        "events:\n  order_viewed:\n    owner: web\n    consent: analytics\n    description: x\n    status: draft\n    dedupe_key: prop_{}\n    properties:\n",
        code(PROPERTIES - 1)
    );
    for i in 0..PROPERTIES {
        text.push_str(&format!("      prop_{}: mandatory\n", code(i)));
    }
    write(&dir, "dictionary/props.yaml", &text);

    let outcome = run(
        &dir,
        &[
            "check",
            ".",
            "--format",
            "concise",
            "--select",
            "structure/schema,structure/dedupe-key-unknown",
        ],
        60,
    );
    outcome.assert_exit(&[1], "an event with 100k properties");
    let found = concise(&outcome.stdout);
    assert_eq!(
        found.len(),
        PROPERTIES,
        "{}",
        common::excerpt(&outcome.stdout)
    );
    let value_column = column_of("      prop_anana: mandatory", "mandatory");
    for index in [0, PROPERTIES / 2, PROPERTIES - 1] {
        assert_eq!(
            found[index],
            finding(
                "dictionary/props.yaml",
                index as u32 + 9,
                value_column,
                "structure/schema"
            )
        );
    }
}

#[test]
fn an_event_with_a_hundred_thousand_unknown_keys() {
    let dir = clean_catalog("hostile-time", "unknown-keys");
    const KEYS: usize = 100_000;
    let mut text = String::from(
        "events:\n  order_viewed:\n    owner: web\n    consent: analytics\n    description: x\n    status: draft\n",
    );
    for i in 0..KEYS {
        text.push_str(&format!("    key_{}: 1\n", code(i)));
    }
    write(&dir, "dictionary/keys.yaml", &text);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 60);
    outcome.assert_exit(&[1], "an event with 100k unknown keys");
    let found = concise(&outcome.stdout);
    assert_eq!(found.len(), KEYS, "{}", common::excerpt(&outcome.stdout));
    for index in [0, KEYS / 2, KEYS - 1] {
        assert_eq!(
            found[index],
            finding(
                "dictionary/keys.yaml",
                index as u32 + 7,
                5,
                "structure/schema"
            )
        );
    }
}

#[test]
fn a_plan_with_a_hundred_thousand_bad_events() {
    let dir = clean_catalog("hostile-time", "plan-events");
    const EVENTS: usize = 100_000;
    // Each entry pins version 0 (a schema error) of an event the dictionary lacks.
    let mut plan =
        String::from("plan: big_plan\nsource: {kind: server}\nidentity: [user_id]\nevents:\n");
    for i in 0..EVENTS {
        plan.push_str(&format!("  page_{}_viewed: {{version: 0}}\n", code(i)));
    }
    write(&dir, "plans/big.yaml", &plan);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 60);
    outcome.assert_exit(&[1], "a plan with 100k events");
    let found = concise(&outcome.stdout);
    assert_eq!(
        found.len(),
        2 * EVENTS,
        "{}",
        common::excerpt(&outcome.stdout)
    );
    let version_column = column_of("  page_anana_viewed: {version: 0}", "0}");
    for index in [0, EVENTS / 2, EVENTS - 1] {
        let line = index as u32 + 5;
        assert_eq!(
            found[2 * index..2 * index + 2],
            [
                finding("plans/big.yaml", line, 3, "structure/unknown-event"),
                finding("plans/big.yaml", line, version_column, "structure/schema"),
            ]
        );
    }
}

#[test]
fn a_plan_of_fifty_thousand_events_compared_with_a_baseline_of_fifty_thousand_others() {
    let dir = clean_catalog("hostile-time", "baseline-plan");
    const EVENTS: usize = 50_000;
    let catalog = |root: &Path, object: &str| {
        let names: Vec<String> = (0..EVENTS)
            .map(|i| format!("{object}_{}_viewed", code(i)))
            .collect();
        let mut dictionary = String::from("events:\n");
        let mut plan =
            String::from("plan: big_plan\nsource: {kind: server}\nidentity: [user_id]\nevents:\n");
        for name in &names {
            dictionary.push_str(&format!("  {name}: {{status: draft}}\n"));
            plan.push_str(&format!("  {name}: {{}}\n"));
        }
        write(root, "dictionary/many.yaml", &dictionary);
        write(root, "plans/big.yaml", &plan);
    };
    // The baseline: another starter catalog, with other events in the added files.
    let base = dir.join("base");
    let status = std::process::Command::new(common::binary())
        .arg("init")
        .arg(&base)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run tracklint init");
    assert!(status.success());
    catalog(&base, "page");
    catalog(&dir, "card");

    // Two catalogs of 50,000 events and their typed change list: about 360 MB resident, so the
    // address-space cap (thread stacks and allocator arenas count) is 1 GiB here.
    let outcome = run_with_memory(
        &dir,
        &[
            "check",
            ".",
            "--against",
            "base",
            "--format",
            "concise",
            "--select",
            "versioning",
        ],
        1024,
        60,
    );
    outcome.assert_exit(&[1], "a plan compared with a baseline");
    // Every removed event was in the same file: one diagnostic each at its `events:` key,
    // each naming its event (they used to collapse into one, naming only the first).
    let findings = concise(&outcome.stdout);
    assert_eq!(
        findings.len(),
        EVENTS,
        "{}",
        common::excerpt(&outcome.stdout)
    );
    assert!(findings.iter().all(|f| *f
        == finding(
            "dictionary/many.yaml",
            1,
            1,
            "versioning/removed-without-deprecation"
        )));
    let named: std::collections::HashSet<&str> = outcome
        .stdout
        .lines()
        .filter_map(|l| l.split("event \"").nth(1)?.split('"').next())
        .collect();
    assert_eq!(named.len(), EVENTS);
}

#[test]
fn enums_of_a_hundred_thousand_values_are_checked_by_hash() {
    let dir = clean_catalog("hostile-time", "enums");
    const VALUES: usize = 100_000;
    let values: Vec<String> = (0..VALUES).map(|i| format!("v{i}")).collect();
    // The catalog enum repeats its first value at the end; the event's narrowing lists every
    // catalog value and one more.
    let catalog_enum = format!("[{}, v0]", values.join(", "));
    let narrowing = format!("[{}, extra]", values.join(", "));
    let text = format!(
        "properties:\n  tier:\n    type: string\n    description: x\n    enum: {catalog_enum}\nevents:\n  tier_viewed:\n    owner: web\n    consent: analytics\n    description: x\n    status: draft\n    properties:\n      tier:\n        required: true\n        enum: {narrowing}\n"
    );
    write(&dir, "dictionary/enums.yaml", &text);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 60);
    outcome.assert_exit(&[1], "enums of 100k values");
    let enum_line = |line: u32| text.lines().nth(line as usize - 1).unwrap_or_default();
    assert_eq!(
        concise(&outcome.stdout),
        vec![
            finding(
                "dictionary/enums.yaml",
                5,
                column_of(enum_line(5), ", v0]") + 2,
                "properties/enum-duplicate"
            ),
            finding(
                "dictionary/enums.yaml",
                15,
                column_of(enum_line(15), "extra"),
                "types/narrowing-conflict"
            ),
        ],
        "{}",
        common::excerpt(&outcome.stdout)
    );
}

/// Words a rename drops (a handler's `on`, an auxiliary `did`, articles) repeated up to the
/// name cap (1,024 characters, SPEC's YAML limit on a key): each name is read once and the
/// rename is exact.
#[test]
fn names_of_hundreds_of_dropped_words_get_exact_renames() {
    let dir = clean_catalog("hostile-time", "dropped-words");
    const REPEATS: usize = 250;
    let names = [
        format!("{}pay_invoice", "did_".repeat(REPEATS)),
        format!("{}app_open", "on_".repeat(REPEATS)),
        format!("{}order_place", "the_".repeat(REPEATS)),
        format!("{}CartView", "On".repeat(REPEATS)),
    ];
    // Explicit keys: YAML limits an implicit key to 1,024 characters.
    let mut dictionary = String::from("events:\n");
    for name in &names {
        dictionary.push_str(&format!(
            "  ? {name}\n  : {{status: draft, owner: web, consent: analytics, description: x}}\n"
        ));
    }
    write(&dir, "dictionary/long.yaml", &dictionary);

    let outcome = run(&dir, &["check", ".", "--format", "json"], 60);
    outcome.assert_exit(&[1], "names of hundreds of dropped words");
    let items = json_items(&outcome.stdout);
    let found: Vec<(u64, u64, &str, &str)> = items
        .iter()
        .map(|(file, line, column, rule, help)| {
            assert_eq!(file, "dictionary/long.yaml");
            (*line, *column, rule.as_str(), help.as_str())
        })
        .collect();
    let shorten = "shorten it; destinations truncate long names and truncated names collide";
    let renamed = |name: &str| {
        format!("name what already happened: \"{name}\"; add custom verbs to `naming.extra_verbs`")
    };
    let (paid, opened, placed) = (
        renamed("invoice_paid"),
        renamed("app_opened"),
        renamed("order_placed"),
    );
    let expected = [
        (2, 5, "naming/max-length", shorten),
        (2, 5, "naming/past-tense-verb", paid.as_str()),
        (4, 5, "naming/max-length", shorten),
        (4, 5, "naming/past-tense-verb", opened.as_str()),
        (6, 5, "naming/max-length", shorten),
        (6, 5, "naming/past-tense-verb", placed.as_str()),
        (8, 5, "naming/case", "rename it to \"cart_viewed\""),
        (8, 5, "naming/max-length", shorten),
    ];
    assert_eq!(found, expected, "{}", common::excerpt(&outcome.stdout));
}

/// Every pair of letters used as a word, and names whose every pair of words has initials the
/// catalog uses: each name gets a bounded number of initialism readings, and only the one
/// real initialism pairs.
#[test]
fn a_catalog_that_uses_every_pair_of_letters_as_a_word() {
    let dir = clean_catalog("hostile-time", "initialisms");
    const LONG: usize = 10_000;
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    let pair = |i: usize| {
        let (a, b) = (letters[i % 26], letters[(i / 26) % 26]);
        format!("{}{}", char::from(a), char::from(b))
    };
    let mut names: Vec<String> = (0..26 * 26)
        .map(|i| format!("{}_synced", pair(i)))
        .collect();
    // A unique code first, then seven pairs of letters: 9 words, 8 runs of two whose
    // initials are words of the catalog.
    names.extend((0..LONG).map(|i| {
        let words: Vec<String> = (0..7).map(|w| pair(i * 7 + w)).collect();
        format!("{}_{}_synced", code(i), words.join("_"))
    }));
    names.extend(["pull_request_merged".to_owned(), "pr_merged".to_owned()]);
    let mut dictionary = String::from("events:\n");
    for name in &names {
        dictionary.push_str(&format!(
            "  {name}: {{status: draft, owner: web, consent: analytics, description: x}}\n"
        ));
    }
    write(&dir, "dictionary/pairs.yaml", &dictionary);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 60);
    outcome.assert_exit(&[0, 1], "a catalog of every pair of letters");
    let near_duplicates: Vec<Finding> = concise(&outcome.stdout)
        .into_iter()
        .filter(|f| f.rule == "naming/near-duplicate")
        .collect();
    // Besides the initialism, two pairs of letters are one meaning by the other rules: `ml`
    // and `cc` (millilitre and cubic centimetre, one WordNet synset), `to` and `an` (a word
    // and an article that say nothing). Each name is on line 2 + its index.
    let line = |name: &str| {
        let index = names.iter().position(|n| n == name).unwrap_or(usize::MAX);
        u32::try_from(index + 2).unwrap_or(u32::MAX)
    };
    let at = |name: &str| {
        finding(
            "dictionary/pairs.yaml",
            line(name),
            3,
            "naming/near-duplicate",
        )
    };
    assert_eq!(
        near_duplicates,
        [at("ml_synced"), at("to_synced"), at("pr_merged")],
        "{}",
        common::excerpt(&outcome.stdout)
    );
    assert!(
        outcome
            .stdout
            .contains("(\"pr\" for \"pull request\", its initials)"),
        "{}",
        common::excerpt(&outcome.stdout)
    );
}

/// The `i`th word of `len` letters from `alphabet` after a `q`, no letter twice in a row
/// (doubled letters collapse in the near-duplicate key): no word of any table.
fn spell(mut i: usize, alphabet: &[u8], len: usize) -> String {
    let mut word = String::from("q");
    let mut previous: Option<usize> = None;
    for _ in 0..len {
        let digit = i % (alphabet.len() - 1);
        i /= alphabet.len() - 1;
        let at = previous.map_or(digit, |p| (p + 1 + digit) % alphabet.len());
        word.push(char::from(alphabet[at]));
        previous = Some(at);
    }
    word
}

/// `naming/near-duplicate` looks for shortenings letter by letter (`viz` in `visualization`):
/// thousands of short words of one first letter beside thousands of long words of that letter
/// cost a bounded number of checks per word, and none of them is a shortening of another.
#[test]
fn thousands_of_short_words_of_one_letter_beside_long_words_stay_bounded() {
    let dir = clean_catalog("hostile-time", "shortenings");
    const EACH: usize = 4_000;
    // The short words' letters (no vowel, no `s`: no word, no plural) never stand in a long
    // word.
    let mut names: Vec<String> = (0..EACH)
        .map(|i| format!("{}_synced", spell(i, b"lmnprtvwxz", 4)))
        .collect();
    names.extend((0..EACH).map(|i| format!("{}_synced", spell(i, b"abcdefghijk", 9))));
    // One real shortening, found all the same.
    names.extend([
        "viz_exported".to_owned(),
        "visualization_exported".to_owned(),
    ]);
    let mut dictionary = String::from("events:\n");
    for name in &names {
        dictionary.push_str(&format!(
            "  {name}: {{status: draft, owner: web, consent: analytics, description: x}}\n"
        ));
    }
    write(&dir, "dictionary/short.yaml", &dictionary);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 30);
    outcome.assert_exit(&[0, 1], "thousands of short words of one letter");
    let near_duplicates: Vec<Finding> = concise(&outcome.stdout)
        .into_iter()
        .filter(|f| f.rule == "naming/near-duplicate")
        .collect();
    // Each name is on line 2 + its index; the later of the two is reported.
    let line = u32::try_from(names.len() + 1).unwrap_or(u32::MAX);
    assert_eq!(
        near_duplicates,
        [finding(
            "dictionary/short.yaml",
            line,
            3,
            "naming/near-duplicate"
        )],
        "{}",
        common::excerpt(&outcome.stdout)
    );
    assert!(
        outcome
            .stdout
            .contains("(\"viz\" for \"visualization\", shortened)"),
        "{}",
        common::excerpt(&outcome.stdout)
    );
}

#[test]
fn thousands_of_names_with_a_phrase_beside_their_compounds_stay_bounded() {
    let dir = clean_catalog("hostile-time", "phrases");
    const EACH: usize = 3_000;
    // Each compound first, then the same event with a phrase: every phrase name is reported
    // once, against its own compound; a name of sixty words with a preposition between every
    // two is read as it is.
    let mut names = Vec::with_capacity(2 * EACH + 1);
    for i in 0..EACH {
        let word = spell(i, b"lmnprtvwxz", 5);
        names.push(format!("keyboard_{word}_sticker_sent"));
        names.push(format!("{word}_sticker_sent_from_keyboard"));
    }
    let long: Vec<String> = (0..30)
        .map(|i| format!("{}_with", spell(i, b"bcdfghjk", 3)))
        .collect();
    names.push(format!("{}_sent", long.join("_")));
    let mut dictionary = String::from("events:\n");
    for name in &names {
        dictionary.push_str(&format!(
            "  {name}: {{status: draft, owner: web, consent: analytics, description: x}}\n"
        ));
    }
    write(&dir, "dictionary/phrases.yaml", &dictionary);

    let outcome = run(&dir, &["check", ".", "--format", "concise"], 30);
    outcome.assert_exit(&[0, 1], "thousands of names with a phrase");
    let near_duplicates: Vec<Finding> = concise(&outcome.stdout)
        .into_iter()
        .filter(|f| f.rule == "naming/near-duplicate")
        .collect();
    // Name `k` is on line 2 + k; each phrase name (odd `k`) is reported at its first column.
    let expected: Vec<Finding> = (0..EACH)
        .map(|i| {
            let line = u32::try_from(2 * i + 3).unwrap_or(u32::MAX);
            finding("dictionary/phrases.yaml", line, 3, "naming/near-duplicate")
        })
        .collect();
    assert_eq!(
        near_duplicates.len(),
        EACH,
        "{}",
        common::excerpt(&outcome.stdout)
    );
    assert!(
        near_duplicates == expected,
        "{}",
        common::excerpt(&outcome.stdout)
    );
}
