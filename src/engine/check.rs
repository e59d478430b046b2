//! The `check` pipeline: find the config, load the catalog, run the rules, apply severities,
//! selection and suppressions, and return sorted diagnostics.

use std::path::PathBuf;

use crate::catalog::{self, Catalog};
use crate::compare::baseline::Baseline;
use crate::config::Config;
use crate::diagnostic::{self, Diagnostic};
use crate::engine::registry::{GROUPS, Group};
use crate::engine::selection::{Selection, Severities, enabled};
use crate::engine::suppress;
use crate::engine::workspace::{Workspace, load_workspace};
use crate::error::Result;
use crate::lint::Context;
use crate::lint::structure::{SCHEMA, YAML_SYNTAX};
use crate::syntax::source::{FileId, Sources, Span};
use foldhash::HashSet as FastSet;

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
    let diagnostics = diagnostics(&workspace, baseline.as_ref(), options);
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

/// What `check` reports on a loaded workspace against `baseline`: the selected rules run,
/// then severities, suppressions and scope are applied and the result is sorted.
pub fn diagnostics(
    workspace: &Workspace,
    baseline: Option<&Baseline>,
    options: &CheckOptions,
) -> Vec<Diagnostic> {
    let selected = |rule: &str| enabled(rule, &workspace.severities, &options.selection);
    let cx = Context {
        catalog: &workspace.catalog,
        config: &workspace.config,
        sources: &workspace.sources,
        baseline,
        selected: &selected,
    };
    finish(run(&cx), workspace, options)
}

/// Runs the rule groups with a rule `cx` selects, each on its own worker; rules report at
/// their default severity (see [`configure`]). `structure` always runs: a value its schema
/// rejects is reported once, by `structure/schema`, and no other rule may report it again
/// (`drop_judged_invalid`), whatever the selection.
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    let runs = |group: &Group| {
        group.name == "structure"
            || if group.name == "policy" {
                cx.config.policies.iter().any(|p| (cx.selected)(&p.rule))
            } else {
                group.rules.iter().any(|rule| cx.reports(rule))
            }
    };
    crate::pool::map(GROUPS, |_, group| {
        let mut found = Vec::new();
        if let Some(check) = group.check.filter(|_| runs(group)) {
            check(cx, &mut found);
        }
        found
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Whether the versioning rules report an error for `head` against `base` (the verdict of
/// `check --against`), after the configured severities and the head's suppressions.
pub fn versioning_fails(
    sources: &Sources,
    config: &Config,
    severities: &Severities,
    base: &Baseline,
    head: &Baseline,
) -> Result<bool> {
    let selection = Selection::new(&["versioning".to_owned()], &[])?;
    let selected = |rule: &str| enabled(rule, severities, &selection);
    let cx = Context {
        catalog: &head.catalog,
        config,
        sources,
        baseline: Some(base),
        selected: &selected,
    };
    let mut found = Vec::new();
    crate::lint::versioning::check(&cx, &mut found);
    let head_files: FastSet<FileId> = head.catalog.files.iter().map(|f| f.id).collect();
    let in_head = |file: FileId| head_files.contains(&file);
    let found = configure(found, severities, &selection, sources, Some(&in_head));
    Ok(found.iter().any(Diagnostic::is_error))
}

/// The files of a catalog that did not parse, as `structure/yaml-syntax` diagnostics: a
/// comparison with such a catalog would see their events as missing.
pub fn unparsed_files(catalog: &Catalog) -> Vec<Diagnostic> {
    catalog
        .problems
        .iter()
        .filter_map(|problem| match problem {
            catalog::LoadProblem::YamlSyntax { span, message } => Some(
                YAML_SYNTAX
                    .at(*span, format!("malformed YAML: {message}"))
                    .with_help("fix this file, then compare again"),
            ),
            _ => None,
        })
        .collect()
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
        let enabled = |rule: &str| enabled(rule, severities, selection);
        diagnostics = suppress::apply(diagnostics, sources, head, enabled);
        settle(&mut diagnostics);
    }
    diagnostics
}

/// A value the schema rejected is reported once, by `structure/schema`: a rule that judged the
/// same value (`dedupe_key: 5` is no property name, `required: "yes"` no flag) says nothing
/// the schema error does not, so its diagnostic at that very span goes.
fn drop_judged_invalid(diagnostics: &mut Vec<Diagnostic>) {
    let rejected: FastSet<Span> = diagnostics
        .iter()
        .filter(|d| d.rule.is(&SCHEMA))
        .map(|d| d.span)
        .collect();
    if !rejected.is_empty() {
        diagnostics.retain(|d| d.rule.is(&SCHEMA) || !rejected.contains(&d.span));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Input, LoadOptions};

    /// The rule ids `run` reports on a catalog with a naming problem of each kind, when
    /// `selected` decides what runs.
    fn reported(selected: &crate::lint::Selected) -> Vec<String> {
        let text = "events:\n  OrderCompleted: {}\n  order_completed: {}\n  order_complete: {}\n";
        let inputs = [Input::Memory {
            path: "events.yaml".into(),
            name: "events.yaml".into(),
            bytes: Ok(text.as_bytes().to_vec()),
        }];
        let mut sources = Sources::new();
        let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
        let config = Config::defaults(".".into(), vec![".".into()]);
        let cx = Context {
            catalog: &catalog,
            config: &config,
            sources: &sources,
            baseline: None,
            selected,
        };
        let mut ids: Vec<String> = run(&cx).into_iter().map(|d| d.rule.to_string()).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    #[test]
    fn a_rule_that_does_not_report_does_no_work() {
        let all = reported(crate::lint::EVERY_RULE);
        assert!(all.contains(&"naming/case".to_owned()), "{all:?}");
        assert!(all.contains(&"naming/near-duplicate".to_owned()), "{all:?}");
        assert!(all.iter().any(|id| id.starts_with("privacy/")), "{all:?}");
        // Without near-duplicate, its work is skipped; the rest of its group still runs.
        let some = reported(&|id: &str| id != "naming/near-duplicate");
        assert!(
            !some.contains(&"naming/near-duplicate".to_owned()),
            "{some:?}"
        );
        assert!(some.contains(&"naming/case".to_owned()), "{some:?}");
        // A group with no selected rule does not run at all; structure always does.
        let none = reported(&|id: &str| id.starts_with("structure/"));
        assert!(
            none.iter().all(|id| id.starts_with("structure/")),
            "{none:?}"
        );
    }
}
