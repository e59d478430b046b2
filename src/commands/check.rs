//! `tracklint check`.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Globals, incomplete_sides, say, written};
use crate::cli::CheckArgs;
use crate::diagnostic::{self, Counts, Diagnostic, Severity};
use crate::engine::check::{self, CheckOptions, Checked};
use crate::engine::selection::{Selection, enabled};
use crate::engine::write::{check_named, write_all_atomic, write_named};
use crate::engine::{bulk, fix, nested};
use crate::error::{Error, Result};
use crate::escape::{visible, visible_lines, write_json};
use crate::report::{self, Format, Report};
use crate::rule::Fix;
use crate::syntax::source::{FileId, Sources, absolute, display_path};

pub fn run(
    args: &CheckArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let outputs = outputs(args)?;
    // The naming rules' word tables, built by whichever worker runs out of files to load
    // first, instead of on the naming worker once the rules start.
    crate::pool::spawn(crate::lint::words::warm_up);
    let options = CheckOptions {
        // `check` is `check .` (SPEC §5, as in ruff): the diagnostics of the current folder,
        // the whole catalog that holds it loaded.
        paths: if args.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        },
        config: config.map(Path::to_path_buf),
        selection: Selection::new(&args.selection.select, &args.selection.ignore)?,
        no_suppressions: args.no_suppressions,
        against: args.against.clone(),
    };
    // `--config` names one catalog; without it, every PATH goes to its nearest config.
    let collect = || -> Result<(Vec<Checked>, Vec<PathBuf>)> {
        Ok(if config.is_some() {
            (vec![check::check(&options)?], Vec::new())
        } else {
            let outcome = nested::check_all(&options)?;
            (outcome.checked, outcome.outside)
        })
    };
    let (mut runs, mut outside) = collect()?;
    if args.fix || args.diff {
        let any = apply_fixes(&runs, args, out)?;
        if args.diff {
            return Ok(if any { EXIT_FINDINGS } else { EXIT_OK });
        }
        if any {
            // What is left, as a plain run would report it.
            (runs, outside) = collect()?;
        }
    }
    let several = runs.len() > 1;
    let mut failed = false;
    let mut merged = Merged::default();
    for mut checked in runs {
        // The versioning rules compared with this baseline: only meaningful when it was whole.
        if let (Some(label), Some(baseline)) = (args.against.as_deref(), &checked.baseline)
            && let Some(code) = incomplete_sides(
                &[(label, &baseline.catalog)],
                &checked.workspace.sources,
                globals,
                "compare",
            )
        {
            return Ok(code);
        }
        if !args.no_suppressions {
            bulk_suppressions(&mut checked, args, &options.selection, globals)?;
        }
        failed |= notes(&checked, args, globals, several);
        merged.add(checked);
    }
    // pre-commit passes every changed file: those of no catalog are skipped, never an error.
    for path in &outside {
        if !globals.quiet {
            say(&format!(
                "note: skipped {}: no tracklint.yaml above it lists it in its catalog",
                display_path(path)
            ));
        }
    }
    if several {
        diagnostic::sort(&mut merged.diagnostics, &merged.sources);
    }

    let quiet: Vec<Diagnostic>;
    let shown: &[Diagnostic] = if globals.quiet {
        quiet = failing_only(&merged.diagnostics, args.selection.deny_warnings);
        &quiet
    } else {
        &merged.diagnostics
    };
    let repository = merged
        .repository
        .clone()
        .unwrap_or_else(|| crate::syntax::read::repository_root(Path::new(".")));
    let report = Report {
        sources: &merged.sources,
        diagnostics: shown,
        files: &merged.files,
        color: globals.color,
        summary: !globals.quiet,
        repository: &repository,
        machine_names: OnceCell::new(),
    };
    write_outputs(&outputs, &report, args, out)?;

    let counts = Counts::of(&merged.diagnostics);
    // The process ends next: freeing every source text and diagnostic one by one is ~5% of a
    // large run's wall time for nothing (rustc and ruff skip it too).
    std::mem::forget(merged);
    Ok(if failed {
        EXIT_FAILURE
    } else if args.exit_zero {
        EXIT_OK
    } else if counts.errors > 0 || (args.selection.deny_warnings && counts.warnings > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// `--fix` writes and `--diff` prints the fixes of every catalog of the run; whether there
/// was any.
fn apply_fixes(runs: &[Checked], args: &CheckArgs, out: &mut dyn Write) -> Result<bool> {
    let mut any = false;
    let (mut would_fix, mut files) = (0, 0);
    for checked in runs {
        let fixes = fixes(checked, args.unsafe_fixes);
        any |= !fixes.is_empty();
        if args.diff {
            would_fix += fixes.iter().map(|f| f.fixed).sum::<usize>();
            files += fixes.len();
            for fixed in &fixes {
                let diff = fix::unified_diff(
                    &checked.workspace.sources,
                    fixed,
                    &checked.workspace.config.repository,
                );
                written(out.write_all(visible_lines(&diff).as_bytes()))?;
            }
        } else if !fixes.is_empty() {
            write_fixes(checked, &fixes)?;
        }
    }
    if args.diff && would_fix > 0 {
        let apply = if args.unsafe_fixes {
            "--fix --unsafe-fixes"
        } else {
            "--fix"
        };
        say(&format!(
            "Would fix {} in {}; `{apply}` applies them",
            plural(would_fix, "problem"),
            plural(files, "file")
        ));
    }
    Ok(any)
}

/// What `-q` shows: what fails the run (errors, and warnings too under --deny-warnings).
fn failing_only(diagnostics: &[Diagnostic], deny_warnings: bool) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.is_error() || (deny_warnings && d.severity == Severity::Warning))
        .cloned()
        .collect()
}

