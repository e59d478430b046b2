//! A call's `properties` read into a flat tree of values borrowed from the line, which the
//! compiled schemas validate in place (a `jsonschema` representation of our own): a call that
//! passes never builds a `serde_json::Value`. One tree serves all the lines of a worker task.
//! A call that fails, or whose objects repeat a key, is judged on the `Value` built from it,
//! exactly what parsing the line into a `Value` gives, so its messages are the same.

use std::borrow::Cow;
use std::fmt;

use jsonschema::JsonType;
use jsonschema::json::{Array, Json, Node, NodeIdentity, Object, cmp};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Room for values kept from one line to the next: a 1 MiB line of `[1,1,...]` holds half a
/// million (28 MB), which is given back before the next line.
const KEPT_ITEMS: usize = 16 * 1024;

/// The values of the calls of one line (and, reused, of the next lines of a task).
#[derive(Debug, Default)]
pub struct Tree<'a> {
    items: Vec<Item<'a>>,
    /// The members of the containers being read, innermost last; a container's move to
    /// `items` in one piece when it closes.
    open: Vec<Item<'a>>,
    /// An object read since the last root repeats a key.
    repeated: bool,
}

/// A value, with its name when it is a member of an object.
#[derive(Debug, Clone)]
struct Item<'a> {
    name: Cow<'a, str>,
    value: Slot<'a>,
}

#[derive(Debug, Clone)]
enum Slot<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    /// Members at `items[first..first + len]`.
    Array {
        first: u32,
        len: u32,
    },
    Object {
        first: u32,
        len: u32,
    },
}

/// The value of one call's `properties` in a tree.
#[derive(Debug, Clone, Copy)]
pub struct Root {
    index: u32,
    /// An object in it repeats a key: only the `Value` says which member counts.
    repeated: bool,
}

/// An empty object, for a call without `properties`.
static EMPTY_OBJECT: [Item<'static>; 1] = [Item {
    name: Cow::Borrowed(""),
    value: Slot::Object { first: 0, len: 0 },
}];

impl<'a> Tree<'a> {
    /// Forgets the values of the last line (and the room a huge one took).
    pub fn clear(&mut self) {
        self.items.clear();
        self.open.clear();
        self.items.shrink_to(KEPT_ITEMS);
        self.open.shrink_to(KEPT_ITEMS);
        self.repeated = false;
    }

    /// Reads one value into the tree (a `DeserializeSeed` for `properties`).
    pub fn root(&mut self) -> RootSeed<'_, 'a> {
        RootSeed(self)
    }

    /// The root's value, or `None` when it repeats a key (judge its `Value` instead).
    pub fn node(&self, root: Root) -> Option<TreeNode<'_>> {
        (!root.repeated).then_some(TreeNode {
            items: &self.items,
            index: root.index,
        })
    }

    /// The root as a `Value`: what serde_json builds from the same text (a key given twice
    /// keeps its first place and its last value).
    pub fn value(&self, root: Root) -> Value {
        TreeNode {
            items: &self.items,
            index: root.index,
        }
        .value()
    }

    /// Moves the members of the container opened at `start` to `items`.
    fn close(&mut self, start: usize) -> (u32, u32) {
        let first = self.items.len() as u32;
        let len = (self.open.len() - start) as u32;
        self.items.extend(self.open.drain(start..));
        (first, len)
    }
}

/// One value of a tree (or a lone string: `propertyNames` validates names as nodes).
#[derive(Clone, Copy)]
pub struct TreeNode<'a> {
    items: &'a [Item<'a>],
    index: u32,
}

