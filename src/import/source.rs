//! Finding and reading what `import jsonschema` is given: JSON or YAML files, folders of them
//! (an Iglu registry's `schemas/VENDOR/NAME/jsonschema/M-R-A` files have no extension), and
//! telling an Iglu self-describing schema, a Segment Protocols tracking plan, a schema that
//! `tracklint export` wrote, and a plain JSON Schema apart.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::syntax::read::{self, FILE_LIMIT, ReadError};
use crate::syntax::yaml;

/// The most input files one import reads.
pub const MAX_FILES: usize = 100_000;

/// The most bytes of input files one import reads.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// One input file, parsed.
pub struct Document {
    /// As found (under a folder the user named, or named itself).
    pub path: PathBuf,
    pub root: Value,
}

/// A file that was not read or parsed, and why.
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Every file under `paths` that may hold a schema, parsed, in a stable order (paths as
/// given, each folder's files sorted); the others with the reason they were left out.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Document>, Vec<Skipped>) {
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    let budget = read::Budget::new(MAX_TOTAL_BYTES);
    let mut files = Vec::new();
    for path in paths {
        match std::fs::symlink_metadata(path) {
            Err(error) => skipped.push(Skipped {
                path: path.clone(),
                reason: error.to_string(),
            }),
            Ok(metadata) if metadata.is_dir() => folder_files(path, &mut files, &mut skipped),
            Ok(_) => files.push(path.clone()),
        }
    }
    for path in files {
        if documents.len() + skipped.len() >= MAX_FILES {
            skipped.push(Skipped {
                path,
                reason: format!("more than {MAX_FILES} files were given; import fewer at a time"),
            });
            continue;
        }
        match read_document(&path, &budget) {
            Ok(root) => documents.push(Document { path, root }),
            Err(reason) => skipped.push(Skipped { path, reason }),
        }
    }
    (documents, skipped)
}

/// The candidate files below a folder: `.json`, `.yaml`, `.yml`, and extensionless files in
/// an Iglu layout (`.../jsonschema/1-0-0`). Hidden files and folders are skipped and links
/// are not followed (an input folder cannot lead the import elsewhere).
fn folder_files(folder: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) {
    let walker = ignore::WalkBuilder::new(folder)
        .standard_filters(false)
        .hidden(true)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if entry.file_type().is_some_and(|t| t.is_file()) && is_candidate(path) {
                    files.push(path.to_path_buf());
                }
            }
            Err(error) => skipped.push(Skipped {
                path: folder.to_path_buf(),
                reason: error.to_string(),
            }),
        }
        if files.len() > MAX_FILES {
            break;
        }
    }
}

fn is_candidate(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => matches!(ext.to_ascii_lowercase().as_str(), "json" | "yaml" | "yml"),
        None => iglu_version_of(path).is_some(),
    }
}

/// The SchemaVer of a file in an Iglu layout (`.../jsonschema/1-0-2`).
fn iglu_version_of(path: &Path) -> Option<Version> {
    let parent = path.parent()?.file_name()?.to_str()?;
    (parent == "jsonschema")
        .then(|| Version::parse(path.file_name()?.to_str()?))
        .flatten()
}

fn read_document(path: &Path, budget: &read::Budget) -> Result<Value, String> {
    let bytes = read::read_budgeted(path, FILE_LIMIT, budget).map_err(|e| match e {
        ReadError::Io(error) => error.to_string(),
        other => other.to_string(),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if looks_like_json(text) {
        // serde_json refuses nesting deeper than 128 levels, so no input can exhaust the stack.
        return serde_json::from_str(text).map_err(|e| format!("it is not valid JSON: {e}"));
    }
    let document = yaml::parse(text).map_err(|e| format!("it is not valid YAML: {}", e.message))?;
    Ok(document.root.to_json())
}

fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

/// A version a schema's name or file carries: Iglu's SchemaVer `MODEL-REVISION-ADDITION`, or
/// `X.Y.Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub parts: [u64; 3],
    /// `-` for SchemaVer, `.` for semantic versions: how it is written back.
    pub separator: char,
    /// The source states the event's version number itself (tracklint's `$id` `:v3`, a
    /// Segment rule's `version`): the catalog keeps that number.
    pub stated: bool,
}

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        let separator = if text.contains('-') { '-' } else { '.' };
        let mut parts = [0u64; 3];
        let mut count = 0;
        for (slot, part) in parts.iter_mut().zip(text.split(separator)) {
            if part.is_empty() || part.len() > 9 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            *slot = part.parse().ok()?;
            count += 1;
        }
        (count == 3 && text.split(separator).count() == 3).then_some(Version {
            parts,
            separator,
            stated: false,
        })
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [a, b, c] = self.parts;
        if self.stated {
            return write!(f, "{a}");
        }
        let s = self.separator;
        write!(f, "{a}{s}{b}{s}{c}")
    }
}

