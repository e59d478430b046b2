//! Thin entry point: parse arguments, run the command, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use tracklint::cli::Cli;
use tracklint::commands::{self, EXIT_FAILURE, Globals};
use tracklint::error::Error;
use tracklint::report::escape::visible;
use tracklint::report::{HumanOptions, render_one};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let globals = Globals::of(&cli);
    match commands::run(&cli, globals) {
        Ok(code) => ExitCode::from(code),
        Err(Error::Config(errors)) => {
            let options = HumanOptions {
                color: globals.stderr_color,
                width: 100,
            };
            for diagnostic in &errors.diagnostics {
                eprint!("{}", render_one(diagnostic, &errors.sources, options));
            }
            eprintln!("error: invalid configuration; fix the problems above");
            ExitCode::from(EXIT_FAILURE)
        }
        Err(error) => {
            // Errors quote paths, names and git's own messages: one line, hidden characters
            // escaped.
            eprintln!("{}", visible(&format!("error: {error}")));
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
