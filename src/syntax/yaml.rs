//! A YAML document as a tree in which every node, keys included, keeps its byte span.
//! Parsed once per file from serde-saphyr's event parser; the schema check, the catalog
//! model and the rules all read this tree, so no later stage re-parses text.

use std::sync::Arc;

use foldhash::HashMap as FastMap;

use granit_parser::{self, ErrorKind, Event, Parser, ScalarStyle, ScanError, Tag};

/// Deepest nesting accepted, counted through aliases too (SPEC §8).
pub const MAX_DEPTH: usize = 128;
/// Most alias references accepted in one file (SPEC §8).
pub const MAX_ALIASES: usize = 10_000;
/// Most nodes copied through aliases and merge keys in one file: what bounds an alias bomb.
pub const MAX_REPLAYED_NODES: u64 = 200_000;
/// Most bytes of text copied through aliases and merge keys in one file: a long string
/// repeated through aliases costs its length each time it is used.
pub const MAX_REPLAYED_BYTES: u64 = 8 * 1024 * 1024;
/// Most nodes (keys, values and collections) written in one file. A 32 MiB file of tiny
/// entries holds several million; the tree of two million costs about 100 MB.
pub const MAX_NODES: u64 = 2_000_000;
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
    Str(Box<str>),
    /// Shared, so that an anchor and every alias to it hold one copy.
    Seq(Arc<Collection<Node>>),
    Map(Arc<Collection<Entry>>),
}

/// The items of a sequence or the entries of a mapping, with the size of everything below
/// them (aliases counted as expanded), which bounds what an alias to them replays.
#[derive(Debug)]
pub struct Collection<T> {
    pub items: Box<[T]>,
    size: Size,
    /// Where the collection ends: its closing event (the start of what follows a block).
    end: u32,
}

/// How much a node stands for once aliases are expanded.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    nodes: u64,
    bytes: u64,
    /// Levels of collections: 0 for a scalar.
    height: usize,
}

impl Size {
    fn add(&mut self, other: Size) {
        self.nodes = self.nodes.saturating_add(other.nodes);
        self.bytes = self.bytes.saturating_add(other.bytes);
        self.height = self.height.max(other.height);
    }
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

/// A parsed file: its tree, with every key repeated in one mapping removed (the first
/// occurrence is the one kept) and listed.
#[derive(Debug)]
pub struct Document {
    pub root: Node,
    pub duplicates: Vec<DuplicateKey>,
    /// Every comment of the file, from its `#` to the end of its line, in file order, as the
    /// parser's comment tokens give them (so no `#` in a string is taken for one). Collected
    /// only when the text mentions [`DIRECTIVE`]: suppressions are the only reader.
    pub comments: Vec<Pos>,
}

/// What a comment must hold to mean something to tracklint (`# tracklint: allow(...)`).
pub const DIRECTIVE: &str = "tracklint:";

/// A parse failure, at the parser's position.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub message: String,
    pub offset: u32,
}

impl Node {
    fn scalar(value: Value, pos: Pos, plain: bool) -> Node {
        Node { value, pos, plain }
    }

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

