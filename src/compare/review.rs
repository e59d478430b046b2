//! The lifecycle review queue: CRM-eligible events that need a decision (never approved,
//! approver not allowed, stale approval; against a baseline also newly eligible, changed since
//! approval, approval added or changed, journeys that stop), each with its privacy context.

use crate::catalog::{Catalog, Classification, Event, Status};
use crate::compare::change::{Approval, Change, ChangeKind, Entity, Reason, ReasonKind};
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

/// One reason an event needs a lifecycle decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    NeverApproved,
    UnknownApprover(String),
    Stale {
        approved: u64,
        current: u64,
    },
    NewlyEligible,
    /// The payload or meaning of an approved event changed since the baseline (the changes
    /// are the item's `changes`); `bumped` says whether its version went up.
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
    /// Every code, in the order reports group them.
    pub const CODES: [&'static str; 7] = [
        "never-approved",
        "unknown-approver",
        "stale-approval",
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

/// A personal or sensitive property of an event.
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

/// One event awaiting a decision, with what changed since the baseline (when given).
#[derive(Debug)]
pub struct Item<'a> {
    pub event: &'a Event,
    pub side: Side,
    pub needs: Vec<Need>,
    pub changes: Vec<Reason>,
    pub privacy: Privacy,
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

pub fn pending<'a>(inputs: &Inputs<'a>) -> Vec<Item<'a>> {
    let changes = inputs
        .baseline
        .map(|base| diff::compare(base, inputs.catalog))
        .unwrap_or_default();
    // The change of each event, found by name rather than by a scan per event.
    let mut by_event: FastMap<&str, &Change> = FastMap::default();
    for change in changes.iter().filter(|c| c.entity == Entity::Event) {
        by_event.entry(change.name.as_str()).or_insert(change);
    }
    let on_event = diagnostics_by_event(inputs.catalog, inputs.diagnostics);
    let mut items: Vec<Item<'a>> = inputs
        .catalog
        .events
        .iter()
        .filter(|event| (inputs.in_scope)(event.file))
        .filter_map(|event| {
            let change = by_event.get(event.name.value.as_str()).copied();
            let needs = head_needs(event, inputs, change);
            if needs.is_empty() {
                return None;
            }
            let mut privacy = privacy(inputs.catalog, event);
            privacy.diagnostics = on_event
                .get(event.name.value.as_str())
                .cloned()
                .unwrap_or_default();
            Some(Item {
                event,
                side: Side::Head,
                needs,
                changes: change.map(|c| c.reasons.clone()).unwrap_or_default(),
                privacy,
            })
        })
        .collect();
    if let Some(base) = inputs.baseline {
        items.extend(removed_triggers(base, inputs, &by_event));
    }
    items
}

/// The needs of a head event: its approval, and against a baseline what changed.
fn head_needs(event: &Event, inputs: &Inputs, change: Option<&Change>) -> Vec<Need> {
    let mut needs = Vec::new();
    let before = inputs
        .baseline
        .and_then(|base| base.event(&event.name.value));
    let was_eligible = before.is_some_and(Event::is_crm_eligible);
    if !event.is_crm_eligible() {
        if was_eligible {
            needs.push(Need::StopsFiring(Stop::NoLongerEligible));
        }
        return needs;
    }
    approval_needs(event, inputs.config, &mut needs);
    if inputs.baseline.is_none() {
        return needs;
    }
    if !was_eligible {
        needs.push(Need::NewlyEligible);
    }
    if let Some(stop) = stopping(event).filter(|_| before.is_some_and(|b| stopping(b).is_none())) {
        needs.push(Need::StopsFiring(stop));
    }
    let Some(change) = change.filter(|c| c.kind == ChangeKind::Changed) else {
        return needs;
    };
    let approved_before = before
        .and_then(diff::approval)
        .is_some_and(|a| a.by.is_some());
    if approved_before && change.reasons.iter().any(|r| r.kind.touches_meaning()) {
        let bumped = change.version_after > change.version_before;
        needs.push(Need::ChangedSinceApproval { bumped });
    }
    for reason in &change.reasons {
        if let ReasonKind::ApprovalChanged { from, to } = &reason.kind {
            needs.push(Need::ApprovalChanged {
                from: from.clone(),
                to: to.clone(),
            });
        }
    }
    needs
}

fn approval_needs(event: &Event, config: &Config, needs: &mut Vec<Need>) {
    let Some(crm) = &event.crm else {
        return;
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
}

/// Whether the event's status stops its journeys.
fn stopping(event: &Event) -> Option<Stop> {
    match event.status() {
        Status::Deprecated => Some(Stop::Deprecated),
        Status::Retired => Some(Stop::Retired),
        _ => None,
    }
}

/// CRM events of the baseline that are gone from the head catalog.
fn removed_triggers<'a>(
    base: &'a Catalog,
    inputs: &Inputs<'a>,
    by_event: &FastMap<&str, &Change>,
) -> Vec<Item<'a>> {
    base.events
        .iter()
        .filter(|event| event.is_crm_eligible() && (inputs.in_scope)(event.file))
        .filter_map(|event| {
            let change = by_event.get(event.name.value.as_str())?;
            (change.kind == ChangeKind::Removed).then(|| Item {
                event,
                side: Side::Baseline,
                needs: vec![Need::StopsFiring(Stop::Removed)],
                changes: change.reasons.clone(),
                privacy: privacy(base, event),
            })
        })
        .collect()
}

/// The consent, the personal and sensitive properties, and where the plans send the event.
fn privacy(catalog: &Catalog, event: &Event) -> Privacy {
    let personal = event
        .properties
        .iter()
        .filter_map(|property| {
            let classification = catalog.definition_of(property)?.classification();
            matches!(
                classification,
                Classification::Personal | Classification::Sensitive
            )
            .then(|| PersonalProperty {
                name: property.name.value.clone(),
                classification,
            })
        })
        .collect();
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
