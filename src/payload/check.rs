//! The checks of one payload line, run on the worker pool: parse it (a `{"batch": [...]}` line
//! gives several calls, all at its line), skip calls that are not `track`, and check each track
//! call against its event's schema and the rules that need only the call itself. What needs
//! the whole stream (duplicates, library groups, volumes) is left as facts for `collect`.

use jiff::Timestamp;
use serde_json::{Map, Value};

use super::context::{Applied, Context, EventFacts, Pinned, PlanFacts};
use super::json::{self, Element, Loose, MAX_BATCH_CALLS, Parsed};
use super::library::{LibraryRef, RecentLibraries};
use super::reader::{LINE_LIMIT, Line, LineKind};
use super::recent::IdHasher;
use super::short::ShortText;
use super::tree::{Tree, TreeNode};
use super::violation::{self, escape_pointer, quote, short};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::payload::{
    CLOCK_SKEW, CONSENT_DENIED, IDENTITY_MISSING, INVALID_JSON, RETIRED_EVENT, SCHEMA,
    TIMESTAMP_OFFSET, UNKNOWN_EVENT, UNPLANNED_PROPERTY,
};
use crate::rule::Rule;
use crate::syntax::source::FileId;

/// Most diagnostics of one rule for one call (schema errors, unplanned properties).
const PER_CALL: usize = 10;

/// Library names and versions are kept (and shown) at most this long.
const NAME_BYTES: usize = 100;

/// One checked line, or one call of a batch line.
#[derive(Debug)]
pub struct Checked {
    pub file: FileId,
    pub line: u32,
    pub call: Call,
    pub diagnostics: Vec<Diagnostic>,
}

/// Most lines are track calls, held inline: boxing them would allocate once a call (and free
/// on the collector's thread).
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Call {
    /// An empty line.
    Blank,
    /// Not JSON, or not a JSON object (`payload/invalid-json`).
    NotJson,
    /// A batch item that is not an object, counted by a summary diagnostic of its line.
    NotJsonUnlisted,
    /// A call of another type (identify, page, ...), by its type.
    Skipped(String),
    Track(Track),
}

/// What `collect` needs of a track call.
#[derive(Debug)]
pub struct Track {
    pub event: EventRef,
    pub plan: Applied,
    pub message_id: Option<Id>,
    pub dedupe: Option<Id>,
    pub library: Option<LibraryRef>,
    /// The plan that applied lists its (known) event; with no plan identified, any plan does.
    pub listed: bool,
    /// That plan (or, with none identified, some plan) pins an older version of the event.
    pub pins_older: bool,
    pub timestamp: Option<Timestamp>,
    /// The start of its hour in `business_timezone` (Unix seconds), with `--volume`.
    pub hour: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventRef {
    /// A catalog event, by index.
    Known(u32),
    /// A name the dictionary does not define (at most `NAME_BYTES` long).
    Unknown(String),
    /// No event name.
    Missing,
}

/// A hashed id and how to show it (held inline: most calls carry one, few are shown).
#[derive(Debug)]
pub struct Id {
    pub hash: u64,
    pub shown: ShortText,
}

/// What one worker task keeps from line to line (the lines of one batch, `'b`).
#[derive(Debug, Default)]
pub struct Worker<'b> {
    libraries: RecentLibraries,
    tree: Tree<'b>,
}

