//! The `check` pipeline: find the config, load the catalog, run the rules, apply severities,
//! selection and suppressions, and return sorted diagnostics.

use std::path::PathBuf;

use crate::catalog::{self, Catalog};
use crate::compare::baseline::Baseline;
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::lint::registry::{self, GROUPS, Selector, Severities};
use crate::lint::rules::Context;
use crate::lint::suppress;
use crate::lint::workspace::{Workspace, load_workspace};
use crate::syntax::source::{FileId, Sources, Span};
use foldhash::HashSet as FastSet;

/// Which rules run: `--select` and `--ignore` (rule ids or groups).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    select: Vec<Selector>,
    ignore: Vec<Selector>,
}

impl Selection {
    /// Parses every id; an unknown one is a usage error (exit 2) with a "did you mean".
    pub fn new(select: &[String], ignore: &[String]) -> Result<Selection> {
        let parse = |flag: &str, ids: &[String]| -> Result<Vec<Selector>> {
            ids.iter()
                .map(|id| {
                    Selector::parse(id).ok_or_else(|| {
                        Error::Usage(format!(
                            "unknown rule or group \"{id}\" in {flag}; {}",
                            registry::hint_for(id)
                        ))
                    })
                })
                .collect()
        };
        Ok(Selection {
            select: parse("--select", select)?,
            ignore: parse("--ignore", ignore)?,
        })
    }

    pub fn includes(&self, rule: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| s.matches(rule)))
            && !self.ignore.iter().any(|s| s.matches(rule))
    }
}

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    pub config: Option<PathBuf>,
    pub selection: Selection,
    pub no_suppressions: bool,
    /// A git revision or folder to compare with (`--against`).
    pub against: Option<String>,
}

/// The result of `check`: the workspace and its sorted diagnostics.
pub struct Checked {
    pub workspace: Workspace,
    pub diagnostics: Vec<Diagnostic>,
    /// The catalog files checked (for per-file reports such as JUnit).
    pub files: Vec<FileId>,
    /// The baseline compared with (`--against`).
    pub baseline: Option<Baseline>,
}

pub fn check(options: &CheckOptions) -> Result<Checked> {
    let workspace = load_workspace(&options.paths, options.config.as_deref())?;
    check_workspace(workspace, options)
}

/// Runs the rules over a loaded workspace (`options.paths` and `options.config` were used to
/// load it).
pub fn check_workspace(mut workspace: Workspace, options: &CheckOptions) -> Result<Checked> {
    let baseline = workspace.load_baseline(options.against.as_deref())?;
    let diagnostics = {
        let cx = Context {
            catalog: &workspace.catalog,
            config: &workspace.config,
            sources: &workspace.sources,
            baseline: baseline.as_ref(),
        };
        run(&cx)
    };
    let diagnostics = finish(diagnostics, &workspace, options);
    let files = workspace
        .catalog
        .files
        .iter()
        .filter(|f| !workspace.catalog.skipped.contains(&f.id))
        .map(|f| f.id)
        .filter(|&id| workspace.in_scope(id))
        .collect();
    Ok(Checked {
        workspace,
        diagnostics,
        files,
        baseline,
    })
}

/// Runs every rule group over the catalog, each on its own worker. Severity overrides and
/// selection are applied afterwards ([`finish`]), so rules report at their default severity.
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    crate::pool::map(GROUPS, |_, group| {
        let mut found = Vec::new();
        if let Some(check) = group.check {
            check(cx, &mut found);
        }
        found
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The files of a catalog that did not parse, as `structure/yaml-syntax` diagnostics: a
/// comparison with such a catalog would see their events as missing.
pub fn unparsed_files(catalog: &Catalog) -> Vec<Diagnostic> {
    let Some(rule) = registry::find("structure/yaml-syntax") else {
        return Vec::new();
    };
    catalog
        .problems
        .iter()
        .filter_map(|problem| match problem {
            catalog::LoadProblem::YamlSyntax { span, message } => Some(
                rule.at(*span, format!("malformed YAML: {message}"))
                    .with_help("fix this file, then compare again"),
            ),
            _ => None,
        })
        .collect()
}

/// Whether `rule` can report in this run: selected, and not turned off in the config.
pub fn enabled(rule: &str, workspace: &Workspace, selection: &Selection) -> bool {
    rule_enabled(rule, &workspace.severities, selection)
}

fn rule_enabled(rule: &str, severities: &Severities, selection: &Selection) -> bool {
    selection.includes(rule)
        && severities
            .of(
                rule,
                registry::find(rule).map_or(Severity::Error, |r| r.severity),
            )
            .is_some()
}

/// The selection and the configured severities, then the suppressions in the files
/// `suppressed_in` accepts (none when it is `None`), then the severities again for what the
/// suppressions reported. In place: a run may carry a million diagnostics.
pub fn configure(
    mut diagnostics: Vec<Diagnostic>,
    severities: &Severities,
    selection: &Selection,
    sources: &Sources,
    suppressed_in: Option<&dyn Fn(FileId) -> bool>,
) -> Vec<Diagnostic> {
    let settle = |diagnostics: &mut Vec<Diagnostic>| {
        diagnostics.retain_mut(|d| {
            if !selection.includes(&d.rule) {
                return false;
            }
            match severities.of(&d.rule, d.severity) {
                Some(severity) => {
                    d.severity = severity;
                    true
                }
                None => false,
            }
        });
    };
    settle(&mut diagnostics);
    if let Some(head) = suppressed_in {
        let enabled = |rule: &str| rule_enabled(rule, severities, selection);
        diagnostics = suppress::apply(diagnostics, sources, head, enabled);
        settle(&mut diagnostics);
    }
    diagnostics
}

/// A value the schema rejected is reported once, by `structure/schema`: a rule that judged the
/// same value (`dedupe_key: 5` is no property name, `required: "yes"` no flag) says nothing
/// the schema error does not, so its diagnostic at that very span goes.
fn drop_judged_invalid(diagnostics: &mut Vec<Diagnostic>) {
    const SCHEMA: &str = "structure/schema";
    let rejected: FastSet<Span> = diagnostics
        .iter()
        .filter(|d| d.rule == SCHEMA)
        .map(|d| d.span)
        .collect();
    if !rejected.is_empty() {
        diagnostics.retain(|d| d.rule == SCHEMA || !rejected.contains(&d.span));
    }
}

/// Applies configured severities, the selection and suppressions, keeps what is in scope,
/// and sorts.
pub fn finish(
    diagnostics: Vec<Diagnostic>,
    workspace: &Workspace,
    options: &CheckOptions,
) -> Vec<Diagnostic> {
    let mut diagnostics = diagnostics;
    drop_judged_invalid(&mut diagnostics);
    let head = |file: FileId| file < workspace.baseline_files;
    let mut diagnostics = configure(
        diagnostics,
        &workspace.severities,
        &options.selection,
        &workspace.sources,
        (!options.no_suppressions).then_some(&head as &dyn Fn(FileId) -> bool),
    );
    if workspace.only.is_some() {
        let shown: FastSet<FileId> = workspace
            .sources
            .iter()
            .map(|(id, _)| id)
            .filter(|&id| workspace.in_scope(id))
            .collect();
        diagnostics.retain(|d| shown.contains(&d.span.file));
    }
    diagnostic::sort(&mut diagnostics, &workspace.sources);
    let catalog = &workspace.catalog;
    let names: FastSet<Span> = catalog
        .events
        .iter()
        .map(|e| e.name.span)
        .chain(catalog.plans.iter().map(|p| p.id.span))
        .collect();
    diagnostic::merge_shared(diagnostics, |span| names.contains(&span))
}
