//! One JSON array of {rule, severity, message, help, file, line, column, end_line, end_column,
//! offset, length} (SPEC §5).

use std::io::{self, Write};

use serde_json::json;

use super::{Report, location};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let items: Vec<serde_json::Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let at = location(report.sources, d.span);
            json!({
                "rule": d.rule,
                "severity": d.severity.as_str(),
                "message": d.message,
                "help": d.help,
                "file": at.file,
                "line": at.line,
                "column": at.column,
                "end_line": at.end_line,
                "end_column": at.end_column,
                "offset": report.sources.get(d.span.file).file_offset(d.span.offset),
                "length": d.span.len,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)
}
