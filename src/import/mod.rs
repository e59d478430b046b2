//! `tracklint import jsonschema`: an existing plan (JSON Schemas, an Iglu registry, a Segment
//! Protocols export) into a catalog, one event per schema, each property mapped keyword by
//! keyword (SPEC §5). `source` finds and reads the inputs, `map` turns a schema into the
//! definition form, `emit` writes the catalog's YAML; this module groups the versions of each
//! schema and decides what each event holds.

pub mod emit;
pub mod map;
pub mod source;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value};

use map::{Mapper, Unmapped};
use source::{Skipped, Version};

/// What the user chose on the command line.
pub struct Options {
    /// `--owner`: every event's owner (else the Iglu vendor, else `TODO`).
    pub owner: Option<String>,
    /// `--vendor`: keep only schemas of this Iglu vendor.
    pub vendor: Option<String>,
    /// `--history`: every version is written, not only the newest.
    pub history: bool,
}

/// One event with every version of its schema that was found, oldest first.
pub struct Imported {
    pub name: String,
    pub vendor: Option<String>,
    /// Each version's event as the catalog writes it (without `version` and `changelog`,
    /// which depend on how many versions are written), with where it came from.
    pub versions: Vec<ImportedVersion>,
}

pub struct ImportedVersion {
    pub version: Option<Version>,
    pub file: PathBuf,
    /// The event as the catalog writes it; only for the versions written (see [`import`]).
    pub event: Option<Map<String, Value>>,
}

/// Everything one import found.
pub struct Import {
    pub events: Vec<Imported>,
    pub skipped: Vec<Skipped>,
    pub unmapped: Vec<Unmapped>,
}

/// Reads `paths`, groups the schemas found by event, and maps the versions that will be
/// written: every version with `history`, else each event's newest.
pub fn import(paths: &[PathBuf], options: &Options) -> Import {
    let (documents, mut skipped) = source::read_inputs(paths);
    let mut mapper = Mapper::new(&documents);
    // (vendor, name) → the schemas of its versions; a BTreeMap so events come out sorted.
    let mut groups: BTreeMap<(Option<String>, String), Vec<source::Found>> = BTreeMap::new();
    for document in documents.iter().filter(|d| !source::is_export_index(d)) {
        match source::schemas_in(document) {
            Ok(found) => {
                for schema in found {
                    let wanted = options
                        .vendor
                        .as_ref()
                        .is_none_or(|v| schema.vendor.as_ref() == Some(v));
                    if wanted {
                        groups
                            .entry((schema.vendor.clone(), schema.name.clone()))
                            .or_default()
                            .push(schema);
                    }
                }
            }
            Err(reason) => skipped.push(Skipped {
                path: document.path.clone(),
                reason,
            }),
        }
    }
    let mut events = Vec::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for ((vendor, name), mut schemas) in groups {
        schemas.sort_by_key(|a| a.version);
        // Two schemas of one version (the same file given twice, two unversioned schemas of
        // one name): the first in input order is kept.
        let mut kept: Vec<source::Found> = Vec::new();
        for schema in schemas {
            match kept.iter().find(|k| k.version == schema.version) {
                Some(first) => skipped.push(Skipped {
                    path: schema.document.path.clone(),
                    reason: format!(
                        "another schema of event \"{name}\" has the same version; {} was imported",
                        crate::syntax::source::display_path(&first.document.path)
                    ),
                }),
                None => kept.push(schema),
            }
        }
        // One catalog has one event of a name: a second vendor's is reported, not merged.
        if let Some(first) = names.get(&name) {
            for schema in &kept {
                skipped.push(Skipped {
                    path: schema.document.path.clone(),
                    reason: format!(
                        "event \"{name}\" was already imported from {first}; import one vendor at a time (--vendor) into separate catalogs"
                    ),
                });
            }
            continue;
        }
        names.insert(
            name.clone(),
            vendor.clone().unwrap_or_else(|| "no vendor".to_owned()),
        );
        let newest = kept.len().saturating_sub(1);
        let versions = kept
            .iter()
            .enumerate()
            .map(|(index, schema)| ImportedVersion {
                version: schema.version,
                file: schema.document.path.clone(),
                // Only what is written is mapped, so the report speaks of that only.
                event: (options.history || index == newest)
                    .then(|| event_of(&mut mapper, schema, options)),
            })
            .collect();
        events.push(Imported {
            name,
            vendor,
            versions,
        });
    }
    Import {
        events,
        skipped,
        unmapped: mapper.unmapped,
    }
}

/// The event of one schema: description, owner, consent, closedness and properties.
fn event_of<'d>(
    mapper: &mut Mapper<'d>,
    schema: &source::Found<'d>,
    options: &Options,
) -> Map<String, Value> {
    for (pointer, reason) in &schema.dropped {
        mapper.unmapped.push(Unmapped {
            file: schema.document.path.clone(),
            pointer: pointer.clone(),
            reason: reason.clone(),
        });
    }
    let shape = mapper.event(schema.document, schema.schema, &schema.pointer);
    let mut event = Map::new();
    if let Some(description) = &schema.description {
        event.insert("description".into(), description.clone().into());
    }
    let owner = options
        .owner
        .clone()
        .or_else(|| schema.vendor.clone())
        .unwrap_or_else(|| "TODO".to_owned());
    event.insert("owner".into(), owner.into());
    event.insert("consent".into(), "analytics".into());
    if shape.closed {
        event.insert("closed".into(), Value::Bool(true));
    }
    let properties: Map<String, Value> = shape.properties.into_iter().collect();
    event.insert("properties".into(), Value::Object(properties));
    event
}
