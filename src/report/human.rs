//! The human format: miette's graphical reports with the source snippet, labels and help.
//! Labels in other files are shown as related reports. Every text is escaped (control and bidi
//! characters never reach the terminal): messages with `visible`, snippets with control
//! pictures. Lines too long to show are left out and the location is printed instead.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::Report;
use crate::diagnostic::{Counts, Diagnostic, Severity};
use crate::escape::{Pictured, pictures, visible};
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
    if report.summary && counts.any() {
        writeln!(out, "{}", summary(counts))?;
        if let Some(line) = counts.fixable_line() {
            writeln!(out, "{line}")?;
        }
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
        out.push_str(&format!("{}: {}\n", code(diagnostic), report.message));
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

/// The lines a snippet shows, made printable (`escape::pictures`), under the file's
/// escaped name. Each group of nearby labels gets its own run of lines; miette reads the runs
/// as one source, in which the labels are remapped. Rendering costs the size of the snippet,
/// not of the file.
struct Snippet {
    name: String,
    runs: Vec<Run>,
    /// The file's character column (0-based) of each label start, by snippet offset: miette
    /// would count bytes of the transformed text, every other format counts characters.
    columns: Vec<(usize, usize)>,
}

/// Consecutive lines of a file, as shown.
struct Run {
    /// Offset of the run in the snippet; runs are one byte apart, so no span touches two.
    start: usize,
    /// The 0-based index of its first line in the file.
    first_line: usize,
    /// Where the lines start and end in the file.
    from: usize,
    to: usize,
    /// The lines made printable, with the map of the file's offsets into them.
    shown: Pictured,
}

impl Snippet {
    /// The snippet for `spans` of one file, each with its label spans remapped, or None when a
    /// line it would show is too long (or the file is empty).
    fn of(file: &SourceFile, spans: &[Span]) -> Option<(Snippet, Vec<SourceSpan>)> {
        let windows = windows(file, spans)?;
        let mut snippet = Snippet {
            name: visible(&file.name).into_owned(),
            runs: Vec::with_capacity(windows.len()),
            columns: Vec::with_capacity(spans.len()),
        };
        let mut start = 0;
        for (first, last) in windows {
            let (from, to) = (file.line_start(first), file.line_start(last + 1));
            let shown = pictures(file.text.get(from..to)?);
            let next = start + shown.text.len() + 1;
            snippet.runs.push(Run {
                start,
                first_line: first,
                from,
                to,
                shown,
            });
            start = next;
        }
        let mut remapped = Vec::with_capacity(spans.len());
        for span in spans {
            let (offset, end) = (span.offset as usize, span.end() as usize);
            let run = snippet
                .runs
                .iter()
                .find(|run| (run.from..=run.to).contains(&offset))?;
            let at = run.start + run.shown.map(offset - run.from);
            let until = run.start + run.shown.map(end.min(run.to) - run.from);
            let column = file.line_col(span.offset).column as usize - 1;
            snippet.columns.push((at, column));
            remapped.push(SourceSpan::new(at.into(), until - at));
        }
        Some((snippet, remapped))
    }

    /// The file's character column of a label that starts at `offset`.
    fn column_at(&self, offset: usize) -> Option<usize> {
        self.columns
            .iter()
            .find(|&&(at, _)| at == offset)
            .map(|&(_, column)| column)
    }
}

/// The 0-based line ranges the spans show with one line of context, nearby ones merged (miette
/// merges contexts whose lines touch), or None when one of those lines is too long to show.
fn windows(file: &SourceFile, spans: &[Span]) -> Option<Vec<(usize, usize)>> {
    if file.text.is_empty() {
        return None;
    }
    let last_line = file.line_count() as usize - 1;
    let mut windows: Vec<(usize, usize)> = spans
        .iter()
        .map(|span| {
            let first = file.line_index(span.offset as usize).saturating_sub(1);
            let last = (file.line_index(span.end() as usize) + 1).min(last_line);
            (first, last)
        })
        .collect();
    let short = |&(first, last): &(usize, usize)| {
        (first..=last).all(|line| file.line_text(line as u32 + 1).len() <= MAX_SNIPPET_LINE)
    };
    if !windows.iter().all(short) {
        return None;
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(windows.len());
    for (first, last) in windows {
        match merged.last_mut() {
            Some(previous) if first <= previous.1 + 1 => previous.1 = previous.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    Some(merged)
}

impl SourceCode for Snippet {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let offset = span.offset();
        let run = self
            .runs
            .iter()
            .find(|run| {
                run.start <= offset && offset + span.len() <= run.start + run.shown.text.len()
            })
            .ok_or(MietteError::OutOfBounds)?;
        let text = run.shown.text.as_str();
        let local = offset - run.start;
        // Read from `before` lines above the span, as miette would from the file's start.
        let window = line_start_before(text, local, before);
        let skipped = text.as_bytes()[..window]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        let shifted = SourceSpan::new((local - window).into(), span.len());
        let inner = text[window..].read_span(&shifted, before, after)?;
        // miette counts the column in bytes (of the shown text); every other format counts
        // the file's characters.
        let column = match before {
            0 => self.column_at(offset).unwrap_or_else(|| inner.column()),
            _ => inner.column(),
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + window + run.start).into(),
                inner.span().len(),
            ),
            inner.line() + run.first_line + skipped,
            column,
            inner.line_count(),
        )))
    }
}

