//! `tracklint import jsonschema` (SPEC §5): the schemas of tests/fixtures/import become the
//! catalog pinned here (plain JSON Schemas of every draft, JSON and YAML, `$ref`s local and
//! across files, Segment Protocols exports, Iglu registries), with the exact report of what
//! was left out; the written catalog passes `check --select structure`. A property test
//! exports generated catalogs and imports them back: `diff` may show only the event fields a
//! schema has no place for. The command line's rules (DIR absent or empty, nothing importable,
//! `--vendor`, `--owner`, one event per name and version) and `--history` (one commit per
//! version, no hooks, no identity needed) are pinned too. Hostile inputs: hostile_import.rs.

use crate::change_property::{Model, def_json, flow, model};
use crate::common::{self, Random};

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use tracklint::catalog::{self, Catalog, Input, LoadOptions};
use tracklint::compare::change::{Change, Class, Kind};
use tracklint::compare::diff;
use tracklint::import::{self, Options, emit};
use tracklint::payload::schema::event_schema;
use tracklint::syntax::source::Sources;
use tracklint::syntax::yaml;

// ---------------------------------------------------------------------------------------
// Helpers

/// A folder of tests/fixtures/import.
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A scratch folder holding a copy of the fixture `name` under the same name, so the report
/// shows short relative paths (`plain/common.json`).
fn with_fixture(test: &str, name: &str) -> PathBuf {
    let dir = common::scratch("import", test);
    common::copy_dir(&fixture(name), &dir.join(name));
    dir
}

/// `tracklint ARGS` in `cwd`: (exit code, stdout, stderr).
fn run(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    common::output(cwd, args)
}

/// Runs `tracklint import jsonschema ARGS` in `cwd`, asserting exit 0 and a quiet stderr;
/// returns the report.
fn imported(cwd: &Path, args: &[&str]) -> String {
    let mut all = vec!["import", "jsonschema"];
    all.extend(args);
    let (code, stdout, stderr) = run(cwd, &all);
    assert_eq!(code, 0, "import {args:?}: {stdout}{stderr}");
    assert_eq!(stderr, "", "import {args:?} wrote on stderr");
    stdout
}

/// Every file below `dir` (`.git` left out), relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = common::entries_below(dir, true)
        .into_iter()
        .filter(|(_, is_dir)| !is_dir)
        .map(|(path, _)| path)
        .collect();
    found.sort();
    found
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A dictionary file parsed as JSON (what the catalog reads, without its spans).
fn parsed(text: &str) -> Value {
    yaml::parse(text)
        .unwrap_or_else(|e| panic!("not YAML ({}):\n{text}", e.message))
        .root
        .to_json()
}

/// One dictionary file's catalog, loaded from memory; it must load without a problem.
fn load_text(text: &str) -> Catalog {
    let inputs = [Input::Memory {
        path: PathBuf::from("dictionary.yaml"),
        name: "dictionary.yaml".to_owned(),
        bytes: Ok(text.as_bytes().to_vec()),
    }];
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut Sources::new());
    assert!(
        catalog.problems.is_empty(),
        "{text}\ndoes not load: {:?}",
        catalog.problems
    );
    catalog
}

/// `check DIR --select structure` in `cwd`: exit 0 and nothing printed.
fn assert_structure_clean(cwd: &Path, dir: &str) {
    let (code, stdout, stderr) = run(cwd, &["check", dir, "--select", "structure"]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "", ""),
        "check {dir} --select structure"
    );
}

/// The config every import writes.
const CONFIG: &str = "\
# Written by `tracklint import jsonschema`. Run `tracklint check` next: naming, owners and
# consent are yours to settle.
catalog: [dictionary]
";

const NOT_OBJECT: &str =
    "it is not a JSON Schema of an object (no `properties`, and `type` is not object)";

// ---------------------------------------------------------------------------------------
// Plain JSON Schemas: every mapping, and every keyword left out, with file and pointer

