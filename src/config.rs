//! `tracklint.yaml`: discovery, defaults and validation (SPEC §1.1).
//! Every problem in it is a diagnostic pointing into the file, and ends the run with exit 2.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::{ConfigErrors, Error, Result};
use crate::rule::RuleId;
use crate::syntax::read::{self, FILE_LIMIT, ReadError};
use crate::syntax::schema::{self, Document};
use crate::syntax::source::{FileId, Located, SourceFile, Sources, Span, display_path};
use crate::syntax::yaml::{self, Node};

pub const CONFIG_FILE: &str = "tracklint.yaml";

/// How much of a parser's or schema compiler's complaint about a policy is quoted.
const POLICY_REASON_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamingStyle {
    /// `invitation_sent`
    ObjectAction,
    /// `sent_invitation`
    VerbObject,
    /// `billing_invoice_paid`
    AreaObjectAction,
}

#[derive(Debug)]
pub struct Naming {
    pub style: NamingStyle,
    pub areas: Vec<String>,
    pub extra_verbs: HashSet<String>,
    pub banned_words: Vec<String>,
    pub max_length: usize,
    pub event_pattern: Option<(Regex, Located<String>)>,
}

/// A custom policy: a JSON Schema every event definition must satisfy (SPEC §3.9).
#[derive(Debug)]
pub struct Policy {
    /// `policy/<file stem>`
    pub rule: String,
    pub path: PathBuf,
    pub validator: jsonschema::Validator,
    /// The schema's description or title, shown as help.
    pub help: String,
}

#[derive(Debug)]
pub struct Config {
    /// The catalog root: the config's folder, or the current directory without a config.
    pub root: PathBuf,
    /// The repository holding the catalog (canonical): every path the config names, and every
    /// file the walker follows a link to, must resolve inside it (SPEC §8).
    pub repository: PathBuf,
    /// The config file, when there is one.
    pub file: Option<FileId>,
    /// Folders and files to load.
    pub catalog: Vec<PathBuf>,
    pub naming: Naming,
    pub required_properties: Vec<Located<String>>,
    pub required_stages: Vec<Located<String>>,
    pub approvers: Vec<String>,
    /// `defaults.closed`: whether an event that says nothing accepts no unlisted property.
    pub default_closed: bool,
    pub max_age_days: i64,
    pub today: jiff::civil::Date,
    /// Whether `review.today` pinned `today` (then dated output such as `docs` may show it).
    pub today_pinned: bool,
    /// An IANA zone of jiff's bundled database (checked while reading), by its canonical name.
    pub business_timezone: String,
    /// `consent.categories`: our consent category (lowercase) -> the names a consent tool uses
    /// for it in `context.consent.categoryPreferences` (`marketing: [Advertising, C0004]`).
    pub consent_categories: HashMap<String, Vec<String>>,
    pub policies: Vec<Policy>,
    /// `rules:` as written: a rule id, group or policy id and its severity (`None` is off).
    /// Which ids exist is the registry's business (`engine::workspace` checks them).
    pub rules: Vec<(Located<String>, Option<Severity>)>,
}

impl Config {
    /// The defaults, for a catalog made of `paths` (SPEC §1.1).
    pub fn defaults(root: PathBuf, paths: Vec<PathBuf>) -> Config {
        Config {
            repository: read::repository_root(&root),
            root,
            file: None,
            catalog: paths,
            naming: Naming {
                style: NamingStyle::ObjectAction,
                areas: Vec::new(),
                extra_verbs: HashSet::new(),
                banned_words: Vec::new(),
                max_length: 48,
                event_pattern: None,
            },
            required_properties: Vec::new(),
            required_stages: Vec::new(),
            approvers: Vec::new(),
            default_closed: false,
            max_age_days: 365,
            today: today_utc(),
            today_pinned: false,
            business_timezone: "UTC".into(),
            consent_categories: HashMap::new(),
            policies: Vec::new(),
            rules: Vec::new(),
        }
    }