/// Checks one line and appends its calls to `out`. `batch` holds the batch's bytes, the
/// line at `start..end`.
pub fn check_line<'b>(
    cx: &Context,
    worker: &mut Worker<'b>,
    file: FileId,
    line: &Line,
    batch: &'b [u8],
    out: &mut Vec<Checked>,
) {
    let number = line.number;
    let (start, end) = match line.kind {
        LineKind::TooLong { length } => {
            let message = format!(
                "line {number} is longer than {} MiB ({length} bytes); it was skipped unread",
                LINE_LIMIT / (1024 * 1024)
            );
            out.push(not_json(cx, file, number, message, None));
            return;
        }
        LineKind::Text { start, end } => (start as usize, end as usize),
    };
    let Some(bytes) = batch.get(start..end) else {
        return;
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        out.push(Checked {
            file,
            line: number,
            call: Call::Blank,
            diagnostics: Vec::new(),
        });
        return;
    }
    let mut call = json::Call::default();
    let parsed = match json::parse(bytes, &mut worker.tree, &mut call) {
        Ok(parsed) => parsed,
        Err(reason) => {
            let message = format!("line {number} is not valid JSON: {reason}");
            out.push(not_json(cx, file, number, message, None));
            return;
        }
    };
    // Calls are checked where they were parsed, never moved (each holds a dozen fields).
    match &parsed {
        Parsed::NotObject(kind) => {
            let message = format!("line {number} is {kind}, not a JSON object (a Segment call)");
            out.push(not_json(cx, file, number, message, None));
        }
        Parsed::Call => {
            let envelope = Envelope::default();
            out.push(check_call(cx, worker, file, number, &call, "", &envelope));
        }
        Parsed::Batch {
            calls,
            skipped,
            sent_at,
        } => {
            let envelope = Envelope {
                sent_at: instant(sent_at.as_ref()),
            };
            let mut not_objects = 0usize;
            for (index, element) in calls.iter().enumerate() {
                let prefix = format!("/batch/{index}");
                out.push(match element {
                    Element::Call(call) => {
                        check_call(cx, worker, file, number, call, &prefix, &envelope)
                    }
                    // Each is an invalid call; the first few say so, the rest are counted.
                    Element::NotObject(_) if not_objects >= PER_CALL => {
                        not_objects += 1;
                        invalid_unreported(file, number)
                    }
                    Element::NotObject(kind) => {
                        not_objects += 1;
                        let message = format!(
                            "batch item {index} of line {number} is {kind}, not a JSON object"
                        );
                        not_json(cx, file, number, message, Some(prefix))
                    }
                });
            }
            // Said once for the line, on its last call (they are not calls of their own).
            let mut summary = Vec::new();
            if not_objects > PER_CALL {
                let message = format!(
                    "{} more items of the batch on line {number} are not JSON objects",
                    not_objects - PER_CALL
                );
                summary
                    .extend(not_json(cx, file, number, message, Some("/batch".into())).diagnostics);
            }
            if *skipped > 0 {
                let message = format!(
                    "the batch on line {number} holds {} items, more than the {MAX_BATCH_CALLS} checked; the other {skipped} were not read (Segment accepts at most 500 KB a batch)",
                    MAX_BATCH_CALLS + skipped
                );
                summary
                    .extend(not_json(cx, file, number, message, Some("/batch".into())).diagnostics);
            }
            if let Some(last) = out.last_mut() {
                last.diagnostics.extend(summary);
            }
        }
    }
}

/// A batch item that is not an object, beyond the ones reported: invalid, without a
/// diagnostic of its own.
fn invalid_unreported(file: FileId, line: u32) -> Checked {
    Checked {
        file,
        line,
        call: Call::NotJsonUnlisted,
        diagnostics: Vec::new(),
    }
}

/// A `payload/invalid-json` line.
fn not_json(
    cx: &Context,
    file: FileId,
    line: u32,
    message: String,
    pointer: Option<String>,
) -> Checked {
    let diagnostics = cx
        .at_line(&INVALID_JSON, file, line, message)
        .map(|d| {
            let d = d.with_help(
                "send one JSON object per line (newline-delimited JSON), as Segment's APIs accept",
            );
            match pointer {
                Some(pointer) => d.with_pointer(pointer),
                None => d,
            }
        })
        .into_iter()
        .collect();
    Checked {
        file,
        line,
        call: Call::NotJson,
        diagnostics,
    }
}

/// What the calls of a `{"batch": [...]}` line inherit: Segment sets `sentAt` on the batch.
#[derive(Debug, Default)]
struct Envelope {
    sent_at: Option<Timestamp>,
}

