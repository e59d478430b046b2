//! The file-system and git half of the hardening issue: FIFOs and devices, size limits, reads
//! confined to the repository, baselines read by object id, diff/review on half-read catalogs,
//! and `init` writing only inside its folder. Each case runs under a memory cap and a time
//! limit and asserts the exit code, the message naming the path, and that forbidden text
//! (a secret's marker) is absent.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::git;
use common::{clean_catalog, json_findings, mkfifo, run_limited, scratch, write};

const MEMORY_MB: u64 = 512;
const SECONDS: u64 = 10;
/// Planted in files outside the repository: it must never be printed.
const MARKER: &str = "SECRET_MARKER_7f3a";

/// A clean catalog that is its own git repository (so the repository root is this folder).
fn repository(name: &str) -> PathBuf {
    let dir = clean_catalog("hostile-io", name);
    git(&dir, &["init", "-q"]);
    dir
}

fn commit_all(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", message]);
}

/// A folder outside every repository of the test, holding a file with the marker.
fn secret_folder(parent: &Path) -> PathBuf {
    let secret = parent.join("secret");
    write(
        &secret,
        "secret.yaml",
        format!("events:\n  {MARKER}_viewed:\n    description: {MARKER}\n"),
    );
    secret
}

fn replace_config(dir: &Path, from: &str, to: &str) {
    let path = dir.join("tracklint.yaml");
    let config = std::fs::read_to_string(&path).expect("read config");
    assert!(config.contains(from), "the starter config has {from:?}");
    std::fs::write(&path, config.replacen(from, to, 1)).expect("write config");
}

fn run(dir: &Path, args: &[&str]) -> common::Outcome {
    run_limited(dir, args, MEMORY_MB, SECONDS, None)
}

/// `text` without white space and miette's wrapping gutter, so a message wrapped over several
/// lines still matches.
fn squashed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '│')
        .collect()
}

/// Asserts a (possibly wrapped) message is on stderr.
fn assert_message(outcome: &common::Outcome, needle: &str, what: &str) {
    assert!(
        squashed(&outcome.stderr).contains(&squashed(needle)),
        "{what}: stderr lacks {needle:?}\n{}",
        common::excerpt(&outcome.stderr)
    );
}

fn assert_stderr(outcome: &common::Outcome, needle: &str, what: &str) {
    assert!(
        outcome.stderr.contains(needle),
        "{what}: stderr lacks {needle:?}\n{}",
        common::excerpt(&outcome.stderr)
    );
}

#[test]
fn fifo_named_on_the_command_line_is_refused_unopened() {
    let dir = repository("fifo-argument");
    mkfifo(&dir.join("pipe.yaml"));
    let outcome = run(&dir, &["check", "pipe.yaml"]);
    outcome.assert_exit(&[2], "check pipe.yaml");
    assert_stderr(
        &outcome,
        "error: cannot read pipe.yaml: it is a FIFO, not a regular file; tracklint reads only regular files",
        "check pipe.yaml",
    );
}

#[test]
fn fifo_inside_the_catalog_folder_is_unreadable() {
    let dir = repository("fifo-walked");
    mkfifo(&dir.join("dictionary/pipe.yaml"));
    let outcome = run(&dir, &["check", ".", "--format", "json"]);
    outcome.assert_exit(&[2], "fifo in dictionary/");
    assert_stderr(
        &outcome,
        "error: cannot read dictionary/pipe.yaml: it is a FIFO, not a regular file",
        "fifo in dictionary/",
    );
    // The rest of the catalog was still checked: it is clean.
    assert_eq!(json_findings(&outcome.stdout), Vec::new());
}

#[test]
fn fifo_as_config_is_refused() {
    let dir = repository("fifo-config");
    mkfifo(&dir.join("pipe.yaml"));
    let outcome = run(&dir, &["check", "--config", "pipe.yaml"]);
    outcome.assert_exit(&[2], "--config pipe.yaml");
    assert_stderr(
        &outcome,
        "error: cannot read pipe.yaml: it is a FIFO, not a regular file",
        "--config pipe.yaml",
    );
}

