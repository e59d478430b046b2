//! Every `check --format` agrees with `json` on the same run of tests/data/formats/, and each is
//! well-formed for its consumer: SARIF against its schema, GitHub's command syntax, JUnit XML.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use regex::Regex;
use serde_json::Value;
use tracklint::escape::visible;

const CATALOG: &str = "tests/data/formats";
const SARIF_SCHEMA: &str = "tests/data/sarif-schema-2.1.0.json";

/// One diagnostic as the json format prints it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    file: String,
    line: u64,
    column: u64,
    end_line: u64,
    end_column: u64,
    rule: String,
    severity: String,
    message: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs tracklint in `cwd`; returns stdout and the exit code.
fn tracklint(cwd: &Path, args: &[&str]) -> (String, i32) {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let code = output.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "tracklint {args:?} failed ({code}):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (stdout, code)
}

fn check(format: &str, extra: &[&str]) -> (String, i32) {
    let mut args = vec!["check", CATALOG, "--format", format];
    args.extend_from_slice(extra);
    tracklint(root(), &args)
}

fn findings(json: &str) -> Vec<Finding> {
    let items: Vec<Value> = serde_json::from_str(json).unwrap();
    items
        .iter()
        .map(|item| {
            let text = |key: &str| item[key].as_str().unwrap().to_owned();
            let number = |key: &str| item[key].as_u64().unwrap();
            Finding {
                file: text("file"),
                line: number("line"),
                column: number("column"),
                end_line: number("end_line"),
                end_column: number("end_column"),
                rule: text("rule"),
                severity: text("severity"),
                message: text("message"),
            }
        })
        .collect()
}

fn json_findings(extra: &[&str]) -> Vec<Finding> {
    findings(&check("json", extra).0)
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

fn sarif_level(severity: &str) -> &'static str {
    match severity {
        "error" => "error",
        "warning" => "warning",
        "info" => "note",
        other => panic!("unknown severity {other}"),
    }
}

/// The catalog still holds what these tests exercise, whatever rules the binary has.
#[test]
fn catalog_produces_the_mix_the_format_tests_need() {
    let (json, code) = check("json", &[]);
    let all = findings(&json);
    assert_eq!(code, 1, "errors exist, so the exit code is 1");
    let error_files: BTreeSet<&str> = all
        .iter()
        .filter(|f| f.severity == "error")
        .map(|f| f.file.as_str())
        .collect();
    assert!(error_files.len() >= 2, "errors in two files: {all:#?}");
    assert!(all.iter().any(|f| f.severity == "warning"));
    assert!(
        all.iter().any(|f| f.severity == "info"),
        "an info (config override)"
    );
    assert!(all.iter().any(|f| f.rule == "structure/duplicate-key"));
    assert!(
        all.iter()
            .any(|f| f.message.contains(',') && f.message.contains(':')),
        "a message with a comma and a colon"
    );
    assert!(
        all.iter()
            .any(|f| f.message.contains('%') && f.message.contains('\n')),
        "a message with a percent sign and a line break"
    );
    assert!(all.iter().any(|f| f.file.ends_with("/tracklint.yaml")));
}

#[test]
fn every_format_exits_1_on_errors_and_0_with_warnings_only() {
    for format in ["human", "concise", "json", "sarif", "github", "junit"] {
        assert_eq!(check(format, &[]).1, 1, "{format} with errors");
        let without_errors = check(format, &["--select", "structure/ambiguous-scalar"]);
        assert_eq!(without_errors.1, 0, "{format} with warnings only");
    }
}

#[test]
fn every_format_is_deterministic() {
    for format in ["concise", "json", "sarif", "github", "junit"] {
        assert_eq!(check(format, &[]).0, check(format, &[]).0, "{format}");
    }
}

#[test]
fn concise_has_one_line_per_diagnostic() {
    let json = json_findings(&[]);
    let (concise, _) = check("concise", &[]);
    let lines: Vec<&str> = concise.lines().collect();
    assert_eq!(lines.len(), json.len(), "{concise}");
    for (line, finding) in lines.iter().zip(&json) {
        let prefix = format!(
            "{}:{}:{}: {}[{}] ",
            finding.file, finding.line, finding.column, finding.severity, finding.rule
        );
        assert!(line.starts_with(&prefix), "{line:?} vs {prefix:?}");
    }
}

