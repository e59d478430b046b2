//! Finds the catalog's YAML files, reads and parses them on all cores, checks each against
//! the schema, and merges them into one [`Catalog`]. No input makes it panic (SPEC §8).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::build::Builder;
use super::{Catalog, CatalogFile, Event, FileKind, LoadProblem, Name, Plan, PropertyDef};
use crate::error::{Error, Result};
use crate::syntax::read::{self, Budget, FILE_LIMIT, ReadError};
use crate::syntax::schema::{self, Document};
use crate::syntax::source::{FileId, SourceFile, Sources, Span, display_path};
use crate::syntax::yaml::{self, Node};
use foldhash::HashMap as FastMap;

#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Keep each event's definition as JSON, for custom policies.
    pub keep_json: bool,
    /// Files never to load as part of the catalog (the config, policy files).
    pub exclude: Vec<PathBuf>,
    /// Canonical folders every symbolic link met while walking must resolve into (the
    /// repository, and the paths named on the command line); links elsewhere are not read.
    pub confine: Vec<PathBuf>,
}

/// One file to load: on disk, or already in memory (a baseline read from git).
#[derive(Debug)]
pub enum Input {
    Disk(PathBuf),
    Memory {
        path: PathBuf,
        name: String,
        /// The content, or why it was not read (a blob over the size limit or the budget).
        bytes: std::result::Result<Vec<u8>, ReadError>,
    },
}

/// Loads every catalog file under `paths` (folders are walked, files taken as given).
pub fn load(paths: &[PathBuf], options: &LoadOptions, sources: &mut Sources) -> Result<Catalog> {
    load_walked(paths, options, false, sources)
}

/// [`load`], where a folder below with its own `tracklint.yaml` is another catalog (checked
/// under that config): its files are left out and the config is listed in
/// [`Catalog::nested`].
pub fn load_nested(
    paths: &[PathBuf],
    options: &LoadOptions,
    sources: &mut Sources,
) -> Result<Catalog> {
    load_walked(paths, options, true, sources)
}

fn load_walked(
    paths: &[PathBuf],
    options: &LoadOptions,
    nesting: bool,
    sources: &mut Sources,
) -> Result<Catalog> {
    let (files, unreadable, nested) = discover(paths, options, nesting)?;
    let inputs: Vec<Input> = files.into_iter().map(Input::Disk).collect();
    let mut catalog = load_inputs(&inputs, options, sources);
    catalog.unreadable.splice(0..0, unreadable);
    catalog.nested = nested;
    Ok(catalog)
}

/// Reads, parses and checks the inputs on every core, then merges them in order.
pub fn load_inputs(inputs: &[Input], options: &LoadOptions, sources: &mut Sources) -> Catalog {
    let mut catalog = Catalog::default();
    let first_id = sources.next_id().0;
    let budget = Budget::catalog();
    let results = crate::pool::map(inputs, |index, input| {
        let id = FileId(first_id + index as u32);
        match input {
            Input::Disk(path) => {
                let bytes = read::read_budgeted(path, FILE_LIMIT, &budget);
                file_result(path, display_path(path), bytes.as_deref(), id, options)
            }
            Input::Memory { path, name, bytes } => {
                file_result(path, name.clone(), bytes.as_deref(), id, options)
            }
        }
    });
    // Room for every definition at once: no list or index grows (and copies itself) while
    // the files are merged.
    let events: usize = results.iter().map(|r| r.events.len()).sum();
    let properties: usize = results.iter().map(|r| r.properties.len()).sum();
    catalog.events.reserve(events);
    catalog.event_index.reserve(events);
    catalog.properties.reserve(properties);
    catalog.property_index.reserve(properties);
    for result in results {
        let id = sources.add(result.source);
        if let Some(reason) = result.unreadable {
            catalog
                .unreadable
                .push((sources.get(id).path.clone(), reason));
            continue;
        }
        catalog.files.push(CatalogFile {
            id,
            kind: result.kind,
            events_key: result.events_key,
        });
        if result.skipped {
            catalog.skipped.push(id);
        }
        catalog.problems.extend(result.problems);
        merge(&mut catalog, result.events, result.properties, result.plan);
    }
    catalog.index();
    catalog
}

