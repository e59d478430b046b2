//! Hashing for the name-keyed maps on hot paths, and a set of JSON values for finding repeats
//! among thousands of enum values without comparing every pair.
//!
//! The names are chosen by whoever writes the catalog, so the hash must not let them collide on
//! purpose (a HashDoS turns every map lookup into a scan): FNV-1a, fast on short names, starts
//! from a per-process random state and is mixed at the end, so its low bits (the bucket) depend
//! on every byte and cannot be steered by appending a few chosen ones.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher, RandomState};
use std::sync::OnceLock;

use serde_json::Value;

#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

/// A random start for every hasher of this process.
fn seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| RandomState::new().hash_one(0x7472_6163_6b6c_696e_u64))
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed())
    }
}

impl Hasher for Fnv {
    /// MurmurHash3's finaliser: spreads every bit of the state into the low (bucket) bits.
    fn finish(&self) -> u64 {
        let mut hash = self.0;
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        hash ^ (hash >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;

/// JSON values, each with what it came with (its span), found again by equality as `==` sees
/// it: numbers by value, objects whatever their key order.
pub struct ValueIndex<'a, T> {
    hasher: RandomState,
    buckets: FastMap<u64, Vec<(&'a Value, T)>>,
}

impl<'a, T> Default for ValueIndex<'a, T> {
    fn default() -> Self {
        ValueIndex {
            hasher: RandomState::new(),
            buckets: FastMap::default(),
        }
    }
}

impl<'a> ValueIndex<'a, ()> {
    /// The set of `values`.
    pub fn of(values: impl IntoIterator<Item = &'a Value>) -> Self {
        let mut index = ValueIndex::default();
        for value in values {
            index.insert(value, ());
        }
        index
    }
}

impl<'a, T> ValueIndex<'a, T> {
    /// Adds a value; when an equal one is already there, keeps that one and returns its data.
    pub fn insert(&mut self, value: &'a Value, data: T) -> Option<&T> {
        let bucket = self.buckets.entry(self.hash(value)).or_default();
        match bucket.iter().position(|(held, _)| *held == value) {
            Some(found) => bucket.get(found).map(|(_, data)| data),
            None => {
                bucket.push((value, data));
                None
            }
        }
    }

    /// The data of the value equal to `value`, if one was added.
    pub fn get(&self, value: &Value) -> Option<&T> {
        self.buckets
            .get(&self.hash(value))?
            .iter()
            .find(|(held, _)| *held == value)
            .map(|(_, data)| data)
    }

    pub fn contains(&self, value: &Value) -> bool {
        self.get(value).is_some()
    }

    fn hash(&self, value: &Value) -> u64 {
        let mut hasher = self.hasher.build_hasher();
        self.hash_into(value, &mut hasher);
        hasher.finish()
    }

    fn hash_into(&self, value: &Value, hasher: &mut impl Hasher) {
        match value {
            Value::Null => hasher.write_u8(0),
            Value::Bool(b) => (1u8, b).hash(hasher),
            Value::Number(n) => (2u8, n).hash(hasher),
            Value::String(s) => (3u8, s).hash(hasher),
            Value::Array(items) => {
                (4u8, items.len()).hash(hasher);
                for item in items {
                    self.hash_into(item, hasher);
                }
            }
            Value::Object(map) => {
                // Key order does not make two objects different: combine the entries'
                // hashes with a sum, which ignores their order.
                let entries = map.iter().fold(0u64, |sum, (key, item)| {
                    let mut entry = self.hasher.build_hasher();
                    key.hash(&mut entry);
                    self.hash_into(item, &mut entry);
                    sum.wrapping_add(entry.finish())
                });
                (5u8, map.len(), entries).hash(hasher);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Plain FNV-1a, as the maps hashed before: its low bits are easy to steer.
    fn plain_fnv(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// `count` keys whose plain FNV-1a agrees in the low 16 bits (the bucket of a 65,536-slot
    /// table): a four-byte prefix, then two bytes solved for the target, as an attacker would.
    fn colliding_keys(count: usize, target: u64) -> Vec<Vec<u8>> {
        const PRIME: u64 = 0x0100_0000_01b3;
        // The inverse of the prime modulo 2^64 (Newton's iteration doubles the correct bits).
        let mut inverse = PRIME;
        for _ in 0..6 {
            inverse = inverse.wrapping_mul(2u64.wrapping_sub(PRIME.wrapping_mul(inverse)));
        }
        let before_last = target.wrapping_mul(inverse) & 0xffff;
        let mut keys = Vec::new();
        for prefix in 0u32.. {
            let start = prefix.to_le_bytes();
            let state = plain_fnv(&start);
            for a in 0..=255u8 {
                let after_a = (state ^ u64::from(a)).wrapping_mul(PRIME);
                if let Ok(b) = u8::try_from((after_a ^ before_last) & 0xffff) {
                    let mut key = start.to_vec();
                    key.extend([a, b]);
                    keys.push(key);
                    if keys.len() == count {
                        return keys;
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn keys_built_to_share_a_bucket_spread_out() {
        let target = 0x2a2a;
        let keys = colliding_keys(1_000, target);
        assert_eq!(keys.len(), 1_000);
        assert!(keys.iter().all(|k| plain_fnv(k) & 0xffff == target));
        let buckets: FastSet<u64> = keys
            .iter()
            .map(|key| {
                let mut hasher = Fnv::default();
                hasher.write(key);
                hasher.finish() & 0xffff
            })
            .collect();
        assert!(buckets.len() > 900, "{} buckets", buckets.len());
    }

    #[test]
    fn value_index_finds_equal_values() {
        let values = [
            json!(1),
            json!(1.0),
            json!("1"),
            json!({"a": 1, "b": [true, null]}),
            json!({"b": [true, null], "a": 1}),
            json!([1, 2]),
            json!([2, 1]),
        ];
        let mut index = ValueIndex::default();
        let firsts: Vec<Option<usize>> = values
            .iter()
            .enumerate()
            .map(|(i, v)| index.insert(v, i).copied())
            .collect();
        // 1 and 1.0 differ for `==`, as they do for serde_json; the reordered object is a repeat.
        assert_eq!(firsts, vec![None, None, None, None, Some(3), None, None]);
        assert!(index.contains(&json!({"b": [true, null], "a": 1})));
        assert!(!index.contains(&json!([1])));
        assert_eq!(json!({"a": 1, "b": 2}), json!({"b": 2, "a": 1}));
    }
}
