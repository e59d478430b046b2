//! properties/*: every event carries what analysis needs, and every property is defined well
//! enough to be trusted (SPEC §3.3).

use std::collections::HashSet;

use indexmap::IndexMap;

use super::Context;
use crate::catalog::values::ValueIndex;
use crate::catalog::{
    Catalog, Constraints, Event, Place, PropertyDef, PropertyType, PropertyUse, Status,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::syntax::source::Span;

pub static REQUIRED_MISSING: Rule = Rule {
    id: "properties/required-missing",
    severity: Severity::Error,
    summary: "An active event lacks a property that `properties.required` in tracklint.yaml or a \
              plan's `required_properties` demands, or has it only as optional.",
    why: "Segmenting by plan tier or joining on account id only works when every event carries \
          them. One event without the property drops out of every breakdown that uses it.",
    bad: "\
# file: tracklint.yaml
properties: {required: [plan_tier]}
# file: dictionary.yaml
properties:
  plan_tier: {type: string, enum: [free, pro]}
events:
  report_exported:
    properties:
      report_id: {type: string, required: true}
",
    good: "\
# file: dictionary.yaml
properties:
  plan_tier: {type: string, enum: [free, pro]}
events:
  report_exported:
    properties:
      report_id: {type: string, required: true}
      plan_tier: required
",
    fix: Fix::None,
};

pub static CURRENCY_WITH_AMOUNT: Rule = Rule {
    id: "properties/currency-with-amount",
    severity: Severity::Error,
    summary: "An event with a money property (revenue, price, amount, total, subtotal, tax, \
              shipping, discount, *_revenue, *_price, *_amount, *_total) lacks a required \
              currency (`currency`, `currency_code` or `*_currency`).",
    why: "An amount without its currency cannot be summed: 100 JPY and 100 USD become one \
          revenue number, and the revenue dashboard is wrong by orders of magnitude.",
    bad: "\
events:
  order_completed:
    properties:
      total: {type: number, minimum: 0, required: true}
  refund_issued:
    properties:
      refund_amount: {type: number, required: true}
      refund_currency: {type: string}
",
    good: "\
events:
  order_completed:
    properties:
      total: {type: number, minimum: 0, required: true}
      currency: {type: string, pattern: \"^[A-Z]{3}$\", required: true}
  refund_issued:
    properties:
      refund_amount: {type: number, required: true}
      refund_currency: {type: string, required: true}
",
    fix: Fix::None,
};

pub static DESCRIPTION_MISSING: Rule = Rule {
    id: "properties/description-missing",
    severity: Severity::Warning,
    summary: "An event or a property definition has no description.",
    why: "The dictionary is how a new analyst or a lifecycle marketer learns what an event \
          means; a name alone invites guesses, and guesses become wrong metrics.",
    bad: "properties:\n  plan_tier:\n    type: string\n",
    good: "properties:\n  plan_tier:\n    type: string\n    description: Billing plan of the account when the event happened.\n",
    fix: Fix::None,
};

pub static ENUM_EMPTY: Rule = Rule {
    id: "properties/enum-empty",
    severity: Severity::Error,
    summary: "A property has `enum: []`, which no value can satisfy.",
    why: "An empty enum rejects every payload: validation fails for all traffic, or the \
          property is silently dropped downstream.",
    bad: "properties:\n  plan_tier:\n    type: string\n    enum: []\n",
    good: "properties:\n  plan_tier:\n    type: string\n    enum: [free, pro, enterprise]\n",
    fix: Fix::None,
};

pub static ENUM_DUPLICATE: Rule = Rule {
    id: "properties/enum-duplicate",
    severity: Severity::Error,
    summary: "A value appears twice in one enum.",
    why: "A repeated value is usually a typo for a missing one (`pro, pro` where `premium` was \
          meant), and generated code and docs show it twice.",
    bad: "properties:\n  plan_tier:\n    type: string\n    enum: [free, pro, pro]\n",
    good: "properties:\n  plan_tier:\n    type: string\n    enum: [free, pro, enterprise]\n",
    fix: Fix::None,
};

pub static UNUSED: Rule = Rule {
    id: "properties/unused",
    severity: Severity::Warning,
    summary: "A catalog property that no event, plan or config references.",
    why: "Dead definitions are noise that slows everyone down: readers cannot tell which \
          properties are real, and stale types mislead whoever reuses the name.",
    bad: "properties:\n  legacy_segment:\n    type: string\n    description: Old segmentation.\n",
    good: "\
properties:
  legacy_segment:
    type: string
    description: Old segmentation.
events:
  audience_segmented:   # reference it from the events that send it, or delete it
    properties: {legacy_segment: required}
",
    fix: Fix::None,
};

pub static TYPE_UNKNOWN: Rule = Rule {
    id: "properties/type-unknown",
    severity: Severity::Error,
    summary: "A property's `type` is not one of string, integer, number, boolean, timestamp, \
              object, array.",
    why: "An unknown type cannot be validated, exported as JSON Schema or mapped to a warehouse \
          column, so the property is effectively untyped.",
    bad: "properties:\n  revenue:\n    type: float\n",
    good: "properties:\n  revenue:\n    type: number\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &REQUIRED_MISSING,
    &CURRENCY_WITH_AMOUNT,
    &DESCRIPTION_MISSING,
    &ENUM_EMPTY,
    &ENUM_DUPLICATE,
    &UNUSED,
    &TYPE_UNKNOWN,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let on = |rule: &Rule| cx.reports(rule);
    for event in &cx.catalog.events {
        if on(&REQUIRED_MISSING) {
            required_missing(cx, event, out);
        }
        if on(&CURRENCY_WITH_AMOUNT) {
            currency_with_amount(event, out);
        }
    }
    if on(&DESCRIPTION_MISSING) {
        descriptions(cx.catalog, out);
    }
    if on(&ENUM_EMPTY) || on(&ENUM_DUPLICATE) {
        cx.catalog
            .each_constraints(|place, constraints| enums(&place, constraints, out));
    }
    if on(&UNUSED) {
        unused(cx, out);
    }
    if on(&TYPE_UNKNOWN) {
        cx.catalog
            .each_definition(|place, def| type_unknown(&place, def, out));
    }
}

/// Who demands a property of an event: the config, or a plan that lists the event.
#[derive(Clone, Copy)]
enum Demand<'a> {
    Config(Span),
    Plan(&'a str, Span),
}

impl Demand<'_> {
    fn who(&self) -> String {
        match self {
            Demand::Config(_) => "tracklint.yaml properties.required".to_owned(),
            Demand::Plan(id, _) => format!("plan \"{id}\""),
        }
    }

    fn span(&self) -> Span {
        match self {
            Demand::Config(span) | Demand::Plan(_, span) => *span,
        }
    }
}

fn required_missing(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    if !event.is_active() {
        return;
    }
    let config = cx
        .config
        .required_properties
        .iter()
        .map(|name| (name.value.as_str(), Demand::Config(name.span)));
    let plans = cx
        .catalog
        .plans_listing(&event.name.value)
        .flat_map(|(plan, _)| {
            plan.required_properties
                .iter()
                .map(|name| (name.value.as_str(), Demand::Plan(&plan.id.value, name.span)))
        });
    // Most events satisfy every demand: look for a failing one before grouping anything.
    let failing = |name: &str| {
        // An unknown name is reported once, by structure/unknown-property, not per event.
        // A requiredness the schema rejected (`requird`) is the schema error's to report.
        cx.catalog.property(name).is_some()
            && event
                .property(name)
                .is_none_or(|p| !p.is_required() && !p.required_invalid)
    };
    let demanded: Vec<(&str, Demand)> = config.chain(plans).collect();
    if !demanded.iter().any(|&(name, _)| failing(name)) {
        return;
    }
    // Every demand of a name, in the order names are first demanded (one diagnostic each).
    let mut by_name: IndexMap<&str, Vec<Demand>, foldhash::fast::RandomState> = IndexMap::default();
    for &(name, demand) in &demanded {
        by_name.entry(name).or_default().push(demand);
    }
    for (name, demands) in by_name {
        if !failing(name) {
            continue;
        }
        let whos: Vec<String> = demands.iter().map(Demand::who).collect();
        let by = crate::text::list(whos.iter().map(String::as_str));
        let diagnostic = match event.property(name) {
            None => REQUIRED_MISSING
                .at(
                    event.name.span,
                    format!(
                        "event \"{}\" lacks required property \"{name}\" (required by {by})",
                        event.name.value
                    ),
                )
                .with_help(format!("add `{name}: required` to the event's properties")),
            Some(property) => REQUIRED_MISSING
                .at(
                    property.name.span,
                    format!(
                        "property \"{name}\" of event \"{}\" must be required (required by {by})",
                        event.name.value
                    ),
                )
                .with_help(format!("make it `{name}: required`")),
        };
        let diagnostic = demands.iter().fold(diagnostic, |d, demand| {
            d.with_label(demand.span(), format!("required by {}", demand.who()))
        });
        out.push(diagnostic);
    }
}

fn currency_with_amount(event: &Event, out: &mut Vec<Diagnostic>) {
    if event.status() == Status::Retired {
        return;
    }
    let Some(money) = event
        .properties
        .iter()
        .find(|p| Catalog::is_money_property(&p.name.value))
    else {
        return;
    };
    match currency_of(event, &money.name.value) {
        None => out.push(
            CURRENCY_WITH_AMOUNT
                .at(
                    event.name.span,
                    format!(
                        "event \"{}\" has the money property \"{}\" but no currency",
                        event.name.value, money.name.value
                    ),
                )
                .with_label(money.name.span, "money property")
                .with_help("add `currency: required` (an ISO 4217 code) next to the amount"),
        ),
        Some(currency) if !currency.is_required() => out.push(
            CURRENCY_WITH_AMOUNT
                .at(
                    currency.name.span,
                    format!(
                        "currency of event \"{}\" must be required: it carries the money property \"{}\"",
                        event.name.value, money.name.value
                    ),
                )
                .with_label(money.name.span, "money property")
                .with_help(format!("make it `{}: required`", currency.name.value)),
        ),
        Some(_) => {}
    }
}

/// The property that gives the currency of `money`: a required one named for it
/// (`cost_currency` for `cost_amount`), `currency`, `currency_code` or any `*_currency`; else
/// the best of those that are optional (to report), or nothing.
fn currency_of<'e>(event: &'e Event, money: &str) -> Option<&'e PropertyUse> {
    let own = money
        .rsplit_once('_')
        .map(|(prefix, _)| format!("{prefix}_currency"));
    let rank = |name: &str| {
        if own.as_deref() == Some(name) {
            0
        } else if name == "currency" || name == "currency_code" {
            1
        } else {
            2
        }
    };
    event
        .properties
        .iter()
        .filter(|p| is_currency_property(&p.name.value))
        .min_by_key(|p| (!p.is_required(), rank(&p.name.value)))
}

