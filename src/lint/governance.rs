//! governance/*: every event has an owner, CRM triggers are approved for the version that
//! ships, and dead events leave the plans (SPEC §3.6, plus unplanned-event of §3.8).

use super::Context;
use crate::catalog::{Crm, Event, Status};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use foldhash::HashSet as FastSet;

pub static OWNER_MISSING: Rule = Rule {
    id: "governance/owner-missing",
    severity: Severity::Error,
    summary: "An event has no `owner`.",
    why: "When an event breaks or its meaning is unclear, someone must answer. Unowned events \
          are the ones nobody fixes and nobody dares to delete.",
    bad: "events:\n  invitation_sent:\n    description: A member invited a teammate.\n",
    good: "events:\n  invitation_sent:\n    description: A member invited a teammate.\n    owner: growth\n",
    fix: Fix::None,
};

pub static CRM_APPROVAL_MISSING: Rule = Rule {
    id: "governance/crm-approval-missing",
    severity: Severity::Error,
    summary: "`crm.eligible: true` without `approved_by` naming one of `crm.approvers`.",
    why: "A CRM-eligible event can send an email or push to real customers. Someone from \
          lifecycle must have agreed that it is reliable enough to do so.",
    bad: "\
# file: tracklint.yaml
crm: {approvers: [lifecycle]}
# file: dictionary.yaml
events:
  trial_started:
    crm:
      eligible: true
",
    good: "\
# file: dictionary.yaml
events:
  trial_started:
    dedupe_key: trial_id
    properties: {trial_id: {type: string, required: true}}
    crm:
      eligible: true
      approved_by: lifecycle
      approved_version: 1
",
    fix: Fix::None,
};

pub static CRM_APPROVAL_STALE: Rule = Rule {
    id: "governance/crm-approval-stale",
    severity: Severity::Error,
    summary: "`crm.approved_version` is lower than the event's `version`.",
    why: "The payload changed after lifecycle approved it; journeys built on the old meaning \
          may now fire on the wrong people. Re-approve the new version.",
    bad: "\
# file: tracklint.yaml
crm: {approvers: [lifecycle]}
# file: dictionary.yaml
events:
  trial_started:
    version: 2
    changelog: [{version: 2, date: 2026-10-01, summary: trial_days added}]
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    good: "\
# file: dictionary.yaml
events:
  trial_started:
    dedupe_key: trial_id
    properties: {trial_id: {type: string, required: true}}
    version: 2
    changelog: [{version: 2, date: 2026-10-01, summary: trial_days added}]
    crm: {eligible: true, approved_by: lifecycle, approved_version: 2}
",
    fix: Fix::None,
};

pub static CRM_NOT_ACTIVE: Rule = Rule {
    id: "governance/crm-not-active",
    severity: Severity::Error,
    summary: "A CRM-eligible event is `draft` or `deprecated`.",
    why: "Drafts may never ship and deprecated events stop; a customer journey triggered by \
          either silently stops sending.",
    bad: "\
# file: tracklint.yaml
crm: {approvers: [lifecycle]}
# file: dictionary.yaml
events:
  trial_started:
    status: draft
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    good: "\
# file: dictionary.yaml
events:
  trial_started:
    dedupe_key: trial_id
    properties: {trial_id: {type: string, required: true}}
    status: active
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    fix: Fix::None,
};

pub static CRM_DEDUPE_MISSING: Rule = Rule {
    id: "governance/crm-dedupe-missing",
    severity: Severity::Error,
    summary: "A CRM-eligible event has no `dedupe_key`.",
    why: "Webhooks and SDKs retry. Without a key to deduplicate on, a retried event fires the \
          journey twice and the customer gets two emails.",
    bad: "\
# file: tracklint.yaml
crm: {approvers: [lifecycle]}
# file: dictionary.yaml
events:
  order_completed:
    properties: {order_id: {type: string, required: true}}
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    good: "\
# file: dictionary.yaml
events:
  order_completed:
    dedupe_key: order_id
    properties: {order_id: {type: string, required: true}}
    crm: {eligible: true, approved_by: lifecycle, approved_version: 1}
",
    fix: Fix::None,
};

