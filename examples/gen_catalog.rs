//! Writes a defect-free, realistic tracklint catalog of N events for the benchmarks (SPEC §7):
//! `cargo run --release --example gen_catalog -- N DIR`. Deterministic: same N, same bytes.
//!
//! Layout: `DIR/tracklint.yaml`, `DIR/dictionary/events_NNN.yaml` (50 events each),
//! `DIR/dictionary/properties_NNN.yaml` (N/5 catalog properties, 100 each) and 20 plan files
//! under `DIR/plans/`. Every rule of tracklint passes on it; the generator checks the facts it
//! can (unique near-duplicate keys, every catalog property referenced) before writing.

use std::collections::HashSet;

use std::fmt::Write as _;
use std::path::Path;
use tracklint::lint::naming::near_duplicate_key;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const EVENTS_PER_FILE: usize = 50;
const PROPERTIES_PER_FILE: usize = 100;
const MAX_NAME: usize = 48;
const APPROVERS: [&str; 2] = ["lifecycle", "crm-ops"];

const CONFIG: &str = "\
# tracklint configuration for a generated benchmark catalog.
catalog: [dictionary, plans]
naming:
  style: object_action
  banned_words: [legacy, old]
  max_length: 48
properties:
  required: [plan_tier]
lifecycle:
  required_stages: [signup, activation, subscription_change, cancellation, payment_failure]
crm:
  approvers: [lifecycle, crm-ops]
review:
  max_age_days: 365
  today: 2026-11-28
business_timezone: America/New_York
";

/// Product nouns for event objects and property names.
#[rustfmt::skip]
const NOUNS: &[&str] = &[
    "account", "agenda", "alert", "album", "answer", "article", "asset", "attachment", "audit",
    "avatar", "badge", "basket", "batch", "board", "booking", "bookmark", "branch", "brand",
    "budget", "bundle", "calendar", "campaign", "candidate", "caption", "cart", "category",
    "channel", "chapter", "chart", "checklist", "client", "coupon", "comment", "contact",
    "contract", "course", "credit", "dashboard", "dataset", "deal", "delivery", "deployment",
    "device", "digest", "document", "domain", "draft", "editor", "entry", "estimate", "expense",
    "feature", "feedback", "filter", "folder", "funnel", "gallery", "goal", "group", "guide",
    "handoff", "incident", "insight", "integration", "invoice", "invitation", "issue", "journey",
    "keyword", "label", "lead", "lesson", "license", "location", "meeting", "member", "mention",
    "message", "milestone", "module", "note", "notebook", "notification", "offer", "organization",
    "package", "partner", "password", "payout", "permission", "pipeline", "playlist", "plugin",
    "podcast", "poll", "portfolio", "post", "preference", "product", "profile", "project",
    "promotion", "proposal", "query", "question", "queue", "quiz", "quote", "reaction", "receipt",
    "recipe", "referral", "reminder", "report", "reservation", "reward", "role", "roadmap", "rule",
    "schedule", "seat", "segment", "session", "setting", "shipment", "signature", "sketch",
    "snapshot", "space", "sprint", "summary", "survey", "task", "team", "template", "thread",
    "ticket", "timeline", "token", "topic", "tour", "trial", "variant", "vendor", "video",
    "voucher", "wallet", "webhook", "wishlist", "workflow", "workspace",
];

/// Past-tense verbs (regular `-ed` forms and irregular participles).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "created", "updated", "deleted", "viewed", "opened", "closed", "shared", "exported", "imported",
    "archived", "restored", "renamed", "submitted", "approved", "rejected", "assigned", "scheduled",
    "completed", "started", "paused", "resumed", "received", "copied", "moved", "pinned", "starred",
    "tagged", "linked", "published", "selected", "expanded", "collapsed", "filtered", "sorted",
    "printed", "duplicated", "verified", "enabled", "disabled", "connected", "requested",
    "accepted", "declined", "expired", "saved", "previewed", "edited", "joined", "synced",
    "reordered", "uploaded", "downloaded", "flagged", "merged", "dismissed", "clicked", "sent",
    "sold", "built", "shown", "made", "found", "lost", "kept", "held", "chosen", "taken", "written",
    "given",
];

#[rustfmt::skip]
const TEAMS: &[&str] = &[
    "growth", "onboarding", "web-platform", "mobile", "search", "collaboration", "notifications",
    "identity", "data-platform", "support", "billing",
];

const TAGS: &[&str] = &["core", "experiment", "kpi", "retention", "self-serve"];

const ENUMS: &[&[&str]] = &[
    &["standard", "premium", "internal"],
    &["pending", "active", "closed"],
    &["web", "ios", "android", "api"],
    &["manual", "scheduled", "automatic"],
    &["low", "medium", "high"],
];

const CHANGES: &[&str] = &[
    "Made the id property required",
    "Narrowed the kind enum",
    "Duration is now in milliseconds",
    "Split the payload per workspace",
    "Dropped the free text label",
];

