//! `diff` output: the classified change list as human text, json, or a markdown table for a
//! pull request comment. Names and revisions are escaped for each (`crate::escape`).

use serde::Serialize;

use crate::compare::change::{Change, Class, Diff, Kind, Place, Versions};
use crate::escape::{json_string, markdown_code, markdown_text, visible};

/// One entity's changes, for the grouped outputs: its most severe class decides its section.
struct Entity<'a> {
    place: Place,
    name: &'a str,
    changes: Vec<&'a Change>,
}

impl Entity<'_> {
    fn class(&self) -> Class {
        self.changes
            .iter()
            .map(|c| c.class)
            .min()
            .unwrap_or(Class::Neutral)
    }

    /// added, removed or changed, from its changes.
    fn verb(&self) -> &'static str {
        let added = [
            Kind::EventAdded,
            Kind::PlanAdded,
            Kind::CatalogPropertyAdded,
        ];
        let removed = [
            Kind::EventRemoved,
            Kind::PlanRemoved,
            Kind::CatalogPropertyRemoved,
        ];
        match self.changes.first().map(|c| c.kind) {
            Some(kind) if added.contains(&kind) && self.changes.len() == 1 => "added",
            Some(kind) if removed.contains(&kind) => "removed",
            _ => "changed",
        }
    }
}

/// The changes grouped by entity, in the diff's order (config, events, properties, plans).
fn entities(diff: &Diff) -> Vec<Entity<'_>> {
    let mut entities: Vec<Entity> = Vec::new();
    for change in &diff.changes {
        match entities.last_mut() {
            Some(last) if last.place == change.place && last.name == change.name => {
                last.changes.push(change);
            }
            _ => entities.push(Entity {
                place: change.place,
                name: &change.name,
                changes: vec![change],
            }),
        }
    }
    entities
}

fn versions(diff: &Diff, entity: &Entity) -> String {
    if entity.place != Place::Event {
        return String::new();
    }
    match diff.versions.get(entity.name) {
        Some(Versions {
            before: Some(a),
            after: Some(b),
        }) if a == b => format!("v{a}"),
        Some(Versions {
            before: Some(a),
            after: Some(b),
        }) => format!("v{a} -> v{b}"),
        Some(Versions {
            before: None,
            after: Some(b),
        }) => format!("v{b}"),
        Some(Versions {
            before: Some(a),
            after: None,
        }) => format!("v{a}"),
        _ => String::new(),
    }
}

fn headline(diff: &Diff, entity: &Entity) -> String {
    let mut line = format!(
        "{} {} {}",
        entity.place.as_str(),
        entity.name,
        entity.verb()
    );
    let versions = versions(diff, entity);
    if !versions.is_empty() {
        line.push_str(&format!(" ({versions})"));
    }
    if entity.place == Place::Event && diff.lacks_bump(entity.name) {
        line.push_str(" - version not bumped");
    }
    line
}

/// `!` breaking, `+` compatible, `-` neutral; `*` marks what needs a lifecycle look.
fn mark(change: &Change) -> &'static str {
    match (change.class, change.review) {
        (Class::Breaking, _) => "!",
        (Class::Compatible, _) => "+",
        (Class::Neutral, true) => "*",
        (Class::Neutral, false) => "-",
    }
}

pub fn human(diff: &Diff, base: &str, head: &str) -> String {
    let mut text = String::new();
    if diff.changes.is_empty() {
        line(&mut text, &format!("No changes between {base} and {head}."));
        return text;
    }
    line(&mut text, &format!("Changes from {base} to {head}"));
    let entities = entities(diff);
    for (title, class) in [
        ("Breaking", Class::Breaking),
        ("Compatible", Class::Compatible),
        ("Neutral", Class::Neutral),
    ] {
        let group: Vec<&Entity> = entities.iter().filter(|e| e.class() == class).collect();
        if group.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title} ({}):\n", group.len()));
        for entity in group {
            line(&mut text, &format!("  {}", headline(diff, entity)));
            for change in &entity.changes {
                line(&mut text, &format!("    {} {change}", mark(change)));
            }
        }
    }
    let count = |class: Class| diff.changes.iter().filter(|c| c.class == class).count();
    let unbumped = entities
        .iter()
        .filter(|e| e.place == Place::Event && diff.lacks_bump(e.name))
        .count();
    text.push_str(&format!(
        "\n{} breaking, {} compatible, {} neutral; {unbumped} breaking event change(s) without a version bump.\n",
        count(Class::Breaking),
        count(Class::Compatible),
        count(Class::Neutral)
    ));
    text
}