#[test]
fn fifo_under_catalog_is_a_config_error_at_its_entry() {
    let dir = repository("fifo-catalog-entry");
    mkfifo(&dir.join("pipe.yaml"));
    replace_config(
        &dir,
        "catalog: [dictionary, plans]",
        "catalog: [dictionary, plans, pipe.yaml]",
    );
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "catalog: [pipe.yaml]");
    assert_stderr(
        &outcome,
        "catalog path `pipe.yaml` is a FIFO, not a folder or a regular file",
        "catalog: [pipe.yaml]",
    );
    assert_stderr(&outcome, "╭─[tracklint.yaml:", "catalog: [pipe.yaml]");
}

#[test]
fn dev_zero_is_never_read() {
    let dir = repository("dev-zero");
    let outcome = run(&dir, &["check", "/dev/zero"]);
    outcome.assert_exit(&[2], "check /dev/zero");
    assert_stderr(
        &outcome,
        "error: cannot read /dev/zero: it is a character device, not a regular file",
        "check /dev/zero",
    );
    let outcome = run(&dir, &["check", "--config", "/dev/zero"]);
    outcome.assert_exit(&[2], "--config /dev/zero");
    assert_stderr(
        &outcome,
        "error: cannot read /dev/zero: it is a character device, not a regular file",
        "--config /dev/zero",
    );
}

#[test]
fn a_forty_mib_config_is_refused() {
    let dir = repository("big-config");
    let mut config = std::fs::read_to_string(dir.join("tracklint.yaml")).expect("read config");
    config.push_str(&format!("# {}\n", "x".repeat(40 * 1024 * 1024)));
    write(&dir, "tracklint.yaml", config);
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "40 MiB config");
    assert_stderr(
        &outcome,
        "error: cannot read tracklint.yaml: it is over the 32 MiB limit for one file",
        "40 MiB config",
    );
}

#[test]
fn a_catalog_over_256_mib_in_total_is_not_read_past_the_budget() {
    let dir = repository("catalog-budget");
    // Nine sparse 30 MiB files: 270 MiB in all, each refused as binary once read.
    for index in 0..9 {
        let file = std::fs::File::create(dir.join(format!("dictionary/zeros{index}.yaml")))
            .expect("create file");
        file.set_len(30 * 1024 * 1024).expect("size file");
    }
    let outcome = run(&dir, &["check", "--format", "json"]);
    outcome.assert_exit(&[2], "270 MiB catalog");
    let over: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.contains("the catalog is over 256 MiB in total"))
        .collect();
    assert_eq!(over.len(), 1, "{}", outcome.stderr);
    assert!(
        over[0].starts_with("error: cannot read dictionary/zeros"),
        "{over:?}"
    );
    let binary = json_findings(&outcome.stdout)
        .into_iter()
        .filter(|(_, line, rule)| rule == "structure/yaml-syntax" && *line == 1)
        .count();
    assert_eq!(binary, 8, "{}", outcome.stdout);
}

