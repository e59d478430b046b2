//! Earlier catalogs to compare against: a git revision of the catalog's repository (read with
//! `git`, never touching the work tree or index) or a folder (SPEC §4).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::catalog::{self, Catalog, Input, LoadOptions};
use crate::compare::git::Git;
use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};
use crate::syntax::read::{self, Budget, FILE_LIMIT, ReadError};
use crate::syntax::source::{Sources, display_path};

/// A loaded baseline and how to name it ("HEAD~1", "../release-1").
pub struct Baseline {
    pub label: String,
    pub catalog: Catalog,
    /// The folder its file paths are relative to (to match files with the head catalog).
    pub root: PathBuf,
}

/// Loads `reference`: a folder when one exists at that path, else a git revision of the
/// repository holding `config.root`. `paths` are the head's catalog paths (used when the
/// baseline has no config of its own).
pub fn load(reference: &str, config: &Config, sources: &mut Sources) -> Result<Baseline> {
    let path = Path::new(reference);
    let (catalog, root) = if is_folder(reference) {
        (load_folder(path, sources)?, path.to_path_buf())
    } else {
        (
            load_revision(reference, config, sources)?,
            config.root.clone(),
        )
    };
    Ok(Baseline {
        label: reference.to_owned(),
        catalog,
        root,
    })
}

/// Whether `reference` names a folder (else it is read as a git revision).
pub fn is_folder(reference: &str) -> bool {
    Path::new(reference).is_dir()
}

/// A folder holding an earlier copy of the catalog: its own tracklint.yaml says which paths,
/// else the whole folder is the catalog. Its own repository root confines what is read.
fn load_folder(folder: &Path, sources: &mut Sources) -> Result<Catalog> {
    let config_path = folder.join(CONFIG_FILE);
    let has_config = std::fs::metadata(&config_path).is_ok_and(|m| !m.is_dir());
    let (paths, exclude, repository) = if has_config {
        // Only the catalog paths are taken from the baseline's config; a broken one is still
        // an error worth stopping for.
        let mut scratch = Sources::new();
        let config = Config::load(&config_path, &mut scratch)?;
        let mut exclude: Vec<PathBuf> = config.policies.iter().map(|p| p.path.clone()).collect();
        exclude.push(config_path);
        (config.catalog, exclude, config.repository)
    } else {
        (
            vec![folder.to_path_buf()],
            Vec::new(),
            read::repository_root(folder),
        )
    };
    // The folder itself was named on the command line: links into it are fine too.
    let confine = std::iter::once(repository)
        .chain(std::fs::canonicalize(folder).ok())
        .collect();
    let options = LoadOptions {
        keep_json: false,
        exclude,
        confine,
    };
    catalog::load(&paths, &options, sources)
}

/// The catalog as it was at `reference`, read from git objects into memory.
fn load_revision(reference: &str, config: &Config, sources: &mut Sources) -> Result<Catalog> {
    let root = if config.root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.root.clone()
    };
    let git = Git::holding(&root).map_err(|_| {
        Error::Git(format!(
            "\"{reference}\" is not a folder, and {} is not inside a git repository to read a revision from",
            display_path(&root)
        ))
    })?;
    let repo = git.root.clone();
    let commit = git
        .text(&[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{reference}^{{commit}}"),
        ])
        .map_err(|_| {
            Error::Git(format!(
                "unknown revision \"{reference}\": not a folder, and not a commit in {}",
                repo.display()
            ))
        })?;
    if commit.is_empty() {
        return Err(Error::Git(format!("unknown revision \"{reference}\"")));
    }
    let canonical_repo = std::fs::canonicalize(&repo).unwrap_or(repo.clone());
    let pathspecs: Vec<String> = config
        .catalog
        .iter()
        .filter_map(|p| repo_relative(p, &canonical_repo))
        .collect();
    // The config and the policy files are not catalog files, at any revision.
    let excluded: Vec<String> = config
        .file
        .map(|f| sources.get(f).path.clone())
        .into_iter()
        .chain(config.policies.iter().map(|p| p.path.clone()))
        .filter_map(|p| repo_relative(&p, &canonical_repo))
        .collect();
    let files = list_files(&git, &commit, &pathspecs, &excluded)?;
    let inputs = read_files(&git, reference, files)?;
    Ok(catalog::load_inputs(
        &inputs,
        &LoadOptions::default(),
        sources,
    ))
}