/// How a reference may narrow a catalog property validly.
#[derive(Clone, Copy)]
enum Narrowing {
    /// An enum subset.
    Enum(&'static [&'static str]),
    /// A higher minimum (the catalog has `minimum: 0`).
    Minimum,
    /// A lower maxLength (the catalog has `maxLength: 200`).
    MaxLength,
    None,
}

/// The kinds of generated catalog properties: name suffix, YAML body, description.
struct Attribute {
    suffix: &'static str,
    body: &'static str,
    description: &'static str,
    narrowing: Narrowing,
}

const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        suffix: "id",
        body: "type: string\n    format: uuid",
        description: "Stable identifier of the {}.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "count",
        body: "type: integer\n    minimum: 0",
        description: "Number of {} items at the time of the event.",
        narrowing: Narrowing::Minimum,
    },
    Attribute {
        suffix: "kind",
        body: "",
        description: "Kind of {}.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "status",
        body: "",
        description: "Status of the {} when the event happened.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "name",
        body: "type: string\n    maxLength: 200",
        description: "Display name of the {}.",
        narrowing: Narrowing::MaxLength,
    },
    Attribute {
        suffix: "duration_ms",
        body: "type: integer\n    minimum: 0\n    unit: milliseconds",
        description: "How long the {} took.",
        narrowing: Narrowing::Minimum,
    },
    Attribute {
        suffix: "size_bytes",
        body: "type: integer\n    minimum: 0\n    unit: bytes",
        description: "Size of the {}.",
        narrowing: Narrowing::Minimum,
    },
    Attribute {
        suffix: "created_at",
        body: "type: timestamp",
        description: "When the {} was first created.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "enabled",
        body: "type: boolean",
        description: "Whether the {} is switched on.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "url",
        body: "type: string\n    format: uri",
        description: "Canonical address of the {}.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "position",
        body: "type: integer\n    minimum: 0",
        description: "Zero-based position of the {} in its list.",
        narrowing: Narrowing::Minimum,
    },
    Attribute {
        suffix: "score",
        body: "type: number\n    minimum: 0\n    maximum: 1",
        description: "Relevance score of the {} between 0 and 1.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "labels",
        body: "type: array\n    items: {type: string}\n    maxItems: 20",
        description: "Labels attached to the {}.",
        narrowing: Narrowing::None,
    },
    Attribute {
        suffix: "locale",
        body: "type: string\n    pattern: \"^[a-z]{2}(-[A-Z]{2})?$\"",
        description: "Locale the {} is shown in.",
        narrowing: Narrowing::None,
    },
];

/// Hand-written catalog properties the fixed events use (name, YAML body).
const SPECIAL_PROPERTIES: &[(&str, &str)] = &[
    (
        "plan_tier",
        "type: string\n    enum: [free, pro, enterprise]\n    description: Billing plan of the account when the event happened.\n    owner: billing",
    ),
    (
        "currency",
        "type: string\n    pattern: \"^[A-Z]{3}$\"\n    description: ISO 4217 code of every amount on the event.",
    ),
    (
        "revenue",
        "type: number\n    minimum: 0\n    unit: USD cents\n    description: Amount charged.\n    owner: billing",
    ),
    (
        "tax",
        "type: number\n    minimum: 0\n    unit: USD cents\n    description: Tax included in the amount charged.",
    ),
    (
        "refund_amount",
        "type: number\n    minimum: 0\n    unit: USD cents\n    description: Amount returned to the customer.",
    ),
    (
        "account_id",
        "type: string\n    format: uuid\n    description: The billing account.",
    ),
    (
        "order_id",
        "type: string\n    description: The order, as the checkout service numbers it.",
    ),
    (
        "app_version",
        "type: string\n    description: Semantic version of the mobile app build.",
    ),
    (
        "signup_method",
        "type: string\n    enum: [email, google, github, sso]\n    description: How the user created the account.",
    ),
    (
        "email_address",
        "type: string\n    format: email\n    classification: personal\n    description: The user's email address.",
    ),
    (
        "full_name",
        "type: string\n    classification: personal\n    description: The user's name as entered.",
    ),
    (
        "ip_address",
        "type: string\n    classification: personal\n    description: Client IP address at signup.",
    ),
    (
        "card_fingerprint",
        "type: string\n    classification: sensitive\n    description: Payment processor fingerprint of the card.",
    ),
    (
        "newsletter_choice",
        "type: string\n    enum: [\"yes\", \"no\", later]\n    description: The answer to the newsletter prompt.",
    ),
    (
        "previous_plan_tier",
        "type: string\n    enum: [free, pro, enterprise]\n    description: Billing plan before the change.",
    ),
    (
        "cancellation_reason",
        "type: string\n    enum: [price, missing_feature, switched_tool, other]\n    description: Reason picked in the cancellation survey.",
    ),
    (
        "failure_reason",
        "type: string\n    description: Decline code from the payment processor.",
    ),
];

