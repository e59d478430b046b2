//! A YAML document as a tree in which every node, keys included, keeps its byte span.
//! Parsed once per file with serde-saphyr (`Spanned<T>`); the schema check, the catalog
//! model and the rules all read this tree, so no later stage re-parses text.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Location, NonFiniteFloatPolicy, Spanned};

/// Deepest nesting accepted (SPEC §8).
pub const MAX_DEPTH: usize = 128;
/// Most alias references accepted in one file (SPEC §8).
pub const MAX_ALIASES: usize = 10_000;
/// Most events replayed through aliases and merge keys in one file: what bounds an alias bomb.
const MAX_REPLAYED_EVENTS: usize = 200_000;
/// Largest file read at all; anything bigger is reported instead of parsed.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Where a node is: its byte offset and length in the file, as the reader sees it
/// (for an alias, the `*alias` token).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub offset: u32,
    pub len: u32,
    /// Where the value was written: differs from `offset` for aliases and merged keys.
    pub defined: u32,
}

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub key: Node,
    pub value: Node,
}

/// A mapping key that appears twice in one mapping.
#[derive(Debug, Clone)]
pub struct DuplicateKey {
    pub key: String,
    pub first: Pos,
    pub second: Pos,
}

/// A parse failure, at the parser's position.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub message: String,
    pub offset: u32,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match &self.value {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match &self.value {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The entries of a mapping (after [`Node::take_duplicates`], each key once).
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.as_map()
            .unwrap_or(&[])
            .iter()
            .map(|entry| (entry.key.key_text(), entry))
    }

    /// The value under `key` in a mapping (first occurrence).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.get_entry(key).map(|entry| &entry.value)
    }

    pub fn get_entry(&self, key: &str) -> Option<&Entry> {
        self.as_map()?.iter().find(|e| e.key.key_text() == key)
    }

    /// The text a mapping key is compared by.
    pub fn key_text(&self) -> &str {
        match &self.value {
            Value::Str(s) => s,
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            // Numbers and complex keys are compared by their source text, kept at parse time.
            Value::Number(_) | Value::Seq(_) | Value::Map(_) => "",
        }
    }

    /// A scalar as text, the way a user wrote it (numbers and booleans rendered).
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null => Some("null".to_owned()),
            Value::Seq(_) | Value::Map(_) => None,
        }
    }

    /// Whether a scalar was written without quotes (checked at its definition).
    pub fn is_plain(&self, text: &str) -> bool {
        let start = self.pos.defined as usize;
        !matches!(text.as_bytes().get(start), Some(b'"' | b'\'' | b'|' | b'>'))
    }

    /// Removes every later occurrence of a key repeated in one mapping, anywhere in the tree,
    /// and returns them: the first occurrence is the one the catalog uses.
    pub fn take_duplicates(&mut self) -> Vec<DuplicateKey> {
        let mut found = Vec::new();
        self.collect_duplicates(&mut found);
        found
    }

    fn collect_duplicates(&mut self, found: &mut Vec<DuplicateKey>) {
        match &mut self.value {
            Value::Seq(items) => items.iter_mut().for_each(|n| n.collect_duplicates(found)),
            Value::Map(entries) => {
                let mut seen: std::collections::HashMap<String, Pos> =
                    std::collections::HashMap::with_capacity(entries.len());
                entries.retain(|entry| {
                    let key = entry.key.key_text();
                    if let Some(&first) = seen.get(key) {
                        found.push(DuplicateKey {
                            key: key.to_owned(),
                            first,
                            second: entry.key.pos,
                        });
                        return false;
                    }
                    seen.insert(key.to_owned(), entry.key.pos);
                    true
                });
                for entry in entries.iter_mut() {
                    entry.value.collect_duplicates(found);
                }
            }
            _ => {}
        }
    }

    /// Converts to JSON, for schema validation and policies.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::Seq(items) => {
                serde_json::Value::Array(items.iter().map(Node::to_json).collect())
            }
            Value::Map(entries) => serde_json::Value::Object(
                entries
                    .iter()
                    .map(|e| (e.key.key_text().to_owned(), e.value.to_json()))
                    .collect(),
            ),
        }
    }

    /// Follows a JSON pointer's segments (`events`, `checkout_started`, `properties`, ...)
    /// and returns the entry key (when the last step was a mapping key) and the node.
    pub fn find<'a, I>(&self, segments: I) -> Option<(Option<&Node>, &Node)>
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut key = None;
        let mut node = self;
        for segment in segments {
            match &node.value {
                Value::Map(_) => {
                    let entry = node.get_entry(segment)?;
                    key = Some(&entry.key);
                    node = &entry.value;
                }
                Value::Seq(items) => {
                    node = items.get(segment.parse::<usize>().ok()?)?;
                    key = None;
                }
                _ => return None,
            }
        }
        Some((key, node))
    }
}

