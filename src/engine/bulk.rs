//! Bulk suppressions (eslint's suppressions file, ruff's `--add-noqa`): `tracklint-suppressions.json`
//! next to the config counts today's diagnostics per file and rule, so a legacy catalog can gate new mistakes on day one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::engine::workspace::Workspace;
use crate::error::{Error, Result};
use crate::syntax::read::{self, ReadError, absolute, short_excerpt};
use crate::syntax::source::FileId;

/// The file's name; it lives in the config's folder (the catalog root).
pub const FILE_NAME: &str = "tracklint-suppressions.json";

/// The most bytes read from a suppressions file: far more than any real catalog needs.
pub const LIMIT: u64 = 8 * 1024 * 1024;

/// Longest file key and rule id accepted.
const MAX_KEY_BYTES: usize = 4096;
const MAX_RULE_BYTES: usize = 256;

/// File (relative to the config's folder, `/`-separated) -> rule id -> how many diagnostics of
/// that rule in that file are tolerated.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Counts(BTreeMap<String, BTreeMap<String, u64>>);

impl Counts {
    fn get(&self, file: &str, rule: &str) -> u64 {
        self.0
            .get(file)
            .and_then(|rules| rules.get(rule))
            .copied()
            .unwrap_or(0)
    }

    fn add(&mut self, file: &str, rule: &str, count: u64) {
        let slot = self
            .0
            .entry(file.to_owned())
            .or_default()
            .entry(rule.to_owned())
            .or_insert(0);
        *slot = slot.saturating_add(count);
    }

    /// Every (file, rule, count).
    fn entries(&self) -> impl Iterator<Item = (&str, &str, u64)> {
        self.0.iter().flat_map(|(file, rules)| {
            rules
                .iter()
                .map(move |(rule, &count)| (file.as_str(), rule.as_str(), count))
        })
    }

    /// How many diagnostics are tolerated in all.
    pub fn total(&self) -> u64 {
        self.entries()
            .fold(0u64, |sum, (_, _, count)| sum.saturating_add(count))
    }

    pub fn files(&self) -> usize {
        self.0.len()
    }
}

/// Where a workspace's suppressions file is.
pub fn path_of(workspace: &Workspace) -> PathBuf {
    workspace.config.root.join(FILE_NAME)
}

/// Reads a suppressions file; `None` when there is none. A file that is not a regular file,
/// too large, or not the expected JSON is an error naming it (exit 2).
pub fn read(path: &Path) -> Result<Option<Counts>> {
    let bytes = match read::read_regular(path, LIMIT) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(reason) => {
            return Err(Error::Unreadable {
                path: path.to_path_buf(),
                reason,
            });
        }
    };
    let malformed = |reason: String| Error::Suppressions {
        path: path.to_path_buf(),
        reason,
    };
    // serde_json bounds nesting (128 levels) and rejects counts outside 0..2^64.
    let counts: Counts = serde_json::from_slice(&bytes).map_err(|err| {
        malformed(format!(
            "not a JSON object of {{\"file\": {{\"rule\": count}}}}: {}",
            short_excerpt(&err.to_string(), 200)
        ))
    })?;
    for (file, rules) in &counts.0 {
        check_file_key(file).map_err(&malformed)?;
        for rule in rules.keys() {
            check_rule_key(rule).map_err(&malformed)?;
        }
    }
    Ok(Some(counts))
}

/// A key must be a relative path inside the config's folder: a key with `..` or control
/// characters could only come from an edit by hand or an attack.
fn check_file_key(key: &str) -> std::result::Result<(), String> {
    let shown = || short_excerpt(key, 80);
    if key.is_empty() || key.len() > MAX_KEY_BYTES {
        return Err(format!(
            "the key \"{}\" is empty or longer than {MAX_KEY_BYTES} bytes",
            shown()
        ));
    }
    if key.chars().any(char::is_control) {
        return Err(format!("the key \"{}\" holds a control character", shown()));
    }
    if key.starts_with('/')
        || key.contains('\\')
        || key
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return Err(format!(
            "the key \"{}\" is not a `/`-separated path relative to the config's folder",
            shown()
        ));
    }
    Ok(())
}

