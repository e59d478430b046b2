//! `tracklint rename OLD NEW`: the source edits that rename an event across the dictionary and
//! the plans (its key, every plan entry, every `replaced_by`), record the old name in
//! `renamed_from`, and add a `backfill:` placeholder the author must fill (old cohorts need a
//! mapping rule, so `versioning/rename-without-backfill`-style review can see it). Every name
//! is written with YAML's quoting, and the edited files are parsed again before anything is
//! written: they must read back as the intended values (SPEC §8, "Writes").

use std::collections::BTreeMap;

use foldhash::HashMap as FastMap;
use serde_json::{Map, Value};

use crate::catalog::{Catalog, Event, Name};
use crate::diagnostic::{Edit, apply_edits};
use crate::syntax::quote;
use crate::syntax::source::{FileId, Sources, Span};
use crate::syntax::yaml::{self, Node};

/// The placeholder a person replaces; `check` keeps showing it until they do.
pub const BACKFILL_TODO: &str = "TODO map data recorded as";

/// Why a rename cannot be planned.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    Taken,
    BadName,
    /// The event is written in a layout this cannot extend (a flow mapping on several lines).
    Layout,
    /// The edited file would not read back as the intended values (the text cannot be edited
    /// this way, e.g. the event's body is an anchor another event shares): what differs.
    Unverified {
        file: FileId,
        why: String,
    },
}

/// A rename, checked: the new text of every file it changes (in file order) and how many
/// places it changes.
#[derive(Debug)]
pub struct Renamed {
    pub files: Vec<(FileId, String)>,
    pub places: usize,
}

/// The backfill placeholder `rename` writes for OLD -> NEW (the text, before quoting).
pub fn backfill_note(old: &str, new: &str) -> String {
    format!("{BACKFILL_TODO} {old} to {new}")
}

/// Plans the edits, applies them in memory, and parses every edited file again: each must hold
/// exactly what the file held, but for the event's key, its `renamed_from` (the old list plus
/// OLD), its `backfill` (the placeholder, when it had none), the plan entries and the
/// `replaced_by` values that named OLD. Anything else is [`Refusal::Unverified`], and nothing
/// is to be written.
/// With `record`, OLD is a name data was sent under (a baseline has it): it is added to
/// `renamed_from`, with a backfill placeholder. Without, OLD only ever existed in this change (a
/// typo fixed in the same branch): only the key and its references change, and a placeholder
/// an earlier rename wrote (`... X to OLD`) now says `X to NEW`, so a chain of renames leaves
/// one record.
pub fn rename(
    catalog: &Catalog,
    sources: &Sources,
    old: &str,
    new: &str,
    record: bool,
) -> Result<Renamed, Refusal> {
    let references = References::new(catalog);
    let edits = edits(&references, sources, old, new, record)?;
    let mut by_file: BTreeMap<FileId, Vec<&Edit>> = BTreeMap::new();
    for edit in &edits {
        by_file.entry(edit.span.file).or_default().push(edit);
    }
    let mut files = Vec::new();
    for (file, edits) in by_file {
        let unverified = |why: &str| Refusal::Unverified {
            file,
            why: why.to_owned(),
        };
        let text = apply_edits(&sources.get(file).text, edits)
            .ok_or_else(|| unverified("two edits overlap"))?;
        verify(
            catalog,
            &references,
            sources,
            file,
            &text,
            (old, new, record),
        )
        .map_err(|why| unverified(&why))?;
        files.push((file, text));
    }
    Ok(Renamed {
        files,
        places: edits.len(),
    })
}

/// Where each event name is written: the event, the plan entries and the `replaced_by` values
/// that name it. Built once per run, so the naming rules can plan a rename for every badly
/// named event without scanning the catalog for each.
pub struct References<'c> {
    events: FastMap<&'c str, &'c Event>,
    plan_entries: FastMap<&'c str, Vec<Span>>,
    replaced_by: FastMap<&'c str, Vec<Span>>,
}

impl<'c> References<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        let mut events = FastMap::default();
        for event in &catalog.events {
            events.entry(event.name.value.as_str()).or_insert(event);
        }
        let mut plan_entries: FastMap<&str, Vec<Span>> = FastMap::default();
        for entry in catalog.plans.iter().flat_map(|plan| plan.events.iter()) {
            plan_entries
                .entry(entry.name.value.as_str())
                .or_default()
                .push(entry.name.span);
        }
        let mut replaced_by: FastMap<&str, Vec<Span>> = FastMap::default();
        for name in catalog
            .events
            .iter()
            .filter_map(|e| e.deprecated.as_ref().and_then(|d| d.replaced_by.as_ref()))
        {
            replaced_by
                .entry(name.value.as_str())
                .or_default()
                .push(name.span);
        }
        References {
            events,
            plan_entries,
            replaced_by,
        }
    }
}

