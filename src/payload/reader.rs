//! The streaming reader of `validate`: files, stdin or gzip (`.gz`, or gzip bytes on stdin) cut
//! into lines of at most `LINE_LIMIT` bytes, handed on in batches. Memory is a few batches,
//! whatever the input: a longer line is skipped (and reported), never held.

use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;

use flate2::bufread::MultiGzDecoder;

use crate::syntax::read::{self, ReadError};
use crate::syntax::source::FileId;

/// The longest line read: Segment caps one call at 32 KB and a batch at 500 KB.
pub const LINE_LIMIT: usize = 1024 * 1024;

/// A batch is handed on at this many lines or bytes, whichever comes first.
const BATCH_LINES: usize = 8 * 1024;
const BATCH_BYTES: usize = 4 * 1024 * 1024;

const READ_BUFFER: usize = 1024 * 1024;

/// A gzip stream may expand to this many times the compressed bytes read so far, plus
/// `GZIP_SLACK`: NDJSON compresses 5 to 30 times, a gzip bomb about 1,000 times.
pub const GZIP_RATIO: u64 = 200;
pub const GZIP_SLACK: u64 = 64 * 1024 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A payload input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// Payloads already in memory (the fuzz targets and property tests), read like a file.
    Bytes(Vec<u8>),
}

/// An input opened for reading (refused before any line is read when it cannot be).
pub struct Opened {
    pub file: FileId,
    reader: Box<dyn BufRead + Send>,
}

/// One line of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// 1-based.
    pub number: u32,
    pub kind: LineKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Its bytes are `bytes[start..end]` of the batch, without the line break.
    Text { start: u32, end: u32 },
    /// Longer than `LINE_LIMIT`; its bytes were skipped.
    TooLong { length: u64 },
}

/// Consecutive lines of one input.
#[derive(Debug)]
pub struct Batch {
    pub file: FileId,
    pub bytes: Vec<u8>,
    pub lines: Vec<Line>,
}

/// What the reader hands on, in input order.
#[derive(Debug)]
pub enum Message {
    Batch(Batch),
    /// Reading an input failed part way (I/O error, truncated or oversized gzip); the lines
    /// before were handed on.
    Failed {
        file: FileId,
        reason: String,
    },
}

/// Opens an input: a regular file (never a FIFO or a device) or stdin; gzip is recognised by
/// the `.gz` extension or its magic bytes.
pub fn open(input: &Input, file: FileId) -> Result<Opened, ReadError> {
    let (raw, gz_name): (Box<dyn Read + Send>, bool) = match input {
        Input::Stdin => (Box::new(io::stdin()), false),
        Input::File(path) => (Box::new(read::open_regular(path)?), has_gz_extension(path)),
        Input::Bytes(bytes) => (Box::new(io::Cursor::new(bytes.clone())), false),
    };
    let mut buffered = BufReader::with_capacity(READ_BUFFER, raw);
    let magic = buffered
        .fill_buf()
        .map_err(ReadError::Io)?
        .starts_with(&GZIP_MAGIC);
    let reader: Box<dyn BufRead + Send> = if gz_name || magic {
        let counted = Counted {
            inner: buffered,
            bytes: 0,
        };
        Box::new(BufReader::with_capacity(
            READ_BUFFER,
            Capped {
                inner: MultiGzDecoder::new(counted),
                produced: 0,
            },
        ))
    } else {
        Box::new(buffered)
    };
    Ok(Opened { file, reader })
}

fn has_gz_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Reads every input in order and hands its batches to `out`; stops early when the receiver
/// is gone.
pub fn stream(inputs: Vec<Opened>, out: SyncSender<Message>) {
    for input in inputs {
        let file = input.file;
        let mut lines = LineReader::new(input.reader);
        loop {
            match lines.next_batch() {
                Ok(Some(batch)) => {
                    if out.send(Message::Batch(Batch { file, ..batch })).is_err() {
                        return;
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    let reason = describe(&error);
                    if out.send(Message::Failed { file, reason }).is_err() {
                        return;
                    }
                    break;
                }
            }
        }
    }
}

/// An I/O error in words a user can act on.
fn describe(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => {
            "the gzip stream is truncated (unexpected end of file); the lines before were checked"
                .into()
        }
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput => {
            format!("{error}; the lines before were checked")
        }
        _ => error.to_string(),
    }
}

/// Cuts a stream into capped lines.
struct LineReader {
    reader: Box<dyn BufRead + Send>,
    /// The number of the last line read.
    line: u32,
    done: bool,
    /// An error met after the last batch was filled, reported on the next call.
    failed: Option<io::Error>,
}

impl LineReader {
    fn new(reader: Box<dyn BufRead + Send>) -> LineReader {
        LineReader {
            reader,
            line: 0,
            done: false,
            failed: None,
        }
    }

