//! Nothing is silent (SPEC §4): every field `catalog.schema.yaml` allows in a dictionary or a
//! plan file has its row in the change table. The test walks the schema itself, so a field
//! added to it later without a row here fails; each row changes that one field (a definition
//! field both at the top of a catalog property and nested two levels down in an event) and
//! `diff` must report it with the row's kind and class.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;
use tracklint::catalog::{self, Catalog, Input, LoadOptions};
use tracklint::compare::change::{Class, Kind};
use tracklint::compare::diff;
use tracklint::syntax::source::Sources;

/// A definition field: the whole definition before and after (flow mappings), the change.
struct DefinitionRow {
    field: &'static str,
    before: &'static str,
    after: &'static str,
    kind: Kind,
    class: Class,
}

const fn row(
    field: &'static str,
    before: &'static str,
    after: &'static str,
    kind: Kind,
    class: Class,
) -> DefinitionRow {
    DefinitionRow {
        field,
        before,
        after,
        kind,
        class,
    }
}

use Class::{Breaking, Compatible, Neutral};

const DEFINITION_ROWS: &[DefinitionRow] = &[
    row(
        "type",
        "{type: string}",
        "{type: integer}",
        Kind::TypeChanged,
        Breaking,
    ),
    row(
        "description",
        "{type: string, description: a}",
        "{type: string, description: b}",
        Kind::DescriptionChanged,
        Neutral,
    ),
    row(
        "owner",
        "{type: string, owner: a}",
        "{type: string, owner: b}",
        Kind::OwnerChanged,
        Neutral,
    ),
    row(
        "classification",
        "{type: string, classification: personal}",
        "{type: string, classification: public}",
        Kind::ClassificationChanged,
        Neutral,
    ),
    row(
        "unit",
        "{type: number, unit: USD cents}",
        "{type: number, unit: EUR cents}",
        Kind::UnitChanged,
        Breaking,
    ),
    row(
        "required",
        "{type: object, properties: {a: {type: string}}}",
        "{type: object, properties: {a: {type: string, required: true}}}",
        Kind::MadeRequired,
        Breaking,
    ),
    row(
        "enum",
        "{type: string, enum: [a, b]}",
        "{type: string, enum: [a]}",
        Kind::EnumValueRemoved,
        Breaking,
    ),
    row(
        "const",
        "{type: string, const: a}",
        "{type: string, const: b}",
        Kind::ConstChanged,
        Breaking,
    ),
    row(
        "pattern",
        "{type: string, pattern: '^a'}",
        "{type: string, pattern: '^b'}",
        Kind::PatternChanged,
        Breaking,
    ),
    row(
        "format",
        "{type: string, format: email}",
        "{type: string, format: uuid}",
        Kind::FormatChanged,
        Breaking,
    ),
    row(
        "minLength",
        "{type: string, minLength: 1}",
        "{type: string, minLength: 2}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "maxLength",
        "{type: string, maxLength: 5}",
        "{type: string, maxLength: 4}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "minimum",
        "{type: number, minimum: 1}",
        "{type: number, minimum: 2}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "maximum",
        "{type: number, maximum: 9223372036854775807}",
        "{type: number, maximum: 9223372036854775806}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "exclusiveMinimum",
        "{type: number}",
        "{type: number, exclusiveMinimum: 0}",
        Kind::BoundAdded,
        Breaking,
    ),
    row(
        "exclusiveMaximum",
        "{type: number, exclusiveMaximum: 10}",
        "{type: number}",
        Kind::BoundRemoved,
        Compatible,
    ),
    row(
        "multipleOf",
        "{type: integer, multipleOf: 2}",
        "{type: integer, multipleOf: 3}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "minItems",
        "{type: array, minItems: 1}",
        "{type: array, minItems: 2}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "maxItems",
        "{type: array, maxItems: 5}",
        "{type: array, maxItems: 9}",
        Kind::BoundLoosened,
        Compatible,
    ),
    row(
        "uniqueItems",
        "{type: array}",
        "{type: array, uniqueItems: true}",
        Kind::UniqueItemsAdded,
        Breaking,
    ),
    row(
        "minProperties",
        "{type: object, minProperties: 1}",
        "{type: object, minProperties: 2}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "maxProperties",
        "{type: object, maxProperties: 3}",
        "{type: object, maxProperties: 2}",
        Kind::BoundTightened,
        Breaking,
    ),
    row(
        "items",
        "{type: array, items: {type: string}}",
        "{type: array, items: {type: integer}}",
        Kind::TypeChanged,
        Breaking,
    ),
    row(
        "properties",
        "{type: object, properties: {a: {type: string}}}",
        "{type: object, properties: {}}",
        Kind::PropertyRemoved,
        Breaking,
    ),
    row(
        "additionalProperties",
        "{type: object}",
        "{type: object, additionalProperties: false}",
        Kind::Closed,
        Breaking,
    ),
    row(
        "patternProperties",
        "{type: object}",
        "{type: object, patternProperties: {'^x': {type: string}}}",
        Kind::PatternPropertiesAdded,
        Breaking,
    ),
    row(
        "propertyNames",
        "{type: object}",
        "{type: object, propertyNames: {pattern: '^[a-z]+$'}}",
        Kind::PropertyNamesAdded,
        Breaking,
    ),
    row(
        "oneOf",
        "{oneOf: [{type: string}, {type: integer}]}",
        "{oneOf: [{type: string}]}",
        Kind::BranchRemoved,
        Breaking,
    ),
    row(
        "anyOf",
        "{anyOf: [{type: string}]}",
        "{anyOf: [{type: string}, {type: integer}]}",
        Kind::BranchAdded,
        Compatible,
    ),
    row(
        "allOf",
        "{allOf: [{type: string}]}",
        "{allOf: [{type: string}, {maxLength: 3}]}",
        Kind::BranchAdded,
        Breaking,
    ),
    row(
        "examples",
        "{type: string, examples: [a]}",
        "{type: string, examples: [b]}",
        Kind::ExamplesChanged,
        Neutral,
    ),
    row(
        "title",
        "{type: string, title: a}",
        "{type: string, title: b}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "default",
        "{type: string, default: a}",
        "{type: string, default: b}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "$comment",
        "{type: string, $comment: a}",
        "{type: string, $comment: b}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "deprecated",
        "{type: string}",
        "{type: string, deprecated: true}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "readOnly",
        "{type: string}",
        "{type: string, readOnly: true}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "writeOnly",
        "{type: string, writeOnly: true}",
        "{type: string}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    row(
        "x-*",
        "{type: string, x-source: a}",
        "{type: string, x-source: b}",
        Kind::AnnotationChanged,
        Neutral,
    ),
    // `$ref`, `$defs` and `definitions` change what a nested definition is: classified as the
    // definitions they lead to.
    row(
        "$ref",
        "{type: object, $defs: {a: {type: string}, b: {type: integer}}, properties: {x: {$ref: '#/$defs/a'}}}",
        "{type: object, $defs: {a: {type: string}, b: {type: integer}}, properties: {x: {$ref: '#/$defs/b'}}}",
        Kind::TypeChanged,
        Breaking,
    ),
    row(
        "$defs",
        "{type: object, $defs: {a: {type: string}}, properties: {x: {$ref: '#/$defs/a'}}}",
        "{type: object, $defs: {a: {type: string, maxLength: 3}}, properties: {x: {$ref: '#/$defs/a'}}}",
        Kind::BoundAdded,
        Breaking,
    ),
    row(
        "definitions",
        "{type: object, definitions: {a: {type: string}}, properties: {x: {$ref: '#/definitions/a'}}}",
        "{type: object, definitions: {a: {type: integer}}, properties: {x: {$ref: '#/definitions/a'}}}",
        Kind::TypeChanged,
        Breaking,
    ),
];

