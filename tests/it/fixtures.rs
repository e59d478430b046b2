//! Every catalog under tests/fixtures/ and examples/ is checked, and its diagnostics must be
//! exactly the ones its files announce with `# expect: rule-id[, rule-id]` comments on the
//! line where each diagnostic starts. A fixture without such comments must be clean. A
//! catalog whose tracklint.yaml says `# check with: --against DIR` is checked against that
//! baseline (examples/release-2 against examples/release-1).
//!
//! And what each prints is pinned whole: an insta snapshot per catalog of its `concise` and
//! `json` output (rule, line, column, end line and column, offset, length, message, help,
//! labels), so a span that moves by one column fails the suite (ruff's `assert_diagnostics!`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// (file, line, rule) -> count
type Findings = BTreeMap<(String, u32, String), usize>;

fn expected(dir: &Path) -> Findings {
    let mut found = Findings::new();
    for entry in walk(dir) {
        let Ok(text) = std::fs::read_to_string(&entry) else {
            continue;
        };
        let file = relative(dir, &entry);
        for (index, line) in text.lines().enumerate() {
            let Some(at) = line.find("# expect:") else {
                continue;
            };
            for rule in line[at + "# expect:".len()..].split(',') {
                let rule = rule.trim();
                if !rule.is_empty() {
                    *found
                        .entry((file.clone(), index as u32 + 1, rule.to_owned()))
                        .or_default() += 1;
                }
            }
        }
    }
    found
}

/// The extra arguments a catalog asks for in its config (`# check with: --against DIR`).
fn extra_args(dir: &Path) -> Vec<String> {
    let config = std::fs::read_to_string(dir.join("tracklint.yaml")).unwrap_or_default();
    config
        .lines()
        .find_map(|line| line.strip_prefix("# check with:"))
        .map(|args| args.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// `check .` in `dir` with `--format format` (and the catalog's extra arguments): stdout.
fn output(dir: &Path, format: &str) -> String {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(["check", ".", "--format", format])
        .args(extra_args(dir))
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn actual(dir: &Path, stdout: &str) -> Findings {
    let items: Vec<serde_json::Value> = serde_json::from_str(stdout)
        .unwrap_or_else(|e| panic!("{}: not JSON ({e}):\n{stdout}", dir.display()));
    // json names files from the repository root: the fixture's own folder is stripped.
    let folder = format!("{}/", relative(Path::new(env!("CARGO_MANIFEST_DIR")), dir));
    let mut found = Findings::new();
    for item in items {
        let file = item["file"].as_str().unwrap_or_default();
        let key = (
            file.strip_prefix(&folder).unwrap_or(file).to_owned(),
            item["line"].as_u64().unwrap_or_default() as u32,
            item["rule"].as_str().unwrap_or_default().to_owned(),
        );
        *found.entry(key).or_default() += 1;
    }
    found
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    crate::common::entries_below(dir, false)
        .into_iter()
        .filter(|(_, is_dir)| !is_dir)
        .map(|(path, _)| dir.join(path))
        .collect()
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Checks the announced findings, then pins the whole output in a snapshot named after the
/// catalog (`fixture_types-edge`, `example_shop`).
fn diff(dir: &Path, kind: &str) -> Option<String> {
    let json = output(dir, "json");
    let concise = output(dir, "concise");
    let name = dir.file_name().unwrap_or_default().to_string_lossy();
    // A baseline outside the catalog folder is named by its absolute path, which differs
    // between checkouts.
    insta::assert_snapshot!(
        format!("{kind}_{name}"),
        format!("## concise\n{concise}\n## json\n{json}")
            .replace(env!("CARGO_MANIFEST_DIR"), "[repo]")
    );
    let expected = expected(dir);
    let actual = actual(dir, &json);
    if expected == actual {
        return None;
    }
    let mut report = format!("{}:\n", dir.display());
    for (key, count) in &expected {
        if actual.get(key) != Some(count) {
            report.push_str(&format!(
                "  missing  {}:{} {} (x{count})\n",
                key.0, key.1, key.2
            ));
        }
    }
    for (key, count) in &actual {
        if expected.get(key) != Some(count) {
            report.push_str(&format!(
                "  unexpected {}:{} {} (x{count})\n",
                key.0, key.1, key.2
            ));
        }
    }
    Some(report)
}

fn catalogs(root: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixtures_report_exactly_what_they_announce() {
    let failures: Vec<String> = catalogs("tests/fixtures")
        .iter()
        .filter_map(|d| diff(d, "fixture"))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn examples_report_exactly_what_they_announce() {
    let dirs = catalogs("examples");
    assert!(dirs.iter().any(|d| d.ends_with("shop")));
    assert!(dirs.iter().any(|d| d.ends_with("broken")));
    assert_eq!(
        extra_args(
            &dirs
                .iter()
                .find(|d| d.ends_with("release-2"))
                .unwrap()
                .clone()
        ),
        ["--against", "../release-1"]
    );
    let failures: Vec<String> = dirs.iter().filter_map(|d| diff(d, "example")).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