// ---------------------------------------------------------------- SARIF

fn sarif_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join(SARIF_SCHEMA)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .build(&schema)
        .unwrap()
}

pub fn assert_valid_sarif(sarif: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
}

fn sarif_run(extra: &[&str]) -> Value {
    let (text, _) = check("sarif", extra);
    let sarif: Value = serde_json::from_str(&text).unwrap();
    assert_valid_sarif(&sarif);
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(
        sarif["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    assert_eq!(sarif["runs"].as_array().unwrap().len(), 1);
    sarif["runs"][0].clone()
}

#[test]
fn sarif_validates_and_has_one_result_per_diagnostic() {
    let json = json_findings(&[]);
    let run = sarif_run(&[]);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let results = run["results"].as_array().unwrap();
    let from_sarif: Vec<_> = results
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            let region = &location["region"];
            (
                r["ruleId"].as_str().unwrap().to_owned(),
                location["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                region["startLine"].as_u64().unwrap(),
                region["startColumn"].as_u64().unwrap(),
                region["endLine"].as_u64().unwrap(),
                region["endColumn"].as_u64().unwrap(),
                r["level"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let from_json: Vec<_> = json
        .iter()
        .map(|f| {
            (
                f.rule.clone(),
                f.file.clone(),
                f.line,
                f.column,
                f.end_line,
                f.end_column,
                sarif_level(&f.severity).to_owned(),
            )
        })
        .collect();
    assert_eq!(sorted(from_sarif), sorted(from_json));
    for (result, finding) in results.iter().zip(&json) {
        let text = result["message"]["text"].as_str().unwrap();
        assert!(text.starts_with(&finding.message), "{text:?}");
    }
}

#[test]
fn sarif_rule_index_points_at_the_rule_of_each_result() {
    let run = sarif_run(&[]);
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
}

#[test]
fn sarif_driver_lists_every_rule_of_the_registry() {
    let (list, code) = tracklint(root(), &["rules"]);
    assert_eq!(code, 0);
    // Columns are padded with two or more spaces; an id may hold one (`policy/<file stem>`).
    let registry: Vec<&str> = list.lines().filter_map(|l| l.split("  ").next()).collect();
    assert!(!registry.is_empty());
    let run = sarif_run(&[]);
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "tracklint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    let ids: BTreeSet<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in &registry {
        assert!(ids.contains(id), "{id} missing from driver.rules");
    }
    for rule in rules {
        assert_eq!(rule["name"], rule["id"]);
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(rule[key]["text"].as_str().is_some_and(|t| !t.is_empty()));
        }
        let markdown = rule["help"]["markdown"].as_str().unwrap();
        assert!(markdown.contains("```yaml\n"), "{markdown}");
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["error", "warning", "note"].contains(&level));
    }
}

#[test]
fn sarif_shows_secondary_labels_as_related_locations() {
    let run = sarif_run(&[]);
    let duplicate = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "structure/duplicate-key")
        .unwrap();
    let related = duplicate["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0]["message"]["text"], "first defined here");
    let region = &related[0]["physicalLocation"]["region"];
    let primary = &duplicate["locations"][0]["physicalLocation"]["region"];
    assert!(region["startLine"].as_u64() < primary["startLine"].as_u64());
}

#[test]
fn json_lists_the_same_secondary_places_as_sarif() {
    let (json, _) = check("json", &[]);
    let items: Vec<Value> = serde_json::from_str(&json).unwrap();
    let run = sarif_run(&[]);
    let results = run["results"].as_array().unwrap();
    assert_eq!(items.len(), results.len());
    let mut with_related = 0;
    for (item, result) in items.iter().zip(results) {
        let related = item["related"].as_array().unwrap();
        let sarif = result["relatedLocations"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        assert_eq!(related.len(), sarif.len(), "{item}");
        for (place, location) in related.iter().zip(sarif) {
            let region = &location["physicalLocation"]["region"];
            assert_eq!(place["line"], region["startLine"]);
            assert_eq!(place["column"], region["startColumn"]);
            assert_eq!(place["end_line"], region["endLine"]);
            assert_eq!(place["end_column"], region["endColumn"]);
            assert_eq!(place["message"], location["message"]["text"]);
        }
        with_related += usize::from(!related.is_empty());
    }
    let duplicate = items
        .iter()
        .find(|i| i["rule"] == "structure/duplicate-key")
        .unwrap();
    assert_eq!(duplicate["related"][0]["message"], "first defined here");
    assert!(duplicate["related"][0]["line"].as_u64() < duplicate["line"].as_u64());
    assert!(with_related > 0);
}

#[test]
fn sarif_without_diagnostics_is_valid() {
    let run = sarif_run(&["--select", "structure/yaml-syntax"]);
    assert_eq!(run["results"], Value::Array(Vec::new()));
}

// ---------------------------------------------------------------- GitHub

fn github_line() -> Regex {
    Regex::new(concat!(
        r"^::(error|warning|notice) file=([^,:]+),line=(\d+),endLine=(\d+),col=(\d+),",
        r"endColumn=(\d+),title=([^,:]+)::(.*)$"
    ))
    .unwrap()
}

/// Undoes GitHub's escapes; `%25` last, as every `%` of the text was escaped.
fn github_decode(text: &str) -> String {
    text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn github_severity(command: &str) -> &'static str {
    match command {
        "error" => "error",
        "warning" => "warning",
        "notice" => "info",
        other => panic!("unknown command {other}"),
    }
}

/// Decodes github output into findings, checking each line's syntax.
fn github_findings(output: &str) -> Vec<Finding> {
    let pattern = github_line();
    output
        .lines()
        .map(|line| {
            let parts = pattern
                .captures(line)
                .unwrap_or_else(|| panic!("not a workflow command: {line:?}"));
            let number = |i: usize| parts[i].parse::<u64>().unwrap();
            Finding {
                file: github_decode(&parts[2]),
                line: number(3),
                end_line: number(4),
                column: number(5),
                end_column: number(6),
                rule: github_decode(&parts[7]),
                severity: github_severity(&parts[1]).to_owned(),
                message: github_decode(&parts[8]),
            }
        })
        .collect()
}

#[test]
fn github_has_one_command_per_diagnostic_that_decodes_to_the_json() {
    let json = json_findings(&[]);
    let (output, _) = check("github", &[]);
    assert_eq!(output.lines().count(), json.len(), "{output}");
    assert_eq!(github_findings(&output), json);
    assert!(
        output.contains("%0A"),
        "the line break is escaped: {output}"
    );
}

#[test]
fn github_prints_nothing_without_diagnostics() {
    let (output, code) = check("github", &["--select", "structure/yaml-syntax"]);
    assert_eq!((output.as_str(), code), ("", 0));
}

// ---------------------------------------------------------------- JUnit

/// The YAML files of the test catalog as tracklint prints them (all but its config).
fn catalog_files(dir: &Path, printed_as: &str) -> Vec<String> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in std::fs::read_dir(dir.join(&relative)).unwrap() {
            let entry = entry.unwrap();
            let path = relative.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                pending.push(path);
            } else if path != Path::new("tracklint.yaml") {
                files.push(format!("{printed_as}/{}", path.to_string_lossy()));
            }
        }
    }
    sorted(files)
}

