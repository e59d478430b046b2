//! The typed change model (SPEC §4): every difference between two catalogs as data, never as
//! text. Each change names its place (an event, plan, catalog property or the config), the
//! JSON pointer inside the entity, a named kind, the old and new value, and its class. `diff`
//! builds it (compare/diff.rs), the versioning rules and `review` read it, and
//! `report/change.rs` is the one place that words it.

use serde_json::Value;

use crate::syntax::source::Span;

/// What a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Event,
    /// A catalog property (its change also applies to every event that references it).
    Property,
    Plan,
    Config,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Event => "event",
            Place::Property => "property",
            Place::Plan => "plan",
            Place::Config => "config",
        }
    }
}

/// How a change affects those who read the data (SPEC §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Payloads valid before may now be rejected, or mean something else: needs a version
    /// bump and a changelog entry (for a plan: its source must change).
    Breaking,
    /// Every payload valid before stays valid, as far as it carries only what the old
    /// definition plans (a property added to an open event was unplanned before: `validate`
    /// warned about it, and SPEC §4 counts the addition as compatible).
    Compatible,
    /// Documentation, ownership, routing and bookkeeping: the payload is unchanged.
    Neutral,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Compatible => "compatible",
            Class::Neutral => "neutral",
        }
    }
}

/// A bound keyword, and which way is tighter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub keyword: &'static str,
    /// `minimum`-like keywords tighten upward, `maximum`-like ones downward.
    pub lower: bool,
}

/// Every bound of SPEC §4's table (`uniqueItems` and `multipleOf` are compared on their own).
pub const BOUNDS: [Bound; 10] = [
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
        keyword: "minProperties",
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
    Bound {
        keyword: "maxProperties",
        lower: false,
    },
];

/// A named difference (Confluent's `Difference.Type`, Snowplow's SchemaVer rows): its
/// snake_case name is the json `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    // Entities.
    EventAdded,
    EventRemoved,
    PlanAdded,
    PlanRemoved,
    CatalogPropertyAdded,
    CatalogPropertyRemoved,
    // A property's definition, at any depth.
    PropertyAdded,
    PropertyRemoved,
    MadeRequired,
    MadeOptional,
    TypeAdded,
    TypeRemoved,
    TypeChanged,
    NullAdded,
    NullRemoved,
    TypeNarrowed,
    TypeWidened,
    EnumAdded,
    EnumRemoved,
    EnumValueAdded,
    EnumValueRemoved,
    ConstAdded,
    ConstChanged,
    ConstRemoved,
    PatternAdded,
    PatternChanged,
    PatternRemoved,
    FormatAdded,
    FormatChanged,
    FormatRemoved,
    BoundAdded,
    BoundTightened,
    BoundLoosened,
    BoundRemoved,
    UniqueItemsAdded,
    UniqueItemsRemoved,
    Closed,
    Opened,
    AdditionalPropertiesRestricted,
    AdditionalPropertiesFreed,
    PatternPropertiesAdded,
    PatternPropertiesRemoved,
    PatternPropertyAdded,
    PatternPropertyRemoved,
    PropertyNamesAdded,
    PropertyNamesRemoved,
    ItemsAdded,
    ItemsRemoved,
    BranchesAdded,
    BranchesRemoved,
    BranchAdded,
    BranchRemoved,
    UnitChanged,
    UnitRemoved,
    UnitAdded,
    ClassificationChanged,
    DescriptionChanged,
    OwnerChanged,
    ExamplesChanged,
    AnnotationChanged,
    // An event's own fields.
    ConsentChanged,
    DedupeKeyChanged,
    StatusChanged,
    DeprecationChanged,
    RenamedFromChanged,
    BackfillChanged,
    CrmEligibilityChanged,
    CrmApproverChanged,
    CrmApprovedVersionChanged,
    CrmTriggerChanged,
    VolumeChanged,
    SamplingChanged,
    TagsChanged,
    LifecycleChanged,
    ChangelogChanged,
    LastReviewedChanged,
    VersionChanged,
    // A plan's fields.
    RequiredPropertiesAdded,
    RequiredPropertiesRemoved,
    IdentityChanged,
    DestinationsChanged,
    PlanListsEvent,
    PlanDropsEvent,
    VersionPinChanged,
    SourceChanged,
    // The config.
    ConfigChanged,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        use Kind::*;
        match self {
            EventAdded => "event_added",
            EventRemoved => "event_removed",
            PlanAdded => "plan_added",
            PlanRemoved => "plan_removed",
            CatalogPropertyAdded => "catalog_property_added",
            CatalogPropertyRemoved => "catalog_property_removed",
            PropertyAdded => "property_added",
            PropertyRemoved => "property_removed",
            MadeRequired => "made_required",
            MadeOptional => "made_optional",
            TypeAdded => "type_added",
            TypeRemoved => "type_removed",
            TypeChanged => "type_changed",
            NullAdded => "null_added",
            NullRemoved => "null_removed",
            TypeNarrowed => "type_narrowed",
            TypeWidened => "type_widened",
            EnumAdded => "enum_added",
            EnumRemoved => "enum_removed",
            EnumValueAdded => "enum_value_added",
            EnumValueRemoved => "enum_value_removed",
            ConstAdded => "const_added",
            ConstChanged => "const_changed",
            ConstRemoved => "const_removed",
            PatternAdded => "pattern_added",
            PatternChanged => "pattern_changed",
            PatternRemoved => "pattern_removed",
            FormatAdded => "format_added",
            FormatChanged => "format_changed",
            FormatRemoved => "format_removed",
            BoundAdded => "bound_added",
            BoundTightened => "bound_tightened",
            BoundLoosened => "bound_loosened",
            BoundRemoved => "bound_removed",
            UniqueItemsAdded => "unique_items_added",
            UniqueItemsRemoved => "unique_items_removed",
            Closed => "closed",
            Opened => "opened",
            AdditionalPropertiesRestricted => "additional_properties_restricted",
            AdditionalPropertiesFreed => "additional_properties_freed",
            PatternPropertiesAdded => "pattern_properties_added",
            PatternPropertiesRemoved => "pattern_properties_removed",
            PatternPropertyAdded => "pattern_property_added",
            PatternPropertyRemoved => "pattern_property_removed",
            PropertyNamesAdded => "property_names_added",
            PropertyNamesRemoved => "property_names_removed",
            ItemsAdded => "items_added",
            ItemsRemoved => "items_removed",
            BranchesAdded => "branches_added",
            BranchesRemoved => "branches_removed",
            BranchAdded => "branch_added",
            BranchRemoved => "branch_removed",
            UnitChanged => "unit_changed",
            UnitRemoved => "unit_removed",
            UnitAdded => "unit_added",
            ClassificationChanged => "classification_changed",
            DescriptionChanged => "description_changed",
            OwnerChanged => "owner_changed",
            ExamplesChanged => "examples_changed",
            AnnotationChanged => "annotation_changed",
            ConsentChanged => "consent_changed",
            DedupeKeyChanged => "dedupe_key_changed",
            StatusChanged => "status_changed",
            DeprecationChanged => "deprecation_changed",
            RenamedFromChanged => "renamed_from_changed",
            BackfillChanged => "backfill_changed",
            CrmEligibilityChanged => "crm_eligibility_changed",
            CrmApproverChanged => "crm_approver_changed",
            CrmApprovedVersionChanged => "crm_approved_version_changed",
            CrmTriggerChanged => "crm_trigger_changed",
            VolumeChanged => "volume_changed",
            SamplingChanged => "sampling_changed",
            TagsChanged => "tags_changed",
            LifecycleChanged => "lifecycle_changed",
            ChangelogChanged => "changelog_changed",
            LastReviewedChanged => "last_reviewed_changed",
            VersionChanged => "version_changed",
            RequiredPropertiesAdded => "required_properties_added",
            RequiredPropertiesRemoved => "required_properties_removed",
            IdentityChanged => "identity_changed",
            DestinationsChanged => "destinations_changed",
            PlanListsEvent => "plan_lists_event",
            PlanDropsEvent => "plan_drops_event",
            VersionPinChanged => "version_pin_changed",
            SourceChanged => "source_changed",
            ConfigChanged => "config_changed",
        }
    }

    /// Whether the change is to what the type of a property is (`versioning/type-changed`
    /// reports these when breaking; adding `"null"` is not one of them).
    pub fn is_type(self) -> bool {
        matches!(
            self,
            Kind::TypeAdded | Kind::TypeChanged | Kind::NullRemoved | Kind::TypeNarrowed
        )
    }

    /// Whether the change is to CRM bookkeeping (who approved, for which version), which a
    /// change that also updates the approval decides.
    pub fn is_approval(self) -> bool {
        matches!(
            self,
            Kind::CrmApproverChanged | Kind::CrmApprovedVersionChanged
        )
    }
}

