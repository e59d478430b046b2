//! `check --fix` and `--diff`: the edits that fix diagnostics, applied to the source text of
//! each file (never by re-serialising YAML, so comments, order and layout stay as written).
//! Safe fixes cannot change what the catalog means; unsafe ones write something a person must
//! complete and are applied only with `--unsafe-fixes`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Edit, apply_edits};
use crate::rule::Fix;
use crate::syntax::source::{FileId, Sources, repository_relative, resolved};
use crate::syntax::yaml;

/// What `--fix` would write: the fixed files, and the files whose fixes were left out because
/// the fixed text would not read back as meant (SPEC §8), with what differed.
#[derive(Debug, Default)]
pub struct Fixes {
    pub files: Vec<FixedFile>,
    pub unverified: Vec<(FileId, String)>,
}

/// A file with its fixes applied.
#[derive(Debug)]
pub struct FixedFile {
    pub file: FileId,
    /// The whole new content (with the byte order mark the file had).
    pub bytes: Vec<u8>,
    /// The diagnostics it fixes.
    pub fixed: usize,
    /// Where the text changed: the edits applied, in offset order (for `--diff`).
    pub edits: Vec<Edit>,
}

/// Whether a diagnostic's fix may be applied.
fn allowed(diagnostic: &Diagnostic, unsafe_fixes: bool) -> bool {
    match diagnostic.fix() {
        Fix::Safe => true,
        Fix::Unsafe => unsafe_fixes,
        Fix::None => false,
    }
}

/// The files the fixes of `diagnostics` change, in file order. A fix is taken whole or not at
/// all, in every file it edits (a rename edits the dictionary and the plans). Edits that
/// overlap an edit already taken are left for the next run (as ruff does); identical edits (one
/// fix shared by several diagnostics) are applied once. Each fixed text is parsed again: it
/// must parse, hold no more repeated keys, and, when only safe fixes were applied, hold the
/// very same values; else every fix that edits that file is left out (and the file listed), so
/// no fix is ever applied in half of its files.
pub fn fix<'a>(
    sources: &Sources,
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
    unsafe_fixes: bool,
) -> Fixes {
    let mut chosen: Vec<&Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| allowed(d, unsafe_fixes))
        .collect();
    let mut unverified = Vec::new();
    // Each round either succeeds or drops the fixes of at least one more file.
    loop {
        let planned = plan(sources, &chosen);
        let mut files = Vec::new();
        let mut failed = Vec::new();
        for (file, plan) in planned {
            match fixed_file(sources, file, plan) {
                Ok(fixed) => files.push(fixed),
                Err(why) => failed.push((file, why)),
            }
        }
        if failed.is_empty() {
            return Fixes { files, unverified };
        }
        chosen.retain(|d| {
            !d.edits
                .iter()
                .any(|edit| failed.iter().any(|(file, _)| *file == edit.span.file))
        });
        unverified.extend(failed);
    }
}

/// The edits taken in one file, and what they fix.
#[derive(Default)]
struct FilePlan<'a> {
    /// By (offset, length): disjoint, so an overlap can only be with the nearest one on either
    /// side. Linear in the fixes however many a file has.
    taken: BTreeMap<(u32, u32), &'a Edit>,
    /// The diagnostics fixed, counted in the file of their own span.
    fixed: usize,
    only_safe: bool,
}

/// The fixes that fit, by file: a fix fits when each of its edits lies inside its file's text
/// and touches no edit taken before it.
fn plan<'a>(sources: &Sources, diagnostics: &[&'a Diagnostic]) -> BTreeMap<FileId, FilePlan<'a>> {
    let mut plans: BTreeMap<FileId, FilePlan> = BTreeMap::new();
    for diagnostic in diagnostics {
        let edits = &diagnostic.edits;
        let fits = edits.iter().all(|edit| {
            sources
                .get(edit.span.file)
                .text
                .get(edit.span.offset as usize..edit.span.end() as usize)
                .is_some()
                && plans
                    .get(&edit.span.file)
                    .is_none_or(|plan| fits_beside(&plan.taken, edit))
        });
        if !fits || edits.is_empty() {
            continue;
        }
        let safe = diagnostic.rule.rule().is_some_and(|r| r.fix == Fix::Safe);
        for edit in edits {
            let plan = plans.entry(edit.span.file).or_insert_with(|| FilePlan {
                only_safe: true,
                ..FilePlan::default()
            });
            plan.taken
                .entry((edit.span.offset, edit.span.len))
                .or_insert(edit);
            plan.only_safe &= safe;
        }
        let counted_in = if edits.iter().any(|e| e.span.file == diagnostic.span.file) {
            diagnostic.span.file
        } else {
            edits[0].span.file
        };
        if let Some(plan) = plans.get_mut(&counted_in) {
            plan.fixed += 1;
        }
    }
    plans
}

