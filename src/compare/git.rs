//! Running `git` on a repository that may be hostile (SPEC §8): every call only reads, never
//! fetches, and never runs a program the repository's config names.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::error::{Error, Result};

/// `git` with every way a repository's config could start a program switched off.
fn hardened() -> Command {
    let mut command = Command::new("git");
    command
        // Reading a missing object of a partial clone would fetch it, running the transport
        // the repository configures (`remote.*.uploadpack`, `core.sshCommand`, `ext::` URLs).
        .env("GIT_NO_LAZY_FETCH", "1")
        // Git before 2.44 ignores the line above. An empty allow list beats every
        // `protocol.*.allow` in the repository's config: such a fetch fails before it
        // connects, so no transport program runs.
        .env("GIT_ALLOW_PROTOCOL", "")
        // The plumbing used here reads no index, but an fsmonitor hook would run as soon as
        // one did; empty is "off" both where it is a boolean and where it is a hook path.
        .args(["-c", "core.fsmonitor=", "-c", "protocol.allow=never"])
        // A revision is read as it was committed: a replace ref (`git replace`) would swap
        // a baseline file for any other blob, and a breaking change for "no change".
        .arg("--no-replace-objects")
        .stdin(Stdio::null());
    command
}

/// A hardened `git -C repo`; catalog paths given to it are paths, never pathspec magic.
pub fn command(repo: &Path) -> Command {
    let mut command = hardened();
    command.arg("--literal-pathspecs").arg("-C").arg(repo);
    command
}

/// A hardened `git -C repo` for the commands that refuse `--literal-pathspecs`
/// (`check-ignore`); give it only names tracklint chose.
pub fn command_for_names(repo: &Path) -> Command {
    let mut command = hardened();
    command.arg("-C").arg(repo);
    command
}

/// The first git that honours `GIT_NO_LAZY_FETCH`.
const NO_LAZY_FETCH_SINCE: (u32, u32) = (2, 44);

/// Whether the installed git honours `GIT_NO_LAZY_FETCH` (asked once per run). An unknown
/// version counts as too old: the cautious answer.
pub fn honours_no_lazy_fetch() -> bool {
    static VERSION: std::sync::OnceLock<Option<(u32, u32)>> = std::sync::OnceLock::new();
    let version = VERSION.get_or_init(|| {
        let output = hardened().arg("version").output().ok()?;
        parse_version(&String::from_utf8_lossy(&output.stdout))
    });
    version.is_some_and(|v| v >= NO_LAZY_FETCH_SINCE)
}

