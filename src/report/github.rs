//! GitHub Actions workflow commands: one `::error file=...,line=...::message` line per
//! diagnostic, escaped as the runner decodes them (other hidden characters as `\u{..}`), and
//! nothing else on stdout.

use std::io::{self, Write};

use super::Report;
use crate::diagnostic::{Diagnostic, Severity};
use crate::escape::{github_data, github_property};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in report.diagnostics {
        writeln!(out, "{}", command(report, diagnostic))?;
    }
    Ok(())
}

/// The workflow command for one diagnostic.
fn command(report: &Report, diagnostic: &Diagnostic) -> String {
    let at = report.machine_location(diagnostic);
    format!(
        "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}",
        command_name(diagnostic.severity),
        github_property(at.file),
        at.line,
        at.end_line,
        at.column,
        at.end_column,
        github_property(&diagnostic.rule),
        github_data(&diagnostic.message),
    )
}

fn command_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}
