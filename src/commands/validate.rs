//! `tracklint validate [FILE.ndjson | -]...`: real payloads against the catalog (SPEC §6).
//! Diagnostics in any `check` format on stdout, the human summary after them, notes and
//! failures on stderr, and `--report FILE.json` for dashboards.

use std::cell::OnceCell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use foldhash::HashMap as FastMap;

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Globals, load_complete, say, written};
use crate::cli::ValidateArgs;
use crate::diagnostic;
use crate::engine::selection::Selection;
use crate::engine::workspace::Workspace;
use crate::engine::write::write_named;
use crate::error::{Error, Result};
use crate::payload::collect::{KEPT_DIAGNOSTICS, Validation};
use crate::payload::context::Context;
use crate::payload::pins::Pins;
use crate::payload::reader::{self, Input, Opened};
use crate::report::{self, Format, Report};
use crate::syntax::read::ReadError;
use crate::syntax::source::{FileId, SourceFile, display_path};

/// How stdin is named in every output.
const STDIN_NAME: &str = "<stdin>";

pub fn run(
    args: &ValidateArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let selection = Selection::new(&args.selection.select, &args.selection.ignore)?;
    let format: Format = args.format.into();
    let inputs = inputs(&args.inputs)?;
    let mut workspace = load_complete(&[], config, globals, "validate")?;
    if workspace.catalog.events.is_empty() {
        return Err(Error::Usage(format!(
            "the catalog in {} defines no events; validate checks payloads against a catalog (`tracklint init` writes one)",
            display_path(&workspace.config.root)
        )));
    }
    refuse_bad_patterns(&workspace)?;
    // Older versions that plans pin, read from the catalog's history before any payload.
    let pins = Pins::load(
        &workspace.catalog,
        &workspace.config,
        &mut workspace.sources,
    );
    let (opened, files) = open_inputs(&inputs, &mut workspace)?;
    let names: FastMap<FileId, String> = files
        .iter()
        .map(|&id| (id, workspace.sources.name(id).to_owned()))
        .collect();
    let Workspace {
        sources,
        config,
        catalog,
        severities,
        ..
    } = &workspace;
    let cx = Context::new(
        catalog,
        config,
        severities,
        &selection,
        args.plan.as_deref(),
        args.volume,
        &pins,
    )?;
    let mut validation = crate::payload::validate(&cx, opened, names, globals.quiet);
    diagnostic::sort(&mut validation.diagnostics, sources);

    let report = Report {
        sources,
        diagnostics: &validation.diagnostics,
        files: &files,
        color: globals.color,
        summary: !globals.quiet,
        repository: &config.repository,
        machine_names: OnceCell::new(),
    };
    written(report::write(format, &report, out))?;
    if format == Format::Human && !globals.quiet {
        if !validation.diagnostics.is_empty() {
            written(writeln!(out))?;
        }
        written(report::payload::write_summary(
            &validation,
            cx.zone.as_ref(),
            out,
        ))?;
    }
    notes(&validation, &workspace, &pins, globals);
    if let Some(path) = &args.report {
        let names: Vec<&str> = catalog
            .events
            .iter()
            .map(|e| e.name.value.as_str())
            .collect();
        let text = report::payload_report::render(&validation, sources, &names, cx.zone.as_ref());
        write_named(path, text.as_bytes(), &config.repository)?;
    }
    let empty: Vec<&str> = files
        .iter()
        .filter(|id| !validation.lines_read.contains_key(id))
        .map(|&id| sources.name(id))
        .collect();
    if !empty.is_empty() && !args.allow_empty {
        say(&format!(
            "error: no payloads read from {}; name the file that holds them (stdin is read when no file is named and it is not a terminal), or pass --allow-empty",
            empty.join(", ")
        ));
        return Ok(EXIT_FAILURE);
    }
    Ok(exit_code(&validation, args))
}

/// Fails closed before any payload is read: an event whose definition holds a pattern that
/// cannot be compiled would be validated by nothing (SPEC §8). Names each place, as `check`'s
/// `structure/invalid-pattern` does.
fn refuse_bad_patterns(workspace: &Workspace) -> Result<()> {
    let bad = crate::catalog::patterns::bad_patterns(&workspace.catalog);
    if bad.is_empty() {
        return Ok(());
    }
    let places: Vec<String> = bad
        .iter()
        .take(5)
        .map(|b| {
            let at = workspace.sources.start(b.span);
            format!(
                "{} at {}:{}:{} (\"{}\": {})",
                b.place,
                workspace.sources.name(b.span.file),
                at.line,
                at.column,
                crate::catalog::patterns::shown(b.pattern),
                b.reason
            )
        })
        .collect();
    let more = bad.len().saturating_sub(places.len());
    Err(Error::Refused(format!(
        "cannot validate: {} pattern{} cannot be compiled, so the payloads of the events using {} would go unchecked: {}{}. Fix {} (`tracklint check` reports each as structure/invalid-pattern); no payload was read",
        bad.len(),
        if bad.len() == 1 { "" } else { "s" },
        if bad.len() == 1 { "it" } else { "them" },
        places.join("; "),
        if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        },
        if bad.len() == 1 { "it" } else { "them" },
    )))
}