#[test]
fn plain_schemas_become_a_catalog_and_a_report_of_what_was_left_out() {
    let dir = with_fixture("plain", "plain");
    let report = imported(&dir, &["plain", "--out", "out"]);
    assert_eq!(
        report,
        format!(
            "\
Imported 3 events (3 versions) into out.

Not imported (1):
  plain/common.json: {NOT_OBJECT}

Not mapped, left out of the catalog (4):
  plain/checkout_started.json /dependencies: `dependencies` on a whole event cannot be said in a tracklint event
  plain/checkout_started.json /properties/shipping/$ref: `https://example.com/schemas/address.json` refers outside the imported files; import what it refers to, or inline it
  plain/checkout_started.json /properties/gift_note/not: `not` cannot be said in a tracklint definition; enforce it elsewhere or describe it
  plain/checkout_started.json /properties/position/items: a list of item schemas (a tuple) cannot be said; one `items` definition can

Next: tracklint check out (then `--write-suppressions` for the backlog)
"
        )
    );
    let out = dir.join("out");
    assert_eq!(files(&out), ["dictionary/events.yaml", "tracklint.yaml"]);
    assert_eq!(read(&out.join("tracklint.yaml")), CONFIG);
    // Pinned whole: draft-04 `exclusiveMinimum: true` as a number, `additionalProperties:
    // false` as `closed`, date-time strings as timestamps (nullable too), the enum without a
    // type typed from its values, both `$ref`s inlined, `required` at every depth.
    insta::assert_snapshot!(
        "plain_dictionary",
        read(&out.join("dictionary/events.yaml"))
    );
    assert_structure_clean(&dir, "out");
    let (code, page, stderr) = run(&dir, &["docs", "out"]);
    assert_eq!(code, 0, "docs: {stderr}");
    for event in ["account_signed_up", "checkout_started", "page_viewed"] {
        assert!(page.contains(event), "docs lacks {event}");
    }
}

#[test]
fn the_json_report_lists_events_skipped_files_and_unmapped_keywords() {
    let dir = with_fixture("plain-json", "plain");
    let report = imported(&dir, &["plain", "--out", "out", "--format", "json"]);
    let report: Value = serde_json::from_str(&report).expect("JSON report");
    let unmapped = |pointer: &str, reason: &str| json!({"file": "plain/checkout_started.json", "pointer": pointer, "reason": reason});
    let event = |name: &str, file: &str| json!({"event": name, "vendor": null, "versions": [null], "files": [file]});
    assert_eq!(
        report,
        json!({
            "out": "out",
            "events": [
                event("account_signed_up", "plain/signup.json"),
                event("checkout_started", "plain/checkout_started.json"),
                event("page_viewed", "plain/page_viewed.yaml"),
            ],
            "versions": 3,
            "commits": 0,
            "skipped": [{"file": "plain/common.json", "reason": NOT_OBJECT}],
            "unmapped": [
                unmapped("/dependencies", "`dependencies` on a whole event cannot be said in a tracklint event"),
                unmapped("/properties/shipping/$ref", "`https://example.com/schemas/address.json` refers outside the imported files; import what it refers to, or inline it"),
                unmapped("/properties/gift_note/not", "`not` cannot be said in a tracklint definition; enforce it elsewhere or describe it"),
                unmapped("/properties/position/items", "a list of item schemas (a tuple) cannot be said; one `items` definition can"),
            ],
        })
    );
}

// ---------------------------------------------------------------------------------------
// A Segment Protocols tracking-plan export

#[test]
fn a_segment_tracking_plan_maps_each_event_and_reports_the_call_rules() {
    let dir = with_fixture("segment", "segment");
    let report = imported(&dir, &["segment/tracking-plan.json", "--out", "out"]);
    assert_eq!(
        report,
        "\
Imported 2 events (2 versions) into out.

Not mapped, left out of the catalog (2):
  segment/tracking-plan.json /rules/events/0/rules/properties/context: the call's `context` rules: a tracklint definition describes the event's properties only
  segment/tracking-plan.json /rules/events/0/rules/properties/traits: the call's `traits` rules: a tracklint definition describes the event's properties only

Next: tracklint check out (then `--write-suppressions` for the backlog)
"
    );
    // The names as Segment writes them, and the version its rule states (with a changelog
    // entry, as the versioning rules want); "Product Viewed"'s empty `context` and `{type:
    // object}` traits say nothing, so nothing is reported for them.
    assert_eq!(
        read(&dir.join("out/dictionary/events.yaml")),
        r#"# Imported by `tracklint import jsonschema`; its report lists what was not imported.
events:
  Order Completed:
    description: The shopper paid.
    owner: TODO
    consent: analytics
    version: 2
    properties:
      order_id:
        type: string
        required: true
        description: "The order's id."
      total:
        type: number
        required: true
        minimum: 0
      coupon:
        type: [string, "null"]
      products:
        type: array
        items:
          type: object
          properties:
            sku:
              type: string
            price:
              type: number
    changelog:
      - version: 2
        summary: imported from version 2 of the source
  Product Viewed:
    owner: TODO
    consent: analytics
    properties:
      sku:
        type: string
        pattern: "^[A-Z]{3}-\\d+$"
"#
    );
    assert_structure_clean(&dir, "out");
}

// ---------------------------------------------------------------------------------------
// Round trip: export then import gives the catalog back