    /// The offset just past the node: a scalar's end, a collection's closing event (for a block
    /// collection, where what follows it starts).
    pub fn end(&self) -> u32 {
        match &self.value {
            Value::Seq(seq) => seq.end,
            Value::Map(map) => map.end,
            _ => self.pos.offset + self.pos.len,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(&items.items),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Map(entries) => Some(&entries.items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The entries of a mapping (each key once).
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.as_map()
            .unwrap_or(&[])
            .iter()
            .map(|entry| (entry.key.key_text(), entry))
    }

    /// The value under `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.get_entry(key).map(|entry| &entry.value)
    }

    pub fn get_entry(&self, key: &str) -> Option<&Entry> {
        self.as_map()?.iter().find(|e| e.key.key_text() == key)
    }

    /// The text a mapping key is compared by: keys are kept as written (a collection used as a
    /// key, by its source text).
    pub fn key_text(&self) -> &str {
        match &self.value {
            Value::Str(s) => s,
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::Number(_) | Value::Seq(_) | Value::Map(_) => "",
        }
    }

    /// A scalar as text, the way a user wrote it (numbers and booleans rendered).
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null => Some("null".to_owned()),
            Value::Seq(_) | Value::Map(_) => None,
        }
    }

    /// What the node stands for once aliases are expanded.
    fn size(&self) -> Size {
        match &self.value {
            Value::Seq(c) => c.size,
            Value::Map(c) => c.size,
            Value::Str(s) => Size {
                nodes: 1,
                bytes: s.len() as u64,
                height: 0,
            },
            _ => Size {
                nodes: 1,
                bytes: 8,
                height: 0,
            },
        }
    }

    /// Converts to JSON, for schema validation and policies. The tree's size is bounded by
    /// the parse budgets, so the copy is too.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::Str(s) => serde_json::Value::String(s.to_string()),
            Value::Seq(items) => {
                serde_json::Value::Array(items.items.iter().map(Node::to_json).collect())
            }
            Value::Map(entries) => serde_json::Value::Object(
                entries
                    .items
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
                    node = items.items.get(segment.parse::<usize>().ok()?)?;
                    key = None;
                }
                _ => return None,
            }
        }
        Some((key, node))
    }
}

/// Parses one YAML document: YAML 1.2 core-schema scalars, numbers with leading zeros as
/// strings, anchors, aliases and merge keys (`<<`), duplicate keys found (both occurrences can
/// be shown) and dropped, and every budget of SPEC §8 enforced while reading: nesting depth,
/// aliases, nodes and bytes replayed through aliases, and nodes per file.
///
/// The tree is built from the event stream of serde-saphyr's own parser (`granit_parser`), which
/// gives every event its byte span. Deserialising `Spanned<T>` for every node costs 2.5 times a
/// plain parse (serde's synthesised location maps); building from events is faster than a plain
/// parse to `serde_json::Value`.
pub fn parse(text: &str) -> Result<Document, YamlError> {
    if text.trim().is_empty() || is_comments_only(text) {
        return Ok(Document {
            root: Node::scalar(Value::Null, Pos::default(), false),
            duplicates: Vec::new(),
            comments: comment_lines(text),
        });
    }
    if text.contains(DIRECTIVE)
        && let Some(document) = TreeBuilder::new(text).build(true)?
    {
        return Ok(document);
    }
    // Without comments: none can matter, or more stood in a row than the parser may hold (the
    // file then keeps no comments, so its suppressions are not read and what they hid shows).
    TreeBuilder::new(text)
        .build(false)?
        .ok_or_else(|| error(0, "malformed YAML"))
}

/// Most comments in a row the parser holds while it looks for what follows them (between a
/// key and its value): far more than a person writes, and a few megabytes at most.
const MAX_BUFFERED_COMMENTS: usize = 10_000;

/// The comments of a file made of comments and blank lines only (which is not parsed), when it
/// mentions [`DIRECTIVE`]: each line's text from its `#`.
fn comment_lines(text: &str) -> Vec<Pos> {
    if !text.contains(DIRECTIVE) {
        return Vec::new();
    }
    let mut comments = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(hash) = line.find('#') {
            let end = line.trim_end_matches(['\n', '\r']).len();
            let start = (offset + hash) as u32;
            let len = end.saturating_sub(hash) as u32;
            comments.push(Pos {
                offset: start,
                len,
                defined: start,
            });
        }
        offset += line.len();
    }
    comments
}

fn is_comments_only(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// Mappings up to this many entries find repeated keys by scanning; larger ones by a hash map.
const SMALL_MAP: usize = 16;

/// Entry index by key text, for large mappings.
type KeyIndex = FastMap<Box<str>, usize>;

/// A collection being read.
enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
        size: Size,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<Entry>,
        /// Where each key is, once the mapping is large.
        seen: Option<KeyIndex>,
        key: Option<Node>,
        /// The pending key is a plain `<<`.
        merge_key: bool,
        /// Values of `<<` entries, merged when the mapping ends.
        merges: Vec<Node>,
        size: Size,
    },
}

