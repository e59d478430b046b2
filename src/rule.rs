//! What a rule is, as plain data: its id, default severity, documentation and examples. Each
//! rule module declares one static per rule next to its code; `engine::registry` lists them, and
//! `rules`, `explain`, SARIF, the README table and the example tests all read that one list.

use std::fmt;
use std::ops::Deref;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The word used in `tracklint.yaml` and in the rule list.
    pub fn config_name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warn",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One rule and its documentation.
#[derive(Debug)]
pub struct Rule {
    /// `group/name`
    pub id: &'static str,
    pub severity: Severity,
    /// What it checks, in one line.
    pub summary: &'static str,
    /// Why it matters for analytics and CRM data.
    pub why: &'static str,
    /// A small catalog that breaks the rule, split into files by [`example_files`].
    /// tests/it/rule_examples.rs runs it with only this rule selected and expects this rule, and
    /// only it, to fire.
    pub bad: &'static str,
    /// The same catalog with the problem fixed; the test expects no diagnostic at all. It may
    /// leave out what it shares with `bad` (see [`Rule::good_files`]).
    pub good: &'static str,
    /// Whether `check --fix` repairs it.
    pub fix: Fix,
}

/// What `check --fix` can do for a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// Nothing: the fix needs a person (a name, an owner, an approval).
    None,
    /// Always applied by `--fix`: it cannot change what the catalog means.
    Safe,
    /// Applied only with `--unsafe-fixes`: it writes something a person must complete.
    Unsafe,
}

impl Rule {
    pub fn group(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// The files of the bad example.
    pub fn bad_files(&self) -> Vec<ExampleFile> {
        example_files(self.bad)
    }

    /// The files of the good example: the ones it gives, and every file of the bad example
    /// it does not give (same path, same side of the baseline). So a good example shows only
    /// what the fix changes (a plan, the payloads), and `explain` prints nothing twice.
    pub fn good_files(&self) -> Vec<ExampleFile> {
        let mut good = example_files(self.good);
        let given = |file: &ExampleFile, good: &[ExampleFile]| {
            good.iter()
                .any(|g| g.path == file.path && g.baseline == file.baseline)
        };
        let inherited: Vec<ExampleFile> = self
            .bad_files()
            .into_iter()
            .filter(|file| !given(file, &good))
            .collect();
        good.extend(inherited);
        good
    }

    /// How documentation titles the good example: it says so when the good example leaves
    /// files out (they are as in the bad one).
    pub fn good_title(&self) -> &'static str {
        if self.good_files().len() > example_files(self.good).len() {
            "Good (other files as in Bad)"
        } else {
            "Good"
        }
    }
}

/// Which rule a diagnostic comes from: a built-in rule, or a custom policy of the config
/// (`policy/<stem>`), which only its config knows. Reads as the id (`&str`) where text is
/// wanted; [`RuleId::rule`] gives a built-in rule's documentation without a lookup.
#[derive(Clone, Debug)]
pub enum RuleId {
    Builtin(&'static Rule),
    Policy(Box<str>),
    /// A problem of `tracklint.yaml` itself (`config`): no rule, a usage error.
    Config,
}

impl RuleId {
    pub fn as_str(&self) -> &str {
        match self {
            RuleId::Builtin(rule) => rule.id,
            RuleId::Policy(id) => id,
            RuleId::Config => "config",
        }
    }

    /// The built-in rule; none for a custom policy.
    pub fn rule(&self) -> Option<&'static Rule> {
        match self {
            RuleId::Builtin(rule) => Some(rule),
            RuleId::Policy(_) | RuleId::Config => None,
        }
    }

    /// Whether this is `rule`.
    pub fn is(&self, rule: &Rule) -> bool {
        self.as_str() == rule.id
    }
}

