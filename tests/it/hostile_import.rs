//! Hostile input for `tracklint import jsonschema` (SPEC §8): `$ref` cycles, self-references
//! and reference bombs end quickly with the bound reported; nesting past each parser's limit
//! is refused or cut, and what is written still loads; oversized files, FIFOs, links out of an
//! input folder, bytes that are not UTF-8, empty files and top-level arrays are reported, never
//! followed or waited on; names with control, bidi and YAML-significant characters read back
//! exactly and print escaped; a vendor cannot lead a file out of DIR, nor `--out` through a
//! link. Each case runs under a memory cap and a time limit, and asserts the exit code, the
//! report, and that nothing was written outside DIR.

use crate::common;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tracklint::catalog::{self, LoadOptions};
use tracklint::syntax::source::Sources;

use common::{Outcome, mkfifo, run_limited, scratch, write};

const MEMORY_MB: u64 = 512;
const SECONDS: u64 = 10;
/// Planted in a file outside the input folder: it must never be read.
const MARKER: &str = "SECRET_MARKER_5e1d";

const NEXT: &str = "Next: tracklint check out (then `--write-suppressions` for the backlog)\n";

/// A scratch folder that is its own repository root (a `.git` folder), so the import's
/// writes are confined to it.
fn case(name: &str) -> PathBuf {
    let dir = scratch("hostile-import", name);
    std::fs::create_dir_all(dir.join(".git")).expect("create .git");
    dir
}

/// `tracklint import jsonschema ARGS` in `dir`, limited.
fn import(dir: &Path, args: &[&str]) -> Outcome {
    let mut all = vec!["import", "jsonschema"];
    all.extend(args);
    run_limited(dir, &all, MEMORY_MB, SECONDS, None)
}

/// Every path below `dir` (folders end with `/`), `.git` left out, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = common::entries_below(dir, true)
        .into_iter()
        .map(|(path, is_dir)| if is_dir { format!("{path}/") } else { path })
        .collect();
    found.sort();
    found
}

/// Asserts that what appeared in `dir` since `before` lies inside `out` (nothing at all when
/// `out` is None).
fn assert_wrote_only_into(dir: &Path, before: &[String], out: Option<&str>, what: &str) {
    let inside = |path: &str| out.is_some_and(|out| path.starts_with(&format!("{out}/")));
    let outside: Vec<String> = tree(dir)
        .into_iter()
        .filter(|path| !before.contains(path) && !inside(path))
        .collect();
    assert!(
        outside.is_empty(),
        "{what}: written outside DIR: {outside:?}"
    );
}

/// Asserts the written catalog loads: `check out --select structure` is clean.
fn assert_loads(dir: &Path, what: &str) {
    let outcome = run_limited(
        dir,
        &["check", "out", "--select", "structure"],
        MEMORY_MB,
        SECONDS,
        None,
    );
    outcome.assert_exit(&[0], &format!("{what}: check --select structure"));
    assert_eq!(
        outcome.stdout, "",
        "{what}: the written catalog does not pass `check --select structure`"
    );
}

