//! Command-line definitions (clap derive) and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::report::Format;

#[derive(Debug, Parser)]
#[command(
    name = "tracklint",
    version,
    about = "A linter for analytics tracking plans: event dictionaries, plans, versions, CRM governance.",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Use this config file instead of finding tracklint.yaml upward from the first PATH.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,

    /// When to color the output (auto: FORCE_COLOR or CLICOLOR_FORCE color any stream; else
    /// NO_COLOR and a non-terminal stdout turn it off).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Global options")]
    pub color: ColorChoice,

    /// Print notes about skipped files and progress on stderr.
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub verbose: bool,

    /// Print only errors (no warnings, no summary).
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load, validate and run all rules on a catalog (the main job; `tracklint` alone prints
    /// this help).
    Check(CheckArgs),
    /// List every rule with its group, default severity and what it checks.
    Rules,
    /// Explain one rule: what it checks, why, and a bad and a good example.
    Explain {
        /// A rule id, e.g. naming/vague-word.
        #[arg(value_parser = RuleIds, hide_possible_values = true)]
        rule: String,
    },
    /// Classified changes between two catalogs (breaking or compatible).
    Diff(DiffArgs),
    /// CRM-eligible events that need a lifecycle decision, and what changed since approval.
    Review(ReviewArgs),
    /// The one-page event dictionary with owners: self-contained HTML (search, filters, `?q=`)
    /// or markdown.
    Docs(DocsArgs),
    /// Rename an event across the dictionary and the plans, recording the old name in
    /// `renamed_from` with a `backfill:` note to fill in.
    Rename(RenameArgs),
    /// Check real payloads (newline-delimited Segment-style calls) against the catalog and plans.
    Validate(ValidateArgs),
    /// Write the catalog in another format.
    Export(ExportArgs),
    /// Turn an existing plan into a catalog: JSON Schemas, an Iglu registry, a Segment
    /// Protocols tracking plan.
    Import(ImportArgs),
    /// Write a starter config, dictionary and plans that pass `check` (never overwrites).
    Init {
        /// Where to create them (default: the current directory).
        dir: Option<PathBuf>,
    },
    /// Print a shell completion script.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier catalog: a git revision (origin/main, HEAD~1, a tag) or a folder.
    pub base: String,
    /// The later catalog (default: the work tree): a git revision or a folder.
    pub head: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Human,
    Json,
    /// A table ready to paste into a pull request comment.
    Markdown,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Catalog folders or files whose events are reviewed (default: the whole catalog; the
    /// whole catalog is still loaded).
    pub paths: Vec<PathBuf>,
    /// Compare with this git revision or folder: newly eligible events, changes to approved
    /// events, approvals added or changed, CRM events removed or deprecated.
    #[arg(long, value_name = "REF")]
    pub against: Option<String>,
    /// Warehouse usage (CSV with the columns event,count,last_seen): list zombie events.
    #[arg(long, value_name = "FILE.csv")]
    pub usage: Option<PathBuf>,
    /// Exit 1 when a CRM-eligible event needs a lifecycle decision (zombies do not gate).
    #[arg(long)]
    pub fail_on_pending: bool,
    /// Link event names in the markdown output to this docs page (`URL#event_name`).
    #[arg(long, value_name = "URL", value_hint = ValueHint::Other)]
    pub docs_url: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReviewFormat::Human)]
    pub format: ReviewFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReviewFormat {
    Human,
    Json,
    /// One table per reason, ready to post as a pull request comment.
    Markdown,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    /// Catalog folders or files whose events the page lists (default: the whole catalog).
    pub paths: Vec<PathBuf>,
    /// Page format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Html)]
    pub format: DocsFormat,
    /// Write the page to FILE (atomically, inside the repository) instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocsFormat {
    /// One self-contained page: inline CSS and JS, search and filters, fetches nothing.
    Html,
    /// The same content for a GitHub wiki or a pull request.
    Markdown,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Catalog folders or files (default: `.`, the current folder: the whole catalog that holds
    /// it is loaded, the diagnostics of the files below it are shown).
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human, help_heading = "Output")]
    pub format: FormatArg,

    #[command(flatten)]
    pub selection: SelectionArgs,

    /// Print the number of diagnostics per rule instead of the diagnostics.
    #[arg(long, help_heading = "Output")]
    pub statistics: bool,

    /// Ignore `# tracklint: allow(...)` comments and tracklint-suppressions.json.
    #[arg(long, help_heading = "Suppressions")]
    pub no_suppressions: bool,

    /// Record today's diagnostics per file and rule in tracklint-suppressions.json (next to
    /// the config); later runs report only what exceeds those counts.
    #[arg(long, conflicts_with_all = ["prune_suppressions", "no_suppressions"], help_heading = "Suppressions")]
    pub write_suppressions: bool,

    /// Lower the counts in tracklint-suppressions.json to today's (never raises them).
    #[arg(
        long,
        conflicts_with = "no_suppressions",
        help_heading = "Suppressions"
    )]
    pub prune_suppressions: bool,

    /// Write the --format output to FILE (atomically, inside the repository) instead of stdout.
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub output_file: Option<PathBuf>,

    /// Also write format F to FILE (repeatable), e.g. `--output-format sarif=tracklint.sarif`.
    #[arg(long, value_name = "F=FILE", value_parser = format_and_file, help_heading = "Output")]
    pub output_format: Vec<(FormatArg, PathBuf)>,

    /// Exit 0 even when there are errors (2 still means tracklint could not do its job).
    #[arg(long, help_heading = "Output")]
    pub exit_zero: bool,

    /// Also run the versioning rules against an earlier catalog: a git revision or a folder.
    #[arg(long, value_name = "REF", help_heading = "Baseline")]
    pub against: Option<String>,

    /// Apply the safe fixes in place (quote ambiguous scalars, drop unused suppressions), then
    /// report what is left.
    #[arg(long, help_heading = "Fixes")]
    pub fix: bool,

    /// With --fix or --diff, also apply the unsafe fixes (TODO changelog stubs a person must
    /// complete).
    #[arg(long, help_heading = "Fixes")]
    pub unsafe_fixes: bool,

    /// Print the fixes as a unified diff instead of writing them (exit 1 when there is one).
    #[arg(long, conflicts_with = "fix", help_heading = "Fixes")]
    pub diff: bool,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The event's current name.
    pub old: String,
    /// Its new name.
    pub new: String,
    /// Print the edits as a unified diff instead of writing them (exit 1 when there are any).
    #[arg(long)]
    pub diff: bool,
    /// Where data may already have been sent under OLD: when this git revision or folder has
    /// no event OLD (a name only this change introduced), nothing is recorded in
    /// `renamed_from` (default: the current branch's upstream, else HEAD).
    #[arg(long, value_name = "REF")]
    pub against: Option<String>,
}

