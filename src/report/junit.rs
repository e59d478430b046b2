//! JUnit XML (SPEC §5): one testcase per checked file (and per other file with diagnostics,
//! such as tracklint.yaml), one failure per error; warnings and infos go to `<system-out>`.

use std::io::{self, Write};

use indexmap::IndexMap;

use super::escape::{is_hidden, push_escape, visible};
use super::{Report, diagnostic_location};
use crate::diagnostic::{Counts, Diagnostic};
use crate::syntax::source::FileId;

/// Diagnostics per file: the checked files in order, then other files in diagnostic order.
type Cases<'a> = IndexMap<FileId, Vec<&'a Diagnostic>>;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let cases = cases(report);
    let tests = cases.len();
    let failures = Counts::of(report.diagnostics).errors;
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="tracklint" tests="{tests}" failures="{failures}" errors="0">"#
    )?;
    writeln!(
        out,
        r#"  <testsuite name="tracklint" tests="{tests}" failures="{failures}" errors="0" skipped="0">"#
    )?;
    for (&file, diagnostics) in &cases {
        testcase(report, file, diagnostics, out)?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

fn cases<'a>(report: &Report<'a>) -> Cases<'a> {
    let mut cases: Cases = report.files.iter().map(|&f| (f, Vec::new())).collect();
    for diagnostic in report.diagnostics {
        cases
            .entry(diagnostic.span.file)
            .or_default()
            .push(diagnostic);
    }
    cases
}

fn testcase(
    report: &Report,
    file: FileId,
    diagnostics: &[&Diagnostic],
    out: &mut dyn Write,
) -> io::Result<()> {
    let name = escape_attribute(&visible(report.sources.name(file)));
    let open = format!(r#"    <testcase name="{name}" classname="tracklint.{name}""#);
    if diagnostics.is_empty() {
        return writeln!(out, "{open}/>");
    }
    writeln!(out, "{open}>")?;
    for diagnostic in diagnostics.iter().filter(|d| d.is_error()) {
        failure(report, diagnostic, out)?;
    }
    let others: Vec<String> = diagnostics
        .iter()
        .filter(|d| !d.is_error())
        .map(|d| finding(report, d, true))
        .collect();
    if !others.is_empty() {
        writeln!(
            out,
            "      <system-out>{}</system-out>",
            escape_text(&others.join("\n"))
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
    let at = diagnostic_location(report.sources, diagnostic);
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
