//! The rule groups. Each module declares its rules (id, default severity, the `explain` text
//! and examples, next to the code) and one `check` that reads the catalog and pushes
//! diagnostics at default severity; `engine::registry` lists them. `payload` only declares the
//! rules `validate` reports (the validate pipeline checks them). Nothing here knows of the
//! engine that selects, runs and suppresses them.

pub mod governance;
pub mod meta;
pub mod naming;
pub mod payload;
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
use crate::rule::Rule;
use crate::syntax::source::Sources;
use crate::text::Suggester;

/// What every rule may read.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    pub sources: &'a Sources,
    /// The earlier catalog, with `--against`.
    pub baseline: Option<&'a Baseline>,
    /// Whether a rule id reports in this run (selected, not turned off in the config): a
    /// check does no work for a rule that does not ([`Context::reports`]).
    pub selected: &'a Selected<'a>,
}

/// Which rule ids a run reports.
pub type Selected<'a> = dyn Fn(&str) -> bool + Sync + 'a;

/// Every rule reports (tests, fuzzing, and callers that filter afterwards).
pub const EVERY_RULE: &Selected<'static> = &|_| true;

impl Context<'_> {
    /// Whether `rule` reports in this run; ask before doing its work.
    pub fn reports(&self, rule: &Rule) -> bool {
        (self.selected)(rule.id)
    }
}

/// "did you mean" for a catalog name (event, property) among the names a suggester holds:
/// up to a third of its length in edits, 1 to 3.
pub fn suggest<'a>(names: &mut Suggester<'a>, name: &str) -> Option<&'a str> {
    names.suggest(name, (name.len() / 3).clamp(1, 3))
}
