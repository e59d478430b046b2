//! Warehouse usage for the yearly review (`review --usage FILE.csv`): the CSV an analyst
//! exports (`event,count,last_seen`), read as attacker input, and the zombie events it shows.

use std::path::Path;

use jiff::civil::Date;

use crate::catalog::{Catalog, Event, Status};
use crate::config::{Config, parse_date};
use crate::error::{Error, Result};
use crate::syntax::read::{self, ReadError};
use crate::syntax::source::{FileId, display_path};
use foldhash::HashMap as FastMap;

/// The most bytes a usage file may have (a row per event is a few MB at most).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most rows (after the header).
pub const MAX_ROWS: usize = 2_000_000;
/// The longest field, in bytes (event names are short; anything longer is not a name).
pub const MAX_FIELD_BYTES: usize = 1024;
/// The most columns a row may have.
pub const MAX_COLUMNS: usize = 64;
/// Unknown events listed before "and N more".
pub const UNKNOWN_SHOWN: usize = 200;

/// One event's usage, summed over its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub event: String,
    pub count: u64,
    pub last_seen: Option<Date>,
}

/// Reads and parses a usage CSV: regular file, capped, header required.
pub fn read(path: &Path) -> Result<Vec<Usage>> {
    let bytes = read::read_regular(path, MAX_FILE_BYTES).map_err(|reason| match reason {
        ReadError::Io(source) if source.kind() == std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_path_buf(),
        },
        reason => Error::Unreadable {
            path: path.to_path_buf(),
            reason,
        },
    })?;
    parse(&bytes).map_err(|problem| {
        Error::Usage(format!(
            "{}: {problem}; expected a CSV with the header `event,count,last_seen`",
            display_path(path)
        ))
    })
}

/// Parses the CSV text; a problem names its line, never the content.
pub fn parse(bytes: &[u8]) -> Result<Vec<Usage>, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // Flexible so a short or long row is reported against the header, in our words.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // RFC 4180 quotes come in pairs: an odd count means the last quoted field never closes
    // (the reader would run it to the end of the file).
    let unclosed = bytes.iter().filter(|&&b| b == b'"').count() % 2 == 1;
    let mut records = reader.byte_records().peekable();
    let (_, header) = next_record(&mut records)?.ok_or("the file is empty")?;
    let columns = Columns::of(&header)?;
    let mut summed: FastMap<String, Usage> = FastMap::default();
    let mut rows = 0usize;
    while let Some((line, fields)) = next_record(&mut records)? {
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        rows += 1;
        if rows > MAX_ROWS {
            return Err(format!("more than {MAX_ROWS} rows"));
        }
        if unclosed && records.peek().is_none() {
            return Err(format!("line {line}: a quoted field is not closed"));
        }
        if fields.len() != header.len() {
            return Err(format!(
                "line {line} has {}, the header has {} (quote a field that holds a comma)",
                fields_text(fields.len()),
                header.len()
            ));
        }
        let row = columns
            .row(&fields)
            .map_err(|why| format!("line {line}: {why}"))?;
        let entry = summed.entry(row.event.clone()).or_insert(Usage {
            event: row.event,
            count: 0,
            last_seen: None,
        });
        entry.count = entry.count.saturating_add(row.count);
        entry.last_seen = entry.last_seen.max(row.last_seen);
    }
    let mut usage: Vec<Usage> = summed.into_values().collect();
    usage.sort_by(|a, b| a.event.cmp(&b.event));
    Ok(usage)
}

fn fields_text(count: usize) -> String {
    if count == 1 {
        "1 field".to_owned()
    } else {
        format!("{count} fields")
    }
}

type Records<'r, 'b> = std::iter::Peekable<csv::ByteRecordsIter<'r, &'b [u8]>>;