/// `currency`, `currency_code`, `cost_currency`, `order_currency_code`: an ISO 4217 code
/// under the names real catalogs give it.
fn is_currency_property(name: &str) -> bool {
    let name = name.strip_suffix("_code").unwrap_or(name);
    name == "currency" || name.ends_with("_currency")
}

fn descriptions(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    for event in &catalog.events {
        if event.status() != Status::Retired && is_blank(event.description.as_ref()) {
            out.push(
                DESCRIPTION_MISSING
                    .at(
                        event.name.span,
                        format!("event \"{}\" has no description", event.name.value),
                    )
                    .with_help("add `description:` saying what happened, in one sentence"),
            );
        }
    }
    let catalog_defs = catalog.properties.iter().map(|p| (p, None));
    let inline_defs = catalog.events.iter().flat_map(|event| {
        event
            .properties
            .iter()
            .filter_map(move |p| p.inline().map(|def| (def, Some(&event.name.value))))
    });
    for (def, event) in catalog_defs.chain(inline_defs) {
        if is_blank(def.description.as_ref()) {
            let of_event = event.map_or(String::new(), |e| format!(" of event \"{e}\""));
            out.push(
                DESCRIPTION_MISSING
                    .at(
                        def.name.span,
                        format!(
                            "property \"{}\"{of_event} has no description",
                            def.name.value
                        ),
                    )
                    .with_help("add `description:` saying what the value means, with its unit"),
            );
        }
    }
}

