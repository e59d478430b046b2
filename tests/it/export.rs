//! `tracklint export jsonschema`: the plain layout (2020-12 schemas of the whole track call and
//! an index) that validates the staging sample like `validate` does, Iglu's layout
//! (self-describing draft-04), and the names and paths it refuses.

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};

/// A copy of examples/shop in a scratch folder (its own repository root: no .git above it
/// inside the scratch tree, so the catalog root confines the writes).
fn shop_copy(name: &str) -> PathBuf {
    let dir = common::scratch("export", name);
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/shop"),
        &dir,
    );
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    dir
}

fn export(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(dir)
        .arg("export")
        .arg("jsonschema")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn plain_schemas_cover_the_whole_call_and_validate_like_validate_does() {
    let dir = shop_copy("plain");
    let (code, stdout, stderr) = export(&dir, &["--out", "schemas"]);
    assert_eq!(code, 0, "{stderr}");
    // The draft gift_card_redeemed and the retired store_locator_used are left out: validate
    // accepts no payload of either.
    assert!(
        stdout.starts_with("Wrote 38 schemas and index.json to schemas"),
        "{stdout}"
    );
    let index = read_json(&dir.join("schemas/index.json"));
    let entries = index["schemas"].as_array().unwrap();
    assert_eq!(entries.len(), 38);
    for left_out in ["gift_card_redeemed", "store_locator_used"] {
        assert!(
            !entries.iter().any(|e| e["event"] == left_out),
            "{left_out}"
        );
        assert!(!dir.join(format!("schemas/{left_out}.schema.json")).exists());
    }
    let order = entries
        .iter()
        .find(|e| e["event"] == "order_completed")
        .unwrap();
    assert_eq!(
        order,
        &json!({"event": "order_completed", "version": 2, "status": "active",
                "file": "order_completed.schema.json",
                "$id": "urn:tracklint:event:order_completed:v2"})
    );
    let schema = read_json(&dir.join("schemas/order_completed.schema.json"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["$id"], "urn:tracklint:event:order_completed:v2");
    assert_eq!(schema["required"], json!(["event", "properties"]));
    assert_eq!(
        schema["properties"]["event"],
        json!({"const": "order_completed"})
    );
    // The envelope as validate judges it: a track call, an RFC 3339 timestamp with offset,
    // and an identity: `purchase` is a post-signup stage, so every plan needs the userId.
    assert_eq!(schema["properties"]["type"], json!({"const": "track"}));
    assert_eq!(schema["properties"]["timestamp"]["format"], "date-time");
    let id = json!({"anyOf": [{"type": "string", "pattern": "\\S"}, {"type": "number"}]});
    assert_eq!(
        schema["anyOf"],
        json!([{"required": ["userId"], "properties": {"userId": id}}])
    );
    let properties = &schema["properties"]["properties"];
    // order_completed says `closed: true`: no property beyond the ones it lists.
    assert_eq!(properties["additionalProperties"], false);
    assert_eq!(
        properties["required"],
        json!([
            "plan_tier",
            "order_id",
            "revenue",
            "tax",
            "shipping",
            "currency",
            "payment_method",
            "products"
        ])
    );
    assert_eq!(
        properties["properties"]["revenue"],
        json!({"type": "number", "description": "Amount the shop keeps, after discounts, without tax and shipping.",
               "minimum": 0, "unit": "minor units of `currency`", "owner": "billing"})
    );
    let trial = read_json(&dir.join("schemas/trial_started.schema.json"));
    let trial = &trial["properties"]["properties"]["properties"];
    // A reference's narrowing replaces the catalog's enum; a timestamp is a date-time string.
    assert_eq!(
        trial["plan_tier"]["enum"],
        json!(["starter", "pro", "enterprise"])
    );
    assert_eq!(
        (
            &trial["trial_ends_at"]["type"],
            &trial["trial_ends_at"]["format"]
        ),
        (&json!("string"), &json!("date-time"))
    );
    // The exported schema accepts the staging sample's valid calls and rejects its bad ones.
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let sample = std::fs::read_to_string(dir.join("payloads/staging.ndjson")).unwrap();
    let calls: Vec<Value> = sample
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let verdicts: Vec<bool> = calls
        .iter()
        .filter(|c| c["event"] == "order_completed")
        .map(|c| validator.is_valid(c))
        .collect();
    assert_eq!(verdicts, vec![true, true, false, true]);
    let call = |change: &dyn Fn(&mut Value)| {
        let mut call = calls
            .iter()
            .find(|c| c["event"] == "order_completed")
            .cloned()
            .unwrap();
        change(&mut call);
        validator.is_valid(&call)
    };
    assert!(!call(&|c| c["type"] = json!("page")));
    assert!(
        !call(&|c| c["timestamp"] = json!("2026-11-27T10:15:00")),
        "no offset"
    );
    assert!(!call(&|c| c["timestamp"] = json!("27/11/2026 10:00")));
    assert!(!call(&|c| {
        let map = c.as_object_mut().unwrap();
        map.remove("anonymousId");
        map.remove("userId");
    }));
    assert!(!call(&|c| c["userId"] = json!("  ")), "a blank id is no id");
    // An anonymous product view from the browser may carry either id.
    let viewed = read_json(&dir.join("schemas/product_viewed.schema.json"));
    assert_eq!(
        viewed["anyOf"],
        json!([
            {"required": ["anonymousId"], "properties": {"anonymousId": id}},
            {"required": ["userId"], "properties": {"userId": id}}
        ])
    );
}

#[test]
fn all_exports_draft_and_retired_events_marked() {
    let dir = shop_copy("all");
    let (code, stdout, stderr) = export(&dir, &["--out", "schemas", "--all"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Wrote 40 schemas"), "{stdout}");
    let draft = read_json(&dir.join("schemas/gift_card_redeemed.schema.json"));
    assert_eq!(draft["x-tracklint-status"], "draft");
    assert!(draft.get("deprecated").is_none());
    let retired = read_json(&dir.join("schemas/store_locator_used.schema.json"));
    assert_eq!(
        (&retired["x-tracklint-status"], &retired["deprecated"]),
        (&json!("retired"), &json!(true))
    );
    let active = read_json(&dir.join("schemas/order_completed.schema.json"));
    assert!(active.get("x-tracklint-status").is_none());
}

#[test]
fn iglu_layout_writes_self_describing_draft_04_schemas() {
    let dir = shop_copy("iglu");
    let (code, _, stderr) = export(
        &dir,
        &[
            "--out",
            "registry",
            "--layout",
            "iglu",
            "--vendor",
            "com.example.shop",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let schema =
        read_json(&dir.join("registry/schemas/com.example.shop/order_completed/jsonschema/2-0-0"));
    assert_eq!(
        schema["$schema"],
        "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#"
    );
    assert_eq!(
        schema["self"],
        json!({"vendor": "com.example.shop", "name": "order_completed", "format": "jsonschema", "version": "2-0-0"})
    );
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["properties"]["currency"]["pattern"], "^[A-Z]{3}$");
    assert!(
        schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("order_id"))
    );
    let index = read_json(&dir.join("registry/index.json"));
    assert!(
        index["schemas"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["uri"] == "iglu:com.example.shop/app_opened/jsonschema/1-0-0")
    );
    // Draft-04 validates the properties object itself.
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&schema)
        .unwrap();
    assert!(validator.is_valid(&json!({"plan_tier": "consumer", "order_id": "o", "revenue": 1, "tax": 0,
        "shipping": 0, "currency": "EUR", "payment_method": "card", "products": [{"product_id": "p", "quantity": 1}]})));
    assert!(!validator.is_valid(&json!({"plan_tier": "consumer"})));
}

#[test]
fn vendor_and_layout_flags_are_checked() {
    let dir = shop_copy("flags");
    for (args, needle) in [
        (
            vec!["--out", "x", "--layout", "iglu"],
            "--layout iglu needs --vendor",
        ),
        (
            vec!["--out", "x", "--vendor", "com.example"],
            "use it with --layout iglu",
        ),
        (
            vec!["--out", "x", "--layout", "iglu", "--vendor", "../../etc"],
            "is not a reverse domain",
        ),
        (
            vec!["--out", "x", "--layout", "iglu", "--vendor", "com/example"],
            "is not a reverse domain",
        ),
        (
            vec!["--out", "x", "--layout", "iglu", "--vendor", "com..example"],
            "is not a reverse domain",
        ),
    ] {
        let (code, _, stderr) = export(&dir, &args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert!(!dir.join("x").exists());
}

#[test]
fn unsafe_event_names_and_paths_outside_are_refused_and_nothing_is_written() {
    let dir = common::scratch("export", "unsafe");
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    common::write(&dir, "tracklint.yaml", "catalog: [events.yaml]\n");
    common::write(
        &dir,
        "events.yaml",
        "events:\n  \"../../escape\":\n    owner: x\n    consent: necessary\n  ok_sent:\n    owner: x\n    consent: necessary\n",
    );
    let (code, _, stderr) = export(&dir, &["--out", "schemas"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("\"../../escape\""), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!dir.join("schemas").exists());
    assert!(!dir.parent().unwrap().join("escape.schema.json").exists());

    common::write(
        &dir,
        "events.yaml",
        "events:\n  ok_sent:\n    owner: x\n    consent: necessary\n",
    );
    // Outside the repository, DIR is the user's: written where it points, created when missing.
    let registry = common::scratch("export", "registry");
    let named = registry.join("schemas/new");
    let (code, _, stderr) = export(&dir, &["--out", named.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(named.join("ok_sent.schema.json").is_file());
    let outside = common::scratch("export", "outside");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, dir.join("link")).unwrap();
        let (code, _, stderr) = export(&dir, &["--out", "link/schemas"]);
        assert_eq!(code, 2, "{stderr}");
        let written = std::fs::read_dir(&outside).unwrap().flatten();
        assert_eq!(written.filter(|e| e.file_name() != ".git").count(), 0);
        // A link inside DIR is never followed.
        std::fs::create_dir_all(dir.join("out")).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("out/schemas")).unwrap();
        let (code, _, stderr) = export(
            &dir,
            &["--out", "out", "--layout", "iglu", "--vendor", "com.x"],
        );
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains("is a symbolic link, not a folder"),
            "{stderr}"
        );
        let written = std::fs::read_dir(&outside).unwrap().flatten();
        assert_eq!(written.filter(|e| e.file_name() != ".git").count(), 0);
    }
    let (code, stdout, stderr) = export(&dir, &["--out", "deep/er/schemas"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Wrote 1 schema and index.json"), "{stdout}");
    assert!(dir.join("deep/er/schemas/ok_sent.schema.json").is_file());
}

/// Nested, nullable, union and closed definitions reach the exported schema as JSON Schema
/// says them, numbers exactly (SPEC §1.2).
#[test]
fn nested_nullable_union_and_closed_definitions_are_exported() {
    let dir = common::scratch("export", "model-edge");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/model-edge"),
        &dir,
    );
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    common::write(
        &dir,
        "big.yaml",
        "events:\n  counter_reset:\n    description: x\n    owner: a\n    consent: necessary\n    properties:\n      count: {type: integer, maximum: 9223372036854775807, description: c}\n",
    );
    let (code, _, stderr) = export(&dir, &["--out", "schemas"]);
    assert_eq!(code, 0, "{stderr}");
    let order = read_json(&dir.join("schemas/order_completed.schema.json"));
    let properties = &order["properties"]["properties"];
    assert_eq!(
        properties["additionalProperties"], false,
        "closed by defaults.closed"
    );
    let fields = &properties["properties"];
    assert_eq!(fields["address"]["type"], json!(["object", "null"]));
    assert_eq!(fields["address"]["required"], json!(["country"]));
    assert_eq!(
        fields["address"]["properties"]["street"],
        json!({"type": "string", "maxLength": 80})
    );
    assert_eq!(fields["coupon"]["type"], json!(["string", "null"]));
    assert_eq!(fields["coupon"]["enum"], json!(["SAVE10", null]));
    let items = &fields["lines"]["items"];
    assert_eq!(items["additionalProperties"], false);
    assert_eq!(items["required"], json!(["sku"]));
    assert_eq!(
        items["properties"]["price"]["type"],
        json!(["number", "string"])
    );
    let gift = read_json(&dir.join("schemas/gift_wrapped.schema.json"));
    assert!(
        gift["properties"]["properties"]
            .get("additionalProperties")
            .is_none()
    );
    assert_eq!(
        gift["properties"]["properties"]["properties"]["note"]["required"],
        json!(["text"])
    );
    let text = std::fs::read_to_string(dir.join("schemas/counter_reset.schema.json")).unwrap();
    assert!(text.contains("\"maximum\": 9223372036854775807"), "{text}");
}
