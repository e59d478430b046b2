//! `review` output: the lifecycle reviewer's queue as human text or json.

use serde_json::json;

use crate::compare::review::Item;
use crate::syntax::source::Sources;

fn location(item: &Item, sources: &Sources) -> (String, u32, u32) {
    let span = item.event.name.span;
    let at = sources.start(span);
    (sources.name(span.file).to_owned(), at.line, at.column)
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
        let (file, line, column) = location(item, sources);
        let owner = event
            .owner
            .as_ref()
            .map_or("no owner", |o| o.value.as_str());
        text.push_str(&format!(
            "\n{} (v{}, owner {owner}) {file}:{line}:{column}\n",
            event.name.value,
            event.version()
        ));
        if let Some(trigger) = event.crm.as_ref().and_then(|c| c.trigger.as_ref()) {
            text.push_str(&format!("  trigger: {}\n", trigger.value));
        }
        for need in &item.needs {
            text.push_str(&format!("  needs: {}\n", need.describe()));
        }
        if !item.changes.is_empty() {
            text.push_str(&format!(
                "  changed since {}:\n",
                against.unwrap_or("the baseline")
            ));
            for change in &item.changes {
                text.push_str(&format!("    - {change}\n"));
            }
        }
    }
    text
}

pub fn json_text(items: &[Item], sources: &Sources) -> String {
    let values: Vec<_> = items
        .iter()
        .map(|item| {
            let event = item.event;
            let crm = event.crm.as_ref();
            let (file, line, column) = location(item, sources);
            json!({
                "event": event.name.value,
                "owner": event.owner.as_ref().map(|o| o.value.as_str()),
                "version": event.version(),
                "approved_by": crm.and_then(|c| c.approved_by.as_ref()).map(|a| a.value.as_str()),
                "approved_version": crm.and_then(|c| c.approved_version.as_ref()).map(|v| v.value),
                "trigger": crm.and_then(|c| c.trigger.as_ref()).map(|t| t.value.as_str()),
                "needs": item.needs.iter().map(|n| n.code()).collect::<Vec<_>>(),
                "reasons": item.needs.iter().map(|n| n.describe()).collect::<Vec<_>>(),
                "changes": item.changes,
                "file": file,
                "line": line,
                "column": column,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&values).unwrap_or_else(|_| "[]".into());
    text.push('\n');
    text
}
