//! tracklint: a linter for analytics tracking plans.
//! Data flows one way: files (`syntax`) -> `catalog` -> rules (`lint`, `compare`, and
//! `payload` for real payloads) -> diagnostics -> `report`; `commands` wire one subcommand each.

pub mod catalog;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod config;
pub mod diagnostic;
pub mod docs;
pub mod engine;
pub mod error;
pub mod escape;
pub mod import;
pub mod lint;
pub mod payload;
pub mod pool;
pub mod report;
pub mod rule;
pub mod syntax;
pub mod text;
