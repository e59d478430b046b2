//! What needs the whole stream, fed the checked calls in input order: duplicates, the library
//! tracker (and `payload/library-outdated` per plan, library and version), per-event counts,
//! coverage and volumes. Every table is bounded; diagnostics are kept up to
//! `KEPT_DIAGNOSTICS`, beyond which only their number per rule is (the totals count all).

use std::collections::BTreeMap;

use crate::text::Suggester;
use foldhash::{HashMap as FastMap, HashSet as FastSet};
use jiff::Timestamp;

use super::check::{Call, Checked, EventRef, Track, is_invalid};
use super::context::{Applied, Context};
use super::library::{LibraryRef, LibraryUse};
use super::recent::{REMEMBERED_IDS, RecentIds, Seen};
use super::violation::short;
use super::volume::{VolumeSummary, Volumes};
use crate::catalog::Status;
use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::payload::{
    DUPLICATE, INVALID_JSON, LIBRARY_OUTDATED, UNKNOWN_EVENT, VOLUME_OUT_OF_BAND,
};
use crate::rule::Rule;
use crate::syntax::source::FileId;

/// Payload diagnostics kept for the report; beyond, only their number per rule.
pub const KEPT_DIAGNOSTICS: usize = 100_000;
/// Distinct unknown event names, library versions and call types counted; the rest is "other".
const MAX_UNKNOWN_EVENTS: usize = 1_000;
const MAX_LIBRARIES: usize = 10_000;
const MAX_TYPES: usize = 32;
/// Distinct errors counted per event for its top error.
const MAX_ERROR_KINDS: usize = 32;
/// Unknown names that get a "did you mean" (each costs a pass over the dictionary).
const MAX_SUGGESTIONS: usize = 50;

/// Diagnostic counts by severity, over every diagnostic (listed or not).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub errors: u64,
    pub warnings: u64,
    pub infos: u64,
}

/// One row of the per-event summary.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub event: String,
    /// Defined in the dictionary.
    pub known: bool,
    pub count: u64,
    pub invalid: u64,
    /// The most frequent error: its rule and where (`payload/schema /properties/price`).
    pub top_error: Option<String>,
}

/// One row of the library tracker.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryRow {
    pub plan: Option<String>,
    pub library: String,
    pub version: Option<String>,
    pub count: u64,
    pub last_seen: Option<Timestamp>,
    pub outdated: bool,
    /// The version could be read; when not, it is never called outdated.
    pub readable: bool,
    pub minimum: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// The plans whose events count (those some payload applied to, else every plan).
    pub plans: Vec<String>,
    pub planned: usize,
    pub exercised: usize,
    pub percent: f64,
    pub unexercised: Vec<String>,
}

/// Everything `validate` found.
#[derive(Debug, Default)]
pub struct Validation {
    /// Unsorted; at most `KEPT_DIAGNOSTICS` payload diagnostics, plus catalog-level ones.
    pub diagnostics: Vec<Diagnostic>,
    pub totals: Totals,
    /// Diagnostics not kept, per rule.
    pub unlisted: BTreeMap<String, u64>,
    /// Track calls checked, counting lines that are not JSON objects (all invalid).
    pub payloads: u64,
    pub invalid: u64,
    pub not_json: u64,
    pub skipped: Vec<(String, u64)>,
    pub events: Vec<EventRow>,
    /// Payloads of unknown events beyond the names counted.
    pub other_unknown: u64,
    pub coverage: Coverage,
    pub libraries: Vec<LibraryRow>,
    /// Payloads of library versions beyond the ones counted.
    pub other_libraries: u64,
    pub volume: Option<VolumeSummary>,
    /// Inputs that could not be read to their end.
    pub input_errors: Vec<(FileId, String)>,
    /// Events whose schema did not compile: (event, reason).
    pub schema_failures: Vec<(String, String)>,
    /// Plans pinning an older version of an event a payload used: (plan, event, pinned, current).
    pub pinned: Vec<(String, String, u64, u64)>,
    /// Lines read per input that were not blank (calls of any type, invalid lines too).
    pub lines_read: FastMap<FileId, u64>,
}