struct TreeBuilder<'t> {
    text: &'t str,
    stack: Vec<Frame>,
    /// Anchored nodes by anchor id: collections are shared, not copied.
    anchors: FastMap<usize, Node>,
    aliases: usize,
    /// Nodes and bytes replayed through aliases and merges so far.
    replayed: Size,
    /// Nodes written in the file so far.
    nodes: u64,
    root: Option<Node>,
    documents: usize,
    duplicates: Vec<DuplicateKey>,
    comments: Vec<Pos>,
}

impl<'t> TreeBuilder<'t> {
    fn new(text: &'t str) -> Self {
        TreeBuilder {
            text,
            stack: Vec::new(),
            anchors: FastMap::default(),
            aliases: 0,
            replayed: Size::default(),
            nodes: 0,
            root: None,
            documents: 0,
            duplicates: Vec::new(),
            comments: Vec::new(),
        }
    }

    /// The document; `None` when `read_comments` and more comments stand in a row than
    /// [`MAX_BUFFERED_COMMENTS`].
    fn build(mut self, read_comments: bool) -> Result<Option<Document>, YamlError> {
        // Comments carry no node, and reading them costs time: only a file that mentions
        // `tracklint:` can hold a suppression, so only such a file has them read.
        let options = granit_parser::options! {
            flow_nesting_limit: MAX_DEPTH + 1,
            block_nesting_limit: MAX_DEPTH + 1,
            emit_comments: read_comments,
            max_buffered_comment_events: MAX_BUFFERED_COMMENTS,
        };
        let mut parser = Parser::new_from_str_with_options(self.text, options);
        while let Some(next) = parser.next_event() {
            let (event, span) = match next {
                Ok(next) => next,
                Err(err) if matches!(err.kind(), ErrorKind::TooManyComments) => return Ok(None),
                Err(err) => return Err(self.scan_error(&err)),
            };
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
                    self.count_node(pos)?;
                    let node = self.scalar(&value, style, tag.as_deref(), pos);
                    self.push(node, anchor)?;
                }
                Event::SequenceStart(_, anchor, _) => self.open(
                    Frame::Seq {
                        pos,
                        anchor,
                        items: Vec::new(),
                        size: Size::default(),
                    },
                    pos,
                )?,
                Event::MappingStart(_, anchor, _) => self.open(
                    Frame::Map {
                        pos,
                        anchor,
                        entries: Vec::new(),
                        seen: None,
                        key: None,
                        merge_key: false,
                        merges: Vec::new(),
                        size: Size::default(),
                    },
                    pos,
                )?,
                Event::SequenceEnd | Event::MappingEnd => self.close(pos)?,
                Event::Alias(id) => self.alias(id, pos)?,
                Event::UnresolvedAlias(name) => {
                    return Err(error(pos.offset, &format!("unknown anchor `{name}`")));
                }
                Event::Comment(..) => self.comments.push(pos),
                // Stream and document boundaries, comments and anchor metadata carry no node.
                _ => {}
            }
        }
        Ok(Some(Document {
            root: self
                .root
                .unwrap_or_else(|| Node::scalar(Value::Null, Pos::default(), false)),
            duplicates: self.duplicates,
            comments: self.comments,
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

    /// Counts one node written in the file against [`MAX_NODES`].
    fn count_node(&mut self, pos: Pos) -> Result<(), YamlError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(error(
                pos.offset,
                &format!(
                    "more than {MAX_NODES} YAML nodes in one file; split it into several files"
                ),
            ));
        }
        Ok(())
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
            return Node::scalar(Value::Str(text.into()), pos, plain);
        }
        let value = match tag {
            Some(tag) if tag.is_yaml_core_schema() => match tag.suffix() {
                "str" => Value::Str(text.into()),
                _ => resolve_plain(text),
            },
            // `!` and custom tags: the value as written, resolved only when plain.
            Some(_) if !plain => Value::Str(text.into()),
            _ if plain => resolve_plain(text),
            _ => Value::Str(text.into()),
        };
        Node::scalar(value, pos, plain)
    }

    fn open(&mut self, frame: Frame, pos: Pos) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(
                pos.offset,
                &format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        self.count_node(pos)?;
        self.stack.push(frame);
        Ok(())
    }

    /// Ends the innermost collection; `end` is the span of its closing event.
    fn close(&mut self, end: Pos) -> Result<(), YamlError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let (mut node, anchor) = match frame {
            Frame::Seq {
                pos,
                anchor,
                items,
                size,
            } => (
                Node::scalar(
                    Value::Seq(Arc::new(Collection {
                        items: items.into_boxed_slice(),
                        size: grown(size),
                        end: end.offset + end.len,
                    })),
                    pos,
                    false,
                ),
                anchor,
            ),
            Frame::Map {
                pos,
                anchor,
                mut entries,
                mut seen,
                merges,
                mut size,
                ..
            } => {
                self.merge(&mut entries, &mut seen, &mut size, merges, pos)?;
                (
                    Node::scalar(
                        Value::Map(Arc::new(Collection {
                            items: entries.into_boxed_slice(),
                            size: grown(size),
                            end: end.offset + end.len,
                        })),
                        pos,
                        false,
                    ),
                    anchor,
                )
            }
        };
        if self.at_key() {
            // A collection used as a key (`? [a, b]`) is compared by its source text.
            let start = node.pos.offset as usize;
            let stop = (end.offset + end.len) as usize;
            let text = self.text.get(start..stop.max(start)).unwrap_or_default();
            node.value = Value::Str(text.into());
        }
        self.push(node, anchor)
    }

    /// Adds merged entries whose keys the mapping does not set itself; earlier sources win.
    fn merge(
        &mut self,
        entries: &mut Vec<Entry>,
        seen: &mut Option<KeyIndex>,
        size: &mut Size,
        merges: Vec<Node>,
        at: Pos,
    ) -> Result<(), YamlError> {
        for source in merges {
            let maps: Vec<&Node> = match &source.value {
                Value::Map(_) => vec![&source],
                Value::Seq(items) => items.items.iter().collect(),
                _ => {
                    return Err(error(
                        source.pos.offset,
                        "a merge key (`<<`) needs a mapping or a list of mappings",
                    ));
                }
            };
            for map in maps {
                let Value::Map(merged) = &map.value else {
                    return Err(error(
                        map.pos.offset,
                        "a merge key (`<<`) needs a mapping or a list of mappings",
                    ));
                };
                for entry in merged.items.iter() {
                    if find_key(entries, seen, entry.key.key_text()).is_some() {
                        continue;
                    }
                    let mut replayed = entry.key.size();
                    replayed.add(entry.value.size());
                    self.replay(replayed, at)?;
                    size.add(replayed);
                    remember_key(entries, seen, entry.key.key_text());
                    entries.push(entry.clone());
                }
            }
        }
        Ok(())
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
        let size = anchored.size();
        if self.stack.len() + size.height > MAX_DEPTH {
            return Err(error(
                pos.offset,
                &format!("this alias nests its value deeper than {MAX_DEPTH} levels"),
            ));
        }
        // Sharing makes the copy cheap; what it replays is what every later reader walks.
        let mut node = anchored.clone();
        self.replay(size, pos)?;
        // The alias is where the value is used; `defined` keeps where it was written.
        node.pos = Pos {
            offset: pos.offset,
            len: pos.len,
            defined: node.pos.defined,
        };
        self.push(node, 0)
    }

    /// Counts nodes and bytes replayed through an alias or merge against the budgets.
    fn replay(&mut self, size: Size, at: Pos) -> Result<(), YamlError> {
        self.replayed.add(size);
        if self.replayed.nodes > MAX_REPLAYED_NODES {
            return Err(error(
                at.offset,
                &format!(
                    "aliases expand to more than {MAX_REPLAYED_NODES} nodes: possible alias bomb"
                ),
            ));
        }
        if self.replayed.bytes > MAX_REPLAYED_BYTES {
            return Err(error(
                at.offset,
                &format!(
                    "aliases expand to more than {} MiB of text: possible alias bomb",
                    MAX_REPLAYED_BYTES / (1024 * 1024)
                ),
            ));
        }
        Ok(())
    }

    /// Attaches a finished node to its parent (or makes it the root).
    fn push(&mut self, node: Node, anchor: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        let node_size = node.size();
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, size, .. }) => {
                size.add(node_size);
                items.push(node);
            }
            Some(Frame::Map {
                entries,
                seen,
                key,
                merge_key,
                merges,
                size,
                ..
            }) => match key.take() {
                None => {
                    // Only a mapping's keys are its names; an alias to a collection used as a
                    // key is named by the alias itself.
                    let key_node = match node.value {
                        Value::Str(_) => node,
                        _ => {
                            let start = node.pos.offset as usize;
                            let stop = start + node.pos.len as usize;
                            let text = self.text.get(start..stop).unwrap_or_default();
                            Node::scalar(Value::Str(text.into()), node.pos, node.plain)
                        }
                    };
                    *key = Some(key_node);
                }
                Some(_) if *merge_key => {
                    *merge_key = false;
                    merges.push(node);
                }
                Some(k) => {
                    if let Some(first) = find_key(entries, seen, k.key_text()) {
                        // The first occurrence is the one kept; the repeat is reported.
                        self.duplicates.push(DuplicateKey {
                            key: k.key_text().to_owned(),
                            first: first.pos,
                            second: k.pos,
                        });
                        return Ok(());
                    }
                    size.add(k.size());
                    size.add(node_size);
                    remember_key(entries, seen, k.key_text());
                    entries.push(Entry {
                        key: k,
                        value: node,
                    });
                }
            },
        }
        Ok(())
    }
}

