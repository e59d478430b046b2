//! Earlier catalogs to compare against: a git revision of the catalog's repository (read with
//! `git`, never touching the work tree or index) or a folder (SPEC §4).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::catalog::{self, Catalog, Input, LoadOptions};
use crate::compare::git::{self, Git};
use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};
use crate::escape::visible;
use crate::syntax::read::{self, Budget, FILE_LIMIT, ReadError};
use crate::syntax::source::{Sources, display_path};

/// A loaded baseline and how to name it ("HEAD~1", "../release-1").
pub struct Baseline {
    pub label: String,
    pub catalog: Catalog,
    /// The folder its file paths are relative to (to match files with the head catalog).
    pub root: PathBuf,
    /// Its own `tracklint.yaml` as it was, read leniently (for `defaults.closed` and the
    /// config rows of the change list); None when it had none.
    pub config: Option<Config>,
}

/// Loads `reference`: a folder when one exists at that path, else a git revision of the
/// repository holding `config.root`. `paths` are the head's catalog paths (used when the
/// baseline has no config of its own).
pub fn load(reference: &str, config: &Config, sources: &mut Sources) -> Result<Baseline> {
    let path = Path::new(reference);
    let ((mut catalog, own_config), root) = if is_folder(reference) {
        (load_folder(path, sources)?, path.to_path_buf())
    } else {
        (
            load_revision(reference, config, sources)?,
            config.root.clone(),
        )
    };
    catalog.default_closed = own_config.as_ref().is_some_and(|c| c.default_closed);
    Ok(Baseline {
        label: reference.to_owned(),
        catalog,
        root,
        config: own_config,
    })
}

/// Whether `reference` names a folder (else it is read as a git revision).
pub fn is_folder(reference: &str) -> bool {
    Path::new(reference).is_dir()
}