/// Inline property definitions some events carry (local to the event, one type per name),
/// as they follow the entry's colon.
const INLINE_PROPERTIES: &[(&str, &str)] = &[
    (
        "step_number",
        "\n        type: integer\n        minimum: 1\n        required: true\n        description: Which step of the flow this was.",
    ),
    (
        "time_to_complete_s",
        "\n        type: number\n        minimum: 0\n        unit: seconds\n        required: true\n        description: Seconds from the first step to the last.",
    ),
    (
        "search_query",
        "\n        type: string\n        maxLength: 200\n        description: What the user typed.",
    ),
    (
        "visible_result_count",
        "\n        type: integer\n        minimum: 0\n        required: true\n        description: How many results were on screen.",
    ),
    (
        "error_code",
        "\n        type: string\n        enum: [timeout, forbidden, conflict, invalid]\n        description: Why the action did not go through.",
    ),
    (
        "retry_attempt",
        "\n        type: integer\n        minimum: 0\n        description: Zero for the first try.",
    ),
    (
        "is_first_run",
        "\n        type: boolean\n        required: true\n        description: True the first time this user did it.",
    ),
    (
        "viewport_width",
        "\n        type: integer\n        minimum: 0\n        unit: CSS pixels\n        description: Browser viewport width.",
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum SourceKind {
    Client,
    Mobile,
    Server,
}

struct PlanSpec {
    id: &'static str,
    description: &'static str,
    owner: &'static str,
    kind: SourceKind,
    library: &'static str,
    min_version: &'static str,
    to_crm: bool,
}

const fn plan(
    id: &'static str,
    description: &'static str,
    owner: &'static str,
    kind: SourceKind,
    to_crm: bool,
) -> PlanSpec {
    let (library, min_version) = match kind {
        SourceKind::Client => ("analytics.js", "4.1.0"),
        SourceKind::Mobile => ("analytics-swift", "1.5.0"),
        SourceKind::Server => ("analytics-node", "2.0.0"),
    };
    PlanSpec {
        id,
        description,
        owner,
        kind,
        library,
        min_version,
        to_crm,
    }
}

#[rustfmt::skip]
const PLANS: [PlanSpec; 20] = [
    plan("web_app", "Browser app", "web-platform", SourceKind::Client, false),
    plan("web_checkout", "Checkout pages", "billing", SourceKind::Client, false),
    plan("marketing_site", "Public marketing site", "growth", SourceKind::Client, false),
    plan("admin_console", "Admin console", "identity", SourceKind::Client, false),
    plan("docs_site", "Documentation site", "support", SourceKind::Client, false),
    plan("web_editor", "Document editor", "collaboration", SourceKind::Client, false),
    plan("partner_portal", "Partner portal", "growth", SourceKind::Client, false),
    plan("help_center", "Help center", "support", SourceKind::Client, false),
    plan("ios_app", "iPhone app", "mobile", SourceKind::Mobile, false),
    plan("android_app", "Android app", "mobile", SourceKind::Mobile, false),
    plan("ipad_app", "iPad app", "mobile", SourceKind::Mobile, false),
    plan("android_tablet_app", "Android tablet app", "mobile", SourceKind::Mobile, false),
    plan("ios_share_extension", "iOS share extension", "mobile", SourceKind::Mobile, false),
    plan("android_widget", "Android home screen widget", "mobile", SourceKind::Mobile, false),
    plan("billing_service", "Billing backend", "billing", SourceKind::Server, false),
    plan("api_gateway", "Public API gateway", "web-platform", SourceKind::Server, false),
    plan("auth_service", "Authentication service", "identity", SourceKind::Server, false),
    plan("data_sync_service", "Sync backend", "data-platform", SourceKind::Server, false),
    plan("lifecycle_worker", "Lifecycle journeys worker", "lifecycle", SourceKind::Server, true),
    plan("notifications_service", "Notifications backend", "notifications", SourceKind::Server, true),
];

const WEB_APP: usize = 0;
const WEB_CHECKOUT: usize = 1;
const IOS_APP: usize = 8;
const ANDROID_APP: usize = 9;
const BILLING_SERVICE: usize = 14;
const API_GATEWAY: usize = 15;
const AUTH_SERVICE: usize = 16;
const DATA_SYNC_SERVICE: usize = 17;
const LIFECYCLE_WORKER: usize = 18;
const NOTIFICATIONS_SERVICE: usize = 19;

/// xorshift64: tiny, deterministic, good enough to shuffle names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `per_mille` / 1000.
    fn chance(&mut self, per_mille: usize) -> bool {
        self.below(1000) < per_mille
    }
}

struct CatalogProperty {
    name: String,
    body: String,
    narrowing: Narrowing,
    is_id: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Active,
    Deprecated,
    Retired,
}

struct EventSpec {
    name: String,
    description: String,
    owner: &'static str,
    status: Status,
    version: usize,
    lifecycle: Option<&'static str>,
    consent: &'static str,
    dedupe_key: Option<String>,
    /// Entry name and what follows its colon (` required`, or an indented block).
    properties: Vec<(String, String)>,
    crm_approver: Option<&'static str>,
    volume: Option<(usize, usize)>,
    renamed_from: Option<String>,
    replaced_by: Option<String>,
    last_reviewed: String,
    tag: Option<&'static str>,
    plans: Vec<usize>,
    pin_version: bool,
}

impl EventSpec {
    fn new(name: &str, description: &str, owner: &'static str, rng: &mut Rng) -> EventSpec {
        EventSpec {
            name: name.to_owned(),
            description: description.to_owned(),
            owner,
            status: Status::Active,
            version: 1,
            lifecycle: None,
            consent: "analytics",
            dedupe_key: None,
            properties: Vec::new(),
            crm_approver: None,
            volume: None,
            renamed_from: None,
            replaced_by: None,
            last_reviewed: recent_date(rng),
            tag: None,
            plans: Vec::new(),
            pin_version: false,
        }
    }

    /// Adds a property entry unless the event already has one of that name.
    fn add(&mut self, name: &str, value: &str) {
        if !self.properties.iter().any(|(n, _)| n == name) {
            self.properties.push((name.to_owned(), value.to_owned()));
        }
    }

    fn kinds(&self) -> impl Iterator<Item = SourceKind> + '_ {
        self.plans.iter().map(|&p| PLANS[p].kind)
    }

    fn has_server_plan(&self) -> bool {
        self.kinds().any(|k| k == SourceKind::Server)
    }

    fn has_client_or_mobile_plan(&self) -> bool {
        self.kinds().any(|k| k != SourceKind::Server)
    }

    fn sent_to_crm(&self) -> bool {
        self.plans.iter().any(|&p| PLANS[p].to_crm)
    }
}

