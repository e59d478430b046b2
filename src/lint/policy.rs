//! policy/<stem>: custom JSON Schema policies from `policies:` in tracklint.yaml, applied
//! to every event definition as JSON (SPEC §3.9).

use super::Context;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule, RuleId};

/// Documents the policy mechanism in `rules` and `explain`; diagnostics carry the id
/// `policy/<stem>` of the policy that failed (the policy file's name up to its first dot).
pub static POLICY: Rule = Rule {
    id: "policy/<stem>",
    severity: Severity::Error,
    summary: "An event definition violates a custom JSON Schema policy listed in `policies:`.",
    why: "Organisations have rules of their own (a Jira ticket on every event, a tag for the \
          data contract) that they can state as a JSON Schema instead of code. The schema's \
          description is shown as help.",
    bad: "\
# file: tracklint.yaml
policies: [policies/*.schema.yaml]
# file: policies/require-jira.schema.yaml
description: Every event links its Jira ticket in `tags`.
required: [tags]
# file: dictionary.yaml
events:
  invitation_sent: {owner: growth}
",
    good: "\
# file: dictionary.yaml
events:
  invitation_sent: {owner: growth, tags: [JIRA-123]}
",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[&POLICY];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for policy in &cx.config.policies {
        for event in &cx.catalog.events {
            let Some(definition) = &event.definition else {
                continue;
            };
            for error in policy.validator.iter_errors(definition) {
                let path = crate::syntax::schema::instance_path(&error);
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!(" at `{}`", path.join("."))
                };
                out.push(
                    Diagnostic::new(
                        RuleId::Policy(policy.rule.as_str().into()),
                        Severity::Error,
                        event.name.span,
                        format!(
                            "event \"{}\" violates {}{at}: {error}",
                            event.name.value, policy.rule
                        ),
                    )
                    .with_help(policy.help.clone()),
                );
            }
        }
    }
}
