//! The `check` pipeline: find the config, load the catalog, run the rules, apply severities,
//! selection and suppressions, and return sorted diagnostics.

use std::path::{Path, PathBuf};

use crate::catalog::{self, Catalog, LoadOptions};
use crate::compare::baseline::{self, Baseline};
use crate::config::Config;
use crate::diagnostic::{self, Diagnostic};
use crate::error::{Error, Result};
use crate::hash::FastSet;
use crate::lint::rules::{self, Context};
use crate::lint::suppress;
use crate::syntax::source::{FileId, Sources, Span, normalize};

/// Which rules run: `--select` and `--ignore` (rule ids or groups).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    select: Vec<String>,
    ignore: Vec<String>,
}

impl Selection {
    /// Validates every id; an unknown one is a usage error (exit 2).
    pub fn new(select: Vec<String>, ignore: Vec<String>) -> Result<Selection> {
        for (flag, ids) in [("--select", &select), ("--ignore", &ignore)] {
            for id in ids {
                let known =
                    rules::find(id).is_some() || rules::is_group(id) || id.starts_with("policy/");
                if !known {
                    let hint = rules::closest(id)
                        .map(|c| format!("; did you mean `{c}`?"))
                        .unwrap_or_else(|| {
                            "; `tracklint rules` lists every rule id and group".into()
                        });
                    return Err(Error::Usage(format!(
                        "unknown rule or group \"{id}\" in {flag}{hint}"
                    )));
                }
            }
        }
        Ok(Selection { select, ignore })
    }

