//! A YAML document as a tree in which every node, keys included, keeps its byte span.
//! Parsed once per file from serde-saphyr's event parser; the schema check, the catalog
//! model and the rules all read this tree, so no later stage re-parses text.

use std::collections::HashMap;

use crate::hash::{FastMap, FastSet};

use serde_saphyr::granit_parser::{self, Event, Parser, ScalarStyle, ScanError, Tag};

/// Deepest nesting accepted (SPEC §8).
pub const MAX_DEPTH: usize = 128;
/// Most alias references accepted in one file (SPEC §8).
pub const MAX_ALIASES: usize = 10_000;
/// Most nodes copied through aliases and merge keys in one file: what bounds an alias bomb.
const MAX_REPLAYED_NODES: usize = 200_000;
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
    /// A scalar written without quotes or block indicators.
    pub plain: bool,
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
                let repeated = repeated_keys(entries);
                if !repeated.is_empty() {
                    for &(first, second) in &repeated {
                        found.push(DuplicateKey {
                            key: entries[second].key.key_text().to_owned(),
                            first: entries[first].key.pos,
                            second: entries[second].key.pos,
                        });
                    }
                    let mut index = 0;
                    entries.retain(|_| {
                        index += 1;
                        !repeated.iter().any(|&(_, second)| second == index - 1)
                    });
                }
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

/// (first, later) indices of keys repeated in one mapping; no allocation for small maps.
fn repeated_keys(entries: &[Entry]) -> Vec<(usize, usize)> {
    let mut repeated = Vec::new();
    if entries.len() <= 16 {
        for (i, entry) in entries.iter().enumerate() {
            let key = entry.key.key_text();
            if let Some(first) = entries[..i].iter().position(|e| e.key.key_text() == key) {
                repeated.push((first, i));
            }
        }
        return repeated;
    }
    let mut first: FastMap<&str, usize> = FastMap::default();
    for (i, entry) in entries.iter().enumerate() {
        match first.get(entry.key.key_text()) {
            Some(&earlier) => repeated.push((earlier, i)),
            None => {
                first.insert(entry.key.key_text(), i);
            }
        }
    }
    repeated
}

/// Parses one YAML document: YAML 1.2 core-schema scalars, numbers with leading zeros as
/// strings, anchors, aliases and merge keys (`<<`), duplicate keys kept (both occurrences can be
/// shown), alias expansion and nesting depth bounded.
///
/// The tree is built from the event stream of serde-saphyr's own parser (`granit_parser`), which
/// gives every event its byte span. Deserialising `Spanned<T>` for every node costs 2.5 times a
/// plain parse (serde's synthesised location maps); building from events is faster than a plain
/// parse to `serde_json::Value`.
pub fn parse(text: &str) -> Result<Node, YamlError> {
    if text.trim().is_empty() || is_comments_only(text) {
        return Ok(Node {
            value: Value::Null,
            pos: Pos::default(),
            plain: false,
        });
    }
    TreeBuilder::new(text).build()
}

fn is_comments_only(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// A collection being read.
enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<Node>,
        /// The pending key is a plain `<<`.
        merge_key: bool,
        /// Values of `<<` entries, merged when the mapping ends.
        merges: Vec<Node>,
    },
}

struct TreeBuilder<'t> {
    text: &'t str,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    aliases: usize,
    /// Nodes copied through aliases and merges so far.
    expanded: usize,
    root: Option<Node>,
    documents: usize,
}

impl<'t> TreeBuilder<'t> {
    fn new(text: &'t str) -> Self {
        TreeBuilder {
            text,
            stack: Vec::new(),
            anchors: HashMap::new(),
            aliases: 0,
            expanded: 0,
            root: None,
            documents: 0,
        }
    }