    /// Finds `tracklint.yaml` in `start` (a folder, or a file's folder) or any folder above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let absolute = if start.is_absolute() {
            start.to_path_buf()
        } else {
            std::env::current_dir().ok()?.join(start)
        };
        let first = if absolute.is_dir() {
            absolute.as_path()
        } else {
            absolute.parent()?
        };
        first
            .ancestors()
            .map(|dir| dir.join(CONFIG_FILE))
            // Anything but a folder: a FIFO named tracklint.yaml is refused when loaded, not
            // silently passed over.
            .find(|candidate| std::fs::metadata(candidate).is_ok_and(|m| !m.is_dir()))
    }

    /// Reads and validates a config file; its folder becomes the catalog root.
    pub fn load(path: &Path, sources: &mut Sources) -> Result<Config> {
        let (config, problems) = Config::load_with_problems(path, sources)?;
        Config::fail_on(problems, sources)?;
        Ok(config)
    }

    /// Reads a config file and every problem in it, without failing on those problems, so the
    /// caller can add its own (unknown rule ids) and report them all in one round.
    pub fn load_with_problems(
        path: &Path,
        sources: &mut Sources,
    ) -> Result<(Config, Vec<Diagnostic>)> {
        refuse_link_out(path)?;
        let bytes = read::read_regular(path, FILE_LIMIT).map_err(|reason| match reason {
            ReadError::Io(source) if source.kind() == std::io::ErrorKind::NotFound => {
                Error::NotFound {
                    path: path.to_path_buf(),
                }
            }
            ReadError::Io(source) => Error::Io {
                path: path.to_path_buf(),
                source,
            },
            reason => Error::Unreadable {
                path: path.to_path_buf(),
                reason,
            },
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::Usage(format!(
                "{}: the config file is not valid UTF-8; save it as UTF-8",
                display_path(path)
            ))
        })?;
        Ok(Config::from_text(path, text, sources))
    }

    /// Reads and validates a config's text as if it were the file at `path` (whose folder is
    /// the catalog root); the config reader's entry point for the fuzzer and property tests.
    pub fn from_text(
        path: &Path,
        text: String,
        sources: &mut Sources,
    ) -> (Config, Vec<Diagnostic>) {
        let root = path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    p.to_path_buf()
                }
            })
            .unwrap_or_else(|| PathBuf::from("."));
        let file = sources.add(SourceFile::new(
            path.to_path_buf(),
            display_path(path),
            text.clone(),
        ));
        let mut reader = ConfigReader {
            file,
            problems: Vec::new(),
        };
        let config = reader.read(&text, root, sources);
        (config, reader.problems)
    }

    /// Turns config problems into the error that ends the run (exit 2), with the sources
    /// needed to show them.
    pub fn fail_on(problems: Vec<Diagnostic>, sources: &mut Sources) -> Result<()> {
        if problems.is_empty() {
            return Ok(());
        }
        Err(Error::Config(Box::new(ConfigErrors {
            sources: std::mem::take(sources),
            diagnostics: problems,
        })))
    }

    /// The span diagnostics about the whole catalog fall back to: the config file's start.
    pub fn file_span(&self) -> Option<Span> {
        self.file.map(|file| Span::new(file, 0, 0))
    }
}

/// Refuses, unread, a config that resolves outside the repository holding the name it was
/// found or given by (a `tracklint.yaml` planted as a link to a secret): its text would
/// otherwise be quoted in the snippets of its config problems (SPEC §8).
fn refuse_link_out(path: &Path) -> Result<()> {
    // A name that does not resolve is left to the read, which says why.
    let Ok(target) = std::fs::canonicalize(path) else {
        return Ok(());
    };
    let repository = read::holding_repository(path);
    if target.starts_with(&repository) {
        return Ok(());
    }
    Err(Error::Refused(format!(
        "{} resolves to {}, outside the repository {}; tracklint reads a config only inside the repository that holds it: put the file itself there, not a link",
        display_path(path),
        display_path(&target),
        display_path(&repository)
    )))
}

struct ConfigReader {
    file: FileId,
    problems: Vec<Diagnostic>,
}

impl ConfigReader {
    fn span(&self, node: &Node) -> Span {
        Span::new(self.file, node.pos.offset, node.pos.len)
    }

    fn problem(&mut self, span: Span, message: String, help: &str) {
        self.problems.push(
            Diagnostic::new(RuleId::Config, Severity::Error, span, message)
                .with_help(help.to_owned()),
        );
    }

