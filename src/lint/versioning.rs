//! versioning/*: payload changes are versioned, logged and mapped (SPEC §3.5). Without a
//! baseline only the changelog and rename checks run.

use std::path::{Path, PathBuf};

use super::Context;
use crate::catalog::definition::subject;
use crate::catalog::{Catalog, Event};
use crate::compare::baseline::Baseline;
use crate::compare::change::{Change, Diff, Kind, Place};
use crate::compare::diff;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::syntax::source::{FileId, Span, resolved};
use foldhash::HashMap as FastMap;

pub static TYPE_CHANGED: Rule = Rule {
    id: "versioning/type-changed",
    severity: Severity::Error,
    summary: "A property's type changed from the baseline (`--against`).",
    why: "Warehouse columns, CRM traits and every query keep the old type. A flipped type \
          breaks loads or silently casts values, and history no longer joins with new data.",
    bad: "\
# file: dictionary.yaml
properties:
  plan_id: {type: string}
# baseline: dictionary.yaml
properties:
  plan_id: {type: integer}
",
    good: "\
# file: dictionary.yaml
# keep the type; add a new property for the new meaning
properties:
  plan_id: {type: integer}
  plan_code: {type: string}
",
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
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    version: 1
    properties:
      coupon_code: {type: string, required: true}
# baseline: dictionary.yaml
events:
  order_completed:
    version: 1
    properties:
      coupon_code: {type: string}
",
    good: "\
# file: dictionary.yaml
events:
  order_completed:
    version: 2
    properties:
      coupon_code: {type: string, required: true}
    changelog:
      - {version: 2, date: 2026-11-20, summary: coupon_code is now always sent}
",
    fix: Fix::None,
};

pub static VERSION_DECREASED: Rule = Rule {
    id: "versioning/version-decreased",
    severity: Severity::Error,
    summary: "An event's `version` is lower than in the baseline.",
    why: "Versions only go up; a lower number makes new payloads look like old ones and breaks \
          every consumer that branches on version.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed: {version: 1}
# baseline: dictionary.yaml
events:
  order_completed:
    version: 2
    changelog: [{version: 2, date: 2026-09-01, summary: totals in cents}]
",
    good: "\
# file: dictionary.yaml
events:
  order_completed:
    version: 2
    changelog: [{version: 2, date: 2026-09-01, summary: totals in cents}]
",
    fix: Fix::None,
};

pub static REMOVED_WITHOUT_DEPRECATION: Rule = Rule {
    id: "versioning/removed-without-deprecation",
    severity: Severity::Error,
    summary: "An event of the baseline is gone, but it was not deprecated or retired first, nor \
              listed in another event's `renamed_from`.",
    why: "Dashboards, cohorts and journeys that read the event go silently flat. Deprecate it \
          with a sunset first so its consumers can move, or record the rename.",
    bad: "\
# file: dictionary.yaml
events:
  cart_viewed: {}
# baseline: dictionary.yaml
events:
  cart_viewed: {}
  legacy_cart_viewed: {}
",
    good: "\
# file: dictionary.yaml
events:
  cart_viewed: {}
  legacy_cart_viewed:
    status: deprecated
    deprecated: {since: 2026-11-01, replaced_by: cart_viewed, sunset: 2027-02-01}
",
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
        changelog(cx, event, out);
        rename(event, out);
    }
    if let Some(baseline) = cx.baseline {
        against(cx, baseline, out);
    }
}

