//! The `payload` rule group: what `tracklint validate` reports about real payloads (SPEC §6).
//! Registered in `engine::registry` (no catalog check), so `rules`, `explain`, SARIF and the README
//! table know them; the checks live in `payload::check` and `payload::collect`.

use crate::diagnostic::Severity;
use crate::rule::{Fix, Rule};

pub static INVALID_JSON: Rule = Rule {
    id: "payload/invalid-json",
    severity: Severity::Error,
    summary: "A line of the payload file is not a JSON object (broken JSON, not UTF-8, nested deeper than 128 levels, or longer than the line limit).",
    why: "A line the pipeline cannot parse is an event lost for every destination. One bad line \
          never stops the run: every other line is still checked.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    properties: {revenue: {type: number}}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"revenue\":12}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"revenue\":12}}
",
    fix: Fix::None,
};

pub static UNKNOWN_EVENT: Rule = Rule {
    id: "payload/unknown-event",
    severity: Severity::Error,
    summary: "A track call names an event the dictionary does not define, or one the plan that applies to it does not list.",
    why: "Unplanned events are usually typos or instrumentation nobody reviewed; they land in \
          the warehouse as tables no dashboard reads, and the planned event stays empty.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed: {}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"Order Completed\",\"anonymousId\":\"a-1\"}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\"}
",
    fix: Fix::None,
};

