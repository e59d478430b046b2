//! Earlier catalogs to compare against: a git revision of the catalog's repository (read with
//! `git`, never touching the work tree or index) or a folder (SPEC §4).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::catalog::{self, Catalog, Input, LoadOptions};
use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};
use crate::syntax::source::Sources;

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
    let (catalog, root) = if path.is_dir() {
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

/// A folder holding an earlier copy of the catalog: its own tracklint.yaml says which paths,
/// else the whole folder is the catalog.
fn load_folder(folder: &Path, sources: &mut Sources) -> Result<Catalog> {
    let config_path = folder.join(CONFIG_FILE);
    let (paths, exclude) = if config_path.is_file() {
        // Only the catalog paths are taken from the baseline's config; a broken one is still
        // an error worth stopping for.
        let mut scratch = Sources::new();
        let config = Config::load(&config_path, &mut scratch)?;
        let mut exclude: Vec<PathBuf> = config.policies.iter().map(|p| p.path.clone()).collect();
        exclude.push(config_path);
        (config.catalog, exclude)
    } else {
        (vec![folder.to_path_buf()], Vec::new())
    };
    let options = LoadOptions {
        keep_json: false,
        exclude,
    };
    catalog::load(&paths, &options, sources)
}

fn git(repo: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            Error::Git(format!(
                "cannot run git: {e}; install git or compare against a folder"
            ))
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Git(stderr.trim().to_owned()));
    }
    Ok(output.stdout)
}

fn git_text(repo: &Path, args: &[&str]) -> Result<String> {
    Ok(String::from_utf8_lossy(&git(repo, args)?).trim().to_owned())
}

/// The catalog as it was at `reference`, read from git objects into memory.
fn load_revision(reference: &str, config: &Config, sources: &mut Sources) -> Result<Catalog> {
    let root = if config.root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.root.clone()
    };
    let toplevel = git_text(&root, &["rev-parse", "--show-toplevel"]).map_err(|_| {
        Error::Git(format!(
            "\"{reference}\" is not a folder, and {} is not inside a git repository to read a revision from",
            crate::syntax::source::display_path(&root)
        ))
    })?;
    let repo = PathBuf::from(toplevel);
    let commit = git_text(
        &repo,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{reference}^{{commit}}"),
        ],
    )
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
    let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit.as_str(), "--"];
    args.extend(pathspecs.iter().map(String::as_str));
    let listing = git(&repo, &args)?;
    // The config and the policy files are not catalog files, at any revision.
    let excluded: Vec<String> = config
        .file
        .map(|f| sources.get(f).path.clone())
        .into_iter()
        .chain(config.policies.iter().map(|p| p.path.clone()))
        .filter_map(|p| repo_relative(&p, &canonical_repo))
        .collect();
    let files: Vec<String> = listing
        .split(|&b| b == 0)
        .filter_map(|entry| {
            let entry = std::str::from_utf8(entry).ok()?;
            let (meta, path) = entry.split_once('\t')?;
            // Regular files only: symlinks (120000) and submodules are skipped.
            let regular = meta.starts_with("100644 blob") || meta.starts_with("100755 blob");
            let yaml = path.ends_with(".yaml") || path.ends_with(".yml");
            (regular && yaml && !excluded.iter().any(|e| e == path)).then(|| path.to_owned())
        })
        .collect();
    let blobs = read_blobs(&repo, &commit, &files)?;
    let inputs: Vec<Input> = files
        .iter()
        .zip(blobs)
        .map(|(path, bytes)| Input::Memory {
            path: repo.join(path),
            name: format!("{reference}:{path}"),
            bytes,
        })
        .collect();
    let options = LoadOptions::default();
    Ok(catalog::load_inputs(&inputs, &options, sources))
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

/// Reads many blobs with one `git cat-file --batch`.
fn read_blobs(repo: &Path, commit: &str, files: &[String]) -> Result<Vec<Vec<u8>>> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Git(format!("cannot run git: {e}")))?;
    let requests: String = files.iter().map(|f| format!("{commit}:{f}\n")).collect();
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| Error::Git("cannot write to git cat-file".into()))?;
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let mut output = Vec::new();
    child
        .stdout
        .take()
        .ok_or_else(|| Error::Git("cannot read from git cat-file".into()))?
        .read_to_end(&mut output)
        .map_err(|e| Error::Git(format!("reading git cat-file: {e}")))?;
    let _ = writer.join();
    let _ = child.wait();
    parse_batch(&output, files.len())
}

/// Splits `git cat-file --batch` output: "<sha> <type> <size>\n<content>\n" per object.
fn parse_batch(mut output: &[u8], count: usize) -> Result<Vec<Vec<u8>>> {
    let mut blobs = Vec::with_capacity(count);
    for _ in 0..count {
        let newline = output
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| Error::Git("truncated git cat-file output".into()))?;
        let header = String::from_utf8_lossy(&output[..newline]).into_owned();
        output = &output[newline + 1..];
        if header.ends_with(" missing") {
            blobs.push(Vec::new());
            continue;
        }
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Git(format!("unexpected git cat-file header \"{header}\"")))?;
        if output.len() < size {
            return Err(Error::Git("truncated git cat-file output".into()));
        }
        blobs.push(output[..size].to_vec());
        output = output.get(size + 1..).unwrap_or(&[]);
    }
    Ok(blobs)
}
