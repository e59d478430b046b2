//! `tracklint import jsonschema PATH... --out DIR`: reads the schemas, writes the catalog
//! (and with `--history` its git history), and reports what could not be imported.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{EXIT_FAILURE, EXIT_OK, say, written};
use crate::cli::{ImportArgs, ImportCommand, ImportFormat, ImportJsonSchemaArgs};
use crate::engine::write::named_folder;
use crate::error::{Error, Result};
use crate::escape::{json_string, visible};
use crate::import::{self, Import, Options, emit};
use crate::syntax::read::holding_repository;
use crate::syntax::source::display_path;

pub fn run(args: &ImportArgs, out: &mut dyn Write) -> Result<u8> {
    match &args.what {
        ImportCommand::Jsonschema(args) => jsonschema(args, out),
    }
}

fn jsonschema(args: &ImportJsonSchemaArgs, out: &mut dyn Write) -> Result<u8> {
    refuse_unless_empty(&args.out)?;
    let options = Options {
        owner: args.owner.clone(),
        vendor: args.vendor.clone(),
        history: args.history,
    };
    let import = import::import(&args.paths, &options);
    if import.events.is_empty() {
        written(out.write_all(report(&import, None, args).as_bytes()))?;
        say("error: nothing could be imported (see above); nothing was written");
        return Ok(EXIT_FAILURE);
    }
    let repository = holding_repository(&args.out);
    let root = named_folder(&args.out, &repository)?;
    let done = emit::write(&import, &root, args.history)?;
    written(out.write_all(report(&import, Some(&done), args).as_bytes()))?;
    Ok(EXIT_OK)
}

/// DIR must be absent or an empty folder: an import never mixes with files already there.
fn refuse_unless_empty(dir: &Path) -> Result<()> {
    let Ok(metadata) = std::fs::symlink_metadata(dir) else {
        return Ok(());
    };
    let empty = metadata.is_dir()
        && std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none());
    if empty {
        return Ok(());
    }
    Err(Error::Refused(format!(
        "{} is not empty (or not a folder); import writes a new catalog: name a folder that does not exist yet, or an empty one",
        display_path(dir)
    )))
}

fn report(import: &Import, done: Option<&emit::Written>, args: &ImportJsonSchemaArgs) -> String {
    match args.format {
        ImportFormat::Human => human(import, done, args),
        ImportFormat::Json => json(import, done, args),
    }
}

fn human(import: &Import, done: Option<&emit::Written>, args: &ImportJsonSchemaArgs) -> String {
    let mut text = String::new();
    let path = |p: &Path| visible(&display_path(p)).into_owned();
    if let Some(done) = done {
        text.push_str(&format!(
            "Imported {} event{} ({} version{}",
            done.events,
            plural(done.events),
            done.versions,
            plural(done.versions),
        ));
        if done.commits > 0 {
            text.push_str(&format!(
                ", {} commit{}",
                done.commits,
                plural(done.commits)
            ));
        }
        text.push_str(&format!(") into {}.\n", path(&args.out)));
    }
    if !import.skipped.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("Not imported ({}):\n", import.skipped.len()));
        for skipped in &import.skipped {
            text.push_str(&format!(
                "  {}: {}\n",
                path(&skipped.path),
                visible(&skipped.reason)
            ));
        }
    }
    if !import.unmapped.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!(
            "Not mapped, left out of the catalog ({}):\n",
            import.unmapped.len()
        ));
        for unmapped in &import.unmapped {
            let pointer = if unmapped.pointer.is_empty() {
                "/"
            } else {
                &unmapped.pointer
            };
            text.push_str(&format!(
                "  {} {}: {}\n",
                path(&unmapped.file),
                visible(pointer),
                visible(&unmapped.reason)
            ));
        }
    }
    if done.is_some() {
        text.push_str(&format!(
            "\nNext: tracklint check {} (then `--write-suppressions` for the backlog)\n",
            path(&args.out)
        ));
    }
    text
}

#[derive(Serialize)]
struct JsonReport<'a> {
    out: String,
    events: Vec<JsonEvent<'a>>,
    versions: usize,
    commits: usize,
    skipped: Vec<JsonSkipped<'a>>,
    unmapped: Vec<JsonUnmapped<'a>>,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    event: &'a str,
    vendor: Option<&'a str>,
    /// Each version as its source names it (`1-0-2`), oldest first; null when unversioned.
    versions: Vec<Option<String>>,
    files: Vec<String>,
}

#[derive(Serialize)]
struct JsonSkipped<'a> {
    file: String,
    reason: &'a str,
}

#[derive(Serialize)]
struct JsonUnmapped<'a> {
    file: String,
    pointer: &'a str,
    reason: &'a str,
}

fn json(import: &Import, done: Option<&emit::Written>, args: &ImportJsonSchemaArgs) -> String {
    let report = JsonReport {
        out: display_path(&args.out),
        events: if done.is_some() {
            import
                .events
                .iter()
                .map(|event| JsonEvent {
                    event: &event.name,
                    vendor: event.vendor.as_deref(),
                    versions: event
                        .versions
                        .iter()
                        .map(|v| v.version.map(|v| v.to_string()))
                        .collect(),
                    files: event
                        .versions
                        .iter()
                        .map(|v| display_path(&v.file))
                        .collect(),
                })
                .collect()
        } else {
            Vec::new()
        },
        versions: done.map_or(0, |d| d.versions),
        commits: done.map_or(0, |d| d.commits),
        skipped: import
            .skipped
            .iter()
            .map(|s| JsonSkipped {
                file: display_path(&s.path),
                reason: &s.reason,
            })
            .collect(),
        unmapped: import
            .unmapped
            .iter()
            .map(|u| JsonUnmapped {
                file: display_path(&u.file),
                pointer: &u.pointer,
                reason: &u.reason,
            })
            .collect(),
    };
    json_string(&report)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
