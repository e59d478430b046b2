//! The engine under the commands: the registry of every rule group, which rules a run selects
//! and at what severity, the workspace (config, catalog and baseline, loaded once), the
//! `check` pipeline that runs the groups and applies suppressions and bulk suppressions,
//! fixes, nested catalogs, and the write policy for every file tracklint writes.

pub mod bulk;
pub mod check;
pub mod fix;
pub mod nested;
pub mod registry;
pub mod selection;
pub mod suppress;
pub mod workspace;
pub mod write;
