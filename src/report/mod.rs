//! Output formats. Each takes the sorted diagnostics and writes them; adding a format touches
//! only this folder.

mod concise;
pub mod diff;
pub mod docs_html;
pub mod docs_markdown;
mod github;
mod human;
mod json;
mod junit;
pub mod payload;
pub mod payload_report;
pub mod review;
mod sarif;

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::syntax::source::{FileId, Sources, Span};

pub use human::{HumanOptions, render_one};

/// The formats of diagnostics (SPEC §5); `cli` maps its flag onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Concise,
    Json,
    Sarif,
    Github,
    Junit,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Concise => "concise",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Junit => "junit",
        }
    }
}

/// What a report shows.
pub struct Report<'a> {
    pub sources: &'a Sources,
    /// Sorted.
    pub diagnostics: &'a [Diagnostic],
    /// The catalog files checked, in order (one JUnit testcase each).
    pub files: &'a [FileId],
    pub color: bool,
    /// End the human format with the "Found N errors" line (off under `--quiet`).
    pub summary: bool,
}

pub fn write(format: Format, report: &Report, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::write(report, out),
        Format::Concise => concise::write(report, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
        Format::Junit => junit::write(report, out),
    }
}

/// A span as lines and columns (1-based; `end_column` is the column after the last character).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location<'a> {
    pub file: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// Where a diagnostic is: its line (column 1) when it has one (a line of an NDJSON file, whose
/// text is not kept), else its span.
pub fn diagnostic_location<'a>(sources: &'a Sources, diagnostic: &Diagnostic) -> Location<'a> {
    match diagnostic.line {
        Some(line) => Location {
            file: sources.name(diagnostic.span.file),
            line,
            column: 1,
            end_line: line,
            end_column: 1,
        },
        None => location(sources, diagnostic.span),
    }
}

pub fn location<'a>(sources: &'a Sources, span: Span) -> Location<'a> {
    let start = sources.start(span);
    let end = sources.end(span);
    Location {
        file: sources.name(span.file),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}