/// Generated catalogs (one seed each). All of them are exported, imported and compared as
/// one catalog (each seed's events prefixed `sN-`): the import writes its files durably
/// (fsync), which one write per seed would spend most of the run on.
const ROUND_TRIP_SEEDS: u64 = 250;
/// Catalogs also run through the binary (`export jsonschema`, then `import`).
const CLI_SEEDS: u64 = 3;
/// Fewest events and timestamp definitions the run must hold to mean something.
const MIN_EVENTS: usize = 500;
const MIN_TIMESTAMPS: usize = 100;

/// Event names: safe as file names, since the export names each file after its event.
const EVENT_NAMES: [&str; 6] = [
    "ev_0",
    "Order-Completed",
    "x9",
    "page_viewed",
    "A-b_C",
    "ev1",
];

/// Property names the YAML writer must quote (a boolean word, `: `, `#`, non-ASCII).
const QUOTED_NAMES: [&str; 5] = ["yes", "a: b", "#x", "\u{fc}ber", "a b"];

/// The events of one generated catalog (1 to 4, each a generated [`Model`], some with a
/// description), their names prefixed with `prefix`, as lines under `events:`.
///
/// Event versions are not generated: the import numbers versions by how many of a schema's
/// versions it writes (SPEC §5: an Iglu history becomes 1, 2, 3, ...), so one exported `v3`
/// comes back as version 1.
fn events_text(r: &mut Random, prefix: &str) -> String {
    let mut names = EVENT_NAMES.to_vec();
    let mut text = String::new();
    for _ in 0..1 + r.below(4) {
        let name = names.remove(r.below(names.len()));
        let model = model(r);
        text.push_str(&format!("  {prefix}{name}:\n"));
        if r.chance(40) {
            text.push_str("    description: \"It happened: \\\"now\\\".\"\n");
        }
        if let Some(closed) = model.closed {
            text.push_str(&format!("    closed: {closed}\n"));
        }
        text.push_str("    properties:\n");
        for (name, definition) in properties(&model, r) {
            text.push_str(&format!(
                "      {}: {}\n",
                flow(&name.into()),
                flow(&definition)
            ));
        }
    }
    text
}

/// The model's properties as JSON, one renamed to a name that needs quoting, with the
/// definition keywords the generator does not draw (annotations, branches, patterns of keys).
fn properties(model: &Model, r: &mut Random) -> Vec<(String, Value)> {
    let mut properties: Vec<(String, Value)> = model
        .properties
        .iter()
        .map(|(name, def)| (name.clone(), def_json(def)))
        .collect();
    if r.chance(30) {
        let index = r.below(properties.len());
        properties[index].0 = (*r.pick(&QUOTED_NAMES)).to_owned();
    }
    for (_, definition) in &mut properties {
        without_string_timestamps(definition);
        annotate(definition, r);
    }
    properties
}