/// An event field: the event's body lines before and after, the change.
struct EventRow {
    field: &'static str,
    before: &'static str,
    after: &'static str,
    kind: Kind,
    class: Class,
}

const fn event_row(
    field: &'static str,
    before: &'static str,
    after: &'static str,
    kind: Kind,
    class: Class,
) -> EventRow {
    EventRow {
        field,
        before,
        after,
        kind,
        class,
    }
}

const EVENT_ROWS: &[EventRow] = &[
    event_row(
        "event.description",
        "description: a",
        "description: b",
        Kind::DescriptionChanged,
        Neutral,
    ),
    event_row(
        "event.owner",
        "owner: a",
        "owner: b",
        Kind::OwnerChanged,
        Neutral,
    ),
    event_row(
        "event.status",
        "status: active",
        "status: deprecated",
        Kind::StatusChanged,
        Neutral,
    ),
    event_row(
        "event.version",
        "version: 1",
        "version: 2",
        Kind::VersionChanged,
        Neutral,
    ),
    event_row(
        "event.lifecycle",
        "lifecycle: signup",
        "lifecycle: activation",
        Kind::LifecycleChanged,
        Neutral,
    ),
    event_row(
        "event.consent",
        "consent: analytics",
        "consent: marketing",
        Kind::ConsentChanged,
        Neutral,
    ),
    event_row(
        "event.dedupe_key",
        "dedupe_key: a",
        "dedupe_key: b",
        Kind::DedupeKeyChanged,
        Neutral,
    ),
    event_row(
        "event.properties",
        "properties: {a: {type: string}}",
        "properties: {a: {type: string}, b: {type: string, required: true}}",
        Kind::PropertyAdded,
        Breaking,
    ),
    event_row(
        "event.crm",
        "description: a",
        "crm: {eligible: true}",
        Kind::CrmEligibilityChanged,
        Neutral,
    ),
    event_row(
        "crm.eligible",
        "crm: {eligible: false}",
        "crm: {eligible: true}",
        Kind::CrmEligibilityChanged,
        Neutral,
    ),
    event_row(
        "crm.approved_by",
        "crm: {eligible: true, approved_by: a}",
        "crm: {eligible: true, approved_by: b}",
        Kind::CrmApproverChanged,
        Neutral,
    ),
    event_row(
        "crm.approved_version",
        "crm: {eligible: true, approved_version: 1}",
        "crm: {eligible: true, approved_version: 2}",
        Kind::CrmApprovedVersionChanged,
        Neutral,
    ),
    event_row(
        "crm.trigger",
        "crm: {eligible: true, trigger: a}",
        "crm: {eligible: true, trigger: b}",
        Kind::CrmTriggerChanged,
        Neutral,
    ),
    event_row(
        "event.sampling",
        "description: a",
        "sampling: {rate: 0.5}",
        Kind::SamplingChanged,
        Neutral,
    ),
    event_row(
        "event.sampling.rate",
        "sampling: {rate: 0.5}",
        "sampling: {rate: 0.1}",
        Kind::SamplingChanged,
        Neutral,
    ),
    event_row(
        "event.sampling.rule",
        "sampling: {rule: a}",
        "sampling: {rule: b}",
        Kind::SamplingChanged,
        Neutral,
    ),
    event_row(
        "event.volume",
        "description: a",
        "volume: {max_per_hour: 5}",
        Kind::VolumeChanged,
        Neutral,
    ),
    event_row(
        "event.volume.min_per_hour",
        "volume: {min_per_hour: 1}",
        "volume: {min_per_hour: 2}",
        Kind::VolumeChanged,
        Neutral,
    ),
    event_row(
        "event.volume.max_per_hour",
        "volume: {max_per_hour: 5}",
        "volume: {max_per_hour: 6}",
        Kind::VolumeChanged,
        Neutral,
    ),
    event_row(
        "event.renamed_from",
        "renamed_from: [a]",
        "renamed_from: [b]",
        Kind::RenamedFromChanged,
        Neutral,
    ),
    event_row(
        "event.backfill",
        "backfill: a",
        "backfill: b",
        Kind::BackfillChanged,
        Neutral,
    ),
    event_row(
        "event.deprecated",
        "description: a",
        "deprecated: {reason: a}",
        Kind::DeprecationChanged,
        Neutral,
    ),
    event_row(
        "deprecation.since",
        "deprecated: {since: 2026-01-01}",
        "deprecated: {since: 2026-02-01}",
        Kind::DeprecationChanged,
        Neutral,
    ),
    event_row(
        "deprecation.replaced_by",
        "deprecated: {replaced_by: a}",
        "deprecated: {replaced_by: b}",
        Kind::DeprecationChanged,
        Neutral,
    ),
    event_row(
        "deprecation.sunset",
        "deprecated: {sunset: 2027-01-01}",
        "deprecated: {sunset: 2027-02-01}",
        Kind::DeprecationChanged,
        Neutral,
    ),
    event_row(
        "deprecation.reason",
        "deprecated: {reason: a}",
        "deprecated: {reason: b}",
        Kind::DeprecationChanged,
        Neutral,
    ),
    event_row(
        "event.changelog",
        "description: a",
        "changelog: [{version: 2, summary: a}]",
        Kind::ChangelogChanged,
        Neutral,
    ),
    event_row(
        "changelog_entry.version",
        "changelog: [{version: 2, summary: a}]",
        "changelog: [{version: 3, summary: a}]",
        Kind::ChangelogChanged,
        Neutral,
    ),
    event_row(
        "changelog_entry.date",
        "changelog: [{version: 2, date: 2026-01-01, summary: a}]",
        "changelog: [{version: 2, date: 2026-01-02, summary: a}]",
        Kind::ChangelogChanged,
        Neutral,
    ),
    event_row(
        "changelog_entry.summary",
        "changelog: [{version: 2, summary: a}]",
        "changelog: [{version: 2, summary: b}]",
        Kind::ChangelogChanged,
        Neutral,
    ),
    event_row(
        "event.last_reviewed",
        "last_reviewed: 2026-01-01",
        "last_reviewed: 2026-02-01",
        Kind::LastReviewedChanged,
        Neutral,
    ),
    event_row(
        "event.tags",
        "tags: [a]",
        "tags: [b]",
        Kind::TagsChanged,
        Neutral,
    ),
    event_row(
        "event.closed",
        "closed: false",
        "closed: true",
        Kind::Closed,
        Breaking,
    ),
    // A property entry that references the catalog property `shared` (a string).
    event_row(
        "reference.required",
        "properties: {shared: optional}",
        "properties: {shared: required}",
        Kind::MadeRequired,
        Breaking,
    ),
    event_row(
        "reference.description",
        "properties: {shared: {description: a}}",
        "properties: {shared: {description: b}}",
        Kind::DescriptionChanged,
        Neutral,
    ),
    event_row(
        "reference.enum",
        "properties: {shared: {enum: [a, b]}}",
        "properties: {shared: {enum: [a]}}",
        Kind::EnumValueRemoved,
        Breaking,
    ),
    event_row(
        "reference.const",
        "properties: {shared: {}}",
        "properties: {shared: {const: a}}",
        Kind::ConstAdded,
        Breaking,
    ),
    event_row(
        "reference.pattern",
        "properties: {shared: {pattern: '^a'}}",
        "properties: {shared: {}}",
        Kind::PatternRemoved,
        Compatible,
    ),
    event_row(
        "reference.format",
        "properties: {shared: {}}",
        "properties: {shared: {format: email}}",
        Kind::FormatAdded,
        Breaking,
    ),
    event_row(
        "reference.minLength",
        "properties: {shared: {minLength: 2}}",
        "properties: {shared: {minLength: 1}}",
        Kind::BoundLoosened,
        Compatible,
    ),
    event_row(
        "reference.maxLength",
        "properties: {shared: {}}",
        "properties: {shared: {maxLength: 3}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.minimum",
        "properties: {shared: {minimum: 1}}",
        "properties: {shared: {minimum: 2}}",
        Kind::BoundTightened,
        Breaking,
    ),
    event_row(
        "reference.maximum",
        "properties: {shared: {maximum: 2}}",
        "properties: {shared: {maximum: 1}}",
        Kind::BoundTightened,
        Breaking,
    ),
    event_row(
        "reference.exclusiveMinimum",
        "properties: {shared: {}}",
        "properties: {shared: {exclusiveMinimum: 1}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.exclusiveMaximum",
        "properties: {shared: {}}",
        "properties: {shared: {exclusiveMaximum: 1}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.multipleOf",
        "properties: {shared: {}}",
        "properties: {shared: {multipleOf: 2}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.minItems",
        "properties: {shared: {}}",
        "properties: {shared: {minItems: 1}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.maxItems",
        "properties: {shared: {}}",
        "properties: {shared: {maxItems: 1}}",
        Kind::BoundAdded,
        Breaking,
    ),
    event_row(
        "reference.examples",
        "properties: {shared: {examples: [a]}}",
        "properties: {shared: {examples: [b]}}",
        Kind::ExamplesChanged,
        Neutral,
    ),
];