    fn read(&mut self, text: &str, root: PathBuf, sources: &mut Sources) -> Config {
        let mut config = Config::defaults(root.clone(), vec![root.clone()]);
        config.file = Some(self.file);
        let document = match yaml::parse(text) {
            Ok(document) => document,
            Err(err) => {
                self.problem(
                    Span::new(self.file, err.offset, 0),
                    format!("malformed YAML: {}", err.message),
                    "fix the YAML syntax of the config file",
                );
                return config;
            }
        };
        sources.get_mut(self.file).comments = document.comments;
        let tree = document.root;
        for duplicate in document.duplicates {
            let span = Span::new(self.file, duplicate.second.offset, duplicate.second.len);
            let first = Span::new(self.file, duplicate.first.offset, duplicate.first.len);
            self.problems.push(
                Diagnostic::new(
                    RuleId::Config,
                    Severity::Error,
                    span,
                    format!("key \"{}\" appears twice", duplicate.key),
                )
                .with_label(first, "first defined here")
                .with_help("keep one of them"),
            );
        }
        if tree.is_null() {
            return config;
        }
        let json = tree.to_json();
        for violation in schema::check(Document::Config, &tree, &json) {
            self.problem(
                Span::new(self.file, violation.pos.offset, violation.pos.len),
                violation.message,
                &violation.help,
            );
        }
        // Every problem in one round: the readers below are lenient with what the schema
        // already reported.
        if let Some(catalog) = tree.get("catalog") {
            let entries: Vec<&Node> = match catalog.as_seq() {
                Some(items) => items.iter().collect(),
                None => vec![catalog],
            };
            config.catalog = Vec::new();
            for entry in entries {
                let Some(path) = entry.as_str() else {
                    continue;
                };
                let resolved = root.join(path);
                if self.catalog_path_ok(entry, path, &resolved, &config.repository) {
                    config.catalog.push(resolved);
                }
            }
        }
        self.read_naming(&tree, &mut config.naming);
        config.required_properties = self.strings(tree.find(["properties", "required"]));
        config.required_stages = self.strings(tree.find(["lifecycle", "required_stages"]));
        config.approvers = self
            .strings(tree.find(["crm", "approvers"]))
            .into_iter()
            .map(|s| s.value)
            .collect();
        config.default_closed = tree
            .find(["defaults", "closed"])
            .and_then(|(_, n)| n.as_bool())
            .unwrap_or(false);
        if let Some(days) = tree
            .find(["review", "max_age_days"])
            .and_then(|(_, n)| n.as_u64())
        {
            config.max_age_days = i64::try_from(days).unwrap_or(i64::MAX);
        }
        if let Some((_, today)) = tree.find(["review", "today"])
            && let Some(date) = today.as_str().and_then(parse_date)
        {
            config.today = date;
            config.today_pinned = true;
        }
        if let Some(node) = tree.get("business_timezone")
            && let Some(zone) = node.as_str()
        {
            config.business_timezone = self.time_zone(node, zone);
        }
        if let Some((_, categories)) = tree.find(["consent", "categories"]) {
            for (category, entry) in categories.entries() {
                let names = self.strings(Some((None, &entry.value)));
                config.consent_categories.insert(
                    category.to_lowercase(),
                    names.into_iter().map(|n| n.value).collect(),
                );
            }
        }
        config.policies =
            self.read_policies(tree.get("policies"), &root, &config.repository, sources);
        self.read_rules(tree.get("rules"), &mut config);
        config
    }

    /// The canonical name of an IANA zone in jiff's bundled database (so results do not depend
    /// on the machine's zone files); an unknown zone is a problem at its value.
    fn time_zone(&mut self, node: &Node, zone: &str) -> String {
        let database = jiff::tz::TimeZoneDatabase::bundled();
        if let Ok(found) = database.get(zone) {
            return found.iana_name().unwrap_or(zone).to_owned();
        }
        let names: Vec<String> = database
            .available()
            .map(|n| n.as_str().to_owned())
            .collect();
        let hint = crate::text::Suggester::new(names.iter().map(String::as_str))
            .suggest(zone, (zone.len() / 3).clamp(1, 3))
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        self.problem(
            self.span(node),
            format!("`business_timezone` \"{zone}\" is not a time zone of the IANA database"),
            &format!(
                "{hint}write an IANA zone name such as Europe/Berlin, America/New_York or UTC"
            ),
        );
        "UTC".into()
    }

    /// A `catalog:` entry must exist, be a folder or a regular file, and resolve inside the
    /// repository; otherwise a problem at the entry (the path is never read).
    fn catalog_path_ok(
        &mut self,
        entry: &Node,
        path: &str,
        resolved: &Path,
        repository: &Path,
    ) -> bool {
        let Ok(metadata) = std::fs::metadata(resolved) else {
            self.problem(
                self.span(entry),
                format!("catalog path `{path}` does not exist"),
                "paths under `catalog:` are relative to tracklint.yaml; fix or remove it",
            );
            return false;
        };
        if let Err(message) = inside_repository(resolved, repository) {
            self.problem(
                self.span(entry),
                format!("catalog path `{path}` {message}"),
                "list folders and files inside the repository that holds tracklint.yaml",
            );
            return false;
        }
        if !metadata.is_dir() && !metadata.is_file() {
            self.problem(
                self.span(entry),
                format!(
                    "catalog path `{path}` is {}, not a folder or a regular file; tracklint reads only regular files",
                    read::kind_of(&metadata)
                ),
                "list folders and regular files under `catalog:`",
            );
            return false;
        }
        true
    }

