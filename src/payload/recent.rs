//! The ids `payload/duplicate` remembers: 64-bit hashes of the most recent `REMEMBERED_IDS`
//! `messageId`s and `dedupe_key` values (a capped FIFO), each with where it was first seen.
//! Past its first few thousand ids, the ring and the table are made at their full size and
//! never grow again: about 27 bytes an id, 25 MB for the whole window, whatever the input; a
//! repeat further back is missed.

use std::hash::{BuildHasher, Hash};

use hashbrown::HashTable;

use crate::syntax::source::FileId;

/// How many ids are remembered (message ids and dedupe values together): the most a hash
/// table of 2^21 slots holds while the slots its evictions leave are reclaimed in place
/// (hashbrown rehashes in place while at most half its capacity is live, else doubles). A
/// table grown from empty held both sizes at its last doubling: 62 bytes an id at that peak.
pub const REMEMBERED_IDS: usize = 917_504;

/// Ids held in a small ring and table first (2^15 slots, 400 KB in all), so an input with few
/// ids (or none) never reserves the whole window's 25 MB.
const FIRST_IDS: usize = 14_336;

/// Hashes ids with a key chosen per run (foldhash's random seed), so an input cannot aim two
/// ids at one hash without knowing it; among a window of ids, two different ones share a hash
/// with a chance of about 2 in 100 million.
#[derive(Debug, Clone, Default)]
pub struct IdHasher(foldhash::quality::RandomState);

impl IdHasher {
    pub fn hash(&self, value: impl Hash) -> u64 {
        self.0.hash_one(value)
    }
}

/// Where an id was first seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub file: FileId,
    pub line: u32,
}

/// The window: the ids in arrival order in a ring (slot `n % capacity` for the n-th), and a
/// table from an id to its slot. The table holds 4-byte slots, not ids and places: a quarter
/// of the memory a map of ids would touch at random, which is where the time goes.
#[derive(Debug)]
pub struct RecentIds {
    capacity: usize,
    ring: Vec<(u64, Seen)>,
    /// How many ids were added.
    added: u64,
    slots: HashTable<u32>,
    /// The table is made for the whole window.
    whole: bool,
}

