//! Shared by the hostile-input tests: scratch folders, a clean catalog to plant a hostile file
//! in, and running the binary under a memory cap (`ulimit -v`) and a wall-clock limit.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under test.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tracklint"))
}

/// A fresh, empty scratch folder under the target dir (`group/name`).
pub fn scratch(group: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    // Its own repository root (an empty `.git` marks one; `git init` fills it) wherever the
    // target dir lies, as a user's checkout is: the repository-relative names of json, sarif,
    // github and junit are those below this folder, and nothing leans on the repository
    // that happens to hold the target dir.
    std::fs::create_dir_all(dir.join(".git")).expect("create scratch folder");
    dir
}

/// A clean catalog written by `tracklint init` (a config, a dictionary, two plans).
pub fn clean_catalog(group: &str, name: &str) -> PathBuf {
    let dir = scratch(group, name);
    let status = Command::new(binary())
        .arg("init")
        .arg(&dir)
        .stdout(Stdio::null())
        .status()
        .expect("run tracklint init");
    assert!(status.success(), "init failed in {}", dir.display());
    dir
}

/// Writes `bytes` to `dir/relative`, creating folders.
/// Copies the folder `from` into `to` (created), files and subfolders.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

/// Runs the binary in `dir` without limits: (exit code, stdout, stderr), colour off.
pub fn output(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(binary())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run tracklint");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

pub fn write(dir: &Path, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, bytes).expect("write file");
    path
}

/// How a limited run ended.
#[derive(Debug)]
pub struct Outcome {
    /// The exit code; None when killed by a signal (an abort on allocation failure, or the
    /// timeout).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
    pub seconds: f64,
    /// The raw bytes of stdout, for checks on control bytes.
    pub stdout_bytes: Vec<u8>,
    pub stderr_bytes: Vec<u8>,
}

impl Outcome {
    /// Asserts the run ended by itself with one of `codes`, and did not panic.
    pub fn assert_exit(&self, codes: &[i32], what: &str) {
        assert!(
            !self.timed_out,
            "{what}: timed out after {:.1} s",
            self.seconds
        );
        assert!(
            self.code.is_some_and(|c| codes.contains(&c)),
            "{what}: exit {:?}, expected one of {codes:?}\nstdout: {}\nstderr: {}",
            self.code,
            excerpt(&self.stdout),
            excerpt(&self.stderr)
        );
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: panicked\n{}",
            excerpt(&self.stderr)
        );
    }

    /// Both streams, for "names the path" checks.
    pub fn text(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// Asserts `needle` appears in neither stream.
    pub fn assert_absent(&self, needle: &str, what: &str) {
        assert!(
            !self.text().contains(needle),
            "{what}: output contains {needle:?}\n{}",
            excerpt(&self.text())
        );
    }
}

/// The first 3,000 characters of a long text, for assertion messages.
pub fn excerpt(text: &str) -> String {
    let cut: String = text.chars().take(3000).collect();
    if cut.len() < text.len() {
        format!("{cut}\n... ({} bytes in all)", text.len())
    } else {
        cut
    }
}

/// Runs tracklint with `args` in `cwd` under `ulimit -v memory_mb` and a `seconds` wall-clock
/// limit (the child is killed when it runs over). `stdin` is fed to the child when given.
pub fn run_limited(
    cwd: &Path,
    args: &[&str],
    memory_mb: u64,
    seconds: u64,
    stdin: Option<&[u8]>,
) -> Outcome {
    let feed = stdin.map(|bytes| {
        let bytes = bytes.to_vec();
        Box::new(move |pipe: &mut std::process::ChildStdin| {
            use std::io::Write;
            let _ = pipe.write_all(&bytes);
        }) as Feed
    });
    run_limited_fed(cwd, args, memory_mb, seconds, feed)
}

/// Writes a child's stdin from a thread (so a test can stream more than it holds).
pub type Feed = Box<dyn FnOnce(&mut std::process::ChildStdin) + Send>;