fn is_blank(text: Option<&crate::catalog::Name>) -> bool {
    text.is_none_or(|t| t.value.trim().is_empty())
}

/// Every property definition: the catalog's, then inline ones.
pub fn definitions(catalog: &Catalog) -> impl Iterator<Item = &PropertyDef> {
    catalog.properties.iter().chain(
        catalog
            .events
            .iter()
            .flat_map(|e| e.properties.iter().filter_map(|p| p.inline())),
    )
}

fn enums(owner: &Place, constraints: &Constraints, out: &mut Vec<Diagnostic>) {
    let Some(keyword) = constraints.enum_values() else {
        return;
    };
    if keyword.value.as_array().is_some_and(Vec::is_empty) {
        out.push(
            ENUM_EMPTY
                .at(
                    keyword.span,
                    format!("the enum of {owner} is empty, so no value is allowed"),
                )
                .with_help("list the allowed values, or remove `enum:`"),
        );
        return;
    }
    // Repeats found by hash: an enum of 100,000 values is not compared pairwise.
    let mut listed = ValueIndex::default();
    for item in &keyword.items {
        if let Some(&first) = listed.insert(&item.value, item.span) {
            out.push(
                ENUM_DUPLICATE
                    .at(
                        item.span,
                        format!("the enum of {owner} lists {} twice", item.value),
                    )
                    .with_label(first, "first listed here")
                    .with_help("remove the repeat, or fix the value it was meant to be"),
            );
        }
    }
}

