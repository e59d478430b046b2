//! Compares two catalogs, per event, catalog property and plan, into the typed change model
//! (compare/change.rs): added, removed or changed, with classified reasons (SPEC §4).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::catalog::values::ValueIndex;
use crate::catalog::{Catalog, Constraints, Event, Name, Plan, PropertyDef, PropertyKind, Status};
use crate::compare::change::{
    Approval, Bound, Change, ChangeKind, Entity, EventField, PlanList, PropertyChange, Reason,
    ReasonKind,
};
use crate::syntax::source::Span;
use foldhash::{HashMap as FastMap, HashSet as FastSet};

/// Every change from `base` to `head`: events, then catalog properties, then plans, by name.
pub fn compare(base: &Catalog, head: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    compare_events(base, head, &mut changes);
    compare_properties(base, head, &mut changes);
    compare_plans(base, head, &mut changes);
    changes
}

/// The names on either side, in order.
fn union<'a, T>(
    base: &'a [T],
    head: &'a [T],
    name: impl Fn(&'a T) -> &'a str,
) -> BTreeSet<&'a str> {
    base.iter().chain(head).map(name).collect()
}

fn reason(kind: ReasonKind, head: Option<Span>, base: Option<Span>) -> Reason {
    Reason { kind, head, base }
}

fn compare_events(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let names = union(&base.events, &head.events, |e| e.name.value.as_str());
    let renames = renames(head);
    for name in names {
        match (base.event(name), head.event(name)) {
            (None, Some(after)) => changes.push(Change {
                entity: Entity::Event,
                name: name.to_owned(),
                kind: ChangeKind::Added,
                reasons: renamed_note(after),
                version_before: None,
                version_after: Some(after.version()),
                head: Some(after.name.span),
                base: None,
            }),
            (Some(before), None) => {
                changes.push(removed_event(before, renames.get(name).copied()));
            }
            (Some(before), Some(after)) => {
                let reasons = event_reasons(base, before, head, after);
                if !reasons.is_empty() {
                    changes.push(Change {
                        entity: Entity::Event,
                        name: name.to_owned(),
                        kind: ChangeKind::Changed,
                        reasons,
                        version_before: Some(before.version()),
                        version_after: Some(after.version()),
                        head: Some(after.name.span),
                        base: Some(before.name.span),
                    });
                }
            }
            (None, None) => {}
        }
    }
}

fn renamed_note(event: &Event) -> Vec<Reason> {
    event
        .renamed_from
        .iter()
        .map(|old| {
            let kind = ReasonKind::RenamedFrom {
                old: old.value.clone(),
            };
            reason(kind, Some(old.span), None)
        })
        .collect()
}

/// Old name -> the first head event that names it in its `renamed_from`.
fn renames(head: &Catalog) -> FastMap<&str, &Event> {
    let mut renames = FastMap::default();
    for event in &head.events {
        for old in &event.renamed_from {
            renames.entry(old.value.as_str()).or_insert(event);
        }
    }
    renames
}

/// Removing an event is breaking unless it was deprecated or retired first, or renamed (to
/// `renamed_to`, the head event naming it in `renamed_from`).
fn removed_event(before: &Event, renamed_to: Option<&Event>) -> Change {
    let retired_first = matches!(before.status(), Status::Deprecated | Status::Retired);
    let was = Some(before.name.span);
    let why = match renamed_to {
        Some(new) => {
            let kind = ReasonKind::RenamedTo {
                new: new.name.value.clone(),
            };
            reason(kind, Some(new.name.span), was)
        }
        None if retired_first => {
            let status = before
                .status
                .as_ref()
                .map_or("deprecated", |s| s.value.as_str());
            let kind = ReasonKind::RemovedAfterRetiring {
                status: status.to_owned(),
            };
            reason(kind, None, was)
        }
        None => reason(ReasonKind::RemovedWithoutDeprecation, None, was),
    };
    Change {
        entity: Entity::Event,
        name: before.name.value.clone(),
        kind: ChangeKind::Removed,
        reasons: vec![why],
        version_before: Some(before.version()),
        version_after: None,
        head: None,
        base: Some(before.name.span),
    }
}

