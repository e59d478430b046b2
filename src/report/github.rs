//! GitHub Actions workflow commands: one `::error file=...,line=...::message` line per
//! diagnostic, escaped as the runner decodes them, and nothing else on stdout.

use std::io::{self, Write};

use super::{Report, location};
use crate::diagnostic::{Diagnostic, Severity};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in report.diagnostics {
        writeln!(out, "{}", command(report, diagnostic))?;
    }
    Ok(())
}

/// The workflow command for one diagnostic.
fn command(report: &Report, diagnostic: &Diagnostic) -> String {
    let at = location(report.sources, diagnostic.span);
    format!(
        "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}",
        command_name(diagnostic.severity),
        escape_property(at.file),
        at.line,
        at.end_line,
        at.column,
        at.end_column,
        escape_property(&diagnostic.rule),
        escape_data(&diagnostic.message),
    )
}

fn command_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// The message part: the runner decodes `%25`, `%0D` and `%0A`.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,`, which would end the value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_percent_first_so_escapes_are_not_doubled() {
        assert_eq!(escape_data("100%\r\nx"), "100%25%0D%0Ax");
        assert_eq!(escape_property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(escape_data("a,b:c"), "a,b:c");
    }
}