#[derive(Debug, Default)]
struct EventStats {
    count: u64,
    invalid: u64,
    /// Valid calls from a source whose plan lists the event: what coverage counts.
    exercised: u64,
    errors: FastMap<String, u64>,
}

#[derive(Debug, Default)]
struct UnknownStats {
    stats: EventStats,
    suggestion: Option<Option<String>>,
}

#[derive(Debug)]
struct LibraryStats {
    count: u64,
    first: Seen,
    last: Seen,
    last_seen: Option<Timestamp>,
}

pub struct Collector<'c> {
    cx: &'c Context<'c>,
    /// The printed name of each input, for messages that point at another file.
    names: FastMap<FileId, String>,
    errors_only: bool,
    validation: Validation,
    skipped: FastMap<String, u64>,
    events: Vec<EventStats>,
    unknown: FastMap<String, UnknownStats>,
    suggested: usize,
    /// The dictionary's event names, for "did you mean" on unknown events.
    event_names: Suggester<'c>,
    recent: RecentIds,
    libraries: FastMap<LibraryRef, LibraryStats>,
    volumes: Option<Volumes>,
    applied: Vec<bool>,
    pinned: FastSet<(u32, u32)>,
    /// Lines read of the input being read (inputs come one after the other), not yet in
    /// `lines_read`.
    reading: Option<(FileId, u64)>,
}

