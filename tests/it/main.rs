//! Every integration test in one binary (one link of the crate instead of one per file):
//! a module per area, `common` and `docs_support` shared by them.

mod adoption;
mod bad_input;
mod baseline;
mod change_property;
mod change_table;
mod cli;
mod common;
mod docs;
mod docs_browser;
mod docs_support;
mod edits_property;
mod export;
mod fix;
mod fixtures;
mod formats;
mod hostile;
mod hostile_adoption;
mod hostile_edits;
mod hostile_fix;
mod hostile_git;
mod hostile_io;
mod hostile_output;
mod hostile_review;
mod hostile_time;
mod hostile_validate;
mod layers;
mod naming;
mod property;
mod readme;
mod rename;
mod review;
mod rule_examples;
mod snapshots;
mod validate;
mod validate_qa;