/// The diagnostics of every catalog of the run, pointing into one set of sources.
#[derive(Default)]
struct Merged {
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    files: Vec<FileId>,
    /// Where `--output-file` and `--output-format` may write: the first catalog's repository.
    repository: Option<PathBuf>,
}

impl Merged {
    fn add(&mut self, checked: Checked) {
        let Checked {
            mut workspace,
            mut diagnostics,
            files,
            baseline,
        } = checked;
        let sources = std::mem::take(&mut workspace.sources);
        let first = self.repository.is_none();
        self.repository
            .get_or_insert_with(|| workspace.config.repository.clone());
        // The catalogs end with the process, like the merged report (see `run`): freeing every
        // event one by one is some 4% of a large run's wall time for nothing.
        std::mem::forget((workspace, baseline));
        if first {
            // The first (usually the only) catalog: taken as it is, nothing copied.
            self.sources = sources;
            self.diagnostics = diagnostics;
            self.files = files;
            return;
        }
        let shift = self.sources.append(sources);
        for diagnostic in &mut diagnostics {
            diagnostic.shift_files(shift);
        }
        self.diagnostics.append(&mut diagnostics);
        self.files
            .extend(files.into_iter().map(|id| FileId(id.0 + shift)));
    }
}

/// Prints the notes and errors about one catalog on stderr; whether the run failed (exit 2).
fn notes(checked: &Checked, args: &CheckArgs, globals: Globals, several: bool) -> bool {
    let workspace = &checked.workspace;
    if globals.verbose {
        for &file in &workspace.catalog.skipped {
            say(&format!(
                "note: skipped {} (neither a dictionary nor a plan file)",
                workspace.sources.name(file)
            ));
        }
        // A folder that only holds nested catalogs has nothing of its own to count.
        let only_nested =
            workspace.catalog.files.is_empty() && !workspace.catalog.nested.is_empty();
        let under = if several {
            format!(" under {}", display_path(&workspace.config.root))
        } else {
            String::new()
        };
        if !only_nested {
            say(&format!(
                "note: checked {} files{under}: {} events, {} properties, {} plans",
                checked.files.len(),
                workspace.catalog.events.len(),
                workspace.catalog.properties.len(),
                workspace.catalog.plans.len()
            ));
        }
    }
    for (path, reason) in &workspace.catalog.unreadable {
        say(&format!(
            "error: cannot read {}: {reason}",
            display_path(path)
        ));
    }
    // A named file that is no catalog file belongs to no catalog: skipped, like the above.
    let not_catalog = named_files_skipped(checked, &args.paths);
    for name in not_catalog.iter().filter(|_| !globals.quiet) {
        say(&format!(
            "note: skipped {name}: neither a dictionary file (events:/properties:) nor a plan file (plan:)"
        ));
    }
    let empty =
        checked.diagnostics.is_empty() && workspace.catalog.files.iter().all(|f| f.kind.is_none());
    // A folder that only holds nested catalogs is not an empty catalog.
    let empty = empty && workspace.catalog.nested.is_empty();
    let empty = empty && not_catalog.is_empty();
    if empty {
        let shown: Vec<String> = if args.paths.is_empty() || several {
            vec![display_path(&workspace.config.root)]
        } else {
            args.paths.iter().map(|p| display_path(p)).collect()
        };
        say(&format!(
            "error: no dictionary or plan files found in {}; `tracklint init` writes a starter catalog",
            shown.join(", ")
        ));
    }
    !workspace.catalog.unreadable.is_empty() || empty
}