/// The diagnostics of one call, with where they go.
struct Findings<'c> {
    cx: &'c Context<'c>,
    file: FileId,
    line: u32,
    prefix: &'c str,
    diagnostics: Vec<Diagnostic>,
}

impl Findings<'_> {
    fn add(&mut self, rule: &'static Rule, pointer: &str, message: String, help: &'static str) {
        if let Some(d) = self.cx.at_line(rule, self.file, self.line, message) {
            let d = d.with_help(help);
            self.diagnostics
                .push(if pointer.is_empty() && self.prefix.is_empty() {
                    d
                } else {
                    d.with_pointer(format!("{}{pointer}", self.prefix))
                });
        }
    }

    fn wants(&self, rule: &Rule) -> bool {
        self.cx.severity(rule).is_some()
    }
}

fn check_call(
    cx: &Context,
    worker: &mut Worker,
    file: FileId,
    line: u32,
    call: &json::Call,
    prefix: &str,
    envelope: &Envelope,
) -> Checked {
    match &call.kind {
        Some(Loose::Text(kind)) if kind != "track" => {
            return skipped(file, line, kind.to_string());
        }
        Some(Loose::Text(_)) => {}
        Some(other) => return skipped(file, line, format!("({})", other.kind())),
        None if call.event.is_none() => return skipped(file, line, "(none)".into()),
        None => {}
    }
    let mut findings = Findings {
        cx,
        file,
        line,
        prefix,
        diagnostics: Vec::new(),
    };
    let mut track = check_track(&mut findings, &worker.tree, call, envelope);
    track.message_id = message_id(&cx.ids, call);
    track.library = library_use(cx, worker, call, track.plan);
    Checked {
        file,
        line,
        call: Call::Track(track),
        diagnostics: findings.diagnostics,
    }
}

fn skipped(file: FileId, line: u32, kind: String) -> Checked {
    Checked {
        file,
        line,
        call: Call::Skipped(cut(kind, NAME_BYTES)),
        diagnostics: Vec::new(),
    }
}

