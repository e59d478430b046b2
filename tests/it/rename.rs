//! `tracklint rename OLD NEW`: the key, every plan entry and every `replaced_by` change, the
//! old name goes to `renamed_from`, a `backfill:` placeholder is added that `check` keeps
//! failing until a person writes it; nothing else changes.

use crate::common;

use std::path::Path;

const DICTIONARY: &str = "\
events:
  order_completed:   # the checkout's last step
    description: An order was placed.
    owner: orders
    consent: necessary
  promo_banner_clicked:
    description: Old promotion banner.
    owner: growth
    consent: analytics
    status: deprecated
    deprecated: {since: 2026-01-01, replaced_by: order_completed, reason: merged}
  coupon_applied: {description: A coupon was applied., owner: growth, consent: analytics}
  invoice_sent:
    description: An invoice was sent.
    owner: billing
    consent: necessary
    renamed_from:
      - invoice_mailed
    backfill: invoice_mailed rows are invoice_sent rows.
";

const PLAN: &str = "\
plan: web
source: {kind: client}
identity: [anonymous_id]
events:
  order_completed: {}    # since 2024
  promo_banner_clicked: {}
  coupon_applied: {}
  invoice_sent: {}
";

fn catalog(name: &str) -> std::path::PathBuf {
    let dir = common::scratch("rename", name);
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [dictionary.yaml, plan.yaml]\nreview: {today: 2026-11-30}\n",
    );
    common::write(&dir, "dictionary.yaml", DICTIONARY);
    common::write(&dir, "plan.yaml", PLAN);
    dir
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

#[test]
fn rename_edits_the_key_the_plans_and_replaced_by_and_adds_the_history() {
    let dir = catalog("block");
    let (code, stdout, stderr) =
        common::output(&dir, &["rename", "order_completed", "order_placed"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert!(
        stderr.contains("renamed \"order_completed\" to \"order_placed\": 4 places in 2 files"),
        "{stderr}"
    );
    assert_eq!(
        read(&dir, "dictionary.yaml"),
        DICTIONARY
            .replace(
                "  order_completed:   # the checkout's last step\n",
                "  order_placed:   # the checkout's last step\n    renamed_from: [order_completed]\n    backfill: \"TODO map data recorded as order_completed to order_placed\"\n"
            )
            .replace("replaced_by: order_completed", "replaced_by: order_placed")
    );
    assert_eq!(
        read(&dir, "plan.yaml"),
        PLAN.replace("  order_completed: {}", "  order_placed: {}")
    );
    // The placeholder fails until a person writes the note.
    let (code, concise, _) = common::output(&dir, &["check", ".", "--format", "concise"]);
    assert_eq!(code, 1);
    assert_eq!(
        concise,
        "dictionary.yaml:4:15: error[versioning/rename-without-backfill] event \"order_placed\" was renamed from order_completed, but its backfill note still says TODO\n"
    );
    let noted = read(&dir, "dictionary.yaml").replace(
        "\"TODO map data recorded as order_completed to order_placed\"",
        "order_completed rows are order_placed rows.",
    );
    common::write(&dir, "dictionary.yaml", &noted);
    let (code, concise, _) = common::output(&dir, &["check", ".", "--format", "concise"]);
    assert_eq!((code, concise.as_str()), (0, ""));
}

#[test]
fn flow_events_and_existing_history_are_extended_in_place() {
    let dir = catalog("flow");
    common::output(&dir, &["rename", "coupon_applied", "coupon_redeemed"]);
    common::output(&dir, &["rename", "invoice_sent", "invoice_delivered"]);
    let text = read(&dir, "dictionary.yaml");
    assert!(
        text.contains("  coupon_redeemed: {renamed_from: [coupon_applied], backfill: \"TODO map data recorded as coupon_applied to coupon_redeemed\", description: A coupon was applied., owner: growth, consent: analytics}\n"),
        "{text}"
    );
    // A block list gains an item; the written backfill note stays.
    assert!(
        text.contains("  invoice_delivered:\n    description: An invoice was sent.\n    owner: billing\n    consent: necessary\n    renamed_from:\n      - invoice_mailed\n      - invoice_sent\n    backfill: invoice_mailed rows are invoice_sent rows.\n"),
        "{text}"
    );
}

#[test]
fn diff_writes_nothing_and_refusals_are_usage_errors() {
    let dir = catalog("refusals");
    let (code, diff, _) = common::output(
        &dir,
        &["rename", "order_completed", "order_placed", "--diff"],
    );
    // Like `check --diff`: 1 when there is a change to apply.
    assert_eq!(code, 1);
    assert!(diff.contains("-  order_completed:   # the checkout's last step\n+  order_placed:   # the checkout's last step\n"), "{diff}");
    assert_eq!(read(&dir, "dictionary.yaml"), DICTIONARY);
    assert_eq!(read(&dir, "plan.yaml"), PLAN);
    let cases = [
        (
            vec!["rename", "nope", "x"],
            "the catalog defines no event \"nope\"",
        ),
        (
            vec!["rename", "order_completed", "coupon_applied"],
            "event \"coupon_applied\" exists already",
        ),
        (
            vec!["rename", "order_completed", "a: b\n\u{1b}[2J"],
            "is no plain event name",
        ),
    ];
    for (args, expected) in cases {
        let (code, _, stderr) = common::output(&dir, &args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(expected), "{stderr}");
        assert!(!stderr.contains('\u{1b}'), "raw escape in {stderr:?}");
    }
    assert_eq!(read(&dir, "dictionary.yaml"), DICTIONARY);
}