/// A collection's size counts itself and is one level taller than its tallest child.
fn grown(mut size: Size) -> Size {
    size.nodes = size.nodes.saturating_add(1);
    size.height += 1;
    size
}

/// The key node of the entry named `key`, if the mapping has one. Small mappings are scanned;
/// large ones are looked up in their index, so a mapping of n keys costs O(n) to build.
fn find_key<'e>(entries: &'e [Entry], seen: &Option<KeyIndex>, key: &str) -> Option<&'e Node> {
    match seen {
        Some(index) => index.get(key).and_then(|&i| entries.get(i)).map(|e| &e.key),
        None => entries
            .iter()
            .find(|e| e.key.key_text() == key)
            .map(|e| &e.key),
    }
}

/// Records the key of the entry about to be pushed; builds the index when the mapping
/// outgrows a scan.
fn remember_key(entries: &[Entry], seen: &mut Option<KeyIndex>, key: &str) {
    match seen {
        Some(index) => {
            index.insert(key.into(), entries.len());
        }
        None if entries.len() >= SMALL_MAP => {
            let mut index: KeyIndex = entries
                .iter()
                .enumerate()
                .map(|(i, e)| (e.key.key_text().into(), i))
                .collect();
            index.insert(key.into(), entries.len());
            *seen = Some(index);
        }
        None => {}
    }
}

