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
    let mut records = Records {
        bytes,
        at: 0,
        line: 1,
    };
    let (_, header) = records.next_record()?.ok_or("the file is empty")?;
    let columns = Columns::of(&header)?;
    let mut summed: FastMap<String, Usage> = FastMap::default();
    let mut rows = 0usize;
    while let Some((line, fields)) = records.next_record()? {
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        rows += 1;
        if rows > MAX_ROWS {
            return Err(format!("more than {MAX_ROWS} rows"));
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
        let field = |index: usize, name: &str| {
            fields
                .get(index)
                .map(|f| f.trim())
                .ok_or_else(|| format!("no `{name}` field"))
        };
        let event = field(self.event, "event")?;
        if event.is_empty() {
            return Err("the `event` field is empty".into());
        }
        let count = field(self.count, "count")?;
        let count = count
            .parse::<u64>()
            .map_err(|_| "`count` is not a whole number".to_owned())?;
        let last_seen = field(self.last_seen, "last_seen")?;
        let last_seen = if last_seen.is_empty() {
            None
        } else {
            Some(seen_date(last_seen).ok_or(
                "`last_seen` is not a date (2026-11-28) or an RFC 3339 timestamp".to_owned(),
            )?)
        };
        Ok(Usage {
            event: event.to_owned(),
            count,
            last_seen,
        })
    }
}

/// A date, or the UTC date of a timestamp (warehouses export either).
fn seen_date(text: &str) -> Option<Date> {
    if let Some(date) = parse_date(text) {
        return Some(date);
    }
    let instant: jiff::Timestamp = text.parse().ok()?;
    Some(instant.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
}

/// RFC 4180 records: fields split on commas, `"quoted"` fields may hold commas, line breaks
/// and doubled quotes. Every field is bounded and must be UTF-8.
struct Records<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl Records<'_> {
    /// The next record and the line it starts on; None at the end.
    fn next_record(&mut self) -> Result<Option<(usize, Vec<String>)>, String> {
        if self.at >= self.bytes.len() {
            return Ok(None);
        }
        let start_line = self.line;
        let mut fields = Vec::new();
        loop {
            let (field, ended_record) = self.field(start_line)?;
            if fields.len() >= 64 {
                return Err(format!("line {start_line}: more than 64 columns"));
            }
            fields.push(field);
            if ended_record {
                return Ok(Some((start_line, fields)));
            }
        }
    }

    /// One field and whether it ended its record (at a line break or the end).
    fn field(&mut self, record_line: usize) -> Result<(String, bool), String> {
        let quoted = self.bytes.get(self.at) == Some(&b'"');
        let mut value = Vec::new();
        if quoted {
            self.at += 1;
        }
        loop {
            let Some(&byte) = self.bytes.get(self.at) else {
                if quoted {
                    return Err(format!("line {record_line}: a quoted field is not closed"));
                }
                return finish(value, true, record_line);
            };
            self.at += 1;
            match (quoted, byte) {
                (true, b'"') if self.bytes.get(self.at) == Some(&b'"') => {
                    self.at += 1;
                    value.push(b'"');
                }
                (true, b'"') => return self.after_quote(value, record_line),
                (false, b',') => return finish(value, false, record_line),
                (false, b'\n') => {
                    self.line += 1;
                    return finish(value, true, record_line);
                }
                (_, byte) => {
                    if byte == b'\n' {
                        self.line += 1;
                    }
                    value.push(byte);
                }
            }
            if value.len() > MAX_FIELD_BYTES {
                return Err(format!(
                    "line {record_line}: a field is over {MAX_FIELD_BYTES} bytes"
                ));
            }
        }
    }

    /// After a closing quote only a comma, a line break or the end may follow.
    fn after_quote(
        &mut self,
        value: Vec<u8>,
        record_line: usize,
    ) -> Result<(String, bool), String> {
        if self.bytes.get(self.at) == Some(&b'\r') {
            self.at += 1;
        }
        match self.bytes.get(self.at) {
            None => finish(value, true, record_line),
            Some(b',') => {
                self.at += 1;
                finish(value, false, record_line)
            }
            Some(b'\n') => {
                self.at += 1;
                self.line += 1;
                finish(value, true, record_line)
            }
            Some(_) => Err(format!(
                "line {record_line}: text after a closing quote (write a quote inside a quoted field as \"\")"
            )),
        }
    }
}

fn trim_cr(mut value: Vec<u8>) -> Vec<u8> {
    if value.last() == Some(&b'\r') {
        value.pop();
    }
    value
}

fn finish(value: Vec<u8>, ended: bool, line: usize) -> Result<(String, bool), String> {
    let value = if ended { trim_cr(value) } else { value };
    String::from_utf8(value)
        .map(|text| (text, ended))
        .map_err(|_| format!("line {line}: a field is not UTF-8 text"))
}

/// Why an active event is a retire candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Zombie {
    /// The export has no row for it, or a zero count.
    NeverSeen,
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

pub fn zombies<'a>(
    catalog: &'a Catalog,
    config: &Config,
    usage: &[Usage],
    in_scope: &dyn Fn(FileId) -> bool,
) -> Zombies<'a> {
    let by_name: FastMap<&str, &Usage> = usage.iter().map(|u| (u.event.as_str(), u)).collect();
    let mut zombies = Zombies::default();
    for event in catalog.events.iter().filter(|e| in_scope(e.file)) {
        let seen = by_name.get(event.name.value.as_str()).copied();
        match event.status() {
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
        None => reasons.push(Zombie::NeverSeen),
        Some(usage) if usage.count == 0 => reasons.push(Zombie::NeverSeen),
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
            "line 2: `count` is not a whole number"
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
}
