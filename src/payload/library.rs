//! The libraries calls name, each (plan, name, version) read and judged once per run: the
//! workers hand the collector a number instead of two strings a call, and a version is parsed
//! once, not once a call. At most `MAX_INTERNED` are numbered; calls of others carry their own.

use std::sync::{Mutex, PoisonError};

use foldhash::HashMap as FastMap;

use super::context::{Applied, PlanFacts};
use super::version::LibraryVersion;

/// Distinct (plan, library, version) numbered; the collector counts at most as many.
pub const MAX_INTERNED: usize = 10_000;

/// A call's library: which plan applied, its name and version (each at most `NAME_BYTES`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LibraryKey {
    pub plan: Option<u32>,
    pub name: String,
    pub version: Option<String>,
}

/// A library as the tracker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LibraryUse {
    pub key: LibraryKey,
    /// The version could be read (leniently) as semver.
    pub readable: bool,
    /// Below the applied plan's `min_library_version`.
    pub outdated: bool,
}

/// What a call hands on: the number of its library, or, once `MAX_INTERNED` are numbered, the
/// library itself (never one that has a number: numbers are only given while there is room).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LibraryRef {
    Interned(u32),
    Own(Box<LibraryUse>),
}

#[derive(Debug, Default)]
pub struct Libraries {
    table: Mutex<Table>,
}

#[derive(Debug, Default)]
struct Table {
    ids: FastMap<LibraryKey, u32>,
    uses: Vec<LibraryUse>,
}

impl Libraries {
    /// The library of a call from `name` at `version` under `applied` (whose facts `plan` are).
    pub fn intern(
        &self,
        applied: Applied,
        plan: Option<&PlanFacts>,
        name: &str,
        version: Option<&str>,
    ) -> LibraryRef {
        let key = LibraryKey {
            plan: match applied {
                Applied::Plan(plan) => Some(plan),
                Applied::Union => None,
            },
            name: name.to_owned(),
            version: version.map(str::to_owned),
        };
        let mut table = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&id) = table.ids.get(&key) {
            return LibraryRef::Interned(id);
        }
        let judged = judge(key, plan);
        if table.uses.len() >= MAX_INTERNED {
            return LibraryRef::Own(Box::new(judged));
        }
        let id = table.uses.len() as u32;
        table.ids.insert(judged.key.clone(), id);
        table.uses.push(judged);
        LibraryRef::Interned(id)
    }

    /// Every numbered library, by number (once the calls are checked).
    pub fn take(&self) -> Vec<LibraryUse> {
        let mut table = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        table.ids.clear();
        std::mem::take(&mut table.uses)
    }
}

/// Whether the version reads as one, and whether it is older than its plan allows.
fn judge(key: LibraryKey, plan: Option<&PlanFacts>) -> LibraryUse {
    let parsed = key.version.as_deref().and_then(LibraryVersion::parse);
    let outdated = match (plan, &parsed) {
        (Some(plan), Some(version)) => {
            plan.plan
                .library
                .as_ref()
                .is_some_and(|l| l.value == key.name)
                && plan
                    .min_version
                    .as_ref()
                    .is_some_and(|m| version.is_below(m))
        }
        _ => false,
    };
    LibraryUse {
        readable: parsed.is_some(),
        outdated,
        key,
    }
}

/// The libraries one worker task met last, so a run of calls from one library takes the
/// table's lock once (a task's calls come from a few libraries).
#[derive(Debug, Default)]
pub struct RecentLibraries {
    seen: Vec<(LibraryKey, u32)>,
}

/// Libraries a task remembers.
const RECENT: usize = 16;

impl RecentLibraries {
    pub fn get(
        &mut self,
        libraries: &Libraries,
        applied: Applied,
        plan: Option<&PlanFacts>,
        name: &str,
        version: Option<&str>,
    ) -> LibraryRef {
        let plan_id = match applied {
            Applied::Plan(plan) => Some(plan),
            Applied::Union => None,
        };
        let known = self.seen.iter().find(|(key, _)| {
            key.plan == plan_id && key.name == name && key.version.as_deref() == version
        });
        if let Some((_, id)) = known {
            return LibraryRef::Interned(*id);
        }
        let found = libraries.intern(applied, plan, name, version);
        if let LibraryRef::Interned(id) = found
            && self.seen.len() < RECENT
        {
            let key = LibraryKey {
                plan: plan_id,
                name: name.to_owned(),
                version: version.map(str::to_owned),
            };
            self.seen.push((key, id));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_is_numbered_once_and_the_table_is_capped() {
        let libraries = Libraries::default();
        let mut recent = RecentLibraries::default();
        let web = recent.get(&libraries, Applied::Union, None, "web", Some("1.0"));
        let again = libraries.intern(Applied::Union, None, "web", Some("1.0"));
        assert_eq!(web, again);
        assert_eq!(
            recent.get(&libraries, Applied::Union, None, "web", Some("1.0")),
            web
        );
        assert_ne!(
            libraries.intern(Applied::Plan(0), None, "web", Some("1.0")),
            web
        );
        assert_ne!(libraries.intern(Applied::Union, None, "web", None), web);
        for n in 0..MAX_INTERNED {
            libraries.intern(Applied::Union, None, "x", Some(&n.to_string()));
        }
        // Full: a new library comes back whole, a numbered one keeps its number.
        let own = libraries.intern(Applied::Union, None, "late", Some("1"));
        assert!(matches!(&own, LibraryRef::Own(l) if l.key.name == "late" && l.readable));
        assert_eq!(
            libraries.intern(Applied::Union, None, "web", Some("1.0")),
            web
        );
        assert_eq!(libraries.take().len(), MAX_INTERNED);
    }
}