fn check_track(
    findings: &mut Findings,
    tree: &Tree,
    call: &json::Call,
    envelope: &Envelope,
) -> Track {
    let cx = findings.cx;
    let library = call.library_name.as_ref().and_then(Loose::as_str);
    let applied = cx.applied(library);
    let plan = cx.plan(applied);
    let timestamp = check_timestamp(findings, call.timestamp.as_ref());
    if let Some(plan) = plan {
        check_clock(findings, plan, call, envelope);
    }
    let mut track = Track {
        event: EventRef::Missing,
        plan: applied,
        message_id: None,
        dedupe: None,
        library: None,
        listed: false,
        pins_older: false,
        timestamp,
        hour: match (&cx.zone, timestamp) {
            (Some(zone), Some(at)) => Some(super::volume::hour_start(zone, at)),
            _ => None,
        },
    };
    let name: &str = match &call.event {
        Some(Loose::Text(name)) => name,
        other => {
            let shown = other
                .as_ref()
                .map(|v| format!(" (`event` is {})", v.kind()));
            findings.add(
                &SCHEMA,
                "/event",
                format!(
                    "a track call without an event name{}",
                    shown.unwrap_or_default()
                ),
                "every track call names its event in `event`",
            );
            return track;
        }
    };
    let Some(index) = cx.event_index(name) else {
        match cx.renamed_to(name) {
            Some(new) => findings.add(
                &UNKNOWN_EVENT,
                "/event",
                format!(
                    "event \"{}\" was renamed to \"{}\" (its renamed_from lists the old name)",
                    short(name),
                    short(&new.name.value)
                ),
                "send the new name from this source; the old one is kept only to map history",
            ),
            None => findings.add(
                &UNKNOWN_EVENT,
                "/event",
                format!("event \"{}\" is not in the dictionary", short(name)),
                "define the event in the dictionary (and list it in the plan), or fix the name",
            ),
        }
        track.event = EventRef::Unknown(cut(name.to_owned(), NAME_BYTES));
        return track;
    };
    track.event = EventRef::Known(index);
    let Some(facts) = cx.events.get(index as usize) else {
        return track;
    };
    // Decided here, on the pool, rather than by the collector's thread.
    (track.listed, track.pins_older) = match plan {
        Some(plan) => match plan.listed.get(&index) {
            Some(pinned) => (true, pinned.is_some_and(|v| v < facts.event.version())),
            None => (false, false),
        },
        None => (facts.listed, facts.pinned_older),
    };
    if let Some(reason) = &facts.retired {
        // Sending it at all is the problem: plans drop retired events, and its old definition
        // no longer matters.
        findings.add(
            &RETIRED_EVENT,
            "/event",
            reason.clone(),
            "stop sending it: remove the call from this source",
        );
        check_identity(findings, facts, plan, call);
        return track;
    }
    if let Some(plan) = plan
        && !plan.listed.contains_key(&index)
    {
        findings.add(
            &UNKNOWN_EVENT,
            "/event",
            format!(
                "event \"{name}\" is not in plan \"{}\"{}",
                plan.plan.id.value,
                plan_reason(plan, library)
            ),
            "list the event in the plan of this source, or stop sending it from here",
        );
    }
    // A source whose plan pins an older version is judged by that version's definition.
    let pinned = match applied {
        Applied::Plan(p) => cx.pinned.get(&(p, index)),
        Applied::Union => None,
    };
    let properties = match call.properties {
        // A key given twice: only the `Value` says which member counts.
        Some(root) => tree
            .node(root)
            .map_or_else(|| Properties::Value(tree.value(root)), Properties::Tree),
        None => Properties::Absent,
    };
    let properties = check_schema(findings, index, pinned, properties);
    check_unplanned(findings, facts, pinned, &properties);
    check_identity(findings, facts, plan, call);
    check_consent(findings, facts, call);
    track.dedupe = dedupe_id(&cx.ids, index, facts, &properties);
    track
}

/// A call's `properties` as the checks after parsing see them.
enum Properties<'t> {
    Absent,
    /// In the line's tree (no object in it repeats a key).
    Tree(TreeNode<'t>),
    /// Built: the call failed its schema, or an object repeats a key.
    Value(Value),
}

/// " (the plan of library analytics.js)" or " (given with --plan)".
fn plan_reason(plan: &PlanFacts, library: Option<&str>) -> String {
    match (library, &plan.plan.library) {
        (Some(name), Some(own)) if own.value == name => {
            format!(" (the plan of library {})", short(name))
        }
        _ => " (given with --plan)".into(),
    }
}

