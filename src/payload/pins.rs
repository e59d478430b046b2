//! Older versions that plans pin (`order_completed: {version: 1}`): a source that still sends
//! version 1 is validated against version 1's definition, read once per run from the newest
//! commit of the catalog's history where the event had that version (SPEC §6). Where history
//! has no such version (not a git repository, or never committed), a note says so and the
//! current definition is used.

use crate::catalog::Catalog;
use crate::compare::baseline;
use crate::config::Config;
use crate::syntax::source::Sources;

/// Commits of the catalog's history looked through for pinned versions, newest first.
pub const MAX_COMMITS: usize = 200;

/// One plan's pin of an older version, with where its definition was found.
pub struct Pin {
    /// Catalog index of the plan.
    pub plan: u32,
    /// Catalog index of the event (in the current catalog).
    pub event: u32,
    pub version: u64,
    /// Index into [`Pins::catalogs`] of the catalog holding that version; none when history
    /// does not have it.
    pub found: Option<usize>,
    /// The commit it was read from (abbreviated).
    pub commit: Option<String>,
}

/// The pins of the current catalog's plans, and the historical catalogs that hold them.
#[derive(Default)]
pub struct Pins {
    pub pins: Vec<Pin>,
    pub catalogs: Vec<Catalog>,
    /// Why a pin was not found: git's reason when history could not be read, else how many
    /// commits were looked through.
    pub unavailable: Option<String>,
}

impl Pins {
    /// Every pin below an event's current version, looked up in the catalog's git history.
    pub fn load(catalog: &Catalog, config: &Config, sources: &mut Sources) -> Pins {
        let mut pins: Vec<Pin> = Vec::new();
        for (p, plan) in catalog.plans.iter().enumerate() {
            for entry in &plan.events {
                let (Some(version), Some(e)) = (
                    entry.version.as_ref().map(|v| v.value),
                    catalog.event_position(&entry.name.value),
                ) else {
                    continue;
                };
                if version < catalog.events[e].version() {
                    pins.push(Pin {
                        plan: p as u32,
                        event: e as u32,
                        version,
                        found: None,
                        commit: None,
                    });
                }
            }
        }
        let mut result = Pins {
            pins,
            ..Pins::default()
        };
        if result.pins.is_empty() {
            return result;
        }
        let commits = match baseline::catalog_commits(config, MAX_COMMITS) {
            Ok(commits) => commits,
            Err(error) => {
                result.unavailable = Some(crate::compare::git::one_line(&error.to_string()));
                return result;
            }
        };
        result.unavailable = Some(match commits.len() {
            0 => "no commit holds the catalog's files".to_owned(),
            n => format!("looked through {n} commit{}", if n == 1 { "" } else { "s" }),
        });
        for commit in commits {
            if result.pins.iter().all(|pin| pin.found.is_some()) {
                break;
            }
            let Ok(past) = baseline::load(&commit, config, sources) else {
                continue;
            };
            let mut used = false;
            for pin in result.pins.iter_mut().filter(|pin| pin.found.is_none()) {
                let name = &catalog.events[pin.event as usize].name.value;
                let had = past
                    .catalog
                    .event(name)
                    .is_some_and(|e| e.version() == pin.version);
                if had {
                    pin.found = Some(result.catalogs.len());
                    pin.commit = Some(commit.chars().take(12).collect());
                    used = true;
                }
            }
            if used {
                result.catalogs.push(past.catalog);
            }
        }
        result
    }
}