fn check_rule_key(rule: &str) -> std::result::Result<(), String> {
    if rule.is_empty() || rule.len() > MAX_RULE_BYTES || rule.chars().any(char::is_control) {
        return Err(format!(
            "the rule id \"{}\" is empty, longer than {MAX_RULE_BYTES} bytes or holds a control character",
            short_excerpt(rule, 80)
        ));
    }
    Ok(())
}

/// The key of a file: its path relative to the config's folder with `/`; `None` for a
/// baseline's file or a file outside the folder (such diagnostics cannot be suppressed), and
/// for a name the reader refuses as a key ([`check_file_key`]: a backslash, a control
/// character) or that is not UTF-8 (two such names could share a key): the writer and the
/// reader agree, so a written file always reads back, and those files' diagnostics stay shown.
fn key_of(workspace: &Workspace, file: FileId) -> Option<String> {
    let (name, utf8) = relative_name(workspace, file)?;
    (utf8 && check_file_key(&name).is_ok()).then_some(name)
}

/// A file's path relative to the config's folder with `/` (lossy), and whether it was UTF-8;
/// `None` for a baseline's file or a file outside the folder.
fn relative_name(workspace: &Workspace, file: FileId) -> Option<(String, bool)> {
    if file >= workspace.baseline_files {
        return None;
    }
    let path = absolute(&workspace.sources.get(file).path);
    let relative = path.strip_prefix(absolute(&workspace.config.root)).ok()?;
    let parts: Vec<&std::ffi::OsStr> = relative.components().map(|c| c.as_os_str()).collect();
    if parts.is_empty() {
        return None;
    }
    let utf8 = parts.iter().all(|part| part.to_str().is_some());
    let name: Vec<String> = parts
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    Some((name.join("/"), utf8))
}

/// Something `--write-suppressions` leaves out of the file (its diagnostics stay reported).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unrecordable {
    /// A file, by its path relative to the config's folder, whose name cannot be a key.
    File(String),
    /// A rule id the reader would refuse (a custom policy named with a control character).
    Rule(String),
}

/// What `--write-suppressions` leaves out, for a note each: sorted, as the user wrote the names
/// (not yet escaped for printing).
pub fn unrecordable(diagnostics: &[Diagnostic], workspace: &Workspace) -> Vec<Unrecordable> {
    let mut keyed: BTreeMap<FileId, bool> = BTreeMap::new();
    let mut left = std::collections::BTreeSet::new();
    for diagnostic in diagnostics {
        let file = diagnostic.span.file;
        let has_key = *keyed
            .entry(file)
            .or_insert_with(|| key_of(workspace, file).is_some());
        if !has_key {
            if let Some((name, _)) = relative_name(workspace, file) {
                left.insert(Unrecordable::File(name));
            }
        } else if check_rule_key(&diagnostic.rule).is_err() {
            left.insert(Unrecordable::Rule(diagnostic.rule.to_string()));
        }
    }
    left.into_iter().collect()
}

/// Whether this run can judge the file of `key` (the PATHs named part of the catalog).
pub fn in_scope(workspace: &Workspace, key: &str) -> bool {
    let Some(only) = &workspace.only else {
        return true;
    };
    let path = absolute(&workspace.config.root.join(key));
    only.iter().any(|prefix| path.starts_with(prefix))
}

/// Today's diagnostics, counted per file and rule.
pub fn count(diagnostics: &[Diagnostic], workspace: &Workspace) -> Counts {
    let mut counts = Counts::default();
    let mut keys: BTreeMap<FileId, Option<String>> = BTreeMap::new();
    for diagnostic in diagnostics {
        let key = keys
            .entry(diagnostic.span.file)
            .or_insert_with(|| key_of(workspace, diagnostic.span.file));
        // A rule id the reader would refuse is left out, as an unkeyable file is.
        if let Some(key) = key
            && check_rule_key(&diagnostic.rule).is_ok()
        {
            counts.add(key, &diagnostic.rule, 1);
        }
    }
    counts
}

