//! The files a run has read, and spans into them.
//! Everything a diagnostic points at is a `Span` into one of these files.

use std::path::{Path, PathBuf};

use crate::syntax::yaml::Pos;

/// Index of a file in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub offset: u32,
    pub len: u32,
}

impl Span {
    pub fn new(file: FileId, offset: u32, len: u32) -> Self {
        Span { file, offset, len }
    }

    pub fn end(&self) -> u32 {
        self.offset + self.len
    }

    /// Whether `other` lies wholly inside this span, in the same file.
    pub fn contains(&self, other: Span) -> bool {
        self.file == other.file && self.offset <= other.offset && other.end() <= self.end()
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// One file as it was read.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as found on disk (used to read it; may be absolute).
    pub path: PathBuf,
    /// The path as printed: relative to the current directory when below it, with `/`.
    pub name: String,
    /// The text, without a leading UTF-8 byte order mark.
    pub text: String,
    /// The file started with a byte order mark (3 bytes before `text`).
    pub bom: bool,
    /// Its comments as the YAML parser found them, for suppressions
    /// ([`crate::syntax::yaml::Document::comments`]): empty unless the file was parsed and
    /// mentions `tracklint:`.
    pub comments: Vec<Pos>,
    line_starts: Vec<u32>,
    /// Lines made of ASCII only, where a column is a byte difference (long lines stay cheap).
    ascii_lines: Vec<bool>,
    /// For a text that is not all ASCII: the number of characters before each block of
    /// [`CHAR_BLOCK`] bytes, so a column costs a lookup and a scan of at most one block.
    chars_before_block: Vec<u32>,
}

/// Bytes per entry of [`SourceFile`]'s character count table (4 bytes of table per block).
const CHAR_BLOCK: usize = 256;

impl SourceFile {
    pub fn new(path: PathBuf, name: String, text: String) -> Self {
        let line_starts = line_starts(&text);
        let ascii_lines = line_starts
            .iter()
            .enumerate()
            .map(|(i, &start)| {
                let end = line_starts.get(i + 1).map_or(text.len(), |&e| e as usize);
                text.as_bytes()[start as usize..end].is_ascii()
            })
            .collect();
        let chars_before_block = if text.is_ascii() {
            Vec::new()
        } else {
            chars_before_blocks(text.as_bytes())
        };
        SourceFile {
            path,
            name,
            text,
            bom: false,
            comments: Vec::new(),
            line_starts,
            ascii_lines,
            chars_before_block,
        }
    }

    /// The 0-based index of the line holding a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        match self
            .line_starts
            .binary_search(&(offset.min(self.text.len()) as u32))
        {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte offset where a 0-based line starts.
    pub fn line_start(&self, index: usize) -> usize {
        self.line_starts
            .get(index)
            .map_or(self.text.len(), |&s| s as usize)
    }

    /// Line and column of a byte offset (clamped to the text, snapped to a char boundary).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = (offset as usize).min(self.text.len());
        let line_index = self.line_index(offset);
        let start = self.line_starts[line_index] as usize;
        let column = if self.ascii_lines[line_index] {
            (offset - start) as u32 + 1
        } else {
            let mut end = offset;
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            self.chars_before(end) - self.chars_before(start) + 1
        };
        LineCol {
            line: line_index as u32 + 1,
            column,
        }
    }

    /// The number of characters before a byte offset on a char boundary: the table's count
    /// at the offset's block, plus the characters started between the block and the offset.
    fn chars_before(&self, offset: usize) -> u32 {
        let block = offset / CHAR_BLOCK;
        let counted = self.chars_before_block.get(block).copied().unwrap_or(0);
        let from = (block * CHAR_BLOCK).min(offset);
        let started = self.text.as_bytes()[from..offset]
            .iter()
            .filter(|&&b| is_char_start(b))
            .count();
        counted + started as u32
    }

    /// Byte offset of a 1-based line and character column (clamped to the text).
    #[cfg(test)]
    pub fn offset_of(&self, line: u32, column: u32) -> u32 {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return self.text.len() as u32;
        };
        let rest = &self.text[start as usize..];
        let skip = column.saturating_sub(1) as usize;
        let within = rest
            .char_indices()
            .nth(skip)
            .map_or(rest.len(), |(byte, _)| byte);
        start + within as u32
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line as usize)
            .map_or(self.text.len(), |&next| next as usize);
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }

    /// A text offset as a byte offset into the file on disk.
    pub fn file_offset(&self, offset: u32) -> u32 {
        if self.bom { offset + 3 } else { offset }
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// Whether a byte begins a UTF-8 character (it is not a continuation byte `10xxxxxx`).
fn is_char_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The number of characters before each [`CHAR_BLOCK`]-byte block of a text.
fn chars_before_blocks(bytes: &[u8]) -> Vec<u32> {
    let mut table = Vec::with_capacity(bytes.len() / CHAR_BLOCK + 1);
    let mut count = 0u32;
    for block in bytes.chunks(CHAR_BLOCK) {
        table.push(count);
        count += block.iter().filter(|&&b| is_char_start(b)).count() as u32;
    }
    table
}

fn line_starts(text: &str) -> Vec<u32> {
    let mut starts = vec![0u32];
    starts.extend(
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32 + 1),
    );
    starts
}