/// A plan field: the plan's lines before and after, the change.
const PLAN_ROWS: &[EventRow] = &[
    event_row(
        "plan.plan",
        "plan: web",
        "plan: app",
        Kind::PlanAdded,
        Neutral,
    ),
    event_row(
        "plan.description",
        "description: a",
        "description: b",
        Kind::DescriptionChanged,
        Neutral,
    ),
    event_row(
        "plan.owner",
        "owner: a",
        "owner: b",
        Kind::OwnerChanged,
        Neutral,
    ),
    event_row(
        "plan.source",
        "source: {kind: client}",
        "source: {kind: server}",
        Kind::SourceChanged,
        Neutral,
    ),
    event_row(
        "source.kind",
        "source: {kind: client}",
        "source: {kind: mobile}",
        Kind::SourceChanged,
        Neutral,
    ),
    event_row(
        "source.library",
        "source: {kind: client, library: a}",
        "source: {kind: client, library: b}",
        Kind::SourceChanged,
        Neutral,
    ),
    event_row(
        "source.min_library_version",
        "source: {kind: client, min_library_version: 1.0.0}",
        "source: {kind: client, min_library_version: 2.0.0}",
        Kind::SourceChanged,
        Neutral,
    ),
    event_row(
        "source.max_clock_skew",
        "source: {kind: client, max_clock_skew: 5m}",
        "source: {kind: client, max_clock_skew: 1h}",
        Kind::SourceChanged,
        Neutral,
    ),
    event_row(
        "plan.destinations",
        "destinations: [warehouse]",
        "destinations: [warehouse, crm]",
        Kind::DestinationsChanged,
        Breaking,
    ),
    event_row(
        "plan.identity",
        "identity: [anonymous_id]",
        "identity: [anonymous_id, user_id]",
        Kind::IdentityChanged,
        Breaking,
    ),
    event_row(
        "plan.required_properties",
        "required_properties: []",
        "required_properties: [shared]",
        Kind::RequiredPropertiesAdded,
        Breaking,
    ),
    event_row(
        "plan.events",
        "events: {}",
        "events: {ev: {}}",
        Kind::PlanListsEvent,
        Neutral,
    ),
    event_row(
        "plan.events.version",
        "events: {ev: {version: 1}}",
        "events: {ev: {version: 2}}",
        Kind::VersionPinChanged,
        Neutral,
    ),
];