impl<'c> Collector<'c> {
    /// `errors_only` keeps only errors for the report (`--quiet`); all are still counted.
    pub fn new(
        cx: &'c Context<'c>,
        names: FastMap<FileId, String>,
        errors_only: bool,
    ) -> Collector<'c> {
        Collector {
            cx,
            names,
            errors_only,
            validation: Validation::default(),
            skipped: FastMap::default(),
            events: (0..cx.events.len())
                .map(|_| EventStats::default())
                .collect(),
            unknown: FastMap::default(),
            suggested: 0,
            event_names: Suggester::new(cx.catalog.events.iter().map(|e| e.name.value.as_str())),
            recent: RecentIds::new(REMEMBERED_IDS),
            libraries: FastMap::default(),
            volumes: cx.zone.as_ref().map(|_| Volumes::default()),
            applied: vec![false; cx.plans.len()],
            pinned: FastSet::default(),
            reading: None,
        }
    }

    /// Counts a line that is not blank.
    fn count_line(&mut self, file: FileId) {
        match &mut self.reading {
            Some((reading, lines)) if *reading == file => *lines += 1,
            _ => {
                self.count_lines_read();
                self.reading = Some((file, 1));
            }
        }
    }

    fn count_lines_read(&mut self) {
        if let Some((file, lines)) = self.reading.take() {
            *self.validation.lines_read.entry(file).or_default() += lines;
        }
    }

    /// An input stopped part way.
    pub fn failed(&mut self, file: FileId, reason: String) {
        self.validation.input_errors.push((file, reason));
    }

    /// Takes in a checked call (read where it lies: a call is a few hundred bytes).
    pub fn absorb(&mut self, checked: &mut Checked) {
        let (file, line) = (checked.file, checked.line);
        let mut diagnostics = std::mem::take(&mut checked.diagnostics);
        if !matches!(checked.call, Call::Blank) {
            self.count_line(file);
        }
        match &mut checked.call {
            Call::Blank => {}
            Call::NotJson => {
                self.validation.payloads += 1;
                self.validation.not_json += 1;
                if is_invalid(&diagnostics) {
                    self.validation.invalid += 1;
                }
            }
            Call::NotJsonUnlisted => {
                self.validation.payloads += 1;
                self.validation.not_json += 1;
                if self.cx.severity(&INVALID_JSON) == Some(Severity::Error) {
                    self.validation.invalid += 1;
                }
            }
            Call::Skipped(kind) => self.skip(std::mem::take(kind)),
            Call::Track(track) => self.track(file, line, track, &mut diagnostics),
        }
        for diagnostic in diagnostics {
            self.keep(diagnostic);
        }
    }

    fn skip(&mut self, kind: String) {
        if self.skipped.len() < MAX_TYPES || self.skipped.contains_key(&kind) {
            *self.skipped.entry(kind).or_default() += 1;
        } else {
            *self.skipped.entry("(other)".into()).or_default() += 1;
        }
    }

    fn track(
        &mut self,
        file: FileId,
        line: u32,
        track: &mut Track,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let at = Seen { file, line };
        self.validation.payloads += 1;
        if let Some(d) = self.duplicate(track, at) {
            diagnostics.push(d);
        }
        let invalid = is_invalid(diagnostics);
        if invalid {
            self.validation.invalid += 1;
        }
        match &track.event {
            EventRef::Known(index) => {
                // A rejected call, or one from a source whose plan does not list the event,
                // has not exercised it.
                if let Some(stats) = self.events.get_mut(*index as usize) {
                    count(stats, invalid, diagnostics);
                    if !invalid && track.listed {
                        stats.exercised += 1;
                    }
                }
                if track.pins_older {
                    self.note_plan(track.plan, *index);
                }
            }
            EventRef::Unknown(name) => self.unknown_event(name, invalid, diagnostics),
            EventRef::Missing => {}
        }
        if let Applied::Plan(plan) = track.plan
            && let Some(applied) = self.applied.get_mut(plan as usize)
        {
            *applied = true;
        }
        if let Some(library) = track.library.take() {
            self.library(library, at, track.timestamp);
        }
        if let Some(volumes) = &mut self.volumes {
            let banded = match track.event {
                EventRef::Known(index) => self
                    .cx
                    .events
                    .get(index as usize)
                    .filter(|f| f.event.volume.is_some())
                    .map(|_| index),
                _ => None,
            };
            volumes.add(banded, track.hour);
        }
    }

    /// `payload/duplicate` for a repeated `messageId` or `dedupe_key` value.
    fn duplicate(&mut self, track: &Track, at: Seen) -> Option<Diagnostic> {
        if let Some(id) = &track.message_id
            && let Some(first) = self.recent.seen_before(id.hash, at)
        {
            let message = format!(
                "messageId \"{}\" was already sent {} (a retry that double fires?)",
                id.shown.shown(),
                self.place(first, at)
            );
            return self.duplicate_at(at, "/messageId", message);
        }
        let id = track.dedupe.as_ref()?;
        let first = self.recent.seen_before(id.hash, at)?;
        let EventRef::Known(index) = track.event else {
            return None;
        };
        let facts = self.cx.events.get(index as usize)?;
        let key = facts.dedupe_key.unwrap_or_default();
        let message = format!(
            "event \"{}\" with {key} \"{}\" was already sent {} (did client and server both send it?)",
            facts.event.name.value,
            id.shown.shown(),
            self.place(first, at)
        );
        self.duplicate_at(at, &format!("/properties/{key}"), message)
    }

    fn duplicate_at(&self, at: Seen, pointer: &str, message: String) -> Option<Diagnostic> {
        let d = self.cx.at_line(&DUPLICATE, at.file, at.line, message)?;
        Some(
            d.with_pointer(pointer)
                .with_help("send each event once: reuse the messageId on retries and deduplicate by the dedupe_key downstream"),
        )
    }

    /// "on line 12", or "on line 12 of a.ndjson" when that is another file.
    fn place(&self, first: Seen, now: Seen) -> String {
        if first.file == now.file {
            return format!("on line {}", first.line);
        }
        match self.names.get(&first.file) {
            Some(name) => format!("on line {} of {name}", first.line),
            None => format!("on line {} of another file", first.line),
        }
    }

    fn unknown_event(&mut self, name: &str, invalid: bool, diagnostics: &mut [Diagnostic]) {
        if !self.unknown.contains_key(name) && self.unknown.len() >= MAX_UNKNOWN_EVENTS {
            self.validation.other_unknown += 1;
            return;
        }
        let entry = self.unknown.entry(name.to_owned()).or_default();
        count(&mut entry.stats, invalid, diagnostics);
        if entry.suggestion.is_none() {
            // Not for an old name: its message already names the new one.
            let renamed = self.cx.renamed_to(name).is_some();
            let suggestion = (!renamed && self.suggested < MAX_SUGGESTIONS).then(|| {
                self.suggested += 1;
                // The same words in other case or separators first, then a near spelling
                // (of the snake_case form, so `order complete` finds `order_completed`).
                if let Some(event) = self.cx.same_words(name) {
                    return Some(event.name.value.clone());
                }
                let snake = crate::text::to_snake_case(name);
                let probe = if snake.is_empty() { name } else { &snake };
                self.event_names
                    .suggest(probe, (probe.len() / 3).clamp(1, 3))
                    .map(str::to_owned)
            });
            entry.suggestion = Some(suggestion.flatten());
        }
        if let Some(Some(suggestion)) = &entry.suggestion {
            for d in diagnostics
                .iter_mut()
                .filter(|d| d.rule == UNKNOWN_EVENT.id)
            {
                d.help = Some(format!("did you mean \"{suggestion}\"?").into());
            }
        }
    }

    /// A plan pinning an older version of the event: noted once per plan and event.
    fn note_plan(&mut self, applied: Applied, event: u32) {
        let current = match self.cx.events.get(event as usize) {
            Some(facts) => facts.event.version(),
            None => return,
        };
        let plans = match applied {
            Applied::Plan(plan) => plan..plan.saturating_add(1),
            Applied::Union => 0..self.cx.plans.len() as u32,
        };
        for plan in plans {
            let Some(facts) = self.cx.plans.get(plan as usize) else {
                continue;
            };
            let Some(Some(pinned)) = facts.listed.get(&event) else {
                continue;
            };
            if *pinned < current && self.pinned.insert((plan, event)) {
                self.validation.pinned.push((
                    facts.plan.id.value.clone(),
                    self.cx.events[event as usize].event.name.value.clone(),
                    *pinned,
                    current,
                ));
            }
        }
    }

    fn library(&mut self, library: LibraryRef, at: Seen, timestamp: Option<Timestamp>) {
        if !self.libraries.contains_key(&library) && self.libraries.len() >= MAX_LIBRARIES {
            self.validation.other_libraries += 1;
            return;
        }
        let stats = self.libraries.entry(library).or_insert(LibraryStats {
            count: 0,
            first: at,
            last: at,
            last_seen: None,
        });
        stats.count += 1;
        stats.last = at;
        if timestamp > stats.last_seen {
            stats.last_seen = timestamp;
        }
    }

    /// Diagnostics of `rule` that were counted but never built: in the totals and among the
    /// unlisted, as if kept past the cap.
    fn count_unbuilt(&mut self, rule: &Rule, count: u64) {
        let Some(severity) = self.cx.severity(rule).filter(|_| count > 0) else {
            return;
        };
        let totals = &mut self.validation.totals;
        match severity {
            Severity::Error => totals.errors += count,
            Severity::Warning => totals.warnings += count,
            Severity::Info => totals.infos += count,
        }
        if self.errors_only && severity != Severity::Error {
            return;
        }
        *self
            .validation
            .unlisted
            .entry(rule.id.to_owned())
            .or_default() += count;
    }

    fn keep(&mut self, diagnostic: Diagnostic) {
        let totals = &mut self.validation.totals;
        match diagnostic.severity {
            Severity::Error => totals.errors += 1,
            Severity::Warning => totals.warnings += 1,
            Severity::Info => totals.infos += 1,
        }
        if self.errors_only && !diagnostic.is_error() {
            return;
        }
        if self.validation.diagnostics.len() < KEPT_DIAGNOSTICS {
            self.validation.diagnostics.push(diagnostic);
        } else {
            *self
                .validation
                .unlisted
                .entry(diagnostic.rule.to_string())
                .or_default() += 1;
        }
    }

    /// The summaries, with the diagnostics decided at the end (library groups, volumes).
    pub fn finish(mut self) -> Validation {
        self.count_lines_read();
        let libraries = self.library_uses();
        for diagnostic in self.outdated_libraries(&libraries) {
            self.keep(diagnostic);
        }
        if let (Some(volumes), Some(zone)) = (self.volumes.take(), self.cx.zone.as_ref()) {
            let room = KEPT_DIAGNOSTICS.saturating_sub(self.validation.diagnostics.len());
            let (summary, diagnostics) = volumes.judge(self.cx, zone, room);
            for diagnostic in diagnostics {
                self.keep(diagnostic);
            }
            self.count_unbuilt(&VOLUME_OUT_OF_BAND, summary.unbuilt);
            self.validation.volume = Some(summary);
        }
        let cx = self.cx;
        let mut validation = std::mem::take(&mut self.validation);
        validation.skipped = sorted_counts(std::mem::take(&mut self.skipped));
        validation.events = self.event_rows();
        validation.coverage = self.coverage();
        validation.libraries = library_rows(cx, libraries);
        validation.schema_failures = cx
            .schemas
            .failures()
            .filter_map(|(index, reason)| {
                let event = cx.catalog.events.get(index)?;
                Some((event.name.value.clone(), reason.to_owned()))
            })
            .collect();
        validation
    }

    /// Each library counted, with what is known of it.
    fn library_uses(&mut self) -> Vec<(LibraryUse, LibraryStats)> {
        let mut numbered: Vec<Option<LibraryUse>> =
            self.cx.libraries.take().into_iter().map(Some).collect();
        std::mem::take(&mut self.libraries)
            .into_iter()
            .filter_map(|(library, stats)| match library {
                LibraryRef::Interned(id) => numbered
                    .get_mut(id as usize)
                    .and_then(Option::take)
                    .map(|used| (used, stats)),
                LibraryRef::Own(used) => Some((*used, stats)),
            })
            .collect()
    }

    /// `payload/library-outdated`: one per plan, library and version, at its first line.
    fn outdated_libraries(&self, libraries: &[(LibraryUse, LibraryStats)]) -> Vec<Diagnostic> {
        let mut found: Vec<&(LibraryUse, LibraryStats)> =
            libraries.iter().filter(|(used, _)| used.outdated).collect();
        found.sort_by_key(|(_, stats)| (stats.first.file, stats.first.line));
        found
            .into_iter()
            .filter_map(|(used, stats)| {
                let key = &used.key;
                let plan = self.cx.plans.get(key.plan? as usize)?;
                let minimum = plan.plan.min_library_version.as_ref()?;
                let last = format!("the last {}", self.place(stats.last, stats.first));
                let message = format!(
                    "library {} {} is older than {}, the minimum of plan \"{}\": {} payload{}, {last}",
                    key.name,
                    key.version.as_deref().unwrap_or_default(),
                    minimum.value,
                    plan.plan.id.value,
                    stats.count,
                    if stats.count == 1 { "" } else { "s" },
                );
                let d = self.cx.at_line(
                    &LIBRARY_OUTDATED,
                    stats.first.file,
                    stats.first.line,
                    message,
                )?;
                Some(d.with_pointer("/context/library/version").with_help(
                    "these users lack fresh data until they update; see the library tracker below",
                ))
            })
            .collect()
    }

    fn event_rows(&mut self) -> Vec<EventRow> {
        let cx = self.cx;
        let mut rows: Vec<EventRow> = self
            .events
            .iter_mut()
            .enumerate()
            .filter(|(_, stats)| stats.count > 0)
            .filter_map(|(index, stats)| {
                Some(row(
                    cx.events.get(index)?.event.name.value.clone(),
                    true,
                    stats,
                ))
            })
            .collect();
        let mut unknown: Vec<EventRow> = self
            .unknown
            .iter_mut()
            .map(|(name, entry)| row(name.clone(), false, &mut entry.stats))
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.event.cmp(&b.event)));
        unknown.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.event.cmp(&b.event)));
        rows.extend(unknown);
        rows
    }

    fn coverage(&self) -> Coverage {
        let cx = self.cx;
        let any = self.applied.iter().any(|&a| a);
        let plans: Vec<usize> = (0..cx.plans.len())
            .filter(|&p| !any || self.applied[p])
            .collect();
        let mut planned: Vec<u32> = plans
            .iter()
            .flat_map(|&p| cx.plans[p].listed.keys().copied())
            .filter(|&e| {
                cx.events
                    .get(e as usize)
                    .is_some_and(|f| f.event.status() == Status::Active)
            })
            .collect();
        planned.sort_unstable();
        planned.dedup();
        let mut unexercised: Vec<String> = planned
            .iter()
            .filter(|&&e| {
                self.events
                    .get(e as usize)
                    .is_some_and(|s| s.exercised == 0)
            })
            .map(|&e| cx.events[e as usize].event.name.value.clone())
            .collect();
        unexercised.sort();
        let exercised = planned.len() - unexercised.len();
        let percent = if planned.is_empty() {
            100.0
        } else {
            (exercised as f64 * 1000.0 / planned.len() as f64).round() / 10.0
        };
        Coverage {
            plans: plans
                .iter()
                .map(|&p| cx.plans[p].plan.id.value.clone())
                .collect(),
            planned: planned.len(),
            exercised,
            percent,
            unexercised,
        }
    }
}