/// The lines of the "Not mapped" section of a human report.
fn unmapped_lines(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with("Not mapped"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect()
}

fn write_json(dir: &Path, relative: &str, value: &Value) -> PathBuf {
    write(dir, relative, value.to_string())
}

// ---------------------------------------------------------------------------------------
// References

#[test]
fn ref_cycles_end_at_the_chain_limit_with_a_report() {
    let dir = case("ref-cycle");
    write_json(
        &dir,
        "in/cycle.json",
        &json!({"title": "cycle", "type": "object",
                "properties": {"x": {"$ref": "#/definitions/a"}, "y": {"type": "string"}},
                "definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}}}),
    );
    // Across files: a.json's x is b.json's y, which is a.json's x.
    write_json(
        &dir,
        "in/a.json",
        &json!({"title": "cross_a", "type": "object",
                "properties": {"x": {"$ref": "b.json#/properties/y"}}}),
    );
    write_json(
        &dir,
        "in/b.json",
        &json!({"title": "cross_b", "type": "object",
                "properties": {"y": {"$ref": "a.json#/properties/x"}}}),
    );
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "ref cycles");
    let chain = "`$ref` chain longer than 64 (a cycle?); not followed";
    assert_eq!(
        outcome.stdout,
        format!(
            "\
Imported 3 events (3 versions) into out.

Not mapped, left out of the catalog (3):
  in/a.json /properties/x: {chain}
  in/b.json /properties/y: {chain}
  in/cycle.json /definitions/b: {chain}

{NEXT}"
        )
    );
    assert_wrote_only_into(&dir, &before, Some("out"), "ref cycles");
    assert_loads(&dir, "ref cycles");
    // What the cycle names is left untyped (any value); its neighbour is kept.
    let text = std::fs::read_to_string(dir.join("out/dictionary/events.yaml")).expect("read");
    assert!(
        text.contains("      x:\n        type: [string, number, integer, boolean, object, array, \"null\"]\n      \"y\":\n        type: string\n"),
        "{text}"
    );
}

#[test]
fn a_self_reference_is_cut_at_the_depth_limit_and_the_catalog_still_loads() {
    let dir = case("self-reference");
    write_json(
        &dir,
        "in/tree.json",
        &json!({"title": "tree", "type": "object",
                "properties": {"name": {"type": "string"}, "child": {"$ref": "#"}}}),
    );
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "self reference");
    assert_eq!(
        unmapped_lines(&outcome.stdout),
        [
            "  in/tree.json /properties/name: nested deeper than 48 levels; cut here",
            "  in/tree.json /properties/child: nested deeper than 48 levels; cut here",
        ]
    );
    assert_wrote_only_into(&dir, &before, Some("out"), "self reference");
    assert_loads(&dir, "self reference");
}

#[test]
fn a_ref_bomb_stops_at_the_expansion_cap() {
    let dir = case("ref-bomb");
    // Each level refers to the next twice: 2^30 expansions if nothing stopped it.
    let mut definitions = serde_json::Map::new();
    for level in 0..30 {
        let next = json!({"$ref": format!("#/definitions/l{}", level + 1)});
        definitions.insert(
            format!("l{level}"),
            json!({"type": "object", "properties": {"a": next, "b": next}}),
        );
    }
    definitions.insert("l30".into(), json!({"type": "string"}));
    write_json(
        &dir,
        "in/bomb.json",
        &json!({"title": "bomb", "type": "object",
                "properties": {"root": {"$ref": "#/definitions/l0"}},
                "definitions": definitions}),
    );
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "ref bomb");
    assert!(
        outcome.seconds < 5.0,
        "ref bomb took {:.1} s",
        outcome.seconds
    );
    let lines = unmapped_lines(&outcome.stdout);
    // One line per reference met past the cap: at most one per level of the walk.
    assert!(
        (1..=64).contains(&lines.len()),
        "{} lines:\n{}",
        lines.len(),
        outcome.stdout
    );
    for line in &lines {
        assert!(
            line.starts_with("  in/bomb.json /definitions/l")
                && line.ends_with(": more than 10000 `$ref`s in one import; not followed"),
            "{line}"
        );
    }
    let written = std::fs::metadata(dir.join("out/dictionary/events.yaml")).expect("written");
    assert!(written.len() < 8 << 20, "{} bytes written", written.len());
    assert_wrote_only_into(&dir, &before, Some("out"), "ref bomb");
    assert_loads(&dir, "ref bomb");
}

// ---------------------------------------------------------------------------------------
// Depth

/// An object schema with definitions nested `depth` deep under `properties`.
fn nested_properties(title: &str, depth: usize) -> Value {
    let mut schema = json!({"type": "string"});
    for _ in 0..depth {
        schema = json!({"type": "object", "properties": {"a": schema}});
    }
    schema["title"] = title.into();
    schema
}

