//! `tracklint export jsonschema --out DIR [--layout plain|iglu --vendor VENDOR]`: the schemas
//! `validate` checks payloads with, as files. Every name that becomes a path component is
//! checked first; DIR is written where it points (inside the repository, never through a
//! link), its folders created one level at a time, never through a link, each file atomically.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

use super::{EXIT_OK, Globals, load_complete, written};
use crate::catalog::{Catalog, Event, Status};
use crate::cli::{ExportArgs, ExportCommand, JsonSchemaArgs, SchemaLayout};
use crate::engine::write::{create_parents, named_folder, write_atomic};
use crate::error::{Error, Result};
use crate::escape::{json_string, visible};
use crate::payload::schema::{event_schema, iglu_schema, iglu_version, schema_id};
use crate::syntax::source::display_path;

/// The longest event name or vendor used as a path component.
const MAX_COMPONENT: usize = 128;

pub fn run(
    args: &ExportArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    match &args.what {
        ExportCommand::Jsonschema(args) => jsonschema(args, config, globals, out),
    }
}

/// A file to write, relative to DIR.
struct Planned {
    relative: Vec<String>,
    bytes: Vec<u8>,
}

fn jsonschema(
    args: &JsonSchemaArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let vendor = vendor(args)?;
    let workspace = load_complete(&[], config, globals, "export")?;
    let catalog = &workspace.catalog;
    check_event_names(catalog)?;
    let files = match &vendor {
        Some(vendor) => iglu_files(catalog, vendor, args.all),
        None => plain_files(catalog, args.all),
    };
    let repository = &workspace.config.repository;
    let root = named_folder(&args.out, repository)?;
    for file in &files {
        let path = create_parents(&root, &file.relative)?;
        write_atomic(&path, &file.bytes, &root)?;
    }
    written(writeln!(
        out,
        "Wrote {} schema{} and index.json to {}",
        files.len() - 1,
        if files.len() == 2 { "" } else { "s" },
        visible(&display_path(&args.out))
    ))?;
    Ok(EXIT_OK)
}

/// `--vendor`: required by (and only for) the Iglu layout, and a safe reverse domain.
fn vendor(args: &JsonSchemaArgs) -> Result<Option<String>> {
    match (args.layout, &args.vendor) {
        (SchemaLayout::Iglu, None) => Err(Error::Usage(
            "--layout iglu needs --vendor, a reverse domain such as com.example".into(),
        )),
        (SchemaLayout::Plain, Some(_)) => Err(Error::Usage(
            "--vendor names the Iglu vendor; use it with --layout iglu".into(),
        )),
        (SchemaLayout::Plain, None) => Ok(None),
        (SchemaLayout::Iglu, Some(vendor)) => {
            let safe = vendor.len() <= MAX_COMPONENT && vendor.split('.').all(is_safe_component);
            if !safe {
                return Err(Error::Usage(format!(
                    "--vendor \"{vendor}\" is not a reverse domain of letters, digits, `_` and `-` separated by dots (e.g. com.example)"
                )));
            }
            Ok(Some(vendor.clone()))
        }
    }
}

/// Letters, digits, `_` and `-` (Iglu's rule for names), not empty, not too long.
fn is_safe_component(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_COMPONENT
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Every event name must be a safe file name, and no two may differ only in case (they would
/// be one file on macOS and Windows).
fn check_event_names(catalog: &Catalog) -> Result<()> {
    let mut refused: Vec<String> = catalog
        .events
        .iter()
        .map(|e| e.name.value.as_str())
        .filter(|name| !is_safe_component(name))
        .map(|name| format!("\"{name}\""))
        .collect();
    let mut lower: Vec<(String, &str)> = catalog
        .events
        .iter()
        .map(|e| (e.name.value.to_ascii_lowercase(), e.name.value.as_str()))
        .collect();
    lower.sort();
    for pair in lower.windows(2) {
        if pair[0].0 == pair[1].0 {
            refused.push(format!(
                "\"{}\" and \"{}\" (same file name)",
                pair[0].1, pair[1].1
            ));
        }
    }
    if refused.is_empty() {
        return Ok(());
    }
    refused.truncate(20);
    Err(Error::Refused(format!(
        "cannot export: these event names are not safe file names (letters, digits, `_` and `-`): {}; nothing was written",
        refused.join(", ")
    )))
}

fn plain_files(catalog: &Catalog, all: bool) -> Vec<Planned> {
    let mut files = Vec::with_capacity(catalog.events.len() + 1);
    let mut index = Vec::with_capacity(catalog.events.len());
    for event in catalog.events.iter().filter(|e| exported(e, all)) {
        let name = format!("{}.schema.json", event.name.value);
        index.push(json!({
            "event": event.name.value,
            "version": event.version(),
            "status": event.status().as_str(),
            "file": name,
            "$id": schema_id(event),
        }));
        files.push(Planned {
            relative: vec![name],
            bytes: json_string(&marked(event_schema(catalog, event), event)).into_bytes(),
        });
    }
    files.push(index_file(
        index,
        "JSON Schema 2020-12 of each event's track call",
    ));
    files
}

fn iglu_files(catalog: &Catalog, vendor: &str, all: bool) -> Vec<Planned> {
    let mut files = Vec::with_capacity(catalog.events.len() + 1);
    let mut index = Vec::with_capacity(catalog.events.len());
    for event in catalog.events.iter().filter(|e| exported(e, all)) {
        let version = iglu_version(event);
        let relative = vec![
            "schemas".to_owned(),
            vendor.to_owned(),
            event.name.value.clone(),
            "jsonschema".to_owned(),
            version.clone(),
        ];
        index.push(json!({
            "event": event.name.value,
            "version": event.version(),
            "status": event.status().as_str(),
            "file": relative.join("/"),
            "uri": format!("iglu:{vendor}/{}/jsonschema/{version}", event.name.value),
        }));
        files.push(Planned {
            relative,
            bytes: json_string(&marked(iglu_schema(catalog, event, vendor), event)).into_bytes(),
        });
    }
    files.push(index_file(
        index,
        "Self-describing JSON Schemas (draft-04) of each event's properties, in Iglu's layout",
    ));
    files
}

fn index_file(schemas: Vec<Value>, what: &str) -> Planned {
    let index = json!({
        "$comment": format!("{what}, written by tracklint export jsonschema from the catalog"),
        "schemas": schemas,
    });
    Planned {
        relative: vec!["index.json".into()],
        bytes: json_string(&index).into_bytes(),
    }
}

/// Whether an event is exported: `validate` accepts no payload of a draft or retired event,
/// so neither is unless `--all` asks for them.
fn exported(event: &Event, all: bool) -> bool {
    all || !matches!(event.status(), Status::Draft | Status::Retired)
}

/// A schema of an event `validate` would reject (draft, retired), written with `--all`: said
/// in the schema itself, so nobody mistakes it for a live one.
fn marked(mut schema: Value, event: &Event) -> Value {
    let status = event.status();
    if matches!(status, Status::Draft | Status::Retired)
        && let Value::Object(map) = &mut schema
    {
        map.insert("x-tracklint-status".into(), status.as_str().into());
        if status == Status::Retired {
            map.insert("deprecated".into(), Value::Bool(true));
        }
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_are_path_components() {
        for good in ["order_completed", "Order-Completed2"] {
            assert!(is_safe_component(good), "{good}");
        }
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "a\\b",
            "a b",
            "a.b",
            "é",
            "a\u{0}",
            &"x".repeat(200),
        ] {
            assert!(!is_safe_component(bad), "{bad:?}");
        }
    }
}