/// Validates what the event's schema constrains (`event` and `properties`); gives the
/// properties back. A call the schema accepts is judged in its tree; a call it rejects (or
/// whose objects repeat a key) on its `Value`, which gives every message and pointer.
fn check_schema<'t>(
    findings: &mut Findings,
    index: u32,
    pinned: Option<&Pinned>,
    properties: Properties<'t>,
) -> Properties<'t> {
    if !findings.wants(&SCHEMA) {
        return properties;
    }
    let cx = findings.cx;
    // The event's name as messages quote it (only a call that fails needs it).
    let event_name = || {
        cx.catalog
            .events
            .get(index as usize)
            .map_or("", |e| e.name.value.as_str())
    };
    // The schema and where it comes from: the catalog, or a plan's pinned version.
    let (compiled, catalog, event) = match pinned {
        Some(pinned) => (
            Some(pinned.schema.get()),
            pinned.schema.catalog(),
            Some(pinned.schema.event()),
        ),
        None => (
            cx.schemas.get(index as usize),
            cx.catalog,
            cx.catalog.events.get(index as usize),
        ),
    };
    let compiled = match compiled {
        Some(Ok(compiled)) => Some(compiled),
        _ => None,
    };
    // A call without `properties` is checked as one with none, so each required property is
    // named as missing.
    let in_tree = match &properties {
        Properties::Absent => Some(TreeNode::empty_object()),
        Properties::Tree(node) => Some(*node),
        Properties::Value(_) => None,
    };
    if let (Some(compiled), Some(node)) = (compiled, in_tree)
        && compiled.in_tree().is_valid(node)
    {
        return properties;
    }
    let validator = match (compiled, event) {
        (Some(compiled), Some(event)) => compiled.properties(catalog, event).ok(),
        _ => None,
    };
    let Some(validator) = validator else {
        // Fail closed: a call no validator judged is not a valid call (the run also ends
        // with exit 2, naming the schema that did not compile).
        let event = event_name();
        findings.add(
            &SCHEMA,
            "/properties",
            format!(
                "the definition of event \"{}\" could not be compiled, so this call was not checked against it",
                short(event)
            ),
            "run `tracklint check` and fix the event's definition",
        );
        return properties;
    };
    let instance = match properties {
        Properties::Absent => Value::Object(Map::new()),
        Properties::Tree(node) => node.value(),
        Properties::Value(value) => value,
    };
    if !validator.is_valid(&instance) {
        let event = event_name();
        for error in validator.iter_errors(&instance).take(PER_CALL) {
            let (pointer, message) = violation::describe(&error, "/properties", event);
            findings.add(
                &SCHEMA,
                &pointer,
                message,
                "send the value the event's definition asks for, or change the definition",
            );
        }
    }
    Properties::Value(instance)
}

fn check_unplanned(
    findings: &mut Findings,
    facts: &EventFacts,
    pinned: Option<&Pinned>,
    properties: &Properties,
) {
    let (closed, defined) = match pinned {
        Some(pinned) => (pinned.closed, &pinned.defined),
        None => (facts.closed, &facts.defined),
    };
    // A closed event's schema rejects them already (payload/schema): reported once.
    if closed || !findings.wants(&UNPLANNED_PROPERTY) {
        return;
    }
    let event = &facts.event.name.value;
    match properties {
        Properties::Tree(node) => {
            let names = node.members().map(|(name, _)| name);
            report_unplanned(findings, event, names.filter(|n| !defined.contains(n)));
        }
        Properties::Value(Value::Object(object)) => {
            let names = object.keys().map(String::as_str);
            report_unplanned(findings, event, names.filter(|n| !defined.contains(n)));
        }
        Properties::Value(_) | Properties::Absent => {}
    }
}

/// `payload/unplanned-property` for the first few of `unplanned`.
fn report_unplanned<'n>(
    findings: &mut Findings,
    event: &str,
    unplanned: impl Iterator<Item = &'n str>,
) {
    for key in unplanned.take(PER_CALL) {
        findings.add(
            &UNPLANNED_PROPERTY,
            &format!("/properties/{}", escape_pointer(key)),
            format!(
                "property \"{}\" is not defined for event \"{event}\"",
                short(key),
            ),
            "add the property to the event's definition, or stop sending it",
        );
    }
}

/// A payload carries an id its plan sends; server plans and post-signup lifecycle events
/// need `userId` (SPEC §6).
fn check_identity(
    findings: &mut Findings,
    facts: &EventFacts,
    plan: Option<&PlanFacts>,
    call: &json::Call,
) {
    if !findings.wants(&IDENTITY_MISSING) {
        return;
    }
    let has = |field: &str| match call.id(field) {
        Some(Loose::Text(id)) => !id.trim().is_empty(),
        Some(Loose::Number(_)) => true,
        _ => false,
    };
    let event = &facts.event.name.value;
    let server = plan.map_or(facts.union_server_only, |p| p.server);
    if (server || facts.past_signup) && !has("userId") {
        let why = match (server, facts.past_signup) {
            (true, _) => match plan {
                Some(plan) => format!("server plan \"{}\"", plan.plan.id.value),
                None => "its server plans".into(),
            },
            _ => format!(
                "lifecycle stage \"{}\"",
                facts.event.lifecycle().unwrap_or_default()
            ),
        };
        findings.add(
            &IDENTITY_MISSING,
            "/userId",
            format!("event \"{event}\" has no userId, which {why} needs"),
            "send the userId of the known user with this call",
        );
        return;
    }
    let fields: &[&str] = plan.map_or(&facts.union_identity, |p| &p.identity);
    if !fields.is_empty() && !fields.iter().any(|field| has(field)) {
        findings.add(
            &IDENTITY_MISSING,
            &format!("/{}", fields.first().copied().unwrap_or("userId")),
            format!(
                "event \"{event}\" carries none of the ids its plan sends ({})",
                fields.join(", ")
            ),
            "send anonymousId (or userId once the user is known) with every call",
        );
    }
}

