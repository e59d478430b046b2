//! Every file tracklint writes (`docs --out`, `export --out`, `validate --report`, fixes) goes
//! through here: inside the repository only, never through a link out of it, and atomically
//! (a temporary file in the same folder, then a rename), so a reader never sees half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::syntax::read;
use crate::syntax::source::display_path;

/// Writes `bytes` to `path` atomically. `path` (its folder resolved through links) must lie
/// inside `repository` (canonical); the folder must exist; an existing file is replaced, a
/// folder or a link at `path` is refused.
pub fn write_atomic(path: &Path, bytes: &[u8], repository: &Path) -> Result<()> {
    let target = confined_target(path, repository)?;
    let folder = target.parent().unwrap_or(repository);
    let temporary = temporary_sibling(&target);
    let written = write_new(&temporary, bytes).and_then(|()| {
        std::fs::rename(&temporary, &target).map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written?;
    // Make the rename itself durable where the platform allows it; a failure here is not one
    // of the file's content.
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Where `path` will be written: its folder canonicalized, which must be inside the repository;
/// the file name itself must not be a link or a folder.
pub fn confined_target(path: &Path, repository: &Path) -> Result<PathBuf> {
    let absolute = read::absolute(path);
    let (Some(folder), Some(name)) = (absolute.parent(), absolute.file_name()) else {
        return Err(Error::Refused(format!(
            "{} is not a file path; name the file to write",
            display_path(path)
        )));
    };
    let folder = std::fs::canonicalize(folder).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    if !folder.starts_with(repository) {
        return Err(Error::Refused(format!(
            "{} is outside the repository {}; tracklint writes only inside it (redirect stdout to write elsewhere)",
            display_path(path),
            display_path(repository)
        )));
    }
    let target = folder.join(name);
    if let Ok(metadata) = std::fs::symlink_metadata(&target)
        && !metadata.file_type().is_file()
    {
        return Err(Error::Refused(format!(
            "{} is {}; tracklint replaces only regular files",
            display_path(path),
            if metadata.file_type().is_symlink() {
                "a symbolic link"
            } else {
                read::kind_of(&metadata)
            }
        )));
    }
    Ok(target)
}

/// A name next to `target` that no other writer uses: the process id and a counter.
fn temporary_sibling(target: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let unique = format!(
        ".{name}.tracklint-{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    target.with_file_name(unique)
}

/// Creates `path` (never an existing file or a link) and writes everything to disk.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(failed)?;
    file.write_all(bytes).map_err(failed)?;
    file.sync_all().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir()
            .join(format!("tracklint-write-{}", std::process::id()))
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::canonicalize(dir).unwrap()
    }

    #[test]
    fn writes_replaces_and_leaves_no_temporary_file() {
        let repo = scratch("replace");
        let target = repo.join("docs.html");
        write_atomic(&target, b"one", &repo).unwrap();
        write_atomic(&target, b"two", &repo).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(&repo).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn refuses_outside_the_repository_and_through_links() {
        let repo = scratch("confined");
        let outside = scratch("outside");
        let refused = write_atomic(&outside.join("x.html"), b"x", &repo);
        assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
        assert!(!outside.join("x.html").exists());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, repo.join("link")).unwrap();
            let refused = write_atomic(&repo.join("link/x.html"), b"x", &repo);
            assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
            std::fs::write(outside.join("victim"), b"keep").unwrap();
            std::os::unix::fs::symlink(outside.join("victim"), repo.join("out.html")).unwrap();
            let refused = write_atomic(&repo.join("out.html"), b"x", &repo);
            assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
            assert_eq!(std::fs::read(outside.join("victim")).unwrap(), b"keep");
        }
    }
}
