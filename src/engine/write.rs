//! Every file tracklint writes goes through here, under the two policies of SPEC §8 "Writes".
//! A path the user names on the command line (`docs --out`, `--output-file`, `--report`,
//! `export --out DIR`) is written where it points, like any Unix tool: parent folders are
//! created, a regular file is replaced atomically, a FIFO or device outside the repository is
//! written directly; inside the repository, where a pull request could plant them, no
//! component below the root may be a link and the target may not be a FIFO, device or folder.
//! Files tracklint edits itself (`--fix`, `rename`, suppressions, `init`) stay inside the
//! repository and are never written through a link. Every replacement is atomic (a temporary
//! file in the same folder, then a rename), so a reader never sees half a file.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::syntax::read;
use crate::syntax::source::display_path;

/// How a file the user named is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamedTarget {
    /// A regular file (or none yet) at this path: replaced atomically.
    Replace(PathBuf),
    /// A FIFO or device outside the repository (`/dev/stdout`): opened and written.
    Stream(PathBuf),
}

/// Writes `bytes` to a file the user named on the command line (see the module's policy).
pub fn write_named(path: &Path, bytes: &[u8], repository: &Path) -> Result<()> {
    write_named_with(path, repository, &mut |out| out.write_all(bytes))
}

/// [`write_named`] for output produced piece by piece: `produce` writes into a buffered
/// writer over the file (the temporary file beside it when it is replaced), so a large page
/// is never held whole. When `produce` fails, a replaced file is left as it was.
pub fn write_named_with(
    path: &Path,
    repository: &Path,
    produce: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    match named_target(path, repository, true)? {
        NamedTarget::Replace(target) => {
            let folder = target.parent().map(Path::to_path_buf).unwrap_or_default();
            replace_with(path, &target, &folder, produce)
        }
        NamedTarget::Stream(target) => {
            let stream = std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(failed)?;
            let mut buffered = std::io::BufWriter::with_capacity(BUFFER, stream);
            produce(&mut buffered).map_err(failed)?;
            buffered.flush().map_err(failed)
        }
    }
}

/// The buffer between a producer and a file it writes.
const BUFFER: usize = 128 * 1024;

/// Checks a named file path before the work that fills it, so a refused `--output-file` fails
/// at once rather than after the run; creates nothing.
pub fn check_named(path: &Path, repository: &Path) -> Result<()> {
    named_target(path, repository, false).map(|_| ())
}

/// Where a named file goes; `create` makes its missing parent folders.
fn named_target(path: &Path, repository: &Path, create: bool) -> Result<NamedTarget> {
    let absolute = read::absolute(path);
    let (Some(parent), Some(name)) = (absolute.parent(), absolute.file_name()) else {
        return Err(Error::Refused(format!(
            "{} is not a file path; name the file to write",
            display_path(path)
        )));
    };
    if let Some(below) = below_root(&absolute, repository) {
        // Inside: every folder on the way is a real folder, never a planted link.
        let folder = real_folders(repository, below.parent(), path, create)?;
        let target = folder.join(name);
        if let Ok(metadata) = std::fs::symlink_metadata(&target)
            && !metadata.file_type().is_file()
        {
            return Err(refused_kind(
                path,
                &metadata,
                "tracklint replaces only regular files inside the repository",
            ));
        }
        return Ok(NamedTarget::Replace(target));
    }
    if create {
        std::fs::create_dir_all(parent).map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })?;
    }
    match std::fs::metadata(&absolute) {
        Ok(metadata) if metadata.is_dir() => Err(refused_kind(
            path,
            &metadata,
            "name a file to write, not a folder",
        )),
        // A link to a regular file: the file it points to is replaced, not the link.
        Ok(metadata) if metadata.is_file() => Ok(NamedTarget::Replace(
            std::fs::canonicalize(&absolute).unwrap_or(absolute),
        )),
        Ok(_) => Ok(NamedTarget::Stream(absolute)),
        Err(_) => Ok(NamedTarget::Replace(absolute)),
    }
}

/// The folder a user named (`export --out DIR`), created when missing, under the same policy
/// as a named file; its canonical path, under which files are then written with
/// [`write_atomic`] and [`create_parents`].
pub fn named_folder(path: &Path, repository: &Path) -> Result<PathBuf> {
    let absolute = read::absolute(path);
    let folder = match below_root(&absolute, repository) {
        Some(below) => real_folders(repository, Some(below), path, true)?,
        None => {
            std::fs::create_dir_all(&absolute).map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })?;
            absolute
        }
    };
    let metadata = std::fs::metadata(&folder).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    if !metadata.is_dir() {
        return Err(refused_kind(
            path,
            &metadata,
            "name the folder to write into",
        ));
    }
    std::fs::canonicalize(&folder).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// The part of `absolute` below the repository root, when it lies inside (lexically: a link
