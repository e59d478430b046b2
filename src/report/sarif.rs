//! SARIF 2.1.0 (SPEC §5), as GitHub code scanning reads it: one run whose driver lists every
//! rule of the registry, and one result per diagnostic with its region and secondary labels.

use std::borrow::Cow;
use std::io::{self, Write};

use indexmap::IndexMap;
use serde::{Serialize, Serializer};

use super::{Location, Report, baseline_revision};
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::registry;
use crate::escape::write_json;
use crate::rule::Rule;
use crate::syntax::source::Span;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Streams the log: the results are serialized one by one as they are written.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let descriptors = descriptors(report.diagnostics);
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "tracklint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: registry::HOME,
                    rules: descriptors.values().map(Descriptor::to_json).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results: Results {
                report,
                descriptors: &descriptors,
            },
        }],
    };
    write_json(out, &log)
}

/// The whole SARIF log; fields in output order.
#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
struct Run<'a> {
    tool: Tool<'a>,
    #[serde(rename = "columnKind")]
    column_kind: &'static str,
    results: Results<'a>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    #[serde(rename = "informationUri")]
    information_uri: &'static str,
    rules: Vec<RuleJson<'a>>,
}

/// The results array, serialized lazily from the diagnostics.
struct Results<'a> {
    report: &'a Report<'a>,
    descriptors: &'a IndexMap<&'a str, Descriptor<'a>>,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.report
                .diagnostics
                .iter()
                .map(|d| result(self.report, self.descriptors, d)),
        )
    }
}

/// A rule as the driver describes it: from the registry, or (for custom `policy/...` ids) from
/// the first diagnostic that carries it.
enum Descriptor<'a> {
    Registered(&'static Rule),
    Custom(&'a Diagnostic),
}

/// Every registry rule in documentation order, then ids seen only in diagnostics, by id.
fn descriptors(diagnostics: &[Diagnostic]) -> IndexMap<&str, Descriptor<'_>> {
    let mut table: IndexMap<&str, Descriptor> = registry::all()
        .map(|rule| (rule.id, Descriptor::Registered(rule)))
        .collect();
    let mut custom: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| !table.contains_key(d.rule.as_str()))
        .collect();
    // Stable, so the first diagnostic of each id describes it.
    custom.sort_by(|a, b| a.rule.cmp(&b.rule));
    for diagnostic in custom {
        table
            .entry(diagnostic.rule.as_str())
            .or_insert(Descriptor::Custom(diagnostic));
    }
    table
}

/// A reporting descriptor (`tool.driver.rules[]`).
#[derive(Serialize)]
struct RuleJson<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "shortDescription")]
    short_description: Text<'a>,
    #[serde(rename = "fullDescription")]
    full_description: Text<'a>,
    /// The rule's row of the README's table; none for a custom policy.
    #[serde(rename = "helpUri", skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    help: Help,
    #[serde(rename = "defaultConfiguration")]
    default_configuration: Configuration,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: Cow<'a, str>,
}

#[derive(Serialize)]
struct Help {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties<'a> {
    tags: [&'a str; 1],
}

impl<'a> Descriptor<'a> {
    fn to_json(&self) -> RuleJson<'a> {
        match *self {
            Descriptor::Registered(rule) => registered(rule),
            Descriptor::Custom(diagnostic) => custom(diagnostic),
        }
    }
}

fn registered(rule: &'static Rule) -> RuleJson<'static> {
    RuleJson {
        id: rule.id,
        name: rule.id,
        short_description: Text {
            text: Cow::Borrowed(rule.summary),
        },
        full_description: Text {
            text: Cow::Borrowed(rule.why),
        },
        help_uri: Some(registry::help_uri(rule.id)),
        help: Help {
            text: help_text(rule),
            markdown: Some(help_markdown(rule)),
        },
        default_configuration: Configuration {
            level: level(rule.severity),
        },
        properties: Properties {
            tags: [rule.group()],
        },
    }
}

fn custom(diagnostic: &Diagnostic) -> RuleJson<'_> {
    let description = custom_description(diagnostic);
    let group = diagnostic.rule.split('/').next().unwrap_or_default();
    RuleJson {
        id: &diagnostic.rule,
        name: &diagnostic.rule,
        short_description: Text {
            text: description.clone(),
        },
        full_description: Text {
            text: description.clone(),
        },
        help_uri: None,
        help: Help {
            text: description.into_owned(),
            markdown: None,
        },
        default_configuration: Configuration {
            level: level(diagnostic.severity),
        },
        properties: Properties { tags: [group] },
    }
}

/// A custom rule is described by the help of its first diagnostic, else by its id.
fn custom_description(diagnostic: &Diagnostic) -> Cow<'_, str> {
    match diagnostic.help.as_deref().filter(|help| !help.is_empty()) {
        Some(help) => Cow::Borrowed(help),
        None => Cow::Owned(format!("custom rule {}", diagnostic.rule)),
    }
}

