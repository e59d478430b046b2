//! `# tracklint: allow(rule-id) -- reason` comments (SPEC §2): on the flagged line, or alone on
//! the line before it. A suppression that matches nothing is `meta/unused-suppression`.

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::engine::registry::{self, Selector};
use crate::lint::meta::UNUSED_SUPPRESSION;
use crate::syntax::source::{FileId, SourceFile, Sources, Span};
use crate::syntax::yaml::Pos;
use foldhash::HashMap as FastMap;

/// One rule id inside an `allow(...)` comment.
#[derive(Debug)]
struct Allow {
    file: FileId,
    /// The 1-based line it applies to.
    line: u32,
    rule: String,
    span: Span,
    /// Its comment, in the list `collect` returns.
    comment: usize,
}

/// One `# tracklint: allow(...)` comment, for the fix that removes unused ids from it.
#[derive(Debug)]
struct Comment {
    /// What is inside the parentheses.
    list: Span,
    /// What goes when no id is left: the whole line of a comment alone on its line, else the
    /// comment and the blanks before it.
    whole: Span,
    /// How many ids it names.
    ids: usize,
}

/// `allow(...)` inside one comment's text (the comment starts with `#`).
fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"#\s*tracklint:\s*allow\(([^)]*)\)").unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Every `allow(...)` in the files `include` accepts, and their comments. Only the comments
/// the YAML parser found are read (`SourceFile::comments`), so `# tracklint: allow(x)` inside a
/// quoted string or a block scalar is text, not a suppression; a file that did not parse has
/// none (see the loader).
fn collect(sources: &Sources, include: impl Fn(FileId) -> bool) -> (Vec<Allow>, Vec<Comment>) {
    let mut allows = Vec::new();
    let mut comments = Vec::new();
    for (file, source) in sources.iter() {
        if include(file) && !source.comments.is_empty() {
            collect_file(file, source, &mut allows, &mut comments);
        }
    }
    (allows, comments)
}

/// One file's allows: a comment alone on its line applies to the next line that holds
/// something else than blanks and comments; a comment after code applies to its own line.
fn collect_file(
    file: FileId,
    source: &SourceFile,
    allows: &mut Vec<Allow>,
    comments: &mut Vec<Comment>,
) {
    let text = source.text.as_str();
    let mut pending: Vec<Allow> = Vec::new();
    let mut next_comment = source.comments.iter().peekable();
    let mut offset = 0usize;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let number = index as u32 + 1;
        let end = offset + line.len();
        // Comments are in file order and at most one starts on a line.
        while next_comment
            .next_if(|c| (c.offset as usize) < offset)
            .is_some()
        {}
        let comment = next_comment.next_if(|c| (c.offset as usize) < end);
        let code_end = comment.map_or(line.len(), |c| c.offset as usize - offset);
        let standalone = line
            .get(..code_end)
            .is_some_and(|code| code.trim().is_empty());
        if !standalone {
            // A code line: comments waiting above it apply here.
            for mut allow in pending.drain(..) {
                allow.line = number;
                allows.push(allow);
            }
        }
        if let Some(comment) = comment {
            let found = allows_in(file, source, comment, line, offset, standalone, comments);
            let found = found.into_iter().map(|allow| Allow {
                line: number,
                ..allow
            });
            if standalone {
                pending.extend(found);
            } else {
                allows.extend(found);
            }
        }
        offset = end;
    }
    // Comments at the end of a file suppress nothing; they are still reported as unused.
    allows.extend(pending);
}

/// The allows of one comment token (none when it holds no `allow(...)`), its [`Comment`] added
/// to `comments`. `line` is the comment's line, starting at `offset`.
fn allows_in(
    file: FileId,
    source: &SourceFile,
    comment: &Pos,
    line: &str,
    offset: usize,
    standalone: bool,
    comments: &mut Vec<Comment>,
) -> Vec<Allow> {
    let start = comment.offset as usize;
    let Some(text) = source.text.get(start..start + comment.len as usize) else {
        return Vec::new();
    };
    let Some(found) = pattern().captures(text) else {
        return Vec::new();
    };
    let (Some(all), Some(list)) = (found.get(0), found.get(1)) else {
        return Vec::new();
    };
    let ids = split_ids(list.as_str());
    let list_at = (start + list.start()) as u32;
    comments.push(Comment {
        list: Span::new(file, list_at, list.len() as u32),
        whole: comment_span(
            file,
            offset as u32,
            line,
            start - offset + all.start(),
            standalone,
        ),
        ids: ids.len(),
    });
    ids.into_iter()
        .map(|(at, id)| Allow {
            file,
            line: 0,
            rule: id.to_owned(),
            span: Span::new(file, list_at + at as u32, id.len() as u32),
            comment: comments.len() - 1,
        })
        .collect()
}