/// Names already taken, by tracklint's own near-duplicate key.
#[derive(Default)]
struct NameKeys(HashSet<String>);

impl NameKeys {
    fn claim(&mut self, name: &str) -> bool {
        name.len() <= MAX_NAME && self.0.insert(near_duplicate_key(name))
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [count, dir] = args.as_slice() else {
        return Err("usage: gen_catalog N DIR".into());
    };
    let count: usize = count
        .parse()
        .map_err(|_| format!("N must be a number: {count}"))?;
    if count < 100 {
        return Err("N must be at least 100".into());
    }
    let dir = Path::new(dir);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let properties = catalog_properties(count / 5, &mut rng)?;
    let events = events(count, &properties, &mut rng)?;
    check_references(&properties, &events)?;
    write_catalog(dir, &properties, &events)
}

// ---------------------------------------------------------------------------------------------
// Properties

fn catalog_properties(total: usize, rng: &mut Rng) -> Result<Vec<CatalogProperty>> {
    let mut keys = NameKeys::default();
    for (name, _) in INLINE_PROPERTIES {
        keys.claim(name);
    }
    let mut properties = Vec::with_capacity(total);
    for (name, body) in SPECIAL_PROPERTIES {
        if !keys.claim(name) {
            return Err(format!("special property {name} collides").into());
        }
        properties.push(CatalogProperty {
            name: (*name).to_owned(),
            body: (*body).to_owned(),
            narrowing: Narrowing::None,
            is_id: name.ends_with("_id"),
        });
    }
    // One `<noun>_id` per noun first (events use them as dedupe keys), then a mix.
    let id_count = (total.saturating_sub(properties.len()) / 4).max(1);
    for noun in NOUNS.iter().take(id_count) {
        push_generated(&mut properties, &mut keys, &[noun], &ATTRIBUTES[0], rng);
    }
    let mut attempts = 0;
    while properties.len() < total {
        attempts += 1;
        if attempts > total * 100 {
            return Err("could not find enough distinct property names".into());
        }
        let words = if rng.chance(400) { 1 } else { 2 };
        let nouns = pick_nouns(rng, words);
        let attribute = rng.pick(ATTRIBUTES);
        push_generated(&mut properties, &mut keys, &nouns, attribute, rng);
    }
    Ok(properties)
}

fn push_generated(
    properties: &mut Vec<CatalogProperty>,
    keys: &mut NameKeys,
    nouns: &[&str],
    attribute: &Attribute,
    rng: &mut Rng,
) {
    let name = format!("{}_{}", nouns.join("_"), attribute.suffix);
    if !keys.claim(&name) {
        return;
    }
    let object = nouns.join(" ");
    let description = attribute.description.replace("{}", &object);
    let (body, narrowing) = if attribute.body.is_empty() {
        let values = *rng.pick(ENUMS);
        let body = format!("type: string\n    enum: [{}]", values.join(", "));
        (body, Narrowing::Enum(values))
    } else {
        (attribute.body.to_owned(), attribute.narrowing)
    };
    properties.push(CatalogProperty {
        name,
        body: format!("{body}\n    description: {description}"),
        narrowing,
        is_id: attribute.suffix == "id",
    });
}

fn pick_nouns(rng: &mut Rng, count: usize) -> Vec<&'static str> {
    let mut nouns: Vec<&'static str> = Vec::with_capacity(count);
    while nouns.len() < count {
        let noun = *rng.pick(NOUNS);
        if !nouns.contains(&noun) {
            nouns.push(noun);
        }
    }
    nouns
}