/// The start of the line `lines` lines above the one holding `offset` (or of the text).
fn line_start_before(text: &str, offset: usize, lines: usize) -> usize {
    let bytes = text.as_bytes();
    let line_start = |end: usize| {
        bytes
            .get(..end)
            .and_then(|head| head.iter().rposition(|&b| b == b'\n'))
            .map_or(0, |newline| newline + 1)
    };
    let mut start = line_start(offset);
    for _ in 0..lines {
        if start == 0 {
            break;
        }
        start = line_start(start - 1);
    }
    start
}

struct Rendered<'a> {
    code: Option<String>,
    severity: miette::Severity,
    message: String,
    help: Option<Cow<'a, str>>,
    source: Option<Snippet>,
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
            code: Some(code(diagnostic)),
            severity: match diagnostic.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            message: visible(&diagnostic.message).into_owned(),
            help: diagnostic.help.as_deref().map(visible),
            source: None,
            labels: Vec::new(),
            related,
        };
        match diagnostic.line {
            // A line of a file whose text is not kept (NDJSON): no snippet, the location only.
            Some(line) => {
                rendered.message = format!(
                    "{}\n  at {}:{line}:1",
                    rendered.message,
                    visible(sources.name(primary.file))
                );
            }
            None => rendered.attach(sources, &same_file),
        }
        rendered
    }

    /// A secondary label in another file, shown as its own small report, headed by where it
    /// is (miette prints `Advice:` before it): `in the baseline HEAD`, or `see also`.
    fn note(message: &str, span: Span, sources: &'a Sources) -> Self {
        let heading = match super::baseline_revision(sources.get(span.file)) {
            Some((revision, _)) => format!("in the baseline {}", visible(revision)),
            None => "see also".to_owned(),
        };
        let mut rendered = Rendered {
            code: Some(heading),
            severity: miette::Severity::Advice,
            message: visible(message).into_owned(),
            help: None,
            source: None,
            labels: Vec::new(),
            related: Vec::new(),
        };
        rendered.attach(sources, &[(span, None)]);
        rendered
    }

    /// Shows the snippet when its lines are short enough, else names the location.
    fn attach(&mut self, sources: &'a Sources, spans: &[(Span, Option<&str>)]) {
        let Some(&(primary, _)) = spans.first() else {
            return;
        };
        let file = sources.get(primary.file);
        let only_spans: Vec<Span> = spans.iter().map(|&(span, _)| span).collect();
        if let Some((snippet, remapped)) = Snippet::of(file, &only_spans) {
            self.source = Some(snippet);
            self.labels = spans
                .iter()
                .zip(remapped)
                .enumerate()
                .map(|(i, ((_, label), at))| {
                    let label = label.map(|text| visible(text).into_owned());
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
                self.message,
                visible(&file.name),
                at.line,
                at.column
            );
        }
    }
}

