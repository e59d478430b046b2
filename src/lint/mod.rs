//! The rules over a loaded catalog: the registry and rule groups, suppressions, and the
//! `check` pipeline that turns a catalog into sorted diagnostics.

pub mod check;
pub mod rules;
pub mod suppress;