#[test]
fn definitions_nested_past_the_json_parsers_limit_are_skipped_with_a_reason() {
    let dir = case("deep-json");
    write_json(&dir, "in/deep.json", &nested_properties("deep", 200));
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[2], "200 deep");
    assert!(
        outcome.stdout.starts_with(
            "Not imported (1):\n  in/deep.json: it is not valid JSON: recursion limit exceeded at line 1 column "
        ),
        "{}",
        outcome.stdout
    );
    assert_wrote_only_into(&dir, &before, None, "200 deep");
}

#[test]
fn definitions_nested_just_within_the_json_parsers_limit_still_load() {
    // 63 levels of `properties` is 127 levels of JSON: serde_json reads it, and the import
    // must write a catalog the YAML reader (128 levels) reads back, cutting it if need be.
    let dir = case("deep-json-63");
    write_json(&dir, "in/deep.json", &nested_properties("deep", 63));
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "63 deep");
    assert_wrote_only_into(&dir, &before, Some("out"), "63 deep");
    assert_loads(&dir, "63 deep");
}

#[test]
fn yaml_definitions_nested_70_deep_are_cut_at_48_with_a_report() {
    // `items` nests one YAML level per definition, so the YAML reader takes all 70.
    let dir = case("deep-yaml");
    let mut text = String::from("title: deep\ntype: object\nproperties:\n  p:\n");
    let mut indent = String::from("    ");
    for _ in 0..70 {
        text.push_str(&format!("{indent}type: array\n{indent}items:\n"));
        indent.push_str("  ");
    }
    text.push_str(&format!("{indent}type: string\n"));
    write(&dir, "in/deep.yaml", text);
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "70 deep YAML");
    assert_eq!(
        unmapped_lines(&outcome.stdout),
        [format!(
            "  in/deep.yaml /properties/p{}: nested deeper than 48 levels; cut here",
            "/items".repeat(48)
        )]
    );
    assert_wrote_only_into(&dir, &before, Some("out"), "70 deep YAML");
    assert_loads(&dir, "70 deep YAML");
}

// ---------------------------------------------------------------------------------------
// Files

/// A schema that imports: the run goes on past the hostile file.
fn ok_schema(dir: &Path, relative: &str) {
    write_json(
        dir,
        relative,
        &json!({"title": "ok", "type": "object", "properties": {"a": {"type": "string"}}}),
    );
}

#[test]
fn a_file_over_the_size_limit_is_skipped_unread() {
    let dir = case("too-big");
    let big = write(&dir, "in/big.json", "{");
    std::fs::File::options()
        .write(true)
        .open(&big)
        .and_then(|f| f.set_len(32 * 1024 * 1024 + 1))
        .expect("grow the file");
    let before = tree(&dir);
    let outcome = run_limited(
        &dir,
        &["import", "jsonschema", "in", "--out", "out"],
        256,
        SECONDS,
        None,
    );
    outcome.assert_exit(&[2], "32 MiB + 1");
    assert_eq!(
        outcome.stdout,
        "Not imported (1):\n  in/big.json: it is over the 32 MiB limit for one file; split it\n"
    );
    assert_wrote_only_into(&dir, &before, None, "32 MiB + 1");
}

#[test]
fn fifos_are_never_waited_on() {
    let dir = case("fifo");
    ok_schema(&dir, "in/ok.json");
    mkfifo(&dir.join("in/walked.json"));
    mkfifo(&dir.join("named.json"));
    let before = tree(&dir);
    let outcome = import(&dir, &["named.json", "in", "--out", "out"]);
    outcome.assert_exit(&[0], "fifo");
    // Named: refused unopened. Met in a folder: not a schema file, passed over.
    assert_eq!(
        outcome.stdout,
        format!(
            "Imported 1 event (1 version) into out.\n\nNot imported (1):\n  named.json: it is a FIFO, not a regular file; tracklint reads only regular files\n\n{NEXT}"
        )
    );
    assert_wrote_only_into(&dir, &before, Some("out"), "fifo");
}