    fn strings(&self, found: Option<(Option<&Node>, &Node)>) -> Vec<Located<String>> {
        let Some((_, node)) = found else {
            return Vec::new();
        };
        node.as_seq()
            .unwrap_or(&[])
            .iter()
            .filter_map(|item| {
                item.as_str()
                    .map(|s| Located::new(crate::text::kept_name(s), self.span(item)))
            })
            .collect()
    }

    fn read_naming(&mut self, tree: &Node, naming: &mut Naming) {
        let Some(node) = tree.get("naming") else {
            return;
        };
        if let Some(style) = node.get("style").and_then(Node::as_str) {
            naming.style = match style {
                "verb_object" => NamingStyle::VerbObject,
                "area_object_action" => NamingStyle::AreaObjectAction,
                _ => NamingStyle::ObjectAction,
            };
        }
        let list = |key: &str| self.strings(node.find([key]));
        naming.areas = list("areas").into_iter().map(|s| s.value).collect();
        naming.extra_verbs = list("extra_verbs")
            .into_iter()
            .map(|s| s.value.to_lowercase())
            .collect();
        naming.banned_words = list("banned_words")
            .into_iter()
            .map(|s| s.value.to_lowercase())
            .collect();
        if let Some(max) = node.get("max_length").and_then(Node::as_u64) {
            naming.max_length = max as usize;
        }
        if naming.style == NamingStyle::AreaObjectAction && naming.areas.is_empty() {
            let span = node
                .get_entry("style")
                .map_or(Span::new(self.file, 0, 0), |e| self.span(&e.value));
            self.problem(
                span,
                "naming style area_object_action needs `naming.areas`".into(),
                "list your product areas, e.g. `areas: [billing, onboarding]`",
            );
        }
        if let Some(pattern) = node.get("event_pattern")
            && let Some(text) = pattern.as_str()
        {
            match Regex::new(text) {
                Ok(regex) => {
                    naming.event_pattern =
                        Some((regex, Located::new(text.to_owned(), self.span(pattern))))
                }
                Err(err) => {
                    let reason = err.to_string();
                    let reason = reason.lines().last().unwrap_or("invalid").trim();
                    self.problem(
                        self.span(pattern),
                        format!(
                            "`naming.event_pattern` is not a valid regular expression: {reason}"
                        ),
                        "fix the pattern (Rust regex syntax, no look-around)",
                    );
                }
            }
        }
    }

    fn read_policies(
        &mut self,
        node: Option<&Node>,
        root: &Path,
        repository: &Path,
        sources: &mut Sources,
    ) -> Vec<Policy> {
        let Some(entries) = node.and_then(Node::as_seq) else {
            return Vec::new();
        };
        let mut policies = Vec::new();
        for entry in entries {
            let Some(pattern) = entry.as_str() else {
                continue;
            };
            let paths = match expand_glob(root, pattern, repository) {
                Ok(paths) => paths,
                Err(GlobError::Invalid(message)) => {
                    self.problem(
                        self.span(entry),
                        format!("policy `{pattern}`: {message}"),
                        "fix the glob",
                    );
                    continue;
                }
                Err(GlobError::Outside(message)) => {
                    self.problem(
                        self.span(entry),
                        format!("policy `{pattern}` {message}"),
                        "list policy files inside the repository that holds tracklint.yaml",
                    );
                    continue;
                }
            };
            if paths.is_empty() {
                self.problem(
                    self.span(entry),
                    format!("policy `{pattern}` matches no file"),
                    "check the path; it is relative to tracklint.yaml",
                );
            }
            for path in paths {
                match load_policy(&path, sources) {
                    Ok(policy) => policies.push(policy),
                    Err(message) => self.problem(self.span(entry), message, "fix the policy file"),
                }
            }
        }
        policies
    }

    /// `rules:` as written; unknown ids are reported by `engine::workspace`, which knows them.
    fn read_rules(&mut self, node: Option<&Node>, config: &mut Config) {
        let Some(node) = node else {
            return;
        };
        for (id, entry) in node.entries() {
            let severity = match entry.value.as_str() {
                Some("error") => Some(Severity::Error),
                Some("warn" | "warning") => Some(Severity::Warning),
                Some("info") => Some(Severity::Info),
                _ => None,
            };
            config
                .rules
                .push((Located::new(id.to_owned(), self.span(&entry.key)), severity));
        }
    }
}

