//! The round-trip property of the edits tracklint writes (SPEC §8, "Writes"), shared by a
//! short run inside `cargo test` (`hostile_edits`) and the cargo-fuzz target `edits`
//! (tests/fuzz/fuzz_targets/edits.rs includes this file): a small catalog with hostile names in
//! every layout `rename` extends, built from arbitrary bytes; the rename of one event and the
//! fixes of every diagnostic are planned and applied in memory, and the edited text must parse
//! back to the intended values. A violation panics with the catalog that shows it.

#![allow(dead_code)]

use std::path::PathBuf;

use arbitrary::{Arbitrary, Result, Unstructured};
use tracklint::catalog::rename::{self, Refusal};
use tracklint::catalog::{self, Catalog, Input, LoadOptions};
use tracklint::config::Config;
use tracklint::engine::{check, fix, suppress};
use tracklint::lint::{Context, EVERY_RULE};
use tracklint::syntax::source::Sources;
use tracklint::syntax::yaml::{self, Node};

/// Names a generated catalog draws from besides arbitrary strings: plain ones, and ones that
/// end or change a YAML token.
const NAMES: &[&str] = &[
    "order_completed",
    "Order Completed",
    "say \"hi\"",
    "a # b",
    "x]: {y",
    "a, b",
    "line\nbreak",
    " padded ",
    "back\\slash",
    "yes",
    "null",
    "1.5",
    "~",
    "",
    "- dash",
    "esc\u{1b}[2J",
    "bidi\u{202e}x",
    "café",
];

