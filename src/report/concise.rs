//! `file:line:col: severity[rule] message`, one line per diagnostic.

use std::io::{self, Write};

use super::{Report, location};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in report.diagnostics {
        let at = location(report.sources, diagnostic.span);
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            at.file,
            at.line,
            at.column,
            diagnostic.severity,
            diagnostic.rule,
            one_line(&diagnostic.message)
        )?;
    }
    Ok(())
}

/// Messages are single lines already; this keeps the format line-based whatever they hold.
pub fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}
