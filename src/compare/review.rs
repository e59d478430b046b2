//! The lifecycle review queue (SPEC §4 "Review decisions"): CRM-eligible events that need a
//! decision (never approved, approver not allowed, stale approval, review overdue; against a
//! baseline also newly eligible or touched by the change), and those the change decided
//! itself (approval recorded with it, journeys that stop), each with its privacy context.

use crate::catalog::{Catalog, Classification, Event, Status};
use crate::compare::change::{Change, Class, Diff, Place};
use crate::compare::diff;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::syntax::source::FileId;
use foldhash::HashMap as FastMap;

/// Why a CRM journey would stop firing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Removed,
    Deprecated,
    Retired,
    NoLongerEligible,
}

impl Stop {
    pub fn as_str(self) -> &'static str {
        match self {
            Stop::Removed => "removed",
            Stop::Deprecated => "deprecated",
            Stop::Retired => "retired",
            Stop::NoLongerEligible => "no longer CRM-eligible",
        }
    }
}

/// Who approved an event for CRM, and for which version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    pub by: Option<String>,
    pub version: Option<u64>,
}

/// Who approved a CRM-eligible event, and for which version (None when nobody did).
pub fn approval(event: &Event) -> Option<Approval> {
    let crm = event.crm.as_ref().filter(|_| event.is_crm_eligible())?;
    let by = crm.approved_by.as_ref().map(|b| b.value.clone());
    let version = crm.approved_version.as_ref().map(|v| v.value);
    (by.is_some() || version.is_some()).then_some(Approval { by, version })
}

/// One reason an event is listed for a lifecycle decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    NeverApproved,
    UnknownApprover(String),
    Stale {
        approved: u64,
        current: u64,
    },
    /// `last_reviewed` is older than `review.max_age_days`.
    ReviewOverdue {
        last_reviewed: String,
    },
    NewlyEligible,
    /// A change since the baseline touched the event (the item's `changes`); `bumped` says
    /// whether its version went up.
    ChangedSinceApproval {
        bumped: bool,
    },
    /// `approved_by`/`approved_version` were added or changed in this diff.
    ApprovalChanged {
        from: Option<Approval>,
        to: Option<Approval>,
    },
    /// A CRM event of the baseline will stop firing.
    StopsFiring(Stop),
}

impl Need {
    /// Every code, in the order reports list them.
    pub const CODES: [&'static str; 8] = [
        "never-approved",
        "unknown-approver",
        "stale-approval",
        "review-overdue",
        "newly-eligible",
        "changed-since-approval",
        "approval-changed",
        "stops-firing",
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Need::NeverApproved => "never-approved",
            Need::UnknownApprover(_) => "unknown-approver",
            Need::Stale { .. } => "stale-approval",
            Need::ReviewOverdue { .. } => "review-overdue",
            Need::NewlyEligible => "newly-eligible",
            Need::ChangedSinceApproval { .. } => "changed-since-approval",
            Need::ApprovalChanged { .. } => "approval-changed",
            Need::StopsFiring(_) => "stops-firing",
        }
    }
}

/// Which catalog an item's event comes from: removed events exist only in the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Head,
    Baseline,
}

/// A personal or sensitive property of an event, at any depth (`profile.email`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalProperty {
    pub name: String,
    pub classification: Classification,
}

/// What a reviewer approves along with the trigger: who may be messaged on what data.
#[derive(Debug, Default)]
pub struct Privacy {
    pub consent: Option<String>,
    pub personal: Vec<PersonalProperty>,
    /// Destinations of the plans that list the event, sorted.
    pub destinations: Vec<String>,
    /// `privacy/*` and `governance/*` diagnostics on the event's definition.
    pub diagnostics: Vec<Diagnostic>,
}

/// One CRM event listed for a lifecycle decision (SPEC §4 "Review decisions").
#[derive(Debug)]
pub struct Item<'a> {
    pub event: &'a Event,
    pub side: Side,
    pub needs: Vec<Need>,
    /// The changes since the baseline that touch it.
    pub changes: Vec<Change>,
    pub privacy: Privacy,
    /// Decided in this change: the approval was recorded along with it ("approved in this
    /// change — confirm"), or the event stops being a trigger. Otherwise it is pending.
    pub decided: bool,
    /// Counts for `--fail-on-pending`: a pending decision this change touched or made (every
    /// pending one without a baseline).
    pub blocking: bool,
}

/// What the queue is built from.
pub struct Inputs<'a> {
    pub catalog: &'a Catalog,
    pub config: &'a Config,
    pub baseline: Option<&'a Catalog>,
    /// Diagnostics of the check pipeline on the catalog (configured and suppressed).
    pub diagnostics: &'a [Diagnostic],
    /// Whether a file of the catalog (or of the baseline) is under the PATHs named.
    pub in_scope: &'a dyn Fn(FileId) -> bool,
}

