//! Writing an import: `tracklint.yaml` and one dictionary file per vendor in block YAML that
//! reads back as exactly what was mapped (every scalar through `syntax::quote`), and with
//! `--history` one git commit per schema version, oldest first, so `diff` and
//! `check --against` see what each version changed.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::Import;
use crate::compare::git;
use crate::engine::write::{create_parents, write_atomic};
use crate::error::{Error, Result};
use crate::escape::visible;
use crate::syntax::quote;

/// What was written.
pub struct Written {
    pub events: usize,
    /// Versions written in all (one per event without `--history`).
    pub versions: usize,
    pub commits: usize,
}

/// The config of an imported catalog.
const CONFIG: &str = "\
# Written by `tracklint import jsonschema`. Run `tracklint check` next: naming, owners and
# consent are yours to settle.
catalog: [dictionary]
";

/// Writes the catalog into `root` (an empty folder): the newest version of every event, or
/// with `history` each version as a commit of its own.
pub fn write(import: &Import, root: &Path, history: bool) -> Result<Written> {
    let files = files_of(import);
    let mut written = Written {
        events: import.events.len(),
        versions: 0,
        commits: 0,
    };
    // With history, git must be able to commit DIR before anything is written into it.
    let repository = if history {
        Some(Repository::at(root)?)
    } else {
        None
    };
    write_file(root, &["tracklint.yaml".to_owned()], CONFIG)?;
    let Some(repository) = repository else {
        for (file, events) in &files {
            let states: Vec<(usize, usize)> = events
                .iter()
                .map(|&e| (e, import.events[e].versions.len()))
                .collect();
            write_file(root, file, &render(import, &states))?;
        }
        written.versions = import.events.len();
        return Ok(written);
    };
    // Every event at its oldest version first.
    let mut at: Vec<usize> = vec![1; import.events.len()];
    let render_file = |at: &[usize], events: &[usize]| {
        let states: Vec<(usize, usize)> = events.iter().map(|&e| (e, at[e])).collect();
        render(import, &states)
    };
    for (file, events) in &files {
        write_file(root, file, &render_file(&at, events))?;
    }
    repository.commit(&format!(
        "Import {} event{} (oldest version of each)",
        import.events.len(),
        if import.events.len() == 1 { "" } else { "s" }
    ))?;
    written.commits += 1;
    written.versions += import.events.len();
    for (file, events) in &files {
        for &event in events {
            let imported = &import.events[event];
            let numbers = numbers(&imported.versions);
            for version in 2..=imported.versions.len() {
                at[event] = version;
                write_file(root, file, &render_file(&at, events))?;
                repository.commit(&format!(
                    "{}: version {} ({})",
                    visible(&imported.name),
                    numbers[version - 1],
                    source_label(&imported.versions[version - 1])
                ))?;
                written.commits += 1;
                written.versions += 1;
            }
        }
    }
    Ok(written)
}

/// Each dictionary file (its path below the root) with the events it holds: one file per
/// Iglu vendor, `events.yaml` for the rest.
fn files_of(import: &Import) -> Vec<(Vec<String>, Vec<usize>)> {
    let mut files: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    for (index, event) in import.events.iter().enumerate() {
        let name = match &event.vendor {
            Some(vendor) => format!("{}.yaml", file_name(vendor)),
            None => "events.yaml".to_owned(),
        };
        let path = vec!["dictionary".to_owned(), name];
        match files.iter_mut().find(|(p, _)| *p == path) {
            Some((_, events)) => events.push(index),
            None => files.push((path, vec![index])),
        }
    }
    files
}

/// A vendor as a file name: letters, digits, `.`, `_` and `-` kept, anything else `_`, never
/// hidden, at most 100 bytes.
fn file_name(vendor: &str) -> String {
    let mut name: String = vendor
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    if name.is_empty() || name.starts_with('.') {
        name.insert(0, '_');
    }
    name
}

fn write_file(root: &Path, relative: &[String], text: &str) -> Result<()> {
    let path = create_parents(root, relative)?;
    write_atomic(&path, text.as_bytes(), root)
}

/// A dictionary file holding `states`: (event index, how many of its versions are written).
fn render(import: &Import, states: &[(usize, usize)]) -> String {
    let mut out = String::from(
        "# Imported by `tracklint import jsonschema`; its report lists what was not imported.\nevents:\n",
    );
    for &(index, count) in states {
        let event = &import.events[index];
        let mut map = event.versions[count - 1].event.clone().unwrap_or_default();
        let numbers = numbers(&event.versions);
        let number = numbers[count - 1];
        if number > 1 {
            insert_after(&mut map, "consent", "version", Value::from(number));
            let changelog: Vec<Value> = (0..count)
                .filter(|&j| numbers[j] > 1)
                .map(|j| {
                    let mut entry = Map::new();
                    entry.insert("version".into(), Value::from(numbers[j]));
                    entry.insert(
                        "summary".into(),
                        format!("imported from {}", source_label(&event.versions[j])).into(),
                    );
                    Value::Object(entry)
                })
                .collect();
            map.insert("changelog".into(), Value::Array(changelog));
        }
        out.push_str("  ");
        out.push_str(&quote::scalar(&event.name));
        out.push(':');
        emit_value(&Value::Object(map), 4, &mut out);
    }
    out
}

/// The catalog's version of each of an event's versions, oldest first: the number the source
/// states (tracklint's `:v3`, a Segment rule's `version`), else its place (1, 2, 3 ...),
/// always rising.
fn numbers(versions: &[super::ImportedVersion]) -> Vec<u64> {
    let mut numbers = Vec::with_capacity(versions.len());
    let mut last = 0u64;
    for version in versions {
        let stated = version.version.filter(|v| v.stated).map(|v| v.parts[0]);
        let number = stated.map_or(last + 1, |n| n.max(last + 1));
        numbers.push(number);
        last = number;
    }
    numbers
}