/// One schema found in an input: the event it describes.
pub struct Found<'d> {
    pub document: &'d Document,
    /// The event name, as the source writes it.
    pub name: String,
    /// The Iglu vendor, when the source has one.
    pub vendor: Option<String>,
    pub version: Option<Version>,
    /// The schema of the event's properties (an object schema).
    pub schema: &'d Value,
    /// Where that schema sits in the document (RFC 6901).
    pub pointer: String,
    pub description: Option<String>,
    /// Parts of the source the import does not map (a Segment rule's `context`, `traits`).
    pub dropped: Vec<(String, String)>,
}

/// Whether a document is the `index.json` that `tracklint export jsonschema` writes beside
/// the schemas: it lists them and holds no schema of its own.
pub fn is_export_index(document: &Document) -> bool {
    document.root.get("schemas").is_some_and(Value::is_array)
        && document
            .root
            .get("$comment")
            .and_then(Value::as_str)
            .is_some_and(|c| c.contains("written by tracklint export jsonschema"))
}

/// The schemas one document holds: one for a schema file, one per event for a Segment
/// Protocols tracking plan; an error when it holds none.
pub fn schemas_in(document: &Document) -> Result<Vec<Found<'_>>, String> {
    let root = &document.root;
    let Some(map) = root.as_object() else {
        return Err("it is not a JSON object".to_owned());
    };
    if let Some(events) = map
        .get("rules")
        .and_then(|r| r.get("events"))
        .and_then(Value::as_array)
    {
        return segment_events(document, events);
    }
    let file_version = iglu_version_of(&document.path).or_else(|| {
        let stem = document.path.file_stem()?.to_str()?;
        let tail = stem.rsplit(['_', '@']).next()?;
        Version::parse(tail)
    });
    let description = map
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(own) = self_described(map) {
        if !is_object_schema(root) {
            return Err(format!(
                "schema {}/{} describes {}, not an event's properties (an object)",
                own.vendor,
                own.name,
                kind_of(root)
            ));
        }
        return Ok(vec![Found {
            document,
            name: own.name,
            vendor: Some(own.vendor),
            version: own.version.or(file_version),
            schema: root,
            pointer: String::new(),
            description,
            dropped: Vec::new(),
        }]);
    }
    // A track call as `tracklint export jsonschema` writes it: the event's properties are
    // under `properties.properties`, its name is the `event` const.
    if let Some(properties) = map.get("properties").and_then(Value::as_object)
        && let Some(name) = properties
            .get("event")
            .and_then(|e| e.get("const"))
            .and_then(Value::as_str)
        && let Some(schema) = properties.get("properties").filter(|s| s.is_object())
    {
        let version = map
            .get("$id")
            .and_then(Value::as_str)
            .and_then(|id| id.rsplit(":v").next())
            .and_then(|n| n.parse::<u64>().ok())
            .map(|n| Version {
                parts: [n, 0, 0],
                separator: '.',
                stated: true,
            });
        return Ok(vec![Found {
            document,
            name: name.to_owned(),
            vendor: None,
            version: version.or(file_version),
            schema,
            pointer: "/properties/properties".to_owned(),
            description,
            dropped: Vec::new(),
        }]);
    }
    if !is_object_schema(root) {
        return Err(
            "it is not a JSON Schema of an object (no `properties`, and `type` is not object)"
                .to_owned(),
        );
    }
    let name = map
        .get("title")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
        .map(str::to_owned)
        .or_else(|| {
            let stem = document.path.file_stem()?.to_str()?;
            Some(match file_version {
                Some(_) => stem
                    .rsplit_once(['_', '@'])
                    .map_or(stem, |(name, _)| name)
                    .to_owned(),
                None => stem.trim_end_matches(".schema").to_owned(),
            })
        })
        .ok_or_else(|| "it has no `title` and its file name is not text".to_owned())?;
    Ok(vec![Found {
        document,
        name,
        vendor: None,
        version: file_version,
        schema: root,
        pointer: String::new(),
        description,
        dropped: Vec::new(),
    }])
}

