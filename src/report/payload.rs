//! The human summary `validate` prints after its diagnostics: calls per event (count, invalid,
//! top error), coverage of the applicable plans, the library tracker and, with `--volume`, the
//! hours out of band. Every table shows its top rows and sums the rest as "other".

use std::io::{self, Write};

use jiff::tz::TimeZone;

use crate::escape::visible;
use crate::payload::collect::{EventRow, LibraryRow, Validation};
use crate::payload::volume::format_hour;

/// Rows shown per table; the rest is summed.
const TOP_ROWS: usize = 20;
/// Unexercised events named before "and N more".
const SHOWN_UNEXERCISED: usize = 100;
/// Widest name column.
const NAME_WIDTH: usize = 40;

pub fn write_summary(
    validation: &Validation,
    zone: Option<&TimeZone>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", headline(validation))?;
    events(&validation.events, validation.other_unknown, out)?;
    coverage(validation, out)?;
    libraries(&validation.libraries, validation.other_libraries, out)?;
    if let (Some(volume), Some(zone)) = (&validation.volume, zone) {
        volumes(volume, zone, out)?;
    }
    Ok(())
}

fn headline(validation: &Validation) -> String {
    let mut line = format!(
        "Payloads: {} checked, {} invalid",
        validation.payloads, validation.invalid
    );
    if validation.not_json > 0 {
        line.push_str(&format!(" ({} not JSON)", validation.not_json));
    }
    if !validation.skipped.is_empty() {
        let skipped: Vec<String> = validation
            .skipped
            .iter()
            .take(TOP_ROWS)
            .map(|(kind, n)| format!("{} {n}", visible(kind)))
            .collect();
        line.push_str(&format!("; skipped (not track): {}", skipped.join(", ")));
    }
    // The diagnostics' count is the report's own last line ("Found 14 errors, 1 warning.").
    let unlisted: u64 = validation.unlisted.values().sum();
    if unlisted > 0 {
        line.push_str(&format!("; {unlisted} diagnostics not listed above"));
    }
    line.push('.');
    line
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A name for a table cell: escaped, cut to the column.
fn cell(name: &str) -> String {
    let shown = visible(name);
    if shown.chars().count() <= NAME_WIDTH {
        return shown.into_owned();
    }
    let cut: String = shown.chars().take(NAME_WIDTH - 1).collect();
    format!("{cut}…")
}

fn events(rows: &[EventRow], other_unknown: u64, out: &mut dyn Write) -> io::Result<()> {
    if rows.is_empty() && other_unknown == 0 {
        return Ok(());
    }
    writeln!(
        out,
        "\n  {:<NAME_WIDTH$}  {:>9}  {:>9}  top error",
        "event", "calls", "invalid"
    )?;
    for row in rows.iter().take(TOP_ROWS) {
        let name = if row.known {
            cell(&row.event)
        } else {
            cell(&format!("{} (unknown)", row.event))
        };
        writeln!(
            out,
            "  {name:<NAME_WIDTH$}  {:>9}  {:>9}  {}",
            row.count,
            row.invalid,
            row.top_error.as_deref().map(visible).unwrap_or_default()
        )?;
    }
    let rest = &rows[rows.len().min(TOP_ROWS)..];
    if !rest.is_empty() || other_unknown > 0 {
        let calls: u64 = rest.iter().map(|r| r.count).sum::<u64>() + other_unknown;
        let invalid: u64 = rest.iter().map(|r| r.invalid).sum::<u64>() + other_unknown;
        let label = format!("other ({} more events)", rest.len());
        writeln!(out, "  {label:<NAME_WIDTH$}  {calls:>9}  {invalid:>9}")?;
    }
    Ok(())
}

fn coverage(validation: &Validation, out: &mut dyn Write) -> io::Result<()> {
    let coverage = &validation.coverage;
    let plans: Vec<String> = coverage
        .plans
        .iter()
        .map(|p| visible(p).into_owned())
        .collect();
    writeln!(
        out,
        "\nCoverage: {} of {} planned events exercised ({}%) in plan{} {}",
        coverage.exercised,
        coverage.planned,
        coverage.percent,
        if plans.len() == 1 { "" } else { "s" },
        plans.join(", ")
    )?;
    if coverage.unexercised.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = coverage
        .unexercised
        .iter()
        .take(SHOWN_UNEXERCISED)
        .map(|e| visible(e).into_owned())
        .collect();
    let more = coverage.unexercised.len().saturating_sub(SHOWN_UNEXERCISED);
    let tail = if more > 0 {
        format!(" and {more} more (--report lists them all)")
    } else {
        String::new()
    };
    writeln!(
        out,
        "  not exercised ({}): {}{tail}",
        coverage.unexercised.len(),
        shown.join(", ")
    )
}

fn libraries(rows: &[LibraryRow], other: u64, out: &mut dyn Write) -> io::Result<()> {
    if rows.is_empty() && other == 0 {
        return Ok(());
    }
    // Said only when true: which segments lack fresh data, or that none does.
    let stale = rows
        .iter()
        .filter(|r| r.outdated || r.version.is_none())
        .count();
    let verdict = match stale {
        0 => "every segment sends a current library".to_owned(),
        1 => "1 segment lacks fresh data".to_owned(),
        n => format!("{n} segments lack fresh data"),
    };
    writeln!(out, "\nLibrary tracker ({verdict}):")?;
    writeln!(
        out,
        "  {:<24}  {:<24}  {:<14}  {:>9}  {:<20}  status",
        "plan", "library", "version", "calls", "last seen"
    )?;
    // Outdated and unreadable versions first: they are what the tracker is for.
    let mut ordered: Vec<&LibraryRow> = rows.iter().collect();
    ordered.sort_by_key(|r| (!r.outdated, r.readable && r.version.is_some()));
    for row in ordered.iter().take(TOP_ROWS) {
        let plan = row.plan.as_deref().map_or_else(|| "(no plan)".into(), cell);
        let library = if row.library.is_empty() {
            "(no name)".into()
        } else {
            cell(&row.library)
        };
        let version = row.version.as_deref().map_or_else(|| "(none)".into(), cell);
        let last_seen = row.last_seen.map_or_else(|| "-".into(), |t| t.to_string());
        writeln!(
            out,
            "  {plan:<24}  {library:<24}  {version:<14}  {:>9}  {last_seen:<20}  {}",
            row.count,
            status(row)
        )?;
    }
    let rest = &ordered[ordered.len().min(TOP_ROWS)..];
    if !rest.is_empty() || other > 0 {
        let calls: u64 = rest.iter().map(|r| r.count).sum::<u64>() + other;
        writeln!(
            out,
            "  {:<24}  {:<24}  {:<14}  {calls:>9}",
            format!("other ({} more)", rest.len()),
            "",
            ""
        )?;
    }
    Ok(())
}

fn status(row: &LibraryRow) -> String {
    let minimum = row.minimum.as_deref().map(visible).unwrap_or_default();
    match (&row.version, row.readable, row.outdated) {
        // No plan's library matched: there is no minimum to be ok against.
        _ if row.plan.is_none() => "no plan matched (not judged)".into(),
        (None, _, _) => "no version sent".into(),
        (Some(_), false, _) => "version unreadable (not judged)".into(),
        (Some(_), true, true) => format!("outdated (< {minimum})"),
        (Some(_), true, false) if !minimum.is_empty() => format!("ok (>= {minimum})"),
        _ => "ok".into(),
    }
}

fn volumes(
    volume: &crate::payload::volume::VolumeSummary,
    zone: &TimeZone,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some((start, end)) = volume.window else {
        return writeln!(
            out,
            "\nVolume ({}): no payload with a readable timestamp",
            visible(&volume.zone)
        );
    };
    writeln!(
        out,
        "\nVolume ({}, hours from {} to {}; the first and last are partial and not judged): {} of {} event-hours out of band",
        visible(&volume.zone),
        format_hour(zone, start),
        format_hour(zone, end),
        volume.out_of_band,
        volume.judged
    )?;
    if volume.judged > volume.hours.len() as u64 {
        writeln!(
            out,
            "  the first {} event-hours are listed in --report; all are counted",
            volume.hours.len()
        )?;
    }
    if volume.outside > 0 {
        writeln!(
            out,
            "  {} payload{} outside the window (at most {} days; the densest span is judged)",
            volume.outside,
            plural(volume.outside),
            crate::payload::volume::WINDOW_DAYS
        )?;
    }
    if volume.no_timestamp > 0 {
        writeln!(
            out,
            "  {} payload{} without a readable timestamp (not counted)",
            volume.no_timestamp,
            plural(volume.no_timestamp)
        )?;
    }
    Ok(())
}