/// The rules that compare with the baseline, all from one change list (the one `diff`
/// prints, so the two never disagree).
fn against(cx: &Context, baseline: &Baseline, out: &mut Vec<Diagnostic>) {
    let base = &baseline.catalog;
    let diff = diff::compare(base, cx.catalog);
    type_changed(&diff, &baseline.label, out);
    let mut files = FileMatch::default();
    for (name, versions) in &diff.versions {
        if versions.before.is_some() && versions.after.is_some() {
            meaning_changed(cx.catalog, base, &diff, name, &baseline.label, out);
            version_decreased(cx.catalog, base, name, &baseline.label, out);
        }
    }
    for change in diff
        .changes
        .iter()
        .filter(|c| c.kind == Kind::EventRemoved && c.breaking())
    {
        removed(cx, baseline, change, &mut files, out);
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
    /// The first plan entry of each name the plans list, for removed events a plan still
    /// sends (built once: the catalog's own index knows only defined events).
    listed: Option<FastMap<String, Span>>,
}

impl FileMatch {
    /// The first plan entry listing `name`.
    fn plan_entry(&mut self, cx: &Context, name: &str) -> Option<Span> {
        let listed = self.listed.get_or_insert_with(|| {
            let mut listed = FastMap::default();
            for plan in &cx.catalog.plans {
                for entry in &plan.events {
                    listed
                        .entry(entry.name.value.clone())
                        .or_insert(entry.name.span);
                }
            }
            listed
        });
        listed.get(name).copied()
    }

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

/// A breaking type change found by the change model (adding `"null"` is not one), reported
/// once at the type it concerns: a catalog property's change shows on every event that
/// references it, with the same head span, and is reported at the catalog property.
fn type_changed(diff: &Diff, label: &str, out: &mut Vec<Diagnostic>) {
    let mut reported: FastMap<Span, ()> = FastMap::default();
    let types = diff
        .changes
        .iter()
        .filter(|c| c.kind.is_type() && c.breaking());
    // Catalog properties first: their span is then taken when events repeat them.
    let (catalog, events): (Vec<&Change>, Vec<&Change>) =
        types.partition(|c| c.place == Place::Property);
    for change in catalog.into_iter().chain(events) {
        let (Some(now), Some(was)) = (change.head, change.base) else {
            continue;
        };
        if reported.insert(now, ()).is_some() {
            continue;
        }
        let (path, _) = subject(&change.pointer);
        let stored = match (change.place, &path) {
            (Place::Property, Some(path)) => format!("{}.{path}", change.name),
            (_, Some(path)) => path.clone(),
            (_, None) => change.name.clone(),
        };
        let name = match (change.place, path) {
            (Place::Property, None) => format!("property \"{}\"", change.name),
            (Place::Property, Some(path)) => format!("property \"{}.{path}\"", change.name),
            (_, Some(path)) => format!("property \"{path}\" of event \"{}\"", change.name),
            (_, None) => format!("event \"{}\"", change.name),
        };
        let shown = |value: &Option<serde_json::Value>| {
            value
                .as_ref()
                .and_then(|v| v.as_str())
                .unwrap_or("any type")
                .to_owned()
        };
        let (old_type, new_type) = (shown(&change.old), shown(&change.new));
        out.push(
            TYPE_CHANGED
                .at(now, format!("{name} changed type from {old_type} to {new_type}"))
                .with_label(was, format!("{old_type} {}", in_baseline(label)))
                .with_help(format!(
                    "keep {old_type} and add a new property for the new meaning; a type change breaks every table and trait that stores \"{stored}\""
                )),
        );
    }
}

fn version_span(event: &Event) -> Span {
    event.version.as_ref().map_or(event.name.span, |v| v.span)
}

fn meaning_changed(
    head: &Catalog,
    base: &Catalog,
    diff: &Diff,
    name: &str,
    label: &str,
    out: &mut Vec<Diagnostic>,
) {
    if !diff.lacks_bump(name) {
        return;
    }
    let (Some(event), Some(before)) = (head.event(name), base.event(name)) else {
        return;
    };
    let breaking: Vec<&Change> = diff
        .of(Place::Event, name)
        .filter(|c| c.breaking())
        .collect();
    let mut reasons: Vec<String> = breaking.iter().take(10).map(|c| c.to_string()).collect();
    if breaking.len() > reasons.len() {
        reasons.push(format!("and {} more", breaking.len() - reasons.len()));
    }
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
    for change in breaking.iter().take(MISSING_SHOWN * 2) {
        if let Some(span) = change.head {
            diagnostic = diagnostic.with_label(span, change.to_string());
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
    name: &str,
    label: &str,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(event), Some(before)) = (head.event(name), base.event(name)) else {
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
    // A plan still sending it is where the removal hurts: blame that entry.
    let listed = files.plan_entry(cx, &change.name);
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

/// Most stubs `--unsafe-fixes` writes for one event (beyond, the fix is left to a person).
const MAX_STUBS: u64 = 20;

/// The summary of a changelog stub; an entry that still says it counts as missing.
const TODO: &str = "TODO";

fn changelog(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(version) = &event.version else {
        return;
    };
    // The version is a number from the file: walk the changelog, never the range 2..=version.
    let written = |entry: &&crate::catalog::ChangelogEntry| {
        entry
            .summary
            .as_ref()
            .is_some_and(|s| !s.value.trim_start().starts_with(TODO))
    };
    let entries_of = |keep: &dyn Fn(&&crate::catalog::ChangelogEntry) -> bool| {
        event
            .changelog
            .iter()
            .filter(keep)
            .filter_map(|entry| entry.version.as_ref().map(|v| v.value))
            .filter(|v| (2..=version.value).contains(v))
            .collect::<std::collections::BTreeSet<u64>>()
    };
    let logged = entries_of(&written);
    // Stubs only for versions with no entry at all: a TODO stub is already there.
    let any_entry = entries_of(&|_| true);
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
        .with_help(if any_entry.contains(&latest_missing) {
            format!(
                "write the summary of the `changelog:` entry for version {latest_missing} (it still says {TODO})"
            )
        } else {
            format!(
                "add a `changelog:` entry `- {{version: {latest_missing}, date: YYYY-MM-DD, summary: what changed}}`, or run `tracklint check --fix --unsafe-fixes`, which writes it with a {TODO} summary for you to complete"
            )
        });
    if let Some(key) = event.changelog_key {
        diagnostic = diagnostic.with_label(key, "changelog");
    }
    let unwritten: Vec<u64> = (2..=version.value)
        .filter(|v| !any_entry.contains(v))
        .take(MAX_STUBS as usize + 1)
        .collect();
    if !unwritten.is_empty()
        && unwritten.len() as u64 <= MAX_STUBS
        && let Some((at, text)) = changelog_stubs(cx, event, version.span, &unwritten)
    {
        diagnostic = diagnostic.with_edit(at, text);
    }
    out.push(diagnostic);
}

/// The end of the block sequence item starting on the line of `offset` whose dash is at
/// column `dash` (0-based bytes): after the last line indented deeper than the dash (blank lines
/// and comments between do not end it). Always just after a line break.
fn item_end(text: &str, offset: usize, dash: usize) -> Option<usize> {
    let first = offset + text.get(offset..)?.find('\n')? + 1;
    let mut end = first;
    let mut at = first;
    while at < text.len() {
        let rest = text.get(at..)?;
        let line = rest.find('\n').map_or(rest, |i| &rest[..=i]);
        let content = line.trim_start_matches(' ');
        let indent = line.len() - content.len();
        if !content.trim().is_empty() {
            if indent <= dash {
                break;
            }
            if !line.ends_with('\n') {
                return None;
            }
            end = at + line.len();
        }
        at += line.len();
    }
    Some(end)
}

/// The text `--unsafe-fixes` inserts: one `TODO` entry per unwritten version, after the last
/// entry of a block `changelog:` list, or a new `changelog:` after the `version:` line. None
/// when the layout is not the plain block style this can extend without guessing.
fn changelog_stubs(
    cx: &Context,
    event: &Event,
    version: Span,
    versions: &[u64],
) -> Option<(Span, String)> {
    let source = cx.sources.get(version.file);
    let text = source.text.as_str();
    let today = cx.config.today;
    let stub = |v: u64| format!("{{version: {v}, date: {today}, summary: {TODO} what changed}}");
    // The start of the line holding `offset`, and the text from there to `offset`.
    let line_before = |offset: usize| {
        let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
        Some((start, text.get(start..offset)?))
    };
    // The end of the line holding `offset`, after its line break.
    let line_end = |offset: usize| {
        let rest = text.get(offset..)?;
        Some(offset + rest.find('\n').map_or(rest.len(), |i| i + 1))
    };
    if let Some(last) = event.changelog.last() {
        // `- {...}` items: the text before the last item on its line is its indentation and dash.
        let (_, prefix) = line_before(last.span.offset as usize)?;
        let dash = prefix.trim_end();
        if !(dash.ends_with('-') && dash[..dash.len() - 1].trim().is_empty()) {
            return None;
        }
        let at = item_end(
            text,
            last.span.offset as usize,
            prefix.len() - prefix.trim_start().len(),
        )?;
        let lines: String = versions
            .iter()
            .map(|&v| format!("{prefix}{}\n", stub(v)))
            .collect();
        return Some((Span::new(version.file, at as u32, 0), lines));
    }
    if event.changelog_key.is_some() {
        return None;
    }
    // `version: N` alone on its line: `changelog:` goes under it, at the key's indentation.
    let (_, before) = line_before(version.offset as usize)?;
    let indent = &before[..before.len() - before.trim_start().len()];
    if before.trim() != "version:" {
        return None;
    }
    let at = line_end(version.end() as usize)?;
    if !text[..at].ends_with('\n') {
        return None;
    }
    let mut lines = format!("{indent}changelog:\n");
    for &v in versions {
        lines.push_str(&format!("{indent}  - {}\n", stub(v)));
    }
    Some((Span::new(version.file, at as u32, 0), lines))
}

fn rename(event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(key) = event.renamed_from_key else {
        return;
    };
    // `tracklint rename` writes a TODO placeholder: it counts as no note until replaced.
    let placeholder = event
        .backfill
        .as_ref()
        .filter(|b| b.value.trim_start().starts_with(TODO));
    let written = event
        .backfill
        .as_ref()
        .is_some_and(|b| !b.value.trim().is_empty());
    if event.renamed_from.is_empty() || (written && placeholder.is_none()) {
        return;
    }
    let old = crate::text::list(event.renamed_from.iter().map(|n| n.value.as_str()));
    let (span, message, help) = match placeholder {
        Some(note) => (
            note.span,
            format!(
                "event \"{}\" was renamed from {old}, but its backfill note still says {TODO}",
                event.name.value
            ),
            "replace the TODO with how data under the old name maps to this event",
        ),
        None => (
            key,
            format!(
                "event \"{}\" was renamed from {old} without a backfill note",
                event.name.value
            ),
            "add `backfill:` saying how data under the old name maps to this event",
        ),
    };
    out.push(RENAME_WITHOUT_BACKFILL.at(span, message).with_help(help));
}
