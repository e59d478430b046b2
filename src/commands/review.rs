//! `tracklint review`: the lifecycle reviewer's queue (with privacy context) and, with
//! `--usage`, the zombie events of a warehouse export; human, json or markdown.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_FINDINGS, EXIT_OK, Globals, incomplete_sides, written};
use crate::cli::{ReviewArgs, ReviewFormat};
use crate::compare::baseline::Baseline;
use crate::compare::review::{self, Inputs};
use crate::compare::usage;
use crate::diagnostic::Diagnostic;
use crate::engine::check::{self, CheckOptions};
use crate::engine::selection::Selection;
use crate::engine::workspace::{Workspace, load_workspace};
use crate::error::Result;
use crate::report::review::{Report, human, json_text, markdown};
use crate::syntax::source::{FileId, absolute, resolved};

pub fn run(
    args: &ReviewArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let mut workspace = load_workspace(&args.paths, config)?;
    let base = workspace.load_baseline(args.against.as_deref())?;
    let mut sides = vec![("the catalog", &workspace.catalog)];
    if let (Some(label), Some(base)) = (args.against.as_deref(), base.as_ref()) {
        sides.push((label, &base.catalog));
    }
    if let Some(code) = incomplete_sides(&sides, &workspace.sources, globals, "compare") {
        return Ok(code);
    }
    // Read before the queue is built: a bad export is a usage error (exit 2) either way.
    let usage_rows = args.usage.as_deref().map(usage::read).transpose()?;
    let diagnostics = privacy_diagnostics(&workspace, base.as_ref(), args)?;
    let in_scope = |file: FileId| file_in_scope(&workspace, base.as_ref(), file);
    let items = review::queue(&Inputs {
        catalog: &workspace.catalog,
        config: &workspace.config,
        baseline: base.as_ref().map(|b| &b.catalog),
        diagnostics: &diagnostics,
        in_scope: &in_scope,
    });
    let zombies = usage_rows.as_deref().map(|rows| {
        usage::zombies(
            &workspace.catalog,
            base.as_ref().map(|b| &b.catalog),
            &workspace.config,
            rows,
            &in_scope,
        )
    });
    let report = Report {
        items: &items,
        zombies: zombies.as_ref(),
        sources: &workspace.sources,
        config: &workspace.config,
        against: args.against.as_deref(),
        usage_file: args.usage.as_deref(),
        docs_url: args.docs_url.as_deref(),
    };
    let text = match args.format {
        ReviewFormat::Human => human(&report),
        ReviewFormat::Json => json_text(&report),
        ReviewFormat::Markdown => markdown(&report),
    };
    written(out.write_all(text.as_bytes()))?;
    // With a baseline, only what this change touched or made pending fails the gate.
    Ok(
        if args.fail_on_pending && items.iter().any(|i| !i.decided && i.blocking) {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}

/// The privacy and governance diagnostics as `check` would show them (configured severities,
/// suppressions): review keeps those of each listed event.
fn privacy_diagnostics(
    workspace: &Workspace,
    base: Option<&Baseline>,
    args: &ReviewArgs,
) -> Result<Vec<Diagnostic>> {
    let options = CheckOptions {
        paths: args.paths.clone(),
        config: None,
        selection: Selection::new(&["privacy".into(), "governance".into()], &[])?,
        no_suppressions: false,
        against: args.against.clone(),
    };
    Ok(check::diagnostics(workspace, base, &options))
}

/// Whether a file is under the PATHs named: head files by their path, baseline files by
/// where the same relative path lies in the work tree (a folder baseline has its own root).
fn file_in_scope(workspace: &Workspace, base: Option<&Baseline>, file: FileId) -> bool {
    let Some(only) = &workspace.only else {
        return true;
    };
    let (Some(base), true) = (base, file >= workspace.baseline_files) else {
        return workspace.in_scope(file);
    };
    let path = resolved(&workspace.sources.get(file).path);
    let root = resolved(&base.root);
    let relative = path.strip_prefix(&root).map_or(path.clone(), PathBuf::from);
    let in_tree = absolute(&workspace.config.root.join(relative));
    only.iter().any(|prefix| in_tree.starts_with(prefix))
}
