//! `tracklint review` (issue 11): the CRM decision queue against a git baseline, each reason
//! with its exact words, PATH filtering, privacy context, `--usage` zombies, the markdown PR
//! comment with `--docs-url`, the json shape and `--fail-on-pending`.

use crate::common;

use std::path::Path;

use crate::common::git;
use common::{Outcome, run_limited, scratch, write};
use serde_json::{Value, json};

const CONFIG: &str = "catalog: [crm, product, plans]
crm:
  approvers: [lifecycle]
review:
  max_age_days: 365
  today: 2026-11-28
";

const PLAN: &str = "plan: web_app
description: Browser app
owner: web-platform
source:
  kind: client
  library: analytics.js
destinations: [warehouse, crm]
identity: [anonymous_id, user_id]
events:
  trial_started: {}
  cart_abandoned: {}
  invoice_paid: {}
  report_exported: {}
  order_refunded: {}
  plan_upgraded: {}
";

/// Release 1 of the CRM triggers: every one approved but plan_upgraded (stale since v2).
const CRM_BEFORE: &str = "properties:
  email: {type: string, classification: personal, description: Address to message.}
  order_id: {type: string, description: Order id.}

events:
  trial_started:
    description: A trial began.
    owner: growth
    consent: marketing
    dedupe_key: order_id
    properties:
      order_id: required
      email: optional
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Welcome series}
  cart_abandoned:
    description: A cart was left.
    owner: checkout
    consent: marketing
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Cart reminder}
  invoice_paid:
    description: An invoice was paid.
    owner: billing
    consent: marketing
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
  report_exported:
    description: A report was exported.
    owner: web
    consent: analytics
    properties:
      order_id: optional
  order_refunded:
    description: An order was refunded.
    owner: billing
    consent: marketing
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
  plan_upgraded:
    description: An account moved to a higher plan.
    owner: billing
    consent: marketing
    version: 2
    changelog:
      - {version: 2, date: 2026-01-01, summary: order_id added}
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
";

/// Release 2: trial_started changed without a bump (email now required), cart_abandoned
/// deleted, invoice_paid deprecated, report_exported newly eligible (never approved),
/// order_refunded bumped with its approval renewed by someone not allowed to.
const CRM_AFTER: &str = "properties:
  email: {type: string, classification: personal, description: Address to message.}
  order_id: {type: string, description: Order id.}

events:
  trial_started:
    description: A trial began.
    owner: growth
    consent: marketing
    dedupe_key: order_id
    properties:
      order_id: required
      email: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Welcome series}
  invoice_paid:
    description: An invoice was paid.
    owner: billing
    consent: marketing
    status: deprecated
    deprecated: {since: 2026-11-01, replaced_by: order_refunded, sunset: 2027-06-01}
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
  report_exported:
    description: A report was exported.
    owner: web
    consent: analytics
    properties:
      order_id: optional
    crm: {eligible: true, trigger: Upsell}
  order_refunded:
    description: An order was refunded.
    owner: billing
    consent: marketing
    version: 2
    changelog:
      - {version: 2, date: 2026-11-20, summary: email added}
    dedupe_key: order_id
    properties:
      order_id: required
      email: optional
    crm: {eligible: true, approved_by: mallory, approved_version: 2}
  plan_upgraded:
    description: An account moved to a higher plan.
    owner: billing
    consent: marketing
    version: 2
    changelog:
      - {version: 2, date: 2026-01-01, summary: order_id added}
    dedupe_key: order_id
    properties:
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
";

/// Product events outside the CRM folder: one CRM event never approved, and the zombie cases.
const PRODUCT: &str = "events:
  page_shared:
    description: A page was shared.
    owner: web
    consent: marketing
    dedupe_key: share_id
    properties:
      share_id: {type: string, required: true, description: Share id.}
    crm: {eligible: true}
  widget_opened:
    description: A widget was opened.
    owner: web
    consent: analytics
    renamed_from: [widget_clicked]
    backfill: map the old name
  legacy_viewed:
    description: The legacy page was viewed.
    owner: web
    consent: analytics
    status: deprecated
    deprecated: {since: 2026-01-01, replaced_by: widget_opened, sunset: 2027-01-01}
  search_run:
    description: A search ran.
    owner: web
    consent: analytics
    last_reviewed: 2025-01-01
  help_opened:
    description: Help was opened.
    owner: support
    consent: analytics
