//! The git half of hostile-input round 2: repositories whose config names programs (a partial
//! clone's `uploadpack`, `ext::` URLs, an fsmonitor hook), baselines with missing objects
//! (deleted blobs, blobless clones), shallow clones. Each case runs the real binary on a real
//! repository and asserts the exit code, what is named on stderr, and that no program ran.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::git;
use common::{run_limited, scratch, write};

const MEMORY_MB: u64 = 512;
const SECONDS: u64 = 20;

fn git_output(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .expect("run git");
    assert!(output.status.success(), "git {args:?} in {}", dir.display());
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn commit_all(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", message]);
}

fn run(dir: &Path, args: &[&str]) -> common::Outcome {
    run_limited(dir, args, MEMORY_MB, SECONDS, None)
}

fn assert_stderr(outcome: &common::Outcome, needle: &str, what: &str) {
    assert!(
        outcome.stderr.contains(needle),
        "{what}: stderr lacks {needle:?}\n{}",
        common::excerpt(&outcome.stderr)
    );
}

/// A clean catalog at `dir` (created), committed as the first commit of its own repository.
fn repository_at(dir: &Path) -> PathBuf {
    let status = Command::new(common::binary())
        .arg("init")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run tracklint init");
    assert!(status.success(), "init {}", dir.display());
    git(dir, &["init", "-q"]);
    // The upstream of a partial clone must agree to filter.
    git(dir, &["config", "uploadpack.allowFilter", "true"]);
    commit_all(dir, "release 1");
    dir.to_path_buf()
}

/// A scratch folder `name` holding a committed catalog, `upstream`.
fn upstream(name: &str) -> (PathBuf, PathBuf) {
    let root = scratch("hostile-git", name);
    let upstream = repository_at(&root.join("upstream"));
    (root, upstream)
}

/// `revenue` is a number in the starter catalog: a string is a breaking change.
fn change_revenue_type(dir: &Path) {
    let path = dir.join("dictionary/events.yaml");
    let text = std::fs::read_to_string(&path).expect("read events");
    let changed = text.replacen(
        "  revenue:\n    type: number\n    minimum: 0\n",
        "  revenue:\n    type: string\n",
        1,
    );
    assert_ne!(text, changed, "the starter catalog has revenue: number");
    std::fs::write(path, changed).expect("write events");
}

/// A shell script at `path` that leaves `marker` when run, then runs `then` with its arguments.
fn marker_script(path: &Path, marker: &Path, then: &str) {
    write(
        path.parent().expect("folder"),
        path.file_name()
            .and_then(|n| n.to_str())
            .expect("file name"),
        format!("#!/bin/sh\n: > '{}'\n{then}\n", marker.display()),
    );
    set_executable(path);
}

#[cfg(unix)]
fn set_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// A blobless clone of `upstream` (`--filter=blob:none --no-checkout`: no blob is present)
/// whose work tree holds the upstream's catalog files, copied outside git.
fn blobless_clone(upstream: &Path, into: &Path) {
    partial_clone(upstream, into, "blob:none");
}

/// A partial clone of `upstream` with `filter`, not checked out, whose work tree holds the
/// upstream's catalog files, copied outside git.
fn partial_clone(upstream: &Path, into: &Path, filter: &str) {
    let status = Command::new("git")
        .args(["clone", "-q", "--no-checkout"])
        .arg(format!("--filter={filter}"))
        .arg(format!("file://{}", upstream.display()))
        .arg(into)
        .status()
        .expect("run git clone");
    assert!(status.success(), "clone {}", upstream.display());
    for entry in ["tracklint.yaml", "dictionary", "plans"] {
        let from = upstream.join(entry);
        if from.is_dir() {
            common::copy_dir(&from, &into.join(entry));
        } else {
            std::fs::copy(&from, into.join(entry)).expect("copy config");
        }
    }
}

/// The blob id of `path` at `revision`.
fn blob_id(dir: &Path, revision: &str, path: &str) -> String {
    git_output(dir, &["rev-parse", &format!("{revision}:{path}")])
}

/// Whether `id` is present in `dir`'s object store, asked without ever fetching.
fn present(dir: &Path, id: &str) -> bool {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "-e", id])
        .env("GIT_NO_LAZY_FETCH", "1")
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs every command that reads a baseline against `origin/main` in `clone`, and asserts
/// `marker` (left by a program the repository configures) never appears.
fn assert_no_program_runs(clone: &Path, marker: &Path) {
    for args in [
        &["check", "--against", "origin/main"][..],
        &["diff", "origin/main"][..],
        &["review", "--against", "origin/main"][..],
    ] {
        let outcome = run(clone, args);
        outcome.assert_exit(&[0, 1, 2], &args.join(" "));
        assert!(
            !marker.exists(),
            "{}: a program the repository configures ran\n{}",
            args.join(" "),
            outcome.stderr
        );
    }
}