/// inside is refused by [`real_folders`], not followed).
fn below_root<'p>(absolute: &'p Path, repository: &Path) -> Option<&'p Path> {
    absolute.strip_prefix(repository).ok()
}

/// Walks (and with `create`, makes) the folders `below` the repository root one at a time,
/// refusing a link or a file on the way; the folder reached.
fn real_folders(
    repository: &Path,
    below: Option<&Path>,
    named: &Path,
    create: bool,
) -> Result<PathBuf> {
    let mut folder = repository.to_path_buf();
    for component in below.into_iter().flat_map(Path::components) {
        let Component::Normal(name) = component else {
            return Err(Error::Refused(format!(
                "{} is not a plain path below the repository; name it without `..`",
                display_path(named)
            )));
        };
        let next = folder.join(name);
        match std::fs::symlink_metadata(&next) {
            Ok(metadata) if metadata.is_dir() => {}
            Ok(metadata) => {
                return Err(Error::Refused(format!(
                    "{} is {} inside the repository; tracklint writes only through real folders there",
                    display_path(&next),
                    describe(&metadata)
                )));
            }
            Err(_) if create => std::fs::create_dir(&next).map_err(|source| Error::Write {
                path: next.clone(),
                source,
            })?,
            // Checking only: the rest is created when written.
            Err(_) => return Ok(next),
        }
        folder = next;
    }
    Ok(folder)
}

/// "a symbolic link", "a FIFO", ...
fn describe(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.file_type().is_symlink() {
        "a symbolic link"
    } else {
        read::kind_of(metadata)
    }
}

fn refused_kind(path: &Path, metadata: &std::fs::Metadata, what: &str) -> Error {
    Error::Refused(format!(
        "{} is {}; {what}",
        display_path(path),
        describe(metadata)
    ))
}

/// Writes `bytes` to `path` atomically. `path` (its folder resolved through links) must lie
/// inside `repository` (canonical); the folder must exist; an existing file is replaced, a
/// folder or a link at `path` is refused.
pub fn write_atomic(path: &Path, bytes: &[u8], repository: &Path) -> Result<()> {
    write_all_atomic(&[(path, bytes)], repository)
}

/// Writes several files that belong together (a fix or a rename that edits the dictionary and
/// the plans): every target is checked before any is written, so a refused one (a link, a
/// path outside the repository) leaves all of them as they were.
pub fn write_all_atomic(files: &[(&Path, &[u8])], repository: &Path) -> Result<()> {
    let targets = files
        .iter()
        .map(|(path, _)| confined_target(path, repository))
        .collect::<Result<Vec<_>>>()?;
    for ((path, bytes), target) in files.iter().zip(&targets) {
        let folder = target.parent().unwrap_or(repository).to_path_buf();
        replace(path, target, &folder, bytes)?;
    }
    Ok(())
}

/// Replaces `target` (a regular file or nothing) in `folder` by `bytes`, atomically; `path` is
/// how the user named it, for errors.
fn replace(path: &Path, target: &Path, folder: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, target, folder, &mut |out| out.write_all(bytes))
}