impl fmt::Debug for TreeNode<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl<'a> TreeNode<'a> {
    /// The value of a call without `properties`: an empty object.
    pub fn empty_object() -> TreeNode<'static> {
        TreeNode {
            items: &EMPTY_OBJECT,
            index: 0,
        }
    }

    fn slot(&self) -> &'a Slot<'a> {
        match self.items.get(self.index as usize) {
            Some(item) => &item.value,
            None => &Slot::Null,
        }
    }

    fn at(&self, index: u32) -> TreeNode<'a> {
        TreeNode {
            items: self.items,
            index,
        }
    }

    /// The names and values of an object's members, in order (none for another value).
    pub fn members(&self) -> Members<'a> {
        match *self.slot() {
            Slot::Object { first, len } => Members {
                items: self.items,
                next: first,
                end: first.saturating_add(len),
            },
            _ => Members {
                items: self.items,
                next: 0,
                end: 0,
            },
        }
    }

    /// The string it holds.
    pub fn as_str(&self) -> Option<&'a str> {
        match self.slot() {
            Slot::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.slot(), Slot::Null)
    }

    /// The value as serde_json builds it.
    pub fn value(&self) -> Value {
        match self.slot() {
            Slot::Null => Value::Null,
            Slot::Bool(b) => Value::Bool(*b),
            Slot::Number(n) => Value::Number(n.clone()),
            Slot::String(text) => Value::String(text.to_string()),
            Slot::Array { first, len } => Value::Array(
                (*first..first.saturating_add(*len))
                    .map(|index| self.at(index).value())
                    .collect(),
            ),
            Slot::Object { len, .. } => {
                let mut object = Map::with_capacity(*len as usize);
                for (name, member) in self.members() {
                    // A repeated key keeps its first place and takes the last value.
                    object.insert(name.to_owned(), member.value());
                }
                Value::Object(object)
            }
        }
    }
}

/// An object's members: (name, value).
pub struct Members<'a> {
    items: &'a [Item<'a>],
    next: u32,
    end: u32,
}

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, TreeNode<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        let index = self.next;
        self.next += 1;
        let item = self.items.get(index as usize)?;
        Some((
            item.name.as_ref(),
            TreeNode {
                items: self.items,
                index,
            },
        ))
    }
}

/// Reads a value into a tree and gives its [`Root`].
pub struct RootSeed<'t, 'a>(&'t mut Tree<'a>);

impl<'de> DeserializeSeed<'de> for RootSeed<'_, 'de> {
    type Value = Root;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Root, D::Error> {
        let tree = self.0;
        tree.repeated = false;
        let value = deserializer.deserialize_any(SlotVisitor(&mut *tree))?;
        let index = tree.items.len() as u32;
        tree.items.push(Item {
            name: Cow::Borrowed(""),
            value,
        });
        Ok(Root {
            index,
            repeated: std::mem::take(&mut tree.repeated),
        })
    }
}

struct SlotVisitor<'t, 'a>(&'t mut Tree<'a>);