/// Applies `tracklint-suppressions.json` to one catalog's diagnostics; writes or prunes it
/// first when asked.
fn bulk_suppressions(
    checked: &mut Checked,
    args: &CheckArgs,
    selection: &Selection,
    globals: Globals,
) -> Result<()> {
    let workspace = &checked.workspace;
    let path = bulk::path_of(workspace);
    let mut allowed = bulk::read(&path)?;
    if allowed.is_none() && !args.write_suppressions && !args.prune_suppressions {
        // No file: nothing to count, and the run costs what it did before bulk suppressions.
        return Ok(());
    }
    let today = bulk::count(&checked.diagnostics, workspace);
    let judged = |file: &str, rule: &str| {
        enabled(rule, &workspace.severities, selection) && bulk::in_scope(workspace, file)
    };
    let shown = display_path(&path);
    if args.write_suppressions {
        let unrecordable = bulk::unrecordable(&checked.diagnostics, workspace);
        for left in &unrecordable {
            say(&unrecorded_note(left, &shown));
        }
        let counts = bulk::recorded(&allowed.clone().unwrap_or_default(), &today, judged);
        if allowed.is_none() && counts.files() == 0 {
            // A clean catalog gets no empty file (nor does a folder that only holds nested
            // catalogs).
            if workspace.config.file.is_some() {
                let why = if unrecordable.is_empty() {
                    "no diagnostics"
                } else {
                    "no diagnostics it can hold"
                };
                say(&format!("note: nothing to record in {shown}: {why}"));
            }
            return Ok(());
        }
        bulk::write(&path, &counts, &workspace.config.repository)?;
        say(&format!(
            "note: wrote {shown}: {} diagnostics in {} files are tolerated; new ones fail the run",
            counts.total(),
            counts.files()
        ));
        allowed = Some(counts);
    } else if args.prune_suppressions {
        match &allowed {
            Some(old) => {
                let counts = bulk::pruned(old, &today, judged);
                bulk::write(&path, &counts, &workspace.config.repository)?;
                say(&format!(
                    "note: pruned {shown}: {} fewer diagnostics tolerated, {} left",
                    old.total().saturating_sub(counts.total()),
                    counts.total()
                ));
                allowed = Some(counts);
            }
            None => say(&format!("note: nothing to prune: {shown} does not exist")),
        }
    }
    let Some(allowed) = allowed else {
        return Ok(());
    };
    let stale = bulk::stale(&allowed, &today, judged);
    if stale > 0 && !globals.quiet {
        say(&format!(
            "note: {stale} suppressions in {shown} are no longer needed; run `tracklint check --prune-suppressions` to remove them"
        ));
    }
    let diagnostics = std::mem::take(&mut checked.diagnostics);
    checked.diagnostics = bulk::apply(diagnostics, &checked.workspace, &allowed, &today);
    Ok(())
}

/// Why a file's or a rule's diagnostics were not recorded, and what to do.
fn unrecorded_note(left: &bulk::Unrecordable, shown: &str) -> String {
    match left {
        bulk::Unrecordable::File(name) => format!(
            "note: {} is not recorded in {shown}: its name holds a backslash, a control character or bytes that are not UTF-8, which cannot be a key there; its diagnostics stay reported (rename the file to record them)",
            visible(name)
        ),
        bulk::Unrecordable::Rule(rule) => format!(
            "note: rule {} is not recorded in {shown}: its id is longer than 256 bytes or holds a control character; its diagnostics stay reported (rename the policy file to record them)",
            visible(rule)
        ),
    }
}

/// Where each format goes: `--format` to stdout (or `--output-file`), then every
/// `--output-format F=FILE`.
fn outputs(args: &CheckArgs) -> Result<Vec<(Format, Option<PathBuf>)>> {
    let mut outputs = vec![(Format::from(args.format), args.output_file.clone())];
    outputs.extend(
        args.output_format
            .iter()
            .map(|(format, file)| (Format::from(*format), Some(file.clone()))),
    );
    for (format, file) in &outputs {
        if args.statistics && matches!(format, Format::Sarif | Format::Github | Format::Junit) {
            return Err(Error::Usage(format!(
                "--statistics prints a table (human, concise) or json, not {}",
                format.name()
            )));
        }
        if let Some(file) = file
            && outputs
                .iter()
                .filter(|(_, other)| other.as_ref().map(|o| absolute(o)) == Some(absolute(file)))
                .count()
                > 1
        {
            return Err(Error::Usage(format!(
                "{} is named by two outputs; give each format its own file",
                display_path(file)
            )));
        }
    }
    Ok(outputs)
}