/// One catalog file of a revision, as `git ls-tree -l` lists it.
struct TreeFile {
    /// The blob's object id (hex): the only thing ever sent back to git.
    object: String,
    size: u64,
    /// The path relative to the repository root, as raw bytes: any byte may be in it
    /// (newlines included), so it is only ever used as a name.
    path: Vec<u8>,
}

/// The YAML blobs under `pathspecs` at `commit`, with their ids and sizes.
fn list_files(
    git: &Git,
    commit: &str,
    pathspecs: &[String],
    excluded: &[String],
) -> Result<Vec<TreeFile>> {
    let mut args = vec!["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--"];
    args.extend(pathspecs.iter().map(String::as_str));
    let listing = git.run(&args)?;
    Ok(listing
        .split(|&b| b == 0)
        .filter_map(tree_file)
        .filter(|file| {
            let yaml = file.path.ends_with(b".yaml") || file.path.ends_with(b".yml");
            yaml && !excluded
                .iter()
                .any(|e| e.as_bytes() == file.path.as_slice())
        })
        .collect())
}

/// Parses one `ls-tree -l -z` entry: "<mode> <type> <object> <size>\t<path>". Regular files
/// only: symlinks (120000) and submodules are skipped.
fn tree_file(entry: &[u8]) -> Option<TreeFile> {
    let tab = entry.iter().position(|&b| b == b'\t')?;
    let meta = std::str::from_utf8(entry.get(..tab)?).ok()?;
    let path = entry.get(tab + 1..)?.to_vec();
    let mut fields = meta.split_ascii_whitespace();
    let (mode, kind, object, size) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let regular = matches!(mode, "100644" | "100755") && kind == "blob";
    let hex = !object.is_empty() && object.bytes().all(|b| b.is_ascii_hexdigit());
    let size = size.parse().ok()?;
    (regular && hex).then(|| TreeFile {
        object: object.to_owned(),
        size,
        path,
    })
}

/// Reads the listed blobs into memory; a blob over the per-file limit or past the catalog's
/// budget is not requested, and becomes a diagnostic or an unreadable file like one on disk.
fn read_files(git: &Git, reference: &str, files: Vec<TreeFile>) -> Result<Vec<Input>> {
    let budget = Budget::catalog();
    let refusals: Vec<Option<ReadError>> = files
        .iter()
        .map(|file| {
            if file.size > FILE_LIMIT {
                return Some(ReadError::TooLarge { limit: FILE_LIMIT });
            }
            budget.spend(file.size).err()
        })
        .collect();
    let wanted: Vec<(&str, u64)> = files
        .iter()
        .zip(&refusals)
        .filter(|(_, refusal)| refusal.is_none())
        .map(|(file, _)| (file.object.as_str(), file.size))
        .collect();
    let mut blobs = read_blobs(git, &wanted)?.into_iter();
    let inputs = files
        .into_iter()
        .zip(refusals)
        .map(|(file, refusal)| {
            let bytes = match refusal {
                Some(refusal) => Err(refusal),
                None => blobs.next().unwrap_or_else(|| {
                    Err(ReadError::Io(std::io::Error::other(
                        "missing from git's answer",
                    )))
                }),
            };
            Input::Memory {
                path: git.root.join(path_of(&file.path)),
                name: format!("{reference}:{}", String::from_utf8_lossy(&file.path)),
                bytes,
            }
        })
        .collect();
    Ok(inputs)
}