/// The file with its planned edits applied, or why the result would not read back as meant.
fn fixed_file(sources: &Sources, file: FileId, plan: FilePlan) -> Result<FixedFile, String> {
    let text = sources.get(file).text.as_str();
    let edits: Vec<&Edit> = plan.taken.into_values().collect();
    let kept: Vec<Edit> = edits.iter().map(|edit| (*edit).clone()).collect();
    let new_text = apply_edits(text, edits).ok_or_else(|| "two of its edits overlap".to_owned())?;
    reads_back(text, &new_text, plan.only_safe)?;
    let bytes = with_bom(sources, file, new_text);
    Ok(FixedFile {
        file,
        bytes,
        fixed: plan.fixed,
        edits: kept,
    })
}

/// Whether `fixed` reads back as `original` did with the fixes' changes only: it parses, holds
/// no more repeated keys, and, after safe fixes (which cannot change what the catalog means),
/// the very same values. A file that did not parse has nothing to compare with.
fn reads_back(original: &str, fixed: &str, only_safe: bool) -> Result<(), String> {
    let Ok(before) = yaml::parse(original) else {
        return Ok(());
    };
    let after = yaml::parse(fixed).map_err(|err| {
        format!(
            "it would no longer parse: {}",
            crate::text::cut(&err.message, 200)
        )
    })?;
    if after.duplicates.len() != before.duplicates.len() {
        return Err("it would hold a key twice".to_owned());
    }
    if only_safe && same_meaning(after.root.to_json()) != same_meaning(before.root.to_json()) {
        return Err("a safe fix would change its values".to_owned());
    }
    Ok(())
}

/// Values as the model reads them, for comparing a file before and after safe fixes: a
/// `required: [..]` list is the same as `required: true` on each child it names (the fix of
/// structure/required-list moves one into the other), so both are read as the flags.
fn same_meaning(mut value: serde_json::Value) -> serde_json::Value {
    fold_required_lists(&mut value, 0);
    value
}

