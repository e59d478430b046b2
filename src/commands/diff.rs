//! `tracklint diff BASE [HEAD]`: the classified change list in human, json or markdown.

use std::io::Write;
use std::path::Path;

use super::{EXIT_FINDINGS, EXIT_OK, written};
use crate::cli::{DiffArgs, DiffFormat};
use crate::compare::baseline;
use crate::compare::diff::{self, Change};
use crate::error::Result;
use crate::lint::check::load_workspace;
use crate::report::diff::{human, json_text, markdown};

pub fn run(args: &DiffArgs, config: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    // The work tree's config names the repository and the catalog paths for both sides.
    let mut workspace = load_workspace(&[], config)?;
    let base = baseline::load(&args.base, &workspace.config, &mut workspace.sources)?;
    let head = workspace.load_baseline(args.head.as_deref())?;
    let head_catalog = head.as_ref().map_or(&workspace.catalog, |h| &h.catalog);
    let mut changes = diff::compare(&base.catalog, head_catalog);
    changes.sort_by(|a, b| {
        b.breaking()
            .cmp(&a.breaking())
            .then(a.entity.cmp(&b.entity))
            .then(a.name.cmp(&b.name))
    });
    let head_label = args.head.as_deref().unwrap_or("the work tree");
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
