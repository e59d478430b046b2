//! Baselines (SPEC §4): a git repository with two commits, the release planting breaking
//! changes (a property removed, a catalog property's type flipped, optional -> required, an
//! event deleted without deprecation, a rename without backfill) and compatible ones (a new
//! optional property, an added enum value, a properly bumped and re-approved event).
//! `check --against HEAD~1` and `check --against <folder>` must report exactly the breaking ones.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use crate::common::git;
use assert_cmd::Command;

const SHOP_BEFORE: &str = r#"properties:
  order_id: {type: string, description: Order identifier.}
  quantity: {type: integer, description: Units of the product.}
  coupon_code: {type: string, description: Coupon entered at checkout.}
  search_query: {type: string, description: What the visitor searched for.}
  payment_method: {type: string, enum: [card, paypal], description: How the order was paid.}
  gift_wrap: {type: boolean, description: Whether the order is gift wrapped.}

events:
  order_completed:
    description: An order was paid.
    owner: checkout
    consent: necessary
    version: 1
    lifecycle: purchase
    dedupe_key: order_id
    properties:
      plan_tier: required
      order_id: required
      revenue: required
      currency: required
      coupon_code: optional
      payment_method: optional
  cart_product_added:
    description: A product was added to the cart.
    owner: web
    consent: analytics
    version: 1
    properties:
      plan_tier: required
      quantity: required
  products_searched:
    description: A visitor searched the catalog.
    owner: web
    consent: analytics
    version: 1
    properties:
      plan_tier: required
      search_query: optional
  checkout_started:
    description: A visitor opened the checkout.
    owner: checkout
    consent: marketing
    version: 1
    dedupe_key: order_id
    properties:
      plan_tier: required
      order_id: required
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Abandoned checkout reminder}
  banner_dismissed:
    description: A visitor closed the promotion banner.
    owner: web
    consent: analytics
    properties:
      plan_tier: required
  wishlist_viewed:
    description: A visitor opened the wishlist.
    owner: web
    consent: analytics
    properties:
      plan_tier: required
      gift_wrap: optional
"#;

const SHOP_AFTER: &str = r#"properties:
  order_id: {type: string, description: Order identifier.}
  quantity: {type: string, description: Units of the product.}  # MARK type-changed
  coupon_code: {type: string, description: Coupon entered at checkout.}
  search_query: {type: string, description: What the visitor searched for.}
  payment_method: {type: string, enum: [card, paypal, apple_pay], description: How the order was paid.}
  gift_wrap: {type: boolean, description: Whether the order is gift wrapped.}

events:  # MARK removed-without-deprecation
  order_completed:
    description: An order was paid.
    owner: checkout
    consent: necessary
    version: 1  # MARK meaning-changed-without-bump
    lifecycle: purchase
    dedupe_key: order_id
    properties:
      plan_tier: required
      order_id: required
      revenue: required
      currency: required
      payment_method: optional
  cart_product_added:
    description: A product was added to the cart.
    owner: web
    consent: analytics
    version: 1  # MARK meaning-changed-without-bump
    properties:
      plan_tier: required
      quantity: required
  products_searched:
    description: A visitor searched the catalog.
    owner: web
    consent: analytics
    version: 1  # MARK meaning-changed-without-bump
    properties:
      plan_tier: required
      search_query: required
  checkout_started:
    description: A visitor opened the checkout.
    owner: checkout
    consent: marketing
    version: 2
    dedupe_key: order_id
    properties:
      plan_tier: required
      order_id: required
      coupon_code: required
      gift_wrap: optional
    changelog:
      - {version: 2, date: 2026-11-20, summary: coupon_code is always sent}
    crm: {eligible: true, approved_by: lifecycle, approved_version: 2, trigger: Abandoned checkout reminder}
  favourites_viewed:
    description: A visitor opened the favourites list (was the wishlist).
    owner: web
    consent: analytics
    renamed_from: [wishlist_viewed]  # MARK rename-without-backfill
    properties:
      plan_tier: required
      gift_wrap: optional
"#;

const PLAN_BEFORE: &str = "plan: shop_web
source: {kind: client, library: analytics.js}
identity: [anonymous_id, user_id]
events:
  cart_product_added: {}
  products_searched: {}
  checkout_started: {}
  banner_dismissed: {}
  wishlist_viewed: {}
";

const PLAN_SERVER: &str = "plan: shop_server
source: {kind: server, library: analytics-node}
identity: [user_id]
events:
  order_completed: {}
";

/// A fresh scratch folder of this group ([`crate::common::scratch`]).
fn scratch(name: &str) -> PathBuf {
    crate::common::scratch("baseline", name)
}

