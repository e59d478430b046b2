//! The words for the typed change model (compare/change.rs): one plain-text sentence per
//! change (its `Display`), shared by `diff`, `review` and the versioning diagnostics, which
//! all sit above this layer. Callers escape it for their format.

use std::fmt;

use serde_json::Value;

use crate::catalog::definition::subject;
use crate::compare::change::{Change, Class, Kind};

/// The sentence for a change, with why its class is not the row's default when it is not.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sentence = sentence(self);
        match &self.because {
            Some(because) => write!(f, "{sentence} ({because})"),
            None => f.write_str(&sentence),
        }
    }
}

fn sentence(change: &Change) -> String {
    use Kind::*;
    let (subject, _) = subject(&change.pointer);
    let of = |what: &str| match &subject {
        Some(path) => format!("property {path}: {what}"),
        None => what.to_owned(),
    };
    let (old, new) = (shown(change.old.as_ref()), shown(change.new.as_ref()));
    match change.kind {
        EventAdded => match &change.old {
            Some(Value::Array(names)) if !names.is_empty() => {
                format!("added, renamed from {}", list(names))
            }
            _ => "added".into(),
        },
        EventRemoved => match (&change.new, change.class) {
            (Some(new), _) => format!("removed, renamed to {}", shown(Some(new))),
            (None, Class::Breaking) => "removed without being deprecated first".into(),
            (None, _) => "removed".into(),
        },
        PlanAdded | CatalogPropertyAdded => "added".into(),
        PlanRemoved | CatalogPropertyRemoved => "removed".into(),
        PropertyAdded => {
            let required = change.class == Class::Breaking;
            let which = if required { "required" } else { "optional" };
            format!("{which} property {} added", subject.unwrap_or(new))
        }
        PropertyRemoved => format!("property {} removed", subject.unwrap_or(old)),
        MadeRequired => format!(
            "property {}: optional became required",
            subject.unwrap_or(new)
        ),
        MadeOptional => format!(
            "property {}: required became optional",
            subject.unwrap_or(old)
        ),
        TypeAdded => of(&format!("type {new} added")),
        TypeRemoved => of(&format!("type {old} removed: any type is accepted")),
        TypeChanged | TypeNarrowed | TypeWidened => {
            of(&format!("type changed from {old} to {new}"))
        }
        NullAdded => of(&format!("now nullable ({old} became {new})")),
        NullRemoved => of(&format!("no longer nullable ({old} became {new})")),
        EnumAdded => of(&format!("now restricted to the enum {new}")),
        EnumRemoved => of("enum removed"),
        EnumValueAdded => of(&format!("enum value {} added", values(change.new.as_ref()))),
        EnumValueRemoved => of(&format!(
            "enum value {} removed",
            values(change.old.as_ref())
        )),
        ConstAdded => of(&format!("const {new} added")),
        ConstChanged => of(&format!("const changed from {old} to {new}")),
        ConstRemoved => of("const removed"),
        PatternAdded => of(&format!("pattern {new} added")),
        PatternChanged => of(&format!("pattern changed from {old} to {new}")),
        PatternRemoved => of("pattern removed"),
        FormatAdded => of(&format!("format {new} added")),
        FormatChanged => of(&format!("format changed from {old} to {new}")),
        FormatRemoved => of(&format!("format {old} removed")),
        BoundAdded => of(&format!("{} {new} added", keyword(&change.pointer))),
        BoundTightened => of(&format!(
            "{} tightened from {old} to {new}",
            keyword(&change.pointer)
        )),
        BoundLoosened => of(&format!(
            "{} loosened from {old} to {new}",
            keyword(&change.pointer)
        )),
        BoundRemoved => of(&format!("{} {old} removed", keyword(&change.pointer))),
        UniqueItemsAdded => of("items must now be unique"),
        UniqueItemsRemoved => of("items no longer need to be unique"),
        Closed if subject.is_none() => {
            "closed: properties it does not list are now rejected".into()
        }
        Closed => of("closed to properties it does not list"),
        Opened if subject.is_none() => "opened: properties it does not list are accepted".into(),
        Opened => of("open to properties it does not list"),
        AdditionalPropertiesRestricted => of("unlisted properties must now match a schema"),
        AdditionalPropertiesFreed => of("unlisted properties are no longer restricted"),
        PatternPropertiesAdded => of("patternProperties added"),
        PatternPropertiesRemoved => of("patternProperties removed"),
        PatternPropertyAdded => of(&format!("patternProperties {new} added")),
        PatternPropertyRemoved => of(&format!("patternProperties {old} removed")),
        PropertyNamesAdded => of("propertyNames added"),
        PropertyNamesRemoved => of("propertyNames removed"),
        ItemsAdded => of("items definition added"),
        ItemsRemoved => of("items definition removed"),
        BranchesAdded => of(&format!("{} added", keyword(&change.pointer))),
        BranchesRemoved => of(&format!("{} removed", keyword(&change.pointer))),
        BranchAdded => of(&format!(
            "a {} branch added",
            branch_keyword(&change.pointer)
        )),
        BranchRemoved => of(&format!(
            "a {} branch removed",
            branch_keyword(&change.pointer)
        )),
        UnitChanged => of(&format!("unit changed from {old} to {new}")),
        UnitRemoved => of(&format!("unit {old} removed")),
        UnitAdded => of(&format!("unit {new} added")),
        ClassificationChanged => of(&format!("classification changed from {old} to {new}")),
        DescriptionChanged => of("description changed"),
        OwnerChanged => of(&format!("owner changed from {old} to {new}")),
        ExamplesChanged => of("examples changed"),
        AnnotationChanged => of(&format!("{} changed", keyword(&change.pointer))),
        ConsentChanged => format!("consent changed from {old} to {new}"),
        DedupeKeyChanged => format!("dedupe_key changed from {old} to {new}"),
        StatusChanged => format!("status changed from {old} to {new}"),
        DeprecationChanged => format!(
            "deprecated.{} changed from {old} to {new}",
            keyword(&change.pointer)
        ),
        RenamedFromChanged => format!("renamed_from changed from {old} to {new}"),
        BackfillChanged => "backfill note changed".into(),
        CrmEligibilityChanged => match change.new {
            Some(Value::Bool(true)) => "now CRM-eligible".into(),
            _ => "no longer CRM-eligible".into(),
        },
        CrmApproverChanged => format!("CRM approver changed from {old} to {new}"),
        CrmApprovedVersionChanged => format!("CRM approved version changed from {old} to {new}"),
        CrmTriggerChanged => format!("CRM trigger changed from {old} to {new}"),
        VolumeChanged => format!("volume band changed from {old} to {new}"),
        SamplingChanged => format!("sampling changed from {old} to {new}"),
        TagsChanged => format!("tags changed from {old} to {new}"),
        LifecycleChanged => format!("lifecycle changed from {old} to {new}"),
        ChangelogChanged => "changelog changed".into(),
        LastReviewedChanged => format!("last_reviewed changed from {old} to {new}"),
        VersionChanged => format!("version {old} -> {new}"),
        RequiredPropertiesAdded => format!("now requires {}", values(change.new.as_ref())),
        RequiredPropertiesRemoved => format!("no longer requires {}", values(change.old.as_ref())),
        IdentityChanged => format!("identity changed from {old} to {new}"),
        DestinationsChanged => format!("destinations changed from {old} to {new}"),
        PlanListsEvent => format!("now lists {new}"),
        PlanDropsEvent => format!("no longer lists {old}"),
        VersionPinChanged => format!(
            "pin of {} changed from {old} to {new}",
            subject_event(&change.pointer)
        ),
        SourceChanged => format!(
            "source.{} changed from {old} to {new}",
            keyword(&change.pointer)
        ),
        ConfigChanged => format!("{} changed from {old} to {new}", change.name),
    }
}