/// A link to a file outside, to a folder outside, and back to the input folder (a loop).
#[test]
fn links_inside_an_input_folder_are_not_followed() {
    let dir = case("links");
    let outside = scratch("hostile-import", "links-outside");
    write_json(
        &outside,
        "secret.json",
        &json!({"title": MARKER, "type": "object", "properties": {MARKER: {"type": "string"}}}),
    );
    ok_schema(&dir, "in/ok.json");
    std::os::unix::fs::symlink(outside.join("secret.json"), dir.join("in/link.json"))
        .expect("file link");
    std::os::unix::fs::symlink(&outside, dir.join("in/folder")).expect("folder link");
    std::os::unix::fs::symlink(dir.join("in"), dir.join("in/loop")).expect("loop link");
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "links");
    assert_eq!(
        outcome.stdout,
        format!("Imported 1 event (1 version) into out.\n\n{NEXT}")
    );
    outcome.assert_absent(MARKER, "links");
    let written = std::fs::read_to_string(dir.join("out/dictionary/events.yaml")).expect("read");
    assert!(!written.contains(MARKER), "{written}");
    assert_wrote_only_into(&dir, &before, Some("out"), "links");
}

#[test]
fn bytes_that_are_no_schema_are_reported_and_nothing_is_written() {
    let dir = case("not-schemas");
    write(
        &dir,
        "in/latin1.json",
        b"{\"title\": \"caf\xe9\", \"type\": \"object\"}",
    );
    write(&dir, "in/empty.json", "");
    write(&dir, "in/empty.yaml", "");
    write(
        &dir,
        "in/list.json",
        r#"[{"type": "object", "properties": {}}]"#,
    );
    write(&dir, "in/binary.yaml", b"\x00\x01\x02\xff\xfe");
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[2], "not schemas");
    // Files that cannot be read as text first, then the documents that hold no schema.
    assert_eq!(
        outcome.stdout,
        "Not imported (5):
  in/binary.yaml: it is not UTF-8 text
  in/latin1.json: it is not UTF-8 text
  in/empty.json: it is not a JSON object
  in/empty.yaml: it is not a JSON object
  in/list.json: it is not a JSON object
"
    );
    assert_eq!(
        outcome.stderr,
        "error: nothing could be imported (see above); nothing was written\n"
    );
    assert_wrote_only_into(&dir, &before, None, "not schemas");
}

// ---------------------------------------------------------------------------------------
// Names

/// Names that need escaping on a terminal or quoting in YAML.
const HOSTILE_NAMES: [&str; 9] = [
    "line\nbreak",
    "tab\there",
    "bidi\u{202e}evil",
    "yes",
    "a: b",
    "#x",
    "- dash",
    "\"quoted\"",
    "null",
];