fn commit_all(repo: &Path, message: &str) {
    git(repo, &["add", "-A"]);
    git(repo, &["commit", "-qm", message]);
}

/// Release 1 and release 2 side by side, as folders.
fn two_releases(name: &str) -> (PathBuf, PathBuf) {
    let root = scratch(name);
    let (before, after) = (root.join("release-1"), root.join("release-2"));
    release_one(&before);
    release_one(&after);
    release_two(&after);
    (before, after)
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

/// The release-1 catalog: `init`'s starter plus the shop files.
fn release_one(dir: &Path) {
    Command::cargo_bin("tracklint")
        .unwrap()
        .arg("init")
        .arg(dir)
        .assert()
        .success();
    std::fs::write(dir.join("dictionary/shop.yaml"), SHOP_BEFORE).unwrap();
    std::fs::write(dir.join("plans/shop_web.yaml"), PLAN_BEFORE).unwrap();
    std::fs::write(dir.join("plans/shop_server.yaml"), PLAN_SERVER).unwrap();
}

fn release_two(dir: &Path) {
    std::fs::write(dir.join("dictionary/shop.yaml"), SHOP_AFTER).unwrap();
    std::fs::write(
        dir.join("plans/shop_web.yaml"),
        PLAN_BEFORE
            .replace("  banner_dismissed: {}\n", "")
            .replace("wishlist_viewed", "favourites_viewed"),
    )
    .unwrap();
}

/// (rule, line) the MARK comments announce in the release-2 shop file.
fn marked() -> Vec<(String, u32)> {
    let mut marks: Vec<(String, u32)> = SHOP_AFTER
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let mark = line.split("# MARK ").nth(1)?;
            Some((format!("versioning/{}", mark.trim()), i as u32 + 1))
        })
        .collect();
    marks.sort();
    marks
}

fn check(dir: &Path, against: &str) -> (i32, Vec<(String, String, u32)>) {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(dir)
        .args(["check", "--against", against, "--format", "json"])
        .output()
        .unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    let found = items
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap() as u32,
            )
        })
        .collect();
    (output.status.code().unwrap(), found)
}

/// `file`: the changed file as json names it, relative to the repository root (SPEC §5).
fn assert_breaking_changes_found(dir: &Path, against: &str, file: &str) {
    let (code, found) = check(dir, against);
    assert_eq!(code, 1, "{found:?}");
    assert!(found.iter().all(|(_, named, _)| named == file), "{found:?}");
    let mut rules: Vec<(String, u32)> = found
        .into_iter()
        .map(|(rule, _, line)| (rule, line))
        .collect();
    rules.sort();
    assert_eq!(rules, marked());
}

#[test]
fn release_one_is_clean() {
    let dir = scratch("release-one");
    release_one(&dir);
    Command::cargo_bin("tracklint")
        .unwrap()
        .arg("check")
        .arg(&dir)
        .assert()
        .success()
        .stdout("");
}

#[test]
fn against_a_git_revision() {
    let dir = scratch("git");
    release_one(&dir);
    git(&dir, &["init", "-q"]);
    commit_all(&dir, "release 1");
    release_two(&dir);
    git(&dir, &["rm", "-q", "--cached", "plans/shop_web.yaml"]);
    commit_all(&dir, "release 2");
    assert_breaking_changes_found(&dir, "HEAD~1", "dictionary/shop.yaml");
    // The work tree and the index are untouched.
    let status = Process::new("git")
        .arg("-C")
        .arg(&dir)
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    assert!(status.stdout.is_empty());
}

#[test]
fn against_a_git_revision_from_a_subfolder_catalog() {
    let repo = scratch("git-subfolder");
    let dir = repo.join("analytics/catalog");
    std::fs::create_dir_all(&dir).unwrap();
    release_one(&dir);
    git(&repo, &["init", "-q"]);
    commit_all(&repo, "release 1");
    release_two(&dir);
    commit_all(&repo, "release 2");
    // Run from the catalog's folder, json names files from the repository root.
    assert_breaking_changes_found(&dir, "HEAD~1", "analytics/catalog/dictionary/shop.yaml");
}

#[test]
fn against_a_folder() {
    let (before, after) = two_releases("folder");
    assert_breaking_changes_found(
        &after,
        before.to_str().unwrap(),
        "release-2/dictionary/shop.yaml",
    );
}

