//! The workspace every command starts from: the config (found upward from the first PATH, or
//! `--config`), checked against the rule registry, and the catalog it names, loaded.
//! `check`, `diff`, `review`, `docs` and `validate` all begin here.

use std::path::{Path, PathBuf};

use crate::catalog::{self, Catalog, LoadOptions};
use crate::compare::baseline::{self, Baseline};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::registry::{self, Selector};
use crate::engine::selection::Severities;
use crate::error::{Error, Result};
use crate::rule::RuleId;
use crate::syntax::source::{FileId, Sources, absolute};
use crate::text::Suggester;

/// A loaded catalog with everything needed to check and report on it.
pub struct Workspace {
    pub sources: Sources,
    pub config: Config,
    /// The config's `rules:`, resolved against the registry.
    pub severities: Severities,
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

    /// Whether diagnostics in `file` are shown (the PATHs named part of the catalog).
    pub fn in_scope(&self, file: FileId) -> bool {
        let Some(only) = &self.only else {
            return true;
        };
        let path = absolute(&self.sources.get(file).path);
        only.iter().any(|prefix| path.starts_with(prefix))
    }
}

/// Finds the config (from `--config`, or upward from the first path), reads it and checks its
/// rule ids against the registry; every problem is reported in one round (exit 2). `None` when
/// there is no config.
pub fn find_config(
    paths: &[PathBuf],
    config_path: Option<&Path>,
    sources: &mut Sources,
) -> Result<Option<(Config, Severities)>> {
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
    let Some(path) = found else {
        return Ok(None);
    };
    let (config, mut problems) = Config::load_with_problems(&path, sources)?;
    let severities = severities(&config, &mut problems);
    Config::fail_on(problems, sources)?;
    Ok(Some((config, severities)))
}

/// The config's `rules:` as severity overrides; an id that names no rule, group or loaded
/// policy is a config problem at its key.
fn severities(config: &Config, problems: &mut Vec<Diagnostic>) -> Severities {
    let mut severities = Severities::default();
    let mut ids: Option<Suggester<'static>> = None;
    for (id, severity) in &config.rules {
        let selector = Selector::parse(&id.value);
        let known = match &selector {
            Some(Selector::Policy(policy)) => config.policies.iter().any(|p| &p.rule == policy),
            Some(_) => true,
            None => false,
        };
        match selector {
            Some(selector) if known => severities.set(&selector, *severity),
            _ => {
                let ids = ids.get_or_insert_with(registry::ids);
                let help = match registry::closest_in(ids, &id.value) {
                    Some(close) => {
                        format!("did you mean `{close}`? `tracklint rules` lists every rule")
                    }
                    None => "`tracklint rules` lists every rule id".to_owned(),
                };
                problems.push(
                    Diagnostic::new(
                        RuleId::Config,
                        Severity::Error,
                        id.span,
                        format!("unknown rule id \"{}\"", id.value),
                    )
                    .with_help(help),
                );
            }
        }
    }
    severities
}

/// Finds the config (from `--config`, or upward from the first path) and loads the catalog.
pub fn load_workspace(paths: &[PathBuf], config_path: Option<&Path>) -> Result<Workspace> {
    let mut sources = Sources::new();
    let found = find_config(paths, config_path, &mut sources)?;
    load_found(paths, found, sources, false)
}

/// Loads the catalog of a config already read by [`find_config`] (or of the defaults, for
/// `None`) into `sources`. With `nesting`, folders below that hold their own `tracklint.yaml`
/// are left out and listed in `catalog.nested`.
pub fn load_found(
    paths: &[PathBuf],
    found: Option<(Config, Severities)>,
    mut sources: Sources,
    nesting: bool,
) -> Result<Workspace> {
    let (config, severities, load_paths, only) = match found {
        Some((config, severities)) => {
            let (load_paths, only) = named_part(&config, paths)?;
            (config, severities, load_paths, only)
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
            let config = Config::defaults(root, paths.clone());
            (config, Severities::default(), paths, None)
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
    let mut catalog = if nesting {
        catalog::load_nested(&load_paths, &options, &mut sources)?
    } else {
        catalog::load(&load_paths, &options, &mut sources)?
    };
    catalog.default_closed = config.default_closed;
    let baseline_files = sources.next_id();
    Ok(Workspace {
        sources,
        config,
        severities,
        catalog,
        only,
        baseline_files,
    })
}

/// Whether a file named on the command line is part of `config`'s catalog: the config itself,
/// or a file that walking the configured folders would meet (not below a hidden folder such
/// as `.github`). Folders, paths that do not exist and files that are not regular (FIFOs,
/// devices) count as part of it: they are reported, never silently passed over.
pub fn belongs(config: &Config, path: &Path) -> bool {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return true;
    }
    let path = absolute(path);
    if path == absolute(&config.root.join(crate::config::CONFIG_FILE)) {
        return true;
    }
    config.catalog.iter().any(|folder| {
        let folder = absolute(folder);
        path.strip_prefix(&folder).is_ok_and(|below| {
            !below
                .components()
                .any(|part| part.as_os_str().to_string_lossy().starts_with('.'))
        })
    })
}

/// What to load when a config was found, and which part of it the PATHs name: the whole
/// catalog is loaded (cross-file rules need it), diagnostics are shown only below the PATHs.
#[allow(clippy::type_complexity)]
fn named_part(config: &Config, paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Option<Vec<PathBuf>>)> {
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
        // A named file outside the configured folders is loaded too (or refused, when it is a
        // FIFO or a device: never silently passed over).
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
    Ok((load_paths, only))
}
