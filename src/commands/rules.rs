//! `tracklint rules` and `tracklint explain RULE`, from the rule registry.

use std::io::Write;

use super::{EXIT_OK, written};
use crate::error::{Error, Result};
use crate::lint::registry;
use crate::rule::Rule;

pub fn list(out: &mut dyn Write) -> Result<u8> {
    let width = registry::all().map(|r| r.id.len()).max().unwrap_or(0);
    let mut text = String::new();
    for rule in registry::all() {
        text.push_str(&format!(
            "{:<width$}  {:<10}  {:<5}  {}\n",
            rule.id,
            rule.group(),
            rule.severity.config_name(),
            rule.summary
        ));
    }
    written(out.write_all(text.as_bytes()))?;
    Ok(EXIT_OK)
}

pub fn explain(id: &str, out: &mut dyn Write) -> Result<u8> {
    let Some(rule) = registry::find(id) else {
        let hint = registry::closest(id)
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_else(|| "; `tracklint rules` lists every rule".into());
        return Err(Error::Usage(format!("unknown rule \"{id}\"{hint}")));
    };
    written(out.write_all(explanation(rule).as_bytes()))?;
    Ok(EXIT_OK)
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
        "{id} [{severity}]\n\nWhat it checks\n{summary}\n\nWhy\n{why}\n\nBad\n{bad}\n\n{good_title}\n{good}\n",
        id = rule.id,
        severity = rule.severity.config_name(),
        summary = wrap(rule.summary, 88, "    "),
        why = wrap(rule.why, 88, "    "),
        bad = indent(rule.bad),
        good_title = rule.good_title(),
        good = indent(rule.good),
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