#[test]
fn a_bad_revision_is_exit_2_naming_it() {
    let dir = scratch("bad-ref");
    release_one(&dir);
    git(&dir, &["init", "-q"]);
    commit_all(&dir, "release 1");
    let output = run(&dir, &["check", "--against", "no-such-branch"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-branch"));
}

#[test]
fn diff_classifies_and_fails_on_missing_bumps() {
    let (before, after) = two_releases("diff");
    let output = run(
        &after,
        &["diff", before.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1));
    let changes: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    // A flat list (SPEC §4): place, name, pointer, kind, old, new, class, breaking, review,
    // message.
    let find = |place: &str, name: &str, kind: &str| {
        changes
            .iter()
            .find(|c| c["place"] == place && c["name"] == name && c["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} for {place} {name}: {changes:#?}"))
    };
    assert_eq!(
        find("event", "order_completed", "property_removed"),
        &serde_json::json!({
            "place": "event", "name": "order_completed", "pointer": "/properties/coupon_code",
            "kind": "property_removed", "old": "coupon_code", "new": null, "class": "breaking",
            "breaking": true, "review": false, "message": "property coupon_code removed"
        })
    );
    assert_eq!(
        find("event", "checkout_started", "version_changed")["new"],
        2
    );
    assert_eq!(
        find("event", "checkout_started", "property_added")["class"],
        "breaking"
    );
    let quantity = find("property", "quantity", "type_changed");
    assert_eq!(
        (&quantity["pointer"], &quantity["old"], &quantity["new"]),
        (
            &serde_json::json!("/type"),
            &serde_json::json!("integer"),
            &serde_json::json!("string")
        )
    );
    assert_eq!(quantity["message"], "type changed from integer to string");
    // The catalog property's change shows on the event that references it too.
    assert_eq!(
        find("event", "cart_product_added", "type_changed")["pointer"],
        "/properties/quantity/type"
    );
    assert_eq!(
        find("property", "payment_method", "enum_value_added")["class"],
        "compatible"
    );
    assert_eq!(
        find("event", "banner_dismissed", "event_removed")["class"],
        "breaking"
    );
    assert_eq!(
        find("event", "favourites_viewed", "event_added")["old"],
        serde_json::json!(["wishlist_viewed"])
    );
    assert_eq!(
        find("event", "wishlist_viewed", "event_removed")["class"],
        "neutral"
    );
    assert_eq!(
        find("plan", "shop_web", "plan_drops_event")["class"],
        "neutral"
    );
    for change in &changes {
        assert_eq!(change["breaking"], change["class"] == "breaking");
    }

    let markdown = run(
        &after,
        &["diff", before.to_str().unwrap(), "--format", "markdown"],
    );
    let text = String::from_utf8_lossy(&markdown.stdout);
    // Cells are markdown-escaped text (`\_` renders as `_`); names are code spans.
    assert!(text.contains("| **breaking, not bumped** | event | `order_completed` | changed | v1 | \\! property coupon\\_code removed<br>"), "{text}");
}

#[test]
fn review_lists_stale_and_new_crm_events_with_changes() {
    let root = scratch("review");
    let before = root.join("release-1");
    let after = root.join("release-2");
    release_one(&before);
    release_one(&after);
    // Release 2 bumps checkout_started without re-approval and makes order_completed eligible.
    let shop = SHOP_BEFORE
        .replace(
            "    version: 1\n    dedupe_key: order_id\n    properties:\n      plan_tier: required\n      order_id: required\n    crm:",
            "    version: 2\n    dedupe_key: order_id\n    changelog:\n      - {version: 2, summary: coupon_code added}\n    properties:\n      plan_tier: required\n      order_id: required\n      coupon_code: required\n    crm:",
        )
        .replace(
            "      payment_method: optional\n",
            "      payment_method: optional\n    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}\n",
        );
    std::fs::write(after.join("dictionary/shop.yaml"), shop).unwrap();
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(&after)
        .args([
            "review",
            "--against",
            before.to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    // The queue is the "pending" list of an object (which also carries what this change
    // decided, and the usage review).
    let review: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let items = review["pending"].as_array().unwrap();
    let names: Vec<&str> = items.iter().map(|i| i["event"].as_str().unwrap()).collect();
    assert_eq!(names, ["checkout_started"]);
    // Bumped, but its payload changed since lifecycle approved version 1, and nobody
    // recorded a new approval.
    assert_eq!(
        items[0]["needs"],
        serde_json::json!(["stale-approval", "changed-since-approval"])
    );
    assert!(
        items[0]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "required property coupon_code added"),
        "{}",
        items[0]["changes"]
    );
    // Eligible and approved in the same change: decided, for the PR reviewer to confirm.
    let decided = review["decided"].as_array().unwrap();
    let names: Vec<&str> = decided
        .iter()
        .map(|i| i["event"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["order_completed"]);
    assert_eq!(
        decided[0]["needs"],
        serde_json::json!(["approval-changed", "newly-eligible"])
    );

    let human = run(&after, &["review"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("checkout_started (v2, owner checkout)"),
        "{text}"
    );
    assert!(
        text.contains("needs: approved for version 1, now at version 2"),
        "{text}"
    );
}

#[test]
fn sarif_names_baseline_files_by_a_valid_uri_and_the_revision() {
    let dir = scratch("git-sarif");
    release_one(&dir);
    git(&dir, &["init", "-q"]);
    commit_all(&dir, "release 1");
    release_two(&dir);
    commit_all(&dir, "release 2");
    let output = run(&dir, &["check", "--against", "HEAD~1", "--format", "sarif"]);
    assert_eq!(output.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut locations = Vec::new();
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        locations.extend(result["locations"].as_array().unwrap().iter().cloned());
        if let Some(related) = result["relatedLocations"].as_array() {
            locations.extend(related.iter().cloned());
        }
    }
    let mut in_baseline = 0;
    for location in &locations {
        let physical = &location["physicalLocation"];
        let uri = physical["artifactLocation"]["uri"].as_str().unwrap();
        // A relative URI reference whose first segment holds a colon would read as a scheme.
        let first = uri.split('/').next().unwrap();
        assert!(!first.contains(':'), "{uri} is no URI reference");
        if let Some(revision) = physical["properties"]["revision"].as_str() {
            assert_eq!(revision, "HEAD~1");
            assert!(
                dir.join(uri).exists()
                    || uri.starts_with("plans/")
                    || uri.starts_with("dictionary/"),
                "{uri}"
            );
            in_baseline += 1;
        }
    }
    assert!(
        in_baseline > 0,
        "no location in the baseline: {locations:#?}"
    );
}

/// A base and a head folder: the head removed three events without deprecating them, and its
/// plan still lists one of them.
fn two_removed(name: &str) -> PathBuf {
    let root = scratch(name);
    let dictionary = |names: &[&str]| {
        let mut text = String::from("events:\n");
        for name in names {
            text.push_str(&format!(
                "  {name}:\n    description: Something was viewed.\n    owner: web\n    consent: analytics\n"
            ));
        }
        text
    };
    let plan = "plan: web\nsource: {kind: client}\nidentity: [anonymous_id]\nevents:\n  page_viewed: {}\n  card_viewed: {}\n";
    for (folder, names, plan) in [
        (
            "base",
            &["page_viewed", "card_viewed", "list_viewed", "menu_viewed"][..],
            plan,
        ),
        ("head", &["page_viewed"][..], plan),
    ] {
        let dir = root.join(folder);
        std::fs::create_dir_all(dir.join("plans")).unwrap();
        std::fs::write(
            dir.join("tracklint.yaml"),
            "catalog: [events.yaml, plans]\n",
        )
        .unwrap();
        std::fs::write(dir.join("events.yaml"), dictionary(names)).unwrap();
        std::fs::write(dir.join("plans/web.yaml"), plan).unwrap();
    }
    root
}

#[test]
fn each_removed_event_is_named_and_one_still_listed_is_reported_at_the_plan_entry() {
    let root = two_removed("two-removed");
    let output = run(
        &root.join("head"),
        &[
            "check",
            ".",
            "--against",
            "../base",
            "--format",
            "concise",
            "--select",
            "versioning",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "events.yaml:1:1: error[versioning/removed-without-deprecation] event \"list_viewed\" was removed without being deprecated first (it was active in ../base)",
            "events.yaml:1:1: error[versioning/removed-without-deprecation] event \"menu_viewed\" was removed without being deprecated first (it was active in ../base)",
            "plans/web.yaml:6:3: error[versioning/removed-without-deprecation] event \"card_viewed\" was removed without being deprecated first (it was active in ../base)",
        ],
        "{stdout}"
    );
}

#[test]
fn diff_gives_the_verdict_of_the_versioning_rules() {
    let root = two_removed("diff-verdict");
    // Removed without deprecation: `check --against` fails, so `diff` does, both ways of
    // naming the head.
    let output = run(&root.join("head"), &["diff", "../base"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let output = run(&root, &["diff", "base", "head"]);
    assert_eq!(output.status.code(), Some(1));
    // The same severity override that makes `check --against` pass makes `diff` pass.
    std::fs::write(
        root.join("head/tracklint.yaml"),
        "catalog: [events.yaml, plans]\nrules:\n  versioning/removed-without-deprecation: warn\n",
    )
    .unwrap();
    let check = run(
        &root.join("head"),
        &[
            "check",
            ".",
            "--against",
            "../base",
            "--select",
            "versioning",
        ],
    );
    assert_eq!(check.status.code(), Some(0));
    let output = run(&root.join("head"), &["diff", "../base"]);
    assert_eq!(output.status.code(), Some(0));
}