#[test]
fn hostile_names_read_back_exactly_and_print_escaped() {
    let dir = case("names");
    for (index, name) in HOSTILE_NAMES.iter().enumerate() {
        // Each property carries a keyword the import cannot map, so its pointer is printed.
        let properties: serde_json::Map<String, Value> = HOSTILE_NAMES
            .iter()
            .map(|p| {
                (
                    (*p).to_owned(),
                    json!({"type": "string", "not": {"const": ""}}),
                )
            })
            .collect();
        write_json(
            &dir,
            &format!("in/{index}.json"),
            &json!({"title": name, "type": "object", "properties": properties}),
        );
    }
    // A second schema of the bidi event: its name is printed in the reason.
    write_json(
        &dir,
        "in/z.json",
        &json!({"title": HOSTILE_NAMES[2], "type": "object", "properties": {}}),
    );
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "hostile names");
    assert_wrote_only_into(&dir, &before, Some("out"), "hostile names");
    // No raw control or bidi character reaches the terminal; their escapes do.
    let raw: Vec<char> = outcome
        .stdout
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || c == '\u{202e}')
        .collect();
    assert!(
        raw.is_empty(),
        "raw characters {raw:?} in\n{}",
        outcome.stdout
    );
    for escaped in [
        "  in/0.json /properties/line\\u{a}break/not: ",
        "  in/0.json /properties/tab\\u{9}here/not: ",
        "  in/0.json /properties/bidi\\u{202e}evil/not: ",
        "  in/z.json: another schema of event \"bidi\\u{202e}evil\" has the same version; in/2.json was imported",
    ] {
        assert!(
            outcome.stdout.contains(escaped),
            "{escaped:?} missing from\n{}",
            outcome.stdout
        );
    }
    // The catalog reads back to exactly those names.
    let catalog = catalog::load(
        &[dir.join("out/dictionary")],
        &LoadOptions::default(),
        &mut Sources::new(),
    )
    .expect("load the import");
    assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
    let mut expected: Vec<&str> = HOSTILE_NAMES.to_vec();
    expected.sort_unstable();
    let mut events: Vec<&str> = catalog
        .events
        .iter()
        .map(|e| e.name.value.as_str())
        .collect();
    events.sort_unstable();
    assert_eq!(events, expected);
    for event in &catalog.events {
        let properties: Vec<&str> = event
            .properties
            .iter()
            .map(|p| p.name.value.as_str())
            .collect();
        assert_eq!(properties, HOSTILE_NAMES, "{:?}", event.name.value);
    }
    // The JSON report carries them as they are.
    let outcome = import(&dir, &["in", "--out", "out-json", "--format", "json"]);
    outcome.assert_exit(&[0], "hostile names, json");
    let report: Value = serde_json::from_str(&outcome.stdout).expect("JSON report");
    let mut reported: Vec<&str> = report["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["event"].as_str())
        .collect();
    reported.sort_unstable();
    assert_eq!(reported, expected);
}

#[test]
fn a_vendor_cannot_lead_a_file_out_of_the_dictionary() {
    let dir = case("vendor-path");
    for (file, vendor) in [
        ("a.json", "../../etc"),
        ("b.json", "a/b\nc"),
        ("c.json", ".hidden"),
    ] {
        write_json(
            &dir,
            &format!("in/{file}"),
            &json!({"self": {"vendor": vendor, "name": format!("from_{}", &file[..1]),
                             "format": "jsonschema", "version": "1-0-0"},
                    "type": "object", "properties": {"a": {"type": "string"}}}),
        );
    }
    let before = tree(&dir);
    let outcome = import(&dir, &["in", "--out", "out"]);
    outcome.assert_exit(&[0], "vendor path");
    assert_eq!(
        tree(&dir.join("out")),
        [
            "dictionary/",
            "dictionary/_.._.._etc.yaml",
            "dictionary/_.hidden.yaml",
            "dictionary/a_b_c.yaml",
            "tracklint.yaml",
        ]
    );
    assert_wrote_only_into(&dir, &before, Some("out"), "vendor path");
    assert_loads(&dir, "vendor path");
}

#[test]
fn out_through_a_link_inside_the_repository_is_refused() {
    let dir = case("out-link");
    ok_schema(&dir, "in/ok.json");
    // Another folder of the same repository.
    let elsewhere = dir.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("create folder");
    std::os::unix::fs::symlink(&elsewhere, dir.join("link")).expect("link");
    let before = tree(&dir);
    // Through the link, and the link itself.
    let outcome = import(&dir, &["in", "--out", "link/cat"]);
    outcome.assert_exit(&[2], "--out link/cat");
    assert_eq!(
        outcome.stderr,
        "error: link is a symbolic link inside the repository; tracklint writes only through real folders there\n"
    );
    let outcome = import(&dir, &["in", "--out", "link"]);
    outcome.assert_exit(&[2], "--out link");
    assert_eq!(
        outcome.stderr,
        "error: link is not empty (or not a folder); import writes a new catalog: name a folder that does not exist yet, or an empty one\n"
    );
    assert_eq!(tree(&elsewhere), Vec::<String>::new());
    assert_wrote_only_into(&dir, &before, None, "--out link");
}
