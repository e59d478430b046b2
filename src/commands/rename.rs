//! `tracklint rename OLD NEW [--diff]`: renames an event in place across the catalog found
//! from the current directory (or `--config`), atomically per file, inside the repository.

use std::io::Write;
use std::path::Path;

use super::{EXIT_FINDINGS, EXIT_OK, Globals, load_complete, say, written};
use crate::catalog::rename::{self, Refusal};
use crate::cli::RenameArgs;
use crate::engine::fix;
use crate::engine::write::write_atomic;
use crate::error::{Error, Result};
use crate::escape::{visible, visible_lines};
use crate::syntax::source::{FileId, Sources};

pub fn run(
    args: &RenameArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let workspace = load_complete(&[], config, globals, "rename")?;
    let (old, new) = (args.old.as_str(), args.new.as_str());
    let sources = &workspace.sources;
    let renamed = rename::rename(&workspace.catalog, sources, old, new)
        .map_err(|why| Error::Usage(refusal(&why, old, new, sources)))?;
    let files: Vec<(FileId, Vec<u8>)> = renamed
        .files
        .into_iter()
        .map(|(file, text)| (file, fix::with_bom(sources, file, text)))
        .collect();
    if args.diff {
        for (file, bytes) in &files {
            let diff = fix::diff_of(sources, *file, bytes, &workspace.config.repository);
            written(out.write_all(visible_lines(&diff).as_bytes()))?;
        }
        // Like `check --diff`: 1 when there is something to apply.
        return Ok(if files.is_empty() {
            EXIT_OK
        } else {
            EXIT_FINDINGS
        });
    }
    for (file, bytes) in &files {
        let source = sources.get(*file);
        write_atomic(&source.path, bytes, &workspace.config.repository)?;
    }
    say(&format!(
        "renamed \"{}\" to \"{}\": {} places in {} files; write the `backfill:` note (how data sent as \"{}\" maps to \"{}\") before merging",
        visible(old),
        visible(new),
        renamed.places,
        files.len(),
        visible(old),
        visible(new)
    ));
    Ok(EXIT_OK)
}

/// Why the rename was refused, and what to do instead.
fn refusal(why: &Refusal, old: &str, new: &str, sources: &Sources) -> String {
    match why {
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
        Refusal::Unverified { file, why } => format!(
            "rename: the edits of {} would not read back as intended ({}), so nothing was written; rename event \"{}\" by hand",
            visible(sources.name(*file)),
            visible(why),
            visible(old)
        ),
    }
}