/// What a payload property effectively is for one event: the catalog definition with the
/// event's narrowing applied, or the inline definition.
#[derive(Debug, Clone, PartialEq)]
struct Effective<'a> {
    type_: Option<&'a str>,
    unit: Option<&'a str>,
    required: bool,
    keywords: BTreeMap<&'a str, &'a Value>,
    /// The property entry under the event.
    entry: Span,
    /// The `type:` node the type comes from.
    type_span: Option<Span>,
}

fn effective<'a>(catalog: &'a Catalog, event: &'a Event) -> BTreeMap<&'a str, Effective<'a>> {
    event
        .properties
        .iter()
        .map(|property| {
            let (def, narrowing): (Option<&PropertyDef>, Option<&Constraints>) =
                match &property.kind {
                    PropertyKind::Inline(def) => (Some(def), None),
                    PropertyKind::Reference(r) => {
                        (catalog.property(&property.name.value), Some(&r.constraints))
                    }
                };
            let mut keywords: BTreeMap<&str, &Value> = BTreeMap::new();
            for constraints in def.map(|d| &d.constraints).into_iter().chain(narrowing) {
                for keyword in &constraints.keywords {
                    keywords.insert(keyword.name.as_str(), &keyword.value);
                }
            }
            (
                property.name.value.as_str(),
                Effective {
                    type_: def.and_then(PropertyDef::type_name),
                    unit: def.and_then(|d| d.unit.as_ref()).map(|u| u.value.as_str()),
                    required: property.is_required(),
                    keywords,
                    entry: property.name.span,
                    type_span: def.and_then(|d| d.type_.as_ref()).map(|t| t.span),
                },
            )
        })
        .collect()
}

fn event_reasons(base: &Catalog, before: &Event, head: &Catalog, after: &Event) -> Vec<Reason> {
    let old = effective(base, before);
    let new = effective(head, after);
    let mut reasons = Vec::new();
    for (name, was) in &old {
        let Some(now) = new.get(name) else {
            let kind = ReasonKind::PropertyRemoved {
                property: (*name).to_owned(),
            };
            reasons.push(reason(kind, None, Some(was.entry)));
            continue;
        };
        for (change, head) in property_changes(was, now) {
            let kind = ReasonKind::Property {
                property: Some((*name).to_owned()),
                change,
            };
            reasons.push(reason(kind, Some(head), Some(was.entry)));
        }
    }
    for (name, now) in &new {
        if !old.contains_key(name) {
            let kind = ReasonKind::PropertyAdded {
                property: (*name).to_owned(),
                required: now.required,
            };
            reasons.push(reason(kind, Some(now.entry), None));
        }
    }
    descriptive_reasons(before, after, &mut reasons);
    reasons
}

/// Every change from `was` to `now`, each with the head node it concerns. Breaking: type,
/// unit, enum value removed, optional -> required, bounds tightened, pattern changed.
/// Compatible: enum value added, required -> optional, bounds loosened.
fn property_changes(was: &Effective, now: &Effective) -> Vec<(PropertyChange, Span)> {
    let mut changes = Vec::new();
    if was.type_ != now.type_ {
        let change = PropertyChange::TypeChanged {
            from: was.type_.map(str::to_owned),
            to: now.type_.map(str::to_owned),
        };
        changes.push((change, now.type_span.unwrap_or(now.entry)));
    }
    let at_entry = [
        unit_change(was, now),
        required_change(was, now),
        enum_change(was, now, true),
        enum_change(was, now, false),
    ];
    let rest = at_entry
        .into_iter()
        .flatten()
        .chain(bound_changes(was, now))
        .chain(pattern_change(was, now));
    changes.extend(rest.map(|change| (change, now.entry)));
    changes
}

fn unit_change(was: &Effective, now: &Effective) -> Option<PropertyChange> {
    let (Some(from), Some(to)) = (was.unit, now.unit) else {
        return None;
    };
    (from != to).then(|| PropertyChange::UnitChanged {
        from: from.to_owned(),
        to: to.to_owned(),
    })
}

fn required_change(was: &Effective, now: &Effective) -> Option<PropertyChange> {
    match (was.required, now.required) {
        (false, true) => Some(PropertyChange::MadeRequired),
        (true, false) => Some(PropertyChange::MadeOptional),
        _ => None,
    }
}