struct SelfDescription {
    vendor: String,
    name: String,
    version: Option<Version>,
}

/// Iglu's `self: {vendor, name, format, version}`.
fn self_described(map: &serde_json::Map<String, Value>) -> Option<SelfDescription> {
    let own = map.get("self")?.as_object()?;
    let text = |key: &str| own.get(key).and_then(Value::as_str);
    if text("format").is_some_and(|f| f != "jsonschema") {
        return None;
    }
    Some(SelfDescription {
        vendor: text("vendor")?.to_owned(),
        name: text("name")?.to_owned(),
        version: text("version").and_then(Version::parse),
    })
}

/// What a non-object schema describes, in words.
fn kind_of(schema: &Value) -> String {
    match schema.get("type") {
        Some(Value::String(t)) => format!("a value of type {t}"),
        Some(other) => format!("values of type {other}"),
        None => "no object".to_owned(),
    }
}

fn is_object_schema(schema: &Value) -> bool {
    schema.get("properties").is_some_and(Value::is_object)
        || schema.get("type").is_some_and(|t| {
            t == "object"
                || t.as_array()
                    .is_some_and(|a| a.iter().any(|x| x == "object"))
        })
}

/// The events of a Segment Protocols tracking plan export (`rules.events[]`): each event's
/// `rules` is the JSON Schema of its whole call; its properties are `properties.properties`.
fn segment_events<'d>(
    document: &'d Document,
    events: &'d [Value],
) -> Result<Vec<Found<'d>>, String> {
    let mut found = Vec::new();
    for (index, event) in events.iter().enumerate() {
        let Some(name) = event.get("name").and_then(Value::as_str) else {
            continue;
        };
        let rules = event.get("rules");
        let pointer = format!("/rules/events/{index}/rules/properties/properties");
        let Some(schema) = rules
            .and_then(|r| r.get("properties"))
            .and_then(|p| p.get("properties"))
        else {
            continue;
        };
        let mut dropped = Vec::new();
        if let Some(call) = rules
            .and_then(|r| r.get("properties"))
            .and_then(Value::as_object)
        {
            // Rules on the call's other parts (`context`, `traits`) are lost: say so, unless
            // they say nothing (`{}`, `{"type": "object"}`).
            let says_something = |rule: &Value| {
                rule.as_object()
                    .is_some_and(|r| r.iter().any(|(k, v)| !(k == "type" && v == "object")))
            };
            for key in call
                .iter()
                .filter(|(k, v)| *k != "properties" && says_something(v))
                .map(|(k, _)| k)
            {
                dropped.push((
                    format!("/rules/events/{index}/rules/properties/{}", super::map::escape(key)),
                    format!("the call's `{key}` rules: a tracklint definition describes the event's properties only"),
                ));
            }
        }
        found.push(Found {
            document,
            name: name.to_owned(),
            vendor: None,
            version: event
                .get("version")
                .and_then(Value::as_u64)
                .map(|n| Version {
                    parts: [n, 0, 0],
                    separator: '.',
                    stated: true,
                }),
            schema,
            pointer,
            description: event
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
            dropped,
        });
    }
    if found.is_empty() {
        return Err("a tracking plan without events that have property rules".to_owned());
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_schemaver_or_semver_and_order_numerically() {
        let v = |t: &str| Version::parse(t);
        assert!(v("1-0-10") > v("1-0-9"));
        assert_eq!(v("2-1-0").map(|v| v.to_string()), Some("2-1-0".to_owned()));
        assert_eq!(v("1.2.3").map(|v| v.to_string()), Some("1.2.3".to_owned()));
        for bad in [
            "1-0",
            "1-0-0-0",
            "a-0-0",
            "1--0",
            "1-0-0 ",
            "1234567890-0-0",
        ] {
            assert_eq!(v(bad), None, "{bad}");
        }
    }
}
