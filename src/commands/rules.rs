//! `tracklint rules` and `tracklint explain RULE`, from the rule registry.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, written};
use crate::diagnostic::Severity;
use crate::engine::registry;
use crate::engine::workspace::find_config;
use crate::error::{Error, Result};
use crate::rule::{Fix, Rule};
use crate::syntax::source::Sources;

/// Every rule; with `--config`, at the severity that config gives it (`off` when it turns the
/// rule off), else at its default.
pub fn list(config: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let severities = match config {
        Some(path) => find_config(&[], Some(path), &mut Sources::new())?.map(|(_, s)| s),
        None => None,
    };
    let width = registry::all().map(|r| r.id.len()).max().unwrap_or(0);
    let mut text = String::new();
    for rule in registry::all() {
        let severity = match &severities {
            Some(severities) => severities
                .of(rule.id, rule.severity)
                .map_or("off", Severity::config_name),
            None => rule.severity.config_name(),
        };
        text.push_str(&format!(
            "{:<width$}  {:<10}  {:<5}  {}{}\n",
            rule.id,
            rule.group(),
            severity,
            rule.summary,
            fix_note(rule)
        ));
    }
    written(out.write_all(text.as_bytes()))?;
    Ok(EXIT_OK)
}

pub fn explain(id: &str, out: &mut dyn Write) -> Result<u8> {
    // A group: its rules, one line each.
    let in_group: Vec<&Rule> = registry::all().filter(|r| r.group() == id).collect();
    if registry::find(id).is_none() && !in_group.is_empty() {
        let width = in_group.iter().map(|r| r.id.len()).max().unwrap_or(0);
        let plural = if in_group.len() == 1 { "" } else { "s" };
        let mut text = format!("{id} is a group of {} rule{plural}:\n", in_group.len());
        for rule in in_group {
            text.push_str(&format!(
                "  {:<width$}  {:<5}  {}{}\n",
                rule.id,
                rule.severity.config_name(),
                rule.summary,
                fix_note(rule)
            ));
        }
        text.push_str("`tracklint explain RULE` documents one of them.\n");
        written(out.write_all(text.as_bytes()))?;
        return Ok(EXIT_OK);
    }
    let Some(rule) = registry::find(id) else {
        let hint = registry::closest(id)
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_else(|| "; `tracklint rules` lists every rule".into());
        return Err(Error::Usage(format!("unknown rule \"{id}\"{hint}")));
    };
    written(out.write_all(explanation(rule).as_bytes()))?;
    Ok(EXIT_OK)
}

/// How `rules` marks a fixable rule.
fn fix_note(rule: &Rule) -> &'static str {
    match rule.fix {
        Fix::Safe => " [fix]",
        Fix::Unsafe => " [unsafe fix]",
        Fix::None => "",
    }
}

/// What `explain` says about fixing.
fn fix_text(rule: &Rule) -> &'static str {
    match rule.fix {
        Fix::Safe => {
            "\n\nFix\n    `tracklint check --fix` applies it (it cannot change what the catalog means)."
        }
        Fix::Unsafe if rule.group() == "naming" => {
            "\n\nFix\n    `tracklint check --fix --unsafe-fixes` applies the rename of an event the help names, as \
             `tracklint rename` does (key, plans, `replaced_by`, `renamed_from`); its `backfill` \
             placeholder fails versioning/rename-without-backfill until a person writes it."
        }
        Fix::Unsafe => {
            "\n\nFix\n    `tracklint check --fix --unsafe-fixes` writes a stub a person must complete; \
             the rule keeps failing until they do."
        }
        Fix::None => "",
    }
}

/// The full documentation of a rule, as `explain` prints it.
pub fn explanation(rule: &Rule) -> String {
    let indent = |text: &str| {
        text.lines()
            .map(|l| {
                if l.is_empty() {
                    String::new()
                } else {
                    format!("    {l}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "{id} [{severity}]

What it checks
{summary}

Why
{why}{fix}

Bad
{bad}

{good_title}
{good}
",
        id = rule.id,
        severity = rule.severity.config_name(),
        summary = wrap(rule.summary, 88, "    "),
        why = wrap(rule.why, 88, "    "),
        bad = indent(rule.bad),
        good_title = rule.good_title(),
        good = indent(rule.good),
        fix = fix_text(rule),
    )
}

/// Greedy word wrap, every line indented.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::replace(&mut line, String::from(indent)));
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}
