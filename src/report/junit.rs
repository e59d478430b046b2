//! JUnit XML (SPEC §5), as CI test reporters read it: one testsuite per file (the checked
//! files, then others with diagnostics, such as tracklint.yaml), one testcase per diagnostic
//! (a `<failure>` for an error; warnings and infos pass, with the finding in `<system-out>`),
//! and one passing testcase for a clean file, so `tests` is never below `failures`.

use std::io::{self, Write};

use indexmap::IndexMap;

use super::Report;
use crate::diagnostic::{Counts, Diagnostic};
use crate::escape::{is_hidden, push_escape, visible};
use crate::syntax::source::FileId;

/// Diagnostics per file: the checked files in order, then other files in diagnostic order.
type Suites<'a> = IndexMap<FileId, Vec<&'a Diagnostic>>;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let suites = suites(report);
    let tests: usize = suites.values().map(|d| d.len().max(1)).sum();
    let failures = Counts::of(report.diagnostics).errors;
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="tracklint" tests="{tests}" failures="{failures}" errors="0" time="0">"#
    )?;
    for (&file, diagnostics) in &suites {
        testsuite(report, file, diagnostics, out)?;
    }
    writeln!(out, "</testsuites>")
}

fn suites<'a>(report: &Report<'a>) -> Suites<'a> {
    let mut suites: Suites = report.files.iter().map(|&f| (f, Vec::new())).collect();
    for diagnostic in report.diagnostics {
        suites
            .entry(diagnostic.span.file)
            .or_default()
            .push(diagnostic);
    }
    suites
}

fn testsuite(
    report: &Report,
    file: FileId,
    diagnostics: &[&Diagnostic],
    out: &mut dyn Write,
) -> io::Result<()> {
    let path = report.machine_name(file);
    let name = escape_attribute(&visible(path));
    let class = escape_attribute(&visible(&class_name(path)));
    let failures = diagnostics.iter().filter(|d| d.is_error()).count();
    writeln!(
        out,
        r#"  <testsuite name="{name}" tests="{}" failures="{failures}" errors="0" skipped="0" time="0">"#,
        diagnostics.len().max(1)
    )?;
    if diagnostics.is_empty() {
        writeln!(
            out,
            r#"    <testcase name="no problems" classname="{class}" file="{name}" time="0"/>"#
        )?;
    }
    for diagnostic in diagnostics {
        testcase(report, &name, &class, diagnostic, out)?;
    }
    writeln!(out, "  </testsuite>")
}

/// The file as a class name: Jenkins and GitLab split `classname` at its last dot into a
/// package and a class, so the extension is dropped and other dots become `_`
/// (`dictionary/product.yaml` is shown as `dictionary/product`).
fn class_name(path: &str) -> String {
    let stem = match path.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() && !extension.contains('/') => stem,
        _ => path,
    };
    stem.replace('.', "_")
}

/// One diagnostic: named by its rule and place, so reporters list them apart. A lint takes
/// no measurable time per finding: `time="0"` is there for readers that require it.
fn testcase(
    report: &Report,
    file: &str,
    class: &str,
    diagnostic: &Diagnostic,
    out: &mut dyn Write,
) -> io::Result<()> {
    let at = report.machine_location(diagnostic);
    let rule = escape_attribute(&visible(&diagnostic.rule));
    writeln!(
        out,
        r#"    <testcase name="{rule} at line {}, column {}" classname="{class}" file="{file}" line="{}" time="0">"#,
        at.line, at.column, at.line
    )?;
    if diagnostic.is_error() {
        failure(report, diagnostic, out)?;
    } else {
        writeln!(
            out,
            "      <system-out>{}</system-out>",
            escape_text(&finding(report, diagnostic, true))
        )?;
    }
    writeln!(out, "    </testcase>")
}

fn failure(report: &Report, diagnostic: &Diagnostic, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        r#"      <failure message="{}" type="{}">{}</failure>"#,
        escape_attribute(&visible(&diagnostic.message)),
        escape_attribute(&visible(&diagnostic.rule)),
        escape_text(&finding(report, diagnostic, false)),
    )
}

/// `file:line:col: rule message` and the help on the next line; `with_severity` writes
/// `severity[rule]` instead of the bare rule (for findings that are not failures). Names and
/// messages are `visible`, so the only line breaks are these.
fn finding(report: &Report, diagnostic: &Diagnostic, with_severity: bool) -> String {
    let at = report.machine_location(diagnostic);
    let rule = visible(&diagnostic.rule);
    let rule = if with_severity {
        format!("{}[{rule}]", diagnostic.severity)
    } else {
        rule.into_owned()
    };
    let mut text = format!(
        "{}:{}:{}: {rule} {}",
        visible(at.file),
        at.line,
        at.column,
        visible(&diagnostic.message)
    );
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(&visible(help));
    }
    text
}

/// Element content: markup characters escaped, `\r` kept as a reference (parsers would
/// normalise a raw one away), characters XML 1.0 cannot carry (even as `&#x1b;`) and other
/// hidden ones shown as `\u{1b}`-style escapes.
fn escape_text(text: &str) -> String {
    escape(text, false)
}

/// Attribute values: also line breaks and tabs as references, which parsers would otherwise
/// turn into spaces.
fn escape_attribute(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, attribute: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\r' => escaped.push_str("&#13;"),
            '\n' if attribute => escaped.push_str("&#10;"),
            '\t' if attribute => escaped.push_str("&#9;"),
            '\n' | '\t' => escaped.push(c),
            c if is_hidden(c) || !allowed_in_xml(c) => push_escape(&mut escaped, c),
            c => escaped.push(c),
        }
    }
    escaped
}

/// XML 1.0 `Char` from space on: all but U+FFFE and U+FFFF (a Rust `char` is never a
/// surrogate; tab and line breaks are handled before).
fn allowed_in_xml(c: char) -> bool {
    c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_shows_forbidden_characters() {
        assert_eq!(
            escape_text("a<b>&\"c\"'\u{1}\u{FFFE}\u{9b}\u{202e}\r\n"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;\\u{1}\\u{fffe}\\u{9b}\\u{202e}&#13;\n"
        );
        assert_eq!(escape_attribute("a\n\tb"), "a&#10;&#9;b");
    }
}
