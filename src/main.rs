//! Thin entry point: parse arguments, run the command, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use tracklint::cli::Cli;
use tracklint::commands::{self, EXIT_FAILURE, Globals, say, stderr_failed, to_stderr};
use tracklint::error::Error;
use tracklint::report::{HumanOptions, render_one};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return ExitCode::from(usage(&error)),
    };
    let globals = Globals::of(&cli);
    let code = match commands::run(&cli, globals) {
        Ok(code) | Err(Error::Stopped(code)) => code,
        Err(Error::Config(errors)) => {
            let options = HumanOptions {
                color: globals.stderr_color,
                width: 100,
            };
            for diagnostic in &errors.diagnostics {
                to_stderr(&render_one(diagnostic, &errors.sources, options));
            }
            say("error: invalid configuration; fix the problems above");
            EXIT_FAILURE
        }
        Err(error) => {
            // Errors quote paths, names and git's own messages: one line, hidden characters
            // escaped.
            say(&format!("error: {error}"));
            EXIT_FAILURE
        }
    };
    // Whatever the outcome, output that could not be written is a failure (SPEC §8).
    if stderr_failed() {
        return ExitCode::from(EXIT_FAILURE);
    }
    ExitCode::from(code)
}

/// Prints clap's message (help and version on stdout, mistakes on stderr) and returns its
/// exit code; exit 2 when that message could not be written (clap's own `exit` ignores it).
fn usage(error: &clap::Error) -> u8 {
    if error.print().is_err() {
        return EXIT_FAILURE;
    }
    u8::try_from(error.exit_code()).unwrap_or(EXIT_FAILURE)
}