";

/// A repository with release 1 committed and release 2 in the work tree.
fn repository(name: &str) -> std::path::PathBuf {
    let dir = scratch("review", name);
    write(&dir, "tracklint.yaml", CONFIG);
    write(&dir, "plans/web.yaml", PLAN);
    write(&dir, "crm/triggers.yaml", CRM_BEFORE);
    write(&dir, "product/events.yaml", PRODUCT);
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-qm", "release 1"]);
    write(&dir, "crm/triggers.yaml", CRM_AFTER);
    dir
}

fn review(dir: &Path, args: &[&str]) -> Outcome {
    let mut all = vec!["review"];
    all.extend_from_slice(args);
    let outcome = run_limited(dir, &all, 2048, 60, None);
    assert!(!outcome.stderr.contains("panicked"), "{}", outcome.stderr);
    outcome
}

/// The human queue against HEAD: what awaits a decision, then what this change decided (the
/// journeys that stop), each event once with its reasons, its changes and its privacy.
const QUEUE_AGAINST_HEAD: &str = r#"CRM-eligible events awaiting a lifecycle decision (5):

trial_started (v1, owner growth) crm/triggers.yaml:6:3
  trigger: Welcome series
  needs: changed since HEAD without a new approval (version not bumped)
  changed since HEAD:
    - property email: optional became required
  privacy: consent marketing; personal data: email (personal); sent to: crm, warehouse

report_exported (v1, owner web) crm/triggers.yaml:25:3
  trigger: Upsell
  needs: never approved
  needs: newly CRM-eligible
  changed since HEAD:
    - CRM trigger changed from none to Upsell
  privacy: consent analytics; personal data: none; sent to: crm, warehouse
  error[governance/crm-approval-missing] crm/triggers.yaml:25: CRM-eligible event "report_exported" has not been approved
  error[governance/crm-dedupe-missing] crm/triggers.yaml:25: CRM-eligible event "report_exported" has no dedupe_key
  error[privacy/marketing-consent-required] crm/triggers.yaml:28: CRM-eligible event "report_exported" only has analytics consent

order_refunded (v2, owner billing) crm/triggers.yaml:32:3
  needs: approved by "mallory", who is not in crm.approvers
  needs: approval recorded in this change: mallory for v2 (was lifecycle for v1); confirm that they approved it
  changed since HEAD:
    - optional property email added
  privacy: consent marketing; personal data: email (personal); sent to: crm, warehouse
  error[governance/crm-approval-missing] crm/triggers.yaml:43: "mallory" may not approve CRM-eligible event "order_refunded"

plan_upgraded (v2, owner billing) crm/triggers.yaml:44:3
  needs: approved for version 1, now at version 2
  privacy: consent marketing; personal data: none; sent to: crm, warehouse
  error[governance/crm-approval-stale] crm/triggers.yaml:54: CRM approval of event "plan_upgraded" is for version 1, but the event is at version 2

page_shared (v1, owner web) product/events.yaml:2:3
  needs: never approved
  privacy: consent marketing; personal data: none; sent to: none
  error[governance/crm-approval-missing] product/events.yaml:2: CRM-eligible event "page_shared" has not been approved
  warning[governance/unplanned-event] product/events.yaml:2: active event "page_shared" is listed by no plan

Journeys that will stop firing (2):

invoice_paid (v1, owner billing) crm/triggers.yaml:15:3
  decided: deprecated: journeys triggered by it will stop firing
  privacy: consent marketing; personal data: none; sent to: crm, warehouse
  error[governance/crm-not-active] crm/triggers.yaml:19: CRM-eligible event "invoice_paid" is deprecated

