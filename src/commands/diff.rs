//! `tracklint diff BASE [HEAD]`: the classified change list in human, json or markdown.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_FINDINGS, EXIT_OK, Globals, incomplete_sides, written};
use crate::cli::{DiffArgs, DiffFormat};
use crate::compare::baseline::{self, Baseline};
use crate::compare::diff;
use crate::config::Config;
use crate::engine::check;
use crate::engine::selection::Severities;
use crate::engine::workspace::{find_config, load_workspace};
use crate::error::Result;
use crate::report::diff::{human, json_text, markdown};
use crate::syntax::source::Sources;

pub fn run(
    args: &DiffArgs,
    config: Option<&Path>,
    globals: Globals,
    out: &mut dyn Write,
) -> Result<u8> {
    let head_label = args.head.as_deref().unwrap_or("the work tree");
    let (sources, base, head, settings) = match args.head.as_deref() {
        // The work tree is the head: its config names the repository and the catalog paths.
        None => {
            let mut workspace = load_workspace(&[], config)?;
            let base = baseline::load(&args.base, &workspace.config, &mut workspace.sources)?;
            let head = Baseline {
                label: head_label.to_owned(),
                catalog: workspace.catalog,
                root: workspace.config.root.clone(),
                config: None,
            };
            (
                workspace.sources,
                base,
                head,
                (workspace.config, workspace.severities),
            )
        }
        Some(head) => {
            let mut sources = Sources::new();
            let (mut config, severities) = side_config(&args.base, head, config, &mut sources)?;
            let base = baseline::load(&args.base, &config, &mut sources)?;
            let head = baseline::load(head, &config, &mut sources)?;
            // The versioning rules match files by their path under the head's root.
            config.root = head.root.clone();
            (sources, base, head, (config, severities))
        }
    };
    let sides = [
        (args.base.as_str(), &base.catalog),
        (head_label, &head.catalog),
    ];
    if let Some(code) = incomplete_sides(&sides, &sources, globals, "compare") {
        return Ok(code);
    }
    let (config, _) = &settings;
    // The work tree's config is the one in force; a revision or folder brings its own.
    let head_config = head.config.as_ref().or(match args.head {
        None => Some(config),
        Some(_) => None,
    });
    let changes = diff::compare_with_configs(
        &base.catalog,
        base.config.as_ref(),
        &head.catalog,
        head_config,
    );
    let text = match args.format {
        DiffFormat::Human => human(&changes, &args.base, head_label),
        DiffFormat::Json => json_text(&changes),
        DiffFormat::Markdown => markdown(&changes, &args.base, head_label),
    };
    written(out.write_all(text.as_bytes()))?;
    let (config, severities) = &settings;
    let failing = check::versioning_fails(&sources, config, severities, &base, &head)?;
    Ok(if failing { EXIT_FINDINGS } else { EXIT_OK })
}

/// The config two given sides are read with: found (for the repository and the catalog
/// paths) only when a side is a git revision; two folders each bring their own, and the
/// current directory's config and catalog are not read at all.
fn side_config(
    base: &str,
    head: &str,
    config: Option<&Path>,
    sources: &mut Sources,
) -> Result<(Config, Severities)> {
    let defaults = || {
        (
            Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]),
            Severities::default(),
        )
    };
    if baseline::is_folder(base) && baseline::is_folder(head) {
        return Ok(defaults());
    }
    Ok(find_config(&[], config, sources)?.unwrap_or_else(defaults))
}