/// How a version is named where it came from: `SchemaVer 1-0-2`, `version 2.1.0`.
fn source_label(version: &super::ImportedVersion) -> String {
    match version.version {
        Some(v) if v.separator == '-' => format!("SchemaVer {v}"),
        Some(v) if v.stated => format!("version {v} of the source"),
        Some(v) => format!("version {v}"),
        None => "an unversioned schema".to_owned(),
    }
}

/// `map` with `key: value` placed right after `after` (at the end when `after` is absent).
fn insert_after(map: &mut Map<String, Value>, after: &str, key: &str, value: Value) {
    let mut ordered = Map::new();
    let mut placed = false;
    for (k, v) in std::mem::take(map) {
        let here = k == after;
        ordered.insert(k, v);
        if here {
            ordered.insert(key.into(), value.clone());
            placed = true;
        }
    }
    if !placed {
        ordered.insert(key.into(), value);
    }
    *map = ordered;
}

/// The rest of a line after `key:`: a scalar or flow list on the line, else a block below.
fn emit_value(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            emit_map(map, indent, out);
        }
        Value::Array(items) if !items.is_empty() && !items.iter().all(is_flat) => {
            out.push('\n');
            for item in items {
                pad(out, indent);
                out.push('-');
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        // The first key on the dash's line, the rest below it.
                        let mut block = String::new();
                        emit_map(map, indent + 2, &mut block);
                        out.push(' ');
                        out.push_str(block.trim_start_matches(' '));
                    }
                    other => {
                        out.push(' ');
                        out.push_str(&flow(other));
                        out.push('\n');
                    }
                }
            }
        }
        other => {
            out.push(' ');
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
}

fn emit_map(map: &Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in map {
        pad(out, indent);
        out.push_str(&quote::scalar(key));
        out.push(':');
        emit_value(value, indent + 2, out);
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// A scalar, or a list of scalars: what fits on one line.
fn is_flat(value: &Value) -> bool {
    !matches!(value, Value::Object(m) if !m.is_empty())
        && !matches!(value, Value::Array(a) if !a.is_empty())
}

/// A value in flow style: scalars quoted as needed, lists and maps in brackets.
fn flow(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote::scalar(s).into_owned(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(flow).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", quote::scalar(k), flow(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// The git repository an import with history commits into: DIR's own when DIR lies in one
/// (only DIR's paths are committed), else a new one made in DIR.
struct Repository {
    dir: PathBuf,
}

impl Repository {
    fn at(dir: &Path) -> Result<Repository> {
        let inside = git::command(dir)
            .args(["rev-parse", "--is-inside-work-tree"])
            .output()
            .is_ok_and(|o| o.status.success() && o.stdout.starts_with(b"true"));
        let repository = Repository {
            dir: dir.to_path_buf(),
        };
        if !inside {
            // No template: nothing (no hook) is copied in from the machine's git setup.
            repository.git(&["init", "--quiet", "--template="])?;
        } else if git::command_for_names(dir)
            .args(["check-ignore", "--quiet", "--", "tracklint.yaml"])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Err(Error::Refused(format!(
                "{} is ignored by git (.gitignore), so --history could not commit it; nothing was written (choose a folder git tracks, or import without --history)",
                crate::syntax::source::display_path(dir)
            )));
        }
        Ok(repository)
    }

    /// Commits DIR's files only, as tracklint (no `user.name` needed), without hooks or
    /// signing prompts.
    fn commit(&self, message: &str) -> Result<()> {
        self.git(&["add", "--all", "--", "."])?;
        self.git(&[
            "-c",
            "user.name=tracklint import",
            "-c",
            "user.email=tracklint@localhost",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
            "commit",
            "--quiet",
            "--no-verify",
            "--allow-empty",
            "--message",
            message,
            "--",
            ".",
        ])
    }

    fn git(&self, args: &[&str]) -> Result<()> {
        let output = git::command(&self.dir).args(args).output().map_err(|e| {
            Error::Git(format!(
                "cannot run git: {e}; install git or import without --history"
            ))
        })?;
        if output.status.success() {
            return Ok(());
        }
        Err(Error::Git(format!(
            "{} (in {})",
            git::one_line(&String::from_utf8_lossy(&output.stderr)),
            crate::syntax::source::display_path(&self.dir)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let value = serde_json::json!({
            "type": ["string", "null"],
            "enum": ["yes", "a: b", "#x", null, 1, 2.5],
            "required": true,
            "properties": {"inner key": {"type": "integer", "maximum": 9223372036854775807u64}},
            "oneOf": [{"type": "string", "maxLength": 3}, {"type": "integer"}],
        });
        let mut text = String::from("root:");
        emit_value(&value, 2, &mut text);
        let parsed = crate::syntax::yaml::parse(&text).expect("YAML");
        assert_eq!(parsed.root.to_json()["root"], value, "{text}");
        assert!(text.contains("maximum: 9223372036854775807"), "{text}");
    }

    #[test]
    fn vendors_become_plain_file_names() {
        assert_eq!(
            file_name("com.snowplowanalytics.snowplow"),
            "com.snowplowanalytics.snowplow"
        );
        assert_eq!(file_name("../etc"), "_.._etc");
        assert_eq!(file_name(".hidden"), "_.hidden");
        assert_eq!(file_name("a/b\\c\n"), "a_b_c_");
    }
}