cart_abandoned (v1, owner checkout) HEAD:crm/triggers.yaml:15:3 (in HEAD)
  trigger (the one that stops): Cart reminder
  decided: removed: journeys triggered by it will stop firing
  changed since HEAD:
    - removed without being deprecated first
  privacy: consent marketing; personal data: none; sent to: crm, warehouse
"#;

#[test]
fn every_reason_against_a_git_baseline_in_exact_words() {
    let dir = repository("reasons");
    let outcome = review(&dir, &["--against", "HEAD"]);
    outcome.assert_exit(&[0], "review --against HEAD");
    assert_eq!(outcome.stdout, QUEUE_AGAINST_HEAD);
}

#[test]
fn an_unbumped_change_to_an_approved_trigger_is_listed_like_check_fails_it() {
    let dir = repository("unbumped");
    let check = run_limited(
        &dir,
        &["check", "--against", "HEAD", "--format", "concise"],
        2048,
        60,
        None,
    );
    assert!(
        check
            .stdout
            .contains("[versioning/meaning-changed-without-bump] event \"trial_started\""),
        "{}",
        check.stdout
    );
    let outcome = review(&dir, &["--against", "HEAD", "--format", "json"]);
    let review: Value = serde_json::from_str(&outcome.stdout).unwrap();
    let trial = &review["pending"][0];
    assert_eq!(trial["event"], "trial_started");
    assert_eq!(trial["needs"], json!(["changed-since-approval"]));
    assert_eq!(
        trial["changes"],
        json!(["property email: optional became required"])
    );
}

fn listed(outcome: &Outcome) -> Vec<String> {
    section(outcome, "pending")
}

fn decided(outcome: &Outcome) -> Vec<String> {
    section(outcome, "decided")
}

