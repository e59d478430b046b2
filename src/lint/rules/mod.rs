//! The rule registry. Each group module declares its rules (id, default severity and the
//! `explain` text, next to the code) and one `check` that reads the catalog and returns
//! diagnostics. `rules`, `explain` and the README's rule table all come from here.

pub mod governance;
pub mod naming;
pub mod pipeline;
pub mod policy;
pub mod privacy;
pub mod properties;
pub mod structure;
pub mod types;
pub mod versioning;

use crate::catalog::Catalog;
use crate::compare::baseline::Baseline;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::source::{Sources, Span};
use crate::text::Suggester;

/// One rule and its documentation.
#[derive(Debug)]
pub struct Rule {
    /// `group/name`
    pub id: &'static str,
    pub severity: Severity,
    /// What it checks, in one line.
    pub summary: &'static str,
    /// Why it matters for analytics and CRM data.
    pub why: &'static str,
    /// YAML that breaks the rule.
    pub bad: &'static str,
    /// The same YAML, fixed.
    pub good: &'static str,
}

impl Rule {
    pub fn group(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// A diagnostic of this rule at its default severity.
    pub fn at(&'static self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.id, self.severity, span, message)
    }
}

/// What every rule may read.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    pub sources: &'a Sources,
    /// The earlier catalog, with `--against`.
    pub baseline: Option<&'a Baseline>,
}

type Check = fn(&Context, &mut Vec<Diagnostic>);

/// The rule groups in documentation order, with their rules and checks.
const GROUPS: &[(&str, &[&Rule], Check)] = &[
    ("structure", structure::RULES, structure::check),
    ("naming", naming::RULES, naming::check),
    ("properties", properties::RULES, properties::check),
    ("types", types::RULES, types::check),
    ("versioning", versioning::RULES, versioning::check),
    ("governance", governance::RULES, governance::check),
    ("privacy", privacy::RULES, privacy::check),
    ("pipeline", pipeline::RULES, pipeline::check),
    ("policy", policy::RULES, policy::check),
    ("meta", META_RULES, no_check),
];

/// `meta/unused-suppression` is decided while applying suppressions (see `suppress.rs`).
pub static UNUSED_SUPPRESSION: Rule = Rule {
    id: "meta/unused-suppression",
    severity: Severity::Warning,
    summary: "A `# tracklint: allow(...)` comment that suppresses nothing.",
    why: "Suppressions outlive the problems they hid. A stale one silently hides the next real \
          problem on that line, so remove it once the line is fixed.",
    bad: "events:\n  invitation_sent:  # tracklint: allow(naming/vague-word) -- legacy name\n    owner: growth\n",
    good: "events:\n  invitation_sent:\n    owner: growth\n",
};

const META_RULES: &[&Rule] = &[&UNUSED_SUPPRESSION];

fn no_check(_: &Context, _: &mut Vec<Diagnostic>) {}

/// Every rule, grouped, in documentation order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    GROUPS
        .iter()
        .flat_map(|(_, rules, _)| rules.iter().copied())
}

pub fn find(id: &str) -> Option<&'static Rule> {
    if id.starts_with("policy/") {
        return Some(&policy::POLICY);
    }
    all().find(|rule| rule.id == id)
}

/// Whether `name` is a rule group (`naming`), for `--select`, `--ignore` and `rules:`.
pub fn is_group(name: &str) -> bool {
    GROUPS.iter().any(|(group, _, _)| *group == name)
}

/// Every rule id, for "did you mean" on misspelt ids.
pub fn rule_ids() -> Suggester<'static> {
    Suggester::new(all().map(|rule| rule.id))
}

/// The rule id closest to a misspelt one, for "did you mean".
pub fn closest(id: &str) -> Option<&'static str> {
    closest_in(&mut rule_ids(), id)
}

/// [`closest`] with a suggester built once for many ids.
pub fn closest_in(rule_ids: &mut Suggester<'static>, id: &str) -> Option<&'static str> {
    rule_ids.suggest(id, 3)
}

/// Runs every rule group over the catalog. Severity overrides and selection are applied by
/// the caller, so rules always report at their default severity.
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    // Groups are independent readers of the catalog: run them on every core.
    crate::pool::map(GROUPS, |_, (_, _, check)| {
        let mut found = Vec::new();
        check(cx, &mut found);
        found
    })
    .into_iter()
    .flatten()
    .collect()
}

/// "did you mean" for a catalog name (event, property) among the names a suggester holds:
/// up to a third of its length in edits, 1 to 3.
pub fn suggest<'a>(names: &mut Suggester<'a>, name: &str) -> Option<&'a str> {
    names.suggest(name, (name.len() / 3).clamp(1, 3))
}

/// The README's rule table, generated from the registry (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut table = String::from("| Rule | Default | What it checks |\n|---|---|---|\n");
    for rule in all() {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            rule.id,
            rule.severity.config_name(),
            rule.summary.replace('|', "\\|")
        ));
    }
    table
}
