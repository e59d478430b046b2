//! meta/*: findings about tracklint's own annotations. `meta/unused-suppression` is decided
//! while suppressions are applied (`engine::suppress`).

use crate::diagnostic::Severity;
use crate::rule::{Fix, Rule};

pub static UNUSED_SUPPRESSION: Rule = Rule {
    id: "meta/unused-suppression",
    severity: Severity::Warning,
    summary: "A `# tracklint: allow(...)` comment that suppresses nothing.",
    why: "Suppressions outlive the problems they hid. A stale one silently hides the next real \
          problem on that line, so remove it once the line is fixed.",
    bad: "\
events:
  invitation_sent:  # tracklint: allow(naming/vague-word) -- was clicked_stuff, renamed since
    owner: growth
  invitation_accepted:  # tracklint: allow(naming/vage-word) -- misspelt: hides nothing
    owner: growth
",
    good: "\
events:
  invitation_sent:
    owner: growth
  invitation_accepted:
    owner: growth
",
    fix: Fix::Safe,
};

pub const RULES: &[&Rule] = &[&UNUSED_SUPPRESSION];
