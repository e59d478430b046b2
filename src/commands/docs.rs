//! `tracklint docs`: the one-page event dictionary (HTML or markdown), on stdout or written
//! atomically inside the repository with `--out`.

use std::io::{BufWriter, Write};
use std::path::Path;

use super::{EXIT_OK, Globals, load_complete, say, written};
use crate::cli::{DocsArgs, DocsFormat};
use crate::docs;
use crate::engine::check::{CheckOptions, Checked, check_workspace};
use crate::engine::write::write_named_with;
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
    // Written as it is rendered, through a buffer: a 10,000-event page is never held whole.
    let mut write_page = |out: &mut dyn Write| match args.format {
        DocsFormat::Html => docs_html::render(&dictionary, out),
        DocsFormat::Markdown => out.write_all(docs_markdown::render(&dictionary).as_bytes()),
    };
    match &args.out {
        Some(path) => {
            write_named_with(path, &workspace.config.repository, &mut write_page)?;
            if !globals.quiet {
                say(&format!(
                    "wrote {} ({} events)",
                    display_path(path),
                    dictionary.events.len()
                ));
            }
        }
        None => {
            let mut buffered = BufWriter::with_capacity(128 * 1024, out);
            written(write_page(&mut buffered).and_then(|()| buffered.flush()))?;
        }
    }
    Ok(EXIT_OK)
}