// ---------------------------------------------------------------------------------------------
// Events

/// The catalog properties events draw from, split by role.
struct Pools<'a> {
    ids: Vec<&'a CatalogProperty>,
    generic: Vec<&'a CatalogProperty>,
}

fn events(count: usize, properties: &[CatalogProperty], rng: &mut Rng) -> Result<Vec<EventSpec>> {
    let special: HashSet<&str> = SPECIAL_PROPERTIES.iter().map(|(n, _)| *n).collect();
    let pools = Pools {
        ids: properties
            .iter()
            .filter(|p| p.is_id && !special.contains(p.name.as_str()))
            .collect(),
        generic: properties
            .iter()
            .filter(|p| !special.contains(p.name.as_str()))
            .collect(),
    };
    let mut keys = NameKeys::default();
    let mut events = fixed_events(rng);
    for event in &events {
        if !keys.claim(&event.name) {
            return Err(format!("fixed event {} collides", event.name).into());
        }
    }
    let mut last_active = events[0].name.clone();
    let mut index = 0;
    while events.len() < count {
        let (name, nouns, verb) = event_name(rng, &mut keys)?;
        let mut event = generated_event(name, &nouns, verb, index, &pools, rng);
        if event.renamed_from.is_some() {
            event.renamed_from = Some(event_name(rng, &mut keys)?.0);
        }
        if event.status == Status::Deprecated {
            event.replaced_by = Some(last_active.clone());
        } else if event.status == Status::Active {
            last_active = event.name.clone();
        }
        events.push(event);
        index += 1;
    }
    Ok(events)
}

/// A fresh `<nouns>_<verb>` name whose near-duplicate key no other name has.
fn event_name(
    rng: &mut Rng,
    keys: &mut NameKeys,
) -> Result<(String, Vec<&'static str>, &'static str)> {
    for _ in 0..10_000 {
        let words = match rng.below(10) {
            0..=2 => 1,
            3..=8 => 2,
            _ => 3,
        };
        let nouns = pick_nouns(rng, words);
        let verb = *rng.pick(VERBS);
        let name = format!("{}_{verb}", nouns.join("_"));
        if keys.claim(&name) {
            return Ok((name, nouns, verb));
        }
    }
    Err("ran out of distinct event names".into())
}

