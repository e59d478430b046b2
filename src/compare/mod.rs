//! Comparing catalogs: baselines (a git revision or a folder), the typed change model and
//! the diff that builds it, and the lifecycle review queue built on both.

pub mod baseline;
pub mod change;
pub mod diff;
pub mod git;
pub mod review;
pub mod usage;
pub mod words;