/// The inputs named on the command line; none means stdin when it is not a terminal.
fn inputs(given: &[PathBuf]) -> Result<Vec<Input>> {
    if given.is_empty() {
        if std::io::stdin().is_terminal() {
            return Err(Error::Usage(
                "name the payload files to check (newline-delimited JSON, .gz too), or - to read stdin"
                    .into(),
            ));
        }
        return Ok(vec![Input::Stdin]);
    }
    let stdin_count = given.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        return Err(Error::Usage("- (stdin) can be named only once".into()));
    }
    Ok(given
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::File(path.clone())
            }
        })
        .collect())
}

/// Registers each input as a source (its text is not kept: diagnostics point at lines) and
/// opens it; an input that cannot be opened ends the run before anything is read.
fn open_inputs(inputs: &[Input], workspace: &mut Workspace) -> Result<(Vec<Opened>, Vec<FileId>)> {
    let mut opened = Vec::with_capacity(inputs.len());
    let mut files = Vec::with_capacity(inputs.len());
    for input in inputs {
        let (path, name) = match input {
            Input::Stdin => (PathBuf::from("-"), STDIN_NAME.to_owned()),
            Input::Bytes(_) => (PathBuf::from("-"), "<memory>".to_owned()),
            Input::File(path) => (path.clone(), display_path(path)),
        };
        let id = workspace
            .sources
            .add(SourceFile::new(path.clone(), name, String::new()));
        let reader = reader::open(input, id).map_err(|reason| match reason {
            ReadError::Io(source) if source.kind() == std::io::ErrorKind::NotFound => {
                Error::NotFound { path: path.clone() }
            }
            reason => Error::Unreadable {
                path: path.clone(),
                reason,
            },
        })?;
        opened.push(reader);
        files.push(id);
    }
    Ok((opened, files))
}

/// What stderr says after the report: diagnostics not listed, plans pinning older versions,
/// inputs not read to the end, schemas that did not compile, coverage below the minimum.
fn notes(validation: &Validation, workspace: &Workspace, pins: &Pins, globals: Globals) {
    let unlisted: u64 = validation.unlisted.values().sum();
    if unlisted > 0 {
        let per_rule: Vec<String> = validation
            .unlisted
            .iter()
            .map(|(rule, n)| format!("{rule}: {n}"))
            .collect();
        say(&format!(
            "note: {unlisted} more diagnostics were not listed (only the first {KEPT_DIAGNOSTICS} are kept): {}; the exit code and --report count them all",
            per_rule.join(", ")
        ));
    }
    if !globals.quiet {
        let catalog = &workspace.catalog;
        for (plan, event, pinned, current) in &validation.pinned {
            let found = pins.pins.iter().find(|pin| {
                pin.version == *pinned
                    && catalog
                        .plans
                        .get(pin.plan as usize)
                        .is_some_and(|p| &p.id.value == plan)
                    && catalog
                        .events
                        .get(pin.event as usize)
                        .is_some_and(|e| &e.name.value == event)
            });
            match found.and_then(|pin| pin.commit.as_deref()) {
                Some(commit) => say(&format!(
                    "note: plan \"{plan}\" pins version {pinned} of event \"{event}\"; its payloads were checked against version {pinned} as committed in {commit}"
                )),
                None => say(&format!(
                    "note: plan \"{plan}\" pins version {pinned} of event \"{event}\", which the catalog's git history does not hold{}; its payloads were checked against the current version {current}",
                    pins.unavailable
                        .as_deref()
                        .map(|why| format!(" ({why})"))
                        .unwrap_or_default()
                )),
            }
        }
    }
    for (file, reason) in &validation.input_errors {
        say(&format!(
            "error: cannot read {}: {reason}",
            workspace.sources.name(*file)
        ));
    }
    for (event, reason) in &validation.schema_failures {
        say(&format!(
            "error: the schema of event \"{event}\" does not compile, so its payloads were not checked against it: {reason}"
        ));
    }
}

fn exit_code(validation: &Validation, args: &ValidateArgs) -> u8 {
    if !validation.input_errors.is_empty() || !validation.schema_failures.is_empty() {
        return EXIT_FAILURE;
    }
    let totals = validation.totals;
    let below = args
        .min_coverage
        .is_some_and(|minimum| validation.coverage.percent < minimum);
    if below {
        say(&format!(
            "error: coverage {}% is below --min-coverage {}",
            validation.coverage.percent,
            args.min_coverage.unwrap_or_default()
        ));
    }
    if totals.errors > 0 || (args.selection.deny_warnings && totals.warnings > 0) || below {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
