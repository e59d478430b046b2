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

use std::cell::OnceCell;
use std::io::{self, Write};
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::syntax::source::{FileId, SourceFile, Sources, Span, repository_relative};

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
    /// The repository root the machine formats name files from.
    pub repository: &'a Path,
    /// Each file as the machine formats name it ([`machine_names`]), by id: worked out the
    /// first time a machine format asks (`human` and `concise` never do).
    pub machine_names: OnceCell<Vec<MachineName>>,
}

/// A file as the machine formats name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineName {
    pub name: String,
    /// The name is relative to the repository root (SARIF's `%SRCROOT%`): false for a file
    /// outside the repository or not on disk, named as printed.
    pub in_repository: bool,
}

impl Report<'_> {
    /// A file as `json`, `sarif`, `github` and `junit` name it: relative to the repository.
    pub fn machine_name(&self, file: FileId) -> &str {
        self.names()
            .get(file.0 as usize)
            .map_or_else(|| self.sources.name(file), |m| m.name.as_str())
    }

    /// Whether [`Report::machine_name`] is relative to the repository root.
    pub fn in_repository(&self, file: FileId) -> bool {
        self.names()
            .get(file.0 as usize)
            .is_some_and(|m| m.in_repository)
    }

    fn names(&self) -> &[MachineName] {
        self.machine_names
            .get_or_init(|| machine_names(self.sources, self.repository))
    }

    /// [`diagnostic_location`] with the file as the machine formats name it.
    pub fn machine_location(&self, diagnostic: &Diagnostic) -> Location<'_> {
        Location {
            file: self.machine_name(diagnostic.span.file),
            ..diagnostic_location(self.sources, diagnostic)
        }
    }

    /// [`location`] with the file as the machine formats name it.
    pub fn machine_span(&self, span: Span) -> Location<'_> {
        Location {
            file: self.machine_name(span.file),
            ..location(self.sources, span)
        }
    }
}

/// Every file's path relative to `repository` with `/` (SPEC §5: `json`, `sarif`, `github`,
/// `junit` and `--diff` name files so from any working directory, and annotations attach).
/// A file of a git baseline keeps its `REV:path` name (already relative to the repository); a
/// file outside the repository, or one not on disk (stdin), keeps its printed name.
fn machine_names(sources: &Sources, repository: &Path) -> Vec<MachineName> {
    let repository = crate::syntax::source::resolved(repository);
    sources
        .iter()
        .map(|(_, file)| {
            if baseline_revision(file).is_some() {
                return MachineName {
                    name: file.name.clone(),
                    in_repository: true,
                };
            }
            match repository_relative(&file.path, &repository) {
                Some(name) => MachineName {
                    name,
                    in_repository: true,
                },
                None => MachineName {
                    name: file.name.clone(),
                    in_repository: false,
                },
            }
        })
        .collect()
}

/// A file of a git baseline is named `REV:path` (`HEAD~1:events.yaml`): the revision and the
/// path in the repository. Recognised by its path on disk ending with the part after the
/// colon, so a work-tree file whose name holds a colon is not taken for one.
pub fn baseline_revision(file: &SourceFile) -> Option<(&str, &str)> {
    let (revision, path) = file.name.split_once(':')?;
    (!revision.is_empty()
        && !path.is_empty()
        && !path.starts_with('/')
        && file.path.ends_with(path))
    .then_some((revision, path))
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
