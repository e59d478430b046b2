//! Bulk suppressions (eslint's suppressions file, ruff's `--add-noqa`): `tracklint-suppressions.json`
//! next to the config counts today's diagnostics per file and rule, so a legacy catalog can gate new mistakes on day one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::lint::workspace::Workspace;
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
/// baseline's file or a file outside the folder (such diagnostics cannot be suppressed).
fn key_of(workspace: &Workspace, file: FileId) -> Option<String> {
    if file >= workspace.baseline_files {
        return None;
    }
    let path = absolute(&workspace.sources.get(file).path);
    let relative = path.strip_prefix(absolute(&workspace.config.root)).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
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
        if let Some(key) = key {
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
            let Some(key) = key else {
                return true;
            };
            today.get(key, &diagnostic.rule) > allowed.get(key, &diagnostic.rule)
        })
        .collect()
}

/// Writes the counts as sorted, indented JSON (a reviewable diff when committed), atomically
/// and inside the repository.
pub fn write(path: &Path, counts: &Counts, repository: &Path) -> Result<()> {
    let text = crate::report::escape::json_string(counts);
    crate::syntax::write::write_atomic(path, text.as_bytes(), repository)
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
