//! types/*: a property name means one type everywhere, and its constraints fit that type
//! (SPEC §3.4): schema drift is what breaks warehouse columns and CRM traits.

use std::cmp::Ordering;

use super::Context;
use super::words::DURATION_WORDS;
use crate::catalog::values::ValueIndex;
use crate::catalog::{
    Catalog, ConstraintOwner, Constraints, Keyword, Name, Place, PropertyKind, PropertyType, Types,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use foldhash::HashMap as FastMap;

pub static UNSTABLE: Rule = Rule {
    id: "types/unstable",
    severity: Severity::Error,
    summary: "One property name has two different types in the catalog (two inline definitions, \
              or an inline definition redefining a catalog property).",
    why: "A warehouse column or a CRM trait has one type. When `plan_id` is a string in one event \
          and an integer in another, loads fail or values are silently cast and joins break.",
    bad: "properties:\n  quantity: {type: integer, description: Units.}\nevents:\n  cart_product_added:\n    properties:\n      quantity: {type: string, description: Units.}\n",
    good: "\
properties:
  quantity: {type: integer, description: Units.}
events:
  cart_product_added:
    properties:
      quantity: required
",
    fix: Fix::None,
};

pub static NARROWING_CONFLICT: Rule = Rule {
    id: "types/narrowing-conflict",
    severity: Severity::Error,
    summary: "A constraint the property's type cannot have (minimum on a string, pattern on a \
              number, an enum value of another type), or a reference that widens the catalog \
              definition instead of narrowing it.",
    why: "Such a constraint is silently ignored by validators, so the payload check everyone \
          relies on does not happen; a widening reference lets values through that the \
          catalog promises never occur.",
    bad: "properties:\n  plan_tier: {type: string, enum: [free, pro]}\nevents:\n  plan_upgraded:\n    properties:\n      plan_tier: {required: true, minimum: 1}\n",
    good: "\
properties:
  plan_tier: {type: string, enum: [free, pro]}
events:
  plan_upgraded:
    properties:
      plan_tier: {required: true, enum: [pro]}
",
    fix: Fix::None,
};

pub static TIMESTAMP_FORMAT: Rule = Rule {
    id: "types/timestamp-format",
    severity: Severity::Warning,
    summary: "A property named *_at, *_date, *_timestamp or *_time (a point in time such as \
              click_time, not a duration such as load_time) is declared as `string`.",
    why: "As a string, `2026-03-01 10:00` without an offset is accepted, and every consumer \
          guesses the time zone; `type: timestamp` requires RFC 3339 with an explicit offset, \
          so billing-day joins do not slip a day.",
    bad: "properties:\n  trial_ends_at:\n    type: string\n  install_time:\n    type: string\n",
    good: "properties:\n  trial_ends_at:\n    type: timestamp\n  install_time:\n    type: timestamp\n  load_time:\n    type: string\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[&UNSTABLE, &NARROWING_CONFLICT, &TIMESTAMP_FORMAT];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.reports(&UNSTABLE) {
        unstable(cx.catalog, out);
    }
    if cx.reports(&NARROWING_CONFLICT) {
        narrowing(cx.catalog, out);
    }
    if !cx.reports(&TIMESTAMP_FORMAT) {
        return;
    }
    // Names inside nested objects are local (pasted schemas keep their own conventions):
    // the catalog's and events' own properties only.
    for def in super::properties::definitions(cx.catalog) {
        // A calendar date or a time of day (`format: date`, `time`) is rightly a string, not
        // an instant; `format: date-time` already is one.
        let not_an_instant = def
            .constraints
            .get("format")
            .is_some_and(|f| f.value == "date" || f.value == "time" || f.value == "date-time");
        if !not_an_instant {
            timestamp_format(&def.name, def.types.as_ref(), out);
        }
    }
}