fn attribute<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> &'a str {
    node.attribute(name)
        .unwrap_or_else(|| panic!("<{}> has no {name}", node.tag_name().name()))
}

#[test]
fn junit_has_a_testsuite_per_file_and_a_testcase_per_diagnostic() {
    let json = json_findings(&[]);
    let (xml, _) = check("junit", &[]);
    let document = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"));
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    let names: Vec<&str> = suites.iter().map(|s| attribute(*s, "name")).collect();
    for file in catalog_files(&root_dir(), CATALOG) {
        assert!(names.contains(&file.as_str()), "{file} not in {names:?}");
    }
    let mut total = 0;
    let mut failures = Vec::new();
    let mut passed_as_output = 0;
    for suite in &suites {
        let file = attribute(*suite, "name");
        assert_eq!(attribute(*suite, "errors"), "0");
        let cases: Vec<_> = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        assert_eq!(attribute(*suite, "tests"), cases.len().to_string());
        total += cases.len();
        let findings = json.iter().filter(|f| f.file == file).count();
        // One testcase per diagnostic; a clean file passes one testcase of its own.
        assert_eq!(cases.len(), findings.max(1), "{file}");
        let mut in_suite = 0;
        for case in &cases {
            // No dot left for Jenkins or GitLab to split the class name on.
            let class = file.strip_suffix(".yaml").unwrap_or(file).replace('.', "_");
            assert_eq!(attribute(*case, "classname"), class);
            assert_eq!(attribute(*case, "time"), "0");
            for failure in case.children().filter(|n| n.has_tag_name("failure")) {
                let body = failure.text().unwrap_or_default();
                let rule = attribute(failure, "type");
                assert!(body.starts_with(&format!("{file}:")), "{body}");
                assert!(attribute(*case, "name").starts_with(&format!("{rule} at ")));
                failures.push((file, rule, attribute(failure, "message")));
                in_suite += 1;
            }
            passed_as_output += case
                .children()
                .filter(|n| n.has_tag_name("system-out"))
                .count();
        }
        assert_eq!(attribute(*suite, "failures"), in_suite.to_string());
    }
    assert_eq!(attribute(root, "tests"), total.to_string());
    let errors: Vec<_> = json.iter().filter(|f| f.severity == "error").collect();
    assert_eq!(attribute(root, "failures"), errors.len().to_string());
    assert_eq!(passed_as_output, json.len() - errors.len());
    // JUnit shows hidden characters (the catalog's name with a line break) as escapes.
    let expected: Vec<_> = errors
        .iter()
        .map(|f| (f.file.as_str(), f.rule.as_str(), visible(&f.message)))
        .collect();
    let failures: Vec<_> = failures
        .into_iter()
        .map(|(file, rule, message)| (file, rule, Cow::Borrowed(message)))
        .collect();
    assert_eq!(sorted(failures), sorted(expected));
}