/// The control: plain git, asked for a missing blob of `clone`, runs what the repository
/// configures (so the clone is one that fetches on read, and the marker can appear).
fn assert_plain_git_runs_it(clone: &Path, marker: &Path) {
    let events = blob_id(clone, "origin/main", "dictionary/events.yaml");
    assert!(!present(clone, &events), "the blob is missing before");
    let _ = Command::new("git")
        .arg("-C")
        .arg(clone)
        .args(["cat-file", "-p", &events])
        .output();
    assert!(marker.exists(), "the control: git's lazy fetch runs it");
}

#[test]
fn a_partial_clone_never_runs_the_configured_uploadpack() {
    let (root, upstream) = upstream("uploadpack");
    let clone = root.join("clone");
    blobless_clone(&upstream, &clone);
    change_revenue_type(&clone);
    let marker = root.join("uploadpack-ran");
    let script = root.join("uploadpack.sh");
    marker_script(&script, &marker, "exec git-upload-pack \"$@\"");
    git(
        &clone,
        &[
            "config",
            "remote.origin.uploadpack",
            &script.to_string_lossy(),
        ],
    );
    assert_no_program_runs(&clone, &marker);
    assert_plain_git_runs_it(&clone, &marker);
}

#[test]
fn a_partial_clone_never_runs_an_ext_url_or_the_ssh_command() {
    let (root, upstream) = upstream("transports");
    let marker = root.join("transport-ran");
    let script = root.join("transport.sh");
    marker_script(&script, &marker, "exit 1");
    let url_ext = format!("ext::{}", script.display());
    let cases: [(&str, &[(&str, &str)]); 2] = [
        // A command as the remote's URL, allowed by the repository's own config.
        (
            "ext",
            &[
                ("remote.origin.url", url_ext.as_str()),
                ("protocol.ext.allow", "always"),
            ],
        ),
        (
            "ssh",
            &[
                ("remote.origin.url", "ssh://git.example.invalid/repo.git"),
                ("core.sshCommand", &script.to_string_lossy()),
            ],
        ),
    ];
    for (name, settings) in cases {
        let clone = root.join(format!("clone-{name}"));
        blobless_clone(&upstream, &clone);
        for (key, value) in settings {
            git(&clone, &["config", key, value]);
        }
        assert_no_program_runs(&clone, &marker);
        assert_plain_git_runs_it(&clone, &marker);
        std::fs::remove_file(&marker).expect("remove marker");
    }
}

/// Deletes the loose object `id` from `dir`'s object store (fresh commits are loose).
fn delete_object(dir: &Path, id: &str) {
    let path = dir.join(".git/objects").join(&id[..2]).join(&id[2..]);
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
    assert!(!present(dir, id), "{id} is gone");
}

/// Asserts every command that reads the baseline `reference` in `dir` ends with exit 2,
/// naming the object and the file (and `advice`), and that no change list is printed: in
/// particular nothing is reported as added.
fn assert_fails_closed(dir: &Path, reference: &str, object: &str, advice: &[&str]) {
    for args in [
        &["check", "--against", reference][..],
        &["check", "--against", reference, "--format", "json"][..],
        &["diff", reference][..],
        &["diff", reference, "--format", "json"][..],
        &["review", "--against", reference][..],
    ] {
        let what = args.join(" ");
        let outcome = run(dir, args);
        outcome.assert_exit(&[2], &what);
        assert_stderr(
            &outcome,
            &format!("cannot read dictionary/events.yaml at {reference}: object {object}"),
            &what,
        );
        for needle in advice {
            assert_stderr(&outcome, needle, &what);
        }
        assert_eq!(outcome.stdout, "", "{what}: no output from half a baseline");
        outcome.assert_absent("added", &what);
    }
}

