//! versioning/*: payload changes are versioned, logged and mapped (SPEC §3.5). Without a
//! baseline only the changelog and rename checks run.

use std::path::{Path, PathBuf};

use super::Context;
use crate::catalog::{Catalog, Event, PropertyKind};
use crate::compare::baseline::Baseline;
use crate::compare::change::{Change, ChangeKind, Entity, PropertyChange, ReasonKind};
use crate::compare::diff;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::change::reason_text;
use crate::rule::{Fix, Rule};
use crate::syntax::source::{FileId, Span, resolved};
use foldhash::HashMap as FastMap;

pub static TYPE_CHANGED: Rule = Rule {
    id: "versioning/type-changed",
    severity: Severity::Error,
    summary: "A property's type changed from the baseline (`--against`).",
    why: "Warehouse columns, CRM traits and every query keep the old type. A flipped type \
          breaks loads or silently casts values, and history no longer joins with new data.",
    bad: "# before: plan_id: {type: integer}\nproperties:\n  plan_id: {type: string}\n",
    good: "# keep the type; add a new property for the new meaning\nproperties:\n  plan_id: {type: integer}\n  plan_code: {type: string}\n",
    fix: Fix::None,
};

pub static MEANING_CHANGED_WITHOUT_BUMP: Rule = Rule {
    id: "versioning/meaning-changed-without-bump",
    severity: Severity::Error,
    summary: "An event's payload changed incompatibly since the baseline (property removed, \
              type/unit/enum narrowed, optional became required, bounds tightened) but its \
              `version` did not increase.",
    why: "Consumers tell old payloads from new ones by version. A silent breaking change mixes \
          both in one series: dashboards shift, and journeys built on the old meaning misfire.",
    bad: "# before: version 1 with coupon_code optional\nevents:\n  order_completed:\n    version: 1\n    properties:\n      coupon_code: required\n",
    good: "events:\n  order_completed:\n    version: 2\n    properties:\n      coupon_code: required\n    changelog:\n      - {version: 2, date: 2026-11-20, summary: coupon_code is now always sent}\n",
    fix: Fix::None,
};

pub static VERSION_DECREASED: Rule = Rule {
    id: "versioning/version-decreased",
    severity: Severity::Error,
    summary: "An event's `version` is lower than in the baseline.",
    why: "Versions only go up; a lower number makes new payloads look like old ones and breaks \
          every consumer that branches on version.",
    bad: "# before: version 3\nevents:\n  order_completed:\n    version: 2\n",
    good: "events:\n  order_completed:\n    version: 4\n",
    fix: Fix::None,
};

pub static REMOVED_WITHOUT_DEPRECATION: Rule = Rule {
    id: "versioning/removed-without-deprecation",
    severity: Severity::Error,
    summary: "An event of the baseline is gone, but it was not deprecated or retired first, nor \
              listed in another event's `renamed_from`.",
    why: "Dashboards, cohorts and journeys that read the event go silently flat. Deprecate it \
          with a sunset first so its consumers can move, or record the rename.",
    bad: "# before: events: {legacy_cart_viewed: ...}; now it is deleted\n",
    good: "events:\n  legacy_cart_viewed:\n    status: deprecated\n    deprecated: {since: 2026-11-01, replaced_by: cart_viewed, sunset: 2027-02-01}\n",
    fix: Fix::None,
};

pub static CHANGELOG_MISSING: Rule = Rule {
    id: "versioning/changelog-missing",
    severity: Severity::Error,
    summary: "An event at version N > 1 lacks a changelog entry for some version from 2 to N.",
    why: "A version bump tells consumers the meaning changed; the changelog tells them how. \
          Without it, nobody can reconcile a metric across the change.",
    bad: "events:\n  checklist_completed:\n    version: 2\n",
    good: "events:\n  checklist_completed:\n    version: 2\n    changelog:\n      - version: 2\n        date: 2026-09-01\n        summary: time_to_complete now in seconds, was minutes\n",
    fix: Fix::Unsafe,
};

pub static RENAME_WITHOUT_BACKFILL: Rule = Rule {
    id: "versioning/rename-without-backfill",
    severity: Severity::Error,
    summary: "`renamed_from` without a `backfill` note.",
    why: "After a rename, old cohorts and funnels still hold the old name. The backfill note \
          says how history maps onto the new name, so reports do not drop to zero at the rename.",
    bad: "events:\n  checklist_completed:\n    renamed_from: [onboarding_checklist_done]\n",
    good: "events:\n  checklist_completed:\n    renamed_from: [onboarding_checklist_done]\n    backfill: map the old name; minutes become seconds\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &TYPE_CHANGED,
    &MEANING_CHANGED_WITHOUT_BUMP,
    &CHANGELOG_MISSING,
    &VERSION_DECREASED,
    &REMOVED_WITHOUT_DEPRECATION,
    &RENAME_WITHOUT_BACKFILL,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for event in &cx.catalog.events {
        changelog(event, out);
        rename(event, out);
    }
    if let Some(baseline) = cx.baseline {
        against(cx, baseline, out);
    }
}

