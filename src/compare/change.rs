//! The typed change model: what changed between two catalogs, as data (never as text), with
//! its classification (SPEC §4). `diff` builds it, versioning rules and `review` read it, and
//! `report/change.rs` is the one place that turns it into words.

use crate::syntax::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entity {
    Event,
    Property,
    Plan,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Event => "event",
            Entity::Property => "property",
            Entity::Plan => "plan",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// How a reason affects consumers of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Impact {
    /// Needs a version bump and a changelog entry (for an event).
    Breaking,
    /// Adds to what consumers may see; old readers keep working.
    Additive,
    /// Documentation, ownership or routing: no payload change.
    Neutral,
}

/// An event field compared as one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    Status,
    Consent,
    Owner,
    Lifecycle,
    DedupeKey,
}

impl EventField {
    pub fn as_str(self) -> &'static str {
        match self {
            EventField::Status => "status",
            EventField::Consent => "consent",
            EventField::Owner => "owner",
            EventField::Lifecycle => "lifecycle",
            EventField::DedupeKey => "dedupe_key",
        }
    }
}

/// A list a plan holds as one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanList {
    Identity,
    Destinations,
}

impl PlanList {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanList::Identity => "identity",
            PlanList::Destinations => "destinations",
        }
    }
}

/// A bound keyword and which way is tighter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub keyword: &'static str,
    /// `minimum`-like keywords tighten upward, `maximum`-like ones downward.
    pub lower: bool,
}

/// One change to a property's definition, as seen by a payload (for an event, the catalog
/// definition with the event's narrowing applied).
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyChange {
    TypeChanged {
        from: Option<String>,
        to: Option<String>,
    },
    UnitChanged {
        from: String,
        to: String,
    },
    MadeRequired,
    MadeOptional,
    /// Values no longer allowed (JSON text of each).
    EnumNarrowed {
        removed: Vec<String>,
    },
    EnumWidened {
        added: Vec<String>,
    },
    EnumIntroduced,
    EnumDropped,
    BoundTightened {
        bound: Bound,
        from: Option<f64>,
        to: Option<f64>,
    },
    BoundLoosened {
        bound: Bound,
        from: Option<f64>,
        to: Option<f64>,
    },
    /// The new pattern (JSON text).
    PatternChanged {
        to: String,
    },
    PatternRemoved,
}

impl PropertyChange {
    pub fn impact(&self) -> Impact {
        match self {
            PropertyChange::TypeChanged { .. }
            | PropertyChange::UnitChanged { .. }
            | PropertyChange::MadeRequired
            | PropertyChange::EnumNarrowed { .. }
            | PropertyChange::EnumIntroduced
            | PropertyChange::BoundTightened { .. }
            | PropertyChange::PatternChanged { .. } => Impact::Breaking,
            PropertyChange::MadeOptional
            | PropertyChange::EnumWidened { .. }
            | PropertyChange::EnumDropped
            | PropertyChange::BoundLoosened { .. }
            | PropertyChange::PatternRemoved => Impact::Additive,
        }
    }
}

/// Why a definition counts as changed. Names are the catalog's (attacker-controlled): the
/// renderers escape them.
#[derive(Debug, Clone, PartialEq)]
pub enum ReasonKind {
    /// An added event names an old one in `renamed_from`.
    RenamedFrom {
        old: String,
    },
    /// A removed event is named in `renamed_from` of this head event.
    RenamedTo {
        new: String,
    },
    /// A removed event had been deprecated or retired first (`status` as written).
    RemovedAfterRetiring {
        status: String,
    },
    RemovedWithoutDeprecation,
    PropertyRemoved {
        property: String,
    },
    PropertyAdded {
        property: String,
        required: bool,
    },
    /// A change to a property's definition: `property` is the event's property, or None when
    /// the change is to a catalog property itself.
    Property {
        property: Option<String>,
        change: PropertyChange,
    },
    FieldChanged {
        field: EventField,
        from: Option<String>,
        to: Option<String>,
    },
    VersionChanged {
        from: u64,
        to: u64,
    },
    CrmEligibility {
        eligible: bool,
    },
    /// `crm.approved_by` or `crm.approved_version` of an eligible event changed.
    ApprovalChanged {
        from: Option<Approval>,
        to: Option<Approval>,
    },
    DescriptionChanged,
    ClassificationChanged {
        from: String,
        to: String,
    },
    /// A catalog property is gone; breaking while head events still reference it.
    CatalogPropertyRemoved {
        referenced: bool,
    },
    PlanListsEvent {
        event: String,
    },
    PlanDropsEvent {
        event: String,
    },
    PlanListChanged {
        list: PlanList,
        from: Vec<String>,
        to: Vec<String>,
    },
}