/// The files to read, sorted and without repeats, the paths that could not be walked or
/// were refused (not regular files, symbolic links out of the repository), and the configs of
/// nested catalogs (with `nesting`).
#[allow(clippy::type_complexity)]
fn discover(
    paths: &[PathBuf],
    options: &LoadOptions,
    nesting: bool,
) -> Result<(Vec<PathBuf>, Vec<(PathBuf, String)>, Vec<PathBuf>)> {
    let exclude: HashSet<PathBuf> = options.exclude.iter().map(|p| read::absolute(p)).collect();
    let mut seen = HashSet::new();
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    let mut nested = Vec::new();
    let refused_links = Arc::new(Mutex::new(Vec::new()));
    for path in paths {
        if std::fs::metadata(path).is_err() && std::fs::symlink_metadata(path).is_err() {
            return Err(Error::NotFound { path: path.clone() });
        }
        if !path.is_dir() {
            // Named as such (on the command line or in the config): read, or refused, as given.
            if seen.insert(read::absolute(path)) {
                files.push(path.clone());
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .follow_links(true)
            .git_global(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .filter_entry(confined_links(&options.confine, &refused_links))
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let (at, reason) = walk_error(&err, path);
                    unreadable.push((at, reason));
                    continue;
                }
            };
            let Some(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() || !is_yaml(entry.path()) {
                continue;
            }
            let key = read::absolute(entry.path());
            // Known by its name alone, so the single-catalog walk costs no extra look.
            if nesting && entry.file_name() == crate::config::CONFIG_FILE && !exclude.contains(&key)
            {
                nested.push(key);
                continue;
            }
            if exclude.contains(&key) || !seen.insert(key) {
                continue;
            }
            if !file_type.is_file() {
                // A FIFO or a device named like a catalog file: reported, never opened.
                let kind =
                    std::fs::metadata(entry.path()).map_or("a special file", |m| read::kind_of(&m));
                let reason = ReadError::NotRegular { kind };
                unreadable.push((entry.into_path(), reason.to_string()));
                continue;
            }
            files.push(entry.into_path());
        }
    }
    if let Ok(mut refused) = refused_links.lock() {
        unreadable.append(&mut refused);
    }
    if !nested.is_empty() {
        let below_nested = |path: &Path| {
            let path = read::absolute(path);
            nested
                .iter()
                .filter_map(|config: &PathBuf| config.parent())
                .any(|folder| path.starts_with(folder))
        };
        files.retain(|file| !below_nested(file));
        unreadable.retain(|(path, _)| !below_nested(path));
        nested.sort();
        nested.dedup();
    }
    unreadable.sort_by_cached_key(|(p, _)| display_path(p));
    // The walker may ask twice about a linked folder (entering it, and listing it).
    unreadable.dedup();
    files.sort_by_cached_key(|p| display_path(p));
    Ok((files, unreadable, nested))
}

/// The walker's filter: a symbolic link (to a file or a folder) that resolves outside every
/// folder of `confine` is recorded in `refused` and neither read nor descended into.
fn confined_links(
    confine: &[PathBuf],
    refused: &Arc<Mutex<Vec<(PathBuf, String)>>>,
) -> impl Fn(&ignore::DirEntry) -> bool + Send + Sync + 'static {
    let confine = confine.to_vec();
    let refused = Arc::clone(refused);
    move |entry| {
        if !entry.path_is_symlink() {
            return true;
        }
        // A dangling link is left to the walker, which reports it.
        let Ok(target) = std::fs::canonicalize(entry.path()) else {
            return true;
        };
        if confine.iter().any(|root| target.starts_with(root)) {
            return true;
        }
        let reason = format!(
            "symbolic link to {} outside the repository; not read",
            display_path(&target)
        );
        if let Ok(mut refused) = refused.lock() {
            refused.push((entry.path().to_path_buf(), reason));
        }
        false
    }
}