fn fold_required_lists(value: &mut serde_json::Value, depth: usize) {
    use serde_json::Value;
    if depth > 256 {
        return;
    }
    match value {
        Value::Object(map) => {
            if let (Some(Value::Array(names)), Some(Value::Object(children))) =
                (map.get("required").cloned(), map.get_mut("properties"))
            {
                let mut left = Vec::new();
                for name in names {
                    match name.as_str().and_then(|n| children.get_mut(n)) {
                        Some(Value::Object(child)) if !child.contains_key("required") => {
                            child.insert("required".into(), Value::Bool(true));
                        }
                        _ => left.push(name),
                    }
                }
                if left.is_empty() {
                    map.remove("required");
                } else {
                    map.insert("required".into(), Value::Array(left));
                }
            }
            for child in map.values_mut() {
                fold_required_lists(child, depth + 1);
            }
        }
        Value::Array(items) => {
            for item in items {
                fold_required_lists(item, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether `edit` is one already taken (a fix shared by several diagnostics) or touches none.
fn fits_beside(taken: &BTreeMap<(u32, u32), &Edit>, edit: &Edit) -> bool {
    let key = (edit.span.offset, edit.span.len);
    if let Some(same) = taken.get(&key) {
        return *same == edit;
    }
    let before = taken.range(..key).next_back().map(|(_, e)| *e);
    let after = taken.range(key..).next().map(|(_, e)| *e);
    before.into_iter().chain(after).all(|t| !overlaps(t, edit))
}

/// The bytes to write for a new `text` of `file`: with the byte order mark the file had.
pub fn with_bom(sources: &Sources, file: FileId, text: String) -> Vec<u8> {
    if !sources.get(file).bom {
        return text.into_bytes();
    }
    let mut bytes = Vec::with_capacity(text.len() + 3);
    bytes.extend_from_slice("\u{feff}".as_bytes());
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

/// Two edits touch the same bytes (an insertion at the other's start counts, so the order of
/// two insertions at one place is never guessed).
fn overlaps(a: &Edit, b: &Edit) -> bool {
    a.span.offset < b.span.end().max(b.span.offset + 1)
        && b.span.offset < a.span.end().max(a.span.offset + 1)
}

/// Lines of context around a change in `--diff`.
const CONTEXT: usize = 3;

/// From this many edits in one file, `--diff` diffs the lines each edit touches one by one:
/// a whole-file diff is O(lines x changed lines), seconds for thousands of renames in one
/// dictionary. Below it, the whole file is diffed (the same output for ordinary edits).
const BY_EDIT_FROM: usize = 64;

/// The unified diff of a fixed file against its text, headed `a/PATH` and `b/PATH` with the
/// path relative to `repository`, so `git apply` takes it from the repository root.
pub fn unified_diff(sources: &Sources, fixed: &FixedFile, repository: &Path) -> String {
    let old = sources.get(fixed.file).text.as_str();
    let new = new_text(&fixed.bytes);
    let both_end_lines = old.ends_with('\n') && new.ends_with('\n');
    let hunks = if fixed.edits.len() < BY_EDIT_FROM || !both_end_lines {
        whole_file_hunks(old, &new)
    } else {
        let (old_lines, new_lines) = (lines(old), lines(&new));
        let ops = ops_of_edits(&old_lines, &new_lines, old, &fixed.edits);
        hunks(&old_lines, &new_lines, ops)
    };
    with_header(&diff_name(sources, fixed.file, repository), hunks)
}

/// The unified diff of new `bytes` for `file` against its text.
pub fn diff_of(sources: &Sources, file: FileId, bytes: &[u8], repository: &Path) -> String {
    let hunks = whole_file_hunks(sources.get(file).text.as_str(), &new_text(bytes));
    with_header(&diff_name(sources, file, repository), hunks)
}

/// The hunks of one diff of the whole texts.
fn whole_file_hunks(old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(CONTEXT)
        .to_string()
}

/// The text of written bytes, without the byte order mark.
fn new_text(bytes: &[u8]) -> String {
    let new = String::from_utf8_lossy(bytes);
    new.strip_prefix('\u{feff}').unwrap_or(&new).to_owned()
}

fn diff_name(sources: &Sources, file: FileId, repository: &Path) -> String {
    let source = sources.get(file);
    repository_relative(&source.path, &resolved(repository)).unwrap_or_else(|| source.name.clone())
}

/// `--- a/NAME`, `+++ b/NAME` and the hunks; nothing when there are none.
fn with_header(name: &str, hunks: String) -> String {
    if hunks.is_empty() {
        return hunks;
    }
    format!("--- a/{name}\n+++ b/{name}\n{hunks}")
}

/// The lines of a text, each with its newline.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// The diff of `old` and `new` (`old` with `edits` applied, in offset order) as line
/// operations: the lines each group of edits touches are diffed on their own (a few lines),
/// and the lines between are equal, since no edit touched them. Linear in the lines.
fn ops_of_edits(
    old_lines: &[&str],
    new_lines: &[&str],
    old: &str,
    edits: &[Edit],
) -> Vec<similar::DiffOp> {
    let mut starts = Vec::with_capacity(old_lines.len());
    let mut at = 0;
    for line in old_lines {
        starts.push(at);
        at += line.len();
    }
    let line_of = |offset: usize| {
        starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    };
    // Groups of edits by the old lines they touch (edits sharing a line are one group), with
    // the lines the group adds: (first line, end line, lines added).
    let mut groups: Vec<(usize, usize, isize)> = Vec::new();
    for edit in edits {
        let (start, end) = (edit.span.offset as usize, edit.span.end() as usize);
        let removed = old
            .get(start..end)
            .map_or(0, |text| text.matches('\n').count());
        let added = edit.replacement.matches('\n').count() as isize - removed as isize;
        let first = line_of(start);
        let last = (line_of(end.saturating_sub(1).max(start)) + 1).min(old_lines.len());
        match groups.last_mut() {
            Some(group) if first < group.1 => {
                group.1 = group.1.max(last);
                group.2 += added;
            }
            _ => groups.push((first, last.max(first), added)),
        }
    }
    let mut ops = Vec::new();
    let (mut old_at, mut new_at) = (0usize, 0usize);
    for (first, last, added) in groups {
        if first > old_at {
            ops.push(similar::DiffOp::Equal {
                old_index: old_at,
                new_index: new_at,
                len: first - old_at,
            });
            new_at += first - old_at;
        }
        let new_end = (new_at + (last - first)).saturating_add_signed(added);
        ops.extend(similar::capture_diff(
            similar::Algorithm::Myers,
            old_lines,
            first..last,
            new_lines,
            new_at..new_end.min(new_lines.len()),
        ));
        old_at = last;
        new_at = new_end;
    }
    if old_at < old_lines.len() {
        ops.push(similar::DiffOp::Equal {
            old_index: old_at,
            new_index: new_at,
            len: old_lines.len() - old_at,
        });
    }
    // One run of equal lines is one operation, as in a whole-file diff (the context around a
    // change is counted in it).
    let mut merged: Vec<similar::DiffOp> = Vec::with_capacity(ops.len());
    for op in ops {
        match (merged.last_mut(), op) {
            (
                Some(similar::DiffOp::Equal { len, .. }),
                similar::DiffOp::Equal { len: more, .. },
            ) => *len += more,
            (_, op) => merged.push(op),
        }
    }
    merged
}

/// The unified hunks of line operations, with [`CONTEXT`] lines around each change, as
/// `similar` writes them (both texts end with a newline).
fn hunks(old_lines: &[&str], new_lines: &[&str], ops: Vec<similar::DiffOp>) -> String {
    let mut out = String::new();
    for group in similar::group_diff_ops(ops, CONTEXT) {
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "{}\n",
            similar::udiff::UnifiedHunkHeader::new(&group)
        ));
        for op in &group {
            let (tag, old_range, new_range) = op.as_tag_tuple();
            let mut push = |mark: char, lines: &[&str]| {
                for line in lines {
                    out.push(mark);
                    out.push_str(line);
                }
            };
            let old_part = old_lines.get(old_range).unwrap_or_default();
            let new_part = new_lines.get(new_range).unwrap_or_default();
            match tag {
                similar::DiffTag::Equal => push(' ', old_part),
                similar::DiffTag::Delete => push('-', old_part),
                similar::DiffTag::Insert => push('+', new_part),
                similar::DiffTag::Replace => {
                    push('-', old_part);
                    push('+', new_part);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Edit by edit, `--diff` prints what one whole-file diff prints: a dictionary with
    /// many edits of every kind (a line replaced, lines inserted, a line removed, edits one,
    /// six and seven lines apart, at the first and the last line).
    #[test]
    fn diffs_by_edit_are_the_whole_file_diff() {
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(&format!("  event_{i}:\n    owner: web\n"));
        }
        let line_at = |text: &str, line: usize| {
            text.split_inclusive('\n')
                .take(line)
                .map(str::len)
                .sum::<usize>() as u32
        };
        let mut edits = Vec::new();
        let mut line = 0;
        let mut step = 0;
        while line < 800 {
            let at = line_at(&text, line);
            let edit = match step % 4 {
                // The key renamed.
                0 => Edit {
                    span: Span::new(FileId(0), at + 2, 6),
                    replacement: "renamed".to_owned(),
                },
                // Two lines inserted before it.
                1 => Edit {
                    span: Span::new(FileId(0), at, 0),
                    replacement: "    a: 1\n    b: 2\n".to_owned(),
                },
                // The line removed.
                2 => Edit {
                    span: Span::new(FileId(0), at, line_at(&text, line + 1) - at),
                    replacement: String::new(),
                },
                // A line split in two.
                _ => Edit {
                    span: Span::new(FileId(0), at + 2, 0),
                    replacement: "x\n  ".to_owned(),
                },
            };
            edits.push(edit);
            line += [1, 6, 7, 13][step % 4];
            step += 1;
        }
        let new = apply_edits(&text, edits.iter().collect()).expect("disjoint edits");
        let whole = whole_file_hunks(&text, &new);
        let (old_lines, new_lines) = (lines(&text), lines(&new));
        let by_region = hunks(
            &old_lines,
            &new_lines,
            ops_of_edits(&old_lines, &new_lines, &text, &edits),
        );
        assert!(edits.len() > BY_EDIT_FROM, "{}", edits.len());
        assert_eq!(by_region, whole);
    }
    use crate::diagnostic::Severity;
    use crate::rule::RuleId;
    use crate::syntax::source::{SourceFile, Span};

    fn sources(text: &str) -> (Sources, FileId) {
        let mut sources = Sources::new();
        let file = sources.add(SourceFile::new(
            "a.yaml".into(),
            "a.yaml".into(),
            text.into(),
        ));
        (sources, file)
    }

    fn quoted(file: FileId, offset: u32, len: u32, text: &str) -> Diagnostic {
        Diagnostic::new(
            RuleId::Builtin(&crate::lint::structure::AMBIGUOUS_SCALAR),
            Severity::Warning,
            Span::new(file, offset, len),
            "m",
        )
        .with_edit(Span::new(file, offset, len), text)
    }

    #[test]
    fn edits_apply_by_offset_and_keep_every_other_byte() {
        let (sources, file) = sources("enum: [yes, no] # keep\n");
        let fixes = fix(
            &sources,
            &[quoted(file, 12, 2, "\"no\""), quoted(file, 7, 3, "\"yes\"")],
            false,
        );
        let fixes = fixes.files;
        assert_eq!(fixes.len(), 1);
        assert_eq!(fixes[0].fixed, 2);
        assert_eq!(
            String::from_utf8_lossy(&fixes[0].bytes),
            "enum: [\"yes\", \"no\"] # keep\n"
        );
        let diff = unified_diff(&sources, &fixes[0], Path::new("/nonexistent"));
        assert!(
            diff.contains("-enum: [yes, no] # keep\n+enum: [\"yes\", \"no\"] # keep\n"),
            "{diff}"
        );
    }

    #[test]
    fn overlapping_edits_wait_for_the_next_run_and_shared_ones_apply_once() {
        // In a comment, so that the edits change no value.
        let (sources, file) = sources("#abcdef\n");
        let a = quoted(file, 1, 3, "X");
        let b = quoted(file, 3, 2, "Y");
        let c = quoted(file, 1, 3, "X");
        let fixes = fix(&sources, &[a, b, c], false).files;
        assert_eq!(String::from_utf8_lossy(&fixes[0].bytes), "#Xdef\n");
        assert_eq!(fixes[0].fixed, 2);
    }

    #[test]
    fn rules_without_a_safe_fix_are_left_alone() {
        let (sources, file) = sources("abc\n");
        let d = Diagnostic::new(
            RuleId::Builtin(&crate::lint::versioning::CHANGELOG_MISSING),
            Severity::Error,
            Span::new(file, 0, 1),
            "m",
        )
        .with_edit(Span::new(file, 0, 0), "x");
        assert!(
            fix(&sources, std::slice::from_ref(&d), false)
                .files
                .is_empty()
        );
        assert_eq!(fix(&sources, &[d], true).files.len(), 1);
    }

    #[test]
    fn fixes_that_would_not_read_back_are_left_out() {
        let (sources, file) = sources("a: [yes]\nb: 1\n");
        // A "safe" edit that changes a value, and one that breaks the YAML.
        let changes = quoted(file, 4, 3, "\"no\"");
        let breaks = quoted(file, 12, 1, "[");
        for (diagnostic, why) in [
            (changes, "a safe fix would change its values"),
            (breaks, "it would no longer parse"),
        ] {
            let fixes = fix(&sources, std::slice::from_ref(&diagnostic), false);
            assert!(fixes.files.is_empty());
            assert_eq!(fixes.unverified.len(), 1);
            assert!(
                fixes.unverified[0].1.starts_with(why),
                "{:?}",
                fixes.unverified
            );
        }
    }
}
