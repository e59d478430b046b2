//! `validate --volume`: payloads per event per hour of `business_timezone` (a zone on the half
//! hour buckets on the half hour), over the sample's window of at most 31 days, judged against
//! each event's `volume` band. Memory is bounded by distinct hours seen, never by the span of
//! the timestamps: one payload dated 1970 is one more count, not half a million hours.

use foldhash::{HashMap as FastMap, HashSet as FastSet};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::context::Context;
use crate::diagnostic::Diagnostic;
use crate::lint::payload::VOLUME_OUT_OF_BAND;

/// The longest window judged.
pub const WINDOW_DAYS: i64 = 31;
const WINDOW_SECONDS: i64 = WINDOW_DAYS * 24 * 3600;

/// Distinct hours counted (over 11 years); payloads in other hours count as outside.
const MAX_HOURS: usize = 100_000;
/// Distinct (event, hour) counts kept for events with a band.
const MAX_CELLS: usize = 2_000_000;
/// Judged event-hours listed in the summary (and `--report`); the rest are only counted. Five
/// thousand banded events over a month are 3.7 million event-hours.
pub const MAX_LISTED_HOURS: usize = 50_000;

/// The start (Unix seconds) of the hour of `zone` that holds `at`: in Asia/Kolkata (+05:30)
/// hours start at :30 UTC.
pub fn hour_start(zone: &TimeZone, at: Timestamp) -> i64 {
    let seconds = at.as_second();
    let offset = i64::from(zone.to_offset(at).seconds());
    seconds - (seconds + offset).rem_euclid(3600)
}

/// RFC 3339 with the zone's offset at that instant: `2026-11-28T10:30:00+05:30`.
pub fn format_hour(zone: &TimeZone, hour: i64) -> String {
    match Timestamp::from_second(hour) {
        Ok(at) => at
            .to_zoned_datetime(zone.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        Err(_) => hour.to_string(),
    }
}

/// The counts, as payloads arrive.
#[derive(Debug, Default)]
pub struct Volumes {
    hours: FastMap<i64, u64>,
    cells: FastMap<(u32, i64), u64>,
    /// Payloads in hours beyond the caps.
    untracked: u64,
    /// Track calls without a readable `timestamp`.
    pub no_timestamp: u64,
}

/// One judged hour of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HourCount {
    pub event: u32,
    pub hour: i64,
    pub count: u64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub in_band: bool,
}

/// The outcome of `--volume`.
#[derive(Debug, Default)]
pub struct VolumeSummary {
    pub zone: String,
    /// The first and last hour of the window (both partial, not judged).
    pub window: Option<(i64, i64)>,
    /// Judged hours of events with a band and a payload in the window, in event order: the
    /// first [`MAX_LISTED_HOURS`].
    pub hours: Vec<HourCount>,
    /// Every judged event-hour, and those out of band (listed or not).
    pub judged: u64,
    pub out_of_band: u64,
    /// Out-of-band hours whose diagnostic was not built (beyond the room the run had left).
    pub unbuilt: u64,
    /// Timestamped payloads outside the window (or beyond the count caps).
    pub outside: u64,
    pub no_timestamp: u64,
    /// The earliest and latest hour seen, for the note about payloads outside.
    pub seen: Option<(i64, i64)>,
}

impl Volumes {
    /// Counts one track call: its event (when it has a band) and its hour.
    pub fn add(&mut self, banded_event: Option<u32>, hour: Option<i64>) {
        let Some(hour) = hour else {
            self.no_timestamp += 1;
            return;
        };
        if self.hours.len() >= MAX_HOURS && !self.hours.contains_key(&hour) {
            self.untracked += 1;
            return;
        }
        *self.hours.entry(hour).or_default() += 1;
        if let Some(event) = banded_event {
            let key = (event, hour);
            if self.cells.len() < MAX_CELLS || self.cells.contains_key(&key) {
                *self.cells.entry(key).or_default() += 1;
            }
        }
    }

