//! The rule registry: every rule group with its rules and its check, in documentation order,
//! and the one [`Selector`] that says which rules an id or group names (`--select`,
//! `--ignore`, `rules:` in the config, `allow(...)` comments). Adding a rule is one line here.

use crate::diagnostic::Diagnostic;
use crate::lint::{
    Context, governance, meta, naming, pipeline, policy, privacy, properties, structure, types,
    versioning,
};
use crate::rule::Rule;
use crate::text::Suggester;

/// What a group's check does: read the catalog, push diagnostics at default severity.
pub type Check = fn(&Context, &mut Vec<Diagnostic>);

/// A rule group: `naming`, `structure`, ...
pub struct Group {
    pub name: &'static str,
    pub rules: &'static [&'static Rule],
    /// None for rules decided elsewhere (suppressions, payloads).
    pub check: Option<Check>,
}

/// Every group, in documentation order.
pub const GROUPS: &[Group] = &[
    group("structure", structure::RULES, Some(structure::check)),
    group("naming", naming::RULES, Some(naming::check)),
    group("properties", properties::RULES, Some(properties::check)),
    group("types", types::RULES, Some(types::check)),
    group("versioning", versioning::RULES, Some(versioning::check)),
    group("governance", governance::RULES, Some(governance::check)),
    group("privacy", privacy::RULES, Some(privacy::check)),
    group("pipeline", pipeline::RULES, Some(pipeline::check)),
    group("policy", policy::RULES, Some(policy::check)),
    group("payload", crate::lint::payload::RULES, None),
    group("meta", meta::RULES, None),
];

const fn group(name: &'static str, rules: &'static [&'static Rule], check: Option<Check>) -> Group {
    Group { name, rules, check }
}

/// Every rule, grouped, in documentation order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    GROUPS.iter().flat_map(|group| group.rules.iter().copied())
}

/// The rule with this id; any `policy/<stem>` is documented by the policy rule.
pub fn find(id: &str) -> Option<&'static Rule> {
    if id.starts_with("policy/") {
        return Some(&policy::POLICY);
    }
    all().find(|rule| rule.id == id)
}

/// The group a rule id belongs to (`naming` for `naming/case`).
pub fn group_of(rule: &str) -> &str {
    rule.split('/').next().unwrap_or(rule)
}

/// A rule id, a group, or a custom policy id: what `--select`, `--ignore`, `rules:` and
/// `allow(...)` name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    Rule(&'static str),
    Group(&'static str),
    /// `policy/<stem>`: known once the config's policies are loaded.
    Policy(String),
}

/// "did you mean `x`?" for an id that names nothing, or a pointer to `tracklint rules`.
pub fn hint_for(id: &str) -> String {
    match closest(id) {
        Some(close) => format!("did you mean `{close}`?"),
        None => "`tracklint rules` lists every rule id and group".to_owned(),
    }
}

impl Selector {
    /// The selector `text` names; None when it names no rule, group or policy (see
    /// [`hint_for`]).
    pub fn parse(text: &str) -> Option<Selector> {
        if let Some(group) = GROUPS.iter().find(|g| g.name == text) {
            return Some(Selector::Group(group.name));
        }
        if text.starts_with("policy/") && text.len() > "policy/".len() && text != policy::POLICY.id
        {
            return Some(Selector::Policy(text.to_owned()));
        }
        all()
            .find(|rule| rule.id == text && rule.id != policy::POLICY.id)
            .map(|rule| Selector::Rule(rule.id))
    }

    pub fn matches(&self, rule: &str) -> bool {
        match self {
            Selector::Rule(id) => *id == rule,
            Selector::Group(group) => group_of(rule) == *group,
            Selector::Policy(id) => id == rule,
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Selector::Rule(id) | Selector::Group(id) => id,
            Selector::Policy(id) => id,
        }
    }
}

