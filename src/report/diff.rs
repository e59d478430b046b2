//! `diff` output: the classified change list as human text, json, or a markdown table for a
//! pull request comment. Names and revisions are escaped for each (report/escape.rs).

use serde::Serialize;

use super::change::reason_text;
use super::escape::{json_string, markdown_code, markdown_text, visible};
use crate::compare::change::Change;

fn versions(change: &Change) -> String {
    match (change.version_before, change.version_after) {
        (Some(a), Some(b)) if a == b => format!("v{a}"),
        (Some(a), Some(b)) => format!("v{a} -> v{b}"),
        (None, Some(b)) => format!("v{b}"),
        (Some(a), None) => format!("v{a}"),
        (None, None) => String::new(),
    }
}

fn headline(change: &Change) -> String {
    let mut line = format!(
        "{} {} {}",
        change.entity.as_str(),
        change.name,
        change.kind.as_str()
    );
    let versions = versions(change);
    if !versions.is_empty() {
        line.push_str(&format!(" ({versions})"));
    }
    if change.lacks_bump() {
        line.push_str(" - version not bumped");
    }
    line
}

pub fn human(changes: &[Change], base: &str, head: &str) -> String {
    let mut text = String::new();
    if changes.is_empty() {
        line(&mut text, &format!("No changes between {base} and {head}."));
        return text;
    }
    line(&mut text, &format!("Changes from {base} to {head}"));
    for (title, breaking) in [("Breaking", true), ("Compatible", false)] {
        let group: Vec<&Change> = changes
            .iter()
            .filter(|c| c.breaking() == breaking)
            .collect();
        if group.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title} ({}):\n", group.len()));
        for change in group {
            line(&mut text, &format!("  {}", headline(change)));
            for reason in &change.reasons {
                let mark = if reason.breaking() { "!" } else { "-" };
                line(&mut text, &format!("    {mark} {}", reason_text(reason)));
            }
        }
    }
    let breaking = changes.iter().filter(|c| c.breaking()).count();
    let unbumped = changes.iter().filter(|c| c.lacks_bump()).count();
    text.push_str(&format!(
        "\n{breaking} breaking, {} compatible; {unbumped} breaking event change(s) without a version bump.\n",
        changes.len() - breaking
    ));
    text
}

/// Appends one line that may quote names: hidden characters (line breaks too) escaped.
fn line(text: &mut String, content: &str) {
    text.push_str(&visible(content));
    text.push('\n');
}

/// One change as JSON; fields in output order.
#[derive(Serialize)]
struct ChangeJson<'a> {
    entity: &'static str,
    name: &'a str,
    change: &'static str,
    breaking: bool,
    reasons: Vec<String>,
    version_before: Option<u64>,
    version_after: Option<u64>,
}

pub fn json_text(changes: &[Change]) -> String {
    let items: Vec<ChangeJson> = changes
        .iter()
        .map(|c| ChangeJson {
            entity: c.entity.as_str(),
            name: &c.name,
            change: c.kind.as_str(),
            breaking: c.breaking(),
            reasons: c.reasons.iter().map(reason_text).collect(),
            version_before: c.version_before,
            version_after: c.version_after,
        })
        .collect();
    json_string(&items)
}

/// The change list as a markdown table; every cell escaped, so no name can break the table
/// or add markup.
pub fn markdown(changes: &[Change], base: &str, head: &str) -> String {
    let breaking = changes.iter().filter(|c| c.breaking()).count();
    let mut text = format!(
        "### Tracking plan changes: {} → {}\n\n",
        markdown_code(base),
        markdown_text(head)
    );
    if changes.is_empty() {
        text.push_str("No changes.\n");
        return text;
    }
    text.push_str(&format!(
        "{breaking} breaking, {} compatible.\n\n",
        changes.len() - breaking
    ));
    text.push_str("| | Entity | Name | Change | Version | Reasons |\n|---|---|---|---|---|---|\n");
    for change in changes {
        let impact = if change.lacks_bump() {
            "**breaking, not bumped**"
        } else if change.breaking() {
            "**breaking**"
        } else {
            "compatible"
        };
        let reasons: Vec<String> = change
            .reasons
            .iter()
            .map(|r| markdown_text(&reason_text(r)))
            .collect();
        text.push_str(&format!(
            "| {impact} | {} | {} | {} | {} | {} |\n",
            markdown_text(change.entity.as_str()),
            markdown_code(&change.name),
            markdown_text(change.kind.as_str()),
            markdown_text(&versions(change).replace("->", "→")),
            reasons.join("<br>")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::change::{ChangeKind, Entity, Reason, ReasonKind};

    fn change(breaking: bool, before: u64, after: u64) -> Change {
        Change {
            entity: Entity::Event,
            name: "order_completed".into(),
            kind: ChangeKind::Changed,
            reasons: vec![Reason {
                kind: if breaking {
                    ReasonKind::PropertyRemoved {
                        property: "coupon|code".into(),
                    }
                } else {
                    ReasonKind::PropertyAdded {
                        property: "coupon|code".into(),
                        required: false,
                    }
                },
                head: None,
                base: None,
            }],
            version_before: Some(before),
            version_after: Some(after),
            head: None,
            base: None,
        }
    }

    #[test]
    fn markdown_escapes_cells_and_marks_missing_bumps() {
        let text = markdown(
            &[change(true, 1, 1), change(false, 1, 2)],
            "main",
            "the work tree",
        );
        assert!(text.contains("| **breaking, not bumped** | event | `order_completed` | changed | v1 | property coupon\\|code removed |"), "{text}");
        assert!(text.contains("| compatible | event | `order_completed` | changed | v1 → v2 |"));
    }
}