    fn build(mut self) -> Result<Node, YamlError> {
        let options = granit_parser::options! {
            flow_nesting_limit: MAX_DEPTH + 1,
            block_nesting_limit: MAX_DEPTH + 1,
        };
        let mut parser = Parser::new_from_str_with_options(self.text, options);
        while let Some(next) = parser.next_event() {
            let (event, span) = next.map_err(|e| self.scan_error(&e))?;
            let pos = self.pos(&span);
            match event {
                Event::StreamEnd => break,
                Event::DocumentStart(..) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(error(
                            pos.offset,
                            "more than one YAML document in this file; put each document in its own file",
                        ));
                    }
                }
                Event::Scalar(value, style, anchor, tag) => {
                    let node = self.scalar(&value, style, tag.as_deref(), pos);
                    self.push(node, anchor)?;
                }
                Event::SequenceStart(_, anchor, _) => self.open(
                    Frame::Seq {
                        pos,
                        anchor,
                        items: Vec::new(),
                    },
                    pos,
                )?,
                Event::MappingStart(_, anchor, _) => self.open(
                    Frame::Map {
                        pos,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                        merge_key: false,
                        merges: Vec::new(),
                    },
                    pos,
                )?,
                Event::SequenceEnd | Event::MappingEnd => self.close()?,
                Event::Alias(id) => self.alias(id, pos)?,
                Event::UnresolvedAlias(name) => {
                    return Err(error(pos.offset, &format!("unknown anchor `{name}`")));
                }
                // Stream and document boundaries, comments and anchor metadata carry no node.
                _ => {}
            }
        }
        Ok(self.root.unwrap_or(Node {
            value: Value::Null,
            pos: Pos::default(),
            plain: false,
        }))
    }

    fn pos(&self, span: &granit_parser::Span) -> Pos {
        let start = self.byte_offset(&span.start);
        let end = self.byte_offset(&span.end).max(start);
        Pos {
            offset: start,
            len: end - start,
            defined: start,
        }
    }

    /// Byte offset of a parser marker (string input records bytes; characters are the fallback).
    fn byte_offset(&self, marker: &granit_parser::Marker) -> u32 {
        match marker.byte_offset() {
            Some(bytes) => bytes.min(self.text.len()) as u32,
            None => self
                .text
                .char_indices()
                .nth(marker.index())
                .map_or(self.text.len(), |(b, _)| b) as u32,
        }
    }

    fn scan_error(&self, err: &ScanError) -> YamlError {
        let message = err.info();
        let message = message.lines().next().unwrap_or("malformed YAML").trim();
        let message = if message.contains("recursion limit") || message.contains("nesting") {
            format!("nesting deeper than {MAX_DEPTH} levels")
        } else {
            message.to_owned()
        };
        YamlError {
            message,
            offset: self.byte_offset(err.marker()),
        }
    }

    /// Whether the next node completes a mapping key.
    fn at_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn scalar(&mut self, text: &str, style: ScalarStyle, tag: Option<&Tag>, pos: Pos) -> Node {
        let plain = style == ScalarStyle::Plain;
        if self.at_key() {
            // Keys are names: kept as written. A plain `<<` is a merge key.
            if let Some(Frame::Map { merge_key, .. }) = self.stack.last_mut() {
                let untagged_merge = tag.is_none() && plain && text == "<<";
                let tagged_merge = tag.is_some_and(|t| t.is_yaml_core_schema_tag("merge"));
                *merge_key = untagged_merge || tagged_merge;
            }
            return Node {
                value: Value::Str(text.to_owned()),
                pos,
                plain,
            };
        }
        let value = match tag {
            Some(tag) if tag.is_yaml_core_schema() => match tag.suffix() {
                "str" => Value::Str(text.to_owned()),
                _ => resolve_plain(text),
            },
            // `!` and custom tags: the value as written, resolved only when plain.
            Some(_) if !plain => Value::Str(text.to_owned()),
            _ if plain => resolve_plain(text),
            _ => Value::Str(text.to_owned()),
        };
        Node { value, pos, plain }
    }

    fn open(&mut self, frame: Frame, pos: Pos) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(
                pos.offset,
                &format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        self.stack.push(frame);
        Ok(())
    }

    fn close(&mut self) -> Result<(), YamlError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let (node, anchor) = match frame {
            Frame::Seq {
                pos,
                anchor,
                mut items,
            } => (
                Node {
                    value: Value::Seq({
                        items.shrink_to_fit();
                        items
                    }),
                    pos,
                    plain: false,
                },
                anchor,
            ),
            Frame::Map {
                pos,
                anchor,
                mut entries,
                merges,
                ..
            } => {
                self.merge(&mut entries, merges, pos)?;
                // Most mappings are small; growth slack would double the tree's size.
                entries.shrink_to_fit();
                (
                    Node {
                        value: Value::Map(entries),
                        pos,
                        plain: false,
                    },
                    anchor,
                )
            }
        };
        self.push(node, anchor)
    }

    /// Adds merged entries whose keys the mapping does not set itself; earlier sources win.
    fn merge(
        &mut self,
        entries: &mut Vec<Entry>,
        merges: Vec<Node>,
        at: Pos,
    ) -> Result<(), YamlError> {
        if merges.is_empty() {
            return Ok(());
        }
        let mut seen: FastSet<String> = entries
            .iter()
            .map(|e| e.key.key_text().to_owned())
            .collect();
        for source in merges {
            let maps = match source.value {
                Value::Map(_) => vec![source],
                Value::Seq(items) => items,
                _ => {
                    return Err(error(
                        source.pos.offset,
                        "a merge key (`<<`) needs a mapping or a list of mappings",
                    ));
                }
            };
            for map in maps {
                let Value::Map(merged) = map.value else {
                    return Err(error(
                        map.pos.offset,
                        "a merge key (`<<`) needs a mapping or a list of mappings",
                    ));
                };
                for entry in merged {
                    if seen.insert(entry.key.key_text().to_owned()) {
                        self.expanded += 1;
                        entries.push(entry);
                    }
                }
            }
        }
        self.check_budget(at)
    }

    fn alias(&mut self, id: usize, pos: Pos) -> Result<(), YamlError> {
        self.aliases += 1;
        if self.aliases > MAX_ALIASES {
            return Err(error(
                pos.offset,
                &format!("more than {MAX_ALIASES} aliases: possible alias bomb"),
            ));
        }
        let Some(anchored) = self.anchors.get(&id) else {
            return Err(error(pos.offset, "alias to an unknown anchor"));
        };
        let mut budget = MAX_REPLAYED_NODES.saturating_sub(self.expanded);
        let Some(mut node) = clone_bounded(anchored, &mut budget) else {
            return Err(error(
                pos.offset,
                &format!(
                    "aliases expand to more than {MAX_REPLAYED_NODES} nodes: possible alias bomb"
                ),
            ));
        };
        self.expanded = MAX_REPLAYED_NODES - budget;
        // The alias is where the value is used; `defined` keeps where it was written.
        node.pos = Pos {
            offset: pos.offset,
            len: pos.len,
            defined: node.pos.defined,
        };
        self.push(node, 0)
    }

    fn check_budget(&self, at: Pos) -> Result<(), YamlError> {
        if self.expanded > MAX_REPLAYED_NODES {
            return Err(error(
                at.offset,
                &format!(
                    "aliases expand to more than {MAX_REPLAYED_NODES} nodes: possible alias bomb"
                ),
            ));
        }
        Ok(())
    }

    /// Attaches a finished node to its parent (or makes it the root).
    fn push(&mut self, mut node: Node, anchor: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                key,
                merge_key,
                merges,
                ..
            }) => match key.take() {
                None => {
                    // A collection used as a key: it has no name to compare by.
                    if !matches!(node.value, Value::Str(_)) {
                        node.value = Value::Str(String::new());
                    }
                    *key = Some(node);
                }
                Some(k) if *merge_key => {
                    *merge_key = false;
                    let _ = k;
                    merges.push(node);
                }
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
            },
        }
        Ok(())
    }
}