/// The review queue: pending decisions, then those decided in this change.
pub fn queue<'a>(inputs: &Inputs<'a>) -> Vec<Item<'a>> {
    let diff = inputs
        .baseline
        .map(|base| diff::compare(base, inputs.catalog))
        .unwrap_or_default();
    let on_event = diagnostics_by_event(inputs.catalog, inputs.diagnostics);
    let plans_touched = plans_touching_crm(&diff);
    let mut items: Vec<Item<'a>> = inputs
        .catalog
        .events
        .iter()
        .filter(|event| (inputs.in_scope)(event.file))
        .filter_map(|event| {
            let mut item = head_item(event, inputs, &diff, &plans_touched)?;
            item.privacy.diagnostics = on_event
                .get(event.name.value.as_str())
                .cloned()
                .unwrap_or_default();
            Some(item)
        })
        .collect();
    if let Some(base) = inputs.baseline {
        items.extend(removed_triggers(base, inputs, &diff));
    }
    items.sort_by_key(|item| item.decided);
    items
}

/// The plans whose change needs a look at their CRM events (destinations gained or lost
/// `crm`, identity changed): by id.
fn plans_touching_crm(diff: &Diff) -> Vec<&Change> {
    diff.changes
        .iter()
        .filter(|c| c.place == Place::Plan && c.review)
        .collect()
}

/// A head event's item: its approval, and against a baseline what this change did to it.
fn head_item<'a>(
    event: &'a Event,
    inputs: &Inputs<'a>,
    diff: &Diff,
    plans: &[&Change],
) -> Option<Item<'a>> {
    let before = inputs
        .baseline
        .and_then(|base| base.event(&event.name.value));
    let was_eligible = before.is_some_and(Event::is_crm_eligible);
    let item = |needs: Vec<Need>, changes: Vec<Change>, decided: bool, blocking: bool| Item {
        event,
        side: Side::Head,
        needs,
        changes,
        privacy: privacy(inputs.catalog, event),
        decided,
        blocking,
    };
    if !event.is_crm_eligible() {
        // No longer a trigger: decided by this change itself.
        return was_eligible.then(|| {
            item(
                vec![Need::StopsFiring(Stop::NoLongerEligible)],
                Vec::new(),
                true,
                false,
            )
        });
    }
    let approval_needs = self::approval_needs(event, inputs.config);
    let Some(base) = inputs.baseline else {
        return (!approval_needs.is_empty()).then(|| item(approval_needs, Vec::new(), false, true));
    };
    if let Some(stop) = stopping(event).filter(|_| before.is_some_and(|b| stopping(b).is_none())) {
        return Some(item(vec![Need::StopsFiring(stop)], Vec::new(), true, false));
    }
    let touching = touching(event, diff, plans, inputs.catalog, base);
    let (from, to) = (before.and_then(approval), approval(event));
    let approval_updated = to.is_some() && from != to;
    let newly = !was_eligible;
    let mut needs = Vec::new();
    if approval_updated {
        // What the new approval covers: every payload change since the baseline, and what
        // touched the trigger.
        let covered = covered(event, diff, touching);
        if approval_needs.is_empty() {
            // Recorded with the change: for the pull request's reviewer to confirm.
            needs.push(Need::ApprovalChanged { from, to });
            if newly {
                needs.push(Need::NewlyEligible);
            }
            return Some(item(needs, covered, true, false));
        }
        needs.extend(approval_needs);
        if newly {
            needs.push(Need::NewlyEligible);
        }
        needs.push(Need::ApprovalChanged { from, to });
        return Some(item(needs, covered, false, true));
    }
    let was_pending = before
        .is_some_and(|b| b.is_crm_eligible() && !self::approval_needs(b, inputs.config).is_empty());
    let made_pending = !approval_needs.is_empty() && !was_pending;
    needs.extend(approval_needs);
    if newly {
        needs.push(Need::NewlyEligible);
    }
    // A trigger lifecycle had approved, touched without a new approval.
    let was_approved = before.and_then(approval).is_some_and(|a| a.by.is_some());
    if was_approved && !newly && !touching.is_empty() {
        needs.push(Need::ChangedSinceApproval {
            bumped: diff.bumped(&event.name.value),
        });
    }
    let blocking = newly || made_pending || !touching.is_empty();
    (!needs.is_empty()).then(|| item(needs, touching, false, blocking))
}

/// The changes a new approval covers: the touching ones, and every other payload change of
/// the event (compatible ones included), in the diff's order.
fn covered(event: &Event, diff: &Diff, touching: Vec<Change>) -> Vec<Change> {
    let mut covered: Vec<Change> = diff
        .of(Place::Event, &event.name.value)
        .filter(|c| c.class != Class::Neutral && !touching.contains(c))
        .cloned()
        .collect();
    covered.splice(0..0, touching);
    covered
}