/// Descriptions, some holding suppression text that is no comment.
const DESCRIPTIONS: &[&str] = &[
    "Something happened.",
    "see # tracklint: allow(naming/case)",
    "x # tracklint: allow(naming/vague-word) -- in a string",
    "quote \" and # hash",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// `key:` and the body indented below it.
    Block,
    /// `key: {...}` on one line.
    Flow,
    /// `key: {}`
    EmptyFlow,
    /// `key:` and nothing.
    Nothing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HistoryStyle {
    BlockList,
    FlowList,
    /// One name as a scalar (only with one name).
    Scalar,
}

#[derive(Debug, Clone)]
struct EventModel {
    name: String,
    layout: Layout,
    history: Vec<String>,
    history_style: HistoryStyle,
    backfill: Option<String>,
    /// Block layout only: the description as a block scalar (`|`) holding suppression text.
    block_description: bool,
    description: String,
    /// Block layout only: `deprecated.replaced_by`.
    replaced_by: Option<String>,
    /// Block layout only: a real suppression comment after the key.
    suppression: Option<&'static str>,
    /// Block layout only: a property with `enum: [yes, no]` (a safe fix each).
    ambiguous_enum: bool,
    /// Block layout only: a version without changelog (an unsafe fix).
    version: Option<u64>,
}

/// A generated catalog: a dictionary and a plan listing some of its events.
#[derive(Debug, Clone)]
pub struct Model {
    events: Vec<EventModel>,
    plan: Vec<String>,
    pub old: String,
    pub new: String,
}

fn name(u: &mut Unstructured) -> Result<String> {
    if u.ratio(1, 3)? {
        let text = String::arbitrary(u)?;
        Ok(text.chars().take(24).collect())
    } else {
        Ok((*u.choose(NAMES)?).to_owned())
    }
}

impl Model {
    /// A catalog of one to four events with distinct names, the old name one of them.
    pub fn generate(u: &mut Unstructured) -> Result<Model> {
        let mut events: Vec<EventModel> = Vec::new();
        for _ in 0..u.int_in_range(1..=4)? {
            let name = name(u)?;
            if events.iter().any(|e| e.name == name) {
                continue;
            }
            events.push(event(u, name)?);
        }
        let names: Vec<String> = events.iter().map(|e| e.name.clone()).collect();
        for event in &mut events {
            if event.layout == Layout::Block && u.ratio(1, 3)? {
                event.replaced_by = Some(u.choose(&names)?.clone());
            }
        }
        let mut plan = Vec::new();
        for name in &names {
            if u.ratio(1, 2)? {
                plan.push(name.clone());
            }
        }
        let old = u.choose(&names)?.clone();
        let new = match u.int_in_range(0..=5)? {
            0 => name(u)?,
            1 => u.choose(&names)?.clone(),
            _ => format!("renamed_{}", u.int_in_range(0..=999u32)?),
        };
        Ok(Model {
            events,
            plan,
            old,
            new,
        })
    }

    pub fn dictionary(&self) -> String {
        let mut text = String::from("events:\n");
        for event in &self.events {
            text.push_str(&event.render());
        }
        text
    }

    pub fn plan_text(&self) -> String {
        let mut text =
            String::from("plan: web\nsource: {kind: client}\nidentity: [anonymous_id]\nevents:\n");
        for name in &self.plan {
            text.push_str(&format!("  {}: {{}}\n", quoted(name)));
        }
        if self.plan.is_empty() {
            text.push_str("  {}\n");
        }
        text
    }
}

fn event(u: &mut Unstructured, name: String) -> Result<EventModel> {
    let layout = *u.choose(&[
        Layout::Block,
        Layout::Flow,
        Layout::EmptyFlow,
        Layout::Nothing,
    ])?;
    let mut history = Vec::new();
    if matches!(layout, Layout::Block | Layout::Flow) {
        for _ in 0..u.int_in_range(0..=2)? {
            history.push(self::name(u)?);
        }
    }
    let history_style = match (layout, history.len()) {
        (Layout::Block, 1) => *u.choose(&[
            HistoryStyle::BlockList,
            HistoryStyle::FlowList,
            HistoryStyle::Scalar,
        ])?,
        (Layout::Block, _) => *u.choose(&[HistoryStyle::BlockList, HistoryStyle::FlowList])?,
        _ => HistoryStyle::FlowList,
    };
    let block = layout == Layout::Block;
    Ok(EventModel {
        name,
        layout,
        backfill: if !history.is_empty() && u.ratio(1, 2)? {
            Some(self::name(u)?)
        } else {
            None
        },
        history,
        history_style,
        block_description: block && u.ratio(1, 3)?,
        description: (*u.choose(DESCRIPTIONS)?).to_owned(),
        replaced_by: None,
        suppression: if block && u.ratio(1, 3)? {
            Some(*u.choose(&["naming/case", "naming/vague-word", "structure"])?)
        } else {
            None
        },
        ambiguous_enum: block && u.ratio(1, 4)?,
        version: if block && u.ratio(1, 4)? {
            Some(u.int_in_range(2..=3)?)
        } else {
            None
        },
    })
}

impl EventModel {
    fn render(&self) -> String {
        let key = quoted(&self.name);
        match self.layout {
            Layout::EmptyFlow => format!("  {key}: {{}}\n"),
            Layout::Nothing => format!("  {key}:\n"),
            Layout::Flow => {
                let mut fields = vec![
                    format!("description: {}", quoted(&self.description)),
                    "owner: web".to_owned(),
                ];
                if !self.history.is_empty() {
                    fields.push(format!("renamed_from: [{}]", quoted_list(&self.history)));
                }
                if let Some(backfill) = &self.backfill {
                    fields.push(format!("backfill: {}", quoted(backfill)));
                }
                format!("  {key}: {{{}}}\n", fields.join(", "))
            }
            Layout::Block => self.render_block(&key),
        }
    }

    fn render_block(&self, key: &str) -> String {
        let comment = self.suppression.map_or(String::new(), |rule| {
            format!("  # tracklint: allow({rule})")
        });
        let mut text = format!("  {key}:{comment}\n");
        if self.block_description {
            text.push_str(&format!(
                "    description: |\n      {}\n      # tracklint: allow(naming/case)\n",
                self.description.replace('"', "'")
            ));
        } else {
            text.push_str(&format!("    description: {}\n", quoted(&self.description)));
        }
        text.push_str("    owner: web\n    consent: analytics\n");
        if let Some(version) = self.version {
            text.push_str(&format!("    version: {version}\n"));
        }
        if !self.history.is_empty() {
            text.push_str(&match self.history_style {
                HistoryStyle::BlockList => format!(
                    "    renamed_from:\n{}",
                    self.history
                        .iter()
                        .map(|n| format!("      - {}\n", quoted(n)))
                        .collect::<String>()
                ),
                HistoryStyle::FlowList => {
                    format!("    renamed_from: [{}]\n", quoted_list(&self.history))
                }
                HistoryStyle::Scalar => format!("    renamed_from: {}\n", quoted(&self.history[0])),
            });
        }
        if let Some(backfill) = &self.backfill {
            text.push_str(&format!("    backfill: {}\n", quoted(backfill)));
        }
        if let Some(replaced_by) = &self.replaced_by {
            text.push_str(&format!(
                "    status: deprecated\n    deprecated: {{since: 2026-01-01, replaced_by: {}, reason: merged}}\n",
                quoted(replaced_by)
            ));
        }
        if self.ambiguous_enum {
            text.push_str(
                "    properties:\n      mode: {type: string, description: A mode., enum: [yes, no]}\n",
            );
        }
        text
    }

    /// The description as the file holds it.
    fn description_value(&self) -> String {
        if self.block_description {
            format!(
                "{}\n# tracklint: allow(naming/case)\n",
                self.description.replace('"', "'")
            )
        } else {
            self.description.clone()
        }
    }
}

/// `text` double-quoted with every character but ASCII letters, digits, space, `_` and `-`
/// escaped: plainly valid YAML, written independently of tracklint's own quoting.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '-') {
            out.push(c);
        } else if u32::from(c) <= 0xFFFF {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push_str(&format!("\\U{:08X}", u32::from(c)));
        }
    }
    out.push('"');
    out
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| quoted(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What `rename` accepts as NEW.
fn is_plain_name(name: &str) -> bool {
    name.len() <= 256
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// The catalog of a model, loaded from memory as `check` loads files.
pub fn load(model: &Model) -> (Catalog, Sources) {
    let inputs = vec![
        Input::Memory {
            path: PathBuf::from("dictionary.yaml"),
            name: "dictionary.yaml".to_owned(),
            bytes: Ok(model.dictionary().into_bytes()),
        },
        Input::Memory {
            path: PathBuf::from("plan.yaml"),
            name: "plan.yaml".to_owned(),
            bytes: Ok(model.plan_text().into_bytes()),
        },
    ];
    let mut sources = Sources::new();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
    (catalog, sources)
}

/// What a check of the property found: whether the rename was done (not refused).
pub struct Checked {
    pub renamed: bool,
}

/// Checks the property on one model; panics on a violation.
pub fn check_model(model: &Model, config: &Config, with_fixes: bool) -> Checked {
    let (catalog, sources) = load(model);
    let shown = || format!("{}---\n{}", model.dictionary(), model.plan_text());
    for event in &model.events {
        assert!(
            catalog.events.iter().any(|e| e.name.value == event.name),
            "event {:?} did not load from\n{}",
            event.name,
            shown()
        );
    }
    let renamed = check_rename(model, &catalog, &sources, &shown);
    if with_fixes {
        check_fixes(model, &catalog, &sources, config, &shown);
    }
    Checked { renamed }
}

fn check_rename(
    model: &Model,
    catalog: &Catalog,
    sources: &Sources,
    shown: &dyn Fn() -> String,
) -> bool {
    let (old, new) = (model.old.as_str(), model.new.as_str());
    let result = rename::rename(catalog, sources, old, new, true);
    let expected_refusal = if !is_plain_name(new) {
        Some(Refusal::BadName)
    } else if model.events.iter().any(|e| e.name == new) {
        Some(Refusal::Taken)
    } else {
        None
    };
    let renamed = match (result, expected_refusal) {
        (Err(refusal), Some(expected)) => {
            assert_eq!(refusal, expected, "rename {old:?} {new:?} in\n{}", shown());
            return false;
        }
        (Ok(renamed), None) => renamed,
        (other, expected) => panic!(
            "rename {old:?} {new:?}: {other:?}, expected {expected:?}, in\n{}",
            shown()
        ),
    };
    let text_of = |name: &str| {
        let original = sources
            .iter()
            .find(|(_, source)| source.name == name)
            .map(|(id, source)| (id, source.text.clone()));
        let (id, text) = original.unwrap_or_else(|| panic!("no {name}"));
        renamed
            .files
            .iter()
            .find(|(file, _)| *file == id)
            .map_or(text, |(_, text)| text.clone())
    };
    let dictionary = parse(&text_of("dictionary.yaml"), shown);
    let plan = parse(&text_of("plan.yaml"), shown);
    let after = |name: &str| {
        if name == old {
            new.to_owned()
        } else {
            name.to_owned()
        }
    };
    let events = dictionary
        .get("events")
        .unwrap_or_else(|| panic!("no events in\n{}", shown()));
    let keys: Vec<String> = events.entries().map(|(k, _)| k.to_owned()).collect();
    let expected_keys: Vec<String> = model.events.iter().map(|e| after(&e.name)).collect();
    assert_eq!(
        keys,
        expected_keys,
        "rename {old:?} {new:?} in\n{}",
        shown()
    );
    for event in &model.events {
        let body = events
            .get(&after(&event.name))
            .unwrap_or_else(|| panic!("{:?}", event.name));
        let mut history = event.history.clone();
        let mut backfill = event.backfill.clone();
        if event.name == old {
            history.push(old.to_owned());
            backfill.get_or_insert_with(|| rename::backfill_note(old, new));
        }
        let context = || {
            format!(
                "event {:?} after rename {old:?} {new:?} in\n{}",
                event.name,
                shown()
            )
        };
        assert_eq!(strings(body.get("renamed_from")), history, "{}", context());
        assert_eq!(
            body.get("backfill")
                .and_then(Node::as_str)
                .map(str::to_owned),
            backfill,
            "{}",
            context()
        );
        assert_eq!(
            body.find(["deprecated", "replaced_by"])
                .and_then(|(_, n)| n.as_str())
                .map(str::to_owned),
            event.replaced_by.as_deref().map(after),
            "{}",
            context()
        );
        if event.layout != Layout::EmptyFlow && event.layout != Layout::Nothing {
            assert_eq!(
                body.get("description").and_then(Node::as_str),
                Some(event.description_value().as_str()),
                "{}",
                context()
            );
        }
    }
    let plan_keys: Vec<String> = plan
        .get("events")
        .map(|n| n.entries().map(|(k, _)| k.to_owned()).collect())
        .unwrap_or_default();
    let expected: Vec<String> = model.plan.iter().map(|n| after(n)).collect();
    assert_eq!(
        plan_keys,
        expected,
        "plan after rename {old:?} {new:?} in\n{}",
        shown()
    );
    true
}

/// Every fix (safe and unsafe) of every diagnostic, suppressions applied as `check` does:
/// none is refused by the fixer's own check, and each fixed file parses with every
/// description as it was (an event a naming fix renamed is found under its new name).
fn check_fixes(
    model: &Model,
    catalog: &Catalog,
    sources: &Sources,
    config: &Config,
    shown: &dyn Fn() -> String,
) {
    let cx = Context {
        catalog,
        config,
        sources,
        baseline: None,
        selected: EVERY_RULE,
    };
    let diagnostics = suppress::apply(check::run(&cx), sources, |_| true, |_| true);
    let fixes = fix::fix(sources, &diagnostics, true);
    assert!(
        fixes.unverified.is_empty(),
        "fixes refused: {:?} in\n{}",
        fixes.unverified,
        shown()
    );
    for fixed in &fixes.files {
        let text = String::from_utf8(fixed.bytes.clone()).unwrap_or_default();
        let root = parse(&text, shown);
        let Some(events) = root
            .get("events")
            .filter(|_| sources.name(fixed.file) == "dictionary.yaml")
        else {
            continue;
        };
        for event in model
            .events
            .iter()
            .filter(|e| matches!(e.layout, Layout::Block | Layout::Flow))
        {
            let renamed = catalog
                .events
                .iter()
                .find(|e| e.name.value == event.name)
                .and_then(|e| {
                    diagnostics
                        .iter()
                        .find(|d| d.span == e.name.span && !d.edits.is_empty())
                })
                .and_then(|d| d.rename.as_deref());
            let description = |name: &str| {
                events
                    .find([name, "description"])
                    .and_then(|(_, n)| n.as_str().map(str::to_owned))
            };
            let found = renamed
                .and_then(description)
                .or_else(|| description(&event.name));
            assert_eq!(
                found.as_deref(),
                Some(event.description_value().as_str()),
                "description of {:?} after the fixes:\n{text}\nof\n{}",
                event.name,
                shown()
            );
        }
    }
}

fn parse(text: &str, shown: &dyn Fn() -> String) -> Node {
    match yaml::parse(text) {
        Ok(document) if document.duplicates.is_empty() => document.root,
        Ok(document) => panic!(
            "repeated keys {:?} in\n{text}\nfrom\n{}",
            document.duplicates,
            shown()
        ),
        Err(err) => panic!(
            "no longer parses ({}):\n{text}\nfrom\n{}",
            err.message,
            shown()
        ),
    }
}

fn strings(node: Option<&Node>) -> Vec<String> {
    match node {
        None => Vec::new(),
        Some(node) => match node.as_seq() {
            Some(items) => items
                .iter()
                .map(|n| n.as_str().unwrap_or("<not a string>").to_owned())
                .collect(),
            None => vec![node.as_str().unwrap_or("<not a string>").to_owned()],
        },
    }
}

/// Dictionary text as arbitrary as the input: any event of it is renamed to an arbitrary
/// name. Refusals are fine (most such text is no layout `rename` extends); a rename that is
/// done must leave files that parse, with NEW a key of `events` and OLD the last name of its
/// `renamed_from`.
pub fn check_raw(u: &mut Unstructured) -> Result<()> {
    let text = String::arbitrary(u)?;
    let inputs = vec![Input::Memory {
        path: PathBuf::from("dictionary.yaml"),
        name: "dictionary.yaml".to_owned(),
        bytes: Ok(text.clone().into_bytes()),
    }];
    let mut sources = Sources::new();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
    let names: Vec<String> = catalog
        .events
        .iter()
        .map(|e| e.name.value.clone())
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    let old = u.choose(&names)?.clone();
    let new = if u.ratio(1, 2)? {
        name(u)?
    } else {
        "renamed_event".to_owned()
    };
    let Ok(renamed) = rename::rename(&catalog, &sources, &old, &new, true) else {
        return Ok(());
    };
    let shown = || text.clone();
    for (_, edited) in &renamed.files {
        parse(edited, &shown);
    }
    let (_, edited) = renamed
        .files
        .first()
        .unwrap_or_else(|| panic!("rename {old:?} {new:?} changed no file of\n{text}"));
    let root = parse(edited, &shown);
    let history = root
        .find(["events", new.as_str(), "renamed_from"])
        .map(|(_, node)| strings(Some(node)))
        .unwrap_or_default();
    assert_eq!(
        history.last(),
        Some(&old),
        "rename {old:?} {new:?}:\n{edited}\nfrom\n{text}"
    );
    Ok(())
}
