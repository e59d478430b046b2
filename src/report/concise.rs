//! `file:line:col: severity[rule] message`, one line per diagnostic; names and messages with
//! hidden characters (line breaks included) are escaped, so a line is always one diagnostic.

use std::io::{self, Write};

use super::{Report, diagnostic_location};
use crate::escape::visible;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in report.diagnostics {
        let at = diagnostic_location(report.sources, diagnostic);
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            visible(at.file),
            at.line,
            at.column,
            diagnostic.severity,
            visible(&diagnostic.rule),
            visible(&diagnostic.message)
        )?;
    }
    Ok(())
}