/// Who approved an event for CRM, and for which version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    pub by: Option<String>,
    pub version: Option<u64>,
}

impl ReasonKind {
    pub fn impact(&self) -> Impact {
        match self {
            ReasonKind::RemovedWithoutDeprecation | ReasonKind::PropertyRemoved { .. } => {
                Impact::Breaking
            }
            ReasonKind::PropertyAdded { required: true, .. } => Impact::Breaking,
            ReasonKind::PropertyAdded {
                required: false, ..
            } => Impact::Additive,
            ReasonKind::Property { change, .. } => change.impact(),
            ReasonKind::CatalogPropertyRemoved { referenced: true } => Impact::Breaking,
            ReasonKind::PlanListsEvent { .. } => Impact::Additive,
            _ => Impact::Neutral,
        }
    }

    pub fn is_breaking(&self) -> bool {
        self.impact() == Impact::Breaking
    }

    /// Whether the reason changes what an event's payload holds or what it means (everything
    /// but ownership, the version number itself and CRM bookkeeping): an approved CRM
    /// trigger changed this way needs its approval looked at again, bumped or not.
    pub fn touches_meaning(&self) -> bool {
        !matches!(
            self,
            ReasonKind::FieldChanged {
                field: EventField::Owner,
                ..
            } | ReasonKind::VersionChanged { .. }
                | ReasonKind::CrmEligibility { .. }
                | ReasonKind::ApprovalChanged { .. }
        )
    }
}

/// One reason a definition changed; `head` is the node in the head catalog it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub kind: ReasonKind,
    pub head: Option<Span>,
    pub base: Option<Span>,
}

impl Reason {
    pub fn breaking(&self) -> bool {
        self.kind.is_breaking()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub entity: Entity,
    pub name: String,
    pub kind: ChangeKind,
    pub reasons: Vec<Reason>,
    pub version_before: Option<u64>,
    pub version_after: Option<u64>,
    pub head: Option<Span>,
    pub base: Option<Span>,
}

impl Change {
    pub fn breaking(&self) -> bool {
        self.reasons.iter().any(Reason::breaking)
    }

    /// A breaking change to an event whose version did not go up.
    pub fn lacks_bump(&self) -> bool {
        self.entity == Entity::Event
            && self.kind == ChangeKind::Changed
            && self.breaking()
            && self.version_after <= self.version_before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_follows_spec_section_4() {
        let property = |change| ReasonKind::Property {
            property: Some("p".into()),
            change,
        };
        let bound = Bound {
            keyword: "minimum",
            lower: true,
        };
        let breaking = [
            ReasonKind::PropertyRemoved {
                property: "p".into(),
            },
            ReasonKind::PropertyAdded {
                property: "p".into(),
                required: true,
            },
            ReasonKind::RemovedWithoutDeprecation,
            property(PropertyChange::MadeRequired),
            property(PropertyChange::EnumNarrowed {
                removed: vec!["\"a\"".into()],
            }),
            property(PropertyChange::BoundTightened {
                bound,
                from: Some(0.0),
                to: Some(1.0),
            }),
            property(PropertyChange::PatternChanged { to: "\"x\"".into() }),
        ];
        assert!(breaking.iter().all(ReasonKind::is_breaking));
        let compatible = [
            ReasonKind::PropertyAdded {
                property: "p".into(),
                required: false,
            },
            property(PropertyChange::MadeOptional),
            property(PropertyChange::EnumWidened {
                added: vec!["\"b\"".into()],
            }),
            ReasonKind::DescriptionChanged,
            ReasonKind::CatalogPropertyRemoved { referenced: false },
        ];
        assert!(compatible.iter().all(|r| !r.is_breaking()));
    }

    #[test]
    fn ownership_and_bookkeeping_do_not_touch_meaning() {
        let owner = ReasonKind::FieldChanged {
            field: EventField::Owner,
            from: Some("a".into()),
            to: Some("b".into()),
        };
        let consent = ReasonKind::FieldChanged {
            field: EventField::Consent,
            from: Some("analytics".into()),
            to: Some("marketing".into()),
        };
        assert!(!owner.touches_meaning());
        assert!(!ReasonKind::VersionChanged { from: 1, to: 2 }.touches_meaning());
        assert!(consent.touches_meaning());
        assert!(ReasonKind::DescriptionChanged.touches_meaning());
    }
}