    /// The next batch; `None` at the end. Lines read before an error are returned first.
    fn next_batch(&mut self) -> io::Result<Option<Batch>> {
        if let Some(error) = self.failed.take() {
            self.done = true;
            return Err(error);
        }
        if self.done {
            return Ok(None);
        }
        let mut batch = Batch {
            file: FileId::default(),
            bytes: Vec::with_capacity(BATCH_BYTES + LINE_LIMIT + 1),
            lines: Vec::with_capacity(BATCH_LINES),
        };
        while batch.lines.len() < BATCH_LINES && batch.bytes.len() < BATCH_BYTES {
            match self.read_line(&mut batch) {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    break;
                }
                Err(error) => {
                    self.failed = Some(error);
                    break;
                }
            }
        }
        if batch.lines.is_empty() {
            return match self.failed.take() {
                Some(error) => {
                    self.done = true;
                    Err(error)
                }
                None => Ok(None),
            };
        }
        Ok(Some(batch))
    }

    /// Appends one line to the batch; false at the end of the input.
    fn read_line(&mut self, batch: &mut Batch) -> io::Result<bool> {
        let start = batch.bytes.len();
        let read = (&mut self.reader)
            .take(LINE_LIMIT as u64 + 1)
            .read_until(b'\n', &mut batch.bytes)?;
        if read == 0 {
            return Ok(false);
        }
        self.line = self.line.saturating_add(1);
        let complete = batch.bytes.last() == Some(&b'\n');
        if !complete && read > LINE_LIMIT {
            // Over the limit: drop what was read and skip the rest of the line unread.
            batch.bytes.truncate(start);
            let rest = skip_line(&mut self.reader)?;
            batch.lines.push(Line {
                number: self.line,
                kind: LineKind::TooLong {
                    length: read as u64 + rest,
                },
            });
            return Ok(true);
        }
        let mut end = batch.bytes.len();
        if complete {
            end -= 1;
            if end > start && batch.bytes[end - 1] == b'\r' {
                end -= 1;
            }
        }
        let mut first = start;
        if self.line == 1 && batch.bytes[start..end].starts_with(b"\xef\xbb\xbf") {
            first += 3;
        }
        batch.lines.push(Line {
            number: self.line,
            kind: LineKind::Text {
                start: first as u32,
                end: end as u32,
            },
        });
        Ok(true)
    }
}

/// Skips to the end of the line (its line break included); the bytes skipped before it.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(skipped);
        }
        // `contains` is std's memchr: the bulk of a huge line is passed over quickly.
        let newline = if available.contains(&b'\n') {
            available.iter().position(|&b| b == b'\n')
        } else {
            None
        };
        match newline {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(skipped + at as u64);
            }
            None => {
                let length = available.len();
                reader.consume(length);
                skipped += length as u64;
            }
        }
    }
}

/// Counts the compressed bytes a gzip decoder reads.
struct Counted<R> {
    inner: R,
    bytes: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.bytes += amount as u64;
        self.inner.consume(amount);
    }
}

/// Stops a gzip stream that expands beyond `GZIP_RATIO` times its compressed size (plus
/// `GZIP_SLACK`): a bomb ends with an error instead of hours of decompression.
struct Capped<R: BufRead> {
    inner: MultiGzDecoder<Counted<R>>,
    produced: u64,
}

impl<R: BufRead> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.produced += n as u64;
        let compressed = self.inner.get_ref().bytes;
        let allowed = compressed
            .saturating_mul(GZIP_RATIO)
            .saturating_add(GZIP_SLACK);
        if self.produced > allowed {
            return Err(io::Error::other(format!(
                "the gzip stream expands to more than {GZIP_RATIO} times its compressed size \
                 ({} MiB from {} KiB; a gzip bomb?); reading stopped",
                self.produced / (1024 * 1024),
                compressed / 1024
            )));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(input: &[u8]) -> (Vec<Line>, Vec<u8>) {
        let mut reader = LineReader::new(Box::new(io::Cursor::new(input.to_vec())));
        let mut lines = Vec::new();
        let mut bytes = Vec::new();
        while let Some(batch) = reader.next_batch().unwrap() {
            let offset = bytes.len() as u32;
            bytes.extend_from_slice(&batch.bytes);
            lines.extend(batch.lines.into_iter().map(|line| match line.kind {
                LineKind::Text { start, end } => Line {
                    number: line.number,
                    kind: LineKind::Text {
                        start: start + offset,
                        end: end + offset,
                    },
                },
                other => Line {
                    number: line.number,
                    kind: other,
                },
            }));
        }
        (lines, bytes)
    }

    fn text(bytes: &[u8], line: &Line) -> String {
        match line.kind {
            LineKind::Text { start, end } => {
                String::from_utf8_lossy(&bytes[start as usize..end as usize]).into_owned()
            }
            LineKind::TooLong { length } => format!("<{length}>"),
        }
    }

    #[test]
    fn cuts_lines_strips_breaks_and_bom_and_skips_long_lines() {
        let mut input = b"\xef\xbb\xbf{\"a\":1}\r\n\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', LINE_LIMIT + 10));
        input.extend(b"\nlast");
        let (lines, bytes) = lines_of(&input);
        let shown: Vec<(u32, String)> = lines.iter().map(|l| (l.number, text(&bytes, l))).collect();
        assert_eq!(
            shown,
            vec![
                (1, "{\"a\":1}".into()),
                (2, String::new()),
                (3, format!("<{}>", LINE_LIMIT + 10)),
                (4, "last".into()),
            ]
        );
    }

    #[test]
    fn a_gzip_bomb_stops_with_an_error() {
        use flate2::{Compression, write::GzEncoder};
        use std::io::Write;
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..128 {
            encoder.write_all(&zeros).unwrap();
        }
        let compressed = encoder.finish().unwrap();
        let counted = Counted {
            inner: io::Cursor::new(compressed),
            bytes: 0,
        };
        let mut capped = Capped {
            inner: MultiGzDecoder::new(counted),
            produced: 0,
        };
        let error = io::copy(&mut capped, &mut io::sink()).unwrap_err();
        assert!(error.to_string().contains("gzip bomb"), "{error}");
    }
}