/// Fields of a catalog file that belong to no catalog entity: the file's own bookkeeping.
const NOT_IN_THE_MODEL: &[(&str, &str)] = &[
    (
        "dictionary.version",
        "a file's own format version, for the team's bookkeeping",
    ),
    (
        "dictionary.x-*",
        "top-level extension keys hold shared YAML anchors, compared where they are used",
    ),
    (
        "dictionary.events",
        "the mapping of events: each event is an entity of its own",
    ),
    (
        "dictionary.properties",
        "the mapping of catalog properties: each one is an entity of its own",
    ),
    (
        "plan.x-*",
        "top-level extension keys hold shared YAML anchors",
    ),
];

/// The catalog of `files`, loaded from memory.
fn load(files: &[(&str, String)]) -> Catalog {
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, text)| Input::Memory {
            path: PathBuf::from(name),
            name: (*name).to_owned(),
            bytes: Ok(text.clone().into_bytes()),
        })
        .collect();
    let mut sources = Sources::new();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
    let syntax: Vec<_> = catalog
        .problems
        .iter()
        .filter(|p| matches!(p, catalog::LoadProblem::YamlSyntax { .. }))
        .collect();
    assert!(syntax.is_empty(), "{files:?}: {syntax:?}");
    catalog
}

/// Whether the diff of `before` and `after` holds the change, and what it holds otherwise.
fn finds(
    before: &[(&str, String)],
    after: &[(&str, String)],
    kind: Kind,
    class: Class,
) -> Result<(), String> {
    let diff = diff::compare(&load(before), &load(after));
    if diff
        .changes
        .iter()
        .any(|c| c.kind == kind && c.class == class)
    {
        return Ok(());
    }
    let found: Vec<String> = diff
        .changes
        .iter()
        .map(|c| {
            format!(
                "{} {} {}: {:?} {:?}",
                c.place.as_str(),
                c.name,
                c.pointer,
                c.kind,
                c.class
            )
        })
        .collect();
    Err(format!("wanted {kind:?} {class:?}, found {found:?}"))
}