/// The first type set seen for each property name (the catalog's first), then every inline
/// definition that disagrees. Names inside nested objects are local: not compared.
fn unstable(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    let mut first: FastMap<&str, &Types> = FastMap::default();
    for def in super::properties::definitions(catalog) {
        let Some(types) = &def.types else {
            continue;
        };
        let earlier = *first.entry(def.name.value.as_str()).or_insert(types);
        if earlier.set != types.set {
            out.push(
                UNSTABLE
                    .at(
                        types.span,
                        format!(
                            "property \"{}\" is {} here but {} elsewhere",
                            def.name.value,
                            with_article(&types.set.describe()),
                            with_article(&earlier.set.describe())
                        ),
                    )
                    .with_span_label("second type")
                    .with_label(
                        earlier.span,
                        format!("declared {} here", earlier.set.describe()),
                    )
                    .with_help(format!(
                        "use one type for \"{}\" everywhere; reference the catalog property instead of redefining it, or pick another name",
                        def.name.value
                    )),
            );
        }
    }
}

fn narrowing(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    catalog.each_definition(|place, def| {
        keyword_fit(&place, def.types.as_ref(), &def.constraints, out);
    });
    // Each catalog enum is indexed once, when a reference first narrows it.
    let mut catalog_enums: FastMap<&str, ValueIndex<()>> = FastMap::default();
    for event in &catalog.events {
        for property in &event.properties {
            let PropertyKind::Reference(reference) = &property.kind else {
                continue;
            };
            let Some(base) = catalog.property(&property.name.value) else {
                continue;
            };
            let place = Place {
                owner: ConstraintOwner::Event {
                    event: &event.name.value,
                    property: &property.name.value,
                },
                pointer: "",
            };
            keyword_fit(&place, base.types.as_ref(), &reference.constraints, out);
            let base_enum = base
                .constraints
                .enum_values()
                .filter(|_| reference.constraints.enum_values().is_some())
                .map(|keyword| {
                    &*catalog_enums
                        .entry(base.name.value.as_str())
                        .or_insert_with(|| ValueIndex::of(keyword.items.iter().map(|i| &i.value)))
                });
            widening(
                &property.name.value,
                &base.constraints,
                base_enum,
                &reference.constraints,
                out,
            );
        }
    }
}

/// Which types a keyword applies to.
fn keyword_types(keyword: &str) -> Option<&'static [PropertyType]> {
    use PropertyType::*;
    match keyword {
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            Some(&[Integer, Number])
        }
        "minLength" | "maxLength" | "pattern" | "format" => Some(&[String, Timestamp]),
        "minItems" | "maxItems" | "uniqueItems" => Some(&[Array]),
        "minProperties" | "maxProperties" => Some(&[Object]),
        _ => None,
    }
}

/// A keyword fits when some type of the set can have it (`minimum` on `[integer, "null"]`);
/// enum and const values must each have a type of the set.
fn keyword_fit(
    place: &Place,
    types: Option<&Types>,
    constraints: &Constraints,
    out: &mut Vec<Diagnostic>,
) {
    let Some(types) = types.filter(|t| t.is_known() && !t.set.is_empty()) else {
        return; // properties/type-unknown reports an unknown type; no type accepts anything
    };
    let set = types.set;
    for keyword in &constraints.keywords {
        if let Some(allowed) = keyword_types(&keyword.name)
            && !allowed.iter().any(|t| set.contains(*t))
        {
            let names: Vec<&str> = allowed.iter().map(|t| t.as_str()).collect();
            out.push(
                NARROWING_CONFLICT
                    .at(
                        keyword.span,
                        format!(
                            "{place} is {}, which cannot have `{}`",
                            with_article(&set.describe()),
                            keyword.name
                        ),
                    )
                    .with_help(format!(
                        "`{}` applies to {} properties; remove it",
                        keyword.name,
                        names.join("/")
                    )),
            );
        }
        if keyword.name == "enum" || keyword.name == "const" {
            for item in &keyword.items {
                if !set.iter().any(|t| t.admits(&item.value)) {
                    out.push(
                        NARROWING_CONFLICT
                            .at(
                                item.span,
                                format!(
                                    "{} in the {} of {place} is not {}",
                                    item.value,
                                    keyword.name,
                                    with_article(&set.describe())
                                ),
                            )
                            .with_help(format!("list only {} values", set.describe())),
                    );
                }
            }
        }
    }
}