/// The enum's narrowing (`narrowing`) or its widening: an enum introduced counts as a
/// narrowing, one dropped as a widening.
fn enum_change(was: &Effective, now: &Effective, narrowing: bool) -> Option<PropertyChange> {
    let values = |e: &Effective| -> Option<Vec<Value>> {
        e.keywords.get("enum").and_then(|v| v.as_array()).cloned()
    };
    match (values(was), values(now)) {
        (Some(before), Some(after)) => {
            // Values on one side missing from the other, by hash: two enums of 100,000 values
            // are not compared pairwise.
            let (from, to) = if narrowing {
                (&before, &after)
            } else {
                (&after, &before)
            };
            let kept = ValueIndex::of(to);
            let missing: Vec<String> = from
                .iter()
                .filter(|v| !kept.contains(v))
                .map(Value::to_string)
                .collect();
            match (missing.is_empty(), narrowing) {
                (true, _) => None,
                (false, true) => Some(PropertyChange::EnumNarrowed { removed: missing }),
                (false, false) => Some(PropertyChange::EnumWidened { added: missing }),
            }
        }
        (None, Some(_)) if narrowing => Some(PropertyChange::EnumIntroduced),
        (Some(_), None) if !narrowing => Some(PropertyChange::EnumDropped),
        _ => None,
    }
}

/// The bound keywords, each with the direction that tightens it.
const BOUNDS: [Bound; 8] = [
    Bound {
        keyword: "minimum",
        lower: true,
    },
    Bound {
        keyword: "exclusiveMinimum",
        lower: true,
    },
    Bound {
        keyword: "minLength",
        lower: true,
    },
    Bound {
        keyword: "minItems",
        lower: true,
    },
    Bound {
        keyword: "maximum",
        lower: false,
    },
    Bound {
        keyword: "exclusiveMaximum",
        lower: false,
    },
    Bound {
        keyword: "maxLength",
        lower: false,
    },
    Bound {
        keyword: "maxItems",
        lower: false,
    },
];

fn bound_changes(was: &Effective, now: &Effective) -> Vec<PropertyChange> {
    BOUNDS
        .iter()
        .filter_map(|&bound| {
            let from = was.keywords.get(bound.keyword).and_then(|v| v.as_f64());
            let to = now.keywords.get(bound.keyword).and_then(|v| v.as_f64());
            // Raising a lower bound or lowering an upper one rejects values accepted before.
            let tighter = |old: f64, new: f64| if bound.lower { new > old } else { new < old };
            let tightened = match (from, to) {
                (None, Some(_)) => true,
                (Some(old), Some(new)) if tighter(old, new) => true,
                (Some(_), None) => false,
                (Some(old), Some(new)) if tighter(new, old) => false,
                _ => return None,
            };
            Some(if tightened {
                PropertyChange::BoundTightened { bound, from, to }
            } else {
                PropertyChange::BoundLoosened { bound, from, to }
            })
        })
        .collect()
}

fn pattern_change(was: &Effective, now: &Effective) -> Option<PropertyChange> {
    match (was.keywords.get("pattern"), now.keywords.get("pattern")) {
        (old, Some(new)) if old != Some(new) => Some(PropertyChange::PatternChanged {
            to: new.to_string(),
        }),
        (Some(_), None) => Some(PropertyChange::PatternRemoved),
        _ => None,
    }
}

/// Changes that do not touch the payload: shown in `diff` and `review`, never breaking.
fn descriptive_reasons(before: &Event, after: &Event, reasons: &mut Vec<Reason>) {
    field_reasons(before, after, reasons);
    if before.version() != after.version() {
        let kind = ReasonKind::VersionChanged {
            from: before.version(),
            to: after.version(),
        };
        reasons.push(reason(
            kind,
            after.version.as_ref().map(|v| v.span),
            before.version.as_ref().map(|v| v.span),
        ));
    }
    if before.is_crm_eligible() != after.is_crm_eligible() {
        let kind = ReasonKind::CrmEligibility {
            eligible: after.is_crm_eligible(),
        };
        reasons.push(reason(kind, after.crm.as_ref().map(|c| c.key), None));
    }
    reasons.extend(approval_reason(before, after));
    let text = |n: &Option<Name>| n.as_ref().map(|v| v.value.clone());
    if text(&before.description) != text(&after.description) {
        let head = after.description.as_ref().map(|d| d.span);
        reasons.push(reason(ReasonKind::DescriptionChanged, head, None));
    }
}