fn error(offset: u32, message: &str) -> YamlError {
    YamlError {
        message: message.to_owned(),
        offset,
    }
}

/// A deep copy that stops (None) when it would exceed the remaining node budget.
fn clone_bounded(node: &Node, budget: &mut usize) -> Option<Node> {
    *budget = budget.checked_sub(1)?;
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .map(|item| clone_bounded(item, budget))
                .collect::<Option<Vec<_>>>()?,
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| {
                    Some(Entry {
                        key: e.key.clone(),
                        value: clone_bounded(&e.value, budget)?,
                    })
                })
                .collect::<Option<Vec<_>>>()?,
        ),
        other => other.clone(),
    };
    Some(Node {
        value,
        pos: node.pos,
        plain: node.plain,
    })
}

/// YAML 1.2 core schema for a plain scalar; numbers with leading zeros and non-finite floats
/// stay strings (JSON cannot hold the latter; `0755` is an identifier, not an octal).
fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => number(text).map_or_else(|| Value::Str(text.to_owned()), Value::Number),
    }
}

fn number(text: &str) -> Option<serde_json::Number> {
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if let Some(octal) = unsigned.strip_prefix("0o") {
        return signed(text, u64::from_str_radix(octal, 8).ok()?);
    }
    if let Some(hex) = unsigned.strip_prefix("0x") {
        return signed(text, u64::from_str_radix(hex, 16).ok()?);
    }
    if unsigned.bytes().all(|b| b.is_ascii_digit()) {
        if unsigned.is_empty() || (unsigned.len() > 1 && unsigned.starts_with('0')) {
            return None;
        }
        return match text.strip_prefix('-') {
            Some(_) => text.parse::<i64>().ok().map(Into::into),
            None => unsigned.parse::<u64>().ok().map(Into::into),
        };
    }
    if !is_float(unsigned) {
        return None;
    }
    let integer_part = unsigned.split(['.', 'e', 'E']).next().unwrap_or("");
    if integer_part.len() > 1 && integer_part.starts_with('0') {
        return None;
    }
    serde_json::Number::from_f64(text.parse::<f64>().ok()?)
}