/// Every rule id and group name, for "did you mean" on misspelt ids.
pub fn ids() -> Suggester<'static> {
    Suggester::new(
        all()
            .map(|rule| rule.id)
            .chain(GROUPS.iter().map(|g| g.name)),
    )
}

/// The rule id or group closest to a misspelt one. A rule's bare name (`vague-word`) finds
/// its rule.
pub fn closest(id: &str) -> Option<&'static str> {
    closest_in(&mut ids(), id)
}

/// [`closest`] with a suggester built once for many ids.
pub fn closest_in(ids: &mut Suggester<'static>, id: &str) -> Option<&'static str> {
    if let Some(rule) =
        all().find(|rule| rule.id.split_once('/').is_some_and(|(_, name)| name == id))
    {
        return Some(rule.id);
    }
    ids.suggest(id, 3).or_else(|| truncated(id))
}

/// The rule an id cut short names (`naming/past-tens` for `naming/past-tense-verb`): the
/// only rule or group whose start is within one edit of the whole id. Ids of six characters
/// or more (a shorter one would match too much), and at most 100 (CLI and config text).
fn truncated(id: &str) -> Option<&'static str> {
    let length = id.chars().count();
    if !(6..=100).contains(&length) {
        return None;
    }
    let names = all()
        .map(|rule| rule.id)
        .chain(GROUPS.iter().map(|g| g.name));
    let mut found = names.filter(|name| {
        (length.saturating_sub(1)..=length + 1).any(|cut| {
            let start: String = name.chars().take(cut).collect();
            cut < name.chars().count() && crate::text::edit_distance(id, &start) <= 1
        })
    });
    match (found.next(), found.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The project's home: the README's rule table is what a rule's `helpUri` links to.
pub const HOME: &str = "https://github.com/tracklint/tracklint";

/// The anchor of a rule's row in the README's table (`naming/case` -> `naming-case`,
/// `policy/<stem>` -> `policy-stem`): only what a URI fragment holds as it is.
pub fn anchor(id: &str) -> String {
    id.chars()
        .filter_map(|c| match c {
            '/' => Some('-'),
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Where a rule is documented: its row of the README's rule table.
pub fn help_uri(id: &str) -> String {
    format!("{HOME}#{}", anchor(id))
}

/// The README's rule table, generated from the registry (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut table = String::from("| Rule | Default | What it checks |\n|---|---|---|\n");
    for rule in all() {
        table.push_str(&format!(
            "| <a id=\"{}\"></a>`{}` | {} | {} |\n",
            anchor(rule.id),
            rule.id,
            rule.severity.config_name(),
            rule.summary.replace('|', "\\|")
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_cut_short_finds_its_rule_when_only_one_starts_so() {
        assert_eq!(closest("naming/past-tens"), Some("naming/past-tense-verb"));
        assert_eq!(closest("naming/past-tense"), Some("naming/past-tense-verb"));
        assert_eq!(closest("governance/crm"), None);
        assert_eq!(closest("naming"), Some("naming"));
    }

    #[test]
    fn selectors_name_rules_groups_and_policies() {
        let rule = Selector::parse("naming/case").unwrap();
        assert!(rule.matches("naming/case") && !rule.matches("naming/style"));
        let group = Selector::parse("naming").unwrap();
        assert!(group.matches("naming/style") && !group.matches("types/unstable"));
        let policy = Selector::parse("policy/require-jira").unwrap();
        assert!(policy.matches("policy/require-jira") && !policy.matches("policy/other"));
        assert!(Selector::parse("policy").unwrap().matches("policy/other"));
        assert!(Selector::parse("policy/<stem>").is_none());
        assert!(Selector::parse("nameing").is_none());
        assert_eq!(
            closest("nameing"),
            Some("naming"),
            "a misspelt group finds its group"
        );
        assert_eq!(
            closest("vague-word"),
            Some("naming/vague-word"),
            "a bare rule name finds its rule"
        );
        assert_eq!(closest("naming/vage-word"), Some("naming/vague-word"));
    }
}