/// Every file of a run: the catalog, its config, and any baseline.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Self {
        Sources::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// Moves every file of `other` after these; returns how far their ids moved (add it to
    /// the ids of diagnostics that point into `other`).
    pub fn append(&mut self, other: Sources) -> u32 {
        let shift = self.files.len() as u32;
        self.files.extend(other.files);
        shift
    }

    /// The id the next added file will get.
    pub fn next_id(&self) -> FileId {
        FileId(self.files.len() as u32)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// For what is learnt of a file after it was added (its comments, once the config is parsed).
    pub fn get_mut(&mut self, id: FileId) -> &mut SourceFile {
        &mut self.files[id.0 as usize]
    }

    pub fn name(&self, id: FileId) -> &str {
        &self.get(id).name
    }

    pub fn start(&self, span: Span) -> LineCol {
        self.get(span.file).line_col(span.offset)
    }

    pub fn end(&self, span: Span) -> LineCol {
        self.get(span.file).line_col(span.end())
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
}

/// How a path is printed: relative to the current directory when it lies below it,
/// else absolute; always with `/`.
pub fn display_path(path: &Path) -> String {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    let absolute = normalize(&absolute);
    let shown = match std::env::current_dir() {
        Ok(cwd) => match absolute.strip_prefix(normalize(&cwd)) {
            Ok(relative) if !relative.as_os_str().is_empty() => relative.to_path_buf(),
            _ => absolute.clone(),
        },
        Err(_) => absolute.clone(),
    };
    shown.to_string_lossy().replace('\\', "/")
}

/// `path` relative to `repository` (canonical) with `/`, as the machine formats and `--diff`
/// name files (SPEC §5); None for a file outside it or not on disk.
pub fn repository_relative(path: &Path, repository: &Path) -> Option<String> {
    let path = std::fs::canonicalize(path).ok()?;
    let relative = path.strip_prefix(repository).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `path` made absolute against the current directory, `..` resolved lexically (links are
/// left as they are).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    normalize(&joined)
}

/// `path` with links resolved when it exists, else [`absolute`]: for telling whether two
/// names lead to one file.
pub fn resolved(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| absolute(path))
}

/// Removes `.` and resolves `..` lexically (no file system access, so symlinks stay as given).
pub fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A value and the span it was read from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Self {
        Located { value, span }
    }
}

impl Located<String> {
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let file = SourceFile::new("a".into(), "a".into(), "ab\ncafé: x\n".into());
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(file.line_col(3), LineCol { line: 2, column: 1 });
        // "café" is 5 bytes; the colon is the 5th character.
        assert_eq!(file.line_col(8), LineCol { line: 2, column: 5 });
        assert_eq!(file.offset_of(2, 5), 8);
        assert_eq!(file.line_text(2), "café: x");
    }

    /// The column as the plain count from the line start gives it.
    fn naive_column(text: &str, offset: usize) -> u32 {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        text[start..end].chars().count() as u32 + 1
    }

    #[test]
    fn columns_match_the_naive_count_on_random_non_ascii_text() {
        let pieces = ["a", "é", "日本", "😀", "\n", "xyz", " ", "ß", "\u{7f}"];
        let mut state = 11u64;
        let mut next = |below: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % below
        };
        for round in 0..20 {
            // Lines long enough to cross many blocks; some rounds without line breaks at all.
            let mut text = String::new();
            while text.len() < 3_000 {
                let piece = pieces[next(pieces.len())];
                if piece == "\n" && round % 4 == 0 {
                    continue;
                }
                text.push_str(piece);
            }
            let file = SourceFile::new("a".into(), "a".into(), text.clone());
            for offset in 0..=text.len() + 2 {
                let at = file.line_col(offset as u32);
                assert_eq!(
                    at.column,
                    naive_column(&text, offset),
                    "round {round}, offset {offset}"
                );
                let breaks = text.as_bytes()[..offset.min(text.len())]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                assert_eq!(
                    at.line as usize,
                    breaks + 1,
                    "round {round}, offset {offset}"
                );
            }
        }
    }
}