    /// Chooses the window, judges every whole hour in it, and returns the diagnostics: at most
    /// `room` are built, the others counted in `unbuilt` (budgets apply while producing).
    pub fn judge(
        self,
        cx: &Context,
        zone: &TimeZone,
        room: usize,
    ) -> (VolumeSummary, Vec<Diagnostic>) {
        let mut summary = VolumeSummary {
            zone: zone.iana_name().unwrap_or("UTC").to_owned(),
            no_timestamp: self.no_timestamp,
            ..VolumeSummary::default()
        };
        let mut hours: Vec<(i64, u64)> = self.hours.into_iter().collect();
        hours.sort_unstable();
        let (Some(&(first, _)), Some(&(last, _))) = (hours.first(), hours.last()) else {
            return (summary, Vec::new());
        };
        summary.seen = Some((first, last));
        let (start, end) = densest_window(&hours);
        summary.window = Some((start, end));
        let inside: u64 = hours
            .iter()
            .filter(|(h, _)| (start..=end).contains(h))
            .map(|(_, n)| n)
            .sum();
        let total: u64 = hours.iter().map(|(_, n)| n).sum();
        summary.outside = total - inside + self.untracked;
        let buckets = buckets(zone, start, end);
        let judged = buckets
            .get(1..buckets.len().saturating_sub(1))
            .unwrap_or(&[]);
        let exercised: FastSet<u32> = self
            .cells
            .keys()
            .filter(|(_, hour)| (start..=end).contains(hour))
            .map(|&(event, _)| event)
            .collect();
        let mut diagnostics = Vec::new();
        for (index, facts) in cx.events.iter().enumerate() {
            let index = index as u32;
            let Some(volume) = facts.event.volume.as_deref() else {
                continue;
            };
            let (min, max) = (
                volume.min_per_hour.as_ref().map(|m| m.value),
                volume.max_per_hour.as_ref().map(|m| m.value),
            );
            if min.is_none() && max.is_none() {
                continue;
            }
            if !exercised.contains(&index) {
                continue;
            }
            for &hour in judged {
                let count = self.cells.get(&(index, hour)).copied().unwrap_or(0);
                let below = min.is_some_and(|m| count < m);
                let above = max.is_some_and(|m| count > m);
                summary.judged += 1;
                if summary.hours.len() < MAX_LISTED_HOURS {
                    summary.hours.push(HourCount {
                        event: index,
                        hour,
                        count,
                        min,
                        max,
                        in_band: !below && !above,
                    });
                }
                if !(below || above) {
                    continue;
                }
                summary.out_of_band += 1;
                if diagnostics.len() >= room {
                    summary.unbuilt += 1;
                    continue;
                }
                let (side, limit) = if below {
                    ("below volume.min_per_hour", min.unwrap_or_default())
                } else {
                    ("above volume.max_per_hour", max.unwrap_or_default())
                };
                // The hour first: messages of one event then sort by time.
                let message = format!(
                    "event \"{}\": the hour from {} ({}) had {count} payload{}, {side} {limit}",
                    facts.event.name.value,
                    format_hour(zone, hour),
                    summary.zone,
                    if count == 1 { "" } else { "s" },
                );
                if let Some(d) = cx.at_span(&VOLUME_OUT_OF_BAND, volume.key, message) {
                    // In time order, whatever the local clock did (the hour repeated when
                    // DST ends reads earlier as text).
                    diagnostics.push(d.with_sequence(hour).with_help(
                        "look for a release, an outage or a loop in that hour; or adjust the band",
                    ));
                }
            }
        }
        (summary, diagnostics)
    }
}

/// The window: every hour seen when they span at most 31 days, else the 31 days holding the
/// most payloads (the latest such span on a tie), so a few payloads dated far off do not move it.
fn densest_window(hours: &[(i64, u64)]) -> (i64, i64) {
    let (Some(&(first, _)), Some(&(last, _))) = (hours.first(), hours.last()) else {
        return (0, 0);
    };
    if last - first < WINDOW_SECONDS {
        return (first, last);
    }
    let mut best = (0u64, first, first);
    let mut sum = 0u64;
    let mut tail = 0usize;
    for (head, &(hour, count)) in hours.iter().enumerate() {
        sum += count;
        while let Some(&(old, old_count)) = hours.get(tail)
            && hour - old >= WINDOW_SECONDS
        {
            sum -= old_count;
            tail += 1;
        }
        let start = hours.get(tail).map_or(hour, |&(h, _)| h);
        if sum >= best.0 {
            best = (sum, start, hours.get(head).map_or(hour, |&(h, _)| h));
        }
    }
    (best.1, best.2)
}

/// Every hour from `start` to `end` (both included), empty ones too.
fn buckets(zone: &TimeZone, start: i64, end: i64) -> Vec<i64> {
    let mut hours = Vec::new();
    let mut hour = start;
    // A 31-day window has 744 hours; zones that shift by half an hour add a few.
    while hour <= end && hours.len() < (WINDOW_DAYS as usize * 24 + 48) {
        hours.push(hour);
        let next = Timestamp::from_second(hour + 3600)
            .map(|at| hour_start(zone, at))
            .unwrap_or(hour + 3600);
        hour = if next > hour { next } else { hour + 3600 };
    }
    hours
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> TimeZone {
        jiff::tz::TimeZoneDatabase::bundled().get(name).unwrap()
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn half_hour_zones_bucket_on_the_half_hour() {
        let kolkata = zone("Asia/Kolkata");
        let hour = hour_start(&kolkata, at("2026-11-28T05:10:00Z"));
        // 05:10 UTC is 10:40 in Kolkata: its hour began at 10:00 there, 04:30 UTC.
        assert_eq!(format_hour(&kolkata, hour), "2026-11-28T10:00:00+05:30");
        assert_eq!(hour, at("2026-11-28T04:30:00Z").as_second());
        let hour = hour_start(&kolkata, at("2026-11-28T05:40:00Z"));
        assert_eq!(format_hour(&kolkata, hour), "2026-11-28T11:00:00+05:30");
        let berlin = zone("Europe/Berlin");
        assert_eq!(
            format_hour(&berlin, hour_start(&berlin, at("2026-11-28T05:40:00Z"))),
            "2026-11-28T06:00:00+01:00"
        );
    }

    #[test]
    fn a_dst_day_has_23_hours() {
        let berlin = zone("Europe/Berlin");
        let start = hour_start(&berlin, at("2026-03-28T23:00:00Z"));
        let end = hour_start(&berlin, at("2026-03-29T21:59:00Z"));
        assert_eq!(buckets(&berlin, start, end).len(), 23);
    }

    #[test]
    fn the_window_is_the_densest_31_days() {
        let day = 24 * 3600;
        let mut hours = vec![(0, 1)];
        hours.extend((0..40).map(|d| (1_000 * day + d * day, 10)));
        let (start, end) = densest_window(&hours);
        assert!(end - start < WINDOW_SECONDS);
        assert_eq!(end, 1_039 * day);
        assert_eq!(start, 1_009 * day);
        assert_eq!(densest_window(&[(5, 1), (9, 2)]), (5, 9));
    }
}
