//! Snapshots of the human format (no colour, fixed width), so a change in wording or layout
//! is a reviewed diff.

use assert_cmd::Command;

fn human(dir: &str) -> String {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/snapshots"))
        .args(["check", dir, "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn human_report() {
    insta::assert_snapshot!(human("."));
}