/// `--write-suppressions`: today's counts, plus the entries of the old file this run could not
/// judge (rules not selected, files outside the named PATHs), which stay as they were.
pub fn recorded(old: &Counts, today: &Counts, judged: impl Fn(&str, &str) -> bool) -> Counts {
    let mut counts = today.clone();
    for (file, rule, count) in old.entries() {
        if !judged(file, rule) {
            counts.add(file, rule, count);
        }
    }
    counts
}

/// `--prune-suppressions`: each judged count lowered to today's (never raised); entries that
/// fall to zero are removed.
pub fn pruned(old: &Counts, today: &Counts, judged: impl Fn(&str, &str) -> bool) -> Counts {
    let mut counts = Counts::default();
    for (file, rule, count) in old.entries() {
        let kept = if judged(file, rule) {
            count.min(today.get(file, rule))
        } else {
            count
        };
        if kept > 0 {
            counts.add(file, rule, kept);
        }
    }
    counts
}

/// How many tolerated diagnostics no longer occur: the file can be pruned by this many.
pub fn stale(allowed: &Counts, today: &Counts, judged: impl Fn(&str, &str) -> bool) -> u64 {
    allowed
        .entries()
        .filter(|(file, rule, _)| judged(file, rule))
        .fold(0u64, |sum, (file, rule, count)| {
            sum.saturating_add(count.saturating_sub(today.get(file, rule)))
        })
}

/// Drops the diagnostics of every file and rule still within its count. Past the count, every
/// diagnostic of that rule in that file stays (eslint's behaviour): which one is new cannot be
/// told from a count.
pub fn apply(
    diagnostics: Vec<Diagnostic>,
    workspace: &Workspace,
    allowed: &Counts,
    today: &Counts,
) -> Vec<Diagnostic> {
    let mut keys: BTreeMap<FileId, Option<String>> = BTreeMap::new();
    diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let key = keys
                .entry(diagnostic.span.file)
                .or_insert_with(|| key_of(workspace, diagnostic.span.file));
            // Unkeyable files and rule ids are never counted, so never tolerated.
            let Some(key) = key
                .as_deref()
                .filter(|_| check_rule_key(&diagnostic.rule).is_ok())
            else {
                return true;
            };
            today.get(key, &diagnostic.rule) > allowed.get(key, &diagnostic.rule)
        })
        .collect()
}

/// Writes the counts as sorted, indented JSON (a reviewable diff when committed), atomically
/// and inside the repository.
pub fn write(path: &Path, counts: &Counts, repository: &Path) -> Result<()> {
    let text = crate::escape::json_string(counts);
    crate::engine::write::write_atomic(path, text.as_bytes(), repository)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(entries: &[(&str, &str, u64)]) -> Counts {
        let mut counts = Counts::default();
        for &(file, rule, count) in entries {
            counts.add(file, rule, count);
        }
        counts
    }

    #[test]
    fn prune_lowers_and_never_raises() {
        let old = counts(&[("a.yaml", "naming/case", 3), ("b.yaml", "naming/case", 1)]);
        let today = counts(&[("a.yaml", "naming/case", 5)]);
        let all = |_: &str, _: &str| true;
        assert_eq!(
            pruned(&old, &today, all),
            counts(&[("a.yaml", "naming/case", 3)])
        );
        assert_eq!(stale(&old, &today, all), 1);
        let only_b = |file: &str, _: &str| file == "b.yaml";
        assert_eq!(
            recorded(&old, &counts(&[]), only_b),
            counts(&[("a.yaml", "naming/case", 3)])
        );
    }

    #[test]
    fn keys_must_stay_inside_the_folder() {
        for bad in [
            "",
            "/etc/passwd",
            "../x.yaml",
            "a/../../x",
            "a//b",
            "a\u{1b}b",
            "a\\b",
        ] {
            assert!(check_file_key(bad).is_err(), "{bad:?}");
        }
        assert!(check_file_key("dictionary/web events.yaml").is_ok());
    }
}
