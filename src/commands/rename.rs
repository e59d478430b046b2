//! `tracklint rename OLD NEW [--diff]`: renames an event in place across the catalog found
//! from the current directory (or `--config`), atomically per file, inside the repository.

use std::io::Write;
use std::path::Path;

use super::{EXIT_FINDINGS, EXIT_OK, Globals, load_complete, say, written};
use crate::catalog::Name;
use crate::catalog::rename::{self, Refusal};
use crate::cli::RenameArgs;
use crate::compare::baseline::Baseline;
use crate::compare::git::Git;
use crate::diagnostic::Severity;
use crate::engine::fix;
use crate::engine::workspace::Workspace;
use crate::engine::write::write_all_atomic;
use crate::error::{Error, Result};
use crate::escape::{visible, visible_lines};
use crate::lint::naming;
use crate::syntax::source::{FileId, Sources, Span, resolved};

pub fn run(
    args: &RenameArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let mut workspace = load_complete(&[], config, globals, "rename")?;
    let (old, new) = (args.old.as_str(), args.new.as_str());
    let (baseline, label) = match args.against.as_deref() {
        Some(against) => (workspace.load_baseline(Some(against))?, against.to_owned()),
        None => default_baseline(&mut workspace),
    };
    // A name no baseline has was never sent: a typo fixed in the same branch.
    let record = baseline
        .as_ref()
        .is_none_or(|base| base.catalog.event(old).is_some());
    let sources = &workspace.sources;
    let renamed = rename::rename(&workspace.catalog, sources, old, new, record)
        .map_err(|why| Error::Usage(refusal(&why, old, new, sources)))?;
    // After the plain refusals (no such event, taken, not a plain name): a name the next
    // `check` fails is never written.
    check_new_name(&workspace, new)?;
    let files: Vec<(FileId, Vec<u8>)> = renamed
        .files
        .into_iter()
        .map(|(file, text)| (file, fix::with_bom(sources, file, text)))
        .collect();
    if args.diff {
        for (file, bytes) in &files {
            let diff = fix::diff_of(sources, *file, bytes, &workspace.config.repository);
            written(out.write_all(visible_lines(&diff).as_bytes()))?;
        }
        // Like `check --diff`: 1 when there is something to apply.
        return Ok(if files.is_empty() {
            EXIT_OK
        } else {
            EXIT_FINDINGS
        });
    }
    let targets: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(file, bytes)| (sources.get(*file).path.as_path(), bytes.as_slice()))
        .collect();
    write_all_atomic(&targets, &workspace.config.repository)?;
    if record {
        say(&format!(
            "renamed \"{}\" to \"{}\": {} places in {} files; write the `backfill:` note (how data sent as \"{}\" maps to \"{}\") before merging",
            visible(old),
            visible(new),
            renamed.places,
            files.len(),
            visible(old),
            visible(new)
        ));
    } else {
        say(&format!(
            "renamed \"{}\" to \"{}\": {} places in {} files; {} has no event \"{}\", so no data was sent under it and nothing was added to `renamed_from`",
            visible(old),
            visible(new),
            renamed.places,
            files.len(),
            visible(&label),
            visible(old)
        ));
    }
    Ok(EXIT_OK)
}

/// NEW must pass the naming rules that fail `check` here (configured severities): a rename
/// never writes a name the next `check` rejects.
fn check_new_name(workspace: &Workspace, new: &str) -> Result<()> {
    let name = Name {
        value: new.to_owned(),
        span: Span::new(FileId(0), 0, 0),
    };
    let problems = naming::event_name_problems(&workspace.config.naming, &workspace.catalog, &name);
    let failing = problems.iter().find(|d| {
        workspace
            .severities
            .of(d.rule.as_str(), d.severity)
            .is_some_and(|s| s == Severity::Error)
    });
    match failing {
        None => Ok(()),
        Some(problem) => Err(Error::Usage(format!(
            "rename: \"{}\" fails {}: {}{}",
            visible(new),
            problem.rule.as_str(),
            visible(&problem.message),
            problem
                .help
                .as_deref()
                .map_or_else(String::new, |help| format!("; {}", visible(help)))
        ))),
    }
}

/// The baseline a rename is judged against when none is named: the branch's upstream, else
/// HEAD; none outside git or before the first commit (then the old name is recorded).
fn default_baseline(workspace: &mut Workspace) -> (Option<Baseline>, String) {
    // Only the repository that holds the catalog (git would climb past a `.git` it cannot
    // read to an enclosing one).
    let Ok(git) = Git::holding(&workspace.config.root) else {
        return (None, String::new());
    };
    if resolved(&git.root) != resolved(&workspace.config.repository) {
        return (None, String::new());
    }
    let label = match git.upstream() {
        Some(upstream) => upstream,
        None if git.has_head() => "HEAD".to_owned(),
        None => return (None, String::new()),
    };
    match workspace.load_baseline(Some(&label)) {
        Ok(baseline) => (baseline, label),
        Err(_) => (None, label),
    }
}

/// Why the rename was refused, and what to do instead.
fn refusal(why: &Refusal, old: &str, new: &str, sources: &Sources) -> String {
    match why {
        Refusal::Unknown => format!("rename: the catalog defines no event \"{}\"", visible(old)),
        Refusal::Taken => format!(
            "rename: event \"{}\" exists already; deprecate one of them instead",
            visible(new)
        ),
        Refusal::BadName => format!(
            "rename: \"{}\" is no plain event name (letters, digits, `_`, `-`, `.`; a letter first)",
            visible(new)
        ),
        Refusal::Layout => format!(
            "rename: event \"{}\" is written in a layout tracklint does not edit (a flow mapping over several lines, or an empty `renamed_from:`); rename it by hand",
            visible(old)
        ),
        Refusal::Unverified { file, why } => format!(
            "rename: the edits of {} would not read back as intended ({}), so nothing was written; rename event \"{}\" by hand",
            visible(sources.name(*file)),
            visible(why),
            visible(old)
        ),
    }
}
