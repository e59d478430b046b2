//! A set of JSON values (enum values, consts) found again by equality as `==` sees it, for
//! finding repeats among thousands of values without comparing every pair.

use std::hash::{BuildHasher, Hash, Hasher};

use foldhash::HashMap as FastMap;
use foldhash::fast::RandomState;
use serde_json::Value;

/// JSON values, each with what it came with (its span), found again by equality as `==` sees
/// it: numbers by value, objects whatever their key order.
pub struct ValueIndex<'a, T> {
    hasher: RandomState,
    buckets: FastMap<u64, Vec<(&'a Value, T)>>,
}

impl<'a, T> Default for ValueIndex<'a, T> {
    fn default() -> Self {
        ValueIndex {
            hasher: RandomState::default(),
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
