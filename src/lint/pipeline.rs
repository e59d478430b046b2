//! pipeline/*: the sources that emit each event make its data complete, countable once and
//! joinable to a person (SPEC §3.8).

use super::Context;
use crate::catalog::{Catalog, Event, PAST_SIGNUP_STAGES, Plan, SourceKind, Status};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use foldhash::HashSet as FastSet;

pub static REVENUE_SERVER_SIDE: Rule = Rule {
    id: "pipeline/revenue-server-side",
    severity: Severity::Error,
    summary: "A revenue fact (a revenue property, or lifecycle purchase, subscription_change, \
              payment_failure or cancellation) is listed in no `server` plan.",
    why: "Ad blockers and closed tabs drop 10-30% of browser events. Money and subscription \
          state must come from the backend, or revenue reports and churn triggers undercount.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    properties:
      revenue: {type: number, minimum: 0, required: true}
      currency: {type: string, required: true}
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events:
  order_completed: {}
",
    good: "\
# file: plans/backend.yaml
plan: backend
source: {kind: server}
identity: [user_id]
events:
  order_completed: {}
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events: {}   # the browser no longer sends it
",
    fix: Fix::None,
};

pub static DOUBLE_COUNT: Rule = Rule {
    id: "pipeline/double-count",
    severity: Severity::Error,
    summary: "An event listed by a client or mobile plan and by a server plan has no `dedupe_key`.",
    why: "Sent from both sides, every occurrence arrives twice; without a shared key the \
          warehouse and the CRM count it twice.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    properties: {order_id: {type: string, required: true}}
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id]
events: {order_completed: {}}
# file: plans/backend.yaml
plan: backend
source: {kind: server}
identity: [user_id]
events: {order_completed: {}}
",
    good: "\
# file: dictionary.yaml
events:
  order_completed:
    dedupe_key: order_id
    properties: {order_id: {type: string, required: true}}
",
    fix: Fix::None,
};

pub static IDENTITY_MISSING: Rule = Rule {
    id: "pipeline/identity-missing",
    severity: Severity::Error,
    summary: "A plan without `identity`; a client or mobile plan without anonymous_id; a server \
              plan without user_id; or a plan listing a post-signup lifecycle event without user_id.",
    why: "Identity resolution stitches anonymous browsing to known users. Without stable ids on \
          every call, funnels break at signup and CRM journeys cannot find the person.",
    bad: "\
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [user_id]
",
    good: "\
# file: plans/web.yaml
plan: web_app
source: {kind: client}
identity: [anonymous_id, user_id]
",
    fix: Fix::None,
};

pub static SAMPLING_MISSING: Rule = Rule {
    id: "pipeline/sampling-missing",
    severity: Severity::Warning,
    summary: "A high-volume event (`volume.max_per_hour` >= 100000) has no `sampling`.",
    why: "Unsampled firehose events dominate cost and quota, and analysts need the rate to \
          scale counts back up.",
    bad: "events:\n  product_impression_viewed:\n    volume: {max_per_hour: 2000000}\n",
    good: "events:\n  product_impression_viewed:\n    volume: {max_per_hour: 2000000}\n    sampling: {rate: 0.05, rule: per anonymous_id}\n",
    fix: Fix::None,
};

pub static CLOCK_SKEW_MISSING: Rule = Rule {
    id: "pipeline/clock-skew-missing",
    severity: Severity::Warning,
    summary: "A mobile plan has no `source.max_clock_skew`.",
    why: "Offline apps sync hours later with device clocks that lie. Without a stated skew, \
          late events land in the wrong day and volume checks raise false alarms.",
    bad: "\
# file: plans/ios.yaml
plan: ios_app
source: {kind: mobile, library: analytics-ios}
identity: [anonymous_id]
",
    good: "\
# file: plans/ios.yaml
plan: ios_app
source: {kind: mobile, library: analytics-ios, max_clock_skew: 24h}
identity: [anonymous_id]
",
    fix: Fix::None,
};