fn root_dir() -> PathBuf {
    root().join(CATALOG)
}

#[test]
fn junit_puts_warnings_in_system_out() {
    let json = json_findings(&[]);
    let (xml, _) = check("junit", &[]);
    let document = roxmltree::Document::parse(&xml).unwrap();
    let out: String = document
        .descendants()
        .filter(|n| n.has_tag_name("system-out"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n");
    for finding in json.iter().filter(|f| f.severity != "error") {
        let line = format!(
            "{}:{}:{}: {}[{}] {}",
            finding.file,
            finding.line,
            finding.column,
            finding.severity,
            finding.rule,
            visible(&finding.message)
        );
        assert!(out.contains(&line), "{line:?} not in system-out");
    }
}

#[test]
fn junit_without_errors_has_no_failures() {
    let (xml, code) = check("junit", &["--select", "structure/ambiguous-scalar"]);
    assert_eq!(code, 0);
    let document = roxmltree::Document::parse(&xml).unwrap();
    assert!(!document.descendants().any(|n| n.has_tag_name("failure")));
    let suite = document
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(attribute(suite, "failures"), "0");
}

// ---------------------------------------------------------------- paths

/// A copy of the test catalog in a folder whose name has a space.
fn catalog_with_space() -> (PathBuf, &'static str) {
    let tmp = crate::common::scratch("formats", "spaces");
    let name = "my catalog";
    let target = tmp.join(name);
    for file in catalog_files(&root_dir(), "") {
        let relative = file.trim_start_matches('/');
        let to = target.join(relative);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root_dir().join(relative), to).unwrap();
    }
    std::fs::copy(
        root_dir().join("tracklint.yaml"),
        target.join("tracklint.yaml"),
    )
    .unwrap();
    (tmp, name)
}

#[test]
fn paths_with_spaces_are_printed_alike_and_sarif_encodes_them() {
    let (cwd, name) = catalog_with_space();
    let run = |format: &str| tracklint(&cwd, &["check", name, "--format", format]).0;
    let json = findings(&run("json"));
    assert!(json.iter().all(|f| f.file.starts_with("my catalog/")));

    assert_eq!(github_findings(&run("github")), json);

    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    assert_valid_sarif(&sarif);
    let uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    let expected: Vec<String> = json.iter().map(|f| f.file.replace(' ', "%20")).collect();
    assert_eq!(uris, expected);

    let xml = run("junit");
    let document = roxmltree::Document::parse(&xml).unwrap();
    assert!(
        document
            .descendants()
            .filter(|n| n.has_tag_name("testsuite"))
            .all(|n| attribute(n, "name").starts_with("my catalog/"))
    );
}