fn walk_error(err: &ignore::Error, root: &Path) -> (PathBuf, String) {
    match err {
        ignore::Error::WithPath { path, err } => (path.clone(), err.to_string()),
        ignore::Error::Loop { ancestor, child } => (
            child.clone(),
            format!(
                "symbolic link loop back to {}; remove the link or list it in .gitignore",
                display_path(ancestor)
            ),
        ),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err, root)
        }
        other => (root.to_path_buf(), other.to_string()),
    }
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

struct FileResult {
    source: SourceFile,
    events_key: Option<Span>,
    unreadable: Option<String>,
    kind: Option<FileKind>,
    skipped: bool,
    problems: Vec<LoadProblem>,
    events: Vec<Event>,
    properties: Vec<PropertyDef>,
    plan: Option<Plan>,
}

/// The outcome of reading one file: parsed, a diagnostic (over the size limit), or unreadable.
fn file_result(
    path: &Path,
    name: String,
    bytes: std::result::Result<&[u8], &ReadError>,
    id: FileId,
    options: &LoadOptions,
) -> FileResult {
    match bytes {
        Ok(bytes) => parse_file(path, name, Ok(bytes), id, options),
        Err(ReadError::TooLarge { limit }) => {
            let message = format!(
                "file is over the {} MiB limit for one catalog file; split it",
                limit / (1024 * 1024)
            );
            parse_file(path, name, Err(message), id, options)
        }
        Err(reason) => {
            let mut result = FileResult::empty(path, name);
            result.unreadable = Some(reason.to_string());
            result
        }
    }
}

impl FileResult {
    fn syntax_problem(&mut self, span: Span, message: String) {
        self.problems
            .push(LoadProblem::YamlSyntax { span, message });
    }

    fn empty(path: &Path, name: String) -> FileResult {
        FileResult {
            source: SourceFile::new(path.to_path_buf(), name, String::new()),
            events_key: None,
            unreadable: None,
            kind: None,
            skipped: false,
            problems: Vec::new(),
            events: Vec::new(),
            properties: Vec::new(),
            plan: None,
        }
    }
}

/// Everything after reading: decoding, parsing, classifying, the schema check and building.
/// `bytes` is an error message when the file was refused before reading (too large).
fn parse_file(
    path: &Path,
    name: String,
    bytes: std::result::Result<&[u8], String>,
    id: FileId,
    options: &LoadOptions,
) -> FileResult {
    let mut result = FileResult::empty(path, name);
    // Only a named file can be another kind (the walk takes YAML only): a README or a
    // script that pre-commit passes is no catalog file.
    if !is_yaml(path) {
        result.skipped = true;
        return result;
    }
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(message) => {
            result.syntax_problem(Span::new(id, 0, 0), message);
            return result;
        }
    };
    if !decode(&mut result, path, bytes, id) {
        return result;
    }
    let Some(tree) = parse_tree(&mut result, id) else {
        return result;
    };
    if classify_into(&mut result, &tree, id) {
        validate_and_build(&mut result, &tree, id, options);
    }
    result
}

/// The file's text (without a byte order mark) into `result.source`; false, with the problem
/// recorded, when it is binary or not UTF-8.
fn decode(result: &mut FileResult, path: &Path, bytes: &[u8], id: FileId) -> bool {
    let with_bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let bytes = if with_bom { &bytes[3..] } else { bytes };
    if let Some(nul) = bytes.iter().take(8192).position(|&b| b == 0) {
        result.syntax_problem(
            Span::new(id, 0, 0),
            format!("this is a binary file, not YAML (NUL byte at offset {nul})"),
        );
        return false;
    }
    let name = std::mem::take(&mut result.source.name);
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            result.source = SourceFile::new(path.to_path_buf(), name, text.to_owned());
            result.source.bom = with_bom;
            true
        }
        Err(err) => {
            let at = err.valid_up_to();
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            result.source = SourceFile::new(path.to_path_buf(), name, lossy);
            result.source.bom = with_bom;
            let byte = bytes.get(at).copied().unwrap_or(0);
            result.syntax_problem(
                Span::new(id, at as u32, 1),
                format!(
                    "file is not valid UTF-8 (byte 0x{byte:02X} at offset {at}); save it as UTF-8"
                ),
            );
            false
        }
    }
}