/// The dictionary of a definition row: `shared` (a catalog property) and `target` at the top,
/// and an event holding the same definition nested under `wrapper.properties.child`.
fn definition_files(definition: &str, top: bool) -> Vec<(&'static str, String)> {
    let (target, child) = if top {
        (definition, "{type: string}")
    } else {
        ("{type: string}", definition)
    };
    vec![(
        "dictionary.yaml",
        format!(
            "properties:\n  shared: {{type: string}}\n  target: {target}\nevents:\n  ev:\n    properties:\n      shared: optional\n      target: optional\n      wrapper:\n        type: object\n        properties:\n          child: {child}\n"
        ),
    )]
}

fn event_files(body: &str) -> Vec<(&'static str, String)> {
    vec![(
        "dictionary.yaml",
        format!("properties:\n  shared: {{type: string}}\nevents:\n  ev:\n    {body}\n"),
    )]
}

fn plan_files(body: &str) -> Vec<(&'static str, String)> {
    let mut plan = String::new();
    for key in ["plan: web", "source: {kind: client}"] {
        let field = key.split(':').next().unwrap_or_default();
        if !body.starts_with(&format!("{field}:")) {
            plan.push_str(key);
            plan.push('\n');
        }
    }
    plan.push_str(body);
    plan.push('\n');
    vec![
        (
            "dictionary.yaml",
            "properties:\n  shared: {type: string}\nevents:\n  ev: {}\n".to_owned(),
        ),
        ("plan.yaml", plan),
    ]
}