#[test]
fn catalog_paths_outside_the_repository_are_config_errors() {
    let root = scratch("hostile-io", "catalog-outside");
    secret_folder(&root);
    let dir = root.join("repo");
    let status = Command::new(common::binary())
        .arg("init")
        .arg(&dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("init");
    assert!(status.success());
    git(&dir, &["init", "-q"]);
    let repo_shown = std::fs::canonicalize(&dir).expect("canonical");
    for entry in ["/", "../secret", "../secret/secret.yaml"] {
        replace_config(
            &dir,
            "catalog: [dictionary, plans]",
            &format!("catalog: [dictionary, plans, \"{entry}\"]"),
        );
        let outcome = run(&dir, &["check"]);
        outcome.assert_exit(&[2], entry);
        assert_message(
            &outcome,
            &format!("catalog path `{entry}` resolves to"),
            entry,
        );
        assert_message(
            &outcome,
            &format!(
                "outside the repository {}; only paths inside the repository are read",
                repo_shown.display()
            ),
            entry,
        );
        outcome.assert_absent(MARKER, entry);
        replace_config(
            &dir,
            &format!("catalog: [dictionary, plans, \"{entry}\"]"),
            "catalog: [dictionary, plans]",
        );
    }
}

#[test]
fn policies_outside_the_repository_are_never_read() {
    let root = scratch("hostile-io", "policies-outside");
    secret_folder(&root);
    let dir = root.join("work/repo");
    let status = Command::new(common::binary())
        .arg("init")
        .arg(&dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("init");
    assert!(status.success());
    git(&dir, &["init", "-q"]);
    for (entry, shown) in [
        (
            "/etc/passwd",
            "policy `/etc/passwd` resolves to /etc/passwd, outside the repository",
        ),
        ("../../secret/*", "policy `../../secret/*` resolves to"),
    ] {
        let path = dir.join("tracklint.yaml");
        let config = std::fs::read_to_string(&path).expect("read config");
        std::fs::write(&path, format!("{config}policies: [\"{entry}\"]\n")).expect("write");
        let outcome = run(&dir, &["check"]);
        outcome.assert_exit(&[2], entry);
        assert_message(&outcome, shown, entry);
        assert_message(&outcome, "only paths inside the repository are read", entry);
        outcome.assert_absent("root:", entry);
        outcome.assert_absent(MARKER, entry);
        std::fs::write(&path, config).expect("restore config");
    }
}

#[cfg(unix)]
#[test]
fn a_policy_glob_matching_a_link_out_of_the_repository_is_refused() {
    let dir = repository("policy-link-out");
    std::fs::create_dir_all(dir.join("policies")).expect("policies folder");
    std::os::unix::fs::symlink("/etc/passwd", dir.join("policies/evil.schema.yaml")).expect("link");
    let path = dir.join("tracklint.yaml");
    let config = std::fs::read_to_string(&path).expect("read config");
    std::fs::write(
        &path,
        format!("{config}policies: [\"policies/*.schema.yaml\"]\n"),
    )
    .expect("write config");
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "policy link out");
    assert_message(
        &outcome,
        "policy `policies/*.schema.yaml` matches policies/evil.schema.yaml, which resolves to /etc/passwd, outside the repository",
        "policy link out",
    );
    outcome.assert_absent("root:", "policy link out");
}

#[test]
fn a_fifo_named_tracklint_yaml_is_refused_when_found() {
    let dir = repository("fifo-found-config");
    std::fs::remove_file(dir.join("tracklint.yaml")).expect("remove config");
    mkfifo(&dir.join("tracklint.yaml"));
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "fifo tracklint.yaml");
    assert_stderr(
        &outcome,
        "error: cannot read tracklint.yaml: it is a FIFO, not a regular file",
        "fifo tracklint.yaml",
    );
}

