//! `file:line:col: severity[rule] message`, one line per diagnostic; names and messages with
//! hidden characters (line breaks included) are escaped, so a line is always one diagnostic.

use std::io::{self, Write};

use super::{Report, diagnostic_location};
use crate::diagnostic::Severity;
use crate::escape::visible;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // With color, as ruff's concise output: the place bold, the severity in its color, the
    // rule dimmed. Every name is `visible` first, so no escape comes from the catalog.
    let paint = |code: &str, text: &str| {
        if report.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    };
    for diagnostic in report.diagnostics {
        let at = diagnostic_location(report.sources, diagnostic);
        let place = format!("{}:{}:{}:", visible(at.file), at.line, at.column);
        let severity = match diagnostic.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        writeln!(
            out,
            "{} {}{} {}",
            paint("1", &place),
            paint(severity, &diagnostic.severity.to_string()),
            paint("2", &format!("[{}]", visible(&diagnostic.rule))),
            visible(&diagnostic.message)
        )?;
    }
    Ok(())
}
