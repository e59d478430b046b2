//! The ids `payload/duplicate` remembers: 64-bit hashes of the most recent N `messageId`s and
//! `dedupe_key` values (a capped FIFO), each with where it was first seen. Memory stays flat
//! (about 40 bytes an id); a repeat further back than N ids is missed.

use std::collections::VecDeque;
use std::hash::{BuildHasher, Hash, RandomState};

use foldhash::HashMap as FastMap;

use crate::syntax::source::FileId;

/// How many ids are remembered (message ids and dedupe values together).
pub const REMEMBERED_IDS: usize = 1_000_000;

/// Hashes ids with a key chosen per run, so no input can be crafted to collide; with a million
/// ids, two different ones share a hash with a chance of about 3 in 100 million.
#[derive(Debug, Clone, Default)]
pub struct IdHasher(RandomState);

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
}

impl RecentIds {
    pub fn new(capacity: usize) -> RecentIds {
        RecentIds {
            capacity: capacity.max(1),
            order: VecDeque::new(),
            first: FastMap::default(),
        }
    }

    /// Records an id; when it was seen before (and is still remembered), where that was.
    pub fn seen_before(&mut self, id: u64, at: Seen) -> Option<Seen> {
        if let Some(&first) = self.first.get(&id) {
            return Some(first);
        }
        self.first.insert(id, at);
        self.order.push_back(id);
        if self.order.len() > self.capacity
            && let Some(oldest) = self.order.pop_front()
        {
            self.first.remove(&oldest);
        }
        None
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
}
