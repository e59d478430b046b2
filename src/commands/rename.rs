//! `tracklint rename OLD NEW [--diff]`: renames an event in place across the catalog found
//! from the current directory (or `--config`), atomically per file, inside the repository.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, Globals, incomplete_sides, say, written};
use crate::catalog::rename::{self, Refusal};
use crate::cli::RenameArgs;
use crate::diagnostic::Edit;
use crate::error::{Error, Result};
use crate::lint::fix;
use crate::lint::workspace::load_workspace;
use crate::report::escape::{visible, visible_lines};
use crate::syntax::source::FileId;
use crate::syntax::write::write_atomic;

pub fn run(
    args: &RenameArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let workspace = load_workspace(&[], config)?;
    if let Some(code) = incomplete_sides(
        &[("the catalog", &workspace.catalog)],
        &workspace.sources,
        globals,
    ) {
        return Ok(code);
    }
    let (old, new) = (args.old.as_str(), args.new.as_str());
    let edits = rename::plan(&workspace.catalog, &workspace.sources, old, new).map_err(|why| {
        Error::Usage(match why {
            Refusal::Unknown => format!("rename: the catalog defines no event \"{}\"", visible(old)),
            Refusal::Taken => format!(
                "rename: event \"{}\" exists already; deprecate one of them instead",
                visible(new)
            ),
            Refusal::BadName => format!(
                "rename: \"{}\" is no plain event name (letters, digits, `_`, `-`, `.`; a letter first)",
                visible(new)
            ),
            Refusal::Layout => format!(
                "rename: event \"{}\" is written in a layout tracklint does not edit (a flow mapping over several lines, or an empty `renamed_from:`); rename it by hand",
                visible(old)
            ),
        })
    })?;
    let mut by_file: BTreeMap<FileId, Vec<&Edit>> = BTreeMap::new();
    for edit in &edits {
        by_file.entry(edit.span.file).or_default().push(edit);
    }
    let mut files = Vec::new();
    for (file, edits) in by_file {
        let bytes = fix::apply(&workspace.sources, file, edits).ok_or_else(|| {
            Error::Usage(format!(
                "rename: could not edit {}",
                workspace.sources.name(file)
            ))
        })?;
        files.push((file, bytes));
    }
    if args.diff {
        for (file, bytes) in &files {
            let diff = fix::diff_of(&workspace.sources, *file, bytes);
            written(out.write_all(visible_lines(&diff).as_bytes()))?;
        }
        return Ok(EXIT_OK);
    }
    for (file, bytes) in &files {
        let source = workspace.sources.get(*file);
        write_atomic(&source.path, bytes, &workspace.config.repository)?;
    }
    say(&format!(
        "renamed \"{}\" to \"{}\": {} places in {} files; write the `backfill:` note (how data sent as \"{}\" maps to \"{}\") before merging",
        visible(old),
        visible(new),
        edits.len(),
        files.len(),
        visible(old),
        visible(new)
    ));
    Ok(EXIT_OK)
}