/// `severity[rule]`; custom rule ids come from the config, so they are escaped too.
fn code(diagnostic: &Diagnostic) -> String {
    format!("{}[{}]", diagnostic.severity, visible(&diagnostic.rule))
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
        self.help
            .as_deref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape::is_hidden;
    use crate::rule::RuleId;
    use crate::syntax::source::FileId;

    /// A file holding raw control and bidi characters, and a diagnostic on the key that
    /// holds them, with a label on the next line.
    fn hostile() -> (Sources, Diagnostic) {
        let key = "a\u{1b}]0;T\u{7}b\u{202e}c_sent";
        let text = format!("events:\n  {key}: {{}}\n  ok_sent: {{}}\n");
        let mut sources = Sources::new();
        let file = sources.add(SourceFile::new(
            "dict.yaml".into(),
            "dict/\u{1b}[2Jx.yaml".into(),
            text.clone(),
        ));
        let offset = text.find('a').unwrap() as u32;
        let next = text.find("ok_sent").unwrap() as u32;
        let diagnostic = Diagnostic::new(
            RuleId::Builtin(&crate::lint::naming::CASE),
            Severity::Error,
            Span::new(file, offset, key.len() as u32),
            format!("event \"{key}\" is not snake_case"),
        )
        .with_span_label("not snake_case")
        .with_help(format!("rename \"{key}\"\u{9b}"))
        .with_label(Span::new(FileId(0), next, 7), "next \u{7}one");
        (sources, diagnostic)
    }

    #[test]
    fn controls_in_names_and_snippets_are_escaped_and_labels_stay_aligned() {
        let (sources, diagnostic) = hostile();
        let options = HumanOptions {
            color: false,
            width: 100,
        };
        let text = render_one(&diagnostic, &sources, options);
        // Each control is one picture, so the underline covers exactly the 22 characters of
        // the key as shown; the bidi override is an escape, the name and label escaped.
        let expected = r#"error[naming/case]

  × event "a\u{1b}]0;T\u{7}b\u{202e}c_sent" is not snake_case
   ╭─[dict/\u{1b}[2Jx.yaml:2:3]
 1 │ events:
 2 │   a␛]0;T␇b\u{202e}c_sent: {}
   ·   ───────────┬──────────
   ·              ╰── not snake_case
 3 │   ok_sent: {}
   ·   ───┬───
   ·      ╰── next \u{7}one
   ╰────
  help: rename "a\u{1b}]0;T\u{7}b\u{202e}c_sent"\u{9b}

"#;
        assert_eq!(text, expected);
        assert!(!text.chars().any(|c| is_hidden(c) && c != '\n'));
    }

    #[test]
    fn a_long_line_prints_the_location_instead_of_the_snippet() {
        let (mut sources, _) = hostile();
        let text = format!(
            "events:\n  x_sent: {{description: \"{}\u{1b}\"}}\n",
            "y".repeat(400)
        );
        let file = sources.add(SourceFile::new(
            "long.yaml".into(),
            "long.yaml".into(),
            text,
        ));
        let diagnostic = Diagnostic::new(
            RuleId::Policy("x/y".into()),
            Severity::Warning,
            Span::new(file, 10, 6),
            "m",
        );
        let options = HumanOptions {
            color: false,
            width: 100,
        };
        let text = render_one(&diagnostic, &sources, options);
        assert!(text.contains("at long.yaml:2:3"), "{text}");
        assert!(!text.contains("yyy"), "{text}");
    }
}
