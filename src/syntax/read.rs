//! Every read from disk goes through here: regular files only (never a FIFO or a device), capped
//! while reading; and the repository root that confines every path a config names (SPEC §8).

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub use crate::syntax::source::absolute;
use crate::syntax::yaml::MAX_FILE_BYTES;

/// The most bytes read from one file (catalog file, config, policy, baseline blob).
pub const FILE_LIMIT: u64 = MAX_FILE_BYTES as u64;

/// The most catalog file bytes read in one catalog load (the work tree, or one baseline).
pub const CATALOG_LIMIT: u64 = 256 * 1024 * 1024;

const MIB: u64 = 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// A FIFO, a device, a socket, a folder: reading it could hang or never end.
    NotRegular {
        kind: &'static str,
    },
    /// Over the per-file limit (checked while reading).
    TooLarge {
        limit: u64,
    },
    /// The catalog as a whole is over its budget; this file was not read.
    OverBudget {
        budget: u64,
    },
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotRegular { kind } => write!(
                f,
                "it is {kind}, not a regular file; tracklint reads only regular files"
            ),
            ReadError::TooLarge { limit } => write!(
                f,
                "it is over the {} MiB limit for one file; split it",
                limit / MIB
            ),
            ReadError::OverBudget { budget } => write!(
                f,
                "the catalog is over {} MiB in total; this file was not read (check fewer paths or split the catalog)",
                budget / MIB
            ),
            ReadError::Io(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// A byte budget shared by the parallel readers of one catalog load.
#[derive(Debug)]
pub struct Budget {
    total: u64,
    left: AtomicU64,
}

impl Budget {
    pub fn new(total: u64) -> Budget {
        Budget {
            total,
            left: AtomicU64::new(total),
        }
    }

    /// A budget for one catalog load.
    pub fn catalog() -> Budget {
        Budget::new(CATALOG_LIMIT)
    }

    /// Takes `bytes` from the budget; when they do not fit, takes nothing and says why.
    pub fn spend(&self, bytes: u64) -> Result<(), ReadError> {
        self.left
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(bytes)
            })
            .map(|_| ())
            .map_err(|_| ReadError::OverBudget { budget: self.total })
    }

    fn fits(&self, bytes: u64) -> bool {
        self.left.load(Ordering::Relaxed) >= bytes
    }
}

/// Reads a regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_capped(path, limit, None)
}

/// Reads a regular file of at most `limit` bytes, and spends its size from `budget`.
pub fn read_budgeted(path: &Path, limit: u64, budget: &Budget) -> Result<Vec<u8>, ReadError> {
    read_capped(path, limit, Some(budget))
}

fn read_capped(path: &Path, limit: u64, budget: Option<&Budget>) -> Result<Vec<u8>, ReadError> {
    // Refused before opening: opening a FIFO for reading blocks until a writer comes.
    refuse_irregular(&std::fs::metadata(path).map_err(ReadError::Io)?)?;
    let file = open_nonblocking(path).map_err(ReadError::Io)?;
    // The path may have been swapped between the two looks; trust the open handle.
    let metadata = file.metadata().map_err(ReadError::Io)?;
    refuse_irregular(&metadata)?;
    // The size is a hint only: the cap below holds whatever the file really holds.
    if metadata.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    if let Some(budget) = budget
        && !budget.fits(metadata.len())
    {
        return Err(ReadError::OverBudget {
            budget: budget.total,
        });
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize + 1);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    if let Some(budget) = budget {
        budget.spend(bytes.len() as u64)?;
    }
    Ok(bytes)
}

/// Opens a regular file for a streaming reader that caps what it reads itself (validate's
/// payload files, which may be larger than any file read whole).
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    refuse_irregular(&std::fs::metadata(path).map_err(ReadError::Io)?)?;
    let file = open_nonblocking(path).map_err(ReadError::Io)?;
    refuse_irregular(&file.metadata().map_err(ReadError::Io)?)?;
    Ok(file)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Should a FIFO slip in after the first look, opening it does not wait for a writer.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

fn refuse_irregular(metadata: &Metadata) -> Result<(), ReadError> {
    if metadata.is_file() {
        return Ok(());
    }
    Err(ReadError::NotRegular {
        kind: kind_of(metadata),
    })
}

/// What a non-regular file is, for messages ("a FIFO").
pub fn kind_of(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a directory";
    }
    if file_type.is_file() {
        return "a regular file";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// The repository that holds a catalog: the nearest folder at or above `catalog_root` that has
/// an entry named `.git` (a folder, or a file in a worktree), else the catalog root; canonical.
/// Config paths and walked files must resolve inside it.
pub fn repository_root(catalog_root: &Path) -> PathBuf {
    let start = crate::syntax::source::resolved(catalog_root);
    start
        .ancestors()
        .find(|dir| dir.join(".git").symlink_metadata().is_ok())
        .map_or_else(|| start.clone(), Path::to_path_buf)
}

/// The repository that holds the file `path` where it is named, links in the name not
/// followed: the nearest folder above it with an entry `.git`, else its folder; canonical.
/// A link out of that repository cannot borrow the repository of its target.
pub fn holding_repository(path: &Path) -> PathBuf {
    let named = absolute(path);
    let folder = named.parent().unwrap_or(&named);
    let holder = folder
        .ancestors()
        .find(|dir| dir.join(".git").symlink_metadata().is_ok())
        .unwrap_or(folder);
    crate::syntax::source::resolved(holder)
}

/// `path` with symlinks resolved, when it lies inside one of `roots` (canonical paths).
pub fn resolve_inside(path: &Path, roots: &[PathBuf]) -> io::Result<Option<PathBuf>> {
    let resolved = std::fs::canonicalize(path)?;
    Ok(roots
        .iter()
        .any(|root| resolved.starts_with(root))
        .then_some(resolved))
}

/// A short, one-line excerpt of a message that may quote a file we could not parse: control
/// characters escaped, at most `max` characters.
pub fn short_excerpt(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_escapes_and_cuts() {
        assert_eq!(short_excerpt("a\nb\u{1b}c", 10), "a\\nb\\u{1b}c");
        assert_eq!(short_excerpt("abcdef", 3), "abc…");
    }

    #[test]
    fn budget_takes_nothing_when_over() {
        let budget = Budget::new(10);
        assert!(budget.spend(6).is_ok());
        assert!(matches!(
            budget.spend(6),
            Err(ReadError::OverBudget { budget: 10 })
        ));
        assert!(budget.spend(4).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_before_reading() {
        let refused = read_regular(Path::new("/dev/zero"), 16);
        assert!(
            matches!(
                refused,
                Err(ReadError::NotRegular {
                    kind: "a character device"
                })
            ),
            "{refused:?}"
        );
    }
}