#[cfg(unix)]
fn path_of(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_of(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// `path` relative to the repository root, with `/` (None when outside it).
fn repo_relative(path: &Path, repo: &Path) -> Option<String> {
    let absolute = std::fs::canonicalize(path).ok().or_else(|| {
        let cwd = std::env::current_dir().ok()?;
        Some(crate::syntax::source::normalize(&cwd.join(path)))
    })?;
    let relative = absolute.strip_prefix(repo).ok()?;
    let text = relative.to_string_lossy().replace('\\', "/");
    Some(if text.is_empty() {
        ".".to_owned()
    } else {
        text
    })
}

/// The longest header line `git cat-file --batch` sends ("<id> <type> <size>").
const HEADER_LIMIT: u64 = 256;

/// Reads blobs by object id with one `git cat-file --batch`, streaming: each answer is a
/// header line, exactly `size` bytes, and a newline. `wanted` holds (id, listed size).
fn read_blobs(
    git: &Git,
    wanted: &[(&str, u64)],
) -> Result<Vec<std::result::Result<Vec<u8>, ReadError>>> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = git
        .command()
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Git(format!("cannot run git: {e}")))?;
    // One object id per line: ids are hex, so no request can carry a second one.
    let requests: String = wanted.iter().map(|(id, _)| format!("{id}\n")).collect();
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| Error::Git("cannot write to git cat-file".into()))?;
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let stderr = child
        .stderr
        .take()
        .map(|pipe| std::thread::spawn(move || drain(pipe)));
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| Error::Git("cannot read from git cat-file".into()))?;
    let mut reader = BufReader::new(stdout);
    let mut blobs = Vec::with_capacity(wanted.len());
    let mut failure = None;
    for &(id, size) in wanted {
        match read_answer(&mut reader, id, size) {
            Ok(blob) => blobs.push(blob),
            Err(message) => {
                failure = Some(message);
                break;
            }
        }
    }
    // Closing our end stops git should it still be answering.
    drop(reader);
    let _ = writer.join();
    let _ = child.wait();
    let complaint = stderr
        .and_then(|handle| handle.join().ok())
        .unwrap_or_default();
    match failure {
        None => Ok(blobs),
        Some(message) if complaint.trim().is_empty() => Err(Error::Git(message)),
        Some(message) => Err(Error::Git(format!("{message}: {}", complaint.trim()))),
    }
}

/// One answer of `cat-file --batch` for object `id`, listed with `size` bytes. A missing
/// object is that file's problem; a malformed answer ends the read.
fn read_answer(
    reader: &mut impl BufRead,
    id: &str,
    size: u64,
) -> std::result::Result<std::result::Result<Vec<u8>, ReadError>, String> {
    let mut header = Vec::new();
    reader
        .take(HEADER_LIMIT)
        .read_until(b'\n', &mut header)
        .map_err(|e| format!("reading git cat-file: {e}"))?;
    if header.pop() != Some(b'\n') {
        return Err("truncated or malformed git cat-file output".into());
    }
    let header = String::from_utf8_lossy(&header).into_owned();
    let mut fields = header.split(' ');
    if fields.next() != Some(id) {
        return Err(format!(
            "git cat-file answered \"{header}\" for object {id}"
        ));
    }
    match (fields.next(), fields.next()) {
        (Some("missing"), None) => {
            return Ok(Err(ReadError::Io(std::io::Error::other(format!(
                "git object {id} is missing from the repository"
            )))));
        }
        (Some("blob"), Some(answered)) if answered.parse() == Ok(size) => {}
        _ => return Err(format!("unexpected git cat-file header \"{header}\"")),
    }
    // `size` was listed by ls-tree and checked against the per-file limit before asking.
    let mut blob = Vec::with_capacity(size as usize);
    reader
        .take(size)
        .read_to_end(&mut blob)
        .map_err(|e| format!("reading git cat-file: {e}"))?;
    let mut newline = [0u8; 1];
    if blob.len() as u64 != size || reader.read_exact(&mut newline).is_err() || newline != *b"\n" {
        return Err("truncated git cat-file output".into());
    }
    Ok(Ok(blob))
}

/// What git said on stderr (its first 64 KiB), reading the rest so it never blocks.
fn drain(mut pipe: impl Read) -> String {
    let mut kept = Vec::new();
    let _ = (&mut pipe).take(64 * 1024).read_to_end(&mut kept);
    let _ = std::io::copy(&mut pipe, &mut std::io::sink());
    String::from_utf8_lossy(&kept).into_owned()
}
