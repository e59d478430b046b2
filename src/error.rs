//! Failures of tracklint itself (exit 2), as opposed to problems in the catalog (diagnostics).

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::syntax::read::ReadError;
use crate::syntax::source::{Sources, display_path};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Refused or cut short: not a regular file, over a size limit.
    #[error("cannot read {}: {reason}", display_path(path))]
    Unreadable { path: PathBuf, reason: ReadError },
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `tracklint.yaml` is invalid; each problem points into it.
    #[error("invalid configuration")]
    Config(Box<ConfigErrors>),
    #[error("{0}")]
    Usage(String),
    #[error("git: {0}")]
    Git(String),
    #[error("{0}")]
    Refused(String),
    /// `tracklint-suppressions.json` is not what `--write-suppressions` writes.
    #[error(
        "{}: {reason}; fix it, or delete it and run `tracklint check --write-suppressions` again",
        display_path(path)
    )]
    Suppressions { path: PathBuf, reason: String },
    /// The run stopped after saying why on stderr (a catalog that was not read completely):
    /// exit with this code, print nothing more.
    #[error("stopped")]
    Stopped(u8),
}

/// The problems found in a config file, with the sources needed to show them.
#[derive(Debug)]
pub struct ConfigErrors {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
