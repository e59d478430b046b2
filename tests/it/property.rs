//! Property tests with a small budget (the long runs are the cargo-fuzz targets in tests/fuzz/):
//! random YAML built from catalog words and every YAML construct, and byte-level mutations of
//! the shipped examples, go through the YAML tree, the loader, every rule and the config
//! reader. Nothing may panic, every span must lie inside its file, and a second run must give
//! the same diagnostics.

use std::path::PathBuf;

use tracklint::catalog::{self, Input, LoadOptions};
use tracklint::compare::baseline::Baseline;
use tracklint::config::Config;
use tracklint::diagnostic::Diagnostic;
use tracklint::engine::check;
use tracklint::lint::{Context, EVERY_RULE};
use tracklint::syntax::source::Sources;
use tracklint::syntax::yaml;

use crate::common::Random;

const KEYS: &[&str] = &[
    "events",
    "properties",
    "plan",
    "source",
    "kind",
    "type",
    "enum",
    "version",
    "owner",
    "consent",
    "status",
    "crm",
    "eligible",
    "approved_by",
    "approved_version",
    "required",
    "optional",
    "description",
    "changelog",
    "deprecated",
    "sunset",
    "replaced_by",
    "renamed_from",
    "dedupe_key",
    "lifecycle",
    "volume",
    "max_per_hour",
    "identity",
    "destinations",
    "items",
    "minimum",
    "pattern",
    "x-shared",
    "<<",
    "order_completed",
    "page_view",
    "clicked_stuff",
    "OrderCompleted",
    "plan_tier",
    "revenue",
    "currency",
    "café_opened",
];

const SCALARS: &[&str] = &[
    "required",
    "optional",
    "string",
    "integer",
    "number",
    "timestamp",
    "boolean",
    "object",
    "array",
    "analytics",
    "marketing",
    "necessary",
    "active",
    "deprecated",
    "retired",
    "draft",
    "client",
    "server",
    "mobile",
    "crm",
    "lifecycle",
    "2026-01-01",
    "2026-13-45",
    "yes",
    "no",
    "on",
    "~",
    "null",
    "true",
    "0",
    "1",
    "2",
    "-1",
    "18446744073709551615",
    "100000000000000000000",
    "1e400",
    ".inf",
    "0x1F",
    "0o17",
    "0755",
    "1.5",
    "\"quoted \\e]0;x\\a\"",
    "'single'",
    "\"\\u202e\"",
    "\"tab\\tnewline\\n\"",
    "^[A-Z]{3}$",
    "(a+)+$",
];

/// Scalars that often break the syntax where they land: rarer, so most documents parse.
const RISKY: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    ":",
    "- x",
    "&a x",
    "*a",
    "!!str 5",
    "!custom x",
    "|\n  block",
    ">\n  folded",
    "#comment",
    "---",
    "...",
];

/// The generator's state: a reproducible stream, and the anchors defined so far.
struct Generator {
    random: Random,
    /// Anchors given out so far (the next one's number).
    anchors: usize,
    /// Anchors whose value is complete, which an alias may name.
    complete: Vec<usize>,
}

/// A random value at `depth`, in block (`indent`) or flow style (inside a flow collection,
/// everything below is flow too).
fn value(generator: &mut Generator, depth: usize, indent: usize, in_flow: bool, out: &mut String) {
    let roll = generator.random.below(10);
    if depth > 6 || roll < 4 {
        let pool = if generator.random.chance(5) && !in_flow {
            RISKY
        } else {
            SCALARS
        };
        let word: &&str = generator.random.pick(pool);
        out.push_str(word);
        return;
    }
    if !generator.complete.is_empty() && generator.random.chance(15) {
        let pick = generator.random.below(generator.complete.len());
        out.push_str(&format!("*a{}", generator.complete[pick]));
        return;
    }
    let anchor = generator.random.chance(10).then(|| {
        generator.anchors += 1;
        generator.anchors
    });
    if let Some(anchor) = anchor {
        out.push_str(&format!("&a{anchor} "));
    }
    collection(generator, depth, indent, in_flow, roll, out);
    generator.complete.extend(anchor);
}

/// A mapping (`roll` < 7) or a sequence, in flow or block style.
fn collection(
    generator: &mut Generator,
    depth: usize,
    indent: usize,
    in_flow: bool,
    roll: usize,
    out: &mut String,
) {
    let flow = in_flow || generator.random.chance(40);
    let count = generator.random.below(5);
    if roll < 7 {
        if flow {
            out.push('{');
            for i in 0..count {
                if i > 0 {
                    out.push_str(", ");
                }
                let key: &&str = generator.random.pick(KEYS);
                out.push_str(key);
                out.push_str(": ");
                value(generator, depth + 1, indent, true, out);
            }
            out.push('}');
        } else {
            for _ in 0..count.max(1) {
                out.push('\n');
                out.push_str(&" ".repeat(indent + 2));
                let key: &&str = generator.random.pick(KEYS);
                out.push_str(key);
                out.push(':');
                out.push(' ');
                value(generator, depth + 1, indent + 2, false, out);
            }
        }
    } else if flow {
        out.push('[');
        for i in 0..count {
            if i > 0 {
                out.push_str(", ");
            }
            value(generator, depth + 1, indent, true, out);
        }
        out.push(']');
    } else {
        for _ in 0..count.max(1) {
            out.push('\n');
            out.push_str(&" ".repeat(indent + 2));
            out.push_str("- ");
            value(generator, depth + 1, indent + 4, false, out);
        }
    }
}