/// Writes every output: files atomically inside the repository (all checked before any is
/// written), the rest to stdout.
fn write_outputs(
    outputs: &[(Format, Option<PathBuf>)],
    report: &Report,
    args: &CheckArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let render = |format: Format, out: &mut dyn Write| {
        if args.statistics {
            statistics(report.diagnostics, format, out)
        } else {
            report::write(format, report, out)
        }
    };
    // Where `--output-file` and `--output-format` may write: the report's repository.
    let repository = report.repository;
    for (_, file) in outputs {
        if let Some(file) = file {
            check_named(file, repository)?;
        }
    }
    for (format, file) in outputs {
        match file {
            Some(file) => {
                let mut bytes = Vec::new();
                render(*format, &mut bytes).map_err(|source| Error::Write {
                    path: file.clone(),
                    source,
                })?;
                write_named(file, &bytes, repository)?;
            }
            None => written(render(*format, out))?,
        }
    }
    Ok(())
}

/// The fixes of the diagnostics in the checked catalog files (never in a baseline).
fn fixes(checked: &check::Checked, unsafe_fixes: bool) -> Vec<fix::FixedFile> {
    let files: foldhash::HashSet<FileId> = checked.files.iter().copied().collect();
    let in_catalog = checked
        .diagnostics
        .iter()
        .filter(|d| files.contains(&d.span.file));
    let sources = &checked.workspace.sources;
    let fixes = fix::fix(sources, in_catalog, unsafe_fixes);
    for (file, why) in &fixes.unverified {
        say(&format!(
            "note: the fixes of {} were not applied: {}; fix it by hand, and please report this as a tracklint bug",
            visible(sources.name(*file)),
            visible(why)
        ));
    }
    fixes.files
}

/// Writes the fixed files (atomically, inside the repository) and says what was fixed.
fn write_fixes(checked: &check::Checked, fixes: &[fix::FixedFile]) -> Result<()> {
    let workspace = &checked.workspace;
    let files: Vec<(&Path, &[u8])> = fixes
        .iter()
        .map(|fixed| {
            let source = workspace.sources.get(fixed.file);
            (source.path.as_path(), fixed.bytes.as_slice())
        })
        .collect();
    write_all_atomic(&files, &workspace.config.repository)?;
    let count: usize = fixes.iter().map(|f| f.fixed).sum();
    say(&format!(
        "fixed {} in {}",
        plural(count, "problem"),
        plural(fixes.len(), "file")
    ));
    Ok(())
}

/// Files named on the command line that turned out not to be catalog files.
fn named_files_skipped(checked: &Checked, paths: &[PathBuf]) -> Vec<String> {
    let sources = &checked.workspace.sources;
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
    /// Of `count`, those `--fix` fixes.
    fixable: usize,
    /// Of `count`, those only `--fix --unsafe-fixes` fixes.
    unsafe_fixable: usize,
}

/// Counts per rule, most frequent first (`--statistics`).
fn statistics(
    diagnostics: &[Diagnostic],
    format: Format,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // Per rule: count, severity, and how many `--fix` fixes (with `--unsafe-fixes`: more).
    let mut counts: BTreeMap<&str, (usize, Severity, Counts)> = BTreeMap::new();
    for d in diagnostics {
        let entry = counts
            .entry(&d.rule)
            .or_insert((0, d.severity, Counts::default()));
        entry.0 += 1;
        match d.fix() {
            Fix::Safe => entry.2.fixable += 1,
            Fix::Unsafe => entry.2.unsafe_fixable += 1,
            Fix::None => {}
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    if format == Format::Json {
        let items: Vec<RuleCount> = rows
            .iter()
            .map(|(rule, (count, severity, fixes))| RuleCount {
                rule,
                severity: severity.as_str(),
                count: *count,
                fixable: fixes.fixable,
                unsafe_fixable: fixes.unsafe_fixable,
            })
            .collect();
        return write_json(out, &items);
    }
    for (rule, (count, severity, fixes)) in rows {
        // `[*]` fixable with --fix, `[-]` with --unsafe-fixes (as ruff marks them).
        let mark = if fixes.fixable > 0 {
            "[*]"
        } else if fixes.unsafe_fixable > 0 {
            "[-]"
        } else {
            "   "
        };
        // Custom rule ids come from the config: shown escaped like every name.
        writeln!(out, "{count:>6}  {mark} {:<40} {severity}", visible(rule))?;
    }
    if let Some(line) = Counts::of(diagnostics).fixable_line() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `1 file`, `2 files`.
fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}
