//! One function per subcommand: run it, write its output, return the exit code.

mod check;
mod diff;
mod init;
mod review;
mod rules;

use std::io::{IsTerminal, Write};

use crate::cli::{Cli, ColorChoice, Command};
use crate::error::Result;
use crate::report::escape::visible;

/// Exit codes (SPEC §5).
pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FAILURE: u8 = 2;

/// Global flags every command may use.
#[derive(Debug, Clone, Copy)]
pub struct Globals {
    pub color: bool,
    pub verbose: bool,
    pub quiet: bool,
}

impl Globals {
    pub fn of(cli: &Cli) -> Globals {
        let color = match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Globals {
            color,
            verbose: cli.verbose,
            quiet: cli.quiet,
        }
    }

    /// Color for messages on stderr.
    pub fn stderr_color(&self) -> bool {
        self.color && std::io::stderr().is_terminal()
    }
}

pub fn run(cli: Cli) -> Result<u8> {
    let globals = Globals::of(&cli);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match &cli.command {
        Command::Check(args) => check::run(args, cli.config.as_deref(), globals, &mut out)?,
        Command::Rules => rules::list(&mut out)?,
        Command::Explain { rule } => rules::explain(rule, &mut out)?,
        Command::Diff(args) => diff::run(args, cli.config.as_deref(), &mut out)?,
        Command::Review(args) => review::run(args, cli.config.as_deref(), &mut out)?,
        Command::Init { dir } => init::run(dir.as_deref(), &mut out)?,
        Command::Completions { shell } => {
            // Generated into memory: clap_complete panics when its writer fails (`| head`).
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, "tracklint", &mut script);
            written(out.write_all(&script))?;
            EXIT_OK
        }
    };
    flush(&mut out);
    Ok(code)
}

/// Flushes stdout; a closed pipe (`| head`) is not an error.
fn flush(out: &mut impl Write) {
    let _ = out.flush();
}

/// Prints a note or error on stderr. Such lines quote paths and names, which can hold line
/// breaks and terminal escapes: hidden characters are shown escaped (`\u{1b}`), so a line
/// stays one line (in a CI log, no injected workflow command).
pub fn say(line: &str) {
    eprintln!("{}", visible(line));
}

/// Maps a write error: a closed pipe ends output quietly, anything else is reported.
pub fn written(result: std::io::Result<()>) -> Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(crate::error::Error::Write {
            path: "<stdout>".into(),
            source,
        }),
        Ok(()) => Ok(()),
    }
}