/// Counts a payload for its event: how many, how many invalid, and which errors.
fn count(stats: &mut EventStats, invalid: bool, diagnostics: &[Diagnostic]) {
    stats.count += 1;
    if !invalid {
        return;
    }
    stats.invalid += 1;
    for d in diagnostics.iter().filter(|d| d.is_error()) {
        let key = error_kind(d);
        if stats.errors.len() < MAX_ERROR_KINDS || stats.errors.contains_key(&key) {
            *stats.errors.entry(key).or_default() += 1;
        }
    }
}

/// A rule and where, with array indexes as `*`: `payload/schema /properties/products/*/sku`.
fn error_kind(d: &Diagnostic) -> String {
    let Some(pointer) = &d.pointer else {
        return d.rule.to_string();
    };
    let general: Vec<&str> = pointer
        .split('/')
        .map(|part| {
            if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                part
            }
        })
        .collect();
    format!("{} {}", d.rule, short(&general.join("/")))
}

fn row(event: String, known: bool, stats: &mut EventStats) -> EventRow {
    let errors = std::mem::take(&mut stats.errors);
    let top_error = errors
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(kind, _)| kind);
    EventRow {
        event,
        known,
        count: stats.count,
        invalid: stats.invalid,
        top_error,
    }
}

fn sorted_counts(counts: FastMap<String, u64>) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// The library tracker's rows, sorted by plan and library, the most used version first.
fn library_rows(cx: &Context, libraries: Vec<(LibraryUse, LibraryStats)>) -> Vec<LibraryRow> {
    let mut rows: Vec<LibraryRow> = libraries
        .into_iter()
        .map(|(used, stats)| {
            let plan = used.key.plan.and_then(|p| cx.plans.get(p as usize));
            LibraryRow {
                plan: plan.map(|p| p.plan.id.value.clone()),
                library: used.key.name,
                version: used.key.version,
                count: stats.count,
                last_seen: stats.last_seen,
                outdated: used.outdated,
                readable: used.readable,
                minimum: plan
                    .and_then(|p| p.plan.min_library_version.as_ref())
                    .map(|m| m.value.clone()),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.plan, &a.library)
            .cmp(&(&b.plan, &b.library))
            .then(b.count.cmp(&a.count))
            .then_with(|| a.version.cmp(&b.version))
    });
    rows
}