/// Which rules report, and whether warnings fail the run: `check` and `validate` alike.
#[derive(Debug, Args)]
pub struct SelectionArgs {
    /// Report only these rules or groups (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE|GROUP", value_parser = RuleIds, hide_possible_values = true, help_heading = "Rule selection")]
    pub select: Vec<String>,

    /// Skip these rules or groups (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULE|GROUP", value_parser = RuleIds, hide_possible_values = true, help_heading = "Rule selection")]
    pub ignore: Vec<String>,

    /// Exit 1 when there are warnings, too.
    #[arg(long, help_heading = "Rule selection")]
    pub deny_warnings: bool,
}

/// `--format` of the commands that print diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Graphical reports with source snippets (miette).
    Human,
    /// One `file:line:col: severity[rule] message` line per diagnostic.
    Concise,
    /// One JSON array of diagnostics.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`), one line per diagnostic.
    Github,
    /// JUnit XML: a testsuite per file, a testcase per diagnostic.
    Junit,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Human => Format::Human,
            FormatArg::Concise => Format::Concise,
            FormatArg::Json => Format::Json,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Github => Format::Github,
            FormatArg::Junit => Format::Junit,
        }
    }
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Newline-delimited JSON files of Segment-style calls (`.gz` too), or `-` for stdin
    /// (the default when stdin is not a terminal).
    #[arg(value_name = "FILE.ndjson | -")]
    pub inputs: Vec<PathBuf>,

    /// Check every payload against this plan (default: the plan whose `source.library` is the
    /// payload's `context.library.name`, else all plans).
    #[arg(long, value_name = "ID", value_hint = ValueHint::Other)]
    pub plan: Option<String>,

    /// Count each event's payloads per hour of `business_timezone` and report the hours
    /// outside its `volume` band.
    #[arg(long)]
    pub volume: bool,

    /// Exit 1 when fewer than PCT percent of the applicable plans' active events were exercised.
    #[arg(long, value_name = "PCT", value_parser = percent, value_hint = ValueHint::Other)]
    pub min_coverage: Option<f64>,

    /// Also write the summary as JSON to this file (inside the repository).
    #[arg(long, value_name = "FILE.json")]
    pub report: Option<PathBuf>,

    /// Accept an input without any payload (else exit 2: an empty file or stdin is a
    /// forgotten file name more often than a test).
    #[arg(long)]
    pub allow_empty: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,

    #[command(flatten)]
    pub selection: SelectionArgs,
}

