//! `tracklint check`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Globals, incomplete_sides, say, written};
use crate::cli::CheckArgs;
use crate::diagnostic::{Counts, Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::lint::check::{self, CheckOptions, Selection};
use crate::lint::fix;
use crate::report::escape::{visible, write_json};
use crate::report::{self, Format, Report};
use crate::syntax::source::display_path;
use crate::syntax::write::write_atomic;

pub fn run(
    args: &CheckArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let format: Format = args.format.into();
    if args.selection.statistics && matches!(format, Format::Sarif | Format::Github | Format::Junit)
    {
        return Err(Error::Usage(format!(
            "--statistics prints a table (human, concise) or json, not {}",
            format.name()
        )));
    }
    let options = CheckOptions {
        paths: args.paths.clone(),
        config: config.map(Path::to_path_buf),
        selection: Selection::new(&args.selection.select, &args.selection.ignore)?,
        no_suppressions: args.no_suppressions,
        against: args.against.clone(),
    };
    let mut checked = check::check(&options)?;
    // The versioning rules compared with this baseline: only meaningful when it was whole.
    if let (Some(label), Some(baseline)) = (args.against.as_deref(), &checked.baseline)
        && let Some(code) = incomplete_sides(
            &[(label, &baseline.catalog)],
            &checked.workspace.sources,
            globals,
        )
    {
        return Ok(code);
    }
    if args.fix || args.diff {
        let fixes = fixes(&checked, args.unsafe_fixes);
        if args.diff {
            for fixed in &fixes {
                written(
                    out.write_all(fix::unified_diff(&checked.workspace.sources, fixed).as_bytes()),
                )?;
            }
            return Ok(if fixes.is_empty() {
                EXIT_OK
            } else {
                EXIT_FINDINGS
            });
        }
        if !fixes.is_empty() {
            write_fixes(&checked, &fixes)?;
            // What is left, as a plain run would report it.
            checked = check::check(&options)?;
        }
    }
    let workspace = &checked.workspace;
    if globals.verbose {
        for &file in &workspace.catalog.skipped {
            say(&format!(
                "note: skipped {} (neither a dictionary nor a plan file)",
                workspace.sources.name(file)
            ));
        }
        say(&format!(
            "note: checked {} files: {} events, {} properties, {} plans",
            checked.files.len(),
            workspace.catalog.events.len(),
            workspace.catalog.properties.len(),
            workspace.catalog.plans.len()
        ));
    }
    for (path, reason) in &workspace.catalog.unreadable {
        say(&format!(
            "error: cannot read {}: {reason}",
            display_path(path)
        ));
    }
    let not_catalog = named_files_skipped(&checked, &args.paths);
    for name in &not_catalog {
        say(&format!(
            "error: {name} is neither a dictionary file (events:/properties:) nor a plan file (plan:)"
        ));
    }
    let empty =
        checked.diagnostics.is_empty() && workspace.catalog.files.iter().all(|f| f.kind.is_none());
    if empty && not_catalog.is_empty() {
        let shown: Vec<String> = if args.paths.is_empty() {
            vec![display_path(&workspace.config.root)]
        } else {
            args.paths.iter().map(|p| display_path(p)).collect()
        };
        say(&format!(
            "error: no dictionary or plan files found in {}; `tracklint init` writes a starter catalog",
            shown.join(", ")
        ));
    }

    let errors_only: Vec<Diagnostic>;
    let shown: &[Diagnostic] = if globals.quiet {
        errors_only = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        &errors_only
    } else {
        &checked.diagnostics
    };
    if args.selection.statistics {
        written(statistics(shown, format, out))?;
    } else {
        let report = Report {
            sources: &workspace.sources,
            diagnostics: shown,
            files: &checked.files,
            color: globals.color,
        };
        written(report::write(format, &report, out))?;
    }

    let counts = Counts::of(&checked.diagnostics);
    Ok(
        if !workspace.catalog.unreadable.is_empty() || !not_catalog.is_empty() || empty {
            EXIT_FAILURE
        } else if counts.errors > 0 || (args.selection.deny_warnings && counts.warnings > 0) {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}

/// The fixes of the diagnostics in the checked catalog files (never in a baseline).
fn fixes(checked: &check::Checked, unsafe_fixes: bool) -> Vec<fix::FixedFile> {
    let in_catalog: Vec<Diagnostic> = checked
        .diagnostics
        .iter()
        .filter(|d| !d.edits.is_empty() && checked.files.contains(&d.span.file))
        .cloned()
        .collect();
    fix::fix(&checked.workspace.sources, &in_catalog, unsafe_fixes)
}

/// Writes the fixed files (atomically, inside the repository) and says what was fixed.
fn write_fixes(checked: &check::Checked, fixes: &[fix::FixedFile]) -> Result<()> {
    let workspace = &checked.workspace;
    for fixed in fixes {
        let source = workspace.sources.get(fixed.file);
        write_atomic(&source.path, &fixed.bytes, &workspace.config.repository)?;
    }
    let count: usize = fixes.iter().map(|f| f.fixed).sum();
    say(&format!(
        "fixed {count} problem{} in {} file{}",
        if count == 1 { "" } else { "s" },
        fixes.len(),
        if fixes.len() == 1 { "" } else { "s" }
    ));
    Ok(())
}

/// Files named on the command line that turned out not to be catalog files.
fn named_files_skipped(checked: &check::Checked, paths: &[std::path::PathBuf]) -> Vec<String> {
    let sources = &checked.workspace.sources;
    use crate::syntax::source::absolute;
    checked
        .workspace
        .catalog
        .skipped
        .iter()
        .map(|&id| sources.get(id))
        .filter(|file| {
            paths
                .iter()
                .any(|given| given.is_file() && absolute(given) == absolute(&file.path))
        })
        .map(|file| file.name.clone())
        .collect()
}

/// One row of `--statistics --format json`; fields in output order.
#[derive(serde::Serialize)]
struct RuleCount<'a> {
    rule: &'a str,
    severity: &'static str,
    count: usize,
}

/// Counts per rule, most frequent first (`--statistics`).
fn statistics(
    diagnostics: &[Diagnostic],
    format: Format,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut counts: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for d in diagnostics {
        let entry = counts.entry(&d.rule).or_insert((0, d.severity));
        entry.0 += 1;
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    if format == Format::Json {
        let items: Vec<RuleCount> = rows
            .iter()
            .map(|&(rule, (count, severity))| RuleCount {
                rule,
                severity: severity.as_str(),
                count,
            })
            .collect();
        return write_json(out, &items);
    }
    for (rule, (count, severity)) in rows {
        // Custom rule ids come from the config: shown escaped like every name.
        writeln!(out, "{count:>6}  {:<40} {severity}", visible(rule))?;
    }
    Ok(())
}