fn signed(text: &str, magnitude: u64) -> Option<serde_json::Number> {
    if text.starts_with('-') {
        i64::try_from(magnitude).ok().map(|m| (-m).into())
    } else {
        Some(magnitude.into())
    }
}

/// `( \.[0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
fn is_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match fraction {
        Some(f) => digits(whole) && digits(f) && !(whole.is_empty() && f.is_empty()),
        None => !whole.is_empty() && digits(whole),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
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
        assert!(items[0].plain);
        assert!(!items[3].plain);
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

    #[test]
    fn core_schema_numbers() {
        let root = parse(
            "a: [1.10, 0755, 0x1F, 0o17, 1e3, -5, +7, .5, .inf, 1_000, '12', 12:30, 00, 0, -0.0]",
        )
        .unwrap();
        assert_eq!(
            root.to_json(),
            serde_json::json!({"a": [1.1, "0755", 31, 15, 1000.0, -5, 7, 0.5, ".inf", "1_000", "12", "12:30", "00", 0, -0.0]})
        );
    }

    #[test]
    fn merge_keys_follow_yaml_precedence() {
        let text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  x: 0\n  <<: [*a, *b]\n";
        let json = parse(text).unwrap().to_json();
        assert_eq!(json["c"], serde_json::json!({"x": 0, "y": 1, "z": 2}));
        // A quoted "<<" is an ordinary key.
        let json = parse("c: {'<<': 1}").unwrap().to_json();
        assert_eq!(json["c"]["<<"], 1);
    }

    #[test]
    fn aliases_point_at_their_use() {
        let text = "base: &b web\nowner: *b\n";
        let root = parse(text).unwrap();
        let owner = root.get("owner").unwrap();
        assert_eq!(owner.as_str(), Some("web"));
        assert_eq!(text_at(text, owner.pos), "*b");
        assert_eq!(owner.pos.defined, 9);
    }

    #[test]
    fn more_than_one_document_is_an_error() {
        let err = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(
            err.message.contains("more than one YAML document"),
            "{}",
            err.message
        );
    }
}