/// The changes since the baseline that touch a CRM event (SPEC §4): any breaking one, its
/// consent, a classification, its dedupe key or trigger text (marked `review`), a payload
/// change its version did not own up to, and plan changes of the plans that send it.
fn touching(
    event: &Event,
    diff: &Diff,
    plans: &[&Change],
    head: &Catalog,
    base: &Catalog,
) -> Vec<Change> {
    let name = &event.name.value;
    let bumped = diff.bumped(name);
    let mut found: Vec<Change> = diff
        .of(Place::Event, name)
        .filter(|c| {
            c.breaking()
                || c.review
                || (!bumped && c.class == Class::Compatible && c.pointer.starts_with("/properties"))
        })
        .cloned()
        .collect();
    let sends = |plan: &str| {
        head.plan(plan)
            .or_else(|| base.plan(plan))
            .is_some_and(|p| p.events.iter().any(|e| &e.name.value == name))
    };
    found.extend(
        plans
            .iter()
            .filter(|c| sends(&c.name))
            .map(|c| (*c).clone()),
    );
    found
}

fn approval_needs(event: &Event, config: &Config) -> Vec<Need> {
    let mut needs = Vec::new();
    let Some(crm) = &event.crm else {
        return needs;
    };
    match &crm.approved_by {
        None => needs.push(Need::NeverApproved),
        Some(by) if !config.approvers.contains(&by.value) => {
            needs.push(Need::UnknownApprover(by.value.clone()))
        }
        Some(_) => {
            let approved = crm.approved_version.as_ref().map_or(1, |v| v.value);
            if approved < event.version() {
                needs.push(Need::Stale {
                    approved,
                    current: event.version(),
                });
            }
        }
    }
    if let Some(reviewed) = &event.last_reviewed
        && (config.today - reviewed.value).get_days() > config.max_age_days as i32
    {
        needs.push(Need::ReviewOverdue {
            last_reviewed: reviewed.value.to_string(),
        });
    }
    needs
}

/// Whether the event's status stops its journeys.
fn stopping(event: &Event) -> Option<Stop> {
    match event.status() {
        Status::Deprecated => Some(Stop::Deprecated),
        Status::Retired => Some(Stop::Retired),
        _ => None,
    }
}

/// CRM events of the baseline that are gone from the head catalog: decided by the removal.
fn removed_triggers<'a>(base: &'a Catalog, inputs: &Inputs<'a>, diff: &Diff) -> Vec<Item<'a>> {
    base.events
        .iter()
        .filter(|event| event.is_crm_eligible() && (inputs.in_scope)(event.file))
        .filter(|event| inputs.catalog.event(&event.name.value).is_none())
        .map(|event| Item {
            event,
            side: Side::Baseline,
            needs: vec![Need::StopsFiring(Stop::Removed)],
            changes: diff.of(Place::Event, &event.name.value).cloned().collect(),
            privacy: privacy(base, event),
            decided: true,
            blocking: false,
        })
        .collect()
}

/// The consent, the personal and sensitive properties (at any depth), and where the plans
/// send the event.
fn privacy(catalog: &Catalog, event: &Event) -> Privacy {
    let mut personal = Vec::new();
    for property in &event.properties {
        let Some(def) = catalog.definition_of(property) else {
            continue;
        };
        def.walk(&mut |pointer, nested| {
            let classification = nested.classification();
            if matches!(
                classification,
                Classification::Personal | Classification::Sensitive
            ) {
                personal.push(PersonalProperty {
                    name: crate::catalog::definition::property_path(&property.name.value, pointer),
                    classification,
                });
            }
        });
    }
    let mut destinations: Vec<String> = catalog
        .plans_listing(&event.name.value)
        .flat_map(|(plan, _)| plan.destinations.iter().map(|d| d.value.clone()))
        .collect();
    destinations.sort();
    destinations.dedup();
    Privacy {
        consent: event.consent.as_ref().map(|c| c.value.clone()),
        personal,
        destinations,
        diagnostics: Vec::new(),
    }
}

/// `privacy/*` and `governance/*` diagnostics, by the event whose definition holds them: the
/// event whose name comes last before the diagnostic in the same file.
fn diagnostics_by_event<'a>(
    catalog: &'a Catalog,
    diagnostics: &[Diagnostic],
) -> FastMap<&'a str, Vec<Diagnostic>> {
    let mut starts: FastMap<FileId, Vec<(usize, &str)>> = FastMap::default();
    for event in &catalog.events {
        starts
            .entry(event.file)
            .or_default()
            .push((event.name.span.offset as usize, event.name.value.as_str()));
    }
    for list in starts.values_mut() {
        list.sort_unstable();
    }
    let mut found: FastMap<&str, Vec<Diagnostic>> = FastMap::default();
    let wanted = |rule: &str| rule.starts_with("privacy/") || rule.starts_with("governance/");
    for diagnostic in diagnostics.iter().filter(|d| wanted(&d.rule)) {
        let Some(list) = starts.get(&diagnostic.span.file) else {
            continue;
        };
        let at = diagnostic.span.offset as usize;
        let index = list.partition_point(|&(start, _)| start <= at);
        if let Some(&(_, name)) = index.checked_sub(1).and_then(|i| list.get(i)) {
            found.entry(name).or_default().push(diagnostic.clone());
        }
    }
    found
}
