//! A diagnostic: rule id, severity, message, help and spans. Knows nothing about output formats.
//! Rules build them; `report/` renders them.

use std::borrow::Cow;
use std::fmt;

use crate::syntax::source::{Sources, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The word used in `tracklint.yaml` and in the rule list.
    pub fn config_name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warn",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary span with what it shows ("first defined here", "listed by plan web_app").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Cow<'static, str>,
    pub severity: Severity,
    pub message: String,
    pub help: Option<Cow<'static, str>>,
    pub span: Span,
    /// Text under the primary span ("vague name").
    pub span_label: Option<&'static str>,
    pub labels: Vec<Label>,
}

impl Diagnostic {
    pub fn new(
        rule: impl Into<Cow<'static, str>>,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            rule: rule.into(),
            severity,
            message: message.into(),
            help: None,
            span,
            span_label: None,
            labels: Vec::new(),
        }
    }

    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_span_label(mut self, label: &'static str) -> Self {
        self.span_label = Some(label);
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts by file, then offset, then rule and message, so identical runs print identically.
pub fn sort(diagnostics: &mut [Diagnostic], sources: &Sources) {
    diagnostics.sort_by(|a, b| {
        sources
            .name(a.span.file)
            .cmp(sources.name(b.span.file))
            .then(a.span.offset.cmp(&b.span.offset))
            .then(a.span.len.cmp(&b.span.len))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Reports once what several diagnostics say about one shared node: the same rule, span and
/// help reached from several events, as when they merge one anchored block (`<<: *shared`).
/// Diagnostics at an event's or plan's own name (`is_name`) are never merged: several of them
/// are several problems. Expects sorted input; identical diagnostics collapse silently.
pub fn merge_shared(
    diagnostics: Vec<Diagnostic>,
    is_name: impl Fn(Span) -> bool,
) -> Vec<Diagnostic> {
    let mut merged: Vec<(Diagnostic, usize)> = Vec::with_capacity(diagnostics.len());
    for diagnostic in diagnostics {
        if let Some((kept, more)) = merged.last_mut()
            && kept.rule == diagnostic.rule
            && kept.span == diagnostic.span
            && (kept.message == diagnostic.message
                || (kept.help == diagnostic.help && !is_name(diagnostic.span)))
        {
            if kept.message != diagnostic.message {
                *more += 1;
            }
            continue;
        }
        merged.push((diagnostic, 0));
    }
    merged
        .into_iter()
        .map(|(mut diagnostic, more)| {
            if more > 0 {
                diagnostic.message = format!(
                    "{} (and {more} more place{} using the same definition)",
                    diagnostic.message,
                    if more == 1 { "" } else { "s" }
                );
            }
            diagnostic
        })
        .collect()
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
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
        }
        counts
    }
}