/// Every field the schema allows in a dictionary or plan file, by where it sits
/// (`event.owner`, `crm.trigger`, `definition.maxLength`, `reference.enum`).
fn schema_fields() -> BTreeSet<String> {
    let schema: Value = tracklint::syntax::yaml::parse(tracklint::syntax::schema::CATALOG_SCHEMA)
        .expect("the schema parses")
        .root
        .to_json();
    let defs = &schema["$defs"];
    let mut fields = BTreeSet::new();
    let mut add = |owner: &str, object: &Value| {
        for key in object["properties"]
            .as_object()
            .into_iter()
            .flat_map(|p| p.keys())
        {
            fields.insert(format!("{owner}.{key}"));
        }
        if object["patternProperties"].get("^x-").is_some() {
            fields.insert(format!("{owner}.x-*"));
        }
    };
    add("dictionary", &defs["dictionary_file"]);
    add("event", &defs["event"]);
    add("event.sampling", &defs["event"]["properties"]["sampling"]);
    add("event.volume", &defs["event"]["properties"]["volume"]);
    add("crm", &defs["crm"]);
    add("deprecation", &defs["deprecation"]);
    add("changelog_entry", &defs["changelog_entry"]);
    add("reference", &defs["property_reference"]);
    for definition in ["catalog_property", "inline_property", "nested_definition"] {
        add("definition", &defs[definition]);
    }
    add("plan", &defs["plan_file"]);
    add("source", &defs["plan_file"]["properties"]["source"]);
    let events = &defs["plan_file"]["properties"]["events"]["additionalProperties"];
    add("plan.events", events);
    fields
}