#[test]
fn a_baseline_blob_deleted_from_the_repository_fails_closed() {
    let (_, dir) = upstream("deleted-blob");
    let events = blob_id(&dir, "HEAD", "dictionary/events.yaml");
    change_revenue_type(&dir);
    delete_object(&dir, &events);
    assert_fails_closed(&dir, "HEAD", &events, &["git fsck"]);
}

#[test]
fn a_blobless_clone_fails_closed_and_says_how_to_fetch() {
    let (root, upstream) = upstream("blobless");
    let clone = root.join("clone");
    blobless_clone(&upstream, &clone);
    change_revenue_type(&clone);
    let events = blob_id(&clone, "origin/main", "dictionary/events.yaml");
    assert_fails_closed(
        &clone,
        "origin/main",
        &events,
        &[
            "this is a partial clone",
            "git fetch --refetch --no-filter origin",
            "full clone",
        ],
    );
    // The advice works: after it, the type change is found against the baseline.
    git(
        &clone,
        &["fetch", "-q", "--refetch", "--no-filter", "origin"],
    );
    let outcome = run(&clone, &["check", "--against", "origin/main"]);
    outcome.assert_exit(&[1], "after the fetch");
    assert!(
        outcome.stdout.contains("versioning/type-changed"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn a_treeless_clone_fails_closed_and_says_how_to_fetch() {
    let (root, upstream) = upstream("treeless");
    let clone = root.join("clone");
    partial_clone(&upstream, &clone, "tree:0");
    let outcome = run(&clone, &["diff", "origin/main"]);
    outcome.assert_exit(&[2], "treeless clone");
    for needle in [
        "cannot list the files of origin/main",
        "this is a partial clone",
        "git fetch --refetch --no-filter origin",
    ] {
        assert_stderr(&outcome, needle, "treeless clone");
    }
    assert_eq!(outcome.stdout, "", "no change list");
}

#[test]
fn a_partial_clone_configured_by_extensions_partial_clone_fails_closed() {
    // The older way of marking a partial clone: `extensions.partialClone`, no promisor flag.
    let (_, dir) = upstream("extensions-partial-clone");
    let events = blob_id(&dir, "HEAD", "dictionary/events.yaml");
    change_revenue_type(&dir);
    git(&dir, &["config", "core.repositoryformatversion", "1"]);
    git(&dir, &["config", "extensions.partialClone", "upstream"]);
    git(
        &dir,
        &[
            "remote",
            "add",
            "upstream",
            "https://git.example.invalid/r.git",
        ],
    );
    delete_object(&dir, &events);
    assert_fails_closed(
        &dir,
        "HEAD",
        &events,
        &[
            "this is a partial clone",
            "git fetch --refetch --no-filter upstream",
        ],
    );
}

/// A folder holding a stand-in `git` that claims to be 2.43 (before `GIT_NO_LAZY_FETCH`),
/// behaves like such a git (it drops that variable, so reading a missing object starts a
/// fetch), logs every call to `log`, and runs the real git; the `PATH` to run tracklint with.
fn old_git(root: &Path, log: &Path) -> std::ffi::OsString {
    let real = String::from_utf8(
        Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .expect("find git")
            .stdout,
    )
    .expect("git's path");
    let bin = root.join("old-git-bin");
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\ncase \"$*\" in *version) echo 'git version 2.43.0'; exit 0;; esac\nunset GIT_NO_LAZY_FETCH\nexec '{}' \"$@\"\n",
        log.display(),
        real.trim()
    );
    write(&bin, "git", script);
    set_executable(&bin.join("git"));
    let mut path = bin.into_os_string();
    path.push(":");
    path.push(std::env::var_os("PATH").unwrap_or_default());
    path
}

/// The `cat-file` modes tracklint ran, in order, from a stand-in git's log.
fn cat_file_modes(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            line.split_once("cat-file ")
                .map(|(_, mode)| mode.to_owned())
        })
        .collect()
}