fn section(outcome: &Outcome, name: &str) -> Vec<String> {
    let review: Value =
        serde_json::from_str(&outcome.stdout).unwrap_or_else(|e| panic!("{e}: {}", outcome.stdout));
    review[name]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["event"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn paths_limit_the_queue_to_events_defined_under_them() {
    let dir = repository("paths");
    let crm = review(&dir, &["crm", "--against", "HEAD", "--format", "json"]);
    crm.assert_exit(&[0], "review crm");
    assert_eq!(
        listed(&crm),
        [
            "trial_started",
            "report_exported",
            "order_refunded",
            "plan_upgraded"
        ]
    );
    assert_eq!(decided(&crm), ["invoice_paid", "cart_abandoned"]);
    let product = review(&dir, &["product", "--against", "HEAD", "--format", "json"]);
    assert_eq!(listed(&product), ["page_shared"]);
    let plans = review(&dir, &["plans", "--format", "json"]);
    assert_eq!(listed(&plans), Vec::<String>::new());
}

#[test]
fn json_has_the_queue_privacy_and_usage() {
    let dir = repository("json");
    write(
        &dir,
        "usage.csv",
        "event,count,last_seen\nmystery_clicked,7,2026-11-27\n",
    );
    let outcome = review(
        &dir,
        &[
            "--against",
            "HEAD",
            "--usage",
            "usage.csv",
            "--format",
            "json",
        ],
    );
    outcome.assert_exit(&[0], "review --format json");
    let review: Value = serde_json::from_str(&outcome.stdout).unwrap();
    assert_eq!(review["against"], "HEAD");
    let order = &review["pending"][2];
    assert_eq!(
        order,
        &json!({
            "event": "order_refunded",
            "side": "head",
            "owner": "billing",
            "version": 2,
            "approved_by": "mallory",
            "approved_version": 2,
            "trigger": null,
            "needs": ["unknown-approver", "approval-changed"],
            "reasons": [
                "approved by \"mallory\", who is not in crm.approvers",
                "approval recorded in this change: mallory for v2 (was lifecycle for v1); confirm that they approved it"
            ],
            "changes": ["optional property email added"],
            "privacy": {
                "consent": "marketing",
                "personal": [{"property": "email", "classification": "personal"}],
                "destinations": ["crm", "warehouse"],
                "diagnostics": [{
                    "rule": "governance/crm-approval-missing",
                    "severity": "error",
                    "message": "\"mallory\" may not approve CRM-eligible event \"order_refunded\"",
                    "file": "crm/triggers.yaml",
                    "line": 43,
                    "column": 40
                }]
            },
            "file": "crm/triggers.yaml",
            "line": 32,
            "column": 3
        })
    );
    let removed = &review["decided"][1];
    assert_eq!(
        (&removed["event"], &removed["side"]),
        (&json!("cart_abandoned"), &json!("baseline"))
    );
    assert_eq!(
        review["usage"]["unknown"],
        json!([{"event": "mystery_clicked", "count": 7, "last_seen": "2026-11-27"}])
    );
    assert_eq!(review["usage"]["unknown_total"], 1);
    assert_eq!(review["usage"]["today"], "2026-11-28");
}

/// A usage export covering every event: quoted names with commas, a timestamp, duplicates.
const USAGE: &str = "event,count,last_seen
trial_started,120,2026-11-27
report_exported,40,2026-11-27
order_refunded,8,2026-11-20T08:00:00Z
plan_upgraded,3,2026-11-01
invoice_paid,2,2026-11-25
page_shared,0,
widget_opened,900,2026-11-27
search_run,50,2026-11-26
help_opened,1,2025-06-30
legacy_viewed,4,2026-11-20
widget_clicked,3,2026-11-26
mystery_clicked,5,2026-11-27
\"odd,name\",1,2026-11-01T10:00:00Z
mystery_clicked,2,2026-11-28
";

const ZOMBIES: &str = "Usage review of usage.csv (today 2026-11-28, max age 365 days):

Retire candidates (3):
  page_shared (owner web) product/events.yaml:2:3
    - a zero count in the export
  search_run (owner web) product/events.yaml:22:3
    - last reviewed 2025-01-01, 696 days ago
  help_opened (owner support) product/events.yaml:27:3
    - last seen 2025-06-30, 516 days ago

Deprecated but still firing (2):
  invoice_paid (deprecated): 2 in the export, last seen 2026-11-25
  legacy_viewed (deprecated): 4 in the export, last seen 2026-11-20

Old names still arriving (1):
  widget_clicked (renamed to widget_opened): 3 in the export, last seen 2026-11-26

Tracked but not in the plan (2):
  mystery_clicked: 7 in the export, last seen 2026-11-28
  odd,name: 1 in the export, last seen 2026-11-01
";

#[test]
fn usage_lists_exactly_the_zombie_candidates() {
    let dir = repository("usage");
    write(&dir, "usage.csv", USAGE);
    let outcome = review(&dir, &["--usage", "usage.csv"]);
    outcome.assert_exit(&[0], "review --usage");
    let zombies = outcome
        .stdout
        .split_once("Usage review")
        .map(|(_, rest)| format!("Usage review{rest}"))
        .unwrap_or_else(|| panic!("{}", outcome.stdout));
    assert_eq!(zombies, ZOMBIES);
    // The CRM trigger invoice_paid is deprecated and still fires: listed as such.
    let crm = review(&dir, &["crm", "--usage", "usage.csv"]);
    assert!(
        crm.stdout.contains("Deprecated but still firing (1):\n  invoice_paid (deprecated): 2 in the export, last seen 2026-11-25\n"),
        "{}",
        crm.stdout
    );
    assert!(!crm.stdout.contains("legacy_viewed"), "{}", crm.stdout);
}

#[test]
fn markdown_has_a_table_per_section_linked_to_the_docs_page() {
    let dir = repository("markdown");
    write(&dir, "usage.csv", USAGE);
    let outcome = review(
        &dir,
        &[
            "--against",
            "HEAD",
            "--usage",
            "usage.csv",
            "--format",
            "markdown",
            "--docs-url",
            "https://docs.example.com/events (v2).html",
        ],
    );
    outcome.assert_exit(&[0], "review --format markdown");
    let text = &outcome.stdout;
    let titles: Vec<&str> = text.lines().filter(|l| l.starts_with("#### ")).collect();
    assert_eq!(
        titles,
        [
            "#### Awaiting a lifecycle decision (5)",
            "#### Journeys that will stop firing (2)",
            "#### Retire candidates (3)",
            "#### Deprecated but still firing (2)",
            "#### Old names still arriving (1)",
            "#### Tracked but not in the plan (2)",
        ]
    );
    assert!(
        text.starts_with(
            "### CRM review against `HEAD`\n\n5 CRM-eligible event(s) need a lifecycle decision.\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("| [`trial_started`](https://docs.example.com/events%20%28v2%29.html#trial_started) | `growth` | v1 | Welcome series | changed since HEAD without a new approval \\(version not bumped\\)<br>property email: optional became required | marketing | email \\(personal\\) | crm<br>warehouse | none |\n"),
        "{text}"
    );
    // Each event once per section; a removed event is named, not linked (no anchor).
    assert_eq!(text.matches("[`trial_started`](").count(), 1);
    assert!(text.contains("| `cart_abandoned` | `checkout` | v1 | Cart reminder | removed: journeys triggered by it will stop firing<br>removed without being deprecated first |"), "{text}");
    assert!(
        text.contains("| odd,name | 1 in the export, last seen 2026\\-11\\-01 |\n"),
        "{text}"
    );
    // Without --docs-url names are code spans, not links.
    let plain = review(&dir, &["--format", "markdown"]);
    assert!(
        plain
            .stdout
            .contains("| `page_shared` | `web` | v1 | none | never approved |"),
        "{}",
        plain.stdout
    );
    assert!(!plain.stdout.contains("]("));
}

#[test]
fn fail_on_pending_gates_crm_decisions_only() {
    let dir = repository("gate");
    write(&dir, "usage.csv", USAGE);
    review(&dir, &["--fail-on-pending"]).assert_exit(&[1], "pending with --fail-on-pending");
    review(&dir, &[]).assert_exit(&[0], "pending without --fail-on-pending");
    // Zombies alone do not gate: no CRM event in this catalog needs a decision.
    let quiet = scratch("review", "gate-quiet");
    write(
        &quiet,
        "tracklint.yaml",
        "catalog: [product]\nreview: {today: 2026-11-28}\n",
    );
    write(
        &quiet,
        "product/events.yaml",
        PRODUCT.replace("    crm: {eligible: true}\n", ""),
    );
    write(&quiet, "usage.csv", USAGE);
    let outcome = review(&quiet, &["--usage", "usage.csv", "--fail-on-pending"]);
    outcome.assert_exit(&[0], "zombies only with --fail-on-pending");
    assert!(
        outcome
            .stdout
            .starts_with("No CRM-eligible event needs a decision.\n\nUsage review"),
        "{}",
        outcome.stdout
    );
}

/// What a warehouse writes: thousands separators, BigQuery's and Snowflake's timestamps; an
/// event with no row and one with a zero count are told apart; an event this change adds
/// cannot have usage yet and is not a candidate once the baseline says it is new.
#[test]
fn usage_as_warehouses_export_it_and_events_added_in_this_change() {
    let dir = repository("usage-warehouse");
    let mut product = PRODUCT.to_owned();
    product.push_str(
        "  coupon_applied:
    description: A coupon was applied.
    owner: web
    consent: analytics
",
    );
    write(&dir, "product/events.yaml", &product);
    write(
        &dir,
        "usage.csv",
        "event,count,last_seen
widget_opened,\"1,234\",2026-11-27 23:59:01 UTC
search_run,0,
help_opened,12.0,2026-11-27 15:59:01.000 -0800
",
    );
    let codes = |outcome: &Outcome| -> Vec<(String, Vec<String>)> {
        let review: Value = serde_json::from_str(&outcome.stdout).unwrap();
        review["usage"]["retire"]
            .as_array()
            .unwrap()
            .iter()
            .map(|candidate| {
                let reasons = candidate["reasons"].as_array().unwrap();
                let codes = reasons
                    .iter()
                    .map(|r| format!("{}: {}", r["code"], r["text"]));
                (candidate["event"].to_string(), codes.collect())
            })
            .collect()
    };
    let against = review(
        &dir,
        &[
            "product",
            "--against",
            "HEAD",
            "--usage",
            "usage.csv",
            "--format",
            "json",
        ],
    );
    against.assert_exit(&[0], "review --against HEAD --usage");
    let expected = |with_new: bool| {
        let mut list = vec![
            (
                r#""page_shared""#.to_owned(),
                vec![r#""not-in-export": "no row in the export""#.to_owned()],
            ),
            (
                r#""search_run""#.to_owned(),
                vec![
                    r#""zero-count": "a zero count in the export""#.to_owned(),
                    r#""review-overdue": "last reviewed 2025-01-01, 696 days ago""#.to_owned(),
                ],
            ),
        ];
        if with_new {
            list.push((
                r#""coupon_applied""#.to_owned(),
                vec![r#""not-in-export": "no row in the export""#.to_owned()],
            ));
        }
        list
    };
    assert_eq!(codes(&against), expected(false));
    let review_json: Value = serde_json::from_str(&against.stdout).unwrap();
    assert_eq!(review_json["usage"]["still_firing"], serde_json::json!([]));
    // Without a baseline nothing says the event is new.
    let alone = review(
        &dir,
        &["product", "--usage", "usage.csv", "--format", "json"],
    );
    alone.assert_exit(&[0], "review --usage");
    assert_eq!(codes(&alone), expected(true));
}

/// Writes `text` as the usage file `name`: `review --usage` must refuse it (exit 2) with
/// `problem` on stderr.
fn refused_usage(dir: &Path, name: &str, text: &str, problem: &str) {
    write(dir, name, text);
    let outcome = review(dir, &["--usage", name]);
    outcome.assert_exit(&[2], name);
    assert!(outcome.stderr.contains(problem), "{}", outcome.stderr);
}

#[test]
fn bad_usage_files_are_exit_2_naming_the_path() {
    let dir = repository("bad-usage");
    let missing = review(&dir, &["--usage", "nope.csv"]);
    missing.assert_exit(&[2], "missing usage file");
    assert!(missing.stderr.contains("nope.csv"), "{}", missing.stderr);
    refused_usage(
        &dir,
        "headless.csv",
        "trial_started,3,2026-11-01\n",
        "headless.csv: line 1: the header has no `event` column; expected a CSV with the header `event,count,last_seen`",
    );
    refused_usage(
        &dir,
        "count.csv",
        "event,count,last_seen\ntrial_started,lots,\n",
        "count.csv: line 2: `count` is not a whole number",
    );
    refused_usage(
        &dir,
        "wide.csv",
        "event,count,last_seen\nwidget_opened,3,2026-11-27\nhelp_opened,1,234,2026-11-27\n",
        "wide.csv: line 3 has 4 fields, the header has 3 (quote a field that holds a comma)",
    );
}

#[test]
fn diff_lists_approvals_added_or_changed_as_compatible() {
    let dir = repository("diff-approval");
    let outcome = run_limited(&dir, &["diff", "HEAD"], 2048, 60, None);
    outcome.assert_exit(&[1], "diff HEAD (trial_started lacks its bump)");
    assert!(
        outcome.stdout.contains(
            "Compatible (1):\n  event order_refunded changed (v1 -> v2)\n    + optional property email added\n    - version 1 -> 2\n    - CRM approver changed from lifecycle to mallory\n    - CRM approved version changed from 1 to 2\n    - changelog changed\n"
        ),
        "{}",
        outcome.stdout
    );
}
