//! The rule groups. Each module declares its rules (id, default severity, the `explain` text
//! and examples, next to the code) and one `check` that reads the catalog and pushes
//! diagnostics at default severity; `lint::registry` lists them.

pub mod governance;
pub mod meta;
pub mod naming;
pub mod pipeline;
pub mod policy;
pub mod privacy;
pub mod properties;
pub mod structure;
pub mod types;
pub mod versioning;
pub mod words;

use crate::catalog::Catalog;
use crate::compare::baseline::Baseline;
use crate::config::Config;
use crate::syntax::source::Sources;
use crate::text::Suggester;

/// What every rule may read.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    pub sources: &'a Sources,
    /// The earlier catalog, with `--against`.
    pub baseline: Option<&'a Baseline>,
}

/// "did you mean" for a catalog name (event, property) among the names a suggester holds:
/// up to a third of its length in edits, 1 to 3.
pub fn suggest<'a>(names: &mut Suggester<'a>, name: &str) -> Option<&'a str> {
    names.suggest(name, (name.len() / 3).clamp(1, 3))
}
