//! The ids `payload/duplicate` remembers: 64-bit hashes of the most recent `REMEMBERED_IDS`
//! `messageId`s and `dedupe_key` values (a capped FIFO), each with where it was first seen.
//! Past its first few thousand ids, both tables are made at their full size and never grow
//! again: about 47 bytes an id, 43 MB for the whole window, whatever the input; a repeat
//! further back is missed.

use std::collections::VecDeque;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, Hash};

use foldhash::HashMap as FastMap;

use crate::syntax::source::FileId;

/// How many ids are remembered (message ids and dedupe values together): the most a hash
/// table of 2^21 slots holds while the slots its evictions leave are reclaimed in place
/// (hashbrown rehashes in place while at most half its capacity is live, else doubles). A
/// table grown from empty held both sizes at its last doubling: 62 bytes an id at that peak.
pub const REMEMBERED_IDS: usize = 917_504;

/// Ids held in a small table first (2^15 slots, 560 KB), so an input with few ids (or none)
/// never reserves the whole window's 43 MB.
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

#[derive(Debug)]
pub struct RecentIds {
    capacity: usize,
    order: VecDeque<u64>,
    first: FastMap<u64, Seen>,
    /// The tables are made for the whole window.
    whole: bool,
}

impl RecentIds {
    /// A window of `capacity` ids (at most [`REMEMBERED_IDS`], the size the table is made for).
    pub fn new(capacity: usize) -> RecentIds {
        let capacity = capacity.clamp(1, REMEMBERED_IDS);
        let first = capacity.min(FIRST_IDS);
        RecentIds {
            capacity,
            order: VecDeque::with_capacity(first),
            first: FastMap::with_capacity_and_hasher(2 * first, Default::default()),
            whole: false,
        }
    }

    /// Records an id; when it was seen before (and is still remembered), where that was.
    pub fn seen_before(&mut self, id: u64, at: Seen) -> Option<Seen> {
        if self.order.len() < self.capacity {
            // Room left: one probe finds the id or adds it.
            if self.order.len() == FIRST_IDS && !self.whole {
                self.make_whole();
            }
            return match self.first.entry(id) {
                Entry::Occupied(seen) => Some(*seen.get()),
                Entry::Vacant(room) => {
                    room.insert(at);
                    self.order.push_back(id);
                    None
                }
            };
        }
        if let Some(&first) = self.first.get(&id) {
            return Some(first);
        }
        // Forget the oldest before adding, so the table never holds more than the window.
        if let Some(oldest) = self.order.pop_front() {
            self.first.remove(&oldest);
        }
        self.first.insert(id, at);
        self.order.push_back(id);
        None
    }

    /// Moves the first ids into tables made for the whole window, once: from then on neither
    /// grows, and the small table is all that is held twice while moving. A table twice the
    /// window (2^21 slots for the whole one) is never more than half full, so the slots that
    /// evictions leave are reclaimed in place.
    fn make_whole(&mut self) {
        let mut whole = FastMap::with_capacity_and_hasher(2 * self.capacity, Default::default());
        whole.extend(self.first.drain());
        self.first = whole;
        self.order.reserve_exact(self.capacity - self.order.len());
        self.whole = true;
    }

    /// The number of ids the table can hold before it would have to grow.
    #[cfg(test)]
    fn table_capacity(&self) -> usize {
        self.first.capacity()
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

    /// Past the first ids the table is made for the whole window, and the window turned over
    /// three times still fits it: it never grows (growing from empty cost 62 bytes an id at
    /// the last doubling, both tables held while moving, instead of 47).
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
        assert_eq!(recent.order.len(), REMEMBERED_IDS);
        // The most recent id is remembered, one from the first round is not.
        assert!(
            recent
                .seen_before(hasher.hash(3 * REMEMBERED_IDS as u64 - 1), at)
                .is_some()
        );
        assert!(recent.seen_before(hasher.hash(0u64), at).is_none());
    }
}
