//! One JSON array of {rule, severity, message, help, file, line, column, end_line, end_column,
//! offset, length, related, and `pointer` for payload diagnostics} (SPEC §5), written item by
//! item: memory stays that of the diagnostics. `related` holds the secondary spans (SARIF's
//! `relatedLocations`): the other definition of a duplicate, the plan entry that lists it.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::Report;
use crate::diagnostic::Diagnostic;
use crate::escape::write_json;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write_json(out, &Diagnostics(report))
}

/// The array, serialized lazily from the diagnostics.
struct Diagnostics<'a>(&'a Report<'a>);

impl Serialize for Diagnostics<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            report
                .diagnostics
                .iter()
                .map(|d| DiagnosticJson::of(report, d)),
        )
    }
}

/// One diagnostic as JSON; fields in output order.
#[derive(Serialize)]
struct DiagnosticJson<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    /// Bytes into the file; null for a payload diagnostic, which is located by its line.
    offset: Option<u32>,
    length: Option<u32>,
    related: Vec<RelatedJson<'a>>,
    /// The JSON pointer of the bad value, for payload diagnostics only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pointer: Option<&'a str>,
}

/// A secondary span of a diagnostic, with what it shows.
#[derive(Serialize)]
struct RelatedJson<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
}

impl<'a> DiagnosticJson<'a> {
    fn of(report: &'a Report<'a>, d: &'a Diagnostic) -> Self {
        let at = report.machine_location(d);
        DiagnosticJson {
            rule: &d.rule,
            severity: d.severity.as_str(),
            message: &d.message,
            help: d.help.as_deref(),
            file: at.file,
            line: at.line,
            column: at.column,
            end_line: at.end_line,
            end_column: at.end_column,
            offset: d
                .line
                .is_none()
                .then(|| report.sources.get(d.span.file).file_offset(d.span.offset)),
            length: d.line.is_none().then_some(d.span.len),
            related: d
                .labels
                .iter()
                .map(|label| {
                    let at = report.machine_span(label.span);
                    RelatedJson {
                        file: at.file,
                        line: at.line,
                        column: at.column,
                        end_line: at.end_line,
                        end_column: at.end_column,
                        message: &label.message,
                    }
                })
                .collect(),
            pointer: d.pointer.as_deref(),
        }
    }
}