/// Parses one YAML document with YAML 1.2 scalars, bounded aliases and depth, and duplicate
/// keys passed through (so both occurrences can be shown).
pub fn parse(text: &str) -> Result<Node, YamlError> {
    if text.trim().is_empty() || is_comments_only(text) {
        return Ok(Node {
            value: Value::Null,
            pos: Pos::default(),
        });
    }
    let mut options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        non_finite_float_policy: NonFiniteFloatPolicy::AsString,
        with_snippet: false,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_nodes: 20_000_000,
            max_events: 50_000_000,
            max_documents: 1,
            max_total_scalar_bytes: MAX_FILE_BYTES,
        },
    };
    options.alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    match serde_saphyr::from_str_with_options::<Spanned<YamlAny>>(text, options) {
        Ok(spanned) => Ok(spanned_node(spanned, text)),
        Err(err) => Err(yaml_error(&err, text)),
    }
}

fn is_comments_only(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

fn yaml_error(err: &serde_saphyr::Error, text: &str) -> YamlError {
    let location = err.location();
    let offset = location.map_or(0, |loc| byte_offset(&loc, text).0);
    let mut message = err.without_snippet().to_string();
    // The position is shown by our own report; drop the parser's "line L column C:" prefix.
    if let Some(rest) = message.strip_prefix("error: ") {
        message = rest.to_owned();
    }
    if let Some(idx) = message.find(": ")
        && message[..idx].starts_with("line ")
    {
        message = message[idx + 2..].to_owned();
    }
    let message = message.lines().next().unwrap_or("malformed YAML").trim();
    // The position is ours to print; drop the parser's own " at line L, column C".
    let message = match message.rfind(" at line ") {
        Some(at) if message[at..].contains(", column ") => &message[..at],
        _ => message,
    };
    YamlError {
        message: friendly_message(message),
        offset,
    }
}

fn friendly_message(message: &str) -> String {
    if message.contains("budget breached: Depth") || message.contains("recursion limit") {
        format!("nesting deeper than {MAX_DEPTH} levels")
    } else if message.contains("budget breached: Aliases")
        || message.contains("RecordedAnchorEvents")
        || message.contains("alias replay")
        || message.contains("AliasAnchorRatio")
    {
        format!("too many alias expansions (limit {MAX_ALIASES}): possible alias bomb")
    } else if message.contains("budget breached: Documents") {
        "more than one YAML document in this file; put each document in its own file".to_owned()
    } else {
        message.to_owned()
    }
}

/// Byte offset and byte length of a location, computed from line and column when the
/// parser did not record bytes.
fn byte_offset(loc: &Location, text: &str) -> (u32, u32) {
    let span = loc.span();
    if let (Some(offset), Some(len)) = (span.byte_offset(), span.byte_len())
        && (offset as usize) <= text.len()
    {
        let len = len.min(text.len() as u64 - offset);
        return (offset as u32, len as u32);
    }
    if loc.line() == 0 {
        return (0, 0);
    }
    let mut line_start = 0usize;
    for _ in 1..loc.line() {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => break,
        }
    }
    let rest = &text[line_start..];
    let within = rest
        .char_indices()
        .nth(loc.column().saturating_sub(1) as usize)
        .map_or(rest.len(), |(b, _)| b);
    ((line_start + within) as u32, 0)
}

fn spanned_node(spanned: Spanned<YamlAny>, text: &str) -> Node {
    let (offset, len) = byte_offset(&spanned.referenced, text);
    let (defined, _) = byte_offset(&spanned.defined, text);
    let pos = Pos {
        offset,
        len,
        defined,
    };
    let value = match spanned.value {
        YamlAny::Null => Value::Null,
        YamlAny::Bool(b) => Value::Bool(b),
        YamlAny::Number(n) => Value::Number(n),
        YamlAny::Str(s) => Value::Str(s),
        YamlAny::Seq(items) => {
            Value::Seq(items.into_iter().map(|n| spanned_node(n, text)).collect())
        }
        YamlAny::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    let key = spanned_node(k, text);
                    let key = match key.value {
                        // Non-string keys compare by their source text.
                        Value::Number(_) | Value::Seq(_) | Value::Map(_) => Node {
                            value: Value::Str(source_text(text, key.pos)),
                            pos: key.pos,
                        },
                        _ => key,
                    };
                    Entry {
                        key,
                        value: spanned_node(v, text),
                    }
                })
                .collect(),
        ),
    };
    Node { value, pos }
}