/// Drops `timestamp` from a type list that also holds `string`, at every depth. A string
/// accepts every timestamp, so the export writes such a list as plain `string` without a
/// `format` (payload/schema.rs, `insert_types`): the schema cannot carry the distinction, and
/// the definition accepts the same values without it.
fn without_string_timestamps(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type")
                && types.iter().any(|t| t == "string")
            {
                types.retain(|t| t != "timestamp");
            }
            for (key, nested) in map.iter_mut() {
                if !matches!(key.as_str(), "enum" | "const") {
                    without_string_timestamps(nested);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(without_string_timestamps),
        _ => {}
    }
}

/// Adds, now and then, what the export writes as annotations or nested shapes.
fn annotate(definition: &mut Value, r: &mut Random) {
    let Value::Object(map) = definition else {
        return;
    };
    let extras = [
        ("classification", json!(r.pick(&["public", "personal"]))),
        ("owner", json!("growth")),
        ("examples", json!(["e", 1])),
        ("deprecated", json!(true)),
        ("title", json!("T")),
        ("x-source", json!("web")),
        (
            "anyOf",
            json!([{"type": "string"}, {"type": "integer", "minimum": 0}]),
        ),
        ("patternProperties", json!({"^x_": {"type": "string"}})),
        ("propertyNames", json!({"pattern": "^[a-z]+$"})),
    ];
    for (key, value) in extras {
        if r.chance(12) {
            map.insert(key.into(), value);
        }
    }
}

/// Whether a diff row is one the round trip may show: an event field the exported schema has
/// no place for, which the import fills in with its default. Nothing else (the generated
/// events have no tags, status, plans or other event fields an export could drop).
fn cannot_be_exported(change: &Change) -> bool {
    if change.class != Class::Neutral {
        return false;
    }
    match change.kind {
        // The event's owner: a schema describes the call, not who answers for it; the import
        // writes the Iglu vendor, else TODO. (A property's `owner` is exported as an
        // annotation and must come back: hence the pointer.)
        Kind::OwnerChanged => change.pointer == "/owner",
        // Consent is governance of the data, not its shape; the import writes `analytics`.
        Kind::ConsentChanged => change.pointer == "/consent",
        _ => false,
    }
}

/// How many definitions (at any depth) say `timestamp` in their type.
fn timestamps(value: &Value) -> usize {
    match value {
        Value::Object(map) => {
            let here = map.get("type").is_some_and(|t| {
                t == "timestamp"
                    || t.as_array()
                        .is_some_and(|a| a.iter().any(|t| t == "timestamp"))
            });
            let nested: usize = map
                .iter()
                .filter(|(key, _)| !matches!(key.as_str(), "enum" | "const" | "examples"))
                .map(|(_, v)| timestamps(v))
                .sum();
            usize::from(here) + nested
        }
        Value::Array(items) => items.iter().map(timestamps).sum(),
        _ => 0,
    }
}

/// What one round trip held and lost.
#[derive(Default)]
struct Tally {
    events: usize,
    properties: usize,
    timestamps: usize,
    /// Events whose imported schema was compared with the original's.
    schemas: usize,
    /// Rows of the kinds an exported schema cannot carry.
    allowed_rows: usize,
    /// Each event that lost something: what, with both sides.
    lost: Vec<String>,
}

/// Compares the original catalog (`text`) with the one imported from its export (`back`):
/// the same events; for each, the same exported schema and as many timestamps; and no diff
/// row but the allowed ones.
fn compare_round_trip(text: &str, back: &str) -> Tally {
    let (original, imported) = (load_text(text), load_text(back));
    let (text_json, back_json) = (parsed(text), parsed(back));
    let mut tally = Tally::default();
    let mut problems: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let changes = diff::compare(&original, &imported).changes;
    for change in &changes {
        if cannot_be_exported(change) {
            tally.allowed_rows += 1;
        } else {
            problems
                .entry(change.name.clone())
                .or_default()
                .push(format!(
                    "{} row {} at {}: {:?} -> {:?}",
                    change.class.as_str(),
                    change.kind.as_str(),
                    change.pointer,
                    change.old,
                    change.new
                ));
        }
    }
    for event in &original.events {
        let name = &event.name.value;
        tally.events += 1;
        tally.properties += event.properties.len();
        let Some(again) = imported.event(name) else {
            problems
                .entry(name.clone())
                .or_default()
                .push("not imported".into());
            continue;
        };
        tally.schemas += 1;
        let (before, after) = (
            event_schema(&original, event),
            event_schema(&imported, again),
        );
        if before != after {
            problems.entry(name.clone()).or_default().push(format!(
                "its schema changed:\n{before:#}\n-- now:\n{after:#}"
            ));
        }
        let counted = (
            timestamps(&text_json["events"][name]),
            timestamps(&back_json["events"][name]),
        );
        tally.timestamps += counted.0;
        if counted.0 != counted.1 {
            problems.entry(name.clone()).or_default().push(format!(
                "{} timestamp definitions came back as {}",
                counted.0, counted.1
            ));
        }
    }
    if imported.events.len() != original.events.len() {
        problems.entry(String::new()).or_default().push(format!(
            "{} events came back as {}",
            original.events.len(),
            imported.events.len()
        ));
    }
    for (name, problems) in problems {
        tally.lost.push(format!(
            "== event {name}:\n{}\n-- original: {:#}\n-- imported: {:#}",
            problems.join("\n"),
            text_json["events"][&name],
            back_json["events"][&name]
        ));
    }
    tally
}

/// Writes each event's exported schema as `NAME.schema.json` (the plain layout) into `dir`.
fn export_into(catalog: &Catalog, dir: &Path) {
    std::fs::create_dir_all(dir).expect("create schema folder");
    for event in &catalog.events {
        let schema = event_schema(catalog, event);
        let text = serde_json::to_string_pretty(&schema).expect("schema as JSON");
        std::fs::write(dir.join(format!("{}.schema.json", event.name.value)), text)
            .expect("write schema");
    }
}

#[test]
fn exported_schemas_import_back_to_the_same_catalog() {
    let root = common::scratch("import", "round-trip");
    let mut text = String::from("events:\n");
    for seed in 0..ROUND_TRIP_SEEDS {
        text.push_str(&events_text(
            &mut Random::seeded(seed),
            &format!("s{seed}-"),
        ));
    }
    export_into(&load_text(&text), &root.join("schemas"));
    let options = Options {
        owner: None,
        vendor: None,
        history: false,
    };
    let import = import::import(&[root.join("schemas")], &options);
    // Everything our own export writes is read and mapped.
    let left_out: Vec<String> = import
        .skipped
        .iter()
        .map(|s| format!("{}: {}", s.path.display(), s.reason))
        .chain(
            import
                .unmapped
                .iter()
                .map(|u| format!("{} {}: {}", u.file.display(), u.pointer, u.reason)),
        )
        .collect();
    assert_eq!(
        left_out,
        Vec::<String>::new(),
        "the import left out a part of the export"
    );
    let out = root.join("out");
    std::fs::create_dir_all(&out).expect("create out");
    emit::write(&import, &out, false).expect("write the import");
    let tally = compare_round_trip(&text, &read(&out.join("dictionary/events.yaml")));
    let figures = format!(
        "{ROUND_TRIP_SEEDS} catalogs, {} events, {} properties, {} timestamp definitions, {} schemas compared, {} allowed rows",
        tally.events, tally.properties, tally.timestamps, tally.schemas, tally.allowed_rows
    );
    assert!(
        tally.lost.is_empty(),
        "{} event(s) lost something in the round trip ({figures}):\n\n{}",
        tally.lost.len(),
        tally
            .lost
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(tally.events >= MIN_EVENTS, "{figures}");
    assert!(tally.timestamps >= MIN_TIMESTAMPS, "{figures}");
    assert_eq!(tally.schemas, tally.events, "{figures}");
    // Owner and consent of every event: the only rows.
    assert_eq!(tally.allowed_rows, 2 * tally.events, "{figures}");
    eprintln!("round trip: {figures}");
}

#[test]
fn the_binary_exports_and_imports_back_the_same_catalog() {
    for seed in 0..CLI_SEEDS {
        let dir = common::scratch("import", &format!("round-trip-cli-{seed}"));
        // Its own repository root, so the export writes inside this folder.
        std::fs::create_dir_all(dir.join(".git")).expect("create .git");
        let text = format!("events:\n{}", events_text(&mut Random::seeded(seed), ""));
        common::write(&dir, "tracklint.yaml", "catalog: [dictionary]\n");
        common::write(&dir, "dictionary/events.yaml", &text);
        let (code, stdout, stderr) = run(&dir, &["export", "jsonschema", "--out", "schemas"]);
        assert_eq!(code, 0, "export: {stdout}{stderr}");
        let report = imported(&dir, &["schemas", "--out", "back"]);
        let count = load_text(&text).events.len();
        // The export's index holds no schema of its own: passed over without a word.
        let s = if count == 1 { "" } else { "s" };
        assert_eq!(
            report,
            format!(
                "Imported {count} event{s} ({count} version{s}) into back.\n\nNext: tracklint check back (then `--write-suppressions` for the backlog)\n"
            )
        );
        let tally = compare_round_trip(&text, &read(&dir.join("back/dictionary/events.yaml")));
        assert!(
            tally.lost.is_empty(),
            "seed {seed}:\n{}",
            tally.lost.join("\n\n")
        );
        assert_eq!(tally.allowed_rows, 2 * count, "seed {seed}");
        assert_structure_clean(&dir, "back");
    }
}

// ---------------------------------------------------------------------------------------
// The command line's rules

/// A small Iglu registry in `dir/schemas`: com.acme's link_click (1-0-0) and io.other's
/// link_click and signup (1-0-0 each).
fn two_vendors(dir: &Path) {
    let link_click = fixture("iglu/schemas/com.acme/link_click/jsonschema/1-0-0");
    let target = dir.join("schemas/com.acme/link_click/jsonschema");
    std::fs::create_dir_all(&target).expect("create registry");
    std::fs::copy(link_click, target.join("1-0-0")).expect("copy schema");
    for name in ["link_click", "signup"] {
        common::write(
            dir,
            &format!("schemas/io.other/{name}/jsonschema/1-0-0"),
            iglu("io.other", name, "1-0-0"),
        );
    }
}

/// A self-describing schema of one string property.
fn iglu(vendor: &str, name: &str, version: &str) -> String {
    json!({
        "$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
        "self": {"vendor": vendor, "name": name, "format": "jsonschema", "version": version},
        "type": "object",
        "properties": {"label": {"type": "string"}},
    })
    .to_string()
}

#[test]
fn a_folder_that_is_not_empty_is_refused_before_anything_is_read() {
    let dir = with_fixture("not-empty", "plain");
    common::write(&dir, "out/keep.txt", "mine");
    common::write(&dir, "file", "a file");
    for out in ["out", "file"] {
        // `missing.json` would be reported if anything were read.
        let (code, stdout, stderr) = run(
            &dir,
            &[
                "import",
                "jsonschema",
                "missing.json",
                "plain",
                "--out",
                out,
            ],
        );
        assert_eq!(code, 2, "--out {out}");
        assert_eq!(stdout, "", "--out {out}");
        assert_eq!(
            stderr,
            format!(
                "error: {out} is not empty (or not a folder); import writes a new catalog: name a folder that does not exist yet, or an empty one\n"
            )
        );
    }
    assert_eq!(files(&dir.join("out")), ["keep.txt"]);
    assert_eq!(read(&dir.join("file")), "a file");
}

#[test]
fn a_missing_folder_is_created_and_an_empty_one_is_used() {
    let dir = with_fixture("created", "segment");
    std::fs::create_dir_all(dir.join("empty")).expect("create empty");
    for out in ["new/deeper/cat", "empty"] {
        imported(&dir, &["segment", "--out", out]);
        assert_eq!(
            files(&dir.join(out)),
            ["dictionary/events.yaml", "tracklint.yaml"],
            "{out}"
        );
        assert_structure_clean(&dir, out);
    }
}

#[test]
fn nothing_importable_is_exit_2_and_nothing_is_written() {
    let dir = common::scratch("import", "nothing");
    common::write(
        &dir,
        "in/list.json",
        r#"{"type": "array", "items": {"type": "string"}}"#,
    );
    common::write(&dir, "in/broken.json", r#"{"title": oops"#);
    common::write(
        &dir,
        "in/ids.yaml",
        "self:\n  vendor: com.acme\n  name: ids\n  format: jsonschema\n  version: 1-0-0\ntype: array\n",
    );
    let reasons = [
        (
            "in/broken.json",
            "it is not valid JSON: expected value at line 1 column 11",
        ),
        (
            "in/ids.yaml",
            "schema com.acme/ids describes a value of type array, not an event's properties (an object)",
        ),
        ("in/list.json", NOT_OBJECT),
    ];
    let (code, stdout, stderr) = run(&dir, &["import", "jsonschema", "in", "--out", "out"]);
    assert_eq!(code, 2);
    let listed: String = reasons
        .iter()
        .map(|(f, r)| format!("  {f}: {r}\n"))
        .collect();
    assert_eq!(stdout, format!("Not imported (3):\n{listed}"));
    assert_eq!(
        stderr,
        "error: nothing could be imported (see above); nothing was written\n"
    );
    assert!(!dir.join("out").exists(), "out was created");
    let (code, stdout, _) = run(
        &dir,
        &[
            "import",
            "jsonschema",
            "in",
            "--out",
            "out",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 2);
    let skipped: Vec<Value> = reasons
        .iter()
        .map(|(file, reason)| json!({"file": file, "reason": reason}))
        .collect();
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).expect("JSON report"),
        json!({"out": "out", "events": [], "versions": 0, "commits": 0,
               "skipped": skipped, "unmapped": []})
    );
    assert!(!dir.join("out").exists(), "out was created");
}

#[test]
fn a_second_vendor_with_the_same_event_name_is_reported_not_merged() {
    let dir = common::scratch("import", "two-vendors");
    two_vendors(&dir);
    let report = imported(&dir, &["schemas", "--out", "out"]);
    assert_eq!(
        report,
        "\
Imported 2 events (2 versions) into out.

Not imported (1):
  schemas/io.other/link_click/jsonschema/1-0-0: event \"link_click\" was already imported from com.acme; import one vendor at a time (--vendor) into separate catalogs

Next: tracklint check out (then `--write-suppressions` for the backlog)
"
    );
    let out = dir.join("out");
    assert_eq!(
        files(&out),
        [
            "dictionary/com.acme.yaml",
            "dictionary/io.other.yaml",
            "tracklint.yaml"
        ]
    );
    let acme = parsed(&read(&out.join("dictionary/com.acme.yaml")));
    let other = parsed(&read(&out.join("dictionary/io.other.yaml")));
    let names = |v: &Value| {
        v["events"]
            .as_object()
            .map(|m| m.keys().cloned().collect::<Vec<_>>())
    };
    assert_eq!(names(&acme), Some(vec!["link_click".to_owned()]));
    assert_eq!(names(&other), Some(vec!["signup".to_owned()]));
    // The owner is the vendor when --owner is not given.
    assert_eq!(acme["events"]["link_click"]["owner"], "com.acme");
    assert_eq!(other["events"]["signup"]["owner"], "io.other");
    assert_structure_clean(&dir, "out");
}

#[test]
fn vendor_keeps_one_vendors_schemas_and_owner_sets_every_owner() {
    let dir = common::scratch("import", "vendor-owner");
    two_vendors(&dir);
    let report = imported(
        &dir,
        &[
            "schemas",
            "--out",
            "out",
            "--vendor",
            "io.other",
            "--owner",
            "growth-team",
        ],
    );
    assert_eq!(
        report,
        "Imported 2 events (2 versions) into out.\n\nNext: tracklint check out (then `--write-suppressions` for the backlog)\n"
    );
    let out = dir.join("out");
    assert_eq!(files(&out), ["dictionary/io.other.yaml", "tracklint.yaml"]);
    let catalog = load_text(&read(&out.join("dictionary/io.other.yaml")));
    let owners: Vec<(&str, Option<&str>)> = catalog
        .events
        .iter()
        .map(|e| {
            (
                e.name.value.as_str(),
                e.owner.as_ref().map(|o| o.value.as_str()),
            )
        })
        .collect();
    assert_eq!(
        owners,
        [
            ("link_click", Some("growth-team")),
            ("signup", Some("growth-team"))
        ]
    );
}

#[test]
fn the_same_version_twice_keeps_the_first_and_reports_the_other() {
    let dir = common::scratch("import", "same-version");
    two_vendors(&dir);
    common::write(
        &dir,
        "copy/link_click.json",
        iglu("com.acme", "link_click", "1-0-0"),
    );
    // Two unversioned schemas of one name.
    let plain =
        json!({"title": "signed_in", "type": "object", "properties": {"a": {"type": "string"}}});
    common::write(&dir, "plain/a.json", plain.to_string());
    common::write(&dir, "plain/b.json", plain.to_string());
    let report = imported(
        &dir,
        &[
            "schemas/com.acme",
            "copy",
            "plain",
            "--out",
            "out",
            "--format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&report).expect("JSON report");
    // Events come in (vendor, name) order, vendorless first.
    assert_eq!(
        report["skipped"],
        json!([
            {"file": "plain/b.json", "reason": "another schema of event \"signed_in\" has the same version; plain/a.json was imported"},
            {"file": "copy/link_click.json", "reason": "another schema of event \"link_click\" has the same version; schemas/com.acme/link_click/jsonschema/1-0-0 was imported"},
        ])
    );
    assert_eq!(
        report["events"],
        json!([
            {"event": "signed_in", "vendor": null, "versions": [null], "files": ["plain/a.json"]},
            {"event": "link_click", "vendor": "com.acme", "versions": ["1-0-0"],
             "files": ["schemas/com.acme/link_click/jsonschema/1-0-0"]},
        ])
    );
}

// ---------------------------------------------------------------------------------------
// --history: one git commit per version

/// A folder outside every git repository (the scratch folders lie inside this one, where
/// `--history` would commit into the enclosing repository).
fn outside_any_repository(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("tracklint-it-import-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp folder");
    dir
}

/// Removes a folder of [`outside_any_repository`], and its parent once empty.
fn remove_outside(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    if let Some(parent) = dir.parent() {
        let _ = std::fs::remove_dir(parent);
    }
}

/// `command` with the user's git setup replaced by `home` (no system config, no identity).
fn isolated(command: &mut Command, home: &Path) {
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CEILING_DIRECTORIES", home.parent().unwrap_or(home))
        .env("NO_COLOR", "1");
    for name in [
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
        "GIT_CONFIG_GLOBAL",
        "GIT_CONFIG_SYSTEM",
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_TEMPLATE_DIR",
    ] {
        command.env_remove(name);
    }
}

/// Runs `program ARGS` in `cwd` under `home`; asserts exit 0; returns stdout.
fn run_isolated(program: &Path, cwd: &Path, home: &Path, args: &[&str]) -> String {
    let mut command = Command::new(program);
    command.args(args).current_dir(cwd);
    isolated(&mut command, home);
    let output = command.output().expect("run");
    assert!(
        output.status.success(),
        "{} {args:?}: {}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Imports the Iglu fixture with `--history` into `root/cat` under `home`; checks the
/// history (read with git under an empty home of its own, so the reading runs nothing of
/// `home`'s setup); returns the catalog folder.
fn import_history(root: &Path, home: &Path) -> PathBuf {
    let registry = fixture("iglu");
    let report = run_isolated(
        &common::binary(),
        root,
        home,
        &[
            "import",
            "jsonschema",
            registry.to_str().expect("UTF-8 path"),
            "--out",
            "cat",
            "--history",
        ],
    );
    assert_eq!(
        report,
        "Imported 2 events (4 versions, 3 commits) into cat.\n\nNext: tracklint check cat (then `--write-suppressions` for the backlog)\n"
    );
    let cat = root.join("cat");
    let reader = root.join("reader-home");
    std::fs::create_dir_all(&reader).expect("create reader home");
    let git = |args: &[&str]| run_isolated(Path::new("git"), &cat, &reader, args);
    assert_eq!(
        git(&["log", "--format=%s|%an <%ae>|%cn"]),
        "\
link_click: version 3 (SchemaVer 2-0-0)|tracklint import <tracklint@localhost>|tracklint import
link_click: version 2 (SchemaVer 1-0-1)|tracklint import <tracklint@localhost>|tracklint import
Import 2 events (oldest version of each)|tracklint import <tracklint@localhost>|tracklint import
"
    );
    assert_eq!(git(&["status", "--porcelain", "--untracked-files=all"]), "");
    // The event at each commit: version and changelog; page_ping stays at its one version.
    let entry = |version: u64, schemaver: &str| json!({"version": version, "summary": format!("imported from SchemaVer {schemaver}")});
    let expected = [
        ("HEAD~2", Value::Null, Value::Null),
        ("HEAD~1", json!(2), json!([entry(2, "1-0-1")])),
        (
            "HEAD",
            json!(3),
            json!([entry(2, "1-0-1"), entry(3, "2-0-0")]),
        ),
    ];
    for (commit, version, changelog) in expected {
        let text = git(&["show", &format!("{commit}:dictionary/com.acme.yaml")]);
        let events = &parsed(&text)["events"];
        assert_eq!(
            events["link_click"]["version"], version,
            "{commit}:\n{text}"
        );
        assert_eq!(
            events["link_click"]["changelog"], changelog,
            "{commit}:\n{text}"
        );
        assert_eq!(events["page_ping"]["version"], Value::Null, "{commit}");
        let catalog = load_text(&text);
        let link_click = catalog.event("link_click").expect("link_click");
        assert_eq!(
            link_click.version(),
            version.as_u64().unwrap_or(1),
            "{commit}"
        );
    }
    let diff = run_isolated(
        &common::binary(),
        &cat,
        &reader,
        &["diff", "HEAD~1", "HEAD"],
    );
    assert_eq!(
        diff,
        "\
Changes from HEAD~1 to HEAD

Breaking (1):
  event link_click changed (v2 -> v3)
    ! property elementId: optional became required
    - version 2 -> 3
    - changelog changed

1 breaking, 0 compatible, 2 neutral; 0 breaking event change(s) without a version bump.
"
    );
    cat
}

#[test]
fn history_commits_each_version_without_a_git_identity() {
    let root = outside_any_repository("history-no-identity");
    let home = root.join("home");
    std::fs::create_dir_all(&home).expect("create home");
    let cat = import_history(&root, &home);
    assert_structure_clean(&root, "cat");
    assert!(cat.join(".git").is_dir());
    remove_outside(&root);
}

#[test]
fn history_runs_no_hook_and_no_signing_program_from_the_users_git_setup() {
    let root = outside_any_repository("history-hooks");
    let home = root.join("home");
    let marker = root.join("marker");
    let hook = format!("#!/bin/sh\necho \"$0\" >> '{}'\nexit 1\n", marker.display());
    let mut programs = Vec::new();
    for path in [
        "template/hooks/post-commit",
        "template/hooks/pre-commit",
        "template/hooks/commit-msg",
        "hooks/post-commit",
        "hooks/pre-commit",
        "hooks/sign",
        "hooks/fsmonitor",
    ] {
        programs.push(common::write(&root, path, &hook));
    }
    for program in &programs {
        make_executable(program);
    }
    common::write(
        &home,
        ".gitconfig",
        format!(
            "[init]\n\ttemplateDir = {root}/template\n[core]\n\thooksPath = {root}/hooks\n\tfsmonitor = {root}/hooks/fsmonitor\n[user]\n\tuseConfigOnly = true\n[commit]\n\tgpgsign = true\n[gpg]\n\tprogram = {root}/hooks/sign\n",
            root = root.display()
        ),
    );
    let cat = import_history(&root, &home);
    assert!(
        !marker.exists(),
        "a hook or program of the user's git setup ran: {}",
        std::fs::read_to_string(&marker).unwrap_or_default()
    );
    let hooks = cat.join(".git/hooks");
    assert!(
        !hooks.join("post-commit").exists() && !hooks.join("pre-commit").exists(),
        "the template's hooks were copied into the new repository"
    );
    remove_outside(&root);
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn history_into_a_folder_git_ignores_is_refused_before_anything_is_written() {
    let root = outside_any_repository("history-ignored");
    let home = root.join("home");
    std::fs::create_dir_all(&home).expect("create home");
    let repo = root.join("repo");
    run_isolated(Path::new("git"), &root, &home, &["init", "--quiet", "repo"]);
    common::write(&repo, ".gitignore", "generated/\n");
    let schema = fixture("plain").join("signup.json");
    let mut command = Command::new(env!("CARGO_BIN_EXE_tracklint"));
    command
        .current_dir(&repo)
        .args(["import", "jsonschema"])
        .arg(&schema)
        .args(["--out", "generated/catalog", "--history"]);
    isolated(&mut command, &home);
    let output = command.output().expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("generated/catalog is ignored by git (.gitignore), so --history could not commit it; nothing was written"),
        "{stderr}"
    );
    let left: Vec<_> = std::fs::read_dir(repo.join("generated/catalog"))
        .map(|entries| entries.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "files were written: {left:?}");
    remove_outside(&root);
}