/// Status, consent, owner, lifecycle and dedupe key, each compared as one value.
fn field_reasons(before: &Event, after: &Event, reasons: &mut Vec<Reason>) {
    type Field = fn(&Event) -> &Option<Name>;
    const FIELDS: [(EventField, Field); 5] = [
        (EventField::Status, |e| &e.status),
        (EventField::Consent, |e| &e.consent),
        (EventField::Owner, |e| &e.owner),
        (EventField::Lifecycle, |e| &e.lifecycle),
        (EventField::DedupeKey, |e| &e.dedupe_key),
    ];
    let value = |n: &Option<Name>| n.as_ref().map(|v| v.value.clone());
    for (field, get) in FIELDS {
        let (was, now) = (get(before), get(after));
        if value(was) != value(now) {
            let kind = ReasonKind::FieldChanged {
                field,
                from: value(was),
                to: value(now),
            };
            let head = now.as_ref().map_or(after.name.span, |v| v.span);
            reasons.push(reason(kind, Some(head), None));
        }
    }
}

/// Who approved a CRM-eligible event, and for which version.
pub fn approval(event: &Event) -> Option<Approval> {
    let crm = event.crm.as_ref().filter(|_| event.is_crm_eligible())?;
    let by = crm.approved_by.as_ref().map(|b| b.value.clone());
    let version = crm.approved_version.as_ref().map(|v| v.value);
    (by.is_some() || version.is_some()).then_some(Approval { by, version })
}

/// An approval of an eligible event that was added or changed: who typed `approved_by` is
/// what the pull request's reviewer must verify.
fn approval_reason(before: &Event, after: &Event) -> Option<Reason> {
    let (from, to) = (approval(before), approval(after));
    if to.is_none() || from == to {
        return None;
    }
    let crm = after.crm.as_ref()?;
    let head = crm.approved_by.as_ref().map_or(crm.key, |b| b.span);
    Some(reason(
        ReasonKind::ApprovalChanged { from, to },
        Some(head),
        None,
    ))
}

fn compare_properties(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let names = union(&base.properties, &head.properties, |p| {
        p.name.value.as_str()
    });
    // The names head events reference, gathered once if a catalog property was removed.
    let mut referenced: Option<FastSet<&str>> = None;
    for name in names {
        let (kind, reasons, head_span, base_span) = match (base.property(name), head.property(name))
        {
            (None, Some(after)) => (ChangeKind::Added, Vec::new(), Some(after.name.span), None),
            (Some(before), None) => {
                let used = referenced
                    .get_or_insert_with(|| referenced_names(head))
                    .contains(name);
                let kind = ReasonKind::CatalogPropertyRemoved { referenced: used };
                let was = Some(before.name.span);
                (
                    ChangeKind::Removed,
                    vec![reason(kind, None, was)],
                    None,
                    was,
                )
            }
            (Some(before), Some(after)) => {
                let reasons = catalog_property_reasons(before, after);
                if reasons.is_empty() {
                    continue;
                }
                let spans = (Some(after.name.span), Some(before.name.span));
                (ChangeKind::Changed, reasons, spans.0, spans.1)
            }
            (None, None) => continue,
        };
        changes.push(Change {
            entity: Entity::Property,
            name: name.to_owned(),
            kind,
            reasons,
            version_before: None,
            version_after: None,
            head: head_span,
            base: base_span,
        });
    }
}

/// A catalog property compared on its own: its definition, description and classification.
fn catalog_property_reasons(before: &PropertyDef, after: &PropertyDef) -> Vec<Reason> {
    let base = Some(before.type_.as_ref().map_or(before.name.span, |t| t.span));
    let mut reasons: Vec<Reason> =
        property_changes(&catalog_effective(before), &catalog_effective(after))
            .into_iter()
            .map(|(change, head)| {
                let kind = ReasonKind::Property {
                    property: None,
                    change,
                };
                reason(kind, Some(head), base)
            })
            .collect();
    let text = |n: &Option<Name>| n.as_ref().map(|v| v.value.clone());
    if text(&before.description) != text(&after.description) {
        let head = after.description.as_ref().map(|d| d.span);
        reasons.push(reason(ReasonKind::DescriptionChanged, head, None));
    }
    if text(&before.classification) != text(&after.classification) {
        let shown = |n: &Option<Name>| text(n).unwrap_or_else(|| "internal".into());
        let kind = ReasonKind::ClassificationChanged {
            from: shown(&before.classification),
            to: shown(&after.classification),
        };
        let head = after.classification.as_ref().map(|c| c.span);
        reasons.push(reason(kind, head, None));
    }
    reasons
}

