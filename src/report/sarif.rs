//! SARIF 2.1.0 (SPEC §5), as GitHub code scanning reads it: one run whose driver lists every
//! rule of the registry, and one result per diagnostic with its region and secondary labels.

use std::io::{self, Write};

use indexmap::IndexMap;
use serde_json::{Value, json};

use super::{Report, location};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::rules::{self, Rule};
use crate::syntax::source::Span;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(report))?;
    writeln!(out)
}

/// The whole SARIF log.
fn log(report: &Report) -> Value {
    let descriptors = descriptors(report.diagnostics);
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| result(report, &descriptors, d))
        .collect();
    let rules: Vec<Value> = descriptors.values().map(Descriptor::to_json).collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "tracklint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// A rule as the driver describes it: from the registry, or (for custom `policy/...` ids) from
/// the first diagnostic that carries it.
enum Descriptor<'a> {
    Registered(&'static Rule),
    Custom(&'a Diagnostic),
}

/// Every registry rule in documentation order, then ids seen only in diagnostics, by id.
fn descriptors(diagnostics: &[Diagnostic]) -> IndexMap<&str, Descriptor<'_>> {
    let mut table: IndexMap<&str, Descriptor> = rules::all()
        .map(|rule| (rule.id, Descriptor::Registered(rule)))
        .collect();
    let mut custom: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| !table.contains_key(d.rule.as_ref()))
        .collect();
    // Stable, so the first diagnostic of each id describes it.
    custom.sort_by(|a, b| a.rule.cmp(&b.rule));
    for diagnostic in custom {
        table
            .entry(diagnostic.rule.as_ref())
            .or_insert(Descriptor::Custom(diagnostic));
    }
    table
}

impl Descriptor<'_> {
    fn to_json(&self) -> Value {
        match self {
            Descriptor::Registered(rule) => registered(rule),
            Descriptor::Custom(diagnostic) => custom(diagnostic),
        }
    }
}

fn registered(rule: &Rule) -> Value {
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": level(rule.severity)},
        "properties": {"tags": [rule.group()]},
    })
}

fn custom(diagnostic: &Diagnostic) -> Value {
    let description = diagnostic
        .help
        .as_deref()
        .filter(|help| !help.is_empty())
        .map_or_else(|| format!("custom rule {}", diagnostic.rule), str::to_owned);
    let group = diagnostic.rule.split('/').next().unwrap_or_default();
    json!({
        "id": diagnostic.rule,
        "name": diagnostic.rule,
        "shortDescription": {"text": description},
        "fullDescription": {"text": description},
        "help": {"text": description},
        "defaultConfiguration": {"level": level(diagnostic.severity)},
        "properties": {"tags": [group]},
    })
}

fn help_text(rule: &Rule) -> String {
    format!(
        "{}\n\n{}\n\nBad:\n{}\n\nGood:\n{}\n",
        rule.summary,
        rule.why,
        rule.bad.trim_end(),
        rule.good.trim_end()
    )
}

fn help_markdown(rule: &Rule) -> String {
    format!(
        "{}\n\n{}\n\nBad:\n\n```yaml\n{}\n```\n\nGood:\n\n```yaml\n{}\n```\n",
        rule.summary,
        rule.why,
        rule.bad.trim_end(),
        rule.good.trim_end()
    )
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(report: &Report, descriptors: &IndexMap<&str, Descriptor>, d: &Diagnostic) -> Value {
    let mut primary = json!({"physicalLocation": physical_location(report, d.span)});
    if let Some(label) = &d.span_label {
        primary["message"] = json!({"text": label});
    }
    let mut result = json!({
        "ruleId": d.rule,
        "ruleIndex": rule_index(descriptors, &d.rule),
        "level": level(d.severity),
        "message": {"text": message_text(d)},
        "locations": [primary],
    });
    if !d.labels.is_empty() {
        // Ids keep two labels with the same span and text distinct (SARIF wants unique items).
        let related: Vec<Value> = d
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| {
                json!({
                    "id": id,
                    "physicalLocation": physical_location(report, label.span),
                    "message": {"text": label.message},
                })
            })
            .collect();
        result["relatedLocations"] = Value::Array(related);
    }
    result
}

/// Every id is in the table; -1 is SARIF's "no index" should that ever change.
fn rule_index(descriptors: &IndexMap<&str, Descriptor>, rule: &str) -> i64 {
    descriptors
        .get_index_of(rule)
        .and_then(|index| i64::try_from(index).ok())
        .unwrap_or(-1)
}

fn message_text(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    }
}

/// The file as every format prints it, and the region (SARIF's end column is exclusive too).
fn physical_location(report: &Report, span: Span) -> Value {
    let at = location(report.sources, span);
    json!({
        "artifactLocation": {"uri": uri(at.file)},
        "region": {
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": at.end_line,
            "endColumn": at.end_column,
        }
    })
}

/// The printed path as a URI reference: unchanged when every character may stand in a URI path
/// (the usual case), else with the others (space, `%`, `#`, `?`, non-ASCII...) percent-encoded,
/// as SARIF requires and GitHub decodes.
fn uri(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::source::FileId;

    #[test]
    fn uri_encodes_only_what_a_uri_path_cannot_hold() {
        assert_eq!(uri("dictionary/web_app.yaml"), "dictionary/web_app.yaml");
        assert_eq!(uri("/abs/a,b:c.yaml"), "/abs/a,b:c.yaml");
        assert_eq!(
            uri("my catalog/100%#1é.yaml"),
            "my%20catalog/100%25%231%C3%A9.yaml"
        );
    }

    #[test]
    fn custom_rules_follow_the_registry_once_each() {
        let span = Span::new(FileId(0), 0, 1);
        let policy = |message: &str| {
            Diagnostic::new("policy/pii", Severity::Warning, span, message)
                .with_help("do not send raw emails")
        };
        let diagnostics = [policy("first"), policy("second")];
        let table = descriptors(&diagnostics);
        let registered = rules::all().count();
        assert_eq!(table.len(), registered + 1);
        assert_eq!(rule_index(&table, "policy/pii"), registered as i64);
        let described = table[registered].to_json();
        assert_eq!(
            described["shortDescription"]["text"],
            "do not send raw emails"
        );
        assert_eq!(described["defaultConfiguration"]["level"], "warning");
    }
}
