//! `tracklint docs`: the one-page event dictionary (HTML or markdown), on stdout or written
//! atomically inside the repository with `--out`.

use std::io::Write;
use std::path::Path;

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Globals, say, to_stderr, written};
use crate::cli::{DocsArgs, DocsFormat};
use crate::docs;
use crate::engine::check::{CheckOptions, Checked, check_workspace, unparsed_files};
use crate::engine::workspace::{Workspace, load_workspace};
use crate::engine::write::write_named;
use crate::error::Result;
use crate::report::{HumanOptions, docs_html, docs_markdown, render_one};
use crate::syntax::source::display_path;

pub fn run(
    args: &DocsArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let workspace = load_workspace(&args.paths, config)?;
    if let Some(code) = incomplete(&workspace, globals) {
        return Ok(code);
    }
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

/// A page that silently lacks the events of a file it could not read would mislead its
/// readers: unreadable paths end the run with exit 2, files that did not parse with exit 1.
fn incomplete(workspace: &Workspace, globals: Globals) -> Option<u8> {
    let catalog = &workspace.catalog;
    for (path, reason) in &catalog.unreadable {
        say(&format!(
            "error: cannot read {}: {reason}",
            display_path(path)
        ));
    }
    let unparsed = unparsed_files(catalog);
    let options = HumanOptions {
        color: globals.stderr_color,
        width: 100,
    };
    for diagnostic in &unparsed {
        to_stderr(&render_one(diagnostic, &workspace.sources, options));
    }
    if catalog.unreadable.is_empty() && unparsed.is_empty() {
        return None;
    }
    say(
        "error: cannot write the dictionary: the catalog was not read completely; fix the files above and run again",
    );
    Some(if catalog.unreadable.is_empty() {
        EXIT_FINDINGS
    } else {
        EXIT_FAILURE
    })
}
