//! `review` output: the lifecycle reviewer's queue as human text (names escaped) or json.

use serde::Serialize;

use super::change::reason_text;
use super::escape::{json_string, visible};
use crate::compare::review::Item;
use crate::syntax::source::Sources;

fn location<'a>(item: &Item, sources: &'a Sources) -> (&'a str, u32, u32) {
    let span = item.event.name.span;
    let at = sources.start(span);
    (sources.name(span.file), at.line, at.column)
}

pub fn human(items: &[Item], sources: &Sources, against: Option<&str>) -> String {
    if items.is_empty() {
        return "No CRM-eligible event needs a decision.\n".into();
    }
    let mut text = format!(
        "CRM-eligible events awaiting a lifecycle decision ({}):\n",
        items.len()
    );
    for item in items {
        let event = item.event;
        let (file, line_number, column) = location(item, sources);
        let owner = event
            .owner
            .as_ref()
            .map_or("no owner", |o| o.value.as_str());
        text.push('\n');
        line(
            &mut text,
            &format!(
                "{} (v{}, owner {owner}) {file}:{line_number}:{column}",
                event.name.value,
                event.version()
            ),
        );
        if let Some(trigger) = event.crm.as_ref().and_then(|c| c.trigger.as_ref()) {
            line(&mut text, &format!("  trigger: {}", trigger.value));
        }
        for need in &item.needs {
            line(&mut text, &format!("  needs: {}", need.describe()));
        }
        if !item.changes.is_empty() {
            line(
                &mut text,
                &format!("  changed since {}:", against.unwrap_or("the baseline")),
            );
            for change in &item.changes {
                line(&mut text, &format!("    - {}", reason_text(change)));
            }
        }
    }
    text
}

/// Appends one line that may quote names: hidden characters (line breaks too) escaped.
fn line(text: &mut String, content: &str) {
    text.push_str(&visible(content));
    text.push('\n');
}

/// One queued event as JSON; fields in output order.
#[derive(Serialize)]
struct PendingEventJson<'a> {
    event: &'a str,
    owner: Option<&'a str>,
    version: u64,
    approved_by: Option<&'a str>,
    approved_version: Option<u64>,
    trigger: Option<&'a str>,
    needs: Vec<&'static str>,
    reasons: Vec<String>,
    changes: Vec<String>,
    file: &'a str,
    line: u32,
    column: u32,
}

pub fn json_text(items: &[Item], sources: &Sources) -> String {
    let values: Vec<PendingEventJson> = items
        .iter()
        .map(|item| {
            let event = item.event;
            let crm = event.crm.as_ref();
            let (file, line, column) = location(item, sources);
            PendingEventJson {
                event: &event.name.value,
                owner: event.owner.as_ref().map(|o| o.value.as_str()),
                version: event.version(),
                approved_by: crm
                    .and_then(|c| c.approved_by.as_ref())
                    .map(|a| a.value.as_str()),
                approved_version: crm
                    .and_then(|c| c.approved_version.as_ref())
                    .map(|v| v.value),
                trigger: crm
                    .and_then(|c| c.trigger.as_ref())
                    .map(|t| t.value.as_str()),
                needs: item.needs.iter().map(|n| n.code()).collect(),
                reasons: item.needs.iter().map(|n| n.describe()).collect(),
                changes: item.changes.iter().map(reason_text).collect(),
                file,
                line,
                column,
            }
        })
        .collect();
    json_string(&values)
}