/// [`run_limited`] with stdin produced by `feed` while the child runs.
pub fn run_limited_fed(
    cwd: &Path,
    args: &[&str],
    memory_mb: u64,
    seconds: u64,
    feed: Option<Feed>,
) -> Outcome {
    run_limited_env(cwd, args, &[], memory_mb, seconds, feed)
}

/// [`run_limited_fed`] with `env` set for the child (a `PATH` with a stand-in program first).
pub fn run_limited_env(
    cwd: &Path,
    args: &[&str],
    env: &[(&str, &std::ffi::OsStr)],
    memory_mb: u64,
    seconds: u64,
    feed: Option<Feed>,
) -> Outcome {
    let mut command = Command::new("sh");
    command.envs(env.iter().copied());
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {} && exec \"$0\" \"$@\"",
            memory_mb * 1024
        ))
        .arg(binary())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        // `ulimit -v` caps address space, and glibc reserves 64 MB of it per thread arena
        // however little a thread allocates: one arena makes the cap measure tracklint's
        // memory, not how the pool's threads happened to interleave (a run near the cap
        // failed or passed by that alone).
        .env("MALLOC_ARENA_MAX", "1")
        .stdin(if feed.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn().expect("spawn sh");
    let feeder = feed.map(|feed| {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        std::thread::spawn(move || feed(&mut pipe))
    });
    let mut out_pipe = child.stdout.take().expect("stdout pipe");
    let mut err_pipe = child.stderr.take().expect("stderr pipe");
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = out_pipe.read_to_end(&mut bytes);
        bytes
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err_pipe.read_to_end(&mut bytes);
        bytes
    });
    let limit = Duration::from_secs(seconds);
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        if started.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for killed child");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let seconds = started.elapsed().as_secs_f64();
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    let stdout_bytes = out_reader.join().unwrap_or_default();
    let stderr_bytes = err_reader.join().unwrap_or_default();
    Outcome {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout_bytes).into_owned(),
        stderr: String::from_utf8_lossy(&stderr_bytes).into_owned(),
        timed_out,
        seconds,
        stdout_bytes,
        stderr_bytes,
    }
}

/// Parses `--format json` output into (file, line, rule) triples.
pub fn json_findings(stdout: &str) -> Vec<(String, u64, String)> {
    let items: Vec<serde_json::Value> = serde_json::from_str(stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", excerpt(stdout)));
    items
        .iter()
        .map(|item| {
            (
                item["file"].as_str().unwrap_or_default().to_owned(),
                item["line"].as_u64().unwrap_or_default(),
                item["rule"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// A reproducible xorshift stream.
pub struct Random(pub u64);

impl Random {
    /// A stream per seed, stirred so that neighbouring seeds do not start alike.
    pub fn seeded(seed: u64) -> Random {
        let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        for _ in 0..4 {
            random.next();
        }
        random
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Runs git in `dir` with a fixed identity, no signing and `main` as the first branch, as every
/// test repository needs; a failure fails the test.
pub fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.email=ci@example.com", "-c", "user.name=CI"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("run git");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every entry below `dir`: its path relative to `dir` with `/`, and whether it is a folder.
/// Links are not followed; with `skip_git`, a `.git` entry and what it holds are left out; a
/// folder that cannot be listed fails the test. In no particular order.
pub fn entries_below(dir: &Path, skip_git: bool) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("list folder") {
            let entry = entry.expect("folder entry");
            if skip_git && entry.file_name() == ".git" {
                continue;
            }
            let path = entry.path();
            let is_dir = entry.file_type().expect("entry type").is_dir();
            let relative = path.strip_prefix(dir).expect("below dir");
            found.push((relative.to_string_lossy().replace('\\', "/"), is_dir));
            if is_dir {
                pending.push(path);
            }
        }
    }
    found
}

/// Makes a FIFO at `path` (for the cases that must never block on one).
pub fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}