fn check_consent(findings: &mut Findings, facts: &EventFacts, call: &json::Call) {
    if facts.consent_names.is_empty() || !findings.wants(&CONSENT_DENIED) {
        return;
    }
    let Some(preferences) = call.consent.as_deref().and_then(Value::as_object) else {
        return;
    };
    let denied = preferences.iter().find(|(name, granted)| {
        granted.as_bool() == Some(false)
            && facts
                .consent_names
                .iter()
                .any(|ours| ours.eq_ignore_ascii_case(name))
    });
    if let Some((name, _)) = denied {
        let category = facts
            .event
            .consent
            .as_ref()
            .map_or("", |c| c.value.as_str());
        findings.add(
            &CONSENT_DENIED,
            &format!(
                "/context/consent/categoryPreferences/{}",
                escape_pointer(name)
            ),
            format!(
                "event \"{}\" needs {category} consent, but the user denied \"{}\"",
                facts.event.name.value,
                short(name)
            ),
            "do not send the event when its consent category is denied",
        );
    }
}

/// `payload/timestamp-offset`; the call's instant when it has a readable one.
fn check_timestamp(findings: &mut Findings, timestamp: Option<&Loose>) -> Option<Timestamp> {
    let value = timestamp?;
    let Some(text) = value.as_str() else {
        findings.add(
            &TIMESTAMP_OFFSET,
            "/timestamp",
            format!(
                "timestamp is {} ({}), expected an RFC 3339 string with an offset",
                value.quoted(),
                value.kind()
            ),
            "send an RFC 3339 date-time with an offset, e.g. 2026-11-28T10:00:00Z",
        );
        return None;
    };
    if let Ok(instant) = text.parse::<Timestamp>() {
        return Some(instant);
    }
    let message = if text.parse::<jiff::civil::DateTime>().is_ok() {
        format!("timestamp \"{}\" has no UTC offset", short(text))
    } else {
        format!("timestamp \"{}\" is not an RFC 3339 date-time", short(text))
    };
    findings.add(
        &TIMESTAMP_OFFSET,
        "/timestamp",
        message,
        "send an RFC 3339 date-time with an offset, e.g. 2026-11-28T10:00:00Z or +01:00",
    );
    None
}

/// `payload/clock-skew`: `receivedAt - sentAt` measures the device clock's error (the
/// network adds little); how late the call was sent does not matter.
fn check_clock(findings: &mut Findings, plan: &PlanFacts, call: &json::Call, envelope: &Envelope) {
    let Some(limit) = plan.max_skew_ms else {
        return;
    };
    if !findings.wants(&CLOCK_SKEW) {
        return;
    }
    let sent = instant(call.sent_at.as_ref()).or(envelope.sent_at);
    let (Some(sent), Some(received)) = (sent, instant(call.received_at.as_ref())) else {
        return;
    };
    let skew = received
        .as_millisecond()
        .saturating_sub(sent.as_millisecond());
    if skew.saturating_abs() <= limit {
        return;
    }
    let direction = if skew > 0 { "behind" } else { "ahead" };
    findings.add(
        &CLOCK_SKEW,
        "/sentAt",
        format!(
            "the device clock is {} {direction} (sentAt {sent}, receivedAt {received}), more than max_clock_skew {} of plan \"{}\"",
            human_duration(skew.saturating_abs()),
            plan.plan
                .max_clock_skew
                .as_ref()
                .map_or("", |s| s.value.as_str()),
            plan.plan.id.value
        ),
        "the device's timestamps are off by as much; fix its clock, or correct timestamps with sentAt and receivedAt",
    );
}