/// Where an id goes in the table. Ids are keyed hashes already; the multiplication spreads
/// ids that are not (small numbers in tests) over the table's tag bits too.
fn place(id: u64) -> u64 {
    id.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl RecentIds {
    /// A window of `capacity` ids (at most [`REMEMBERED_IDS`], the size the table is made for).
    pub fn new(capacity: usize) -> RecentIds {
        let capacity = capacity.clamp(1, REMEMBERED_IDS);
        let first = capacity.min(FIRST_IDS);
        RecentIds {
            capacity,
            ring: Vec::with_capacity(first),
            added: 0,
            slots: HashTable::with_capacity(2 * first),
            whole: false,
        }
    }

    /// Records an id; when it was seen before (and is still remembered), where that was.
    pub fn seen_before(&mut self, id: u64, at: Seen) -> Option<Seen> {
        let RecentIds { ring, slots, .. } = self;
        if let Some(&slot) = slots.find(place(id), |&slot| ring[slot as usize].0 == id) {
            return Some(ring[slot as usize].1);
        }
        if self.ring.len() == FIRST_IDS && !self.whole && self.capacity > FIRST_IDS {
            self.make_whole();
        }
        let slot = (self.added % self.capacity as u64) as usize;
        self.added += 1;
        let RecentIds { ring, slots, .. } = self;
        if let Some(oldest) = ring.get_mut(slot) {
            // Full: forget the oldest before adding, so the table never holds more than the
            // window.
            if let Ok(entry) = slots.find_entry(place(oldest.0), |&s| s as usize == slot) {
                entry.remove();
            }
            *oldest = (id, at);
        } else {
            ring.push((id, at));
        }
        slots.insert_unique(place(id), slot as u32, |&s| place(ring[s as usize].0));
        None
    }

    /// Moves the first ids into a table made for the whole window, once: from then on neither
    /// it nor the ring grows, and the small table is all that is held twice while moving. A
    /// table twice the window (2^21 slots for the whole one) is never more than half full, so
    /// the places that evictions leave are reclaimed in place.
    fn make_whole(&mut self) {
        let mut whole = HashTable::with_capacity(2 * self.capacity);
        let ring = &self.ring;
        for &slot in self.slots.iter() {
            whole.insert_unique(place(ring[slot as usize].0), slot, |&s| {
                place(ring[s as usize].0)
            });
        }
        self.slots = whole;
        self.ring.reserve_exact(self.capacity - self.ring.len());
        self.whole = true;
    }

    /// The number of ids the table can hold before it would have to grow.
    #[cfg(test)]
    fn table_capacity(&self) -> usize {
        self.slots.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_first_sighting_and_forgets_beyond_capacity() {
        let at = |line| Seen {
            file: FileId(0),
            line,
        };
        let mut recent = RecentIds::new(2);
        assert_eq!(recent.seen_before(1, at(1)), None);
        assert_eq!(recent.seen_before(1, at(2)), Some(at(1)));
        assert_eq!(recent.seen_before(2, at(3)), None);
        assert_eq!(recent.seen_before(3, at(4)), None);
        // 1 was pushed out by 2 and 3.
        assert_eq!(recent.seen_before(1, at(5)), None);
        assert_eq!(recent.seen_before(3, at(6)), Some(at(4)));
    }

    /// Against the plainest model of the window (the last N ids in a list, searched from the
    /// oldest): the same answers on ids drawn from a small range, so repeats, evictions and
    /// slots reused after evictions all happen; with windows on both sides of the small table.
    #[test]
    fn answers_like_a_list_of_the_last_ids() {
        for window in [1, 7, 50, FIRST_IDS + 100] {
            let mut recent = RecentIds::new(window);
            let mut model: std::collections::VecDeque<(u64, Seen)> = Default::default();
            let mut state = 0x2545_f491_4f6c_dd1du64;
            for line in 1..=40_000u32 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let id = state % (2 * window as u64 + 3);
                let at = Seen {
                    file: FileId(0),
                    line,
                };
                let expected = model
                    .iter()
                    .find(|(seen, _)| *seen == id)
                    .map(|(_, at)| *at);
                assert_eq!(
                    recent.seen_before(id, at),
                    expected,
                    "window {window}, line {line}"
                );
                if expected.is_none() {
                    if model.len() == window {
                        model.pop_front();
                    }
                    model.push_back((id, at));
                }
            }
        }
    }

    /// Past the first ids the table is made for the whole window, and the window turned over
    /// three times still fits it: it never grows (growing from empty cost 62 bytes an id at
    /// the last doubling, both tables held while moving, instead of 27).
    #[test]
    fn the_full_window_never_grows_its_table() {
        let mut recent = RecentIds::new(REMEMBERED_IDS);
        assert!(recent.table_capacity() < 2 * 2 * FIRST_IDS);
        let hasher = IdHasher::default();
        let at = Seen {
            file: FileId(0),
            line: 1,
        };
        for n in 0..=FIRST_IDS as u64 {
            recent.seen_before(hasher.hash(n), at);
        }
        let made = recent.table_capacity();
        assert_eq!(made, 2 * REMEMBERED_IDS);
        for n in FIRST_IDS as u64 + 1..3 * REMEMBERED_IDS as u64 {
            recent.seen_before(hasher.hash(n), at);
        }
        // Live ids plus what is left before a cleanup: a grown table would report 3.6 million.
        assert!(
            recent.table_capacity() <= made,
            "{}",
            recent.table_capacity()
        );
        assert_eq!(recent.ring.len(), REMEMBERED_IDS);
        // The most recent id is remembered, one from the first round is not.
        assert!(
            recent
                .seen_before(hasher.hash(3 * REMEMBERED_IDS as u64 - 1), at)
                .is_some()
        );
        assert!(recent.seen_before(hasher.hash(0u64), at).is_none());
    }
}
