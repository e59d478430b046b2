//! The engineer's and the CI gate's daily use (issue 18): pre-commit in a monorepo, paths
//! that attach from any folder, fixes that show, and the defects a new user hit.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{binary, output, scratch, write};

/// A repository whose catalog lives in `analytics/` (written by `tracklint init`), with no
/// config at the root, a workflow file and a README beside it; committed.
fn monorepo(name: &str) -> PathBuf {
    let dir = scratch("workflow", name);
    let status = Command::new(binary())
        .args(["init", "analytics"])
        .current_dir(&dir)
        .output()
        .expect("run tracklint init");
    assert!(status.status.success(), "init failed");
    write(&dir, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
    write(&dir, "README.md", "# app\n");
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-qm", "start"]);
    dir
}

pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.email=ci@example.com", "-c", "user.name=CI"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .expect("run git");
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

/// pre-commit with `pass_filenames: true` runs from the root with the changed files: files of
/// no catalog are skipped with a note and never fail the commit, with or without a catalog
/// file among them.
#[test]
fn pre_commit_in_a_monorepo_skips_files_of_no_catalog() {
    let dir = monorepo("pre-commit");
    let only_others = output(&dir, &["check", ".github/workflows/ci.yml", "README.md"]);
    assert_eq!(
        only_others,
        (
            0,
            String::new(),
            "note: skipped .github/workflows/ci.yml: neither a dictionary file (events:/properties:) nor a plan file (plan:)\n\
             note: skipped README.md: neither a dictionary file (events:/properties:) nor a plan file (plan:)\n"
                .to_owned()
        )
    );
    let quiet = output(&dir, &["check", "-q", ".github/workflows/ci.yml"]);
    assert_eq!(quiet, (0, String::new(), String::new()));

    write(
        &dir,
        "analytics/dictionary/events.yaml",
        "events:\n  Signup:\n    description: x\n    owner: growth\n    consent: analytics\n",
    );
    let (code, out, err) = output(
        &dir,
        &[
            "check",
            "--format",
            "concise",
            ".github/workflows/ci.yml",
            "analytics/dictionary/events.yaml",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains(
            "analytics/dictionary/events.yaml:2:3: error[naming/case] event \"Signup\" is not snake_case\n"
        ),
        "{out}"
    );
    assert_eq!(
        err,
        "note: skipped .github/workflows/ci.yml: no tracklint.yaml above it lists it in its catalog\n"
    );
}
