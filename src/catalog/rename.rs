//! `tracklint rename OLD NEW`: the source edits that rename an event across the dictionary and
//! the plans (its key, every plan entry, every `replaced_by`), record the old name in
//! `renamed_from`, and add a `backfill:` placeholder the author must fill (old cohorts need a
//! mapping rule, so `versioning/rename-without-backfill`-style review can see it).

use crate::catalog::{Catalog, Event};
use crate::diagnostic::Edit;
use crate::syntax::source::{Sources, Span};

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
}

/// The edits, by file order of appearance.
pub fn plan(
    catalog: &Catalog,
    sources: &Sources,
    old: &str,
    new: &str,
) -> Result<Vec<Edit>, Refusal> {
    if !is_plain_name(new) {
        return Err(Refusal::BadName);
    }
    let event = catalog
        .events
        .iter()
        .find(|e| e.name.value == old)
        .ok_or(Refusal::Unknown)?;
    if catalog.events.iter().any(|e| e.name.value == new) {
        return Err(Refusal::Taken);
    }
    let mut edits = vec![Edit {
        span: event.name.span,
        replacement: new.to_owned(),
    }];
    edits.extend(history(sources, event, old, new)?);
    for plan in &catalog.plans {
        for entry in plan.events.iter().filter(|e| e.name.value == old) {
            edits.push(Edit {
                span: entry.name.span,
                replacement: new.to_owned(),
            });
        }
    }
    for other in &catalog.events {
        if let Some(replaced_by) = other
            .deprecated
            .as_ref()
            .and_then(|d| d.replaced_by.as_ref())
            .filter(|r| r.value == old)
        {
            edits.push(Edit {
                span: replaced_by.span,
                replacement: new.to_owned(),
            });
        }
    }
    Ok(edits)
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
    let backfill = format!("\"{BACKFILL_TODO} {old} to {new}\"");
    let body = body_layout(text, event.name.span).ok_or(Refusal::Layout)?;
    let mut lines = Vec::new();
    let mut edits = Vec::new();
    match (event.renamed_from_key, event.renamed_from.as_slice()) {
        (None, _) => lines.push(format!("renamed_from: [{old}]")),
        (Some(_), [.., last]) => edits.push(append_name(text, last.span, old)),
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
fn append_name(text: &str, last: Span, old: &str) -> Edit {
    let (start, end) = (last.offset as usize, last.end() as usize);
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
            span: Span::new(last.file, at as u32, 0),
            replacement: format!("{newline}{prefix}{old}\n"),
        };
    }
    let in_flow_list = before.trim_end().ends_with('[') || before.trim_end().ends_with(',');
    if in_flow_list {
        Edit {
            span: Span::new(last.file, last.end(), 0),
            replacement: format!(", {old}"),
        }
    } else {
        // One name as a scalar: it becomes a list.
        let name = text.get(start..end).unwrap_or_default();
        Edit {
            span: last,
            replacement: format!("[{name}, {old}]"),
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
