//! meta/*: findings about tracklint's own annotations. `meta/unused-suppression` is decided
//! while suppressions are applied (`lint::suppress`).

use crate::diagnostic::Severity;
use crate::rule::{Fix, Rule};

pub static UNUSED_SUPPRESSION: Rule = Rule {
    id: "meta/unused-suppression",
    severity: Severity::Warning,
    summary: "A `# tracklint: allow(...)` comment that suppresses nothing.",
    why: "Suppressions outlive the problems they hid. A stale one silently hides the next real \
          problem on that line, so remove it once the line is fixed.",
    bad: "events:\n  invitation_sent:  # tracklint: allow(naming/vague-word) -- legacy name\n    owner: growth\n",
    good: "events:\n  invitation_sent:\n    owner: growth\n",
    fix: Fix::Safe,
};

pub const RULES: &[&Rule] = &[&UNUSED_SUPPRESSION];