pub static LIFECYCLE_COVERAGE: Rule = Rule {
    id: "pipeline/lifecycle-coverage",
    severity: Severity::Error,
    summary: "A stage in `lifecycle.required_stages` has no active event marking it.",
    why: "Lifecycle messaging needs an event at each stage: signup, activation, subscription \
          changes, cancellation, payment failure. A missing stage is a journey nobody can build.",
    bad: "\
# file: tracklint.yaml
lifecycle:
  required_stages: [signup, payment_failure]
# file: dictionary.yaml
events:
  user_signed_up: {lifecycle: signup}
",
    good: "\
# file: dictionary.yaml
events:
  user_signed_up: {lifecycle: signup}
  payment_failed: {lifecycle: payment_failure}
# file: plans/backend.yaml
plan: backend
source: {kind: server}
identity: [user_id]
events: {payment_failed: {}}
",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &REVENUE_SERVER_SIDE,
    &DOUBLE_COUNT,
    &IDENTITY_MISSING,
    &SAMPLING_MISSING,
    &CLOCK_SKEW_MISSING,
    &LIFECYCLE_COVERAGE,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let on = |rule: &Rule| cx.reports(rule);
    for event in &cx.catalog.events {
        if on(&REVENUE_SERVER_SIDE) {
            revenue_server_side(cx, event, out);
        }
        if on(&DOUBLE_COUNT) {
            double_count(cx, event, out);
        }
        if on(&SAMPLING_MISSING) {
            sampling(event, out);
        }
    }
    for plan in &cx.catalog.plans {
        if on(&IDENTITY_MISSING) {
            identity(cx, plan, out);
        }
        if on(&CLOCK_SKEW_MISSING) {
            clock_skew(plan, out);
        }
    }
    if on(&LIFECYCLE_COVERAGE) {
        lifecycle_coverage(cx, out);
    }
}

fn revenue_server_side(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    if !Catalog::is_revenue_fact(event)
        || cx
            .catalog
            .source_kinds(&event.name.value)
            .contains(&SourceKind::Server)
    {
        return;
    }
    let diagnostic = REVENUE_SERVER_SIDE
        .at(
            event.name.span,
            format!("revenue event \"{}\" is not sent by any server plan", event.name.value),
        )
        .with_help("list it in a plan with `source.kind: server`; browsers drop events that money depends on");
    out.push(with_plan_labels(diagnostic, cx, event, "listed by"));
}