#[test]
fn before_git_2_44_a_partial_clone_is_read_only_when_every_object_is_present() {
    let (root, upstream) = upstream("old-git");
    let clone = root.join("clone");
    blobless_clone(&upstream, &clone);
    change_revenue_type(&clone);
    let marker = root.join("uploadpack-ran");
    let script = root.join("uploadpack.sh");
    marker_script(&script, &marker, "exec git-upload-pack \"$@\"");
    git(
        &clone,
        &[
            "config",
            "remote.origin.uploadpack",
            &script.to_string_lossy(),
        ],
    );
    let log = root.join("git.log");
    let path = old_git(&root, &log);
    let run_old = |args: &[&str]| {
        common::run_limited_env(
            &clone,
            args,
            &[("PATH", path.as_os_str())],
            MEMORY_MB,
            SECONDS,
            None,
        )
    };
    let outcome = run_old(&["check", "--against", "origin/main"]);
    outcome.assert_exit(&[2], "old git, blobs missing");
    assert!(!marker.exists(), "the repository's uploadpack ran");
    assert_stderr(
        &outcome,
        "cannot tell whether origin/main is complete in this partial clone",
        "old git, blobs missing",
    );
    assert_stderr(
        &outcome,
        "git fetch --refetch --no-filter origin",
        "old git, blobs missing",
    );
    assert_eq!(
        cat_file_modes(&log),
        vec!["--batch-check"],
        "only the check ran, never a read"
    );
    // With every object present the check passes, and the baseline is read after it.
    git(
        &clone,
        &["fetch", "-q", "--refetch", "--no-filter", "origin"],
    );
    std::fs::remove_file(&marker).expect("the fetch ran uploadpack");
    std::fs::remove_file(&log).expect("remove log");
    let outcome = run_old(&["check", "--against", "origin/main"]);
    outcome.assert_exit(&[1], "old git, blobs present");
    assert!(
        outcome.stdout.contains("versioning/type-changed"),
        "{}",
        outcome.stdout
    );
    assert_eq!(cat_file_modes(&log), vec!["--batch-check", "--batch"]);
    assert!(!marker.exists(), "the repository's uploadpack ran");
}

#[test]
fn a_shallow_clone_says_so_and_how_to_fetch_the_baseline() {
    let (root, upstream) = upstream("depth-one");
    // A second commit on main, and a pull request's branch: what CI checks out.
    write(&upstream, "dictionary/extra.yaml", "events: {}\n");
    commit_all(&upstream, "release 2");
    git(&upstream, &["checkout", "-qb", "feature"]);
    change_revenue_type(&upstream);
    commit_all(&upstream, "a breaking change");
    let clone = root.join("clone");
    let status = Command::new("git")
        .args(["clone", "-q", "--depth", "1", "--branch", "feature"])
        .arg(format!("file://{}", upstream.display()))
        .arg(&clone)
        .status()
        .expect("run git clone");
    assert!(status.success(), "shallow clone");

    let outcome = run(&clone, &["check", "--against", "origin/main"]);
    outcome.assert_exit(&[2], "origin/main");
    for needle in [
        "unknown revision \"origin/main\": this is a shallow clone",
        "git fetch --depth=1 origin main:refs/remotes/origin/main",
        "fetch-depth: 0",
        "git fetch --unshallow",
    ] {
        assert_stderr(&outcome, needle, "origin/main");
    }
    let outcome = run(&clone, &["diff", "HEAD~1"]);
    outcome.assert_exit(&[2], "HEAD~1");
    assert_stderr(
        &outcome,
        "unknown revision \"HEAD~1\": this is a shallow clone",
        "HEAD~1",
    );
    assert_stderr(&outcome, "fetch-depth: 0", "HEAD~1");
    outcome.assert_absent("--depth=1", "HEAD~1: no branch to fetch");

    // The remedy works: the baseline is then found, and so is the breaking change.
    git(
        &clone,
        &[
            "fetch",
            "-q",
            "--depth=1",
            "origin",
            "main:refs/remotes/origin/main",
        ],
    );
    let outcome = run(&clone, &["check", "--against", "origin/main"]);
    outcome.assert_exit(&[1], "after the fetch");
    assert!(
        outcome.stdout.contains("versioning/type-changed"),
        "{}",
        outcome.stdout
    );

    // A full repository does not talk about shallow clones.
    let outcome = run(&upstream, &["check", "--against", "no-such-branch"]);
    outcome.assert_exit(&[2], "full repository");
    assert_stderr(
        &outcome,
        "unknown revision \"no-such-branch\": not a folder, and not a commit",
        "full repository",
    );
    outcome.assert_absent("shallow clone", "full repository");
}