#[test]
fn a_policy_that_does_not_compile_is_quoted_short_and_escaped() {
    let dir = repository("policy-excerpt");
    // Not a valid JSON Schema: the compiler's complaint quotes the value.
    // Valid YAML (`\e`, `\a` are YAML escapes) holding ESC and BEL: a terminal title attack.
    let long = format!("{}\\e]0;TITLE\\a", "y".repeat(500));
    write(
        &dir,
        "policies/bad.schema.yaml",
        format!("type: \"{long}\"\n"),
    );
    let path = dir.join("tracklint.yaml");
    let config = std::fs::read_to_string(&path).expect("read config");
    std::fs::write(
        &path,
        format!("{config}policies: [policies/bad.schema.yaml]\n"),
    )
    .expect("write config");
    let outcome = run(&dir, &["check"]);
    outcome.assert_exit(&[2], "bad policy");
    let message = outcome
        .stderr
        .lines()
        .find(|l| l.contains("policy policies/bad.schema.yaml is not a valid JSON Schema"))
        .unwrap_or_else(|| panic!("no policy message:\n{}", outcome.stderr));
    assert!(!outcome.stderr.contains(&"y".repeat(200)), "{message}");
    assert!(!outcome.stderr_bytes.contains(&0x1b), "{message}");
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_repository_are_reported_unread() {
    let root = scratch("hostile-io", "symlink-out");
    let secret = secret_folder(&root);
    let dir = root.join("repo");
    let status = Command::new(common::binary())
        .arg("init")
        .arg(&dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("init");
    assert!(status.success());
    git(&dir, &["init", "-q"]);
    std::os::unix::fs::symlink(
        secret.join("secret.yaml"),
        dir.join("dictionary/stolen.yaml"),
    )
    .expect("file link");
    std::os::unix::fs::symlink(&secret, dir.join("plans/stolen")).expect("folder link");
    // A link that stays inside the repository is followed as before.
    write(&dir, "shared/extra.yaml", "events: {}\n");
    std::os::unix::fs::symlink("../shared/extra.yaml", dir.join("dictionary/extra.yaml"))
        .expect("inside link");
    let outcome = run(&dir, &["check", "--format", "json"]);
    outcome.assert_exit(&[2], "links out");
    let target = std::fs::canonicalize(&secret).expect("canonical");
    assert_stderr(
        &outcome,
        &format!(
            "error: cannot read dictionary/stolen.yaml: symbolic link to {} outside the repository; not read",
            target.join("secret.yaml").display()
        ),
        "file link",
    );
    assert_stderr(
        &outcome,
        &format!(
            "error: cannot read plans/stolen: symbolic link to {} outside the repository; not read",
            target.display()
        ),
        "folder link",
    );
    outcome.assert_absent(MARKER, "links out");
    assert_eq!(json_findings(&outcome.stdout), Vec::new());
}

#[cfg(unix)]
#[test]
fn a_folder_baseline_is_confined_to_its_own_repository() {
    let root = scratch("hostile-io", "folder-baseline-link");
    let secret = secret_folder(&root);
    for side in ["base", "head"] {
        let status = Command::new(common::binary())
            .arg("init")
            .arg(root.join(side))
            .stdout(std::process::Stdio::null())
            .status()
            .expect("init");
        assert!(status.success());
        git(&root.join(side), &["init", "-q"]);
    }
    std::os::unix::fs::symlink(
        secret.join("secret.yaml"),
        root.join("base/dictionary/stolen.yaml"),
    )
    .expect("link");
    let outcome = run(&root.join("head"), &["check", "--against", "../base"]);
    outcome.assert_exit(&[2], "baseline link out");
    assert_stderr(
        &outcome,
        "base/dictionary/stolen.yaml: symbolic link to",
        "baseline link out",
    );
    assert_stderr(
        &outcome,
        "outside the repository; not read",
        "baseline link out",
    );
    assert_stderr(
        &outcome,
        "error: cannot compare: ../base was not read completely",
        "baseline link out",
    );
    outcome.assert_absent(MARKER, "baseline link out");
}

#[test]
fn a_forty_mib_baseline_blob_is_not_read() {
    let dir = repository("big-blob");
    write(
        &dir,
        "dictionary/big.yaml",
        format!("# {}\nevents: {{}}\n", "a".repeat(40 * 1024 * 1024)),
    );
    commit_all(&dir, "a big file");
    std::fs::remove_file(dir.join("dictionary/big.yaml")).expect("remove");
    for args in [&["diff", "HEAD"][..], &["check", "--against", "HEAD"][..]] {
        let outcome = run(&dir, args);
        outcome.assert_exit(&[1], &args.join(" "));
        assert_stderr(
            &outcome,
            "file is over the 32 MiB limit for one catalog file",
            &args.join(" "),
        );
        assert_stderr(&outcome, "HEAD:dictionary/big.yaml:1:1", &args.join(" "));
        assert_stderr(
            &outcome,
            "error: cannot compare: HEAD was not read completely",
            &args.join(" "),
        );
        assert_eq!(outcome.stdout, "", "{}", args.join(" "));
    }
}

#[test]
fn a_newline_in_a_committed_path_cannot_steer_the_baseline() {
    let dir = repository("newline-path");
    commit_all(&dir, "release 1");
    // Another revision whose file the injected request would read.
    git(&dir, &["checkout", "-qb", "secret"]);
    write(
        &dir,
        "dictionary/s.yaml",
        format!("events:\n  {MARKER}_viewed:\n    description: {MARKER}\n"),
    );
    commit_all(&dir, "secret");
    git(&dir, &["checkout", "-q", "main"]);
    // `dictionary/0\nsecret:dictionary/s.yaml`: sorted before events.yaml, so a request built
    // from it would shift every later file to another revision.
    write(
        &dir,
        "dictionary/0\nsecret:dictionary/s.yaml",
        "events: {}\n",
    );
    commit_all(&dir, "a hostile name");
    let outcome = run(&dir, &["check", "--against", "HEAD", "--format", "json"]);
    outcome.assert_exit(&[0], "check --against HEAD");
    assert_eq!(json_findings(&outcome.stdout), Vec::new());
    outcome.assert_absent(MARKER, "check --against HEAD");
    outcome.assert_absent("removed-without-deprecation", "check --against HEAD");
    let outcome = run(&dir, &["diff", "HEAD", "--format", "json"]);
    outcome.assert_exit(&[0], "diff HEAD");
    assert_eq!(outcome.stdout.trim(), "[]");
    outcome.assert_absent(MARKER, "diff HEAD");
}

/// Two catalogs side by side: `a` and `b` (the same starter catalog).
fn two_folders(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let root = scratch("hostile-io", name);
    for side in ["a", "b"] {
        let status = Command::new(common::binary())
            .arg("init")
            .arg(root.join(side))
            .stdout(std::process::Stdio::null())
            .status()
            .expect("init");
        assert!(status.success());
    }
    (root.clone(), root.join("a"), root.join("b"))
}

#[test]
fn diff_of_two_folders_does_not_read_the_current_directory() {
    let (root, _, _) = two_folders("diff-folders-cwd");
    // The current directory holds a broken config and a FIFO: neither may be touched.
    write(
        &root,
        "tracklint.yaml",
        "catalog: [no-such-folder]\nbogus: 1\n",
    );
    mkfifo(&root.join("pipe.yaml"));
    let outcome = run(&root, &["diff", "a", "b"]);
    outcome.assert_exit(&[0], "diff a b");
    assert_eq!(outcome.stdout, "No changes between a and b.\n");
    assert_eq!(outcome.stderr, "");
}

#[test]
fn diff_refuses_a_side_with_a_syntax_error() {
    let (root, a, b) = two_folders("diff-syntax");
    for (broken, other) in [(&a, "b"), (&b, "a")] {
        let name = broken
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        write(broken, "dictionary/broken.yaml", "events: [\n");
        let outcome = run(&root, &["diff", "a", "b"]);
        outcome.assert_exit(&[1], &format!("syntax error in {name}"));
        assert_stderr(&outcome, "structure/yaml-syntax", name);
        assert_stderr(
            &outcome,
            &format!("{name}/dictionary/broken.yaml:1:9"),
            name,
        );
        assert_stderr(
            &outcome,
            &format!("error: cannot compare: {name} was not read completely"),
            name,
        );
        assert_eq!(outcome.stdout, "", "no change list with {name} half read");
        outcome.assert_absent(&format!("{other} was not read"), name);
        std::fs::remove_file(broken.join("dictionary/broken.yaml")).expect("remove");
    }
}

#[test]
fn diff_refuses_a_side_with_an_unreadable_file() {
    let (root, a, b) = two_folders("diff-fifo");
    for side in [&a, &b] {
        let name = side
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        mkfifo(&side.join("dictionary/pipe.yaml"));
        let outcome = run(&root, &["diff", "a", "b", "--format", "json"]);
        outcome.assert_exit(&[2], &format!("fifo in {name}"));
        assert_stderr(
            &outcome,
            &format!("error: cannot read {name}/dictionary/pipe.yaml: it is a FIFO"),
            name,
        );
        assert_eq!(outcome.stdout, "", "no change list with {name} half read");
        std::fs::remove_file(side.join("dictionary/pipe.yaml")).expect("remove");
    }
    // The work tree as the head: a broken file there stops `diff BASE` too.
    write(&b, "dictionary/broken.yaml", "events: [\n");
    let outcome = run(&b, &["diff", "../a"]);
    outcome.assert_exit(&[1], "diff ../a from b");
    assert_stderr(&outcome, "dictionary/broken.yaml:1:9", "work tree");
    assert_stderr(
        &outcome,
        "error: cannot compare: the work tree was not read completely",
        "work tree",
    );
}

#[test]
fn review_refuses_a_half_read_catalog_or_baseline() {
    let (_, a, b) = two_folders("review-sides");
    write(&b, "dictionary/broken.yaml", "events: [\n");
    let outcome = run(&b, &["review"]);
    outcome.assert_exit(&[1], "review with a syntax error");
    assert_stderr(&outcome, "dictionary/broken.yaml:1:9", "review");
    assert_stderr(
        &outcome,
        "error: cannot compare: the catalog was not read completely",
        "review",
    );
    assert_eq!(outcome.stdout, "");
    std::fs::remove_file(b.join("dictionary/broken.yaml")).expect("remove");

    mkfifo(&a.join("plans/pipe.yaml"));
    let outcome = run(&b, &["review", "--against", "../a"]);
    outcome.assert_exit(&[2], "review --against a half-read folder");
    assert_stderr(
        &outcome,
        "review-sides/a/plans/pipe.yaml: it is a FIFO, not a regular file",
        "review --against",
    );
    assert_stderr(
        &outcome,
        "error: cannot compare: ../a was not read completely",
        "review --against",
    );
    assert_eq!(outcome.stdout, "");
}

/// Every entry below `dir` (relative, sorted), links not followed.
fn tree(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = common::entries_below(dir, false)
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    found.sort();
    found
}

#[cfg(unix)]
#[test]
fn init_never_writes_through_a_symlinked_folder() {
    let root = scratch("hostile-io", "init-symlink");
    let outside = root.join("outside");
    std::fs::create_dir_all(&outside).expect("outside");
    let dir = root.join("target");
    std::fs::create_dir_all(&dir).expect("target");
    std::os::unix::fs::symlink(&outside, dir.join("dictionary")).expect("link");
    let outcome = run(&root, &["init", "target"]);
    outcome.assert_exit(&[2], "init through a link");
    assert_stderr(
        &outcome,
        "init will not write through target/dictionary, a symbolic link",
        "init through a link",
    );
    assert_eq!(
        tree(&outside),
        Vec::<String>::new(),
        "nothing written outside"
    );
    assert_eq!(tree(&dir), vec!["dictionary"], "nothing left in target");
}

#[test]
fn init_failing_half_way_leaves_nothing_behind() {
    let root = scratch("hostile-io", "init-half-way");
    // `plans` is a file: the config and the dictionary are written before init meets it.
    let dir = root.join("new");
    write(&dir, "plans", "not a folder\n");
    let outcome = run(&root, &["init", "new"]);
    outcome.assert_exit(&[2], "plans is a file");
    assert_stderr(
        &outcome,
        "init needs new/plans to be a folder, but it is a file",
        "plans is a file",
    );
    assert_eq!(tree(&dir), vec!["plans"], "only what was there before");

    // A file in the way: refused before anything is written.
    let other = root.join("other");
    write(&other, "plans/web.yaml", "# mine\n");
    let outcome = run(&root, &["init", "other"]);
    outcome.assert_exit(&[2], "plans/web.yaml exists");
    assert_stderr(
        &outcome,
        "init would overwrite other/plans/web.yaml",
        "web.yaml",
    );
    assert_eq!(tree(&other), vec!["plans", "plans/web.yaml"]);
}