/// Why a `policies:` entry gave no files.
enum GlobError {
    /// Not a valid glob.
    Invalid(String),
    /// It names, or would walk, something outside the repository.
    Outside(String),
}

/// Where `path` leads, when it is inside `repository` (canonical); else the end of a message
/// naming both ("resolves to ..., outside the repository ...").
fn inside_repository(path: &Path, repository: &Path) -> std::result::Result<PathBuf, String> {
    let resolved = std::fs::canonicalize(path).map_err(|e| {
        format!(
            "cannot be resolved ({e}); only paths inside the repository {} are read",
            display_path(repository)
        )
    })?;
    if resolved.starts_with(repository) {
        return Ok(resolved);
    }
    Err(format!(
        "resolves to {}, outside the repository {}; only paths inside the repository are read",
        display_path(&resolved),
        display_path(repository)
    ))
}

/// Files under `root` matching a glob (or the one literal path); every one, and the folder the
/// glob walks, must resolve inside `repository`.
fn expand_glob(
    root: &Path,
    pattern: &str,
    repository: &Path,
) -> std::result::Result<Vec<PathBuf>, GlobError> {
    if !pattern.contains(['*', '?', '[', '{']) {
        let path = root.join(pattern);
        if std::fs::metadata(&path).is_err() {
            return Ok(Vec::new());
        }
        inside_repository(&path, repository).map_err(GlobError::Outside)?;
        return Ok(vec![path]);
    }
    let matcher = globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| GlobError::Invalid(e.to_string()))?
        .compile_matcher();
    // Walk only below the literal prefix of the pattern, and only inside the repository.
    let prefix: PathBuf = Path::new(pattern)
        .components()
        .take_while(|c| {
            !c.as_os_str()
                .to_string_lossy()
                .contains(['*', '?', '[', '{'])
        })
        .collect();
    let base = root.join(&prefix);
    if std::fs::metadata(&base).is_err() {
        return Ok(Vec::new());
    }
    inside_repository(&base, repository).map_err(GlobError::Outside)?;
    let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(&base)
        .standard_filters(false)
        .build()
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.into_path())
        // Files of any kind (a FIFO is then refused by name); links are judged by their target.
        .filter(|path| std::fs::metadata(path).is_ok_and(|m| !m.is_dir()))
        .filter(|path| {
            path.strip_prefix(root)
                .is_ok_and(|relative| matcher.is_match(relative))
        })
        .collect();
    found.sort();
    for path in &found {
        inside_repository(path, repository).map_err(|message| {
            GlobError::Outside(format!("matches {}, which {message}", display_path(path)))
        })?;
    }
    Ok(found)
}

/// Reads and compiles one policy. Messages quote at most a short, escaped excerpt of what the
/// parser or the schema compiler said, never the file itself.
fn load_policy(path: &Path, sources: &mut Sources) -> std::result::Result<Policy, String> {
    let shown = display_path(path);
    let bytes = read::read_regular(path, FILE_LIMIT)
        .map_err(|e| format!("cannot read policy {shown}: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("policy {shown} is not valid UTF-8; save it as UTF-8"))?;
    let document = yaml::parse(&text).map_err(|e| {
        format!(
            "policy {shown} is not valid YAML or JSON: {}",
            read::short_excerpt(&e.message, POLICY_REASON_CHARS)
        )
    })?;
    let schema = document.root.to_json();
    let validator = schema::compile(&schema).map_err(|e| {
        format!(
            "policy {shown} is not a valid JSON Schema: {}",
            read::short_excerpt(&e.to_string(), POLICY_REASON_CHARS)
        )
    })?;
    let stem = path
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.split('.').next().unwrap_or(n).to_owned())
        .unwrap_or_else(|| "policy".into());
    let help = schema
        .get("description")
        .or_else(|| schema.get("title"))
        .and_then(|v| v.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| format!("see the policy in {shown}"));
    let mut source = SourceFile::new(path.to_path_buf(), shown, text);
    source.comments = document.comments;
    sources.add(source);
    Ok(Policy {
        rule: format!("policy/{stem}"),
        path: path.to_path_buf(),
        validator,
        help,
    })
}

/// Today's date in UTC.
pub fn today_utc() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}

/// A `YYYY-MM-DD` date as the schema's `format: date` writes it (nothing more is accepted).
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    shaped.then(|| text.parse().ok()).flatten()
}