fn error(offset: u32, message: &str) -> YamlError {
    YamlError {
        message: message.to_owned(),
        offset,
    }
}

/// YAML 1.2 core schema for a plain scalar; numbers with leading zeros and non-finite floats
/// stay strings (JSON cannot hold the latter; `0755` is an identifier, not an octal).
pub(crate) fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => number(text).map_or_else(|| Value::Str(text.into()), Value::Number),
    }
}

fn number(text: &str) -> Option<serde_json::Number> {
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if let Some(octal) = unsigned.strip_prefix("0o") {
        return radix(text, octal, 8);
    }
    if let Some(hex) = unsigned.strip_prefix("0x") {
        return radix(text, hex, 16);
    }
    if unsigned.bytes().all(|b| b.is_ascii_digit()) {
        if unsigned.is_empty() || (unsigned.len() > 1 && unsigned.starts_with('0')) {
            return None;
        }
        let exact = match text.strip_prefix('-') {
            Some(_) => text.parse::<i64>().ok().map(Into::into),
            None => unsigned.parse::<u64>().ok().map(Into::into),
        };
        // An integer beyond 64 bits is still a number (`maximum: 100000000000000000000`).
        return exact.or_else(|| serde_json::Number::from_f64(text.parse::<f64>().ok()?));
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

/// `0o17`, `-0x1F`: exact within 64 bits, else the nearest float.
fn radix(text: &str, digits: &str, base: u32) -> Option<serde_json::Number> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let negative = text.starts_with('-');
    if let Ok(magnitude) = u64::from_str_radix(digits, base) {
        if !negative {
            return Some(magnitude.into());
        }
        if let Ok(m) = i64::try_from(magnitude) {
            return Some((-m).into());
        }
    }
    let magnitude = digits
        .chars()
        .filter_map(|c| c.to_digit(base))
        .fold(0f64, |acc, d| acc * f64::from(base) + f64::from(d));
    serde_json::Number::from_f64(if negative { -magnitude } else { magnitude })
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
        let root = parse(text).unwrap().root;
        let (key, value) = root.find(["events", "café_done", "owner"]).unwrap();
        assert_eq!(text_at(text, key.unwrap().pos), "owner");
        assert_eq!(text_at(text, value.pos), "\"web\"");
        assert_eq!(value.as_str(), Some("web"));
    }

    #[test]
    fn yaml_1_2_scalars() {
        let root = parse("a: [no, yes, on, 'off', 0755, true, 1.5, ~]")
            .unwrap()
            .root;
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
        let document = parse(text).unwrap();
        let dups = document.duplicates;
        let json = document.root.to_json();
        assert_eq!(json, serde_json::json!({"a": 1, "b": 2}));
        assert_eq!(dups.len(), 1);
        assert_eq!(dups[0].first.offset, 0);
        assert_eq!(dups[0].second.offset, 10);
    }

    #[test]
    fn merge_keys_and_aliases_expand() {
        let text = "base: &b {owner: web, consent: analytics}\nev:\n  <<: *b\n  owner: app\n";
        let root = parse(text).unwrap().root;
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
        .unwrap()
        .root;
        assert_eq!(
            root.to_json(),
            serde_json::json!({"a": [1.1, "0755", 31, 15, 1000.0, -5, 7, 0.5, ".inf", "1_000", "12", "12:30", "00", 0, -0.0]})
        );
    }

    #[test]
    fn merge_keys_follow_yaml_precedence() {
        let text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  x: 0\n  <<: [*a, *b]\n";
        let json = parse(text).unwrap().root.to_json();
        assert_eq!(json["c"], serde_json::json!({"x": 0, "y": 1, "z": 2}));
        // A quoted "<<" is an ordinary key.
        let json = parse("c: {'<<': 1}").unwrap().root.to_json();
        assert_eq!(json["c"]["<<"], 1);
    }

    #[test]
    fn aliases_point_at_their_use() {
        let text = "base: &b web\nowner: *b\n";
        let root = parse(text).unwrap().root;
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

    #[test]
    fn a_long_string_repeated_through_aliases_is_bounded_by_bytes() {
        let text = format!(
            "s: &s \"{}\"\nl: [{}]\n",
            "a".repeat(100 * 1024),
            vec!["*s"; 200].join(", ")
        );
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("MiB of text"), "{}", err.message);
        // Under the byte budget, the same shape is fine.
        let text = format!(
            "s: &s \"{}\"\nl: [{}]\n",
            "a".repeat(1024),
            vec!["*s"; 200].join(", ")
        );
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn nested_anchors_share_their_subtrees() {
        // Every level is anchored: a deep copy per anchor would cost depth x size.
        let mut text = format!("[{}]", vec!["a"; 5_000].join(", "));
        for level in (0..100).rev() {
            text = format!("&d{level} [{text}]");
        }
        let document = parse(&format!("x: {text}\ny: *d99\n")).unwrap();
        let (Value::Seq(x), Value::Seq(y)) = (
            &document.root.get("x").unwrap().value,
            &document.root.get("y").unwrap().value,
        ) else {
            panic!("sequences expected");
        };
        let mut inner = x;
        for _ in 0..99 {
            let Value::Seq(next) = &inner.items[0].value else {
                panic!("nested sequence expected");
            };
            inner = next;
        }
        // The alias and the innermost anchored level are one allocation.
        assert!(Arc::ptr_eq(inner, y));
    }

    #[test]
    fn aliases_cannot_nest_deeper_than_the_limit() {
        let mut text = String::from("a0: &a0 [x]\n");
        for level in 1..200 {
            text.push_str(&format!("a{level}: &a{level} [*a{}]\n", level - 1));
        }
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("deeper than 128"), "{}", err.message);
    }

    #[test]
    fn repeated_keys_in_a_large_mapping_are_found_in_linear_time() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!("k{i}: 1\n"));
        }
        for _ in 0..20_000 {
            text.push_str("k0: 2\n");
        }
        let document = parse(&text).unwrap();
        assert_eq!(document.duplicates.len(), 20_000);
        assert!(
            document
                .duplicates
                .iter()
                .all(|d| d.key == "k0" && d.first.offset == 0)
        );
        assert_eq!(document.root.as_map().unwrap().len(), 20_000);
        assert_eq!(document.root.get("k0").unwrap().as_u64(), Some(1));
    }

    #[test]
    fn complex_keys_compare_by_their_source_text() {
        let document = parse("? [a]\n: 1\n? [b]\n: 2\n").unwrap();
        assert!(document.duplicates.is_empty(), "{:?}", document.duplicates);
        assert_eq!(document.root.as_map().unwrap().len(), 2);
        let document = parse("? [a]\n: 1\n? [a]\n: 2\n").unwrap();
        assert_eq!(document.duplicates.len(), 1);
        assert_eq!(document.duplicates[0].key, "[a]");
    }

    #[test]
    fn integers_beyond_64_bits_stay_numbers() {
        let root = parse("a: [100000000000000000000, -9223372036854775809, 0x1FFFFFFFFFFFFFFFF]")
            .unwrap()
            .root;
        assert_eq!(
            root.to_json(),
            serde_json::json!({"a": [1e20, -9223372036854775809.0, 36893488147419103231.0]})
        );
    }

    #[test]
    fn comments_are_tokens_read_only_when_tracklint_is_mentioned() {
        let text =
            "a: \"# tracklint: not a comment\"  # tracklint: allow(x)\nb: |\n  # text\n# alone\n";
        let comments: Vec<&str> = parse(text)
            .unwrap()
            .comments
            .iter()
            .map(|&pos| text_at(text, pos))
            .collect();
        assert_eq!(comments, ["# tracklint: allow(x)", "# alone"]);
        assert!(parse("a: 1  # a comment\n").unwrap().comments.is_empty());
    }

    #[test]
    fn thousands_of_comments_in_a_row_are_read_and_more_cost_no_error() {
        let json = serde_json::json!({"a": ["x", "y"], "b": {}});
        for (in_a_row, read) in [(5_000, true), (MAX_BUFFERED_COMMENTS + 1, false)] {
            let run = "# c\n".repeat(in_a_row);
            let text = format!(
                "# tracklint:\n{run}a:\n{run}  - x\n{run}  -\n{run}    y\n{run}b: {{}}\n{run}"
            );
            let document = parse(&text).unwrap();
            let expected = if read { 1 + 6 * in_a_row } else { 0 };
            assert_eq!(document.comments.len(), expected);
            assert_eq!(document.root.to_json(), json);
        }
    }
}