fn event_description(nouns: &[&str], verb: &str, rng: &mut Rng) -> String {
    let object = nouns.join(" ");
    match rng.below(3) {
        0 => format!("Fired when {} {object} is {verb}.", article(&object)),
        1 => format!("The {object} was {verb}."),
        _ => format!("Sent once the {object} has been {verb}."),
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// One generated event: mostly plain product analytics, with a few percent each of CRM
/// triggers, money events, deprecated and retired events and high-volume events.
fn generated_event(
    name: String,
    nouns: &[&str],
    verb: &str,
    index: usize,
    pools: &Pools,
    rng: &mut Rng,
) -> EventSpec {
    let description = event_description(nouns, verb, rng);
    let owner = *rng.pick(TEAMS);
    let mut event = EventSpec::new(&name, &description, owner, rng);
    let roll = rng.below(1000);
    let crm = roll < 30;
    let money = (30..60).contains(&roll);
    event.status = match roll {
        60..70 => Status::Deprecated,
        70..75 => Status::Retired,
        _ => Status::Active,
    };
    event.consent = match (crm, money) {
        (true, _) => "marketing",
        (_, true) => "necessary",
        _ if rng.chance(100) => "necessary",
        _ => "analytics",
    };
    event.version = match rng.below(100) {
        0..12 => 2,
        12..15 => 3,
        _ => 1,
    };
    event.pin_version = event.version > 1 && rng.chance(500);
    assign_plans(&mut event, crm, money, rng);
    add_properties(&mut event, nouns, index, pools, money, rng);
    if crm {
        event.crm_approver = Some(*rng.pick(&APPROVERS));
    }
    if (75..95).contains(&roll) {
        event.volume = Some((20_000, 100_000 + 50_000 * rng.below(8)));
    } else if rng.chance(150) {
        event.volume = Some((rng.below(20), 500 + 100 * rng.below(50)));
    }
    if event.status == Status::Active && rng.chance(10) {
        event.renamed_from = Some(String::new());
    }
    if rng.chance(150) {
        event.tag = Some(*rng.pick(TAGS));
    }
    event
}

/// The plans that list the event: one primary source, plus a server plan for revenue facts
/// and a CRM plan for CRM triggers. Retired events are listed nowhere.
fn assign_plans(event: &mut EventSpec, crm: bool, money: bool, rng: &mut Rng) {
    if event.status == Status::Retired {
        return;
    }
    let primary = rng.below(LIFECYCLE_WORKER);
    event.plans.push(primary);
    let is_server = PLANS[primary].kind == SourceKind::Server;
    if money && !is_server {
        event.plans.push(BILLING_SERVICE);
    } else if !is_server && rng.chance(80) {
        event
            .plans
            .push(*rng.pick(&[API_GATEWAY, DATA_SYNC_SERVICE]));
    }
    if crm {
        event
            .plans
            .push(*rng.pick(&[LIFECYCLE_WORKER, NOTIFICATIONS_SERVICE]));
    }
}

fn add_properties(
    event: &mut EventSpec,
    nouns: &[&str],
    index: usize,
    pools: &Pools,
    money: bool,
    rng: &mut Rng,
) {
    if rng.chance(150) {
        event.add("plan_tier", " {required: true, enum: [pro, enterprise]}");
    } else {
        event.add("plan_tier", " required");
    }
    let id = own_id(nouns, pools).unwrap_or_else(|| *rng.pick(&pools.ids));
    event.add(&id.name, " required");
    // CRM triggers and events sent from both sides need an idempotency key.
    let needs_dedupe =
        event.sent_to_crm() || (event.has_server_plan() && event.has_client_or_mobile_plan());
    if needs_dedupe || rng.chance(100) {
        event.dedupe_key = Some(id.name.clone());
    }
    // Every generic property is referenced by some event: walk them round-robin.
    let covered = pools.generic[index % pools.generic.len()];
    add_reference(event, covered, rng);
    for _ in 0..rng.below(2) {
        let property = *rng.pick(&pools.generic);
        add_reference(event, property, rng);
    }
    if rng.chance(100) {
        let (name, body) = rng.pick(INLINE_PROPERTIES);
        event.add(name, body);
    }
    if money {
        event.add("revenue", " required");
        event.add("currency", " required");
    }
    let personal_allowed = !event.sent_to_crm() || event.consent != "analytics";
    if personal_allowed && rng.chance(30) {
        event.add("email_address", " optional");
    }
    if event.kinds().any(|k| k == SourceKind::Mobile) {
        event.add("app_version", " required");
    }
}

/// `<noun>_id` for one of the event's own nouns, when the catalog has it.
fn own_id<'a>(nouns: &[&str], pools: &Pools<'a>) -> Option<&'a CatalogProperty> {
    nouns.iter().find_map(|noun| {
        pools
            .ids
            .iter()
            .find(|p| p.name.strip_suffix("_id") == Some(*noun))
            .copied()
    })
}

/// A reference, sometimes required, sometimes narrowed the way its type allows.
fn add_reference(event: &mut EventSpec, property: &CatalogProperty, rng: &mut Rng) {
    let required = rng.chance(400);
    let narrowing = if rng.chance(150) {
        property.narrowing
    } else {
        Narrowing::None
    };
    let value = match narrowing {
        Narrowing::Enum(values) => format!(
            " {{required: {required}, enum: [{}]}}",
            values[..2].join(", ")
        ),
        Narrowing::Minimum => format!(" {{required: {required}, minimum: 1}}"),
        Narrowing::MaxLength => format!(" {{required: {required}, maxLength: 80}}"),
        Narrowing::None if required => REQUIRED.to_owned(),
        Narrowing::None => OPTIONAL.to_owned(),
    };
    event.add(&property.name, &value);
}

/// A hand-written event: the lifecycle stages, revenue and CRM facts, personal data.
struct FixedEvent {
    name: &'static str,
    description: &'static str,
    owner: &'static str,
    lifecycle: Option<&'static str>,
    consent: &'static str,
    version: usize,
    dedupe_key: Option<&'static str>,
    crm_approver: Option<&'static str>,
    volume: Option<(usize, usize)>,
    plans: &'static [usize],
    /// Entry name and what follows its colon, as in [`EventSpec::properties`].
    properties: &'static [(&'static str, &'static str)],
}

const REQUIRED: &str = " required";
const OPTIONAL: &str = " optional";

/// Defaults for [`FIXED_EVENTS`] entries.
const FIXED: FixedEvent = FixedEvent {
    name: "",
    description: "",
    owner: "billing",
    lifecycle: None,
    consent: "necessary",
    version: 1,
    dedupe_key: None,
    crm_approver: None,
    volume: None,
    plans: &[BILLING_SERVICE],
    properties: &[],
};

