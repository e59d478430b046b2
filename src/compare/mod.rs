//! Comparing catalogs: baselines (a git revision or a folder), the classified change list,
//! and the lifecycle review queue built on it.

pub mod baseline;
pub mod diff;
pub mod review;
