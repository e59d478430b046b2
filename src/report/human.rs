//! The human format: miette's graphical reports with the source snippet, labels and help.
//! Labels in other files are shown as related reports. Lines too long or binary to print are
//! left out of the snippet and the location is printed instead.

use std::fmt;
use std::io::{self, Write};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::Report;
use crate::diagnostic::{Counts, Diagnostic, Severity};
use crate::syntax::source::{SourceFile, Sources, Span};

/// Longest source line shown in a snippet.
const MAX_SNIPPET_LINE: usize = 400;

/// Most diagnostics drawn as reports; nobody reads more, and the machine formats list all.
const MAX_RENDERED: usize = 5_000;

#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    pub width: usize,
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let options = HumanOptions {
        color: report.color,
        width: 100,
    };
    let handler = handler(options);
    for diagnostic in report.diagnostics.iter().take(MAX_RENDERED) {
        let mut text = String::new();
        render(&handler, diagnostic, report.sources, &mut text);
        out.write_all(text.as_bytes())?;
    }
    if let Some(rest) = report
        .diagnostics
        .len()
        .checked_sub(MAX_RENDERED)
        .filter(|&n| n > 0)
    {
        writeln!(
            out,
            "... and {rest} more diagnostics not shown; use --format concise or json to see them all, or --statistics\n"
        )?;
    }
    let counts = Counts::of(report.diagnostics);
    if counts != Counts::default() {
        writeln!(out, "{}", summary(counts))?;
    }
    Ok(())
}

/// Renders one diagnostic (used for config errors on stderr).
pub fn render_one(diagnostic: &Diagnostic, sources: &Sources, options: HumanOptions) -> String {
    let mut text = String::new();
    render(&handler(options), diagnostic, sources, &mut text);
    text
}

fn handler(options: HumanOptions) -> GraphicalReportHandler {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_links(false)
        .with_context_lines(1)
}

fn render(
    handler: &GraphicalReportHandler,
    diagnostic: &Diagnostic,
    sources: &Sources,
    out: &mut String,
) {
    let report = Rendered::of(diagnostic, sources);
    if handler.render_report(out, &report).is_err() {
        // miette could not read the snippet; fall back to the plain location.
        out.push_str(&format!(
            "{}[{}]: {}\n",
            diagnostic.severity, diagnostic.rule, report.message
        ));
    }
    out.push('\n');
}

fn summary(counts: Counts) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut parts = vec![
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning"),
    ];
    if counts.infos > 0 {
        parts.push(plural(counts.infos, "info"));
    }
    format!("Found {}.", parts.join(", "))
}

/// A file's text under its printed name. Spans are read from the line before the window, so
/// rendering costs the size of the snippet, not of the file.
struct FileSource<'a> {
    file: &'a SourceFile,
}

impl SourceCode for FileSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let text = self.file.text.as_str();
        let first_line = self.file.line_index(span.offset()).saturating_sub(before);
        let window = self.file.line_start(first_line);
        let shifted = SourceSpan::new(span.offset().saturating_sub(window).into(), span.len());
        let inner = text[window..].read_span(&shifted, before, after)?;
        // miette counts the column in bytes; every other format counts characters.
        let column = if before == 0 {
            self.file.line_col(span.offset() as u32).column as usize - 1
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.file.name.clone(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + window).into(), inner.span().len()),
            inner.line() + first_line,
            column,
            inner.line_count(),
        )))
    }
}

struct Rendered<'a> {
    code: Option<String>,
    severity: miette::Severity,
    message: String,
    help: Option<&'a str>,
    source: Option<FileSource<'a>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Rendered<'a>>,
}

impl<'a> Rendered<'a> {
    fn of(diagnostic: &'a Diagnostic, sources: &'a Sources) -> Self {
        let primary = diagnostic.span;
        let same_file: Vec<(Span, Option<&str>)> =
            std::iter::once((primary, diagnostic.span_label))
                .chain(
                    diagnostic
                        .labels
                        .iter()
                        .filter(|l| l.span.file == primary.file)
                        .map(|l| (l.span, Some(l.message.as_str()))),
                )
                .collect();
        let related = diagnostic
            .labels
            .iter()
            .filter(|l| l.span.file != primary.file)
            .map(|l| Rendered::note(&l.message, l.span, sources))
            .collect();
        let mut rendered = Rendered {
            code: Some(format!("{}[{}]", diagnostic.severity, diagnostic.rule)),
            severity: match diagnostic.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            message: diagnostic.message.clone(),
            help: diagnostic.help.as_deref(),
            source: None,
            labels: Vec::new(),
            related,
        };
        rendered.attach(sources, &same_file);
        rendered
    }

    /// A secondary label in another file, shown as its own small report.
    fn note(message: &str, span: Span, sources: &'a Sources) -> Self {
        let mut rendered = Rendered {
            code: None,
            severity: miette::Severity::Advice,
            message: message.to_owned(),
            help: None,
            source: None,
            labels: Vec::new(),
            related: Vec::new(),
        };
        rendered.attach(sources, &[(span, None)]);
        rendered
    }

    /// Shows the snippet when its lines are printable, else names the location.
    fn attach(&mut self, sources: &'a Sources, spans: &[(Span, Option<&str>)]) {
        let Some(&(primary, _)) = spans.first() else {
            return;
        };
        let file = sources.get(primary.file);
        if printable(sources, spans) {
            self.source = Some(FileSource { file });
            self.labels = spans
                .iter()
                .enumerate()
                .map(|(i, (span, label))| {
                    let at = SourceSpan::new((span.offset as usize).into(), span.len as usize);
                    let label = label.map(str::to_owned);
                    if i == 0 {
                        LabeledSpan::new_primary_with_span(label, at)
                    } else {
                        LabeledSpan::new_with_span(label, at)
                    }
                })
                .collect();
        } else {
            let at = sources.start(primary);
            self.message = format!(
                "{}\n  at {}:{}:{}",
                self.message, file.name, at.line, at.column
            );
        }
    }
}

/// Whether every line a snippet would show (with one line of context) is short text.
fn printable(sources: &Sources, spans: &[(Span, Option<&str>)]) -> bool {
    spans.iter().all(|(span, _)| {
        let file = sources.get(span.file);
        if file.text.is_empty() {
            return false;
        }
        let first = sources.start(*span).line.saturating_sub(1).max(1);
        let last = (sources.end(*span).line + 1).min(file.line_count());
        (first..=last).all(|line| {
            let text = file.line_text(line);
            text.len() <= MAX_SNIPPET_LINE && !text.chars().any(|c| c.is_control() && c != '\t')
        })
    })
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl miette::Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c.as_str()) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(
                self.related.iter().map(|r| r as &dyn miette::Diagnostic),
            ))
        }
    }
}