    pub fn includes(&self, rule: &str) -> bool {
        let matches =
            |entry: &String| entry == rule || rule.split('/').next() == Some(entry.as_str());
        (self.select.is_empty() || self.select.iter().any(matches))
            && !self.ignore.iter().any(matches)
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

/// A loaded catalog with everything needed to check and report on it.
pub struct Workspace {
    pub sources: Sources,
    pub config: Config,
    pub catalog: Catalog,
    /// Report only diagnostics in files below these paths (when the user named part of a catalog).
    pub only: Option<Vec<PathBuf>>,
    /// Files with an id at or above this one belong to a baseline, not to the checked catalog.
    pub baseline_files: FileId,
}

impl Workspace {
    /// Loads an earlier catalog (a git revision or a folder) into this workspace's sources,
    /// so diagnostics can point into it.
    pub fn load_baseline(&mut self, reference: Option<&str>) -> Result<Option<Baseline>> {
        reference
            .map(|r| baseline::load(r, &self.config, &mut self.sources))
            .transpose()
    }
}

/// Finds the config (from `--config`, or upward from the first path) and reads it; `None`
/// when there is none.
pub fn find_config(
    paths: &[PathBuf],
    config_path: Option<&Path>,
    sources: &mut Sources,
) -> Result<Option<Config>> {
    let found = match config_path {
        Some(path) => Some(path.to_path_buf()),
        None => {
            let start = paths.first().cloned().unwrap_or_else(|| PathBuf::from("."));
            if !start.exists() {
                return Err(Error::NotFound { path: start });
            }
            Config::discover(&start)
        }
    };
    found.map(|path| Config::load(&path, sources)).transpose()
}

/// Finds the config (from `--config`, or upward from the first path) and loads the catalog.
pub fn load_workspace(paths: &[PathBuf], config_path: Option<&Path>) -> Result<Workspace> {
    let mut sources = Sources::new();
    let (config, load_paths, only) = match find_config(paths, config_path, &mut sources)? {
        Some(config) => {
            let root = absolute(&config.root);
            let mut load_paths = config.catalog.clone();
            let mut only = Vec::new();
            for given in paths {
                if !given.exists() {
                    return Err(Error::NotFound {
                        path: given.clone(),
                    });
                }
                let given_abs = absolute(given);
                if given_abs == root {
                    only.clear();
                    break;
                }
                // A named file outside the configured folders is loaded too (or refused, when
                // it is a FIFO or a device: never silently passed over).
                let covered = config
                    .catalog
                    .iter()
                    .any(|c| given_abs.starts_with(absolute(c)));
                if !covered && !given.is_dir() {
                    load_paths.push(given.clone());
                }
                only.push(given_abs);
            }
            let only = (!only.is_empty() && only.len() == paths.len()).then_some(only);
            (config, load_paths, only)
        }
        None => {
            let paths = if paths.is_empty() {
                vec![PathBuf::from(".")]
            } else {
                paths.to_vec()
            };
            let root = if paths[0].is_dir() {
                paths[0].clone()
            } else {
                paths[0]
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
            };
            (Config::defaults(root, paths.clone()), paths, None)
        }
    };
    // Links met while walking may lead into the repository or into what the user named.
    let confine = std::iter::once(config.repository.clone())
        .chain(paths.iter().filter_map(|p| std::fs::canonicalize(p).ok()))
        .collect();
    let options = LoadOptions {
        keep_json: !config.policies.is_empty(),
        exclude: config
            .file
            .map(|f| sources.get(f).path.clone())
            .into_iter()
            .chain(config.policies.iter().map(|p| p.path.clone()))
            .collect(),
        confine,
    };
    let catalog = catalog::load(&load_paths, &options, &mut sources)?;
    let baseline_files = sources.next_id();
    Ok(Workspace {
        sources,
        config,
        catalog,
        only,
        baseline_files,
    })
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
    let mut workspace = load_workspace(&options.paths, options.config.as_deref())?;
    let baseline = workspace.load_baseline(options.against.as_deref())?;
    let diagnostics = {
        let cx = Context {
            catalog: &workspace.catalog,
            config: &workspace.config,
            sources: &workspace.sources,
            baseline: baseline.as_ref(),
        };
        rules::run(&cx)
    };
    let diagnostics = finish(diagnostics, &workspace, options);
    let files = workspace
        .catalog
        .files
        .iter()
        .filter(|f| !workspace.catalog.skipped.contains(&f.id))
        .map(|f| f.id)
        .filter(|&id| in_scope(&workspace, id))
        .collect();
    Ok(Checked {
        workspace,
        diagnostics,
        files,
        baseline,
    })
}

/// The files of a catalog that did not parse, as `structure/yaml-syntax` diagnostics: a
/// comparison with such a catalog would see their events as missing.
pub fn unparsed_files(catalog: &Catalog) -> Vec<Diagnostic> {
    let Some(rule) = rules::find("structure/yaml-syntax") else {
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

/// Applies configured severities, the selection and suppressions, keeps what is in scope,
/// and sorts.
pub fn finish(
    diagnostics: Vec<Diagnostic>,
    workspace: &Workspace,
    options: &CheckOptions,
) -> Vec<Diagnostic> {
    let config = &workspace.config;
    let enabled = |rule: &str| {
        options.selection.includes(rule)
            && config
                .severity_of(
                    rule,
                    rules::find(rule).map_or(crate::diagnostic::Severity::Error, |r| r.severity),
                )
                .is_some()
    };
    // In place: a run may carry a million diagnostics, and each copy of them costs memory.
    let configure = |diagnostics: &mut Vec<Diagnostic>| {
        diagnostics.retain_mut(|d| {
            if !options.selection.includes(&d.rule) {
                return false;
            }
            match config.severity_of(&d.rule, d.severity) {
                Some(severity) => {
                    d.severity = severity;
                    true
                }
                None => false,
            }
        });
    };
    let mut diagnostics = diagnostics;
    configure(&mut diagnostics);
    if !options.no_suppressions {
        let head = |file: FileId| file < workspace.baseline_files;
        diagnostics = suppress::apply(diagnostics, &workspace.sources, head, enabled);
        configure(&mut diagnostics);
    }
    if workspace.only.is_some() {
        let shown: FastSet<FileId> = workspace
            .sources
            .iter()
            .map(|(id, _)| id)
            .filter(|&id| in_scope(workspace, id))
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

/// Whether a file lies under the paths the user named (every file, when none were named).
pub fn in_scope(workspace: &Workspace, file: FileId) -> bool {
    let Some(only) = &workspace.only else {
        return true;
    };
    let path = absolute(&workspace.sources.get(file).path);
    only.iter().any(|prefix| path.starts_with(prefix))
}

fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    normalize(&joined)
}