pub static REVIEW_OVERDUE: Rule = Rule {
    id: "governance/review-overdue",
    severity: Severity::Warning,
    summary: "`last_reviewed` is older than `review.max_age_days` (365).",
    why: "Zombie events keep being sent and queried long after the feature changed. A yearly \
          review keeps the dictionary true.",
    bad: "\
# file: tracklint.yaml
review: {max_age_days: 365, today: 2026-11-28}
# file: dictionary.yaml
events:
  invitation_sent:
    last_reviewed: 2025-06-01
",
    good: "\
# file: dictionary.yaml
events:
  invitation_sent:
    last_reviewed: 2026-06-01
",
    fix: Fix::None,
};

pub static DEPRECATED_IN_PLAN: Rule = Rule {
    id: "governance/deprecated-in-plan",
    severity: Severity::Error,
    summary: "A plan lists an event that is retired, or deprecated past its `deprecated.sunset`.",
    why: "Past the sunset nobody reads the event; instrumentation that still sends it costs \
          volume and confuses anyone who finds it in the warehouse.",
    bad: "\
# file: dictionary.yaml
events:
  cart_viewed: {}
  legacy_cart_viewed: {status: retired}
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events:
  legacy_cart_viewed: {}
",
    good: "\
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events:
  cart_viewed: {}
",
    fix: Fix::None,
};

pub static DEPRECATED_WITHOUT_REPLACEMENT: Rule = Rule {
    id: "governance/deprecated-without-replacement",
    severity: Severity::Warning,
    summary: "A deprecated event has neither `deprecated.replaced_by` nor `deprecated.reason`.",
    why: "Consumers of a deprecated event must move somewhere: to its replacement, or away with \
          a reason. Otherwise dashboards silently go flat at the sunset.",
    bad: "\
events:
  legacy_cart_viewed:
    status: deprecated
    deprecated: {since: 2026-10-01}
",
    good: "\
events:
  cart_viewed: {}
  legacy_cart_viewed:
    status: deprecated
    deprecated: {since: 2026-10-01, replaced_by: cart_viewed, sunset: 2027-01-01}
",
    fix: Fix::None,
};

pub static UNPLANNED_EVENT: Rule = Rule {
    id: "governance/unplanned-event",
    severity: Severity::Warning,
    summary: "An active event that no plan lists.",
    why: "Either it is tracked nowhere (a dead definition), or it is instrumented without a \
          plan and nobody checks its payloads.",
    bad: "events:\n  invitation_sent: {owner: growth}\n# ...and no plan lists invitation_sent\n",
    good: "\
# file: plans/server.yaml
plan: server
source: {kind: server}
identity: [user_id]
events:
  invitation_sent: {}
",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &OWNER_MISSING,
    &CRM_APPROVAL_MISSING,
    &CRM_APPROVAL_STALE,
    &CRM_NOT_ACTIVE,
    &CRM_DEDUPE_MISSING,
    &REVIEW_OVERDUE,
    &DEPRECATED_IN_PLAN,
    &DEPRECATED_WITHOUT_REPLACEMENT,
    &UNPLANNED_EVENT,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // A set: the config may list many approvers, and every CRM event is checked against them.
    let approvers: FastSet<&str> = cx.config.approvers.iter().map(String::as_str).collect();
    let crm_rules = [
        &CRM_APPROVAL_MISSING,
        &CRM_APPROVAL_STALE,
        &CRM_DEDUPE_MISSING,
        &CRM_NOT_ACTIVE,
    ];
    let on = |rule: &Rule| cx.reports(rule);
    let crm_on = crm_rules.into_iter().any(on);
    for event in &cx.catalog.events {
        if on(&OWNER_MISSING) {
            owner(event, out);
        }
        if crm_on {
            crm(cx, &approvers, event, out);
        }
        if on(&REVIEW_OVERDUE) {
            review(cx, event, out);
        }
        if on(&DEPRECATED_IN_PLAN) {
            deprecated_in_plan(cx, event, out);
        }
        if on(&DEPRECATED_WITHOUT_REPLACEMENT) {
            deprecated_without_replacement(event, out);
        }
        if on(&UNPLANNED_EVENT) {
            unplanned(cx, event, out);
        }
    }
}