impl<'de> DeserializeSeed<'de> for SlotVisitor<'_, 'de> {
    type Value = Slot<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Slot<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SlotVisitor<'_, 'de> {
    type Value = Slot<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Slot<'de>, E> {
        Ok(Slot::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Slot<'de>, E> {
        Ok(Slot::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Slot<'de>, E> {
        Ok(Slot::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Slot<'de>, E> {
        // As `Value::from(f64)`: a number that is not finite is null.
        Ok(Number::from_f64(v).map_or(Slot::Null, Slot::Number))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Slot<'de>, E> {
        Ok(Slot::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Slot<'de>, E> {
        Ok(Slot::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Slot<'de>, E> {
        Ok(Slot::String(Cow::Owned(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Slot<'de>, E> {
        Ok(Slot::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Slot<'de>, E> {
        Ok(Slot::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Slot<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Slot<'de>, A::Error> {
        let tree = self.0;
        let start = tree.open.len();
        while let Some(value) = seq.next_element_seed(SlotVisitor(&mut *tree))? {
            tree.open.push(Item {
                name: Cow::Borrowed(""),
                value,
            });
        }
        let (first, len) = tree.close(start);
        Ok(Slot::Array { first, len })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Slot<'de>, A::Error> {
        let tree = self.0;
        let start = tree.open.len();
        while let Some(super::json::Text(name)) = map.next_key()? {
            let value = map.next_value_seed(SlotVisitor(&mut *tree))?;
            tree.open.push(Item { name, value });
        }
        if repeats_a_name(&tree.open[start..]) {
            tree.repeated = true;
        }
        let (first, len) = tree.close(start);
        Ok(Slot::Object { first, len })
    }
}

/// Whether two members share a name: pairwise for the small objects calls send, through a set
/// for large ones.
fn repeats_a_name(members: &[Item]) -> bool {
    if members.len() <= 32 {
        return members
            .iter()
            .enumerate()
            .any(|(i, a)| members[i + 1..].iter().any(|b| a.name == b.name));
    }
    let mut names = foldhash::HashSet::with_capacity_and_hasher(members.len(), Default::default());
    !members.iter().all(|m| names.insert(m.name.as_ref()))
}

/// The tree as `jsonschema` reads it: an instance representation of our own.
pub struct Borrowed;

impl Json for Borrowed {
    type Node<'a> = TreeNode<'a>;
    type PreparedKey = Box<str>;
    type StringBuffer = ();

    // Looking a name up scans the members, as serde_json's own small objects do.
    const KEYS_PER_LOOKUP: usize = 2;
    // A tree has no cycles: no value is its own descendant.
    const ACYCLIC: bool = true;

    fn prepare_key(key: &str) -> Box<str> {
        key.into()
    }

    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(TreeNode<'_>) -> T) -> T {
        let items = [Item {
            name: Cow::Borrowed(""),
            value: Slot::String(Cow::Borrowed(string)),
        }];
        f(TreeNode {
            items: &items,
            index: 0,
        })
    }
}

impl<'a> Node<'a, Borrowed> for TreeNode<'a> {
    type Object = TreeNode<'a>;
    type Array = TreeNode<'a>;
    type Number = &'a Number;

    fn as_object(&self) -> Option<TreeNode<'a>> {
        matches!(self.slot(), Slot::Object { .. }).then_some(*self)
    }

    fn as_array(&self) -> Option<TreeNode<'a>> {
        matches!(self.slot(), Slot::Array { .. }).then_some(*self)
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.as_str().map(Cow::Borrowed)
    }

    fn as_number(&self) -> Option<&'a Number> {
        match self.slot() {
            Slot::Number(n) => Some(n),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.slot() {
            Slot::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        TreeNode::is_null(self)
    }

    fn json_type(&self) -> JsonType {
        match self.slot() {
            Slot::Null => JsonType::Null,
            Slot::Bool(_) => JsonType::Boolean,
            Slot::Number(_) => JsonType::Number,
            Slot::String(_) => JsonType::String,
            Slot::Array { .. } => JsonType::Array,
            Slot::Object { .. } => JsonType::Object,
        }
    }

    fn string_length_within(&self, min: u64, max: u64) -> Option<bool> {
        let text = self.as_str()?;
        // A code point takes one to four bytes: the byte length often decides alone.
        let bytes = text.len() as u64;
        let fewest = bytes.div_ceil(4);
        if bytes < min || fewest > max {
            return Some(false);
        }
        if min <= fewest && bytes <= max {
            return Some(true);
        }
        Some((min..=max).contains(&(text.chars().count() as u64)))
    }

    fn equals_value(&self, expected: &Value) -> bool {
        // `enum` and `const` compare scalars on every call: without building a `Value` for them.
        match self.slot() {
            Slot::Null => expected.is_null(),
            Slot::Bool(b) => expected.as_bool() == Some(*b),
            Slot::String(text) => expected.as_str() == Some(text.as_ref()),
            Slot::Number(n) => cmp::equal(&Value::Number(n.clone()), expected),
            Slot::Array { .. } | Slot::Object { .. } => cmp::equal(&self.value(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(self.value())
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::tagged(
            self.items.as_ptr() as usize,
            self.index,
        ))
    }
}

impl<'a> Object<'a, Borrowed> for TreeNode<'a> {
    type Node = TreeNode<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        match self.slot() {
            Slot::Object { len, .. } => *len as usize,
            _ => 0,
        }
    }

    fn get(&self, key: &Box<str>) -> Option<TreeNode<'a>> {
        // Names are unique here: a tree that repeats one is never validated as a tree.
        self.members()
            .find(|(name, _)| *name == key.as_ref())
            .map(|(_, value)| value)
    }

    fn members(&self) -> Members<'a> {
        TreeNode::members(self)
    }
}

impl<'a> Array<'a, Borrowed> for TreeNode<'a> {
    type Node = TreeNode<'a>;
    type ElementsIter = Elements<'a>;

    fn len(&self) -> usize {
        match self.slot() {
            Slot::Array { len, .. } => *len as usize,
            _ => 0,
        }
    }

    fn elements(&self) -> Elements<'a> {
        let (next, end) = match *self.slot() {
            Slot::Array { first, len } => (first, first.saturating_add(len)),
            _ => (0, 0),
        };
        Elements {
            node: *self,
            next,
            end,
        }
    }
}

/// An array's elements.
pub struct Elements<'a> {
    node: TreeNode<'a>,
    next: u32,
    end: u32,
}

impl<'a> Iterator for Elements<'a> {
    type Item = TreeNode<'a>;

    fn next(&mut self) -> Option<TreeNode<'a>> {
        if self.next >= self.end {
            return None;
        }
        let index = self.next;
        self.next += 1;
        Some(self.node.at(index))
    }
}