fn keyword(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
}

fn branch_keyword(pointer: &str) -> String {
    pointer.rsplit('/').nth(1).unwrap_or_default().to_owned()
}

/// The event a plan pointer (`/events/NAME/version`) names.
fn subject_event(pointer: &str) -> String {
    pointer
        .split('/')
        .nth(2)
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
}

/// A value in a sentence: strings as they are, numbers exactly, lists and objects as JSON,
/// none as "none".
fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "none".into(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) => format!("[{}]", list(items)),
        Some(other) => other.to_string(),
    }
}

fn list(items: &[Value]) -> String {
    items
        .iter()
        .map(|v| shown(Some(v)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Enum values and the like: each as JSON (strings quoted), so `"1"` and `1` differ.
fn values(value: Option<&Value>) -> String {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
        None => "none".into(),
    }
}

/// "lifecycle for v2", "nobody for v1", "none".
pub fn approval(by: Option<&str>, version: Option<u64>) -> String {
    if by.is_none() && version.is_none() {
        return "none".into();
    }
    let by = by.unwrap_or("nobody");
    match version {
        Some(version) => format!("{by} for v{version}"),
        None => by.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_read_as_property_paths() {
        assert_eq!(
            subject("/properties/products/items/properties/sku/maximum"),
            (Some("products[].sku".into()), Some("maximum".into()))
        );
        assert_eq!(
            subject("/properties/a~1b/type"),
            (Some("a/b".into()), Some("type".into()))
        );
        assert_eq!(subject("/consent"), (None, Some("consent".into())));
        assert_eq!(
            subject("/properties/x/oneOf/1/properties/y"),
            (Some("x(oneOf 1).y".into()), None)
        );
        assert_eq!(subject(""), (None, None));
    }
}
