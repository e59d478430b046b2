//! The words for the typed change model (compare/change.rs): one plain-text sentence per
//! reason, shared by `diff`, `review` and the versioning diagnostics. Callers escape it.

use crate::compare::change::{Approval, PropertyChange, Reason, ReasonKind};

pub fn reason_text(reason: &Reason) -> String {
    describe(&reason.kind)
}

pub fn describe(kind: &ReasonKind) -> String {
    match kind {
        ReasonKind::RenamedFrom { old } => format!("renamed from {old}"),
        ReasonKind::RenamedTo { new } => format!("renamed to {new}"),
        ReasonKind::RemovedAfterRetiring { status } => format!("removed after being {status}"),
        ReasonKind::RemovedWithoutDeprecation => "removed without being deprecated first".into(),
        ReasonKind::PropertyRemoved { property } => format!("property {property} removed"),
        ReasonKind::PropertyAdded { property, required } => {
            let which = if *required { "required" } else { "optional" };
            format!("{which} property {property} added")
        }
        ReasonKind::Property {
            property: Some(property),
            change,
        } => format!("property {property}: {}", property_change(change)),
        ReasonKind::Property {
            property: None,
            change,
        } => property_change(change),
        ReasonKind::FieldChanged { field, from, to } => {
            format!(
                "{} changed from {} to {}",
                field.as_str(),
                or_none(from.as_deref()),
                or_none(to.as_deref())
            )
        }
        ReasonKind::VersionChanged { from, to } => format!("version {from} -> {to}"),
        ReasonKind::CrmEligibility { eligible: true } => "now CRM-eligible".into(),
        ReasonKind::CrmEligibility { eligible: false } => "no longer CRM-eligible".into(),
        ReasonKind::ApprovalChanged { from, to } => format!(
            "CRM approval changed from {} to {}",
            approval(from.as_ref()),
            approval(to.as_ref())
        ),
        ReasonKind::DescriptionChanged => "description changed".into(),
        ReasonKind::ClassificationChanged { from, to } => {
            format!("classification changed from {from} to {to}")
        }
        ReasonKind::CatalogPropertyRemoved { .. } => "removed from the catalog".into(),
        ReasonKind::PlanListsEvent { event } => format!("now lists {event}"),
        ReasonKind::PlanDropsEvent { event } => format!("no longer lists {event}"),
        ReasonKind::PlanListChanged { list, from, to } => format!(
            "{} changed from [{}] to [{}]",
            list.as_str(),
            from.join(", "),
            to.join(", ")
        ),
    }
}

fn property_change(change: &PropertyChange) -> String {
    let number = |v: Option<f64>| v.map_or("none".to_owned(), |v| v.to_string());
    match change {
        PropertyChange::TypeChanged { from, to } => format!(
            "type changed from {} to {}",
            or_none(from.as_deref()),
            or_none(to.as_deref())
        ),
        PropertyChange::UnitChanged { from, to } => format!("unit changed from {from} to {to}"),
        PropertyChange::MadeRequired => "optional became required".into(),
        PropertyChange::MadeOptional => "required became optional".into(),
        PropertyChange::EnumNarrowed { removed } => {
            format!("enum value {} removed", removed.join(", "))
        }
        PropertyChange::EnumWidened { added } => format!("enum value {} added", added.join(", ")),
        PropertyChange::EnumIntroduced => "now restricted to an enum".into(),
        PropertyChange::EnumDropped => "enum removed".into(),
        PropertyChange::BoundTightened { bound, from, to } => format!(
            "{} tightened from {} to {}",
            bound.keyword,
            number(*from),
            number(*to)
        ),
        PropertyChange::BoundLoosened { bound, from, to } => format!(
            "{} loosened from {} to {}",
            bound.keyword,
            number(*from),
            number(*to)
        ),
        PropertyChange::PatternChanged { to } => format!("pattern changed to {to}"),
        PropertyChange::PatternRemoved => "pattern removed".into(),
    }
}

fn or_none(value: Option<&str>) -> &str {
    value.unwrap_or("none")
}

/// "lifecycle for v2", "nobody for v1", "none".
pub fn approval(approval: Option<&Approval>) -> String {
    let Some(approval) = approval else {
        return "none".into();
    };
    let by = approval.by.as_deref().unwrap_or("nobody");
    match approval.version {
        Some(version) => format!("{by} for v{version}"),
        None => by.to_owned(),
    }
}