fn source_text(text: &str, pos: Pos) -> String {
    text.get(pos.offset as usize..(pos.offset + pos.len) as usize)
        .unwrap_or("")
        .to_owned()
}

/// What serde-saphyr hands us; converted to [`Node`] with byte spans right after parsing.
enum YamlAny {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    Seq(Vec<Spanned<YamlAny>>),
    Map(Vec<(Spanned<YamlAny>, Spanned<YamlAny>)>),
}

impl<'de> Deserialize<'de> for YamlAny {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyVisitor)
    }
}

struct AnyVisitor;

impl<'de> Visitor<'de> for AnyVisitor {
    type Value = YamlAny;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<YamlAny, E> {
        Ok(YamlAny::Null)
    }

    fn visit_none<E>(self) -> Result<YamlAny, E> {
        Ok(YamlAny::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<YamlAny, D::Error> {
        YamlAny::deserialize(d)
    }

    fn visit_bool<E>(self, v: bool) -> Result<YamlAny, E> {
        Ok(YamlAny::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<YamlAny, E> {
        Ok(YamlAny::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<YamlAny, E> {
        Ok(YamlAny::Number(v.into()))
    }

    fn visit_i128<E>(self, v: i128) -> Result<YamlAny, E> {
        Ok(YamlAny::Str(v.to_string()))
    }

    fn visit_u128<E>(self, v: u128) -> Result<YamlAny, E> {
        Ok(YamlAny::Str(v.to_string()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<YamlAny, E> {
        Ok(serde_json::Number::from_f64(v)
            .map_or_else(|| YamlAny::Str(v.to_string()), YamlAny::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<YamlAny, E> {
        Ok(YamlAny::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<YamlAny, E> {
        Ok(YamlAny::Str(v))
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<YamlAny, E> {
        Ok(YamlAny::Str(String::from_utf8_lossy(v).into_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<YamlAny, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<Spanned<YamlAny>>()? {
            items.push(item);
        }
        Ok(YamlAny::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<YamlAny, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry::<Spanned<YamlAny>, Spanned<YamlAny>>()? {
            entries.push(entry);
        }
        Ok(YamlAny::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_at(text: &str, pos: Pos) -> &str {
        &text[pos.offset as usize..(pos.offset + pos.len) as usize]
    }

    #[test]
    fn keys_and_values_keep_byte_spans() {
        let text = "events:\n  café_done:\n    owner: \"web\"\n";
        let root = parse(text).unwrap();
        let (key, value) = root.find(["events", "café_done", "owner"]).unwrap();
        assert_eq!(text_at(text, key.unwrap().pos), "owner");
        assert_eq!(text_at(text, value.pos), "\"web\"");
        assert_eq!(value.as_str(), Some("web"));
    }

    #[test]
    fn yaml_1_2_scalars() {
        let root = parse("a: [no, yes, on, 'off', 0755, true, 1.5, ~]").unwrap();
        let json = root.to_json();
        assert_eq!(
            json,
            serde_json::json!({"a": ["no", "yes", "on", "off", "0755", true, 1.5, null]})
        );
        let items = root.get("a").unwrap().as_seq().unwrap();
        let text = "a: [no, yes, on, 'off', 0755, true, 1.5, ~]";
        assert!(items[0].is_plain(text));
        assert!(!items[3].is_plain(text));
    }

    #[test]
    fn duplicate_keys_are_passed_through_and_found() {
        let text = "a: 1\nb: 2\na: 3\n";
        let mut root = parse(text).unwrap();
        let dups = root.take_duplicates();
        let json = root.to_json();
        assert_eq!(json, serde_json::json!({"a": 1, "b": 2}));
        assert_eq!(dups.len(), 1);
        assert_eq!(dups[0].first.offset, 0);
        assert_eq!(dups[0].second.offset, 10);
    }

    #[test]
    fn merge_keys_and_aliases_expand() {
        let text = "base: &b {owner: web, consent: analytics}\nev:\n  <<: *b\n  owner: app\n";
        let root = parse(text).unwrap();
        let json = root.to_json();
        assert_eq!(json["ev"]["owner"], "app");
        assert_eq!(json["ev"]["consent"], "analytics");
    }

    #[test]
    fn alias_bomb_and_depth_are_bounded() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
        {
            bomb.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 10].join(", ")
            ));
        }
        let err = parse(&bomb).unwrap_err();
        assert!(err.message.contains("alias"), "{}", err.message);

        let deep = format!("a: {}{}", "[".repeat(20_000), "]".repeat(20_000));
        let err = parse(&deep).unwrap_err();
        assert!(err.message.contains("nesting"), "{}", err.message);
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("events:\n\tfoo: 1\n").unwrap_err();
        assert!(err.offset >= 8, "{err:?}");
    }
}
