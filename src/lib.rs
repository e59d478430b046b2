//! tracklint: a linter for analytics tracking plans.
//! Data flows one way: files -> catalog -> rules -> diagnostics -> report.

pub mod catalog;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod error;
pub mod report;
pub mod rules;
pub mod schema;
pub mod source;
pub mod suppress;
pub mod yaml;
