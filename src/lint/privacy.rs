//! privacy/*: every event states its consent purpose, and personal data reaches CRM tools only
//! with the consent that allows it (SPEC §3.7).

use super::Context;
use crate::catalog::{Classification, Consent, Event, Status};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::syntax::source::Span;
use foldhash::HashSet as FastSet;

pub static CONSENT_MISSING: Rule = Rule {
    id: "privacy/consent-missing",
    severity: Severity::Error,
    summary: "An event has no `consent` (necessary, analytics or marketing).",
    why: "Consent managers gate sends by purpose. An event without one is either dropped for \
          everybody or sent for everybody, and the second is a GDPR problem.",
    bad: "events:\n  product_viewed:\n    owner: web\n",
    good: "events:\n  product_viewed:\n    owner: web\n    consent: analytics\n",
    fix: Fix::None,
};

pub static PERSONAL_TO_CRM: Rule = Rule {
    id: "privacy/personal-to-crm",
    severity: Severity::Error,
    summary: "An event sent to `crm` by a plan carries a `sensitive` property, or a `personal` one \
              while its consent is not marketing or necessary.",
    why: "Messaging tools copy every property into customer profiles that many people can see \
          and export. Personal data may go there only with consent for that purpose, and \
          sensitive data never.",
    bad: "\
# file: dictionary.yaml
properties:
  email: {type: string, classification: personal}
events:
  newsletter_subscribed:
    consent: analytics
    properties: {email: required}
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
destinations: [warehouse, crm]
events:
  newsletter_subscribed: {}
",
    good: "\
# file: dictionary.yaml
properties:
  email: {type: string, classification: personal}
events:
  newsletter_subscribed:
    consent: marketing
    properties: {email: required}
",
    fix: Fix::None,
};

pub static MARKETING_CONSENT_REQUIRED: Rule = Rule {
    id: "privacy/marketing-consent-required",
    severity: Severity::Error,
    summary: "A CRM-eligible event (a campaign trigger) has `consent: analytics`.",
    why: "Product analytics consent does not cover promotion. A journey triggered by an \
          analytics-only event messages people who never agreed to marketing.",
    bad: "\
# file: tracklint.yaml
crm: {approvers: [lifecycle]}
# file: dictionary.yaml
events:
  trial_started:
    consent: analytics
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    good: "\
# file: dictionary.yaml
events:
  trial_started:
    dedupe_key: trial_id
    properties: {trial_id: {type: string, required: true}}
    consent: marketing
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &CONSENT_MISSING,
    &PERSONAL_TO_CRM,
    &MARKETING_CONSENT_REQUIRED,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // Plans (by their id's span) that send to crm, decided once per plan rather than once per
    // event a plan lists: a plan may list 100,000 events and name as many destinations.
    let crm_plans: FastSet<Span> = cx
        .catalog
        .plans
        .iter()
        .filter(|plan| plan.sends_to("crm"))
        .map(|plan| plan.id.span)
        .collect();
    let on = |rule: &Rule| cx.reports(rule);
    let (consent_on, crm_on, marketing_on) = (
        on(&CONSENT_MISSING),
        on(&PERSONAL_TO_CRM),
        on(&MARKETING_CONSENT_REQUIRED),
    );
    for event in &cx.catalog.events {
        if consent_on {
            consent_missing(event, out);
        }
        if crm_on {
            personal_to_crm(cx, &crm_plans, event, out);
        }
        if marketing_on {
            marketing_consent(event, out);
        }
    }
}

fn consent_missing(event: &Event, out: &mut Vec<Diagnostic>) {
    if event.consent.is_none() && event.status() != Status::Retired {
        out.push(
            CONSENT_MISSING
                .at(
                    event.name.span,
                    format!("event \"{}\" has no consent purpose", event.name.value),
                )
                .with_help("add `consent:` necessary, analytics or marketing"),
        );
    }
}

fn personal_to_crm(
    cx: &Context,
    sending_to_crm: &FastSet<Span>,
    event: &Event,
    out: &mut Vec<Diagnostic>,
) {
    let crm_plans: Vec<_> = cx
        .catalog
        .plans_listing(&event.name.value)
        .filter(|(plan, _)| sending_to_crm.contains(&plan.id.span))
        .collect();
    if crm_plans.is_empty() {
        return;
    }
    let consent = event.consent();
    let consent_allows_personal = matches!(consent, Some(Consent::Marketing | Consent::Necessary));
    for property in &event.properties {
        let Some(def) = cx.catalog.definition_of(property) else {
            continue;
        };
        // The most sensitive value it carries, at any depth (`profile.email` is personal).
        let mut class = def.classification();
        let mut path = property.name.value.clone();
        def.walk(&mut |pointer, nested| {
            if nested.classification() > class {
                class = nested.classification();
                path = crate::catalog::definition::property_path(&property.name.value, pointer);
            }
        });
        let (why, help) = match class {
            Classification::Sensitive => (
                "a sensitive property".to_owned(),
                "never send sensitive data to CRM tools: drop the property from this event, or stop sending the event to crm",
            ),
            Classification::Personal if !consent_allows_personal => (
                format!(
                    "a personal property under {} consent",
                    event.consent.as_ref().map_or("no", |c| c.value.as_str())
                ),
                "require `consent: marketing` for this event, or drop the property, or stop sending the event to crm",
            ),
            _ => continue,
        };
        let mut diagnostic = PERSONAL_TO_CRM
            .at(
                property.name.span,
                format!(
                    "event \"{}\" is sent to crm with {why} (\"{path}\")",
                    event.name.value
                ),
            )
            .with_help(help);
        for (plan, entry) in &crm_plans {
            diagnostic = diagnostic.with_label(
                entry.name.span,
                format!("sent to crm by plan \"{}\"", plan.id.value),
            );
        }
        out.push(diagnostic);
    }
}

fn marketing_consent(event: &Event, out: &mut Vec<Diagnostic>) {
    if !event.is_crm_eligible() || event.consent() != Some(Consent::Analytics) {
        return;
    }
    let Some(consent) = &event.consent else {
        return;
    };
    let mut diagnostic = MARKETING_CONSENT_REQUIRED
        .at(
            consent.span,
            format!("CRM-eligible event \"{}\" only has analytics consent", event.name.value),
        )
        .with_help("set `consent: marketing`, or set `crm.eligible: false` if it must not trigger campaigns");
    if let Some(crm) = &event.crm {
        diagnostic = diagnostic.with_label(crm.key, "campaign trigger");
    }
    out.push(diagnostic);
}