/// Appends one line that may quote names: hidden characters (line breaks too) escaped.
fn line(text: &mut String, content: &str) {
    text.push_str(&visible(content));
    text.push('\n');
}

/// One change as JSON (SPEC §4); fields in output order.
#[derive(Serialize)]
struct ChangeJson<'a> {
    place: &'static str,
    name: &'a str,
    pointer: &'a str,
    kind: &'static str,
    old: Option<&'a serde_json::Value>,
    new: Option<&'a serde_json::Value>,
    class: &'static str,
    breaking: bool,
    review: bool,
    message: String,
}

/// The flat list of changes.
pub fn json_text(diff: &Diff) -> String {
    let items: Vec<ChangeJson> = diff
        .changes
        .iter()
        .map(|c| ChangeJson {
            place: c.place.as_str(),
            name: &c.name,
            pointer: &c.pointer,
            kind: c.kind.as_str(),
            old: c.old.as_ref(),
            new: c.new.as_ref(),
            class: c.class.as_str(),
            breaking: c.breaking(),
            review: c.review,
            message: c.to_string(),
        })
        .collect();
    json_string(&items)
}

/// The change list as a markdown table, one row per entity; every cell escaped, so no name
/// can break the table or add markup.
pub fn markdown(diff: &Diff, base: &str, head: &str) -> String {
    let mut text = format!(
        "### Tracking plan changes: {} → {}\n\n",
        markdown_code(base),
        markdown_text(head)
    );
    if diff.changes.is_empty() {
        text.push_str("No changes.\n");
        return text;
    }
    let count = |class: Class| diff.changes.iter().filter(|c| c.class == class).count();
    text.push_str(&format!(
        "{} breaking, {} compatible, {} neutral.\n\n",
        count(Class::Breaking),
        count(Class::Compatible),
        count(Class::Neutral)
    ));
    text.push_str("| | Entity | Name | Change | Version | Changes |\n|---|---|---|---|---|---|\n");
    for entity in entities(diff) {
        let impact = match entity.class() {
            Class::Breaking if entity.place == Place::Event && diff.lacks_bump(entity.name) => {
                "**breaking, not bumped**"
            }
            Class::Breaking => "**breaking**",
            Class::Compatible => "compatible",
            Class::Neutral => "neutral",
        };
        let changes: Vec<String> = entity
            .changes
            .iter()
            .map(|c| markdown_text(&format!("{} {c}", mark(c))))
            .collect();
        text.push_str(&format!(
            "| {impact} | {} | {} | {} | {} | {} |\n",
            markdown_text(entity.place.as_str()),
            markdown_code(entity.name),
            markdown_text(entity.verb()),
            markdown_text(&versions(diff, &entity).replace("->", "→")),
            changes.join("<br>")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::change::Change;

    fn diff(breaking: bool, before: u64, after: u64) -> Diff {
        let mut diff = Diff::default();
        diff.versions.insert(
            "order_completed".into(),
            Versions {
                before: Some(before),
                after: Some(after),
            },
        );
        diff.changes.push(Change {
            place: Place::Event,
            name: "order_completed".into(),
            pointer: "/properties/coupon|code".into(),
            kind: if breaking {
                Kind::PropertyRemoved
            } else {
                Kind::PropertyAdded
            },
            old: None,
            new: None,
            class: if breaking {
                Class::Breaking
            } else {
                Class::Compatible
            },
            review: false,
            because: None,
            head: None,
            base: None,
        });
        diff
    }

    #[test]
    fn markdown_escapes_cells_and_marks_missing_bumps() {
        let text = markdown(&diff(true, 1, 1), "main", "the work tree");
        assert!(text.contains("| **breaking, not bumped** | event | `order_completed` | changed | v1 | \\! property coupon\\|code removed |"), "{text}");
        let text = markdown(&diff(false, 1, 2), "main", "the work tree");
        assert!(
            text.contains("| compatible | event | `order_completed` | changed | v1 → v2 |"),
            "{text}"
        );
    }
}