/// The span `--fix` deletes to remove a whole comment: its line when it stands alone, else
/// from the end of the code before it to the end of the line (the line break stays).
fn comment_span(file: FileId, offset: u32, line: &str, hash: usize, standalone: bool) -> Span {
    let content = line.trim_end_matches(['\n', '\r']).len();
    if standalone {
        return Span::new(file, offset, line.len() as u32);
    }
    let start = line[..hash].trim_end().len();
    Span::new(file, offset + start as u32, (content - start) as u32)
}

/// The ids of `allow(a, b)` with their byte offsets inside the parentheses.
fn split_ids(list: &str) -> Vec<(usize, &str)> {
    let mut ids = Vec::new();
    let mut start = 0;
    for part in list.split(',') {
        let leading = part.len() - part.trim_start().len();
        let id = part.trim();
        if !id.is_empty() {
            ids.push((start + leading, id));
        }
        start += part.len() + 1;
    }
    ids
}

/// The allows of a run, grouped by what they can match: a diagnostic looks up its own line and
/// rule (and the rule's group) and nothing else, so the work is linear in diagnostics plus
/// allows, however many share a line.
struct Index<'a> {
    /// (file, line, rule id or group as written) -> the group of allows saying it there.
    groups: FastMap<(FileId, u32, &'a str), usize>,
    /// Whether each group suppressed something.
    used: Vec<bool>,
}

impl<'a> Index<'a> {
    fn new(allows: &'a [Allow]) -> Self {
        let mut groups = FastMap::default();
        let mut used = Vec::new();
        for allow in allows {
            groups
                .entry((allow.file, allow.line, allow.rule.as_str()))
                .or_insert_with(|| {
                    used.push(false);
                    used.len() - 1
                });
        }
        Index { groups, used }
    }

    /// Marks every allow on `line` that names `rule` or its group; whether there was one.
    fn suppress(&mut self, file: FileId, line: u32, rule: &str) -> bool {
        let group = Some(registry::group_of(rule)).filter(|group| *group != rule);
        let mut suppressed = false;
        for id in std::iter::once(rule).chain(group) {
            if let Some(&index) = self.groups.get(&(file, line, id))
                && let Some(used) = self.used.get_mut(index)
            {
                *used = true;
                suppressed = true;
            }
        }
        suppressed
    }

    fn is_used(&self, allow: &Allow) -> bool {
        self.groups
            .get(&(allow.file, allow.line, allow.rule.as_str()))
            .and_then(|&index| self.used.get(index))
            .is_some_and(|&used| used)
    }
}

/// Drops suppressed diagnostics and adds one `meta/unused-suppression` per allow that matched
/// nothing. `enabled` says whether a rule could have fired in this run at all (a suppression
/// of a rule that is off or not selected is not "unused").
pub fn apply(
    diagnostics: Vec<Diagnostic>,
    sources: &Sources,
    include: impl Fn(FileId) -> bool,
    enabled: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let (allows, comments) = collect(sources, include);
    if allows.is_empty() {
        return diagnostics;
    }
    let mut index = Index::new(&allows);
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let span = diagnostic.span;
            let line = sources.get(span.file).line_index(span.offset as usize) as u32 + 1;
            !index.suppress(span.file, line, &diagnostic.rule)
        })
        .collect();
    // One suggester for every unknown id, and one answer per distinct id.
    let mut rule_ids = registry::ids();
    // The allows of each comment, and each comment's fix, computed once.
    let mut members: Vec<Vec<usize>> = comments.iter().map(|_| Vec::new()).collect();
    for (i, allow) in allows.iter().enumerate() {
        if let Some(list) = members.get_mut(allow.comment) {
            list.push(i);
        }
    }
    let mut fixes: FastMap<usize, Option<(Span, String)>> = FastMap::default();
    let mut suggested: FastMap<&str, Option<&'static str>> = FastMap::default();
    for allow in allows.iter().filter(|a| !index.is_used(a)) {
        if Selector::parse(&allow.rule).is_none() {
            let close = *suggested
                .entry(allow.rule.as_str())
                .or_insert_with(|| registry::closest_in(&mut rule_ids, &allow.rule));
            let help = match close {
                Some(close) => format!("did you mean `{close}`?"),
                None => "`tracklint rules` lists every rule id".to_owned(),
            };
            kept.push(
                UNUSED_SUPPRESSION
                    .at(
                        allow.span,
                        format!("suppression names unknown rule \"{}\"", allow.rule),
                    )
                    .with_help(help),
            );
        } else if enabled(&allow.rule) {
            let mut diagnostic = UNUSED_SUPPRESSION
                .at(
                    allow.span,
                    format!(
                        "suppression of \"{}\" matches no diagnostic on line {}",
                        allow.rule, allow.line
                    ),
                )
                .with_help("remove it; the problem it hid is gone");
            let edit = fixes.entry(allow.comment).or_insert_with(|| {
                removal(
                    allow.comment,
                    &members,
                    &allows,
                    &comments,
                    sources,
                    &index,
                    &enabled,
                )
            });
            if let Some((span, text)) = edit {
                diagnostic = diagnostic.with_edit(*span, text.clone());
            }
            kept.push(diagnostic);
        }
    }
    kept
}