pub static SCHEMA: Rule = Rule {
    id: "payload/schema",
    severity: Severity::Error,
    summary: "A property breaks the event's definition: a required one is missing, or one has the wrong type, or is outside its enum, pattern, bounds or format.",
    why: "Dashboards, cohorts and CRM triggers read these values. A price sent as a string or a \
          plan tier outside the enum silently drops rows from every report that filters on it.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    properties:
      revenue: {type: number, required: true}
      currency: {type: string, pattern: \"^[A-Z]{3}$\", required: true}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"revenue\":\"12.50\",\"currency\":\"usd\"}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"revenue\":1250,\"currency\":\"USD\"}}
",
    fix: Fix::None,
};

pub static UNPLANNED_PROPERTY: Rule = Rule {
    id: "payload/unplanned-property",
    severity: Severity::Warning,
    summary: "A payload carries a property its event does not define (Segment Protocols calls these unplanned).",
    why: "An undocumented property has no owner, type or consent review; add it to the event's \
          definition, or stop sending it.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    properties:
      order_id: {type: string, required: true}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-1\",\"debug_flag\":true}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-1\"}}
",
    fix: Fix::None,
};

pub static RETIRED_EVENT: Rule = Rule {
    id: "payload/retired-event",
    severity: Severity::Error,
    summary: "A payload of a retired event, or of a deprecated one past its `deprecated.sunset`.",
    why: "Someone decided the event must stop; a source still sending it keeps feeding reports \
          that were moved to its replacement.",
    bad: "\
# file: dictionary.yaml
events:
  promotion_clicked: {}
  promo_banner_clicked:
    status: deprecated
    deprecated: {since: 2026-01-10, replaced_by: promotion_clicked, sunset: 2026-06-30}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"promo_banner_clicked\",\"anonymousId\":\"a-1\"}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"promotion_clicked\",\"anonymousId\":\"a-1\"}
",
    fix: Fix::None,
};

pub static IDENTITY_MISSING: Rule = Rule {
    id: "payload/identity-missing",
    severity: Severity::Error,
    summary: "A payload carries none of the ids its plan sends, or lacks the `userId` that server plans and post-signup lifecycle events need.",
    why: "Without a stable id the event cannot be joined to a person: funnels break and CRM \
          journeys never fire. Anonymous client events with only `anonymousId` are fine.",
    bad: "\
# file: dictionary.yaml
events:
  invoice_paid: {}
# file: plans/billing.yaml
plan: billing
source: {kind: server, library: analytics-node}
identity: [user_id]
events:
  invoice_paid: {}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"invoice_paid\",\"anonymousId\":\"a-1\",\"context\":{\"library\":{\"name\":\"analytics-node\"}}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"invoice_paid\",\"userId\":\"u-42\",\"context\":{\"library\":{\"name\":\"analytics-node\"}}}
",
    fix: Fix::None,
};

pub static TIMESTAMP_OFFSET: Rule = Rule {
    id: "payload/timestamp-offset",
    severity: Severity::Error,
    summary: "The call's `timestamp` has no UTC offset, or is not an RFC 3339 date-time at all.",
    why: "A local time without an offset shifts by the user's zone: hourly volumes and \
          billing-day joins slip, and the same event lands on two different days.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed: {}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"timestamp\":\"2026-11-28T23:30:00\"}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"anonymousId\":\"a-1\",\"timestamp\":\"2026-11-28T23:30:00+01:00\"}
",
    fix: Fix::None,
};

pub static LIBRARY_OUTDATED: Rule = Rule {
    id: "payload/library-outdated",
    severity: Severity::Error,
    summary: "Payloads come from a tracking library older than the plan's `source.min_library_version` (one diagnostic per plan, library and version, at its first line).",
    why: "Old builds lack fixes and fields; the segments still on them lack fresh data. The \
          library tracker in the summary lists every version seen, with counts and last seen.",
    bad: "\
# file: dictionary.yaml
events:
  cart_viewed: {}
# file: plans/web.yaml
plan: web_app
source: {kind: client, library: analytics.js, min_library_version: 4.1.0}
identity: [anonymous_id]
events:
  cart_viewed: {}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"cart_viewed\",\"anonymousId\":\"a-1\",\"context\":{\"library\":{\"name\":\"analytics.js\",\"version\":\"4.0.2\"}}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"cart_viewed\",\"anonymousId\":\"a-1\",\"context\":{\"library\":{\"name\":\"analytics.js\",\"version\":\"4.1.3\"}}}
",
    fix: Fix::None,
};

pub static VOLUME_OUT_OF_BAND: Rule = Rule {
    id: "payload/volume-out-of-band",
    severity: Severity::Error,
    summary: "With `--volume`: an hour (in `business_timezone`) in which an event's count falls outside its `volume.min_per_hour`..`max_per_hour` band; reported at the event's `volume:` key.",
    why: "A count far below the band is a broken pipeline or release; far above it is a loop or \
          a double fire. Both are cheaper to catch in the hour than in next month's report.",
    bad: "\
# file: tracklint.yaml
business_timezone: Europe/Berlin
# file: dictionary.yaml
events:
  checkout_started:
    volume: {min_per_hour: 1, max_per_hour: 5000}
# The sample's first and last hours (13:00, 15:00) are partial and not judged;
# 14:00 to 15:00 has no payload.
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"checkout_started\",\"anonymousId\":\"a-1\",\"timestamp\":\"2026-11-28T13:55:00+01:00\"}
{\"type\":\"track\",\"event\":\"checkout_started\",\"anonymousId\":\"a-2\",\"timestamp\":\"2026-11-28T15:05:00+01:00\"}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"checkout_started\",\"anonymousId\":\"a-1\",\"timestamp\":\"2026-11-28T13:55:00+01:00\"}
{\"type\":\"track\",\"event\":\"checkout_started\",\"anonymousId\":\"a-3\",\"timestamp\":\"2026-11-28T14:30:00+01:00\"}
{\"type\":\"track\",\"event\":\"checkout_started\",\"anonymousId\":\"a-2\",\"timestamp\":\"2026-11-28T15:05:00+01:00\"}
",
    fix: Fix::None,
};

pub static DUPLICATE: Rule = Rule {
    id: "payload/duplicate",
    severity: Severity::Error,
    summary: "The same `messageId` twice (a retry that double fires), or the same `dedupe_key` value twice for one event (client and server both sent it); the later line is reported.",
    why: "Duplicates double-count revenue and send a customer the same CRM message twice. \
          tracklint remembers the most recent 917,504 ids, so a repeat further back is missed.",
    bad: "\
# file: dictionary.yaml
events:
  order_completed:
    dedupe_key: order_id
    properties: {order_id: {type: string, required: true}}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"messageId\":\"m-1\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-7\"}}
{\"type\":\"track\",\"event\":\"order_completed\",\"messageId\":\"m-2\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-7\"}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"order_completed\",\"messageId\":\"m-1\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-7\"}}
{\"type\":\"track\",\"event\":\"order_completed\",\"messageId\":\"m-2\",\"anonymousId\":\"a-1\",\"properties\":{\"order_id\":\"o-8\"}}
",
    fix: Fix::None,
};

pub static CLOCK_SKEW: Rule = Rule {
    id: "payload/clock-skew",
    severity: Severity::Error,
    summary: "The device clock is off by more than the plan's `source.max_clock_skew`: `receivedAt` and `sentAt` differ by more.",
    why: "A wrong device clock moves every `timestamp` it stamps, so events land in the wrong \
          hour or day. An event sent hours after it happened (offline, then synced) by a device \
          with a correct clock is fine: only the clock error is measured.",
    bad: "\
# file: dictionary.yaml
events:
  app_opened: {}
# file: plans/ios.yaml
plan: ios_app
source: {kind: mobile, library: analytics-ios, max_clock_skew: 5m}
identity: [anonymous_id]
events:
  app_opened: {}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"app_opened\",\"anonymousId\":\"a-1\",\"sentAt\":\"2026-11-28T09:00:00Z\",\"receivedAt\":\"2026-11-28T11:00:02Z\",\"context\":{\"library\":{\"name\":\"analytics-ios\"}}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"app_opened\",\"anonymousId\":\"a-1\",\"timestamp\":\"2026-11-28T06:00:00Z\",\"sentAt\":\"2026-11-28T11:00:00Z\",\"receivedAt\":\"2026-11-28T11:00:02Z\",\"context\":{\"library\":{\"name\":\"analytics-ios\"}}}
",
    fix: Fix::None,
};

pub static CONSENT_DENIED: Rule = Rule {
    id: "payload/consent-denied",
    severity: Severity::Error,
    summary: "The payload's `context.consent.categoryPreferences` denies the event's consent category (names mapped by `consent.categories`; `necessary` is never denied).",
    why: "Sending a marketing event after the user said no to marketing is a privacy breach, \
          and the CRM tool may act on it.",
    bad: "\
# file: tracklint.yaml
consent: {categories: {marketing: [Advertising]}}
# file: dictionary.yaml
events:
  newsletter_subscribed: {consent: marketing}
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"newsletter_subscribed\",\"anonymousId\":\"a-1\",\"context\":{\"consent\":{\"categoryPreferences\":{\"Advertising\":false}}}}
",
    good: "\
# file: payloads.ndjson
{\"type\":\"track\",\"event\":\"newsletter_subscribed\",\"anonymousId\":\"a-1\",\"context\":{\"consent\":{\"categoryPreferences\":{\"Advertising\":true}}}}
",
    fix: Fix::None,
};

/// In documentation order.
pub const RULES: &[&Rule] = &[
    &INVALID_JSON,
    &UNKNOWN_EVENT,
    &SCHEMA,
    &UNPLANNED_PROPERTY,
    &RETIRED_EVENT,
    &IDENTITY_MISSING,
    &TIMESTAMP_OFFSET,
    &LIBRARY_OUTDATED,
    &VOLUME_OUT_OF_BAND,
    &DUPLICATE,
    &CLOCK_SKEW,
    &CONSENT_DENIED,
];