/// The property names that head events reference (rather than define inline).
fn referenced_names(head: &Catalog) -> FastSet<&str> {
    head.events
        .iter()
        .flat_map(|e| e.properties.iter())
        .filter(|p| p.reference().is_some())
        .map(|p| p.name.value.as_str())
        .collect()
}

/// A catalog property compared on its own (not as part of an event).
fn catalog_effective(def: &PropertyDef) -> Effective<'_> {
    Effective {
        type_: def.type_name(),
        unit: def.unit.as_ref().map(|u| u.value.as_str()),
        required: false,
        keywords: def
            .constraints
            .keywords
            .iter()
            .map(|k| (k.name.as_str(), &k.value))
            .collect(),
        entry: def.name.span,
        type_span: def.type_.as_ref().map(|t| t.span),
    }
}

fn compare_plans(base: &Catalog, head: &Catalog, changes: &mut Vec<Change>) {
    let ids = union(&base.plans, &head.plans, |p| p.id.value.as_str());
    for id in ids {
        let (kind, reasons, head_span, base_span) = match (base.plan(id), head.plan(id)) {
            (None, Some(after)) => (ChangeKind::Added, Vec::new(), Some(after.id.span), None),
            (Some(before), None) => (ChangeKind::Removed, Vec::new(), None, Some(before.id.span)),
            (Some(before), Some(after)) => {
                let reasons = plan_reasons(before, after);
                if reasons.is_empty() {
                    continue;
                }
                (
                    ChangeKind::Changed,
                    reasons,
                    Some(after.id.span),
                    Some(before.id.span),
                )
            }
            (None, None) => continue,
        };
        changes.push(Change {
            entity: Entity::Plan,
            name: id.to_owned(),
            kind,
            reasons,
            version_before: None,
            version_after: None,
            head: head_span,
            base: base_span,
        });
    }
}

/// Where a plan lists each event (its first entry), to find them by name rather than by a scan.
fn entry_spans(plan: &Plan) -> FastMap<&str, Span> {
    let mut spans = FastMap::default();
    for entry in &plan.events {
        spans
            .entry(entry.name.value.as_str())
            .or_insert(entry.name.span);
    }
    spans
}

fn plan_reasons(before: &Plan, after: &Plan) -> Vec<Reason> {
    let listed = |plan: &Plan| -> BTreeSet<String> {
        plan.events.iter().map(|e| e.name.value.clone()).collect()
    };
    let (old, new) = (listed(before), listed(after));
    let (old_spans, new_spans) = (entry_spans(before), entry_spans(after));
    let mut reasons: Vec<Reason> = new
        .difference(&old)
        .map(|name| {
            let kind = ReasonKind::PlanListsEvent {
                event: name.clone(),
            };
            reason(kind, new_spans.get(name.as_str()).copied(), None)
        })
        .collect();
    reasons.extend(old.difference(&new).map(|name| {
        let kind = ReasonKind::PlanDropsEvent {
            event: name.clone(),
        };
        reason(kind, None, old_spans.get(name.as_str()).copied())
    }));
    let names = |list: &[Name]| -> Vec<String> { list.iter().map(|n| n.value.clone()).collect() };
    let identity = |plan: &Plan| {
        plan.identity
            .as_ref()
            .map_or(Vec::new(), |(_, ids)| names(ids))
    };
    let lists = [
        (
            PlanList::Identity,
            identity(before),
            identity(after),
            after.identity.as_ref().map(|(k, _)| *k),
        ),
        (
            PlanList::Destinations,
            names(&before.destinations),
            names(&after.destinations),
            after.destinations.first().map(|d| d.span),
        ),
    ];
    for (list, from, to, head) in lists {
        if from != to {
            let kind = ReasonKind::PlanListChanged { list, from, to };
            reasons.push(reason(kind, head, None));
        }
    }
    reasons
}