#[test]
fn a_replace_ref_cannot_swap_a_baseline_file() {
    let (_, dir) = upstream("replace-ref");
    let events = blob_id(&dir, "HEAD", "dictionary/events.yaml");
    change_revenue_type(&dir);
    // The changed file, written as a blob that replaces the committed one: read through the
    // replace ref, the baseline already has the breaking change.
    let changed = git_output(&dir, &["hash-object", "-w", "dictionary/events.yaml"]);
    git(&dir, &["replace", &events, &changed]);
    assert_eq!(
        git_output(&dir, &["cat-file", "-p", "HEAD:dictionary/events.yaml"]),
        std::fs::read_to_string(dir.join("dictionary/events.yaml"))
            .expect("read events")
            .trim(),
        "the control: git reads the replacement"
    );
    let outcome = run(&dir, &["check", "--against", "HEAD"]);
    outcome.assert_exit(&[1], "check --against HEAD");
    assert!(
        outcome.stdout.contains("versioning/type-changed"),
        "{}",
        outcome.stdout
    );
}

/// Whether the tests run as root (who can hand a repository to another user).
fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn git_says_why_it_cannot_read_the_repository() {
    // No repository at all: git is told not to look above the catalog.
    let root = scratch("hostile-git", "no-repository");
    let dir = root.join("catalog");
    let status = Command::new(common::binary())
        .arg("init")
        .arg(&dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run tracklint init");
    assert!(status.success());
    let outcome = common::run_limited_env(
        &dir,
        &["check", "--against", "HEAD"],
        &[("GIT_CEILING_DIRECTORIES", root.as_os_str())],
        MEMORY_MB,
        SECONDS,
        None,
    );
    outcome.assert_exit(&[2], "no repository");
    assert_stderr(
        &outcome,
        "\"HEAD\" is not a folder, and git cannot read a repository at",
        "no repository",
    );
    assert_stderr(&outcome, "not a git repository", "no repository");

    // A repository another user owns (a CI container): git refuses it, and says why.
    if !running_as_root() {
        return;
    }
    let (_, dir) = upstream("dubious-ownership");
    let status = Command::new("chown")
        .args(["-R", "12345:12345"])
        .arg(&dir)
        .status()
        .expect("run chown");
    assert!(status.success(), "chown {}", dir.display());
    let outcome = run(&dir, &["check", "--against", "HEAD"]);
    outcome.assert_exit(&[2], "dubious ownership");
    assert_stderr(&outcome, "dubious ownership", "dubious ownership");
    assert_stderr(&outcome, "safe.directory", "dubious ownership");
}

/// Planted in a file outside the repository: it must never be printed.
const MARKER: &str = "SECRET_MARKER_c41d";

#[cfg(unix)]
#[test]
fn a_config_linked_out_of_the_repository_is_refused_unread() {
    let (root, dir) = upstream("config-link-out");
    // Not a valid config: were it read, its problems would quote it.
    let secret = write(
        &root,
        "secret/tracklint.yaml",
        format!("aws_secret_access_key: {MARKER}\ncatalog: [{MARKER}]\n"),
    );
    std::fs::create_dir_all(dir.join("dictionary/nested")).expect("nested folder");
    std::os::unix::fs::symlink(&secret, dir.join("dictionary/nested/tracklint.yaml"))
        .expect("file link");
    std::os::unix::fs::symlink(&secret, dir.join("link.yaml")).expect("file link");
    // A folder link: the config found through it is the outside folder's.
    std::os::unix::fs::symlink(root.join("secret"), dir.join("dictionary/elsewhere"))
        .expect("folder link");
    let target = std::fs::canonicalize(&secret).expect("canonical");
    for (args, named) in [
        (&["check", "--config", "link.yaml"][..], "link.yaml"),
        (
            &["check", "dictionary/nested"][..],
            "dictionary/nested/tracklint.yaml",
        ),
        (
            &["check", "dictionary/nested/tracklint.yaml"][..],
            "dictionary/nested/tracklint.yaml",
        ),
        (
            &["check", "dictionary/elsewhere"][..],
            "dictionary/elsewhere/tracklint.yaml",
        ),
        (&["diff", "HEAD", "--config", "link.yaml"][..], "link.yaml"),
        (&["docs", "--config", "link.yaml"][..], "link.yaml"),
    ] {
        let what = args.join(" ");
        let outcome = run(&dir, args);
        outcome.assert_exit(&[2], &what);
        assert_stderr(
            &outcome,
            &format!(
                "error: {named} resolves to {}, outside the repository",
                target.display()
            ),
            &what,
        );
        outcome.assert_absent(MARKER, &what);
    }
    // Walking the catalog meets the nested link: refused as every link out is.
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "check");
    outcome.assert_absent(MARKER, "check");
}

