//! What a rule is, as plain data: its id, default severity, documentation and examples. Each
//! rule module declares one static per rule next to its code; `lint::registry` lists them, and
//! `rules`, `explain`, SARIF, the README table and the example tests all read that one list.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::source::Span;

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
    /// A small catalog that breaks the rule: the files of an [`Example`]. A test runs it with
    /// only this rule selected and expects this rule, and only it, to fire.
    pub bad: &'static str,
    /// The same catalog with the problem fixed; the test expects no diagnostic at all.
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

    /// A diagnostic of this rule at its default severity.
    pub fn at(&'static self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.id, self.severity, span, message)
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

/// The file an example's text goes to before any `# file:` line.
pub const DEFAULT_EXAMPLE_FILE: &str = "dictionary.yaml";

/// Splits an example into its files. An example is YAML (or NDJSON) text in which a line
/// `# file: PATH` starts a file of the checked catalog and `# baseline: PATH` a file of the
/// baseline it is compared with; text before the first such line is `dictionary.yaml`. The
/// marker lines are comments, so `explain` prints an example as it is written.
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
                if !done.text.trim().is_empty() {
                    files.push(done);
                }
            }
            None => current.text.push_str(line),
        }
    }
    if !current.text.trim().is_empty() || files.is_empty() {
        files.push(current);
    }
    files
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
    }
}
