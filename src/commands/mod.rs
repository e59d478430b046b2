//! One function per subcommand: run it, write its output, return the exit code.

mod check;
mod diff;
mod docs;
mod export;
mod import;
mod init;
mod rename;
mod review;
mod rules;
mod validate;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::catalog::Catalog;
use crate::cli::{Cli, ColorChoice, Command};
use crate::engine::check::unparsed_files;
use crate::engine::workspace::{Workspace, load_workspace};
use crate::error::{Error, Result};
use crate::escape::visible;
use crate::report::{HumanOptions, render_one};
use crate::syntax::source::{Sources, display_path};

/// Exit codes (SPEC §5).
pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FAILURE: u8 = 2;

/// Global flags every command may use.
#[derive(Debug, Clone, Copy)]
pub struct Globals {
    /// Color on stdout.
    pub color: bool,
    /// Color on stderr (tool errors, config problems, notes).
    pub stderr_color: bool,
    pub verbose: bool,
    pub quiet: bool,
}

impl Globals {
    pub fn of(cli: &Cli) -> Globals {
        // `auto`: FORCE_COLOR (https://force-color.org) or CLICOLOR_FORCE (not `0`) colors any
        // stream, as in ruff; else NO_COLOR (https://no-color.org) turns color off; else a
        // terminal is colored. Decided once, per stream, here.
        let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let forced =
            set("FORCE_COLOR").is_some() || set("CLICOLOR_FORCE").is_some_and(|v| v != "0");
        let color = |terminal: bool| match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => forced || (set("NO_COLOR").is_none() && terminal),
        };
        Globals {
            color: color(std::io::stdout().is_terminal()),
            stderr_color: color(std::io::stderr().is_terminal()),
            verbose: cli.verbose,
            quiet: cli.quiet,
        }
    }
}

pub fn run(cli: &Cli, globals: Globals) -> Result<u8> {
    // A global flag a command has no use for is a mistake to say, not to ignore.
    let ignores_config = match &cli.command {
        Command::Init { .. } => Some("init (it writes a config)"),
        Command::Import(_) => Some("import (it writes a new catalog)"),
        Command::Explain { .. } => {
            Some("explain (`rules --config FILE` shows configured severities)")
        }
        Command::Completions { .. } => Some("completions"),
        _ => None,
    };
    if let (Some(command), Some(_)) = (ignores_config, &cli.config) {
        return Err(Error::Usage(format!(
            "--config has no meaning for {command}; drop it"
        )));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match &cli.command {
        Command::Check(args) => check::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Rules => rules::list(cli.config.as_deref(), &mut out)?,
        Command::Explain { rule } => rules::explain(rule, &mut out)?,
        Command::Diff(args) => diff::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Review(args) => review::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Docs(args) => docs::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Rename(args) => rename::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Validate(args) => validate::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Export(args) => export::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Import(args) => import::run(args, &mut out)?,
        Command::Init { dir } => init::run(dir.as_deref(), globals, &mut out)?,
        Command::Completions { shell } => {
            // Generated into memory: clap_complete panics when its writer fails (`| head`).
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, "tracklint", &mut script);
            written(out.write_all(&script))?;
            EXIT_OK
        }
    };
    written(out.flush())?;
    Ok(code)
}

/// The workspace of `paths` (the current folder's catalog when empty), when its catalog was
/// read whole; else [`Error::Stopped`] after [`incomplete_sides`] said why `doing` ("export",
/// "write the dictionary") cannot go on.
pub fn load_complete(
    paths: &[PathBuf],
    config: Option<&Path>,
    globals: Globals,
    doing: &str,
) -> Result<Workspace> {
    let workspace = load_workspace(paths, config)?;
    match incomplete_sides(
        &[("the catalog", &workspace.catalog)],
        &workspace.sources,
        globals,
        doing,
    ) {
        Some(code) => Err(Error::Stopped(code)),
        None => Ok(workspace),
    }
}

/// Refuses to compare catalogs that were not read completely (SPEC §4, §8): prints the paths
/// that could not be read (exit 2) and renders the files that did not parse (exit 1) on
/// stderr, then that `doing` ("compare") cannot go on. `sides` are (label, catalog); `None`
/// when every side was read whole.
pub fn incomplete_sides(
    sides: &[(&str, &Catalog)],
    sources: &Sources,
    globals: Globals,
    doing: &str,
) -> Option<u8> {
    let options = HumanOptions {
        color: globals.stderr_color,
        width: 100,
    };
    let mut broken = Vec::new();
    let mut unreadable = false;
    for &(label, catalog) in sides {
        for (path, reason) in &catalog.unreadable {
            say(&format!(
                "error: cannot read {}: {reason}",
                display_path(path)
            ));
        }
        let unparsed = unparsed_files(catalog);
        for diagnostic in &unparsed {
            to_stderr(&render_one(diagnostic, sources, options));
        }
        if !catalog.unreadable.is_empty() || !unparsed.is_empty() {
            broken.push(label);
        }
        unreadable |= !catalog.unreadable.is_empty();
    }
    if broken.is_empty() {
        return None;
    }
    say(&format!(
        "error: cannot {doing}: {} was not read completely; fix the files above and run again",
        broken.join(" and ")
    ));
    Some(if unreadable {
        EXIT_FAILURE
    } else {
        EXIT_FINDINGS
    })
}

/// Set once a write to stderr failed (a closed pipe): the run then ends with exit 2, as a
/// failed write to stdout does (SPEC §8).
static STDERR_FAILED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stderr as it is. A failed write is remembered for the exit code, never a
/// panic (`eprint!` panics on a closed pipe).
pub fn to_stderr(text: &str) {
    if std::io::stderr().lock().write_all(text.as_bytes()).is_err() {
        STDERR_FAILED.store(true, Ordering::Relaxed);
    }
}

/// Whether a write to stderr failed during the run.
pub fn stderr_failed() -> bool {
    STDERR_FAILED.load(Ordering::Relaxed)
}

/// Prints a note or error on stderr. Such lines quote paths and names, which can hold line
/// breaks and terminal escapes: hidden characters are shown escaped (`\u{1b}`), so a line
/// stays one line (in a CI log, no injected workflow command).
pub fn say(line: &str) {
    to_stderr(&format!("{}\n", visible(line)));
}

/// Maps a write error on stdout: tracklint could not do its job (exit 2), a closed pipe
/// included, since whoever reads the output did not get all of it.
pub fn written(result: std::io::Result<()>) -> Result<()> {
    result.map_err(|source| crate::error::Error::Write {
        path: "<stdout>".into(),
        source,
    })
}
