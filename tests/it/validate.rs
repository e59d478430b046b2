//! `tracklint validate`: the example samples of examples/shop (every planted defect at its
//! line with its rule and pointer, nothing else an error), coverage, the library tracker,
//! `--volume` in a half-hour zone, every output format, `--report`, flags and exit codes.

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};

fn shop() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/shop")
}

/// A copy of examples/shop in a scratch folder of its own, where `--report` may write (the
/// scratch folder lies outside the repository when CARGO_TARGET_DIR does).
fn shop_copy(name: &str) -> PathBuf {
    let dir = common::scratch("validate", name);
    common::copy_dir(&shop(), &dir);
    dir
}

fn tracklint(dir: &Path) -> Command {
    let mut command = Command::cargo_bin("tracklint").unwrap();
    command.current_dir(dir).env("NO_COLOR", "1");
    command
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let output = tracklint(dir).args(args).output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn json(text: &str) -> Vec<Value> {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// (line, rule, severity, pointer) of every diagnostic in `--format json` output.
fn findings(items: &[Value]) -> Vec<(u64, String, String, Option<String>)> {
    items
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["rule"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
                d["pointer"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn finding(
    line: u64,
    rule: &str,
    severity: &str,
    pointer: Option<&str>,
) -> (u64, String, String, Option<String>) {
    (
        line,
        rule.into(),
        severity.into(),
        pointer.map(str::to_owned),
    )
}

#[test]
fn the_staging_sample_reports_every_planted_defect_at_its_line_and_nothing_else() {
    let out = run(
        &shop(),
        &["validate", "payloads/staging.ndjson", "--format", "json"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let items = json(&out.stdout);
    // json names the file from the repository root, wherever validate runs (SPEC §5).
    assert!(
        items
            .iter()
            .all(|d| d["file"] == "examples/shop/payloads/staging.ndjson")
    );
    let expected = vec![
        finding(4, "payload/duplicate", "error", Some("/messageId")),
        finding(
            7,
            "payload/duplicate",
            "error",
            Some("/properties/order_id"),
        ),
        finding(8, "payload/schema", "error", Some("/properties/revenue")),
        finding(
            9,
            "payload/schema",
            "error",
            Some("/properties/coupon_code"),
        ),
        finding(10, "payload/schema", "error", Some("/properties/rating")),
        finding(
            11,
            "payload/unplanned-property",
            "warning",
            Some("/properties/debug_mode"),
        ),
        finding(12, "payload/unknown-event", "error", Some("/event")),
        finding(13, "payload/retired-event", "error", Some("/event")),
        finding(14, "payload/identity-missing", "error", Some("/userId")),
        finding(15, "payload/timestamp-offset", "error", Some("/timestamp")),
        finding(
            16,
            "payload/consent-denied",
            "error",
            Some("/context/consent/categoryPreferences/Advertising"),
        ),
        finding(17, "payload/clock-skew", "error", Some("/sentAt")),
        finding(
            19,
            "payload/library-outdated",
            "error",
            Some("/context/library/version"),
        ),
        finding(21, "payload/invalid-json", "error", None),
        finding(29, "payload/unknown-event", "error", Some("/event")),
    ];
    assert_eq!(findings(&items), expected);
    let message = |line: u64| {
        items
            .iter()
            .find(|d| d["line"] == line)
            .map(|d| d["message"].as_str().unwrap().to_owned())
            .unwrap()
    };
    assert_eq!(
        message(8),
        "property \"revenue\" of event \"order_completed\" is \"25.80\" (a string), expected a number"
    );
    assert_eq!(
        message(10),
        "property \"rating\" of event \"product_reviewed\" is 7, expected at most 5"
    );
    assert_eq!(
        message(7),
        "event \"order_completed\" with order_id \"o-1001\" was already sent on line 6 (did client and server both send it?)"
    );
    assert_eq!(
        message(19),
        "library analytics.js 4.0.2 is older than 4.1.0, the minimum of plan \"web_storefront\": 2 payloads, the last on line 20"
    );
    assert!(message(29).contains("is not in plan \"shop_app\""));
    let unknown = items.iter().find(|d| d["line"] == 12).unwrap();
    assert_eq!(unknown["help"], "did you mean \"order_completed\"?");
    assert!(
        out.stderr
            .contains("note: plan \"shop_app\" pins version 1 of event \"order_completed\""),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("pins version").count(), 1);
}

#[test]
fn the_report_has_counts_coverage_and_the_library_tracker() {
    let dir = shop_copy("report");
    // The report's folders are created, as for any path the user names.
    let report = dir.join("reports/day1/staging.json");
    let out = run(
        &dir,
        &[
            "validate",
            "payloads/staging.ndjson",
            "--format",
            "concise",
            "--report",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    // 28 track calls (the batch line holds two) and the line that is not JSON; 2 skipped.
    assert_eq!(report["payloads"], 29);
    assert_eq!(report["invalid"], 13);
    assert_eq!(report["invalid_json"], 1);
    assert_eq!(report["skipped"], json!({"identify": 1, "page": 1}));
    let event = |name: &str| {
        report["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["event"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no row for {name}"))
    };
    assert_eq!(
        event("order_completed"),
        json!({"event": "order_completed", "known": true, "count": 4, "invalid": 2,
               "top_error": "payload/duplicate /properties/order_id"})
    );
    assert_eq!(event("Order Completed")["known"], false);
    assert_eq!(
        report["coverage"],
        json!({
            "plans": ["shop_app", "backend", "web_storefront"],
            "planned": 37,
            // Only valid calls from a plan that lists the event: cart_viewed (a timestamp
            // without offset), coupon_applied, invoice_paid (no userId; listed by another
            // plan), newsletter_subscribed and product_reviewed were only sent invalid.
            "exercised": 12,
            "percent": 32.4,
            "unexercised": [
                "account_created", "cart_product_removed", "cart_viewed", "checklist_completed",
                "coupon_applied", "coupon_rejected", "invitation_accepted", "invoice_paid",
                "newsletter_subscribed", "order_cancelled", "order_refunded", "order_shipped",
                "payment_failed", "payment_info_entered", "product_reviewed", "product_shared",
                "push_notification_opened", "shipping_method_selected",
                "subscription_cancelled", "subscription_downgraded", "subscription_upgraded",
                "user_logged_in", "user_logged_out", "user_opted_out", "wishlist_product_added"
            ]
        })
    );
    let libraries = report["libraries"].as_array().unwrap();
    let library = |library: &str, version: Option<&str>| {
        libraries
            .iter()
            .find(|l| l["library"] == library && l["version"].as_str() == version)
            .cloned()
            .unwrap_or_else(|| panic!("no row for {library} {version:?}"))
    };
    let old = library("analytics.js", Some("4.0.2"));
    assert_eq!(old["plan"], "web_storefront");
    assert_eq!(old["count"], 2);
    assert_eq!(old["outdated"], true);
    assert_eq!(old["last_seen"], "2026-11-27T10:15:00Z");
    let beta = library("analytics-react-native", Some("2.x-beta"));
    assert_eq!(
        (&beta["outdated"], &beta["version_readable"]),
        (&json!(false), &json!(false))
    );
    let none = library("analytics-react-native", None);
    assert_eq!(
        (&none["outdated"], &none["count"]),
        (&json!(false), &json!(1))
    );
    assert_eq!(library("analytics.js", Some("4.1.3"))["outdated"], false);
    assert_eq!(report["diagnostics"]["errors"], 14);
    assert_eq!(report["diagnostics"]["warnings"], 1);
    assert_eq!(report["diagnostics"]["unlisted"], json!({}));
    assert!(report.get("volume").is_none());
}

#[test]
fn the_human_summary_ends_with_events_coverage_and_the_tracker() {
    let out = run(&shop(), &["validate", "payloads/staging.ndjson"]);
    assert_eq!(out.code, 1);
    let text = &out.stdout;
    assert!(text.contains("at payloads/staging.ndjson:8:1"), "{text}");
    let summary = text
        .find("Payloads: 29 checked, 13 invalid (1 not JSON)")
        .unwrap();
    let coverage = text
        .find("Coverage: 12 of 37 planned events exercised (32.4%)")
        .unwrap();
    let tracker = text.find("Library tracker").unwrap();
    assert!(summary < coverage && coverage < tracker, "{text}");
    assert!(
        text.contains("not exercised (25): account_created, cart_product_removed, cart_viewed")
    );
    let outdated = text[tracker..]
        .lines()
        .find(|l| l.contains("4.0.2"))
        .unwrap_or_default();
    assert!(outdated.contains("outdated (< 4.1.0)"), "{outdated}");
    assert!(text.contains("version unreadable (not judged)"));
    // Quiet: errors only, no summary.
    let quiet = run(&shop(), &["validate", "payloads/staging.ndjson", "-q"]);
    assert!(!quiet.stdout.contains("Coverage:"));
    // Like check: no summary line under -q.
    assert!(!quiet.stdout.contains("Found "), "{}", quiet.stdout);
    assert!(!quiet.stdout.contains("unplanned-property"));
    assert!(quiet.stdout.contains("payload/schema"));
}

#[test]
fn the_production_sample_finds_the_hours_out_of_band_and_the_planted_lines() {
    let dir = shop_copy("production");
    let report = dir.join("production.json");
    let out = run(
        &dir,
        &[
            "validate",
            "payloads/production.ndjson.gz",
            "--volume",
            "--format",
            "json",
            "--report",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let items = json(&out.stdout);
    let found: Vec<(String, u64, String)> = items
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let at = |file: &str, line: u64, rule: &str| (file.to_owned(), line, rule.to_owned());
    assert_eq!(
        found,
        vec![
            // `volume:` of app_opened.
            at(
                "dictionary/storefront.yaml",
                147,
                "payload/volume-out-of-band"
            ),
            at(
                "dictionary/storefront.yaml",
                147,
                "payload/volume-out-of-band"
            ),
            at(
                "payloads/production.ndjson.gz",
                124,
                "payload/library-outdated"
            ),
            at("payloads/production.ndjson.gz", 229, "payload/duplicate"),
            at(
                "payloads/production.ndjson.gz",
                290,
                "payload/consent-denied"
            ),
            at("payloads/production.ndjson.gz", 373, "payload/clock-skew"),
        ]
    );
    assert!(
        items[0]["message"]
            .as_str()
            .unwrap()
            .contains("the hour from 2026-11-27T09:00:00+01:00 (Europe/Berlin) had 60 payloads, below volume.min_per_hour 100")
    );
    assert!(
        items[1]["message"]
            .as_str()
            .unwrap()
            .contains("10:00:00+01:00 (Europe/Berlin) had 0 payloads")
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let hours = report["volume"].as_array().unwrap();
    // 8 hours from 06:00 to 13:00; the first and last are partial and not judged.
    assert_eq!(hours.len(), 6);
    let out_of_band: Vec<(&str, u64)> = hours
        .iter()
        .filter(|h| h["in_band"] == false)
        .map(|h| (h["hour"].as_str().unwrap(), h["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        out_of_band,
        vec![
            ("2026-11-27T09:00:00+01:00", 60),
            ("2026-11-27T10:00:00+01:00", 0)
        ]
    );
    assert_eq!(
        hours[0],
        json!({"event": "app_opened", "hour": "2026-11-27T07:00:00+01:00", "count": 120,
               "min": 100, "max": 60000, "in_band": true})
    );
    assert_eq!(report["volume_window"]["outside"], 0);
    let old = report["libraries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["version"] == "2.18.1")
        .unwrap();
    assert_eq!(
        (&old["count"], &old["outdated"]),
        (&json!(25), &json!(true))
    );
}

/// A catalog in Asia/Kolkata (+05:30) with one banded event.
fn kolkata_catalog(name: &str) -> PathBuf {
    let dir = common::scratch("validate", name);
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [events.yaml, plan.yaml]\nbusiness_timezone: Asia/Kolkata\n",
    );
    common::write(
        &dir,
        "events.yaml",
        "events:\n  order_placed:\n    description: An order was placed.\n    owner: shop\n    consent: necessary\n    properties: {}\n    volume:\n      min_per_hour: 3\n      max_per_hour: 5\n",
    );
    common::write(
        &dir,
        "plan.yaml",
        "plan: web\nsource: {kind: client, library: web-sdk}\nidentity: [anonymous_id]\nevents:\n  order_placed: {}\n",
    );
    dir
}

fn order_at(timestamp: &str, n: usize) -> String {
    format!(
        "{{\"type\":\"track\",\"event\":\"order_placed\",\"messageId\":\"m-{n}\",\"anonymousId\":\"a\",\"timestamp\":\"{timestamp}\",\"properties\":{{}},\"context\":{{\"library\":{{\"name\":\"web-sdk\"}}}}}}\n"
    )
}

#[test]
fn volume_buckets_hours_of_a_half_hour_zone() {
    let dir = kolkata_catalog("kolkata");
    // Local hours start at :30 UTC. Counts per local hour (10:00 is 04:30Z):
    // 09:00 first (partial), 10:00: 4, 11:00: 2 (below 3), 12:00: 0 (empty), 13:00: 6
    // (above 5), 14:00: 4, 15:00 last (partial). UTC hours would count differently.
    let mut sample = String::new();
    let mut n = 0;
    let mut add = |times: &[&str]| {
        for t in times {
            n += 1;
            sample.push_str(&order_at(t, n));
        }
    };
    add(&["2026-11-28T03:50:00Z"]);
    add(&[
        "2026-11-28T04:31:00Z",
        "2026-11-28T04:59:00Z",
        "2026-11-28T05:01:00Z",
        "2026-11-28T05:29:59Z",
    ]);
    add(&["2026-11-28T05:30:00Z", "2026-11-28T06:10:00Z"]);
    add(&[
        "2026-11-28T07:30:00Z",
        "2026-11-28T07:40:00Z",
        "2026-11-28T08:00:00Z",
        "2026-11-28T13:05:00+05:30",
        "2026-11-28T08:20:00Z",
        "2026-11-28T08:29:00Z",
    ]);
    add(&[
        "2026-11-28T08:45:00Z",
        "2026-11-28T09:00:00Z",
        "2026-11-28T09:15:00Z",
        "2026-11-28T09:29:00Z",
    ]);
    add(&["2026-11-28T09:45:00Z"]);
    // A payload dated 1970: counted outside the window, never half a million empty hours.
    add(&["1970-01-01T00:00:00Z"]);
    common::write(&dir, "sample.ndjson", &sample);
    let report = dir.join("report.json");
    let out = run(
        &dir,
        &[
            "validate",
            "sample.ndjson",
            "--volume",
            "--format",
            "json",
            "--report",
            "report.json",
        ],
    );
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    let items = json(&out.stdout);
    let messages: Vec<&str> = items
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        vec![
            "event \"order_placed\": the hour from 2026-11-28T11:00:00+05:30 (Asia/Kolkata) had 2 payloads, below volume.min_per_hour 3",
            "event \"order_placed\": the hour from 2026-11-28T12:00:00+05:30 (Asia/Kolkata) had 0 payloads, below volume.min_per_hour 3",
            "event \"order_placed\": the hour from 2026-11-28T13:00:00+05:30 (Asia/Kolkata) had 6 payloads, above volume.max_per_hour 5",
        ]
    );
    assert!(
        items
            .iter()
            .all(|d| d["file"] == "events.yaml" && d["line"] == 7)
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let hours: Vec<(&str, u64, bool)> = report["volume"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["hour"].as_str().unwrap(),
                h["count"].as_u64().unwrap(),
                h["in_band"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        hours,
        vec![
            ("2026-11-28T10:00:00+05:30", 4, true),
            ("2026-11-28T11:00:00+05:30", 2, false),
            ("2026-11-28T12:00:00+05:30", 0, false),
            ("2026-11-28T13:00:00+05:30", 6, false),
            ("2026-11-28T14:00:00+05:30", 4, true),
        ]
    );
    assert_eq!(
        report["volume_window"]["first_hour"],
        "2026-11-28T09:00:00+05:30"
    );
    assert_eq!(
        report["volume_window"]["last_hour"],
        "2026-11-28T15:00:00+05:30"
    );
    assert_eq!(report["volume_window"]["outside"], 1);
}

#[test]
fn every_format_locates_payload_diagnostics_by_line_with_the_pointer() {
    let shop = shop();
    let args = |format: &'static str| {
        [
            "validate",
            "payloads/staging.ndjson",
            "--select",
            "payload/schema",
            "--format",
            format,
        ]
    };
    let concise = run(&shop, &args("concise")).stdout;
    assert_eq!(
        concise.lines().next().unwrap(),
        "payloads/staging.ndjson:8:1: error[payload/schema] property \"revenue\" of event \"order_completed\" is \"25.80\" (a string), expected a number"
    );
    assert_eq!(concise.lines().count(), 3);
    let github = run(&shop, &args("github")).stdout;
    assert!(github.starts_with("::error file=examples/shop/payloads/staging.ndjson,line=8,endLine=8,col=1,endColumn=1,title=payload/schema::property \"revenue\""), "{github}");
    let sarif: Value = serde_json::from_str(&run(&shop, &args("sarif")).stdout).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "payload/schema");
    assert_eq!(result["properties"]["pointer"], "/properties/revenue");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (&region["startLine"], &region["startColumn"]),
        (&json!(8), &json!(1))
    );
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "payload/volume-out-of-band")
    );
    let junit = run(&shop, &args("junit")).stdout;
    let document = roxmltree::Document::parse(&junit).unwrap();
    let suite = document
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(
        suite.attribute("name"),
        Some("examples/shop/payloads/staging.ndjson")
    );
    let case = document
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap();
    assert_eq!(
        case.attribute("name"),
        Some("payload/schema at line 8, column 1")
    );
    assert_eq!(
        case.attribute("classname"),
        Some("examples/shop/payloads/staging")
    );
    assert_eq!(
        document
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count(),
        3
    );
    let human = run(&shop, &args("human")).stdout;
    assert!(human.contains("error[payload/schema]"));
    assert!(
        human.contains("  │   at payloads/staging.ndjson:9:1"),
        "{human}"
    );
}

#[test]
fn min_coverage_plan_selection_and_severities() {
    let shop = shop();
    let below = run(
        &shop,
        &[
            "validate",
            "payloads/staging.ndjson",
            "--select",
            "payload/schema",
            "--ignore",
            "payload/schema",
            "--min-coverage",
            "60",
            "-q",
        ],
    );
    assert_eq!(below.code, 1);
    assert!(
        below
            .stderr
            .contains("error: coverage 45.9% is below --min-coverage 60"),
        "{}",
        below.stderr
    );
    let above = run(
        &shop,
        &[
            "validate",
            "payloads/staging.ndjson",
            "--select",
            "payload/schema",
            "--ignore",
            "payload/schema",
            "--min-coverage",
            "45",
            "-q",
        ],
    );
    assert_eq!(above.code, 0, "{}", above.stderr);
    let bad = run(
        &shop,
        &[
            "validate",
            "payloads/staging.ndjson",
            "--min-coverage",
            "120",
        ],
    );
    assert_eq!(bad.code, 2);
    // --plan: every payload is held to the backend plan.
    let forced = run(
        &shop,
        &[
            "validate",
            "payloads/staging.ndjson",
            "--plan",
            "backend",
            "--select",
            "payload/unknown-event",
            "--format",
            "json",
        ],
    );
    let items = json(&forced.stdout);
    let line1 = items.iter().find(|d| d["line"] == 1).unwrap();
    assert_eq!(
        line1["message"],
        "event \"products_searched\" is not in plan \"backend\" (given with --plan)"
    );
    let unknown = run(
        &shop,
        &["validate", "payloads/staging.ndjson", "--plan", "bakend"],
    );
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("did you mean `backend`?"),
        "{}",
        unknown.stderr
    );
    // Warnings fail only with --deny-warnings.
    let warnings = [
        "validate",
        "payloads/staging.ndjson",
        "--select",
        "payload/unplanned-property",
    ];
    assert_eq!(run(&shop, &warnings).code, 0);
    let mut denied = warnings.to_vec();
    denied.push("--deny-warnings");
    assert_eq!(run(&shop, &denied).code, 1);
}

#[test]
fn configured_severities_and_consent_names_apply() {
    let dir = kolkata_catalog("severities");
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [events.yaml, plan.yaml]\nconsent: {categories: {marketing: [C0004]}}\nrules:\n  payload/unplanned-property: error\n  payload/timestamp-offset: off\n",
    );
    common::write(
        &dir,
        "events.yaml",
        "events:\n  order_placed:\n    description: An order was placed.\n    owner: shop\n    consent: marketing\n    properties: {}\n",
    );
    let lines = [
        r#"{"type":"track","event":"order_placed","anonymousId":"a","timestamp":"2026-11-28 10:00","properties":{"extra":1}}"#,
        r#"{"type":"track","event":"order_placed","anonymousId":"a","context":{"consent":{"categoryPreferences":{"c0004":false}}}}"#,
        r#"{"type":"track","event":"order_placed","anonymousId":"a","context":{"consent":{"categoryPreferences":{"Marketing":false,"necessary":true}}}}"#,
        r#"{"type":"track","event":"order_placed","anonymousId":"a","context":{"consent":{"categoryPreferences":{"C0004":true,"Advertising":false}}}}"#,
    ];
    common::write(&dir, "sample.ndjson", lines.join("\n"));
    let out = run(&dir, &["validate", "sample.ndjson", "--format", "json"]);
    let items = json(&out.stdout);
    let found: Vec<(u64, &str, &str)> = items
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["rule"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (1, "payload/unplanned-property", "error"),
            (2, "payload/consent-denied", "error"),
            (3, "payload/consent-denied", "error"),
        ]
    );
    assert_eq!(out.code, 1);
}

#[test]
fn an_unknown_business_timezone_is_a_config_error_at_its_span() {
    let dir = kolkata_catalog("zone");
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [events.yaml, plan.yaml]\nbusiness_timezone: Asia/Kolkatta\n",
    );
    let out = run(&dir, &["check"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("tracklint.yaml:2:20"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("\"Asia/Kolkatta\" is not a time zone of the IANA database")
    );
    assert!(
        out.stderr.contains("did you mean `Asia/Kolkata`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn stdin_is_read_with_a_dash_and_named_stdin() {
    let dir = kolkata_catalog("stdin");
    let out = tracklint(&dir)
        .args(["validate", "-", "--format", "concise"])
        .write_stdin("{\"type\":\"track\",\"event\":\"order_plaed\",\"anonymousId\":\"a\"}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "<stdin>:1:1: error[payload/unknown-event] event \"order_plaed\" is not in the dictionary\n"
    );
}

#[test]
fn inputs_that_cannot_be_read_end_the_run_with_exit_2() {
    let dir = kolkata_catalog("unreadable");
    let missing = run(&dir, &["validate", "nowhere.ndjson"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("nowhere.ndjson"),
        "{}",
        missing.stderr
    );
    let folder = run(&dir, &["validate", "."]);
    assert_eq!(folder.code, 2);
    assert!(
        folder
            .stderr
            .contains("it is a directory, not a regular file"),
        "{}",
        folder.stderr
    );
    let twice = run(&dir, &["validate", "-", "-"]);
    assert_eq!(twice.code, 2);
}

#[test]
fn rules_explain_and_select_know_the_payload_group() {
    let rules = run(&shop(), &["rules"]).stdout;
    for id in [
        "payload/invalid-json",
        "payload/duplicate",
        "payload/clock-skew",
        "payload/consent-denied",
        "payload/volume-out-of-band",
    ] {
        assert!(rules.contains(id), "{id}");
    }
    let explain = run(&shop(), &["explain", "payload/duplicate"]);
    assert_eq!(explain.code, 0);
    assert!(explain.stdout.contains("most recent 917,504 ids"));
    let selected = run(
        &shop(),
        &[
            "validate",
            "payloads/staging.ndjson",
            "--select",
            "payload",
            "--format",
            "concise",
        ],
    );
    assert_eq!(selected.stdout.lines().count(), 15);
}

/// The definition model at every depth in `validate` (SPEC §1.2): a closed event rejects a
/// property it does not list as `payload/schema` (never also as unplanned), an open one warns;
/// nested objects close with `additionalProperties: false`; nullable and union types accept
/// what they list, and reject the rest with the pointer of the bad value.
#[test]
fn nested_nullable_union_and_closed_definitions_are_validated() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/model-edge");
    let payloads = common::scratch("validate", "model-edge").join("model.ndjson");
    std::fs::write(
        &payloads,
        concat!(
            r#"{"type":"track","event":"gift_wrapped","userId":"u","properties":{"wrap":{"paper":"red","card":null},"extra":1}}"#, "\n",
            r#"{"type":"track","event":"order_completed","userId":"u","properties":{"order_id":"3f2b8c1e-0000-4000-8000-000000000000","lines":[{"sku":"a","qty":2,"price":"9.99","x":1}],"address":null,"coupon":null,"extra":true}}"#, "\n",
            r#"{"type":"track","event":"order_completed","userId":"u","properties":{"order_id":"3f2b8c1e-0000-4000-8000-000000000001","lines":[{"sku":"a","price":1.5}],"address":{"country":"DE","floor":null},"coupon":"SAVE10"}}"#, "\n",
            r#"{"type":"track","event":"order_completed","userId":"u","properties":{"order_id":"3f2b8c1e-0000-4000-8000-000000000002","lines":[{"sku":"a","price":true}],"address":{"floor":"3"},"coupon":"SAVE20"}}"#, "\n",
        ),
    )
    .unwrap();
    let out = run(
        &dir,
        &["validate", payloads.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        findings(&json(&out.stdout)),
        vec![
            finding(
                1,
                "payload/unplanned-property",
                "warning",
                Some("/properties/extra")
            ),
            finding(2, "payload/schema", "error", Some("/properties")),
            finding(2, "payload/schema", "error", Some("/properties/lines/0")),
            // The required nested key is named where it is missing.
            finding(
                4,
                "payload/schema",
                "error",
                Some("/properties/address/country")
            ),
            finding(
                4,
                "payload/schema",
                "error",
                Some("/properties/address/floor")
            ),
            finding(4, "payload/schema", "error", Some("/properties/coupon")),
            finding(
                4,
                "payload/schema",
                "error",
                Some("/properties/lines/0/price")
            ),
        ]
    );
}