/// The rules that compare with the baseline.
fn against(cx: &Context, baseline: &Baseline, out: &mut Vec<Diagnostic>) {
    let base = &baseline.catalog;
    let changes = diff::compare(base, cx.catalog);
    type_changed(cx.catalog, base, &changes, &baseline.label, out);
    let mut files = FileMatch::default();
    for change in changes.iter().filter(|c| c.entity == Entity::Event) {
        match change.kind {
            ChangeKind::Changed => {
                meaning_changed(cx.catalog, base, change, &baseline.label, out);
                version_decreased(cx.catalog, base, change, &baseline.label, out);
            }
            ChangeKind::Removed if change.breaking() => {
                removed(cx, baseline, change, &mut files, out);
            }
            _ => {}
        }
    }
}

/// Which head file has the path a baseline file had, worked out once per file: removed events
/// may number 100,000, and each path costs a `canonicalize`.
#[derive(Default)]
struct FileMatch {
    /// Head files by path relative to the catalog root (the first of each), with the span a
    /// removed event is blamed at.
    head: Option<FastMap<PathBuf, Span>>,
    /// Baseline files' paths relative to the baseline root.
    baseline: FastMap<FileId, PathBuf>,
}

impl FileMatch {
    /// The head file with the same relative path as the baseline file `old`: its `events:`
    /// key, else its start.
    fn same_file(&mut self, cx: &Context, baseline: &Baseline, old: FileId) -> Option<Span> {
        let head = self.head.get_or_insert_with(|| {
            let mut head = FastMap::default();
            for file in &cx.catalog.files {
                let path = relative(&cx.sources.get(file.id).path, &cx.config.root);
                head.entry(path)
                    .or_insert(file.events_key.unwrap_or(Span::new(file.id, 0, 0)));
            }
            head
        });
        let path = self
            .baseline
            .entry(old)
            .or_insert_with(|| relative(&cx.sources.get(old).path, &baseline.root));
        head.get(path).copied()
    }
}

fn in_baseline(label: &str) -> String {
    format!("in {label}")
}

/// A type change found by the change model, reported once: at the catalog property when a
/// catalog definition changed, at the event's property when an inline definition did (or a
/// reference replaced one).
fn type_changed(
    head: &Catalog,
    base: &Catalog,
    changes: &[Change],
    label: &str,
    out: &mut Vec<Diagnostic>,
) {
    for change in changes.iter().filter(|c| c.kind == ChangeKind::Changed) {
        for reason in &change.reasons {
            let ReasonKind::Property {
                property,
                change:
                    PropertyChange::TypeChanged {
                        from: Some(old_type),
                        to: Some(new_type),
                    },
            } = &reason.kind
            else {
                continue;
            };
            let spans = match (change.entity, property) {
                (Entity::Property, None) => reason.head.zip(reason.base),
                (Entity::Event, Some(name)) => event_type_spans(head, base, &change.name, name),
                _ => None,
            };
            let Some((now, was)) = spans else {
                continue;
            };
            let owner = match property {
                Some(_) => format!("property of event \"{}\"", change.name),
                None => "property".to_owned(),
            };
            let name = property.as_deref().unwrap_or(&change.name);
            out.push(
                TYPE_CHANGED
                    .at(now, format!("{owner} \"{name}\" changed type from {old_type} to {new_type}"))
                    .with_label(was, format!("{old_type} {}", in_baseline(label)))
                    .with_help(format!(
                        "keep {old_type} and add a new property for the new meaning; a type change breaks every table and trait that stores \"{name}\""
                    )),
            );
        }
    }
}

/// Where an event's property type change is shown (head) and was defined (baseline); None
/// when both sides reference the catalog property, whose own change is reported instead.
fn event_type_spans(
    head: &Catalog,
    base: &Catalog,
    event: &str,
    property: &str,
) -> Option<(Span, Span)> {
    let now = head.event(event)?.property(property)?;
    let previous = base.event(event)?.property(property)?;
    let at = match &now.kind {
        PropertyKind::Inline(def) => def.type_.as_ref()?.span,
        PropertyKind::Reference(_) if previous.inline().is_some() => now.name.span,
        PropertyKind::Reference(_) => return None,
    };
    let old_def = base.definition_of(previous)?;
    let was = old_def
        .type_
        .as_ref()
        .map_or(previous.name.span, |t| t.span);
    Some((at, was))
}

fn version_span(event: &Event) -> Span {
    event.version.as_ref().map_or(event.name.span, |v| v.span)
}

fn meaning_changed(
    head: &Catalog,
    base: &Catalog,
    change: &Change,
    label: &str,
    out: &mut Vec<Diagnostic>,
) {
    if !change.lacks_bump() {
        return;
    }
    let (Some(event), Some(before)) = (head.event(&change.name), base.event(&change.name)) else {
        return;
    };
    let breaking: Vec<_> = change.reasons.iter().filter(|r| r.breaking()).collect();
    let reasons: Vec<String> = breaking.iter().map(|r| reason_text(r)).collect();
    let mut diagnostic = MEANING_CHANGED_WITHOUT_BUMP
        .at(
            version_span(event),
            format!(
                "event \"{}\" changed incompatibly since {label} ({}) but its version stayed at {}",
                event.name.value,
                reasons.join("; "),
                event.version()
            ),
        )
        .with_help(format!(
            "bump `version:` to {} and add a changelog entry for it{}",
            before.version().saturating_add(1),
            if event.is_crm_eligible() {
                "; CRM approval must then be renewed"
            } else {
                ""
            }
        ));
    for reason in &breaking {
        if let Some(span) = reason.head {
            diagnostic = diagnostic.with_label(span, reason_text(reason));
        }
    }
    out.push(diagnostic.with_label(
        version_span(before),
        format!("version {} {}", before.version(), in_baseline(label)),
    ));
}

