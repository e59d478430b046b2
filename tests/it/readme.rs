//! The README's rule table is generated from the rule registry; this keeps them equal.

#[test]
fn readme_rule_table_matches_the_registry() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- rules:start -->\n")
        .expect("README has <!-- rules:start -->");
    let end = readme
        .find("<!-- rules:end -->")
        .expect("README has <!-- rules:end -->");
    let table = &readme[start + "<!-- rules:start -->\n".len()..end];
    let expected = tracklint::engine::registry::markdown_table();
    assert!(
        table == expected,
        "README rule table is stale; replace it with:\n{expected}"
    );
}

#[test]
fn readme_gives_the_two_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- check examples/shop"));
    assert!(readme.contains("\ncargo test --locked\n"));
}

#[test]
fn readme_showcase_is_the_real_output_of_the_shipped_example() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let command = "$ tracklint check examples/broken --select naming/vague-word\n";
    let start = readme.find(command).expect("README shows the command") + command.len();
    let end = start + readme[start..].find("```").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tracklint"))
        .args(["check", "examples/broken", "--select", "naming/vague-word"])
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), &readme[start..end]);
}

#[test]
fn readme_baseline_example_is_the_real_output() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let command =
        "$ tracklint check examples/release-2 --against examples/release-1 --format concise\n";
    let start = readme.find(command).expect("README shows the command") + command.len();
    let end = start + readme[start..].find("```").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tracklint"))
        .args([
            "check",
            "examples/release-2",
            "--against",
            "examples/release-1",
            "--format",
            "concise",
        ])
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout), &readme[start..end]);
}