/// Which standard stream a run gets closed.
#[derive(Clone, Copy, Debug)]
enum Closed {
    Stdout,
    Stderr,
}

/// Runs the binary in `dir` with one stream a pipe whose reader is gone (every write fails
/// with EPIPE, as after `| head` quits): (exit code, what the other stream got). A panic is
/// exit 101.
fn run_closed(dir: &Path, args: &[&str], closed: Closed) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let mut command = Command::new(common::binary());
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    match closed {
        Closed::Stdout => command.stdout(writer).stderr(std::process::Stdio::piped()),
        Closed::Stderr => command.stderr(writer).stdout(std::process::Stdio::piped()),
    };
    let output = command.output().expect("run tracklint");
    let other = match closed {
        Closed::Stdout => output.stderr,
        Closed::Stderr => output.stdout,
    };
    (
        output.status.code(),
        String::from_utf8_lossy(&other).into_owned(),
    )
}

/// Runs the binary in `dir` through `sh` with `redirect` (`2>&-`) applied first.
fn run_shell(dir: &Path, redirect: &str, args: &[&str]) -> Option<i32> {
    Command::new("sh")
        .arg("-c")
        .arg(format!("exec {redirect}; exec \"$0\" \"$@\""))
        .arg(common::binary())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run sh")
        .code()
}

#[test]
fn a_closed_stderr_or_stdout_is_exit_2_without_a_panic() {
    let (_, dir) = upstream("closed-streams");
    let config = std::fs::read_to_string(dir.join("tracklint.yaml")).expect("read config");
    std::fs::write(dir.join("tracklint.yaml"), format!("{config}bogus: 1\n")).expect("write");
    // A config error is written to stderr (eprint! panicked on the closed pipe: exit 101).
    let (code, _) = run_closed(&dir, &["check"], Closed::Stderr);
    assert_eq!(code, Some(2), "config error, stderr closed");
    // An error message, and a note.
    let (code, _) = run_closed(&dir, &["check", "no-such-path"], Closed::Stderr);
    assert_eq!(code, Some(2), "missing path, stderr closed");
    std::fs::write(dir.join("tracklint.yaml"), &config).expect("restore config");

    // Diagnostics on a closed stdout: what the reader got is not the report (was exit 1).
    write(
        &dir,
        "dictionary/bad.yaml",
        "events:\n  BadName: {description: x}\n",
    );
    let (code, stderr) = run_closed(&dir, &["check"], Closed::Stdout);
    assert_eq!(code, Some(2), "diagnostics, stdout closed\n{stderr}");
    assert!(
        stderr.contains("error: cannot write <stdout>"),
        "stdout closed: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    for args in [
        &["check", "--format", "json"][..],
        &["rules"][..],
        &["--help"][..],
    ] {
        let (code, stderr) = run_closed(&dir, args, Closed::Stdout);
        assert_eq!(code, Some(2), "{args:?}, stdout closed\n{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }

    // A descriptor closed by the shell: Rust's runtime puts /dev/null in its place before
    // main runs, so writes succeed into nothing; no panic either way.
    std::fs::write(dir.join("tracklint.yaml"), format!("{config}bogus: 1\n")).expect("write");
    assert_eq!(run_shell(&dir, "2>&-", &["check"]), Some(2), "2>&-");
    std::fs::write(dir.join("tracklint.yaml"), &config).expect("restore config");
    let code = run_shell(&dir, "1>&-", &["check"]);
    assert!(matches!(code, Some(1 | 2)), "1>&-: exit {code:?}");
}