fn instant(value: Option<&Loose>) -> Option<Timestamp> {
    value?.as_str()?.parse().ok()
}

/// `2h 5m`, `45s`, `300ms`.
fn human_duration(ms: i64) -> String {
    let seconds = ms / 1000;
    match seconds {
        0 => format!("{ms}ms"),
        1..60 => format!("{seconds}s"),
        60..3600 => format!("{}m {}s", seconds / 60, seconds % 60),
        3600..86400 => format!("{}h {}m", seconds / 3600, seconds % 3600 / 60),
        _ => format!("{}d {}h", seconds / 86400, seconds % 86400 / 3600),
    }
}

/// The call's library, numbered once per run.
fn library_use(
    cx: &Context,
    worker: &mut Worker,
    call: &json::Call,
    applied: Applied,
) -> Option<LibraryRef> {
    if !call.library {
        return None;
    }
    let name = match &call.library_name {
        Some(Loose::Text(name)) => cut_str(name, NAME_BYTES),
        _ => "",
    };
    let number;
    let version = match &call.library_version {
        Some(Loose::Text(text)) => Some(cut_str(text, NAME_BYTES)),
        Some(Loose::Number(n)) => {
            number = n.to_string();
            Some(number.as_str())
        }
        _ => None,
    };
    let plan = cx.plan(applied);
    Some(
        worker
            .libraries
            .get(&cx.libraries, applied, plan, name, version),
    )
}

/// The id of the call's `dedupe_key` value, for events that have one.
fn dedupe_id(
    ids: &IdHasher,
    index: u32,
    facts: &EventFacts,
    properties: &Properties,
) -> Option<Id> {
    let key = facts.dedupe_key?;
    let quoted;
    let text = match properties {
        Properties::Tree(node) => {
            let (_, value) = node.members().find(|(name, _)| *name == key)?;
            match value.as_str() {
                Some(text) => text,
                None if value.is_null() => return None,
                None => {
                    quoted = quote(&value.value());
                    quoted.as_str()
                }
            }
        }
        Properties::Value(properties) => match properties.get(key)? {
            Value::String(text) => text.as_str(),
            Value::Null => return None,
            other => {
                quoted = quote(other);
                quoted.as_str()
            }
        },
        Properties::Absent => return None,
    };
    Some(Id {
        hash: ids.hash(("dedupe", index, text)),
        shown: ShortText::new(text),
    })
}

/// The id of the call's `messageId`.
fn message_id(ids: &IdHasher, call: &json::Call) -> Option<Id> {
    let text = call.message_id.as_ref()?.as_str()?;
    if text.is_empty() {
        return None;
    }
    Some(Id {
        hash: ids.hash(("messageId", text)),
        shown: ShortText::new(text),
    })
}

/// `text` cut to at most `limit` bytes, on a character boundary.
fn cut_str(text: &str, limit: usize) -> &str {
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` cut to at most `limit` bytes, on a character boundary, in place.
fn cut(mut text: String, limit: usize) -> String {
    if text.len() > limit {
        let mut end = limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// Whether a finding counts against the payload (an error after the configured severities).
pub fn is_invalid(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_a_person_writes_them() {
        assert_eq!(human_duration(300), "300ms");
        assert_eq!(human_duration(45_000), "45s");
        assert_eq!(human_duration(7_500_000), "2h 5m");
        assert_eq!(human_duration(90_000_000), "1d 1h");
        assert_eq!(cut("aé".into(), 2), "a");
        assert_eq!(cut_str("aé", 2), "a");
        assert_eq!(cut_str("aé", 3), "aé");
    }
}