/// The spanned YAML tree of the text, with its duplicate keys recorded.
fn parse_tree(result: &mut FileResult, id: FileId) -> Option<Node> {
    let document = match yaml::parse(&result.source.text) {
        Ok(document) => document,
        Err(err) => {
            // A file that did not parse keeps no comments, so it has no suppressions: its one
            // diagnostic is the syntax error (which a comment cannot hide; `--ignore` or the
            // suppressions file can), and no rule judged it, so none of its `allow(...)` is
            // reported unused or removed by `--fix`.
            result.syntax_problem(Span::new(id, err.offset, 0), err.message);
            return None;
        }
    };
    result.source.comments = document.comments;
    for duplicate in document.duplicates {
        result.problems.push(LoadProblem::DuplicateKey {
            key: duplicate.key,
            first: Span::new(id, duplicate.first.offset, duplicate.first.len),
            second: Span::new(id, duplicate.second.offset, duplicate.second.len),
        });
    }
    Some(document.root)
}

/// What kind of catalog file the tree is; false when it is none (empty, unrelated, or a
/// near miss, recorded as a problem).
fn classify_into(result: &mut FileResult, tree: &Node, id: FileId) -> bool {
    match classify(tree) {
        Classified::Kind(kind) => {
            result.kind = Some(kind);
            true
        }
        Classified::Empty => {
            result.problems.push(LoadProblem::Schema {
                span: Span::new(id, 0, 0),
                message: "file is empty".into(),
                help: "add `events:` / `properties:` (a dictionary) or `plan:` (a plan), or delete the file".into(),
            });
            false
        }
        Classified::LooksIntended(key) => {
            result.problems.push(LoadProblem::UnknownFileKind {
                span: Span::new(id, key.pos.offset, key.pos.len),
                key: key.key_text().to_owned(),
            });
            false
        }
        Classified::Unrelated => {
            result.skipped = true;
            false
        }
    }
}

/// Checks the tree against the catalog schema, then builds its events, properties or plan;
/// values the schema rejected are marked so they do not feed the rules.
fn validate_and_build(result: &mut FileResult, tree: &Node, id: FileId, options: &LoadOptions) {
    result.events_key = tree
        .get_entry("events")
        .map(|e| Span::new(id, e.key.pos.offset, e.key.pos.len));
    let json = tree.to_json();
    let mut invalid = foldhash::HashSet::default();
    for violation in schema::check(Document::Catalog, tree, &json) {
        invalid.insert(violation.pos.offset);
        result.problems.push(LoadProblem::Schema {
            span: Span::new(id, violation.pos.offset, violation.pos.len),
            message: violation.message,
            help: violation.help,
        });
    }
    let builder = Builder {
        file: id,
        text: &result.source.text,
        invalid,
        keep_json: options.keep_json,
        expansions: std::cell::Cell::new(0),
        unresolved: std::cell::RefCell::new(Vec::new()),
    };
    match result.kind {
        Some(FileKind::Plan) => result.plan = builder.plan(tree),
        _ => {
            result.events = builder.events(tree);
            result.properties = builder.properties(tree);
        }
    }
    for (span, message) in builder.unresolved.take() {
        result.problems.push(LoadProblem::Schema {
            span,
            message,
            help: "write the nested definition inline, or point `$ref` at `#/$defs/NAME` of this property".into(),
        });
    }
}

enum Classified<'a> {
    Kind(FileKind),
    Empty,
    LooksIntended(&'a Node),
    Unrelated,
}