/// The edit that removes the unused ids of `allow`'s comment: the whole comment when none is
/// left, else the list without them. Every unused id of one comment gets the same edit, so
/// applying one fixes them all. Unknown ids stay (a typo the user should correct, not lose).
fn removal(
    comment: usize,
    members: &[Vec<usize>],
    allows: &[Allow],
    comments: &[Comment],
    sources: &Sources,
    index: &Index,
    enabled: &impl Fn(&str) -> bool,
) -> Option<(Span, String)> {
    let removable =
        |a: &Allow| !index.is_used(a) && Selector::parse(&a.rule).is_some() && enabled(&a.rule);
    let siblings: Vec<&Allow> = members
        .get(comment)?
        .iter()
        .filter_map(|&i| allows.get(i))
        .collect();
    let comment = comments.get(comment)?;
    if siblings.len() != comment.ids {
        return None;
    }
    let left: Vec<&str> = siblings
        .iter()
        .filter(|a| !removable(a))
        .map(|a| a.rule.as_str())
        .collect();
    if left.is_empty() {
        return Some((comment.whole, String::new()));
    }
    // Only when the list is written as plain ids (nothing else to keep inside it).
    let text = sources
        .get(comment.list.file)
        .text
        .get(comment.list.offset as usize..comment.list.end() as usize)?;
    let plain = split_ids(text).len() == comment.ids;
    plain.then(|| (comment.list, left.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::rule::RuleId;

    /// A file as the loader leaves it: its comments from the parser.
    fn parsed(text: &str) -> SourceFile {
        let mut source = SourceFile::new("a.yaml".into(), "a.yaml".into(), text.into());
        source.comments = crate::syntax::yaml::parse(text).unwrap().comments;
        source
    }

    #[test]
    fn same_line_and_line_before() {
        let text = "events:\n  # tracklint: allow(naming/vague-word) -- legacy\n  clicked_stuff: {}\n  misc_done: {}  # tracklint: allow(naming) -- x\n  a_b: {} # tracklint: allow(naming/case, structure)\n";
        let mut sources = Sources::new();
        let file = sources.add(parsed(text));
        let at = |line: u32| Span::new(file, sources.get(file).offset_of(line, 3), 3);
        let diagnostics = vec![
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::VAGUE_WORD),
                Severity::Error,
                at(3),
                "x",
            ),
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::VAGUE_WORD),
                Severity::Error,
                at(4),
                "y",
            ),
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::STYLE),
                Severity::Error,
                at(2),
                "z",
            ),
        ];
        let kept = apply(diagnostics, &sources, |_| true, |_| true);
        let rules: Vec<_> = kept
            .iter()
            .map(|d| (d.rule.as_str(), d.message.as_str()))
            .collect();
        assert_eq!(
            rules,
            vec![
                ("naming/style", "z"),
                (
                    "meta/unused-suppression",
                    "suppression of \"naming/case\" matches no diagnostic on line 5"
                ),
                (
                    "meta/unused-suppression",
                    "suppression of \"structure\" matches no diagnostic on line 5"
                ),
            ]
        );
        let span = kept[1].span;
        assert_eq!(
            &text[span.offset as usize..span.end() as usize],
            "naming/case"
        );
    }

    #[test]
    fn only_comment_tokens_suppress() {
        let text = "events:\n  a_b:\n    description: \"x # tracklint: allow(naming/case)\"\n    notes: |\n      # tracklint: allow(naming/case)\n  # tracklint: allow(naming/case)\n  # an ordinary comment\n\n  c_d: {}\n";
        let mut sources = Sources::new();
        let file = sources.add(parsed(text));
        let line = |n: u32| Span::new(file, sources.get(file).offset_of(n, 3), 1);
        let diagnostics = vec![
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::CASE),
                Severity::Error,
                line(3),
                "in a string",
            ),
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::CASE),
                Severity::Error,
                line(5),
                "in a block scalar",
            ),
            Diagnostic::new(
                RuleId::Builtin(&crate::lint::naming::CASE),
                Severity::Error,
                line(9),
                "below the comment",
            ),
        ];
        let kept = apply(diagnostics, &sources, |_| true, |_| true);
        let messages: Vec<&str> = kept.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages, ["in a string", "in a block scalar"]);
    }
}