fn version_decreased(
    head: &Catalog,
    base: &Catalog,
    change: &Change,
    label: &str,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(event), Some(before)) = (head.event(&change.name), base.event(&change.name)) else {
        return;
    };
    if event.version() < before.version() {
        out.push(
            VERSION_DECREASED
                .at(
                    version_span(event),
                    format!(
                        "event \"{}\" went from version {} back to {}",
                        event.name.value,
                        before.version(),
                        event.version()
                    ),
                )
                .with_label(
                    version_span(before),
                    format!("version {} {}", before.version(), in_baseline(label)),
                )
                .with_help(format!(
                    "versions only go up: use {} or higher",
                    before.version().saturating_add(1)
                )),
        );
    }
}

/// A removed event is blamed where it used to be listed in the head catalog: a plan that still
/// lists it, else the `events:` of the file that held it, else the config.
fn removed(
    cx: &Context,
    baseline: &Baseline,
    change: &Change,
    files: &mut FileMatch,
    out: &mut Vec<Diagnostic>,
) {
    let Some(before) = baseline.catalog.event(&change.name) else {
        return;
    };
    let listed = cx
        .catalog
        .plans_listing(&change.name)
        .next()
        .map(|(_, entry)| entry.name.span);
    let same_file = || files.same_file(cx, baseline, before.file);
    let Some(span) = listed.or_else(same_file).or(cx.config.file_span()) else {
        return;
    };
    out.push(
        REMOVED_WITHOUT_DEPRECATION
            .at(
                span,
                format!(
                    "event \"{}\" was removed without being deprecated first (it was {} {})",
                    change.name,
                    before.status.as_ref().map_or("active", |s| s.value.as_str()),
                    in_baseline(&baseline.label)
                ),
            )
            .with_label(before.name.span, format!("defined here {}", in_baseline(&baseline.label)))
            .with_help(
                "restore it with `status: deprecated` and a `deprecated.sunset` for a release first, \
                 or name it in the new event's `renamed_from`",
            ),
    );
}

/// A path relative to a catalog root, for matching files across two catalogs.
fn relative(path: &Path, root: &Path) -> PathBuf {
    let (path, root) = (resolved(path), resolved(root));
    path.strip_prefix(&root)
        .map_or(path.clone(), Path::to_path_buf)
}

/// Missing versions listed in a message before "and N more".
const MISSING_SHOWN: usize = 5;

fn changelog(event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(version) = &event.version else {
        return;
    };
    // The version is a number from the file: walk the changelog, never the range 2..=version.
    let logged: std::collections::BTreeSet<u64> = event
        .changelog
        .iter()
        .filter_map(|entry| entry.version.as_ref().map(|v| v.value))
        .filter(|v| (2..=version.value).contains(v))
        .collect();
    let missing_count = version.value.saturating_sub(1) - logged.len() as u64;
    if missing_count == 0 {
        return;
    }
    let shown: Vec<String> = (2..=version.value)
        .filter(|v| !logged.contains(v))
        .take(MISSING_SHOWN)
        .map(|v| v.to_string())
        .collect();
    let more = missing_count - shown.len() as u64;
    let listed = if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    };
    let latest_missing = (2..=version.value)
        .rev()
        .find(|v| !logged.contains(v))
        .unwrap_or(version.value);
    let mut diagnostic = CHANGELOG_MISSING
        .at(
            version.span,
            format!(
                "event \"{}\" is at version {} but its changelog has no entry for version {listed}",
                event.name.value, version.value,
            ),
        )
        .with_help(format!(
            "add a `changelog:` entry `- {{version: {latest_missing}, date: YYYY-MM-DD, summary: what changed}}`"
        ));
    if let Some(key) = event.changelog_key {
        diagnostic = diagnostic.with_label(key, "changelog");
    }
    out.push(diagnostic);
}

fn rename(event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(key) = event.renamed_from_key else {
        return;
    };
    if event.renamed_from.is_empty()
        || event
            .backfill
            .as_ref()
            .is_some_and(|b| !b.value.trim().is_empty())
    {
        return;
    }
    let old: Vec<&str> = event
        .renamed_from
        .iter()
        .map(|n| n.value.as_str())
        .collect();
    out.push(
        RENAME_WITHOUT_BACKFILL
            .at(
                key,
                format!(
                    "event \"{}\" was renamed from {} without a backfill note",
                    event.name.value,
                    old.join(", ")
                ),
            )
            .with_help("add `backfill:` saying how data under the old name maps to this event"),
    );
}
