//! tracklint: a linter for analytics tracking plans.
//! Data flows one way: files -> catalog -> rules -> diagnostics -> report.

pub mod baseline;
pub mod catalog;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod hash;
pub mod parallel;
pub mod report;
pub mod review;
pub mod rules;
pub mod schema;
pub mod source;
pub mod suppress;
pub mod yaml;
