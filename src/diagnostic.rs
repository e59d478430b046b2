//! A diagnostic: rule id, severity, message, help and spans. Knows nothing about output formats.
//! Rules build them; `report/` renders them.

use std::borrow::Cow;

use crate::syntax::source::{Sources, Span};

pub use crate::rule::Severity;
use crate::rule::{Fix, Rule, RuleId};

impl Rule {
    /// A diagnostic of this rule at its default severity.
    pub fn at(&'static self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(RuleId::Builtin(self), self.severity, span, message)
    }
}

/// A secondary span with what it shows ("first defined here", "listed by plan web_app").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A replacement of source text that fixes a diagnostic (`check --fix`): the bytes of `span`
/// become `replacement`. Spans are of the file as read (after a byte order mark).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// `text` with `edits` (of its file) applied in offset order; `None` when two overlap or one
/// lies outside the text.
pub fn apply_edits(text: &str, mut edits: Vec<&Edit>) -> Option<String> {
    edits.sort_by_key(|edit| (edit.span.offset, edit.span.len));
    let mut out = String::with_capacity(text.len());
    let mut at = 0usize;
    for edit in edits {
        let (start, end) = (edit.span.offset as usize, edit.span.end() as usize);
        out.push_str(text.get(at..start)?);
        out.push_str(&edit.replacement);
        at = end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    pub help: Option<Cow<'static, str>>,
    pub span: Span,
    /// Text under the primary span ("vague name").
    pub span_label: Option<&'static str>,
    pub labels: Vec<Label>,
    /// The 1-based line, for files whose text is not kept (an NDJSON payload file): the span
    /// then only names the file, and every format locates the diagnostic by this line.
    pub line: Option<u32>,
    /// The JSON pointer of the bad value in a payload (`/properties/price`).
    pub pointer: Option<String>,
    /// The edits that fix it, when its rule has a fix (see `rule::Fix`). They may reach into
    /// other files (a rename edits the plans that list the event).
    pub edits: Vec<Edit>,
    /// The name a naming rule suggests for the event under the span: its edits, when it has
    /// any, are those `tracklint rename` makes.
    pub rename: Option<String>,
    /// Among diagnostics of one rule at one place, their order when it is not their text's
    /// (the hours of `payload/volume-out-of-band`, in time across a DST change).
    pub sequence: Option<i64>,
}

/// Most bytes of a message, help or label: a safety net under the rules' own cutting, so no
/// name of a megabyte is printed once per diagnostic.
pub const MAX_MESSAGE_BYTES: usize = 2_048;

/// `text` cut to [`MAX_MESSAGE_BYTES`] (without copying when it fits).
fn capped(text: String) -> String {
    match crate::text::cut(&text, MAX_MESSAGE_BYTES) {
        Cow::Borrowed(_) => text,
        Cow::Owned(cut) => cut,
    }
}

impl Diagnostic {
    pub fn new(rule: RuleId, severity: Severity, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity,
            message: capped(message.into()),
            help: None,
            span,
            span_label: None,
            labels: Vec::new(),
            line: None,
            pointer: None,
            sequence: None,
            edits: Vec::new(),
            rename: None,
        }
    }

    /// Adds an edit of the fix.
    pub fn with_edit(mut self, span: Span, replacement: impl Into<String>) -> Self {
        self.edits.push(Edit {
            span,
            replacement: replacement.into(),
        });
        self
    }

    /// The new name a naming rule suggests for the event under the span (its edits are added
    /// where the whole catalog is known).
    pub fn with_rename(mut self, name: impl Into<String>) -> Self {
        self.rename = Some(name.into());
        self
    }

    /// Locates the diagnostic at a line of its file (column 1) instead of its span's offset.
    pub fn with_line(mut self, line: u32) -> Self {
        self.line = Some(line);
        self
    }

    pub fn with_sequence(mut self, sequence: i64) -> Self {
        self.sequence = Some(sequence);
        self
    }

    pub fn with_pointer(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(match help.into() {
            Cow::Owned(text) => Cow::Owned(capped(text)),
            borrowed => borrowed,
        });
        self
    }

    pub fn with_span_label(mut self, label: &'static str) -> Self {
        self.span_label = Some(label);
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: capped(message.into()),
        });
        self
    }

    /// Points the diagnostic into a merged [`Sources`](crate::syntax::source::Sources) whose
    /// files moved by `shift` ids.
    pub fn shift_files(&mut self, shift: u32) {
        self.span.file.0 += shift;
        for label in &mut self.labels {
            label.span.file.0 += shift;
        }
        for edit in &mut self.edits {
            edit.span.file.0 += shift;
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts by file, then line (for line diagnostics) or offset, then rule and message, so
/// identical runs print identically.
pub fn sort(diagnostics: &mut [Diagnostic], sources: &Sources) {
    // File names are compared once, not per comparison.
    let mut files: Vec<(&str, u32)> = sources
        .iter()
        .map(|(id, f)| (f.name.as_str(), id.0))
        .collect();
    files.sort_unstable();
    let mut rank = vec![0u32; files.len()];
    for (position, (_, id)) in files.iter().enumerate() {
        if let Some(slot) = rank.get_mut(*id as usize) {
            *slot = position as u32;
        }
    }
    let rank_of = |span: Span| rank.get(span.file.0 as usize).copied().unwrap_or(u32::MAX);
    diagnostics.sort_by(|a, b| {
        rank_of(a.span)
            .cmp(&rank_of(b.span))
            .then(
                a.line
                    .unwrap_or(a.span.offset)
                    .cmp(&b.line.unwrap_or(b.span.offset)),
            )
            .then(a.span.len.cmp(&b.span.len))
            .then_with(|| a.rule.cmp(&b.rule))
            .then(a.sequence.cmp(&b.sequence))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Reports once what several diagnostics say about one shared node: the same rule, span and
/// help reached from several events, as when they merge one anchored block (`<<: *shared`).
/// Diagnostics at an event's or plan's own name (`is_name`), or with different secondary places,
/// are never merged: several of them are several problems. Expects sorted input; identical diagnostics collapse silently.
/// Works in place: the list may be long.
pub fn merge_shared(
    mut diagnostics: Vec<Diagnostic>,
    is_name: impl Fn(Span) -> bool,
) -> Vec<Diagnostic> {
    let mut kept = 0;
    let mut more = 0usize;
    for index in 0..diagnostics.len() {
        if index > 0 {
            let (done, rest) = diagnostics.split_at_mut(index);
            let (last, current) = (&done[kept - 1], &rest[0]);
            // Different secondary places (two removed events, each defined in the baseline)
            // are different problems, even at one span.
            if last.rule == current.rule
                && last.span == current.span
                && (last.message == current.message
                    || (last.help == current.help
                        && last.labels == current.labels
                        && !is_name(current.span)))
            {
                if last.message != current.message {
                    more += 1;
                }
                continue;
            }
            note_more(&mut done[kept - 1], more);
            more = 0;
        }
        diagnostics.swap(kept, index);
        kept += 1;
    }
    if kept > 0 {
        note_more(&mut diagnostics[kept - 1], more);
    }
    diagnostics.truncate(kept);
    diagnostics
}

fn note_more(diagnostic: &mut Diagnostic, more: usize) {
    if more > 0 {
        diagnostic.message = format!(
            "{} (and {more} more place{} using the same definition)",
            diagnostic.message,
            if more == 1 { "" } else { "s" }
        );
    }
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Diagnostics `--fix` fixes.
    pub fixable: usize,
    /// Diagnostics only `--fix --unsafe-fixes` fixes.
    pub unsafe_fixable: usize,
}

impl Counts {
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let mut counts = Counts::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
            match d.fix() {
                Fix::Safe => counts.fixable += 1,
                Fix::Unsafe => counts.unsafe_fixable += 1,
                Fix::None => {}
            }
        }
        counts
    }

    /// Whether any diagnostic was counted.
    pub fn any(&self) -> bool {
        self.errors + self.warnings + self.infos > 0
    }

    /// The line that says what `--fix` would do (ruff's `[*] N fixable`); None when nothing
    /// is fixable.
    pub fn fixable_line(&self) -> Option<String> {
        match (self.fixable, self.unsafe_fixable) {
            (0, 0) => None,
            (0, hidden) => Some(format!(
                "No problem is fixable with `--fix` ({hidden} with `--fix --unsafe-fixes`, which write placeholders to complete)."
            )),
            (safe, 0) => Some(format!("[*] {safe} fixable with `--fix`.")),
            (safe, hidden) => Some(format!(
                "[*] {safe} fixable with `--fix` ({hidden} more with `--fix --unsafe-fixes`, which write placeholders to complete)."
            )),
        }
    }
}

impl Diagnostic {
    /// How `--fix` can fix this diagnostic: by its rule's kind, when it carries edits.
    pub fn fix(&self) -> Fix {
        match self.rule.rule() {
            Some(rule) if !self.edits.is_empty() => rule.fix,
            _ => Fix::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::source::{FileId, SourceFile};

    fn at(offset: u32, rule: &'static str, message: &str) -> Diagnostic {
        Diagnostic::new(
            RuleId::Policy(rule.into()),
            Severity::Error,
            Span::new(FileId(0), offset, 1),
            message,
        )
        .with_help("same help")
    }

    #[test]
    fn merge_shared_collapses_runs_in_place() {
        let diagnostics = vec![
            at(1, "a/x", "first"),
            at(1, "a/x", "second"),
            at(1, "a/x", "third"),
            at(1, "a/x", "first"),
            at(2, "a/x", "alone"),
            at(3, "a/x", "name one"),
            at(3, "a/x", "name two"),
            at(4, "a/y", "last"),
            at(4, "a/y", "last again"),
        ];
        let merged = merge_shared(diagnostics, |span| span.offset == 3);
        let messages: Vec<&str> = merged.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "first (and 2 more places using the same definition)",
                "alone",
                "name one",
                "name two",
                "last (and 1 more place using the same definition)",
            ]
        );
        assert!(merge_shared(Vec::new(), |_| false).is_empty());
    }

    #[test]
    fn sort_orders_by_file_name_then_offset() {
        let mut sources = Sources::new();
        let b = sources.add(SourceFile::new("b".into(), "b.yaml".into(), "x".into()));
        let a = sources.add(SourceFile::new("a".into(), "a.yaml".into(), "x".into()));
        let mut diagnostics = vec![
            Diagnostic::new(
                RuleId::Policy("r/x".into()),
                Severity::Error,
                Span::new(b, 0, 1),
                "b0",
            ),
            Diagnostic::new(
                RuleId::Policy("r/x".into()),
                Severity::Error,
                Span::new(a, 5, 1),
                "a5",
            ),
            Diagnostic::new(
                RuleId::Policy("r/x".into()),
                Severity::Error,
                Span::new(a, 1, 1),
                "a1",
            ),
        ];
        sort(&mut diagnostics, &sources);
        let order: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, vec!["a1", "a5", "b0"]);
    }
}