/// Dictionary: `events:` and/or `properties:`; plan: `plan:`; anything else is unrelated
/// YAML, unless a key looks like a misspelt catalog key (SPEC §1).
fn classify(tree: &Node) -> Classified<'_> {
    if tree.is_null() {
        return Classified::Empty;
    }
    if tree.as_map().is_none() {
        return Classified::Unrelated;
    }
    if tree.get("plan").is_some() {
        return Classified::Kind(FileKind::Plan);
    }
    if tree.get("events").is_some() {
        return Classified::Kind(FileKind::Dictionary);
    }
    // A tracklint config under another name (e.g. for `--config`) is not a dictionary.
    const CONFIG_KEYS: [&str; 8] = [
        "catalog",
        "naming",
        "lifecycle",
        "crm",
        "review",
        "rules",
        "policies",
        "business_timezone",
    ];
    if CONFIG_KEYS.iter().any(|key| tree.get(key).is_some()) {
        return Classified::Unrelated;
    }
    if tree.get("properties").is_some() {
        // Only `properties:` (and `version:`) makes a dictionary; with other keys it is
        // something else, typically a JSON Schema kept next to the catalog.
        let only_ours = tree
            .entries()
            .all(|(key, _)| matches!(key, "properties" | "version") || key.starts_with("x-"));
        return if only_ours {
            Classified::Kind(FileKind::Dictionary)
        } else {
            Classified::Unrelated
        };
    }
    tree.as_map()
        .unwrap_or(&[])
        .iter()
        .map(|entry| &entry.key)
        .find(|key| looks_like_catalog_key(key.key_text()))
        .map_or(Classified::Unrelated, Classified::LooksIntended)
}

fn looks_like_catalog_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase().replace(['-', ' '], "_");
    matches!(
        key.as_str(),
        "event" | "plans" | "property" | "props" | "tracking_plan" | "trackingplan" | "dictionary"
    ) || crate::text::within_distance(&key, "events", 2)
        || (key != "properties" && crate::text::within_distance(&key, "properties", 2))
}

/// Adds one file's definitions; a name defined before is a duplicate definition.
fn merge(
    catalog: &mut Catalog,
    events: Vec<Event>,
    properties: Vec<PropertyDef>,
    plan: Option<Plan>,
) {
    let problems = &mut catalog.problems;
    let events_by_name = &mut catalog.event_index;
    add_named(
        &mut catalog.events,
        events_by_name,
        problems,
        "event",
        events,
        |e| &e.name,
    );
    let properties_by_name = &mut catalog.property_index;
    add_named(
        &mut catalog.properties,
        properties_by_name,
        problems,
        "property",
        properties,
        |p| &p.name,
    );
    if let Some(plan) = plan {
        // A plan's file is real instrumentation whatever its id: keep both, report the id.
        match catalog.plan_index.get(&plan.id.value) {
            Some(&first) => catalog.problems.push(LoadProblem::DuplicateDefinition {
                what: "plan",
                name: plan.id.value.clone(),
                first: catalog.plans[first].id.span,
                second: plan.id.span,
            }),
            None => {
                catalog
                    .plan_index
                    .insert(plan.id.value.clone(), catalog.plans.len());
            }
        }
        catalog.plans.push(plan);
    }
}

/// Adds `items` to `list`, indexed by name; an item whose name is indexed already is a
/// duplicate definition of `what` and is left out (the first one counts).
fn add_named<T>(
    list: &mut Vec<T>,
    index: &mut FastMap<String, usize>,
    problems: &mut Vec<LoadProblem>,
    what: &'static str,
    items: Vec<T>,
    name: impl Fn(&T) -> &Name,
) {
    for item in items {
        let named = name(&item);
        match index.get(&named.value) {
            Some(&first) => problems.push(LoadProblem::DuplicateDefinition {
                what,
                name: named.value.clone(),
                first: name(&list[first]).span,
                second: named.span,
            }),
            None => {
                index.insert(named.value.clone(), list.len());
                list.push(item);
            }
        }
    }
}