fn unused(cx: &Context, out: &mut Vec<Diagnostic>) {
    let in_config: HashSet<&str> = cx
        .config
        .required_properties
        .iter()
        .map(|p| p.value.as_str())
        .collect();
    for property in &cx.catalog.properties {
        let name = property.name.value.as_str();
        if !cx.catalog.is_referenced(name) && !in_config.contains(name) {
            out.push(
                UNUSED
                    .at(
                        property.name.span,
                        format!("property \"{name}\" is not used by any event"),
                    )
                    .with_help("reference it from the events that send it, or delete it"),
            );
        }
    }
}

/// Each name of a `type:` (one, or a list) that is no type of SPEC §1.2.
fn type_unknown(place: &Place, def: &PropertyDef, out: &mut Vec<Diagnostic>) {
    let Some(types) = &def.types else {
        return;
    };
    for unknown in types.unknown() {
        let suggestion = match unknown.value.as_str() {
            "float" | "double" | "decimal" | "numeric" => Some("number"),
            "int" | "long" | "bigint" => Some("integer"),
            "bool" => Some("boolean"),
            "str" | "text" => Some("string"),
            "datetime" | "date-time" | "date" | "time" => Some("timestamp"),
            "list" => Some("array"),
            "map" | "dict" | "json" => Some("object"),
            "nil" | "none" | "nullable" => Some("\"null\""),
            _ => None,
        };
        let help = match suggestion {
            Some(s) if types.names.len() == 1 => format!("use `type: {s}`"),
            Some(s) => format!("use `{s}`"),
            None => {
                let names: Vec<&str> = PropertyType::ALL.iter().map(|t| t.as_str()).collect();
                format!("use one of: {}", names.join(", "))
            }
        };
        out.push(
            TYPE_UNKNOWN
                .at(
                    unknown.span,
                    format!("{place} has the unknown type \"{}\"", unknown.value),
                )
                .with_help(help),
        );
    }
}
