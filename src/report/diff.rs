//! `diff` output: the classified change list as human text, json, or a markdown table for a
//! pull request comment.

use serde_json::json;

use crate::compare::diff::Change;

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
    if changes.is_empty() {
        return format!("No changes between {base} and {head}.\n");
    }
    let mut text = format!("Changes from {base} to {head}\n");
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
            text.push_str(&format!("  {}\n", headline(change)));
            for reason in &change.reasons {
                let mark = if reason.breaking { "!" } else { "-" };
                text.push_str(&format!("    {mark} {}\n", reason.text));
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

pub fn json_text(changes: &[Change]) -> String {
    let items: Vec<_> = changes
        .iter()
        .map(|c| {
            json!({
                "entity": c.entity.as_str(),
                "name": c.name,
                "change": c.kind.as_str(),
                "breaking": c.breaking(),
                "reasons": c.reasons.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
                "version_before": c.version_before,
                "version_after": c.version_after,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    text.push('\n');
    text
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(changes: &[Change], base: &str, head: &str) -> String {
    let breaking = changes.iter().filter(|c| c.breaking()).count();
    let mut text = format!(
        "### Tracking plan changes: `{}` → {}\n\n",
        markdown_cell(base),
        markdown_cell(head)
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
            .map(|r| markdown_cell(&r.text))
            .collect();
        text.push_str(&format!(
            "| {impact} | {} | `{}` | {} | {} | {} |\n",
            change.entity.as_str(),
            markdown_cell(&change.name),
            change.kind.as_str(),
            versions(change).replace("->", "→"),
            reasons.join("<br>")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff::{ChangeKind, Entity, Reason};

    fn change(breaking: bool, before: u64, after: u64) -> Change {
        Change {
            entity: Entity::Event,
            name: "order_completed".into(),
            kind: ChangeKind::Changed,
            reasons: vec![Reason {
                text: "property coupon|code removed".into(),
                breaking,
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
        assert!(text.contains("| **breaking, not bumped** | event | `order_completed` | changed | v1 | property coupon\\|code removed |"));
        assert!(text.contains("| compatible | event | `order_completed` | changed | v1 → v2 |"));
    }
}