/// A reference may only narrow: its enum within the catalog's (`base_values`, the values of
/// `base`'s enum), its bounds inside the catalog's.
fn widening(
    name: &str,
    base: &Constraints,
    base_values: Option<&ValueIndex<()>>,
    narrowed: &Constraints,
    out: &mut Vec<Diagnostic>,
) {
    if let (Some(base_enum), Some(base_values), Some(own)) =
        (base.enum_values(), base_values, narrowed.enum_values())
    {
        for item in &own.items {
            if !base_values.contains(&item.value) {
                out.push(
                    NARROWING_CONFLICT
                        .at(item.span, format!("{} is not in the catalog's enum of property \"{name}\"", item.value))
                        .with_label(base_enum.span, "the catalog's enum")
                        .with_help("a reference may only narrow the enum to a subset; add the value to the catalog property"),
                );
            }
        }
    }
    bound(name, base, narrowed, "minimum", Ordering::Less, out);
    bound(name, base, narrowed, "maximum", Ordering::Greater, out);
}

/// A reference's bound that lies `widens` of the catalog's (below a minimum, above a maximum).
fn bound(
    name: &str,
    base: &Constraints,
    narrowed: &Constraints,
    keyword: &str,
    widens: Ordering,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(base_keyword), Some(own)) = (base.get(keyword), narrowed.get(keyword)) else {
        return;
    };
    let (Some(base_value), Some(own_value)) = (base_keyword.number, own.number) else {
        return;
    };
    if own_value.compare(base_value) == Some(widens) {
        out.push(widening_diagnostic(name, keyword, own, base_keyword));
    }
}

fn widening_diagnostic(name: &str, keyword: &str, own: &Keyword, base: &Keyword) -> Diagnostic {
    NARROWING_CONFLICT
        .at(
            own.span,
            format!(
                "`{keyword}: {}` widens the catalog's `{keyword}: {}` of property \"{name}\"",
                own.value, base.value
            ),
        )
        .with_label(base.span, "the catalog's bound")
        .with_help("a reference may only tighten bounds; change the catalog property instead")
}

fn timestamp_format(name: &Name, types: Option<&Types>, out: &mut Vec<Diagnostic>) {
    let Some(types) = types else {
        return;
    };
    let looks_like_time = ["_at", "_date", "_timestamp"]
        .iter()
        .any(|s| name.value.ends_with(s))
        || is_point_in_time(&name.value);
    let string = types
        .names
        .iter()
        .find(|n| n.value == "string" && !types.set.contains(PropertyType::Timestamp));
    if let (true, Some(string)) = (looks_like_time, string) {
        out.push(
            TIMESTAMP_FORMAT
                .at(string.span, format!("property \"{}\" holds a point in time but is declared as string", name.value))
                .with_help("declare `type: timestamp`, which requires RFC 3339 with an explicit UTC offset"),
        );
    }
}

/// `click_time`, `install_time`: a point in time; not `load_time` or `watch_time`, which are
/// durations.
fn is_point_in_time(name: &str) -> bool {
    let Some(before) = name.strip_suffix("_time") else {
        return false;
    };
    let word = before.rsplit('_').next().unwrap_or(before);
    !word.is_empty() && !DURATION_WORDS.contains(&word)
}

/// "an integer", "a string", "of type [integer, "null"]".
fn with_article(type_name: &str) -> String {
    if type_name.starts_with('[') {
        return format!("of type {type_name}");
    }
    if type_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {type_name}")
    } else {
        format!("a {type_name}")
    }
}