fn help_text(rule: &Rule) -> String {
    format!(
        "{}\n\n{}\n\nBad:\n{}\n\n{}:\n{}\n",
        rule.summary,
        rule.why,
        rule.bad.trim_end(),
        rule.good_title(),
        rule.good.trim_end()
    )
}

fn help_markdown(rule: &Rule) -> String {
    format!(
        "{}\n\n{}\n\nBad:\n\n```yaml\n{}\n```\n\n{}:\n\n```yaml\n{}\n```\n",
        rule.summary,
        rule.why,
        rule.bad.trim_end(),
        rule.good_title(),
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

/// One result; fields in output order.
#[derive(Serialize)]
struct ResultJson<'a> {
    #[serde(rename = "ruleId")]
    rule_id: &'a str,
    #[serde(rename = "ruleIndex")]
    rule_index: i64,
    level: &'static str,
    message: Text<'a>,
    locations: [Primary<'a>; 1],
    #[serde(rename = "relatedLocations", skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Related<'a>>,
    /// The JSON pointer of the bad value, for payload diagnostics only.
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties<'a>>,
    /// The edits of its fix (safe or unsafe), for an editor or a SARIF viewer to apply.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<FixJson<'a>>,
}

#[derive(Serialize)]
struct FixJson<'a> {
    description: Text<'a>,
    #[serde(rename = "artifactChanges")]
    artifact_changes: Vec<ArtifactChange<'a>>,
}

/// The replacements of one file.
#[derive(Serialize)]
struct ArtifactChange<'a> {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactLocation<'a>,
    replacements: Vec<Replacement<'a>>,
}

/// SARIF's replacement: an empty region (end = start) is an insertion point.
#[derive(Serialize)]
struct Replacement<'a> {
    #[serde(rename = "deletedRegion")]
    deleted_region: Region,
    #[serde(rename = "insertedContent")]
    inserted_content: Text<'a>,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    pointer: &'a str,
}

#[derive(Serialize)]
struct Primary<'a> {
    #[serde(rename = "physicalLocation")]
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
struct Related<'a> {
    id: usize,
    #[serde(rename = "physicalLocation")]
    physical_location: PhysicalLocation<'a>,
    message: Text<'a>,
}

#[derive(Serialize)]
struct PhysicalLocation<'a> {
    #[serde(rename = "artifactLocation")]
    artifact_location: ArtifactLocation<'a>,
    region: Region,
    /// For a file of a git baseline: the revision it was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<LocationProperties<'a>>,
}

#[derive(Serialize)]
struct LocationProperties<'a> {
    revision: &'a str,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: Cow<'a, str>,
    /// `%SRCROOT%`: the URI is relative to the repository root, which GitHub code scanning
    /// resolves against the checkout; absent for a file outside the repository.
    #[serde(rename = "uriBaseId", skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
struct Region {
    #[serde(rename = "startLine")]
    start_line: u32,
    #[serde(rename = "startColumn")]
    start_column: u32,
    #[serde(rename = "endLine")]
    end_line: u32,
    #[serde(rename = "endColumn")]
    end_column: u32,
}

fn result<'a>(
    report: &'a Report,
    descriptors: &IndexMap<&str, Descriptor>,
    d: &'a Diagnostic,
) -> ResultJson<'a> {
    ResultJson {
        rule_id: &d.rule,
        rule_index: rule_index(descriptors, &d.rule),
        level: level(d.severity),
        message: Text {
            text: message_text(d),
        },
        locations: [Primary {
            physical_location: region_of(report, d.span, report.machine_location(d)),
            message: d.span_label.map(|label| Text {
                text: Cow::Borrowed(label),
            }),
        }],
        // Ids keep two labels with the same span and text distinct (SARIF wants unique items).
        related_locations: d
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| Related {
                id,
                physical_location: physical_location(report, label.span),
                message: Text {
                    text: Cow::Borrowed(&label.message),
                },
            })
            .collect(),
        properties: d
            .pointer
            .as_deref()
            .map(|pointer| ResultProperties { pointer }),
        fixes: fix(report, d).into_iter().collect(),
    }
}

