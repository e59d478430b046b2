//! `tracklint review`: the lifecycle reviewer's queue, in human or json form.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, Globals, incomplete_sides, written};
use crate::cli::{ReviewArgs, ReviewFormat};
use crate::compare::review;
use crate::error::Result;
use crate::lint::workspace::load_workspace;
use crate::report::review::{human, json_text};

pub fn run(
    args: &ReviewArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let mut workspace = load_workspace(&args.paths, config)?;
    let base = workspace.load_baseline(args.against.as_deref())?;
    let mut sides = vec![("the catalog", &workspace.catalog)];
    if let (Some(label), Some(base)) = (args.against.as_deref(), base.as_ref()) {
        sides.push((label, &base.catalog));
    }
    if let Some(code) = incomplete_sides(&sides, &workspace.sources, globals) {
        return Ok(code);
    }
    let items = review::pending(
        &workspace.catalog,
        &workspace.config,
        base.as_ref().map(|b| &b.catalog),
    );
    let text = match args.format {
        ReviewFormat::Human => human(&items, &workspace.sources, args.against.as_deref()),
        ReviewFormat::Json => json_text(&items, &workspace.sources),
    };
    written(out.write_all(text.as_bytes()))?;
    Ok(EXIT_OK)
}