/// A random document whose top level looks like a dictionary, a plan or something else.
fn document(random: &mut Random) -> String {
    let mut generator = Generator {
        random: Random(random.next()),
        anchors: 0,
        complete: Vec::new(),
    };
    let mut out = String::new();
    let top = [
        "events",
        "properties",
        "plan",
        "x-shared",
        "version",
        "source",
    ];
    for _ in 0..1 + generator.random.below(4) {
        out.push_str(top[generator.random.below(top.len())]);
        out.push(':');
        out.push(' ');
        value(&mut generator, 0, 0, false, &mut out);
        out.push('\n');
    }
    out
}

/// Flips, inserts and deletes a few random bytes.
fn mutate(random: &mut Random, text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + random.below(8) {
        if bytes.is_empty() {
            break;
        }
        let at = random.below(bytes.len());
        match random.below(4) {
            0 => bytes[at] = random.next() as u8,
            1 => bytes.insert(at, b"\t\n:-[]{}&*!|>'\"#%@`\x1b\x00"[random.below(20)]),
            2 => {
                bytes.remove(at);
            }
            _ => {
                let end = (at + random.below(40)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
        }
    }
    bytes
}

/// Loads the files, runs every rule, and checks the properties. Returns the diagnostics.
fn check_files(files: Vec<(String, Vec<u8>)>) -> Vec<Diagnostic> {
    let inputs: Vec<Input> = files
        .into_iter()
        .map(|(name, bytes)| Input::Memory {
            path: PathBuf::from(&name),
            name,
            bytes: Ok(bytes),
        })
        .collect();
    let mut sources = Sources::new();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
    let config = Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]);
    let baseline: Option<&Baseline> = None;
    let cx = Context {
        catalog: &catalog,
        config: &config,
        sources: &sources,
        baseline,
        selected: EVERY_RULE,
    };
    let diagnostics = check::run(&cx);
    for diagnostic in &diagnostics {
        let spans =
            std::iter::once(diagnostic.span).chain(diagnostic.labels.iter().map(|l| l.span));
        for span in spans {
            let text = &sources.get(span.file).text;
            assert!(
                span.end() as usize <= text.len(),
                "{} points past the end of its file: {span:?} in {} bytes",
                diagnostic.rule,
                text.len()
            );
            // Line and column are computable for every span.
            let start = sources.start(span);
            assert!(start.line >= 1 && start.column >= 1);
        }
    }
    diagnostics
}

fn summary(diagnostics: &[Diagnostic]) -> Vec<(String, u32, u32, String)> {
    let mut rows: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            (
                d.rule.to_string(),
                d.span.offset,
                d.span.len,
                d.message.clone(),
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn random_documents_never_panic_and_spans_stay_in_their_files() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let (mut parsed_ok, mut reported) = (0, 0);
    for case in 0..400 {
        let dictionary = document(&mut random);
        let plan = document(&mut random);
        // The tree alone: every node's span lies inside the text.
        if let Ok(parsed) = yaml::parse(&dictionary) {
            parsed_ok += 1;
            let json = parsed.root.to_json();
            assert_eq!(
                json,
                yaml::parse(&dictionary).unwrap().root.to_json(),
                "case {case}"
            );
        }
        let files = vec![
            (
                "dictionary.yaml".to_owned(),
                dictionary.clone().into_bytes(),
            ),
            ("plan.yaml".to_owned(), plan.clone().into_bytes()),
        ];
        let first = summary(&check_files(files.clone()));
        let second = summary(&check_files(files));
        reported += first.len();
        assert_eq!(first, second, "case {case}: two runs differ\n{dictionary}");
    }
    // The generator must reach past the parser into the rules, or this tests nothing.
    assert!(parsed_ok > 200, "only {parsed_ok} of 400 documents parsed");
    assert!(reported > 1000, "only {reported} diagnostics in 400 cases");
}

#[test]
fn mutated_examples_never_panic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut originals = Vec::new();
    for catalog in ["shop", "broken"] {
        for folder in ["dictionary", "plans"] {
            let Ok(entries) = std::fs::read_dir(root.join(catalog).join(folder)) else {
                continue;
            };
            for entry in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    originals.push(text);
                }
            }
        }
    }
    assert!(originals.len() > 10, "examples not found");
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    for _ in 0..300 {
        let a = random.below(originals.len());
        let b = random.below(originals.len());
        let files = vec![
            ("a.yaml".to_owned(), mutate(&mut random, &originals[a])),
            ("b.yaml".to_owned(), mutate(&mut random, &originals[b])),
        ];
        check_files(files);
    }
}

#[test]
fn random_configs_never_panic() {
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/shop/tracklint.yaml"),
    )
    .expect("the shop example has a config");
    let mut random = Random(0xdead_beef_cafe_f00d);
    for case in 0..300 {
        let text = if case % 2 == 0 {
            String::from_utf8_lossy(&mutate(&mut random, &shipped)).into_owned()
        } else {
            let keys = [
                "catalog",
                "naming",
                "style",
                "rules",
                "policies",
                "review",
                "today",
                "crm",
                "approvers",
                "lifecycle",
                "consent",
                "business_timezone",
                "event_pattern",
            ];
            let mut generator = Generator {
                random: Random(random.next()),
                anchors: 0,
                complete: Vec::new(),
            };
            let mut text = String::new();
            for _ in 0..1 + random.below(4) {
                text.push_str(keys[random.below(keys.len())]);
                text.push_str(": ");
                value(&mut generator, 0, 0, false, &mut text);
                text.push('\n');
            }
            text
        };
        let mut sources = Sources::new();
        let path = std::env::temp_dir()
            .join("tracklint-property")
            .join("tracklint.yaml");
        // Errors are fine; panics are not.
        let _ = Config::from_text(&path, text, &mut sources);
    }
}
