//! tracklint: a linter for analytics tracking plans.
//! Data flows one way: files (`syntax`) -> `catalog` -> rules (`lint`, `compare`) ->
//! diagnostics -> `report`; `commands` wire one subcommand each.

pub mod catalog;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod docs;
pub mod error;
pub mod hash;
pub mod lint;
pub mod parallel;
pub mod report;
pub mod syntax;
