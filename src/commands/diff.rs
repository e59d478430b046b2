//! `tracklint diff BASE [HEAD]`: the classified change list in human, json or markdown.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_FINDINGS, EXIT_OK, Globals, incomplete_sides, written};
use crate::cli::{DiffArgs, DiffFormat};
use crate::compare::baseline;
use crate::compare::change::Change;
use crate::compare::diff;
use crate::config::Config;
use crate::error::Result;
use crate::lint::workspace::{find_config, load_workspace};
use crate::report::diff::{human, json_text, markdown};
use crate::syntax::source::Sources;

pub fn run(
    args: &DiffArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let head_label = args.head.as_deref().unwrap_or("the work tree");
    let (sources, base, head) = match args.head.as_deref() {
        // The work tree is the head: its config names the repository and the catalog paths.
        None => {
            let mut workspace = load_workspace(&[], config)?;
            let base = baseline::load(&args.base, &workspace.config, &mut workspace.sources)?;
            (workspace.sources, base.catalog, workspace.catalog)
        }
        Some(head) => {
            let mut sources = Sources::new();
            let config = side_config(&args.base, head, config, &mut sources)?;
            let base = baseline::load(&args.base, &config, &mut sources)?;
            let head = baseline::load(head, &config, &mut sources)?;
            (sources, base.catalog, head.catalog)
        }
    };
    let sides = [(args.base.as_str(), &base), (head_label, &head)];
    if let Some(code) = incomplete_sides(&sides, &sources, globals) {
        return Ok(code);
    }
    let mut changes = diff::compare(&base, &head);
    changes.sort_by(|a, b| {
        b.breaking()
            .cmp(&a.breaking())
            .then(a.entity.cmp(&b.entity))
            .then(a.name.cmp(&b.name))
    });
    let text = match args.format {
        DiffFormat::Human => human(&changes, &args.base, head_label),
        DiffFormat::Json => json_text(&changes),
        DiffFormat::Markdown => markdown(&changes, &args.base, head_label),
    };
    written(out.write_all(text.as_bytes()))?;
    Ok(if changes.iter().any(Change::lacks_bump) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// The config two given sides are read with: found (for the repository and the catalog
/// paths) only when a side is a git revision; two folders each bring their own, and the
/// current directory's config and catalog are not read at all.
fn side_config(
    base: &str,
    head: &str,
    config: Option<&Path>,
    sources: &mut Sources,
) -> Result<Config> {
    let defaults = || Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]);
    if baseline::is_folder(base) && baseline::is_folder(head) {
        return Ok(defaults());
    }
    Ok(find_config(&[], config, sources)?.map_or_else(defaults, |(config, _)| config))
}
