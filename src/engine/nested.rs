//! Nested catalogs (ruff's hierarchical config): each PATH is checked under the nearest
//! `tracklint.yaml` above it, and a folder below a checked one that has its own config is checked under that config.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::engine::check::{self, CheckOptions, Checked};
use crate::engine::workspace::{belongs, find_config, load_found};
use crate::error::{Error, Result};
use crate::syntax::source::{Sources, absolute, resolved};

/// Most catalogs one run checks: a bound on the work a tree of configs can ask for.
pub const MAX_CATALOGS: usize = 1_000;

/// The catalogs of one run, each checked under its own config.
pub struct Outcome {
    pub checked: Vec<Checked>,
    /// Files named on the command line that belong to no catalog (skipped).
    pub outside: Vec<PathBuf>,
}

/// The PATHs that share a nearest config (`None`: no config above them).
struct Group {
    config: Option<PathBuf>,
    paths: Vec<PathBuf>,
    /// Found while walking an outer catalog: checked whole.
    whole: bool,
}

/// Checks every catalog the PATHs lead to. `options.paths` are the PATHs; `options.config`
/// must be `None` (`--config` turns nesting off).
pub fn check_all(options: &CheckOptions) -> Result<Outcome> {
    let (mut groups, mut outside) = group_paths(&options.paths);
    let mut done: Vec<PathBuf> = Vec::new();
    let mut checked = Vec::new();
    while let Some(group) = next_group(&mut groups) {
        if let Some(config) = &group.config {
            let identity = resolved(config);
            if done.contains(&identity) {
                continue;
            }
            done.push(identity);
        }
        if done.len() > MAX_CATALOGS {
            return Err(Error::Usage(format!(
                "more than {MAX_CATALOGS} nested catalogs (tracklint.yaml files); check fewer paths at a time"
            )));
        }
        let Some(result) = check_group(&group, options, &mut outside)? else {
            continue;
        };
        for nested in &result.workspace.catalog.nested {
            let Some(folder) = nested.parent() else {
                continue;
            };
            if result.workspace.only.as_ref().is_some_and(|only| {
                !only
                    .iter()
                    .any(|prefix| absolute(folder).starts_with(prefix))
            }) {
                continue;
            }
            add_whole(&mut groups, nested, folder);
        }
        checked.push(result);
    }
    outside.sort();
    outside.dedup();
    Ok(Outcome { checked, outside })
}

/// Groups the PATHs by their nearest config, in order of first appearance. Named files with
/// no config above them belong to no catalog when another PATH has one (a pre-commit run
/// that also touched `.github/ci.yml`); without any config, the PATHs are one catalog with
/// the defaults, as always.
fn group_paths(paths: &[PathBuf]) -> (Vec<Group>, Vec<PathBuf>) {
    if paths.is_empty() {
        let config = Config::discover(Path::new("."));
        let group = Group {
            config,
            paths: Vec::new(),
            whole: false,
        };
        return (vec![group], Vec::new());
    }
    let mut groups: Vec<Group> = Vec::new();
    for path in paths {
        // A missing path has no config of its own; loading reports it.
        let config = if path.exists() {
            Config::discover(path)
        } else {
            None
        };
        match groups.iter_mut().find(|g| g.config == config) {
            Some(group) => group.paths.push(path.clone()),
            None => groups.push(Group {
                config,
                paths: vec![path.clone()],
                whole: false,
            }),
        }
    }
    let mut outside = Vec::new();
    if groups.iter().any(|g| g.config.is_some())
        && let Some(defaults) = groups.iter_mut().find(|g| g.config.is_none())
    {
        let (files, rest): (Vec<PathBuf>, Vec<PathBuf>) = defaults
            .paths
            .drain(..)
            .partition(|p| p.exists() && !p.is_dir());
        outside = files;
        defaults.paths = rest;
        groups.retain(|g| g.config.is_some() || !g.paths.is_empty());
    }
    (groups, outside)
}

/// The next group to check: the one without a config first, then the shallowest config, so
/// an outer catalog is always checked before the catalogs found inside it.
fn next_group(groups: &mut Vec<Group>) -> Option<Group> {
    let depth = |g: &Group| {
        g.config
            .as_ref()
            .map_or(0, |c| absolute(c).components().count())
    };
    let index = (0..groups.len()).min_by_key(|&i| groups.get(i).map(depth))?;
    Some(groups.remove(index))
}

/// Queues a catalog found below a checked folder, to be checked whole.
fn add_whole(groups: &mut Vec<Group>, config: &Path, folder: &Path) {
    let identity = resolved(config);
    if let Some(group) = groups
        .iter_mut()
        .find(|g| g.config.as_deref().map(resolved).as_ref() == Some(&identity))
    {
        group.paths = vec![folder.to_path_buf()];
        group.whole = true;
        return;
    }
    groups.push(Group {
        config: Some(config.to_path_buf()),
        paths: vec![folder.to_path_buf()],
        whole: true,
    });
}

/// Loads and checks one group's catalog; `None` when none of its PATHs belongs to it.
fn check_group(
    group: &Group,
    options: &CheckOptions,
    outside: &mut Vec<PathBuf>,
) -> Result<Option<Checked>> {
    let mut sources = Sources::new();
    let found = match &group.config {
        Some(config) => find_config(&[], Some(config), &mut sources)?,
        None => None,
    };
    let mut paths = group.paths.clone();
    if let Some((config, _)) = &found
        && !group.whole
    {
        let named = paths.len();
        let (inside, skipped): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| belongs(config, p));
        outside.extend(skipped);
        if named > 0 && inside.is_empty() {
            return Ok(None);
        }
        paths = inside;
    }
    let workspace = load_found(&paths, found, sources, true)?;
    let options = CheckOptions {
        paths,
        ..options.clone()
    };
    check::check_workspace(workspace, &options).map(Some)
}