/// A rule id or group: any text is accepted here (custom `policy/<id>` rules are known only
/// once the config is read, and unknown ids get a "did you mean" later), but the registry's
/// ids and groups are offered as possible values, so shell completions list them.
#[derive(Debug, Clone, Copy)]
pub struct RuleIds;

impl clap::builder::TypedValueParser for RuleIds {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let groups = crate::engine::registry::GROUPS
            .iter()
            .map(|group| group.name);
        // `policy/<stem>` stands for the config's own policies: no word to complete.
        let rules = crate::engine::registry::all()
            .map(|rule| rule.id)
            .filter(|id| *id != crate::lint::policy::POLICY.id);
        Some(Box::new(
            groups.chain(rules).map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `F=FILE` of `--output-format`: a format name and where to write it.
fn format_and_file(text: &str) -> Result<(FormatArg, PathBuf), String> {
    let Some((name, file)) = text.split_once('=') else {
        return Err(format!(
            "`{text}` is not F=FILE, e.g. sarif=tracklint.sarif"
        ));
    };
    let format = FormatArg::from_str(name, true).map_err(|_| {
        const FORMATS: [&str; 6] = ["human", "concise", "json", "sarif", "github", "junit"];
        let close = FORMATS
            .iter()
            .find(|format| crate::text::within_distance(name, format, 2));
        let hint = close.map_or_else(String::new, |close| format!("did you mean `{close}`? "));
        format!("`{name}` is not a format; {hint}the formats: human, concise, json, sarif, github, junit")
    })?;
    if file.is_empty() {
        return Err(format!("`{text}` names no file after `=`"));
    }
    Ok((format, PathBuf::from(file)))
}

/// A percentage from 0 to 100.
fn percent(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("`{text}` is not a percentage from 0 to 100"))
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// One JSON Schema per event (its current version) for the whole track call, plus an index.
    Jsonschema(JsonSchemaArgs),
}

#[derive(Debug, Args)]
pub struct JsonSchemaArgs {
    /// The folder to write into (created when missing; inside the repository).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// `plain`: DIR/<event>.schema.json (2020-12); `iglu`: Snowplow's Iglu registry layout.
    #[arg(long, value_enum, default_value_t = SchemaLayout::Plain)]
    pub layout: SchemaLayout,

    /// The Iglu vendor (reverse domain, e.g. com.example); required with `--layout iglu`.
    #[arg(long, value_name = "VENDOR", value_hint = ValueHint::Other)]
    pub vendor: Option<String>,

    /// Also export draft and retired events (marked `x-tracklint-status`), which `validate`
    /// rejects and a plain export leaves out.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// JSON Schemas (draft-04 to 2020-12, JSON or YAML), Iglu self-describing schemas and
    /// registry folders, or a Segment Protocols tracking-plan export: one event per schema.
    Jsonschema(ImportJsonSchemaArgs),
}

#[derive(Debug, Args)]
pub struct ImportJsonSchemaArgs {
    /// Schema files or folders of them.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// The folder to write the catalog into: absent or empty.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Write every version of a schema (Iglu `M-R-A`, `X.Y.Z` files), oldest first, each as a
    /// git commit in DIR, so `diff` and `check --against` work from day one.
    #[arg(long)]
    pub history: bool,

    /// Import only the schemas of this Iglu vendor.
    #[arg(long, value_name = "VENDOR", value_hint = ValueHint::Other)]
    pub vendor: Option<String>,

    /// The owner of every imported event (default: the Iglu vendor, else TODO).
    #[arg(long, value_name = "OWNER", value_hint = ValueHint::Other)]
    pub owner: Option<String>,

    /// Output format of the report.
    #[arg(long, value_enum, default_value_t = ImportFormat::Human)]
    pub format: ImportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// What was imported and what was not, for a person.
    Human,
    /// `{out, events, versions, commits, skipped, unmapped}`.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaLayout {
    /// One JSON Schema 2020-12 file per event and an index.json.
    Plain,
    /// schemas/<vendor>/<event>/jsonschema/<N-0-0>: self-describing draft-04 schemas.
    Iglu,
}