/// A folder holding an earlier copy of the catalog: its own tracklint.yaml says which paths,
/// else the whole folder is the catalog. Its own repository root confines what is read.
fn load_folder(folder: &Path, sources: &mut Sources) -> Result<(Catalog, Option<Config>)> {
    let config_path = folder.join(CONFIG_FILE);
    let has_config = std::fs::metadata(&config_path).is_ok_and(|m| !m.is_dir());
    let (paths, exclude, repository, own) = if has_config {
        // The catalog paths and the model's defaults are taken from the baseline's config; a
        // broken one is still an error worth stopping for.
        let mut scratch = Sources::new();
        let config = Config::load(&config_path, &mut scratch)?;
        let mut exclude: Vec<PathBuf> = config.policies.iter().map(|p| p.path.clone()).collect();
        exclude.push(config_path);
        (
            config.catalog.clone(),
            exclude,
            config.repository.clone(),
            Some(config),
        )
    } else {
        (
            vec![folder.to_path_buf()],
            Vec::new(),
            read::repository_root(folder),
            None,
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
    Ok((catalog::load(&paths, &options, sources)?, own))
}

/// The commits that changed the catalog's files (its `catalog:` paths), newest first, at most
/// `limit`: where to look for an event's older versions (a plan's pin, SPEC §6).
pub fn catalog_commits(config: &Config, limit: usize) -> Result<Vec<String>> {
    let root = if config.root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.root.clone()
    };
    let git = Git::holding(&root)?;
    let canonical_repo = std::fs::canonicalize(&git.root).unwrap_or(git.root.clone());
    let pathspecs: Vec<String> = config
        .catalog
        .iter()
        .filter_map(|p| repo_relative(p, &canonical_repo))
        .collect();
    let count = format!("--max-count={limit}");
    let mut args = vec![
        "log",
        "--format=%H",
        count.as_str(),
        "--end-of-options",
        "HEAD",
        "--",
    ];
    args.extend(pathspecs.iter().map(String::as_str));
    Ok(git
        .text(&args)?
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

/// The catalog as it was at `reference`, read from git objects into memory.
fn load_revision(
    reference: &str,
    config: &Config,
    sources: &mut Sources,
) -> Result<(Catalog, Option<Config>)> {
    let root = if config.root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.root.clone()
    };
    // git's own reason is kept: "dubious ownership" (a CI container) is no missing repository.
    let git = Git::holding(&root).map_err(|error| {
        let reason = match error {
            Error::Git(reason) => reason,
            other => other.to_string(),
        };
        Error::Git(format!(
            "\"{reference}\" is not a folder, and git cannot read a repository at {} to read a revision from: {}",
            display_path(&root),
            git::one_line(&reason)
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
        .map_err(|_| unknown_revision(&git, reference))?;
    if commit.is_empty() {
        return Err(Error::Git(format!("unknown revision \"{reference}\"")));
    }
    let canonical_repo = std::fs::canonicalize(&repo).unwrap_or(repo.clone());
    // The config is read in the same pass (for its model defaults), but is no catalog file;
    // nor are the policy files, at any revision.
    let config_path = config.file.map(|f| sources.get(f).path.clone());
    let config_relative = config_path
        .as_ref()
        .and_then(|p| repo_relative(p, &canonical_repo));
    let pathspecs: Vec<String> = config
        .catalog
        .iter()
        .filter_map(|p| repo_relative(p, &canonical_repo))
        .chain(config_relative.clone())
        .collect();
    let excluded: Vec<String> = config
        .policies
        .iter()
        .filter_map(|p| repo_relative(&p.path, &canonical_repo))
        .collect();
    let revision = Revision {
        git: &git,
        reference,
        promisors: git.promisor_remotes(),
    };
    // Git before 2.44 fetches a partial clone's missing objects whenever one is read, even
    // for its size: list without sizes, and read only once every object is known present.
    let check_first = !revision.promisors.is_empty() && !git::honours_no_lazy_fetch();
    let mut files = list_files(&revision, &commit, &pathspecs, &excluded, !check_first)?;
    if check_first {
        check_present(&revision, &mut files)?;
    }
    let is_config = |file: &TreeFile| {
        config_relative
            .as_ref()
            .is_some_and(|c| c.as_bytes() == file.path.as_slice())
    };
    let config_file = files.iter().position(is_config).map(|at| files.remove(at));
    let had_config = config_file.is_some();
    // The config goes last, so it is the one taken off after reading.
    let mut inputs = read_files(&revision, files.into_iter().chain(config_file).collect())?;
    let own = match (had_config, config_path) {
        (true, Some(path)) => config_of(inputs.pop(), &path),
        _ => None,
    };
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), sources);
    Ok((catalog, own))
}

/// The config file as it was at the revision, read leniently (its problems are the head's
/// business); None when it did not exist there or could not be read.
fn config_of(input: Option<Input>, path: &Path) -> Option<Config> {
    let Some(Input::Memory {
        bytes: Ok(bytes), ..
    }) = input
    else {
        return None;
    };
    let text = String::from_utf8(bytes).ok()?;
    let mut scratch = Sources::new();
    let (old, _) = Config::from_text(path, text, &mut scratch);
    Some(old)
}

/// A revision being read: what the user called it, and the remotes that hold the objects a
/// partial clone lacks (none in a full clone).
struct Revision<'a> {
    git: &'a Git,
    reference: &'a str,
    promisors: Vec<String>,
}

impl Revision<'_> {
    /// The error for a listed file whose object cannot be read. It ends the run: a baseline
    /// that silently lacked the file would pass every change to it as new (fail closed).
    fn unreadable(&self, file: &TreeFile, problem: &str) -> Error {
        Error::Git(format!(
            "cannot read {} at {}: object {} {problem}; {}",
            visible(&String::from_utf8_lossy(&file.path)),
            self.reference,
            file.object,
            self.advice()
        ))
    }

    /// How to mend a repository that lacks objects.
    fn advice(&self) -> String {
        match self.promisors.first() {
            Some(remote) => format!(
                "this is a partial clone, and tracklint never fetches (a fetch may run programs the repository configures): fetch the missing objects with `git fetch --refetch --no-filter {remote}`, or use a full clone (no `--filter`), and run again"
            ),
            None => "the repository is damaged: `git fsck` names what is missing, and a fresh clone mends it".to_owned(),
        }
    }
}

/// Why `reference` names no commit. A shallow clone (a CI checkout fetches one commit by
/// default) lacks most revisions: that is said, with how to fetch the one asked for.
fn unknown_revision(git: &Git, reference: &str) -> Error {
    if !git.is_shallow() {
        return Error::Git(format!(
            "unknown revision \"{reference}\": not a folder, and not a commit in {}",
            git.root.display()
        ));
    }
    let whole = "fetch the whole history (`fetch-depth: 0` on actions/checkout, `git fetch --unshallow` here)";
    let remedy = match remote_branch(git, reference) {
        Some((remote, branch)) => format!(
            "fetch it with `git fetch --depth=1 {remote} {branch}:refs/remotes/{remote}/{branch}`, or {whole}"
        ),
        None => whole.to_owned(),
    };
    Error::Git(format!(
        "unknown revision \"{reference}\": this is a shallow clone, and the history it holds lacks \"{reference}\"; {remedy}, and run again"
    ))
}

/// `origin/main` as (`origin`, `main`) when `origin` is a remote of the repository.
fn remote_branch(git: &Git, reference: &str) -> Option<(String, String)> {
    let name = reference.strip_prefix("refs/remotes/").unwrap_or(reference);
    // Ancestry (`HEAD~1`), reflog (`@{1}`) and path (`:`) syntax name no branch to fetch.
    if name.contains(['~', '^', '@', ':', ' ']) {
        return None;
    }
    let (remote, branch) = name.split_once('/')?;
    git.remotes()
        .iter()
        .any(|r| r == remote)
        .then(|| (remote.to_owned(), branch.to_owned()))
}

/// One catalog file of a revision, as `git ls-tree -l` lists it.
struct TreeFile {
    /// The blob's object id (hex): the only thing ever sent back to git.
    object: String,
    /// None when git could not tell it ("BAD": the object is missing).
    size: Option<u64>,
    /// The path relative to the repository root, as raw bytes: any byte may be in it
    /// (newlines included), so it is only ever used as a name.
    path: Vec<u8>,
}

/// The YAML blobs under `pathspecs` at `commit`, with their ids, and their sizes when
/// `sizes` (which makes git read every blob's header).
fn list_files(
    revision: &Revision,
    commit: &str,
    pathspecs: &[String],
    excluded: &[String],
    sizes: bool,
) -> Result<Vec<TreeFile>> {
    let mut args = vec!["ls-tree", "-r", "-z", "--full-tree"];
    if sizes {
        args.push("-l");
    }
    args.extend([commit, "--"]);
    args.extend(pathspecs.iter().map(String::as_str));
    let listing = revision.git.run(&args).map_err(|error| match error {
        // A partial clone may lack the trees too (`--filter=tree:0`): say how to fetch them.
        Error::Git(reason) if !revision.promisors.is_empty() => Error::Git(format!(
            "cannot list the files of {}: {}; {}",
            revision.reference,
            git::one_line(&reason),
            revision.advice()
        )),
        other => other,
    })?;
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

/// Parses one `ls-tree -z` entry: "<mode> <type> <object> <size>\t<path>" (no size without
/// `-l`). Regular files
/// only: symlinks (120000) and submodules are skipped. A size git could not tell is kept as
/// None, never a reason to skip the file.
fn tree_file(entry: &[u8]) -> Option<TreeFile> {
    let tab = entry.iter().position(|&b| b == b'\t')?;
    let meta = std::str::from_utf8(entry.get(..tab)?).ok()?;
    let path = entry.get(tab + 1..)?.to_vec();
    let mut fields = meta.split_ascii_whitespace();
    let (mode, kind, object) = (fields.next()?, fields.next()?, fields.next()?);
    let regular = matches!(mode, "100644" | "100755") && kind == "blob";
    let hex = !object.is_empty() && object.bytes().all(|b| b.is_ascii_hexdigit());
    (regular && hex).then(|| TreeFile {
        object: object.to_owned(),
        size: fields.next().and_then(|size| size.parse().ok()),
        path,
    })
}

/// Reads the listed blobs into memory; a blob over the per-file limit or past the catalog's
/// budget is not requested, and becomes a diagnostic or an unreadable file like one on disk.
/// A blob git cannot read ends the run.
fn read_files(revision: &Revision, files: Vec<TreeFile>) -> Result<Vec<Input>> {
    let budget = Budget::catalog();
    let mut refusals = Vec::with_capacity(files.len());
    let mut wanted = Vec::new();
    for file in &files {
        let Some(size) = file.size else {
            return Err(revision.unreadable(file, "has no size git can tell: it is missing"));
        };
        let refusal = if size > FILE_LIMIT {
            Some(ReadError::TooLarge { limit: FILE_LIMIT })
        } else {
            budget.spend(size).err()
        };
        if refusal.is_none() {
            wanted.push((file, size));
        }
        refusals.push(refusal);
    }
    let mut blobs = read_blobs(revision, &wanted)?.into_iter();
    let inputs = files
        .iter()
        .zip(refusals)
        .map(|(file, refusal)| {
            let bytes = match refusal {
                Some(refusal) => Err(refusal),
                None => blobs.next().ok_or_else(|| {
                    ReadError::Io(std::io::Error::other("missing from git's answer"))
                }),
            };
            Input::Memory {
                path: revision.git.root.join(path_of(&file.path)),
                name: format!(
                    "{}:{}",
                    revision.reference,
                    String::from_utf8_lossy(&file.path)
                ),
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

/// A running `git cat-file --batch*`, fed object ids while its answers are read.
struct CatFile {
    child: std::process::Child,
    writer: std::thread::JoinHandle<std::io::Result<()>>,
    stderr: Option<std::thread::JoinHandle<String>>,
    answers: BufReader<std::process::ChildStdout>,
}

impl CatFile {
    /// Starts `git cat-file <mode>` and feeds it `ids` from a thread, so a long list never
    /// blocks on answers not yet read.
    fn start<'a>(git: &Git, mode: &str, ids: impl Iterator<Item = &'a str>) -> Result<CatFile> {
        let mut child = git
            .command()
            .args(["cat-file", mode])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Error::Git(format!("cannot run git: {e}")))?;
        // One object id per line: ids are hex, so no request can carry a second one.
        let requests: String = ids.map(|id| format!("{id}\n")).collect();
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
        Ok(CatFile {
            child,
            writer,
            stderr,
            answers: BufReader::new(stdout),
        })
    }

    /// Stops git (closing our end ends it should it still be answering) and returns what it
    /// said on stderr.
    fn finish(mut self) -> String {
        drop(self.answers);
        let _ = self.writer.join();
        let _ = self.child.wait();
        self.stderr
            .and_then(|handle| handle.join().ok())
            .unwrap_or_default()
    }
}

/// Why an answer of `cat-file` gave no blob.
#[derive(Debug, PartialEq, Eq)]
enum Unanswered {
    /// The object cannot be read (missing, another size or type than listed): named with its
    /// file.
    Object(String),
    /// git's output broke off or makes no sense.
    Stream(String),
}

/// Reads blobs with one `git cat-file --batch`, streaming: each answer is a header line,
/// exactly `size` bytes, and a newline. `wanted` holds each file with its listed size.
fn read_blobs(revision: &Revision, wanted: &[(&TreeFile, u64)]) -> Result<Vec<Vec<u8>>> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let mut batch = CatFile::start(
        revision.git,
        "--batch",
        wanted.iter().map(|(file, _)| file.object.as_str()),
    )?;
    let mut blobs = Vec::with_capacity(wanted.len());
    let mut stop = None;
    for &(file, size) in wanted {
        match read_answer(&mut batch.answers, &file.object, size) {
            Ok(blob) => blobs.push(blob),
            Err(why) => {
                stop = Some((file, why));
                break;
            }
        }
    }
    let complaint = batch.finish();
    match stop {
        None => Ok(blobs),
        Some((file, Unanswered::Object(problem))) => Err(revision.unreadable(file, &problem)),
        Some((_, Unanswered::Stream(message))) => {
            Err(Error::Git(format!("{message}{}", said(&complaint))))
        }
    }
}

/// Asks `git cat-file --batch-check` for every listed object, and fills in its size; the
/// first one missing ends the run before any is read. On git before 2.44 asking may start a
/// fetch, which fails before it connects (no transport is allowed): that too ends the run.
fn check_present(revision: &Revision, files: &mut [TreeFile]) -> Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let mut check = CatFile::start(
        revision.git,
        "--batch-check",
        files.iter().map(|file| file.object.as_str()),
    )?;
    let mut stop = None;
    for (index, file) in files.iter_mut().enumerate() {
        match read_header(&mut check.answers, &file.object).and_then(|fields| blob_size(&fields)) {
            Ok(size) => file.size = Some(size),
            Err(why) => {
                stop = Some((index, why));
                break;
            }
        }
    }
    let complaint = check.finish();
    match stop {
        None => Ok(()),
        Some((index, Unanswered::Object(problem))) => {
            Err(revision.unreadable(&files[index], &problem))
        }
        Some((_, Unanswered::Stream(message))) => Err(Error::Git(format!(
            "cannot tell whether {} is complete in this partial clone: {message}{}; {}",
            revision.reference,
            said(&complaint),
            revision.advice()
        ))),
    }
}

/// What git said on stderr, on one line, as the end of a message ("" when nothing).
fn said(complaint: &str) -> String {
    let line = git::one_line(complaint);
    if line.is_empty() {
        return String::new();
    }
    format!("; git said: {line}")
}

/// Reads one header line of `cat-file` (at most [`HEADER_LIMIT`] bytes) for object `id`, and
/// returns its fields after the id.
fn read_header(reader: &mut impl BufRead, id: &str) -> Result<String, Unanswered> {
    let mut header = Vec::new();
    reader
        .take(HEADER_LIMIT)
        .read_until(b'\n', &mut header)
        .map_err(|e| Unanswered::Stream(format!("reading git cat-file: {e}")))?;
    if header.pop() != Some(b'\n') {
        return Err(Unanswered::Stream(
            "truncated or malformed git cat-file output".into(),
        ));
    }
    let header = String::from_utf8_lossy(&header).into_owned();
    match header.split_once(' ') {
        Some((answered, rest)) if answered == id => Ok(rest.to_owned()),
        _ => Err(Unanswered::Stream(format!(
            "git cat-file answered \"{header}\" for object {id}"
        ))),
    }
}

/// The size in a header's fields ("blob 123"), or why it is not the blob that was listed.
fn blob_size(fields: &str) -> Result<u64, Unanswered> {
    match fields.split_once(' ') {
        Some(("blob", size)) => size
            .parse()
            .map_err(|_| Unanswered::Stream(format!("git cat-file gave the size \"{size}\""))),
        _ if fields == "missing" => {
            Err(Unanswered::Object("is missing from the repository".into()))
        }
        _ => Err(Unanswered::Object(format!(
            "is not a blob (git answered \"{fields}\")"
        ))),
    }
}

/// One answer of `cat-file --batch` for object `id`, listed with `size` bytes.
fn read_answer(reader: &mut impl BufRead, id: &str, size: u64) -> Result<Vec<u8>, Unanswered> {
    let answered = blob_size(&read_header(reader, id)?)?;
    if answered != size {
        return Err(Unanswered::Object(format!(
            "is {answered} bytes, but git listed it with {size}"
        )));
    }
    // `size` was listed by ls-tree and checked against the per-file limit before asking.
    let mut blob = Vec::with_capacity(size as usize);
    reader
        .take(size)
        .read_to_end(&mut blob)
        .map_err(|e| Unanswered::Stream(format!("reading git cat-file: {e}")))?;
    let mut newline = [0u8; 1];
    if blob.len() as u64 != size || reader.read_exact(&mut newline).is_err() || newline != *b"\n" {
        return Err(Unanswered::Stream("truncated git cat-file output".into()));
    }
    Ok(blob)
}

/// What git said on stderr (its first 64 KiB), reading the rest so it never blocks.
fn drain(mut pipe: impl Read) -> String {
    let mut kept = Vec::new();
    let _ = (&mut pipe).take(64 * 1024).read_to_end(&mut kept);
    let _ = std::io::copy(&mut pipe, &mut std::io::sink());
    String::from_utf8_lossy(&kept).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "bb64549744c3e775263a6e435d46be330e55f28a";

    fn answer(text: &str, size: u64) -> Result<Vec<u8>, Unanswered> {
        read_answer(&mut std::io::Cursor::new(text.as_bytes()), ID, size)
    }

    #[test]
    fn a_listed_blob_is_read_whole() {
        assert_eq!(
            answer(&format!("{ID} blob 3\nabc\n"), 3),
            Ok(b"abc".to_vec())
        );
    }

    #[test]
    fn a_missing_blob_is_the_objects_problem() {
        assert_eq!(
            answer(&format!("{ID} missing\n"), 3),
            Err(Unanswered::Object("is missing from the repository".into()))
        );
    }

    #[test]
    fn another_size_than_listed_is_never_read() {
        assert_eq!(
            answer(&format!("{ID} blob 5\nabcde\n"), 3),
            Err(Unanswered::Object(
                "is 5 bytes, but git listed it with 3".into()
            ))
        );
        assert!(matches!(
            answer(&format!("{ID} blob many\n"), 3),
            Err(Unanswered::Stream(_))
        ));
        assert!(matches!(
            answer(&format!("{ID} tree 3\nabc\n"), 3),
            Err(Unanswered::Object(_))
        ));
    }

    #[test]
    fn an_answer_for_another_object_or_cut_short_ends_the_read() {
        assert!(matches!(
            answer("0000 blob 3\nabc\n", 3),
            Err(Unanswered::Stream(_))
        ));
        assert!(matches!(
            answer(&format!("{ID} blob 3\nab"), 3),
            Err(Unanswered::Stream(_))
        ));
    }

    #[test]
    fn a_size_git_could_not_tell_keeps_the_file() {
        let entry = format!("100644 blob {ID}     BAD\tdictionary/events.yaml");
        let file = tree_file(entry.as_bytes()).expect("a regular file");
        assert_eq!(file.size, None);
        assert_eq!(file.path, b"dictionary/events.yaml");
        let entry = format!("120000 blob {ID}      12\tdictionary/link.yaml");
        assert!(tree_file(entry.as_bytes()).is_none(), "links are skipped");
    }
}
