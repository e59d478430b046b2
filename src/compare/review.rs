//! The lifecycle review queue: CRM-eligible events that need a decision (never approved,
//! approved by someone not allowed to, approved for an older version, newly eligible).

use crate::catalog::{Catalog, Event};
use crate::compare::change::{Change, ChangeKind, Entity, Reason};
use crate::compare::diff;
use crate::config::Config;
use foldhash::HashMap as FastMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    NeverApproved,
    UnknownApprover(String),
    Stale { approved: u64, current: u64 },
    NewlyEligible,
}

impl Need {
    pub fn code(&self) -> &'static str {
        match self {
            Need::NeverApproved => "never-approved",
            Need::UnknownApprover(_) => "unknown-approver",
            Need::Stale { .. } => "stale-approval",
            Need::NewlyEligible => "newly-eligible",
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Need::NeverApproved => "never approved".into(),
            Need::UnknownApprover(who) => {
                format!("approved by \"{who}\", who is not in crm.approvers")
            }
            Need::Stale { approved, current } => {
                format!("approved for version {approved}, now at version {current}")
            }
            Need::NewlyEligible => "newly CRM-eligible".into(),
        }
    }
}

/// One event awaiting a decision, with what changed since the baseline (when given).
#[derive(Debug)]
pub struct Item<'a> {
    pub event: &'a Event,
    pub needs: Vec<Need>,
    pub changes: Vec<Reason>,
}

pub fn pending<'a>(
    catalog: &'a Catalog,
    config: &Config,
    baseline: Option<&Catalog>,
) -> Vec<Item<'a>> {
    let changes = baseline
        .map(|base| diff::compare(base, catalog))
        .unwrap_or_default();
    // The change of each event, found by name rather than by a scan per event.
    let mut changed_events: FastMap<&str, &Change> = FastMap::default();
    for change in &changes {
        if change.entity == Entity::Event && change.kind == ChangeKind::Changed {
            changed_events.entry(change.name.as_str()).or_insert(change);
        }
    }
    catalog
        .events
        .iter()
        .filter(|event| event.is_crm_eligible())
        .filter_map(|event| {
            let needs = needs(event, config, baseline);
            if needs.is_empty() {
                return None;
            }
            let changed = changed_events
                .get(event.name.value.as_str())
                .map(|c| c.reasons.clone())
                .unwrap_or_default();
            Some(Item {
                event,
                needs,
                changes: changed,
            })
        })
        .collect()
}

fn needs(event: &Event, config: &Config, baseline: Option<&Catalog>) -> Vec<Need> {
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
    if let Some(base) = baseline {
        let was_eligible = base
            .event(&event.name.value)
            .is_some_and(Event::is_crm_eligible);
        if !was_eligible {
            needs.push(Need::NewlyEligible);
        }
    }
    needs
}