/// The next record as UTF-8 fields, and the line it starts on; None at the end.
fn next_record(records: &mut Records<'_, '_>) -> Result<Option<(u64, Vec<String>)>, String> {
    let Some(record) = records.next() else {
        return Ok(None);
    };
    let record = record.map_err(|error| match error.position() {
        Some(at) => format!("line {}: not readable as CSV", at.line()),
        None => "not readable as CSV".to_owned(),
    })?;
    let line = record.position().map_or(0, csv::Position::line);
    if record.len() > MAX_COLUMNS {
        return Err(format!("line {line}: more than {MAX_COLUMNS} columns"));
    }
    let fields = record
        .iter()
        .map(|field| {
            if field.len() > MAX_FIELD_BYTES {
                return Err(format!(
                    "line {line}: a field is over {MAX_FIELD_BYTES} bytes"
                ));
            }
            let field = field.strip_suffix(b"\r").unwrap_or(field);
            String::from_utf8(field.to_vec())
                .map_err(|_| format!("line {line}: a field is not UTF-8 text"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some((line, fields)))
}

/// Where the three columns are (any order; other columns are ignored).
struct Columns {
    event: usize,
    count: usize,
    last_seen: usize,
}

impl Columns {
    fn of(header: &[String]) -> Result<Columns, String> {
        let find = |name: &str| {
            header
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| format!("line 1: the header has no `{name}` column"))
        };
        Ok(Columns {
            event: find("event")?,
            count: find("count")?,
            last_seen: find("last_seen")?,
        })
    }

    fn row(&self, fields: &[String]) -> Result<Usage, String> {
        let field = |index: usize| fields.get(index).map_or("", |f| f.trim());
        let event = field(self.event);
        if event.is_empty() {
            return Err("the `event` field is empty".into());
        }
        let count = whole_number(field(self.count))
            .ok_or("`count` is not a whole number (1234, 1,234 and 1234.0 are read)".to_owned())?;
        let last_seen = field(self.last_seen);
        let last_seen =
            if last_seen.is_empty() {
                None
            } else {
                Some(seen_date(last_seen).ok_or(
                "`last_seen` is not a date (2026-11-28) or a timestamp (2026-11-28T10:00:00Z, \
                 2026-11-28 10:00:00 UTC)"
                    .to_owned(),
            )?)
            };
        Ok(Usage {
            event: event.to_owned(),
            count,
            last_seen,
        })
    }
}

/// A count as warehouses and spreadsheets spell it: `1234`, `1,234` (groups of three), or a
/// float column's `1234.0`.
fn whole_number(text: &str) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if !fraction.bytes().all(|b| b == b'0') || whole.is_empty() {
        return None;
    }
    let mut groups = whole.split(',');
    let first = groups.next()?;
    let mut digits = first.to_owned();
    for group in groups {
        if first.is_empty() || first.len() > 3 || group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A date, or the date of a timestamp: RFC 3339 (`2026-11-27T23:59:01Z`, the UTC date),
/// BigQuery's `2026-11-27 23:59:01 UTC`, Snowflake's `2026-11-27 15:59:01.000 -0800` (both
/// taken in UTC), or a zone-less `2026-11-27 23:59:01` (the date as written).
fn seen_date(text: &str) -> Option<Date> {
    if let Some(date) = parse_date(text) {
        return Some(date);
    }
    let (stamp, zone) = match text.rsplit_once(' ') {
        Some((stamp, zone)) if stamp.contains(':') => (stamp, Some(zone)),
        _ => (text, None),
    };
    let spelled = match zone {
        Some(zone) if zone.eq_ignore_ascii_case("utc") || zone.eq_ignore_ascii_case("z") => {
            format!("{stamp}Z")
        }
        Some(zone) if zone.starts_with(['+', '-']) => format!("{stamp}{zone}"),
        Some(_) => return None,
        None => text.to_owned(),
    };
    if let Ok(instant) = spelled.parse::<jiff::Timestamp>() {
        return Some(instant.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    }
    if zone.is_some() || has_offset(text) {
        return None;
    }
    text.parse::<jiff::civil::DateTime>().ok().map(|t| t.date())
}

/// Whether a timestamp ends in a zone (`Z`, `+01:00`, `-0800`) after its time.
fn has_offset(text: &str) -> bool {
    let time = text.get(10..).unwrap_or("");
    time.ends_with(['Z', 'z'])
        || time.contains(['+'])
        || time.get(1..).is_some_and(|t| t.contains('-'))
}

/// Why an active event is a retire candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Zombie {
    /// The export has no row for it.
    NotInExport,
    /// The export's rows for it sum to zero.
    ZeroCount,
    NotSeenFor {
        days: i64,
        last_seen: Date,
    },
    ReviewOverdue {
        days: i64,
        last_reviewed: String,
    },
}

#[derive(Debug)]
pub struct RetireCandidate<'a> {
    pub event: &'a Event,
    pub reasons: Vec<Zombie>,
}

/// The usage review: retire candidates, retired names that still arrive, and unknown names.
#[derive(Debug, Default)]
pub struct Zombies<'a> {
    pub retire: Vec<RetireCandidate<'a>>,
    /// Deprecated or retired events with a count.
    pub still_firing: Vec<(&'a Event, Usage)>,
    /// Old names (`renamed_from`) with a count, and the event that replaced them.
    pub old_names: Vec<(&'a Event, Usage)>,
    /// Events in the export that the plan does not know (the first [`UNKNOWN_SHOWN`]).
    pub unknown: Vec<Usage>,
    pub unknown_total: usize,
}

/// The zombies of a usage export. With a `baseline`, an event it lacks was added in this
/// change: it cannot have usage yet and is never a retire candidate.
pub fn zombies<'a>(
    catalog: &'a Catalog,
    baseline: Option<&Catalog>,
    config: &Config,
    usage: &[Usage],
    in_scope: &dyn Fn(FileId) -> bool,
) -> Zombies<'a> {
    let by_name: FastMap<&str, &Usage> = usage.iter().map(|u| (u.event.as_str(), u)).collect();
    let mut zombies = Zombies::default();
    for event in catalog.events.iter().filter(|e| in_scope(e.file)) {
        let seen = by_name.get(event.name.value.as_str()).copied();
        let added = baseline.is_some_and(|base| base.event(&event.name.value).is_none());
        match event.status() {
            Status::Active if added => {}
            Status::Active => {
                let reasons = retire_reasons(event, config, seen);
                if !reasons.is_empty() {
                    zombies.retire.push(RetireCandidate { event, reasons });
                }
            }
            Status::Deprecated | Status::Retired => {
                if let Some(seen) = seen.filter(|u| u.count > 0) {
                    zombies.still_firing.push((event, seen.clone()));
                }
            }
            Status::Draft => {}
        }
    }
    let renamed = renamed_to(catalog);
    for row in usage.iter().filter(|u| catalog.event(&u.event).is_none()) {
        match renamed.get(row.event.as_str()) {
            Some(&event) if row.count > 0 => {
                if in_scope(event.file) {
                    zombies.old_names.push((event, row.clone()));
                }
            }
            Some(_) => {}
            None => {
                zombies.unknown_total += 1;
                if zombies.unknown.len() < UNKNOWN_SHOWN {
                    zombies.unknown.push(row.clone());
                }
            }
        }
    }
    zombies
}

/// Old name -> the first event naming it in `renamed_from`.
fn renamed_to(catalog: &Catalog) -> FastMap<&str, &Event> {
    let mut renamed = FastMap::default();
    for event in &catalog.events {
        for old in &event.renamed_from {
            renamed.entry(old.value.as_str()).or_insert(event);
        }
    }
    renamed
}

fn retire_reasons(event: &Event, config: &Config, seen: Option<&Usage>) -> Vec<Zombie> {
    let mut reasons = Vec::new();
    let age = |date: Date| {
        date.until(config.today)
            .map_or(0, |span| i64::from(span.get_days()))
    };
    match seen {
        None => reasons.push(Zombie::NotInExport),
        Some(usage) if usage.count == 0 => reasons.push(Zombie::ZeroCount),
        Some(usage) => {
            if let Some(last_seen) = usage.last_seen
                && age(last_seen) > config.max_age_days
            {
                reasons.push(Zombie::NotSeenFor {
                    days: age(last_seen),
                    last_seen,
                });
            }
        }
    }
    if let Some(reviewed) = &event.last_reviewed
        && age(reviewed.value) > config.max_age_days
    {
        reasons.push(Zombie::ReviewOverdue {
            days: age(reviewed.value),
            last_reviewed: reviewed.value.to_string(),
        });
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_may_hold_commas_quotes_and_line_breaks() {
        let usage = parse(
            b"count,event,last_seen\r\n3,\"a,b\",2026-01-02\r\n\"4\",\"say \"\"hi\"\"\nthere\",\n",
        )
        .unwrap();
        assert_eq!(usage.len(), 2);
        assert_eq!(usage[0].event, "a,b");
        assert_eq!(usage[0].count, 3);
        assert_eq!(usage[1].event, "say \"hi\"\nthere");
        assert_eq!(usage[1].last_seen, None);
    }

    #[test]
    fn rows_of_one_event_are_summed() {
        let usage =
            parse(b"event,count,last_seen\nx,1,2026-01-01\nx,2,2026-03-01T10:00:00Z\n").unwrap();
        assert_eq!(usage.len(), 1);
        assert_eq!(usage[0].count, 3);
        assert_eq!(
            usage[0].last_seen.map(|d| d.to_string()).as_deref(),
            Some("2026-03-01")
        );
    }

    #[test]
    fn problems_name_the_line() {
        let problem = |text: &[u8]| parse(text).unwrap_err();
        assert_eq!(problem(b""), "the file is empty");
        assert_eq!(
            problem(b"name,count,last_seen\n"),
            "line 1: the header has no `event` column"
        );
        assert_eq!(
            problem(b"event,count,last_seen\nx,many,\n"),
            "line 2: `count` is not a whole number (1234, 1,234 and 1234.0 are read)"
        );
        assert_eq!(
            problem(b"event,count,last_seen\n\"x,1,\n"),
            "line 2: a quoted field is not closed"
        );
        assert_eq!(
            problem(b"event,count,last_seen\nx\xff,1,\n"),
            "line 2: a field is not UTF-8 text"
        );
    }

    #[test]
    fn counts_and_timestamps_as_warehouses_spell_them() {
        let usage = parse(
            "event,count,last_seen\n\
             a,\"1,234\",2026-11-27 23:59:01 UTC\n\
             b,12.0,2026-11-27 23:59:01.123456 UTC\n\
             c,7,2026-11-27 20:59:01.000 -0800\n\
             d,1,2026-11-27 10:00:00\n\
             e,\"1,234,567\",2026-11-27T23:30:00-01:00\n"
                .as_bytes(),
        )
        .unwrap();
        let got: Vec<(String, u64, String)> = usage
            .iter()
            .map(|u| {
                let day = u.last_seen.map(|d| d.to_string()).unwrap_or_default();
                (u.event.clone(), u.count, day)
            })
            .collect();
        let want = [
            ("a", 1234, "2026-11-27"),
            ("b", 12, "2026-11-27"),
            ("c", 7, "2026-11-28"),
            ("d", 1, "2026-11-27"),
            ("e", 1_234_567, "2026-11-28"),
        ];
        let want: Vec<(String, u64, String)> = want
            .iter()
            .map(|(e, c, d)| ((*e).to_owned(), *c, (*d).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn numbers_and_timestamps_that_are_not_read() {
        for count in ["1,23", "12,3456", ",123", "1.5", "-3", "1e3", "", "1 234"] {
            assert_eq!(whole_number(count), None, "{count}");
        }
        for seen in [
            "27/11/2026",
            "2026-11-27 10:00:00 CET",
            "2026-11-27 10:00:00 +99:00",
            "yesterday",
        ] {
            assert_eq!(seen_date(seen), None, "{seen}");
        }
    }

    #[test]
    fn a_row_of_the_wrong_width_names_both_counts() {
        assert_eq!(
            parse(b"event,count,last_seen\nx,1,2026-01-01\ny,1,234,2026-01-01\n").unwrap_err(),
            "line 3 has 4 fields, the header has 3 (quote a field that holds a comma)"
        );
    }
}