fn owner(event: &Event, out: &mut Vec<Diagnostic>) {
    let missing = event
        .owner
        .as_ref()
        .is_none_or(|o| o.value.trim().is_empty());
    if missing && event.status() != Status::Retired {
        out.push(
            OWNER_MISSING
                .at(
                    event.name.span,
                    format!("event \"{}\" has no owner", event.name.value),
                )
                .with_help("add `owner:` with the team accountable for it"),
        );
    }
}

fn crm(cx: &Context, allowed: &FastSet<&str>, event: &Event, out: &mut Vec<Diagnostic>) {
    if !event.is_crm_eligible() {
        return;
    }
    let Some(crm) = &event.crm else {
        return;
    };
    approval(cx, allowed, event, crm, out);
    let name = &event.name.value;
    if matches!(event.status(), Status::Draft | Status::Deprecated) {
        let span = event.status.as_ref().map_or(event.name.span, |s| s.span);
        out.push(
            CRM_NOT_ACTIVE
                .at(
                    span,
                    format!(
                        "CRM-eligible event \"{name}\" is {}",
                        event.status.as_ref().map_or("", |s| s.value.as_str())
                    ),
                )
                .with_label(crm.key, "eligible for CRM here")
                .with_help(
                    "activate the event before journeys use it, or set `crm.eligible: false`",
                ),
        );
    }
    if event.dedupe_key.is_none() {
        out.push(
            CRM_DEDUPE_MISSING
                .at(event.name.span, format!("CRM-eligible event \"{name}\" has no dedupe_key"))
                .with_label(crm.key, "eligible for CRM here")
                .with_help("set `dedupe_key:` to a property unique per occurrence (e.g. an order id), so retries fire once"),
        );
    }
}

/// `crm-approval-missing` (nobody, or somebody not in `crm.approvers`, approved it) and
/// `crm-approval-stale` (approved for an older version).
fn approval(
    cx: &Context,
    allowed: &FastSet<&str>,
    event: &Event,
    crm: &Crm,
    out: &mut Vec<Diagnostic>,
) {
    let name = &event.name.value;
    let approvers = &cx.config.approvers;
    let listed = || {
        if approvers.is_empty() {
            "no one can approve until tracklint.yaml lists `crm.approvers`".to_owned()
        } else {
            format!(
                "set `approved_by` to one of: {}",
                crate::text::list(approvers.iter().map(String::as_str))
            )
        }
    };
    match &crm.approved_by {
        None => out.push(
            CRM_APPROVAL_MISSING
                .at(
                    event.name.span,
                    format!("CRM-eligible event \"{name}\" has not been approved"),
                )
                .with_label(crm.key, "eligible for CRM here")
                .with_help(format!("have lifecycle review it, then {}", listed())),
        ),
        Some(by) if !allowed.contains(by.value.as_str()) => out.push(
            CRM_APPROVAL_MISSING
                .at(
                    by.span,
                    format!(
                        "\"{}\" may not approve CRM-eligible event \"{name}\"",
                        by.value
                    ),
                )
                .with_help(listed()),
        ),
        Some(_) => stale(event, crm, out),
    }
}

fn stale(event: &Event, crm: &Crm, out: &mut Vec<Diagnostic>) {
    let approved = crm.approved_version.as_ref().map_or(1, |v| v.value);
    if approved >= event.version() {
        return;
    }
    let span = crm.approved_version.as_ref().map_or(crm.key, |v| v.span);
    let mut diagnostic = CRM_APPROVAL_STALE
        .at(
            span,
            format!(
                "CRM approval of event \"{}\" is for version {approved}, but the event is at version {}",
                event.name.value,
                event.version()
            ),
        )
        .with_help(format!(
            "have lifecycle review what changed, then set `approved_version: {}`",
            event.version()
        ));
    if let Some(version) = &event.version {
        diagnostic = diagnostic.with_label(version.span, "current version");
    }
    out.push(diagnostic);
}

