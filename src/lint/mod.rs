//! The rules over a loaded catalog: the workspace (config and catalog, loaded and checked
//! against the registry), the rule groups and their registry, suppressions, and the `check`
//! pipeline that turns a workspace into sorted diagnostics.

pub mod bulk;
pub mod check;
pub mod fix;
pub mod nested;
pub mod registry;
pub mod rules;
pub mod suppress;
pub mod workspace;