const FIXED_EVENTS: &[FixedEvent] = &[
    FixedEvent {
        name: "user_signed_up",
        description: "A visitor created an account.",
        owner: "growth",
        lifecycle: Some("signup"),
        dedupe_key: Some("account_id"),
        plans: &[WEB_APP, AUTH_SERVICE],
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("signup_method", REQUIRED),
            ("email_address", REQUIRED),
            ("full_name", OPTIONAL),
            ("ip_address", OPTIONAL),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "workspace_activated",
        description: "A workspace finished the activation checklist.",
        owner: "onboarding",
        lifecycle: Some("activation"),
        consent: "analytics",
        plans: &[WEB_APP],
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            INLINE_PROPERTIES[1],
        ],
        ..FIXED
    },
    FixedEvent {
        name: "order_completed",
        description: "A customer paid for an order.",
        lifecycle: Some("purchase"),
        version: 2,
        dedupe_key: Some("order_id"),
        plans: &[WEB_CHECKOUT, BILLING_SERVICE],
        properties: &[
            ("order_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("revenue", REQUIRED),
            ("currency", REQUIRED),
            ("tax", OPTIONAL),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "subscription_changed",
        description: "An account moved to another billing plan.",
        lifecycle: Some("subscription_change"),
        consent: "marketing",
        dedupe_key: Some("account_id"),
        crm_approver: Some("lifecycle"),
        plans: &[BILLING_SERVICE, LIFECYCLE_WORKER],
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("previous_plan_tier", REQUIRED),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "subscription_cancelled",
        description: "An account cancelled its paid plan.",
        lifecycle: Some("cancellation"),
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("cancellation_reason", OPTIONAL),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "payment_failed",
        description: "A renewal charge was declined.",
        lifecycle: Some("payment_failure"),
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("failure_reason", REQUIRED),
            ("card_fingerprint", OPTIONAL),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "order_refunded",
        description: "Support refunded part or all of an order.",
        properties: &[
            ("order_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("refund_amount", REQUIRED),
            ("currency", REQUIRED),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "newsletter_preference_saved",
        description: "A user answered the newsletter prompt.",
        owner: "growth",
        consent: "marketing",
        dedupe_key: Some("account_id"),
        crm_approver: Some("crm-ops"),
        plans: &[WEB_APP, NOTIFICATIONS_SERVICE],
        properties: &[
            ("account_id", REQUIRED),
            ("plan_tier", REQUIRED),
            ("newsletter_choice", REQUIRED),
            ("email_address", REQUIRED),
        ],
        ..FIXED
    },
    FixedEvent {
        name: "app_opened",
        description: "The mobile app came to the foreground.",
        owner: "mobile",
        consent: "analytics",
        volume: Some((50_000, 900_000)),
        plans: &[IOS_APP, ANDROID_APP],
        properties: &[
            ("account_id", OPTIONAL),
            ("plan_tier", REQUIRED),
            ("app_version", REQUIRED),
        ],
        ..FIXED
    },
];

fn fixed_events(rng: &mut Rng) -> Vec<EventSpec> {
    FIXED_EVENTS
        .iter()
        .map(|fixed| {
            let mut event = EventSpec::new(fixed.name, fixed.description, fixed.owner, rng);
            event.lifecycle = fixed.lifecycle;
            event.consent = fixed.consent;
            event.version = fixed.version;
            event.pin_version = fixed.version > 1;
            event.dedupe_key = fixed.dedupe_key.map(str::to_owned);
            event.crm_approver = fixed.crm_approver;
            event.volume = fixed.volume;
            event.plans = fixed.plans.to_vec();
            for (name, value) in fixed.properties {
                event.add(name, value);
            }
            event
        })
        .collect()
}

/// Every catalog property must be referenced (properties/unused); the round-robin above
/// guarantees it, and this says so loudly if a change breaks that.
fn check_references(properties: &[CatalogProperty], events: &[EventSpec]) -> Result<()> {
    let used: HashSet<&str> = events
        .iter()
        .flat_map(|e| e.properties.iter().map(|(n, _)| n.as_str()))
        .collect();
    match properties.iter().find(|p| !used.contains(p.name.as_str())) {
        Some(unused) => Err(format!("property {} is referenced by no event", unused.name).into()),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

fn write_catalog(dir: &Path, properties: &[CatalogProperty], events: &[EventSpec]) -> Result<()> {
    let dictionary = dir.join("dictionary");
    let plans = dir.join("plans");
    std::fs::create_dir_all(&dictionary)?;
    std::fs::create_dir_all(&plans)?;
    std::fs::write(dir.join("tracklint.yaml"), CONFIG)?;
    for (index, chunk) in properties.chunks(PROPERTIES_PER_FILE).enumerate() {
        let path = dictionary.join(format!("properties_{index:03}.yaml"));
        std::fs::write(path, properties_file(chunk)?)?;
    }
    for (index, chunk) in events.chunks(EVENTS_PER_FILE).enumerate() {
        let path = dictionary.join(format!("events_{index:03}.yaml"));
        std::fs::write(path, events_file(chunk)?)?;
    }
    for (index, spec) in PLANS.iter().enumerate() {
        let path = plans.join(format!("{}.yaml", spec.id));
        std::fs::write(path, plan_file(index, spec, events)?)?;
    }
    Ok(())
}

fn properties_file(properties: &[CatalogProperty]) -> Result<String> {
    let mut out = String::from("properties:\n");
    for property in properties {
        writeln!(out, "  {}:\n    {}", property.name, property.body)?;
    }
    Ok(out)
}

fn events_file(events: &[EventSpec]) -> Result<String> {
    let mut out = String::with_capacity(events.len() * 400);
    out.push_str("events:\n");
    for event in events {
        write_event(&mut out, event)?;
    }
    Ok(out)
}

fn write_event(out: &mut String, event: &EventSpec) -> Result<()> {
    writeln!(out, "  {}:", event.name)?;
    writeln!(out, "    description: {}", event.description)?;
    writeln!(out, "    owner: {}", event.owner)?;
    match event.status {
        Status::Active => {}
        Status::Deprecated => writeln!(out, "    status: deprecated")?,
        Status::Retired => writeln!(out, "    status: retired")?,
    }
    if event.version > 1 {
        writeln!(out, "    version: {}", event.version)?;
    }
    if let Some(stage) = event.lifecycle {
        writeln!(out, "    lifecycle: {stage}")?;
    }
    writeln!(out, "    consent: {}", event.consent)?;
    if let Some(key) = &event.dedupe_key {
        writeln!(out, "    dedupe_key: {key}")?;
    }
    out.push_str("    properties:\n");
    for (name, value) in &event.properties {
        writeln!(out, "      {name}:{value}")?;
    }
    write_event_extras(out, event)?;
    writeln!(out, "    last_reviewed: {}", event.last_reviewed)?;
    if let Some(tag) = event.tag {
        writeln!(out, "    tags: [{tag}]")?;
    }
    Ok(())
}

/// CRM approval, volume and sampling, renames, deprecation and changelog.
fn write_event_extras(out: &mut String, event: &EventSpec) -> Result<()> {
    if let Some(approver) = event.crm_approver {
        writeln!(
            out,
            "    crm: {{eligible: true, approved_by: {approver}, approved_version: {}, trigger: Journey step after {}}}",
            event.version,
            event.name.replace('_', " ")
        )?;
    }
    if let Some((min, max)) = event.volume {
        if max >= 100_000 {
            writeln!(out, "    sampling: {{rate: 0.1, rule: per anonymous_id}}")?;
        }
        writeln!(
            out,
            "    volume: {{min_per_hour: {min}, max_per_hour: {max}}}"
        )?;
    }
    if let Some(old) = &event.renamed_from {
        writeln!(out, "    renamed_from: [{old}]")?;
        writeln!(
            out,
            "    backfill: map {old} one to one before the rename date"
        )?;
    }
    if let Some(replacement) = &event.replaced_by {
        writeln!(
            out,
            "    deprecated: {{since: 2026-10-01, replaced_by: {replacement}, sunset: 2027-06-30}}"
        )?;
    }
    if event.version > 1 {
        out.push_str("    changelog:\n");
        for version in 2..=event.version {
            let summary = CHANGES[(event.name.len() + version) % CHANGES.len()];
            writeln!(
                out,
                "      - {{version: {version}, date: 2025-{:02}-15, summary: {summary}}}",
                version * 3
            )?;
        }
    }
    Ok(())
}

fn plan_file(index: usize, spec: &PlanSpec, events: &[EventSpec]) -> Result<String> {
    let mut out = String::new();
    writeln!(out, "plan: {}", spec.id)?;
    writeln!(out, "description: {}", spec.description)?;
    writeln!(out, "owner: {}", spec.owner)?;
    writeln!(out, "source:")?;
    let kind = match spec.kind {
        SourceKind::Client => "client",
        SourceKind::Mobile => "mobile",
        SourceKind::Server => "server",
    };
    writeln!(out, "  kind: {kind}")?;
    writeln!(out, "  library: {}", spec.library)?;
    writeln!(out, "  min_library_version: {}", spec.min_version)?;
    let (identity, required) = match spec.kind {
        SourceKind::Client => ("anonymous_id, user_id", "plan_tier"),
        SourceKind::Mobile => ("anonymous_id, user_id", "plan_tier, app_version"),
        SourceKind::Server => ("user_id", "plan_tier"),
    };
    if spec.kind == SourceKind::Mobile {
        writeln!(out, "  max_clock_skew: 2h")?;
    }
    let destinations = if spec.to_crm {
        "warehouse, crm"
    } else {
        "warehouse"
    };
    writeln!(out, "destinations: [{destinations}]")?;
    writeln!(out, "identity: [{identity}]")?;
    writeln!(out, "required_properties: [{required}]")?;
    out.push_str("events:\n");
    for event in events.iter().filter(|e| e.plans.contains(&index)) {
        if event.pin_version {
            writeln!(out, "  {}: {{version: {}}}", event.name, event.version)?;
        } else {
            writeln!(out, "  {}: {{}}", event.name)?;
        }
    }
    Ok(out)
}

/// A date in the ten months before the pinned `review.today` (2026-11-28 in [`CONFIG`]), so
/// no review is overdue.
fn recent_date(rng: &mut Rng) -> String {
    format!("2026-{:02}-{:02}", 1 + rng.below(10), 1 + rng.below(28))
}