/// [`replace`] with what `produce` writes.
fn replace_with(
    path: &Path,
    target: &Path,
    folder: &Path,
    produce: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let temporary = temporary_sibling(target);
    let written = write_new_with(&temporary, produce).and_then(|()| {
        std::fs::rename(&temporary, target).map_err(|source| Error::Write {
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

/// A folder `name` under `parent` (a folder tracklint writes into): created when missing; an
/// existing link or file is refused, so nothing is written through a link.
pub fn create_folder(parent: &Path, name: &str) -> Result<PathBuf> {
    let folder = parent.join(name);
    match std::fs::symlink_metadata(&folder) {
        Ok(metadata) if metadata.is_dir() => Ok(folder),
        Ok(metadata) => Err(Error::Refused(format!(
            "{} is {}, not a folder; tracklint writes only into real folders",
            display_path(&folder),
            describe(&metadata)
        ))),
        Err(_) => {
            std::fs::create_dir(&folder).map_err(|source| Error::Write {
                path: folder.clone(),
                source,
            })?;
            Ok(folder)
        }
    }
}

/// The path of a file under `root` (`relative` holds checked names), its folders created.
pub fn create_parents(root: &Path, relative: &[String]) -> Result<PathBuf> {
    let Some((file, folders)) = relative.split_last() else {
        return Ok(root.to_path_buf());
    };
    let mut folder = root.to_path_buf();
    for name in folders {
        folder = create_folder(&folder, name)?;
    }
    Ok(folder.join(file))
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
            "{} is outside {}; tracklint edits files only inside it",
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

/// Creates `path` (never an existing file or a link), writes what `produce` writes through a
/// buffer, and everything to disk.
fn write_new_with(
    path: &Path,
    produce: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut buffered = std::io::BufWriter::with_capacity(BUFFER, create_new(path)?);
    produce(&mut buffered).map_err(failed)?;
    let file = buffered.into_inner().map_err(|e| failed(e.into_error()))?;
    file.sync_all().map_err(failed)
}

/// Creates `path`, which must not exist yet (O_EXCL: a symbolic link in its place is not
/// followed, and fails). Once this returns, the file is the caller's own.
pub fn create_new(path: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
}

/// Writes all of `bytes` into a file just created at `path`, and to disk.
pub fn fill(mut file: std::fs::File, path: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
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

    #[cfg(unix)]
    #[test]
    fn files_written_together_are_all_left_alone_when_one_is_refused() {
        let repo = scratch("together");
        let (events, plan) = (repo.join("events.yaml"), repo.join("web.yaml"));
        std::fs::write(&events, "old").unwrap();
        std::fs::write(repo.join("elsewhere.yaml"), "old").unwrap();
        std::os::unix::fs::symlink(repo.join("elsewhere.yaml"), &plan).unwrap();
        let refused = write_all_atomic(
            &[(events.as_path(), b"new"), (plan.as_path(), b"new")],
            &repo,
        );
        assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
        assert_eq!(std::fs::read(&events).unwrap(), b"old");
        assert_eq!(std::fs::read(repo.join("elsewhere.yaml")).unwrap(), b"old");
    }

    #[test]
    fn a_page_written_piece_by_piece_replaces_the_file_only_when_complete() {
        let repo = scratch("produce");
        let target = repo.join("page.html");
        write_named_with(&target, &repo, &mut |out| {
            out.write_all(b"<head>")?;
            out.write_all(b"<body>")
        })
        .unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"<head><body>");
        // A producer that fails halfway leaves the old page, and no temporary file.
        let failed = write_named_with(&target, &repo, &mut |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(matches!(failed, Err(Error::Write { .. })), "{failed:?}");
        assert_eq!(std::fs::read(&target).unwrap(), b"<head><body>");
        let names: Vec<_> = std::fs::read_dir(&repo).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn edits_stay_inside_the_repository_and_never_follow_links() {
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

    #[test]
    fn named_files_go_where_they_point_outside_and_through_real_folders_inside() {
        let repo = scratch("named-repo");
        let outside = scratch("named-outside");
        // Outside: parents created, a link to a regular file replaces the file it points to.
        write_named(&outside.join("a/b/report.json"), b"1", &repo).unwrap();
        assert_eq!(
            std::fs::read(outside.join("a/b/report.json")).unwrap(),
            b"1"
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(outside.join("a/b/report.json"), outside.join("l.json"))
                .unwrap();
            write_named(&outside.join("l.json"), b"2", &repo).unwrap();
            assert_eq!(
                std::fs::read(outside.join("a/b/report.json")).unwrap(),
                b"2"
            );
            assert!(
                std::fs::symlink_metadata(outside.join("l.json"))
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
        // Inside: missing folders created; a planted link on the way refused, even to a folder
        // inside the repository.
        write_named(&repo.join("x/y/page.html"), b"p", &repo).unwrap();
        assert_eq!(std::fs::read(repo.join("x/y/page.html")).unwrap(), b"p");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(repo.join("x"), repo.join("alias")).unwrap();
            let refused = write_named(&repo.join("alias/y/page.html"), b"q", &repo);
            assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
            assert!(check_named(&repo.join("alias/z.html"), &repo).is_err());
            assert_eq!(std::fs::read(repo.join("x/y/page.html")).unwrap(), b"p");
        }
        // Checking creates nothing.
        check_named(&repo.join("new/folder/file.json"), &repo).unwrap();
        assert!(!repo.join("new").exists());
        let folder = named_folder(&repo.join("schemas/v1"), &repo).unwrap();
        assert!(folder.is_dir() && folder.ends_with("schemas/v1"));
    }
}