/// The edits of renaming OLD to NEW (see [`rename`]), in file order of appearance, not yet
/// applied or checked: the key, the plan entries, the `replaced_by` values and, with `record`,
/// the history.
pub fn edits(
    references: &References,
    sources: &Sources,
    old: &str,
    new: &str,
    record: bool,
) -> Result<Vec<Edit>, Refusal> {
    if !is_plain_name(new) {
        return Err(Refusal::BadName);
    }
    let event = *references.events.get(old).ok_or(Refusal::Unknown)?;
    if references.events.contains_key(new) {
        return Err(Refusal::Taken);
    }
    // A plain name can still read as something else (`null`, `yes`): quoted where it would.
    let written = quote::scalar(new).into_owned();
    let mut edits = vec![Edit {
        span: event.name.span,
        replacement: written.clone(),
    }];
    if record {
        edits.extend(history(sources, event, old, new)?);
    } else if let Some((backfill, note)) = restated_backfill(event, old, new) {
        edits.push(Edit {
            span: backfill.span,
            replacement: quote::double_quoted(&note),
        });
    }
    let references = [&references.plan_entries, &references.replaced_by]
        .into_iter()
        .flat_map(|by_name| by_name.get(old).into_iter().flatten());
    edits.extend(references.map(|&span| Edit {
        span,
        replacement: written.clone(),
    }));
    Ok(edits)
}

/// The backfill placeholder an earlier rename wrote for `X -> OLD`, and what it says once OLD
/// is renamed again without a record (`X -> NEW`).
fn restated_backfill<'e>(event: &'e Event, old: &str, new: &str) -> Option<(&'e Name, String)> {
    let backfill = event.backfill.as_ref()?;
    let from = backfill
        .value
        .strip_prefix(BACKFILL_TODO)?
        .strip_prefix(' ')?
        .strip_suffix(old)?
        .strip_suffix(" to ")?;
    Some((backfill, backfill_note(from, new)))
}