/// One difference between two catalogs.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub place: Place,
    /// The event, plan, catalog property or config key.
    pub name: String,
    /// RFC 6901, relative to the named entity (`/properties/products/items/properties/sku`);
    /// empty for the entity itself.
    pub pointer: String,
    pub kind: Kind,
    pub old: Option<Value>,
    pub new: Option<Value>,
    pub class: Class,
    /// A CRM-eligible event this touches needs a lifecycle decision (consent, classification,
    /// dedupe key, trigger text, a plan's destinations or identity).
    pub review: bool,
    /// Why the class is what it is, when it is not the row's default ("already implied: every
    /// enum value is at most 5 characters").
    pub because: Option<String>,
    /// The node in the head catalog it concerns, and in the baseline.
    pub head: Option<Span>,
    pub base: Option<Span>,
}

impl Change {
    pub fn breaking(&self) -> bool {
        self.class == Class::Breaking
    }
}

/// An event's version on either side (for `lacks_bump` and the headlines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versions {
    pub before: Option<u64>,
    pub after: Option<u64>,
}

/// Every change between two catalogs, in a stable order (config, events, catalog
/// properties, plans, each by name, then by the order the fields are compared in).
#[derive(Debug, Default)]
pub struct Diff {
    pub changes: Vec<Change>,
    /// Each event present on either side, with its versions.
    pub versions: std::collections::BTreeMap<String, Versions>,
}

impl Diff {
    /// The changes of one entity.
    pub fn of<'a>(&'a self, place: Place, name: &'a str) -> impl Iterator<Item = &'a Change> {
        self.changes
            .iter()
            .filter(move |c| c.place == place && c.name == name)
    }

    /// Whether an event changed in a breaking way without its version going up.
    pub fn lacks_bump(&self, event: &str) -> bool {
        let Some(versions) = self.versions.get(event) else {
            return false;
        };
        let (Some(before), Some(after)) = (versions.before, versions.after) else {
            return false;
        };
        after <= before && self.of(Place::Event, event).any(Change::breaking)
    }

    /// Whether the event's version went up.
    pub fn bumped(&self, event: &str) -> bool {
        self.versions
            .get(event)
            .is_some_and(|v| matches!((v.before, v.after), (Some(b), Some(a)) if a > b))
    }

    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.breaking()).count()
    }
}