impl Deref for RuleId {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for RuleId {
    fn eq(&self, other: &RuleId) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RuleId {}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &RuleId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RuleId {
    fn cmp(&self, other: &RuleId) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One file of an example catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFile {
    /// Relative path, `/`-separated (`tracklint.yaml`, `plans/web.yaml`, `payloads.ndjson`).
    pub path: &'static str,
    pub text: String,
    /// The file belongs to the baseline (`--against`), not to the checked catalog.
    pub baseline: bool,
}

impl ExampleFile {
    /// Payloads for `tracklint validate` (`*.ndjson`), not a catalog file.
    pub fn is_payloads(&self) -> bool {
        self.path.ends_with(".ndjson")
    }
}

/// The file an example's text goes to before any `# file:` line.
pub const DEFAULT_EXAMPLE_FILE: &str = "dictionary.yaml";

/// Splits an example into its files. An example is YAML (or NDJSON) text in which a line
/// `# file: PATH` starts a file of the checked catalog (`# file: payloads.ndjson` a file of
/// payloads) and `# baseline: PATH` a file of the baseline it is compared with; text before
/// the first such line is `dictionary.yaml`. A file of only comments (a note to the reader
/// before the first marker) is left out.
/// The marker lines are comments, so `explain` prints an example as it is written.
pub fn example_files(example: &'static str) -> Vec<ExampleFile> {
    let mut files: Vec<ExampleFile> = Vec::new();
    let mut current = ExampleFile {
        path: DEFAULT_EXAMPLE_FILE,
        text: String::new(),
        baseline: false,
    };
    for line in example.split_inclusive('\n') {
        let marker = line.trim_end();
        let next = marker
            .strip_prefix("# file: ")
            .map(|path| (path, false))
            .or_else(|| marker.strip_prefix("# baseline: ").map(|path| (path, true)));
        match next {
            Some((path, baseline)) => {
                let done = std::mem::replace(
                    &mut current,
                    ExampleFile {
                        path: path.trim(),
                        text: String::new(),
                        baseline,
                    },
                );
                if has_content(&done.text) {
                    files.push(done);
                }
            }
            None => current.text.push_str(line),
        }
    }
    if has_content(&current.text) || files.is_empty() {
        files.push(current);
    }
    files
}

/// Whether a file's text holds more than blank and comment lines.
fn has_content(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .any(|line| !line.is_empty() && !line.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_split_into_files() {
        let files = example_files(
            "# file: tracklint.yaml\nreview: {today: 2026-11-28}\n# file: dictionary/a.yaml\nevents: {}\n# baseline: dictionary/a.yaml\nevents: {x_y: {}}\n",
        );
        let shape: Vec<(&str, &str, bool)> = files
            .iter()
            .map(|f| (f.path, f.text.as_str(), f.baseline))
            .collect();
        assert_eq!(
            shape,
            vec![
                ("tracklint.yaml", "review: {today: 2026-11-28}\n", false),
                ("dictionary/a.yaml", "events: {}\n", false),
                ("dictionary/a.yaml", "events: {x_y: {}}\n", true),
            ]
        );
        let plain = example_files("events:\n  a_b: {}\n");
        assert_eq!(plain.len(), 1);
        assert_eq!(plain[0].path, DEFAULT_EXAMPLE_FILE);
        let noted = example_files("# a note\n# file: payloads.ndjson\n{}\n");
        assert_eq!(noted.len(), 1, "a leading note is no file");
        assert!(noted[0].is_payloads() && !plain[0].is_payloads());
    }

    fn rule(bad: &'static str, good: &'static str) -> Rule {
        Rule {
            id: "x/y",
            severity: Severity::Error,
            summary: "",
            why: "",
            bad,
            good,
            fix: Fix::None,
        }
    }

    fn paths(files: &[ExampleFile]) -> Vec<(&str, bool)> {
        files.iter().map(|f| (f.path, f.baseline)).collect()
    }

    #[test]
    fn good_examples_share_what_they_leave_out() {
        let bad = "# file: plans/web.yaml\nplan: web\n# file: payloads.ndjson\n{}\n# baseline: dictionary.yaml\nevents: {}\n";
        // Only payloads: the bad example's plan and baseline.
        let payloads_only = rule(bad, "# file: payloads.ndjson\n{\"a\": 1}\n");
        assert_eq!(
            paths(&payloads_only.good_files()),
            vec![
                ("payloads.ndjson", false),
                ("plans/web.yaml", false),
                ("dictionary.yaml", true)
            ]
        );
        assert_eq!(payloads_only.good_files()[0].text, "{\"a\": 1}\n");
        // A dictionary of its own: the catalog's dictionary.yaml is not the baseline's.
        let own_dictionary = rule(bad, "events: {}\n");
        assert_eq!(
            paths(&own_dictionary.good_files()),
            vec![
                ("dictionary.yaml", false),
                ("plans/web.yaml", false),
                ("payloads.ndjson", false),
                ("dictionary.yaml", true)
            ]
        );
        // A baseline file of its own replaces the bad one's.
        let own_baseline = rule(bad, "# baseline: dictionary.yaml\nevents: {a_b: {}}\n");
        let files = own_baseline.good_files();
        assert_eq!(files.len(), 3);
        assert!(
            files
                .iter()
                .any(|f| f.baseline && f.text == "events: {a_b: {}}\n")
        );
    }
}