/// The diagnostic's fix as SARIF's `fix`: its edits by file, in the order it lists them.
fn fix<'a>(report: &'a Report, d: &'a Diagnostic) -> Option<FixJson<'a>> {
    if d.fix() == crate::rule::Fix::None {
        return None;
    }
    let mut changes: Vec<(crate::syntax::source::FileId, ArtifactChange<'a>)> = Vec::new();
    for edit in &d.edits {
        let location = physical_location(report, edit.span);
        let replacement = Replacement {
            deleted_region: location.region,
            inserted_content: Text {
                text: Cow::Borrowed(&edit.replacement),
            },
        };
        match changes.iter_mut().find(|(file, _)| *file == edit.span.file) {
            Some((_, change)) => change.replacements.push(replacement),
            None => changes.push((
                edit.span.file,
                ArtifactChange {
                    artifact_location: location.artifact_location,
                    replacements: vec![replacement],
                },
            )),
        }
    }
    let description = match (&d.rename, d.fix()) {
        (Some(new), _) => Cow::Owned(format!(
            "Rename the event to \"{new}\" as `tracklint rename` does (unsafe: its `backfill` \
             placeholder must be written)"
        )),
        (None, crate::rule::Fix::Unsafe) => Cow::Borrowed(
            "Write the stub `tracklint check --fix --unsafe-fixes` writes (unsafe: a person must \
             complete it)",
        ),
        _ => Cow::Borrowed("Apply the fix `tracklint check --fix` applies"),
    };
    Some(FixJson {
        description: Text { text: description },
        artifact_changes: changes.into_iter().map(|(_, change)| change).collect(),
    })
}

/// Every id is in the table; -1 is SARIF's "no index" should that ever change.
fn rule_index(descriptors: &IndexMap<&str, Descriptor>, rule: &str) -> i64 {
    descriptors
        .get_index_of(rule)
        .and_then(|index| i64::try_from(index).ok())
        .unwrap_or(-1)
}

fn message_text(d: &Diagnostic) -> Cow<'_, str> {
    match &d.help {
        Some(help) => Cow::Owned(format!("{}\nhelp: {help}", d.message)),
        None => Cow::Borrowed(&d.message),
    }
}

/// The file as every format prints it, and the region (SARIF's end column is exclusive too).
fn physical_location<'a>(report: &'a Report, span: Span) -> PhysicalLocation<'a> {
    region_of(report, span, report.machine_span(span))
}

fn region_of<'a>(report: &'a Report, span: Span, at: Location<'a>) -> PhysicalLocation<'a> {
    let (revision, path) = revision_and_path(report, span);
    let base = (revision.is_some() || report.in_repository(span.file)).then_some("%SRCROOT%");
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: uri(path),
            uri_base_id: base,
        },
        region: Region {
            start_line: at.line,
            start_column: at.column,
            end_line: at.end_line,
            end_column: at.end_column,
        },
        properties: revision.map(|revision| LocationProperties { revision }),
    }
}

/// A file of a git baseline gets the path in the repository as its URI and the revision as a
/// property (`REV:path` is no URI reference); any other file its repository-relative path.
fn revision_and_path<'a>(report: &'a Report, span: Span) -> (Option<&'a str>, &'a str) {
    match baseline_revision(report.sources.get(span.file)) {
        Some((revision, path)) => (Some(revision), path),
        None => (None, report.machine_name(span.file)),
    }
}

/// The printed path as a URI reference: unchanged when every character may stand in a URI path
/// (the usual case), else with the others (space, `%`, `#`, `?`, non-ASCII...) percent-encoded,
/// as SARIF requires and GitHub decodes.
fn uri(path: &str) -> Cow<'_, str> {
    let plain = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte);
    // A relative reference whose first segment holds a colon would read as a scheme.
    let first = path.split('/').next().unwrap_or_default();
    if !path.starts_with('/') && first.contains(':') {
        return Cow::Owned(format!(
            "./{}",
            uri(&format!("/{path}")).trim_start_matches('/')
        ));
    }
    if path.bytes().all(plain) {
        return Cow::Borrowed(path);
    }
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if plain(byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    Cow::Owned(encoded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::RuleId;
    use crate::syntax::source::FileId;

    #[test]
    fn uri_encodes_only_what_a_uri_path_cannot_hold() {
        assert_eq!(uri("dictionary/web_app.yaml"), "dictionary/web_app.yaml");
        assert_eq!(uri("a:b.yaml"), "./a:b.yaml");
        assert_eq!(uri("a b:c/d.yaml"), "./a%20b:c/d.yaml");
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
            Diagnostic::new(
                RuleId::Policy("policy/pii".into()),
                Severity::Warning,
                span,
                message,
            )
            .with_help("do not send raw emails")
        };
        let diagnostics = [policy("first"), policy("second")];
        let table = descriptors(&diagnostics);
        let registered = registry::all().count();
        assert_eq!(table.len(), registered + 1);
        assert_eq!(rule_index(&table, "policy/pii"), registered as i64);
        let described = serde_json::to_value(table[registered].to_json()).unwrap();
        assert_eq!(
            described["shortDescription"]["text"],
            "do not send raw emails"
        );
        assert_eq!(described["defaultConfiguration"]["level"], "warning");
    }
}
