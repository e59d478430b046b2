//! `validate --report FILE.json`: the summary for dashboards, as one JSON object (SPEC §6):
//! `payloads`, `invalid`, `skipped`, `events`, `coverage`, `libraries`, `volume` (with
//! `--volume`) and `diagnostics` (totals, and how many per rule were not listed).

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use serde::Serialize;

use crate::escape::json_string;
use crate::payload::collect::Validation;
use crate::payload::volume::format_hour;
use crate::syntax::source::Sources;

/// The document, as text.
pub fn render(
    validation: &Validation,
    sources: &Sources,
    event_names: &[&str],
    zone: Option<&TimeZone>,
) -> String {
    let document = Document {
        payloads: validation.payloads,
        invalid: validation.invalid,
        invalid_json: validation.not_json,
        skipped: validation
            .skipped
            .iter()
            .map(|(kind, n)| (kind.as_str(), *n))
            .collect(),
        events: validation
            .events
            .iter()
            .map(|row| EventJson {
                event: &row.event,
                known: row.known,
                count: row.count,
                invalid: row.invalid,
                top_error: row.top_error.as_deref(),
            })
            .collect(),
        other_unknown_events: validation.other_unknown,
        coverage: CoverageJson {
            plans: validation
                .coverage
                .plans
                .iter()
                .map(String::as_str)
                .collect(),
            planned: validation.coverage.planned,
            exercised: validation.coverage.exercised,
            percent: validation.coverage.percent,
            unexercised: validation
                .coverage
                .unexercised
                .iter()
                .map(String::as_str)
                .collect(),
        },
        libraries: validation
            .libraries
            .iter()
            .map(|row| LibraryJson {
                plan: row.plan.as_deref(),
                library: &row.library,
                version: row.version.as_deref(),
                count: row.count,
                last_seen: row.last_seen.map(|t| t.to_string()),
                outdated: row.outdated,
                version_readable: row.version.is_some() && row.readable,
                min_version: row.minimum.as_deref(),
            })
            .collect(),
        other_libraries: validation.other_libraries,
        volume: volume_hours(validation, event_names, zone),
        volume_window: volume_window(validation, zone),
        diagnostics: DiagnosticsJson {
            errors: validation.totals.errors,
            warnings: validation.totals.warnings,
            infos: validation.totals.infos,
            unlisted: validation
                .unlisted
                .iter()
                .map(|(rule, n)| (rule.as_str(), *n))
                .collect(),
        },
        inputs_not_read_to_the_end: validation
            .input_errors
            .iter()
            .map(|(file, reason)| InputError {
                file: sources.name(*file),
                reason,
            })
            .collect(),
    };
    json_string(&document)
}

fn volume_hours<'a>(
    validation: &Validation,
    event_names: &[&'a str],
    zone: Option<&TimeZone>,
) -> Option<Vec<HourJson<'a>>> {
    let (volume, zone) = (validation.volume.as_ref()?, zone?);
    Some(
        volume
            .hours
            .iter()
            .map(|hour| HourJson {
                event: event_names.get(hour.event as usize).copied().unwrap_or(""),
                hour: format_hour(zone, hour.hour),
                count: hour.count,
                min: hour.min,
                max: hour.max,
                in_band: hour.in_band,
            })
            .collect(),
    )
}

fn volume_window(validation: &Validation, zone: Option<&TimeZone>) -> Option<WindowJson> {
    let (volume, zone) = (validation.volume.as_ref()?, zone?);
    Some(WindowJson {
        time_zone: volume.zone.clone(),
        first_hour: volume.window.map(|(start, _)| format_hour(zone, start)),
        last_hour: volume.window.map(|(_, end)| format_hour(zone, end)),
        outside: volume.outside,
        no_timestamp: volume.no_timestamp,
    })
}

/// Fields in output order.
#[derive(Serialize)]
struct Document<'a> {
    payloads: u64,
    invalid: u64,
    invalid_json: u64,
    skipped: BTreeMap<&'a str, u64>,
    events: Vec<EventJson<'a>>,
    other_unknown_events: u64,
    coverage: CoverageJson<'a>,
    libraries: Vec<LibraryJson<'a>>,
    other_libraries: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    volume: Option<Vec<HourJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    volume_window: Option<WindowJson>,
    diagnostics: DiagnosticsJson<'a>,
    inputs_not_read_to_the_end: Vec<InputError<'a>>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    event: &'a str,
    known: bool,
    count: u64,
    invalid: u64,
    top_error: Option<&'a str>,
}

#[derive(Serialize)]
struct CoverageJson<'a> {
    plans: Vec<&'a str>,
    planned: usize,
    exercised: usize,
    percent: f64,
    unexercised: Vec<&'a str>,
}

#[derive(Serialize)]
struct LibraryJson<'a> {
    plan: Option<&'a str>,
    library: &'a str,
    version: Option<&'a str>,
    count: u64,
    last_seen: Option<String>,
    outdated: bool,
    version_readable: bool,
    min_version: Option<&'a str>,
}

#[derive(Serialize)]
struct HourJson<'a> {
    event: &'a str,
    hour: String,
    count: u64,
    min: Option<u64>,
    max: Option<u64>,
    in_band: bool,
}

#[derive(Serialize)]
struct WindowJson {
    time_zone: String,
    first_hour: Option<String>,
    last_hour: Option<String>,
    outside: u64,
    no_timestamp: u64,
}

#[derive(Serialize)]
struct DiagnosticsJson<'a> {
    errors: u64,
    warnings: u64,
    infos: u64,
    unlisted: BTreeMap<&'a str, u64>,
}

#[derive(Serialize)]
struct InputError<'a> {
    file: &'a str,
    reason: &'a str,
}