/// (major, minor) of `git version` output: "git version 2.47.3", "... 2.39.3 (Apple Git-145)",
/// "... 2.45.1.windows.1".
pub fn parse_version(text: &str) -> Option<(u32, u32)> {
    let number = text.trim().strip_prefix("git version ")?;
    let mut parts = number.split(['.', ' ']);
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

/// A repository read with git: its top-level folder.
pub struct Git {
    pub root: PathBuf,
}

impl Git {
    /// The repository holding `folder`; the error carries git's own reason (not a
    /// repository, dubious ownership, git missing).
    pub fn holding(folder: &Path) -> Result<Git> {
        let root = text(&run(command(folder).args(["rev-parse", "--show-toplevel"]))?);
        Ok(Git {
            root: PathBuf::from(root),
        })
    }

    /// `git -C root`, hardened.
    pub fn command(&self) -> Command {
        command(&self.root)
    }

    /// Runs git with `args`: its stdout, or an error quoting what it said.
    pub fn run(&self, args: &[&str]) -> Result<Vec<u8>> {
        run(self.command().args(args))
    }

    /// [`Git::run`] as text, without the final line feed.
    pub fn text(&self, args: &[&str]) -> Result<String> {
        Ok(text(&self.run(args)?))
    }

    /// The remotes a partial clone fetches missing objects from (`extensions.partialClone`,
    /// `remote.<name>.promisor`); empty when this is a full clone.
    pub fn promisor_remotes(&self) -> Vec<String> {
        let Ok(output) = output(self.command().args([
            "config",
            "-z",
            "--get-regexp",
            r"^(extensions\.partialclone|remote\..*\.promisor)$",
        ])) else {
            return Vec::new();
        };
        let mut remotes: Vec<String> = output
            .stdout
            .split(|&b| b == 0)
            .filter_map(|entry| promisor(&String::from_utf8_lossy(entry)))
            .collect();
        remotes.sort();
        remotes.dedup();
        remotes
    }

    /// Whether the repository holds only part of its history (`git clone --depth`).
    pub fn is_shallow(&self) -> bool {
        self.text(&["rev-parse", "--is-shallow-repository"])
            .is_ok_and(|answer| answer == "true")
    }

    /// The branch the current one tracks (`origin/main`); None without one.
    pub fn upstream(&self) -> Option<String> {
        self.text(&[
            "rev-parse",
            "--abbrev-ref",
            "--symbolic-full-name",
            "@{upstream}",
        ])
        .ok()
        .filter(|name| !name.is_empty())
    }

    /// Whether `HEAD` names a commit (false in a repository with no commit yet).
    pub fn has_head(&self) -> bool {
        self.run(&["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
            .is_ok()
    }

    /// The names of the configured remotes.
    pub fn remotes(&self) -> Vec<String> {
        self.text(&["remote"])
            .map(|names| names.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

/// One `git config -z --get-regexp` entry ("key\nvalue", or "key" for a bare key, which is
/// true) as a promisor remote's name.
fn promisor(entry: &str) -> Option<String> {
    let (key, value) = match entry.split_once('\n') {
        Some((key, value)) => (key, Some(value)),
        None => (entry, None),
    };
    if key == "extensions.partialclone" {
        return value.filter(|v| !v.is_empty()).map(str::to_owned);
    }
    let name = key.strip_prefix("remote.")?.strip_suffix(".promisor")?;
    value.is_none_or(is_true).then(|| name.to_owned())
}

/// git's boolean: true, yes, on or a non-zero number (any case).
fn is_true(value: &str) -> bool {
    let value = value.trim().to_ascii_lowercase();
    matches!(value.as_str(), "true" | "yes" | "on") || value.parse::<i64>().is_ok_and(|n| n != 0)
}

fn output(command: &mut Command) -> Result<Output> {
    command.output().map_err(|e| {
        Error::Git(format!(
            "cannot run git: {e}; install git or compare against a folder"
        ))
    })
}

fn run(command: &mut Command) -> Result<Vec<u8>> {
    let output = output(command)?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Git(stderr.trim().to_owned()));
    }
    Ok(output.stdout)
}

/// What git said on stderr, on one line ("" when nothing).
pub fn one_line(complaint: &str) -> String {
    let lines: Vec<&str> = complaint
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("; ")
}

/// git's answer as text without its final line feed (a folder name may end in a space).
fn text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.strip_suffix('\n').unwrap_or(&text).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_of_every_build() {
        assert_eq!(parse_version("git version 2.47.3\n"), Some((2, 47)));
        assert_eq!(
            parse_version("git version 2.39.3 (Apple Git-145)"),
            Some((2, 39))
        );
        assert_eq!(parse_version("git version 2.45.1.windows.1"), Some((2, 45)));
        assert_eq!(parse_version("git version 3.0"), Some((3, 0)));
        assert_eq!(parse_version("hub version 2.14.2"), None);
    }

    #[test]
    fn promisor_entries() {
        assert_eq!(
            promisor("remote.origin.promisor\ntrue"),
            Some("origin".into())
        );
        assert_eq!(
            promisor("remote.my fork.promisor\nYes"),
            Some("my fork".into())
        );
        assert_eq!(promisor("remote.origin.promisor"), Some("origin".into()));
        assert_eq!(promisor("remote.origin.promisor\nfalse"), None);
        assert_eq!(
            promisor("extensions.partialclone\norigin"),
            Some("origin".into())
        );
        assert_eq!(promisor("remote.origin.url\nx"), None);
        assert_eq!(promisor("extensions.partialclone"), None);
        assert_eq!(promisor(""), None);
    }
}