#[test]
fn every_field_of_the_schema_has_its_row_and_diff_reports_it() {
    let mut rowed: BTreeSet<String> = DEFINITION_ROWS
        .iter()
        .map(|r| format!("definition.{}", r.field))
        .collect();
    rowed.extend(
        EVENT_ROWS
            .iter()
            .chain(PLAN_ROWS)
            .map(|r| r.field.to_owned()),
    );
    rowed.extend(NOT_IN_THE_MODEL.iter().map(|(f, _)| (*f).to_owned()));
    let fields = schema_fields();
    let missing: Vec<&String> = fields.difference(&rowed).collect();
    assert!(
        missing.is_empty(),
        "fields of catalog.schema.yaml without a row in the change table (SPEC §4): {missing:?}"
    );
    let stale: Vec<&String> = rowed.difference(&fields).collect();
    assert!(
        stale.is_empty(),
        "rows for fields the schema no longer has: {stale:?}"
    );

    let mut failures = Vec::new();
    for row in DEFINITION_ROWS {
        for top in [true, false] {
            let where_ = if top {
                "catalog property"
            } else {
                "nested in an event"
            };
            if let Err(why) = finds(
                &definition_files(row.before, top),
                &definition_files(row.after, top),
                row.kind,
                row.class,
            ) {
                failures.push(format!("definition.{} ({where_}): {why}", row.field));
            }
        }
    }
    for row in EVENT_ROWS {
        if let Err(why) = finds(
            &event_files(row.before),
            &event_files(row.after),
            row.kind,
            row.class,
        ) {
            failures.push(format!("{}: {why}", row.field));
        }
    }
    for row in PLAN_ROWS {
        if let Err(why) = finds(
            &plan_files(row.before),
            &plan_files(row.after),
            row.kind,
            row.class,
        ) {
            failures.push(format!("{}: {why}", row.field));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "Already implied" (SPEC §4): a new bound every old value already met is compatible, with
/// the reason; one the old definition did not imply stays breaking.
#[test]
fn bounds_the_old_definition_implied_are_compatible_with_the_reason() {
    let cases: &[(&str, &str, Class, &str)] = &[
        (
            "{type: string, pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'}",
            "{type: string, pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', maxLength: 36}",
            Compatible,
            "the old pattern matches at most 36 bytes",
        ),
        (
            "{type: string, pattern: '[0-9a-f]{36}'}",
            "{type: string, pattern: '[0-9a-f]{36}', maxLength: 36}",
            Breaking,
            "",
        ),
        (
            "{type: string, format: uuid}",
            "{type: string, format: uuid, maxLength: 40}",
            Compatible,
            "a uuid is at most 36 characters",
        ),
        (
            "{type: string, enum: [free, pro]}",
            "{type: string, enum: [free, pro], maxLength: 4}",
            Compatible,
            "every value of the old enum is within it",
        ),
        (
            "{type: string, enum: [free, enterprise]}",
            "{type: string, enum: [free, enterprise], maxLength: 4}",
            Breaking,
            "",
        ),
        (
            "{type: integer, exclusiveMaximum: 10}",
            "{type: integer, exclusiveMaximum: 10, maximum: 10}",
            Compatible,
            "the old exclusiveMaximum is at least as tight",
        ),
        (
            "{type: string, enum: [a, b]}",
            "{type: string, enum: [a, b], pattern: '^[ab]$'}",
            Compatible,
            "every value of the old enum matches the new pattern",
        ),
        (
            "{type: string, format: email}",
            "{type: string, format: idn-email}",
            Compatible,
            "idn-email accepts every email",
        ),
        (
            "{type: string, format: email}",
            "{type: string, format: date}",
            Breaking,
            "",
        ),
    ];
    for (before, after, class, because) in cases {
        let diff = diff::compare(
            &load(&definition_files(before, true)),
            &load(&definition_files(after, true)),
        );
        let change = diff
            .changes
            .iter()
            .find(|c| c.place == tracklint::compare::change::Place::Property)
            .unwrap_or_else(|| panic!("{before} -> {after}: no change"));
        assert_eq!(change.class, *class, "{before} -> {after}: {change:?}");
        assert!(
            change
                .because
                .as_deref()
                .unwrap_or_default()
                .contains(because),
            "{before} -> {after}: {change:?}"
        );
    }
}

#[test]
fn a_type_the_old_values_already_had_is_compatible_and_timestamp_beside_string_is_no_narrowing() {
    let cases: &[(&str, &str, Class, &str)] = &[
        // A nested definition may leave `type` out; its enum already holds only strings.
        (
            "{enum: [a, b]}",
            "{type: string, enum: [a, b]}",
            Compatible,
            "every value of the old enum has the new type",
        ),
        (
            "{enum: [a, 1]}",
            "{type: string, enum: [a, 1]}",
            Breaking,
            "",
        ),
        (
            "{type: [string, integer], const: x}",
            "{type: string, const: x}",
            Compatible,
            "the old const has the new type",
        ),
        // `string` accepts every timestamp: `timestamp` beside it changes nothing.
        (
            "{type: [string, timestamp]}",
            "{type: string}",
            Compatible,
            "",
        ),
        ("{type: integer}", "{type: number}", Breaking, ""),
    ];
    for (before, after, class, because) in cases {
        let diff = diff::compare(
            &load(&definition_files(before, false)),
            &load(&definition_files(after, false)),
        );
        let change = diff
            .changes
            .iter()
            .find(|c| c.pointer.ends_with("/child/type"))
            .unwrap_or_else(|| panic!("{before} -> {after}: no type change in {:?}", diff.changes));
        assert_eq!(change.class, *class, "{before} -> {after}: {change:?}");
        let said = change.because.as_deref().unwrap_or_default();
        assert!(
            said.contains(because) && (because.is_empty() == said.is_empty()),
            "{before} -> {after}: {change:?}"
        );
    }
}
