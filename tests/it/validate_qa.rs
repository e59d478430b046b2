//! `tracklint validate` as a QA analyst relies on it (issue 20): coverage counts only valid
//! calls from a plan that lists the event, an empty input is not a pass, an old name says what
//! it was renamed to, unknown names get a did-you-mean across case and separators, messages
//! name the event, the library tracker says what is true, and out-of-band hours across a DST
//! change come in time order.

use crate::common;

use std::path::{Path, PathBuf};

use crate::common::git;
use common::{Outcome, run_limited};
use serde_json::{Value, json};

const CONFIG: &str = "catalog: [events.yaml, plans]\nbusiness_timezone: Europe/Berlin\n";

const EVENTS: &str = "events:
  order_completed:
    description: An order was paid.
    owner: shop
    consent: necessary
    renamed_from: [purchase_made]
    properties:
      coupon: {type: [string, \"null\"], required: true, description: The coupon, or null.}
  product_shared:
    description: A product was shared from the app.
    owner: mobile
    consent: analytics
    properties: {}
  page_scrolled:
    description: A page was scrolled.
    owner: web
    consent: analytics
    properties: {}
    volume: {min_per_hour: 2, max_per_hour: 3}
";

const WEB: &str = "plan: web\nsource: {kind: client, library: web-sdk}\nidentity: [anonymous_id]\nevents:\n  order_completed: {}\n  page_scrolled: {}\n";
const APP: &str = "plan: app\nsource: {kind: mobile, library: app-sdk, min_library_version: 2.0.0}\nidentity: [anonymous_id]\nevents:\n  product_shared: {}\n";

fn catalog(name: &str, config: &str) -> PathBuf {
    let dir = common::scratch("validate-qa", name);
    common::write(&dir, "tracklint.yaml", config);
    common::write(&dir, "events.yaml", EVENTS);
    common::write(&dir, "plans/web.yaml", WEB);
    common::write(&dir, "plans/app.yaml", APP);
    dir
}

/// A track call from `library` (its version 2.1.0).
fn call(event: &str, library: &str, properties: Value) -> String {
    let mut call = json!({
        "type": "track", "event": event, "anonymousId": "a-1",
        "timestamp": "2026-11-27T10:15:00Z", "properties": properties,
        "context": {"library": {"name": library, "version": "2.1.0"}}
    });
    call["messageId"] = json!(format!("m-{}", rand_id(&call)));
    format!("{call}\n")
}

/// A stable id per distinct call (no two identical calls in one sample).
fn rand_id(call: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    call.to_string().hash(&mut hasher);
    hasher.finish()
}

fn validate(dir: &Path, sample: &str, args: &[&str]) -> Outcome {
    common::write(dir, "sample.ndjson", sample);
    let mut all = vec!["validate", "sample.ndjson"];
    all.extend_from_slice(args);
    run_limited(dir, &all, 512, 60, None)
}

fn report(dir: &Path, sample: &str, args: &[&str]) -> (Outcome, Value) {
    let mut all = vec!["--report", "report.json"];
    all.extend_from_slice(args);
    let outcome = validate(dir, sample, &all);
    let text = std::fs::read_to_string(dir.join("report.json")).expect("report written");
    (outcome, serde_json::from_str(&text).expect("report JSON"))
}

#[test]
fn only_a_valid_call_from_a_listing_plan_exercises_its_event() {
    // The off-plan call would fail the run as payload/unknown-event; as a warning it is a
    // valid call, and still exercises nothing: the web does not send product_shared.
    let dir = catalog(
        "coverage",
        &format!("{CONFIG}rules:\n  payload/unknown-event: warn\n"),
    );
    let sample = [
        call("order_completed", "web-sdk", json!({"coupon": 5})), // rejected: no exercise
        call("product_shared", "web-sdk", json!({})),             // the web plan does not list it
        call("page_scrolled", "web-sdk", json!({})),              // exercised
    ]
    .concat();
    let (outcome, summary) = report(&dir, &sample, &[]);
    outcome.assert_exit(&[1], "one schema error");
    assert_eq!(
        summary["coverage"],
        json!({"plans": ["web"], "planned": 2, "exercised": 1, "percent": 50.0,
               "unexercised": ["order_completed"]})
    );
    // The valid off-plan call leaves the mobile plan unexercised too.
    let (_, only_app) = report(
        &dir,
        &call("product_shared", "web-sdk", json!({})),
        &["--plan", "app"],
    );
    assert_eq!(
        only_app["coverage"]["exercised"], 1,
        "--plan app applies the app plan"
    );
}

#[test]
fn an_input_without_payloads_is_no_pass() {
    let dir = catalog("empty", CONFIG);
    for (name, sample) in [("empty", ""), ("blank lines", "\n  \n\n")] {
        let outcome = validate(&dir, sample, &[]);
        outcome.assert_exit(&[2], name);
        assert!(
            outcome.stderr.contains(
                "error: no payloads read from sample.ndjson; name the file that holds them"
            ),
            "{name}: {}",
            outcome.stderr
        );
        validate(&dir, sample, &["--allow-empty"]).assert_exit(&[0], name);
    }
    // stdin with nothing: the forgotten file name in CI.
    let outcome = run_limited(&dir, &["validate", "-"], 512, 60, Some(b""));
    outcome.assert_exit(&[2], "empty stdin");
    assert!(
        outcome.stderr.contains("no payloads read from <stdin>"),
        "{}",
        outcome.stderr
    );
    // A line of another type was read: not empty.
    let identify = "{\"type\":\"identify\",\"userId\":\"u-1\"}\n";
    validate(&dir, identify, &[]).assert_exit(&[0], "an identify call");
}

/// The help (or message) of the payload/unknown-event diagnostic of a one-call sample.
fn unknown(dir: &Path, event: &str) -> (String, Option<String>) {
    let outcome = validate(
        dir,
        &call(event, "web-sdk", json!({})),
        &["--format", "json"],
    );
    let items: Vec<Value> = serde_json::from_str(&outcome.stdout).expect("json");
    let d = items
        .iter()
        .find(|d| d["rule"] == "payload/unknown-event")
        .unwrap_or_else(|| panic!("{event}: {}", outcome.stdout));
    (
        d["message"].as_str().unwrap_or_default().to_owned(),
        d["help"].as_str().map(str::to_owned),
    )
}

#[test]
fn old_names_say_what_they_became_and_near_names_get_a_suggestion() {
    let dir = catalog("names", CONFIG);
    let (message, help) = unknown(&dir, "purchase_made");
    assert_eq!(
        message,
        "event \"purchase_made\" was renamed to \"order_completed\" (its renamed_from lists the old name)"
    );
    assert_eq!(
        help.as_deref(),
        Some("send the new name from this source; the old one is kept only to map history")
    );
    for near in [
        "Order Completed",
        "orderCompleted",
        "order-completed",
        "order_complete",
        "Order Complete",
    ] {
        let (message, help) = unknown(&dir, near);
        assert_eq!(
            message,
            format!("event \"{near}\" is not in the dictionary")
        );
        assert_eq!(
            help.as_deref(),
            Some("did you mean \"order_completed\"?"),
            "{near}"
        );
    }
    let (_, help) = unknown(&dir, "checkout_abandoned");
    assert_eq!(
        help.as_deref(),
        Some("define the event in the dictionary (and list it in the plan), or fix the name")
    );
}

#[test]
fn messages_name_the_event_and_say_null_once() {
    let dir = catalog("messages", CONFIG);
    let sample = call("order_completed", "web-sdk", json!({"coupon": 5}))
        + &call("order_completed", "web-sdk", json!({}));
    let outcome = validate(&dir, &sample, &["--format", "concise"]);
    assert_eq!(
        outcome.stdout,
        "sample.ndjson:1:1: error[payload/schema] property \"coupon\" of event \"order_completed\" is 5 (an integer), expected null or a string\n\
         sample.ndjson:2:1: error[payload/schema] property \"coupon\" of event \"order_completed\" is missing\n"
    );
    common::write(
        &dir,
        "events.yaml",
        EVENTS.replace("type: [string, \"null\"]", "type: string"),
    );
    let outcome = validate(
        &dir,
        &call("order_completed", "web-sdk", json!({"coupon": null})),
        &["--format", "concise"],
    );
    assert_eq!(
        outcome.stdout,
        "sample.ndjson:1:1: error[payload/schema] property \"coupon\" of event \"order_completed\" is null, expected a string\n"
    );
}

#[test]
fn the_library_tracker_says_what_is_true() {
    let dir = catalog("tracker", CONFIG);
    let fresh = call("page_scrolled", "web-sdk", json!({}));
    let outcome = validate(&dir, &fresh, &[]);
    assert!(
        outcome
            .stdout
            .contains("\nLibrary tracker (every segment sends a current library):\n"),
        "{}",
        outcome.stdout
    );
    // A library no plan names: nothing to judge it by.
    let stray = call("page_scrolled", "curl", json!({}));
    let outcome = validate(&dir, &stray, &[]);
    let row = outcome
        .stdout
        .lines()
        .find(|l| l.contains(" curl "))
        .unwrap_or_else(|| panic!("{}", outcome.stdout));
    assert!(row.starts_with("  (no plan)"), "{row}");
    assert!(row.ends_with("no plan matched (not judged)"), "{row}");
    // One outdated segment, said in the headline.
    let old = call("product_shared", "app-sdk", json!({})).replace("2.1.0", "1.9.0");
    let outcome = validate(&dir, &old, &[]);
    assert!(
        outcome
            .stdout
            .contains("\nLibrary tracker (1 segment lacks fresh data):\n"),
        "{}",
        outcome.stdout
    );
    assert_eq!(
        outcome.stdout.matches("Diagnostics:").count(),
        0,
        "the count is said once, by the report"
    );
}

#[test]
fn hours_out_of_band_come_in_time_order_across_the_end_of_dst() {
    // Berlin leaves summer time on 2026-10-25: 02:00 +02:00 (00:00Z) comes before 02:00 +01:00
    // (01:00Z), though it reads later as text. One scroll an hour is below the band of 2.
    let dir = catalog("dst", CONFIG);
    let mut sample = String::new();
    for (i, at) in [
        "2026-10-24T22:10:00Z",
        "2026-10-24T23:10:00Z",
        "2026-10-25T00:10:00Z",
        "2026-10-25T01:10:00Z",
        "2026-10-25T02:10:00Z",
        "2026-10-25T03:10:00Z",
    ]
    .iter()
    .enumerate()
    {
        sample.push_str(&format!(
            "{{\"type\":\"track\",\"event\":\"page_scrolled\",\"messageId\":\"d-{i}\",\"anonymousId\":\"a\",\"timestamp\":\"{at}\",\"properties\":{{}},\"context\":{{\"library\":{{\"name\":\"web-sdk\",\"version\":\"2.1.0\"}}}}}}\n"
        ));
    }
    let outcome = validate(&dir, &sample, &["--volume", "--format", "concise"]);
    let hours: Vec<&str> = outcome
        .stdout
        .lines()
        .filter(|l| l.contains("volume-out-of-band"))
        .filter_map(|l| l.split("the hour from ").nth(1))
        .filter_map(|rest| rest.split(' ').next())
        .collect();
    assert_eq!(
        hours,
        [
            "2026-10-25T01:00:00+02:00",
            "2026-10-25T02:00:00+02:00",
            "2026-10-25T02:00:00+01:00",
            "2026-10-25T03:00:00+01:00"
        ],
        "{}",
        outcome.stdout
    );
}

const V1: &str = "events:
  order_completed:
    description: An order was paid.
    owner: shop
    consent: necessary
    properties:
      order_id: {type: string, required: true, description: Order id.}
";

const V2: &str = "events:
  order_completed:
    description: An order was paid.
    owner: shop
    consent: necessary
    version: 2
    changelog:
      - {version: 2, summary: tax is now required}
    properties:
      order_id: {type: string, required: true, description: Order id.}
      tax: {type: integer, required: true, description: Tax in cents.}
";

#[test]
fn a_pinned_version_is_validated_against_its_definition_from_history() {
    let dir = common::scratch("validate-qa", "pins");
    git(&dir, &["init", "--quiet"]);
    common::write(&dir, "tracklint.yaml", "catalog: [events.yaml, plans]\n");
    common::write(&dir, "events.yaml", V1);
    common::write(
        &dir,
        "plans/web.yaml",
        "plan: web\nsource: {kind: client, library: web-sdk}\nevents:\n  order_completed: {}\n",
    );
    common::write(
        &dir,
        "plans/app.yaml",
        "plan: app\nsource: {kind: mobile, library: app-sdk}\nevents:\n  order_completed: {version: 1}\n",
    );
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "--quiet", "-m", "v1"]);
    common::write(&dir, "events.yaml", V2);
    git(&dir, &["commit", "--quiet", "-am", "v2"]);
    let v1_call = |library: &str| call("order_completed", library, json!({"order_id": "o-1"}));
    // The app still sends version 1: valid against version 1; the web must send version 2.
    let sample = v1_call("app-sdk") + &v1_call("web-sdk");
    let outcome = validate(&dir, &sample, &["--format", "concise"]);
    assert_eq!(
        outcome.stdout,
        "sample.ndjson:2:1: error[payload/schema] property \"tax\" of event \"order_completed\" is missing\n",
        "{}",
        outcome.stderr
    );
    let commit = std::process::Command::new("git")
        .arg("-C")
        .arg(&dir)
        .args(["rev-parse", "--short=12", "HEAD~1"])
        .output()
        .expect("git");
    let commit = String::from_utf8_lossy(&commit.stdout).trim().to_owned();
    assert!(
        outcome.stderr.contains(&format!(
            "note: plan \"app\" pins version 1 of event \"order_completed\"; its payloads were checked against version 1 as committed in {commit}"
        )),
        "{}",
        outcome.stderr
    );
    // A property version 1 did not define is unplanned for the app, though version 2 has it.
    let extra = call(
        "order_completed",
        "app-sdk",
        json!({"order_id": "o-2", "tax": 5}),
    );
    let outcome = validate(&dir, &extra, &["--format", "concise"]);
    assert_eq!(
        outcome.stdout,
        "sample.ndjson:1:1: warning[payload/unplanned-property] property \"tax\" is not defined for event \"order_completed\"\n"
    );
    // Without history to read it from: noted, and the current definition applies.
    let plain = common::scratch("validate-qa", "pins-no-git");
    for file in [
        "tracklint.yaml",
        "events.yaml",
        "plans/web.yaml",
        "plans/app.yaml",
    ] {
        let text = std::fs::read_to_string(dir.join(file)).expect("read");
        common::write(&plain, file, text);
    }
    let outcome = validate(&plain, &v1_call("app-sdk"), &["--format", "concise"]);
    assert_eq!(
        outcome.stdout,
        "sample.ndjson:1:1: error[payload/schema] property \"tax\" of event \"order_completed\" is missing\n"
    );
    assert!(
        outcome.stderr.contains("note: plan \"app\" pins version 1 of event \"order_completed\", which the catalog's git history does not hold ("),
        "{}",
        outcome.stderr
    );
    assert!(
        outcome
            .stderr
            .contains("; its payloads were checked against the current version 2"),
        "{}",
        outcome.stderr
    );
}
