//! `tracklint docs`: the one-page event dictionary (HTML or markdown), on stdout or written
//! atomically inside the repository with `--out`.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, Globals, load_complete, say, written};
use crate::cli::{DocsArgs, DocsFormat};
use crate::docs;
use crate::engine::check::{CheckOptions, Checked, check_workspace};
use crate::engine::write::write_named;
use crate::error::Result;
use crate::report::{docs_html, docs_markdown};
use crate::syntax::source::display_path;

pub fn run(
    args: &DocsArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    // A page that silently lacked the events of a file it could not read would mislead.
    let workspace = load_complete(&args.paths, config, globals, "write the dictionary")?;
    // What `check` reports (configured severities and suppressions applied): an approval is
    // not shown as such while a privacy or governance error stands on its event.
    let options = CheckOptions {
        paths: args.paths.clone(),
        config: config.map(Path::to_path_buf),
        ..CheckOptions::default()
    };
    let Checked {
        workspace,
        diagnostics,
        ..
    } = check_workspace(workspace, &options)?;
    let shown = |file| workspace.in_scope(file);
    let dictionary = docs::build(
        &workspace.catalog,
        &workspace.config,
        &workspace.sources,
        &shown,
        &diagnostics,
    );
    let page = match args.format {
        DocsFormat::Html => docs_html::render(&dictionary),
        DocsFormat::Markdown => docs_markdown::render(&dictionary),
    };
    match &args.out {
        Some(path) => {
            write_named(path, page.as_bytes(), &workspace.config.repository)?;
            if !globals.quiet {
                say(&format!(
                    "wrote {} ({} events)",
                    display_path(path),
                    dictionary.events.len()
                ));
            }
        }
        None => written(out.write_all(page.as_bytes()))?,
    }
    Ok(EXIT_OK)
}