fn review(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    // A malformed date reads as none: structure/schema reports it.
    let Some(reviewed) = &event.last_reviewed else {
        return;
    };
    let age = reviewed
        .value
        .until(cx.config.today)
        .map_or(0, |span| i64::from(span.get_days()));
    if age > cx.config.max_age_days {
        out.push(
            REVIEW_OVERDUE
                .at(
                    reviewed.span,
                    format!(
                        "event \"{}\" was last reviewed {age} days ago, over the {}-day limit",
                        event.name.value, cx.config.max_age_days
                    ),
                )
                .with_help("review the definition with its owner and update `last_reviewed`, or retire the event"),
        );
    }
}

/// Whether no plan may list the event any more, and why.
fn past_sunset(cx: &Context, event: &Event) -> Option<String> {
    match event.status() {
        Status::Retired => Some("retired".to_owned()),
        Status::Deprecated => {
            let sunset = event.deprecated.as_ref()?.sunset.as_ref()?;
            (sunset.value < cx.config.today)
                .then(|| format!("deprecated and past its sunset {}", sunset.value))
        }
        _ => None,
    }
}

fn deprecated_in_plan(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(why) = past_sunset(cx, event) else {
        return;
    };
    let mut listings = cx.catalog.plans_listing(&event.name.value);
    let Some((plan, entry)) = listings.next() else {
        return;
    };
    let mut diagnostic = DEPRECATED_IN_PLAN
        .at(
            entry.name.span,
            format!(
                "plan \"{}\" lists event \"{}\", which is {why}",
                plan.id.value, event.name.value
            ),
        )
        .with_span_label("still listed");
    for (other, entry) in listings {
        diagnostic = diagnostic.with_label(
            entry.name.span,
            format!("also listed by plan \"{}\"", other.id.value),
        );
    }
    // The fact that decided it: the passed sunset, or the status for a retired event.
    let sunset = event.deprecated.as_ref().and_then(|d| d.sunset.as_ref());
    let (decided, label) = match (event.status(), sunset) {
        (Status::Deprecated, Some(sunset)) => (sunset.span, "sunset passed"),
        _ => (
            event.status.as_ref().map_or(event.name.span, |s| s.span),
            "status set here",
        ),
    };
    let replacement = event
        .deprecated
        .as_ref()
        .and_then(|d| d.replaced_by.as_ref())
        .map(|r| format!("list \"{}\" instead and remove it from the plans", r.value))
        .unwrap_or_else(|| "remove it from the plans".to_owned());
    out.push(diagnostic.with_label(decided, label).with_help(replacement));
}

fn deprecated_without_replacement(event: &Event, out: &mut Vec<Diagnostic>) {
    if event.status() != Status::Deprecated {
        return;
    }
    let deprecation = event.deprecated.as_ref();
    let has_replacement =
        deprecation.is_some_and(|d| d.replaced_by.is_some() || d.reason.is_some());
    if has_replacement {
        return;
    }
    let span = deprecation
        .map(|d| d.key)
        .or(event.status.as_ref().map(|s| s.span))
        .unwrap_or(event.name.span);
    out.push(
        DEPRECATED_WITHOUT_REPLACEMENT
            .at(
                span,
                format!("deprecated event \"{}\" names no replacement and no reason", event.name.value),
            )
            .with_help("add `deprecated.replaced_by: <event>`, or `deprecated.reason:` when nothing replaces it"),
    );
}

fn unplanned(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    if event.is_active() && cx.catalog.plans_listing(&event.name.value).next().is_none() {
        out.push(
            UNPLANNED_EVENT
                .at(event.name.span, format!("active event \"{}\" is listed by no plan", event.name.value))
                .with_help("list it in the plan of the source that sends it, or set `status: draft` until it ships"),
        );
    }
}