/// A name that needs no quoting in YAML and stays one token: letters, digits, `_`, `-`, `.`.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 256
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// `renamed_from` gains OLD and, when the event has no `backfill`, a placeholder is added.
fn history(sources: &Sources, event: &Event, old: &str, new: &str) -> Result<Vec<Edit>, Refusal> {
    let text = sources.get(event.name.span.file).text.as_str();
    let file = event.name.span.file;
    // A sentence, always quoted: it reads the same whatever the names hold.
    let backfill = quote::double_quoted(&backfill_note(old, new));
    let quoted_old = quote::scalar(old);
    let body = body_layout(text, event.name.span).ok_or(Refusal::Layout)?;
    let mut lines = Vec::new();
    let mut edits = Vec::new();
    match (event.renamed_from_key, event.renamed_from.as_slice()) {
        (None, _) => lines.push(format!("renamed_from: [{quoted_old}]")),
        (Some(_), [.., last]) => edits.push(append_name(text, last, old)),
        // `renamed_from:` with no name: too odd to extend without guessing.
        (Some(_), []) => return Err(Refusal::Layout),
    }
    if event.backfill.is_none() {
        lines.push(format!("backfill: {backfill}"));
    }
    if !lines.is_empty() {
        edits.push(match body {
            Layout::Block { at, indent } => Edit {
                span: Span::new(file, at as u32, 0),
                replacement: lines
                    .iter()
                    .map(|line| format!("{indent}{line}\n"))
                    .collect(),
            },
            Layout::Flow { after_brace } => Edit {
                span: Span::new(file, after_brace as u32, 0),
                replacement: format!("{}, ", lines.join(", ")),
            },
            Layout::Empty { at, indent } => Edit {
                span: Span::new(file, at as u32, 0),
                replacement: format!(
                    "\n{}",
                    lines
                        .iter()
                        .map(|line| format!("{indent}{line}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            },
        });
    }
    Ok(edits)
}

/// OLD added after the last name of a `renamed_from` written as a flow list, a block list or
/// one scalar.
fn append_name(text: &str, last: &Name, old: &str) -> Edit {
    let span = last.span;
    let (start, end) = (span.offset as usize, span.end() as usize);
    let old = quote::scalar(old);
    let before = text.get(..start).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let prefix = before.get(line_start..).unwrap_or_default();
    let trimmed = prefix.trim_end();
    if trimmed.ends_with('-') && trimmed[..trimmed.len() - 1].trim().is_empty() {
        // A block list: a new item after this one's line.
        let rest = text.get(end..).unwrap_or_default();
        let at = end + rest.find('\n').map_or(rest.len(), |i| i + 1);
        let newline = if text.get(..at).is_some_and(|t| t.ends_with('\n')) {
            ""
        } else {
            "\n"
        };
        return Edit {
            span: Span::new(span.file, at as u32, 0),
            replacement: format!("{newline}{prefix}{old}\n"),
        };
    }
    let in_flow_list = before.trim_end().ends_with('[') || before.trim_end().ends_with(',');
    if in_flow_list {
        Edit {
            span: Span::new(span.file, span.end(), 0),
            replacement: format!(", {old}"),
        }
    } else {
        // One name as a scalar: it becomes a list. The name is written again from its value
        // (a block or multi-line scalar as it stood would not fit in a flow list).
        Edit {
            span,
            replacement: format!("[{}, {old}]", quote::scalar(&last.value)),
        }
    }
}

enum Layout {
    /// Block mapping: insert whole lines at `at` with `indent`.
    Block { at: usize, indent: String },
    /// `name: {...}` on one line: insert after the brace.
    Flow { after_brace: usize },
    /// `name:` with nothing under it: insert lines after the key's line content.
    Empty { at: usize, indent: String },
}

/// How the event's mapping is written, from the text after its key.
fn body_layout(text: &str, key: Span) -> Option<Layout> {
    let after_key = key.end() as usize;
    let rest = text.get(after_key..)?;
    let line_end = rest.find('\n').map_or(text.len(), |i| after_key + i);
    let same_line = text.get(after_key..line_end)?;
    let value = same_line.trim_start().strip_prefix(':')?.trim_start();
    let key_line_start = text
        .get(..key.offset as usize)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let key_indent = key.offset as usize - key_line_start;
    if let Some(inner) = value.strip_prefix('{') {
        // Only a flow mapping closed on the same line.
        let inner = inner.split('#').next().unwrap_or_default();
        if !inner.trim_end().ends_with('}') {
            return None;
        }
        let brace = after_key + same_line.find('{')? + 1;
        return Some(Layout::Flow { after_brace: brace });
    }
    if !value.is_empty() && !value.starts_with('#') {
        return None;
    }
    // The first non-blank, non-comment line below: its indentation is the body's.
    let mut at = line_end + 1;
    while at < text.len() {
        let rest = text.get(at..)?;
        let line = rest.split('\n').next().unwrap_or_default();
        let content = line.trim_start_matches(' ');
        if content.trim().is_empty() || content.starts_with('#') {
            at += line.len() + 1;
            continue;
        }
        let indent = line.len() - content.len();
        if indent > key_indent {
            return Some(Layout::Block {
                at,
                indent: " ".repeat(indent),
            });
        }
        break;
    }
    let end = text.get(..line_end)?.trim_end_matches(['\r', ' ']).len();
    let end = text.get(after_key..line_end)?.find('#').map_or(end, |i| {
        text.get(..after_key + i)
            .map_or(end, |t| t.trim_end().len())
    });
    Some(Layout::Empty {
        at: end,
        indent: " ".repeat(key_indent + 2),
    })
}

/// Whether `edited`, the new text of `file`, reads back as the file's values with the rename's
/// changes and nothing else; else what differs.
fn verify(
    catalog: &Catalog,
    references: &References,
    sources: &Sources,
    file: FileId,
    edited: &str,
    (old, new, record): (&str, &str, bool),
) -> Result<(), String> {
    let original = yaml::parse(&sources.get(file).text)
        .map_err(|err| format!("it did not parse: {}", crate::text::cut(&err.message, 200)))?;
    let after = yaml::parse(edited).map_err(|err| {
        format!(
            "it would no longer parse: {}",
            crate::text::cut(&err.message, 200)
        )
    })?;
    if after.duplicates.len() != original.duplicates.len() {
        return Err("it would hold a key twice".to_owned());
    }
    let renamed = references.events.get(old).copied();
    let expected = expected(catalog, renamed, file, &original.root, (old, new, record));
    match first_difference(&expected, &after.root.to_json()) {
        None => Ok(()),
        Some(at) if at.is_empty() => Err("its values would differ".to_owned()),
        Some(at) => Err(format!(
            "the value at {} would differ",
            crate::text::cut(&at, 300)
        )),
    }
}

/// The values of `file` (parsed as `root`) as the rename means them. Keys are found by their
/// spans: the catalog's names are cut at 1 KiB, the file's keys are not.
fn expected(
    catalog: &Catalog,
    renamed: Option<&Event>,
    file: FileId,
    root: &Node,
    (old, new, record): (&str, &str, bool),
) -> Value {
    let mut json = root.to_json();
    let events = root.get("events");
    let key_at = |span: Span| -> Option<String> {
        events?
            .as_map()?
            .iter()
            .find(|entry| entry.key.pos.offset == span.offset)
            .map(|entry| entry.key.key_text().to_owned())
    };
    let Some(map) = json.get_mut("events").and_then(Value::as_object_mut) else {
        return json;
    };
    if let Some(event) = renamed.filter(|e| e.name.span.file == file)
        && let Some(key) = key_at(event.name.span)
    {
        let mut body = map.remove(&key).unwrap_or(Value::Null);
        if record {
            with_history(&mut body, event, old, new);
        } else if let (Some((_, note)), Some(map)) =
            (restated_backfill(event, old, new), body.as_object_mut())
        {
            map.insert("backfill".to_owned(), Value::String(note));
        }
        map.insert(new.to_owned(), body);
    }
    let plan_entries = catalog
        .plans
        .iter()
        .filter(|plan| plan.file == file)
        .flat_map(|plan| plan.events.iter())
        .filter(|entry| entry.name.value == old);
    for entry in plan_entries {
        if let Some(key) = key_at(entry.name.span)
            && let Some(body) = map.remove(&key)
        {
            map.insert(new.to_owned(), body);
        }
    }
    for other in catalog.events.iter().filter(|e| e.name.span.file == file) {
        let names_old = other
            .deprecated
            .as_ref()
            .and_then(|d| d.replaced_by.as_ref())
            .is_some_and(|r| r.value == old);
        let is_renamed = renamed.is_some_and(|e| std::ptr::eq(e, other));
        let key = if is_renamed {
            Some(new.to_owned())
        } else {
            key_at(other.name.span)
        };
        if let (true, Some(key)) = (names_old, key)
            && let Some(deprecated) = map
                .get_mut(&key)
                .and_then(|body| body.get_mut("deprecated"))
                .and_then(Value::as_object_mut)
        {
            deprecated.insert("replaced_by".to_owned(), Value::String(new.to_owned()));
        }
    }
    json
}

/// The event's body with OLD after its `renamed_from` names and, when it had no `backfill`,
/// the placeholder.
fn with_history(body: &mut Value, event: &Event, old: &str, new: &str) {
    if body.is_null() {
        *body = Value::Object(Map::new());
    }
    let Some(map) = body.as_object_mut() else {
        return;
    };
    let mut history = match map.remove("renamed_from") {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(one) => vec![one],
    };
    history.push(Value::String(old.to_owned()));
    map.insert("renamed_from".to_owned(), Value::Array(history));
    if event.backfill.is_none() {
        map.insert(
            "backfill".to_owned(),
            Value::String(backfill_note(old, new)),
        );
    }
}

/// Where two values first differ, as a path of keys and indexes (`events/x/renamed_from/1`;
/// empty for the values themselves).
fn first_difference(expected: &Value, actual: &Value) -> Option<String> {
    let below = |step: &str, inner: String| {
        if inner.is_empty() {
            step.to_owned()
        } else {
            format!("{step}/{inner}")
        }
    };
    match (expected, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, value) in want {
                let Some(found) = got.get(key) else {
                    return Some(below(key, String::new()));
                };
                if let Some(inner) = first_difference(value, found) {
                    return Some(below(key, inner));
                }
            }
            got.keys()
                .find(|key| !want.contains_key(*key))
                .map(|key| below(key, String::new()))
        }
        (Value::Array(want), Value::Array(got)) if want.len() == got.len() => {
            want.iter().zip(got).enumerate().find_map(|(i, (w, g))| {
                first_difference(w, g).map(|inner| below(&i.to_string(), inner))
            })
        }
        _ if expected == actual => None,
        _ => Some(String::new()),
    }
}