fn double_count(cx: &Context, event: &Event, out: &mut Vec<Diagnostic>) {
    // A retired event in a plan is governance/deprecated-in-plan's finding.
    if event.dedupe_key.is_some() || event.status() == Status::Retired {
        return;
    }
    let kinds = cx.catalog.source_kinds(&event.name.value);
    let from_device = kinds.contains(&SourceKind::Client) || kinds.contains(&SourceKind::Mobile);
    if !from_device || !kinds.contains(&SourceKind::Server) {
        return;
    }
    let diagnostic = DOUBLE_COUNT
        .at(
            event.name.span,
            format!(
                "event \"{}\" is sent by {} and server plans but has no dedupe_key",
                event.name.value,
                kinds
                    .iter()
                    .filter(|k| *k != SourceKind::Server)
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
        )
        .with_help("set `dedupe_key:` to a property both sides send (e.g. order_id), or send it from one side only");
    out.push(with_plan_labels(diagnostic, cx, event, "sent by"));
}

/// A label on every plan entry that lists the event ("sent by client plan \"web\"").
fn with_plan_labels(
    mut diagnostic: Diagnostic,
    cx: &Context,
    event: &Event,
    verb: &str,
) -> Diagnostic {
    for (plan, entry) in cx.catalog.plans_listing(&event.name.value) {
        let kind = plan.kind().map_or("unknown", SourceKind::as_str);
        diagnostic = diagnostic.with_label(
            entry.name.span,
            format!("{verb} {kind} plan \"{}\"", plan.id.value),
        );
    }
    diagnostic
}

fn sampling(event: &Event, out: &mut Vec<Diagnostic>) {
    let Some(max) = event.volume.as_ref().and_then(|v| v.max_per_hour.as_ref()) else {
        return;
    };
    if max.value >= 100_000 && event.sampling.is_none() {
        out.push(
            SAMPLING_MISSING
                .at(
                    event.name.span,
                    format!(
                        "event \"{}\" expects up to {} per hour but has no sampling",
                        event.name.value, max.value
                    ),
                )
                .with_label(max.span, "high volume")
                .with_help(
                    "add `sampling: {rate: 0.1, rule: per anonymous_id}` (rate and rule as fits)",
                ),
        );
    }
}

/// One diagnostic per plan naming every id it lacks.
fn identity(cx: &Context, plan: &Plan, out: &mut Vec<Diagnostic>) {
    let Some((key, _)) = &plan.identity else {
        out.push(
            IDENTITY_MISSING
                .at(
                    plan.id.span,
                    format!("plan \"{}\" declares no identity", plan.id.value),
                )
                .with_help(match plan.kind() {
                    Some(SourceKind::Server) => "add `identity: [user_id]`",
                    _ => "add `identity: [anonymous_id, user_id]`",
                }),
        );
        return;
    };
    let mut missing: Vec<(&str, String)> = Vec::new();
    match plan.kind() {
        Some(kind @ (SourceKind::Client | SourceKind::Mobile))
            if !plan.has_identity("anonymous_id") =>
        {
            missing.push((
                "anonymous_id",
                format!("a {} source must send anonymous_id", kind.as_str()),
            ));
        }
        Some(SourceKind::Server) if !plan.has_identity("user_id") => {
            missing.push(("user_id", "a server source must send user_id".to_owned()));
        }
        _ => {}
    }
    let post_signup: Vec<_> = plan
        .events
        .iter()
        .filter(|entry| {
            cx.catalog
                .event(&entry.name.value)
                .and_then(Event::lifecycle)
                .is_some_and(|stage| PAST_SIGNUP_STAGES.contains(&stage))
        })
        .collect();
    if !plan.has_identity("user_id")
        && !post_signup.is_empty()
        && !missing.iter().any(|(id, _)| *id == "user_id")
    {
        missing.push((
            "user_id",
            "it lists events after signup, which belong to a known user".to_owned(),
        ));
    }
    if missing.is_empty() {
        return;
    }
    let ids: Vec<&str> = missing.iter().map(|(id, _)| *id).collect();
    let reasons: Vec<&str> = missing.iter().map(|(_, why)| why.as_str()).collect();
    let mut diagnostic = IDENTITY_MISSING
        .at(
            *key,
            format!(
                "identity of plan \"{}\" lacks {}",
                plan.id.value,
                ids.join(" and ")
            ),
        )
        .with_help(format!(
            "add {} to `identity`: {}",
            ids.join(", "),
            reasons.join("; ")
        ));
    for entry in post_signup.iter().filter(|_| ids.contains(&"user_id")) {
        diagnostic = diagnostic.with_label(entry.name.span, "post-signup event");
    }
    out.push(diagnostic);
}

fn clock_skew(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.kind() == Some(SourceKind::Mobile) && plan.max_clock_skew.is_none() {
        let mut diagnostic = CLOCK_SKEW_MISSING
            .at(plan.id.span, format!("mobile plan \"{}\" has no source.max_clock_skew", plan.id.value))
            .with_help("add `max_clock_skew:` under `source:` (e.g. 24h): how late offline devices may sync");
        if let Some(kind) = &plan.kind {
            diagnostic = diagnostic.with_label(kind.span, "mobile source");
        }
        out.push(diagnostic);
    }
}

fn lifecycle_coverage(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.config.required_stages.is_empty() {
        return;
    }
    // One pass over the events, not one per required stage.
    let covered: FastSet<&str> = cx
        .catalog
        .events
        .iter()
        .filter(|e| e.is_active())
        .filter_map(Event::lifecycle)
        .collect();
    for stage in &cx.config.required_stages {
        if !covered.contains(stage.value.as_str()) {
            out.push(
                LIFECYCLE_COVERAGE
                    .at(
                        stage.span,
                        format!(
                            "no active event marks the lifecycle stage \"{}\"",
                            stage.value
                        ),
                    )
                    .with_help(format!(
                        "set `lifecycle: {}` on the active event that marks this stage, or add one",
                        stage.value
                    )),
            );
        }
    }
}
