//! SPEC §8 and the hardening issue: hostile inputs, each run under a memory cap and a time
//! limit, with the exact outcome asserted (exit code, rule and line, no forbidden text).

mod common;

use common::{clean_catalog, json_findings, run_limited, write};

#[test]
fn alias_bomb_is_a_syntax_error_at_its_line() {
    let dir = clean_catalog("hostile", "alias-bomb");
    let mut bomb = String::from("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for pair in names.windows(2) {
        bomb.push_str(&format!(
            "x-{}: &{} [{}]\n",
            pair[1],
            pair[1],
            vec![format!("*{}", pair[0]); 9].join(", ")
        ));
    }
    write(&dir, "dictionary/bomb.yaml", &bomb);
    let outcome = run_limited(&dir, &["check", ".", "--format", "json"], 512, 10, None);
    outcome.assert_exit(&[1], "alias bomb");
    let findings = json_findings(&outcome.stdout);
    assert_eq!(
        findings,
        vec![(
            "dictionary/bomb.yaml".to_owned(),
            6,
            "structure/yaml-syntax".to_owned()
        )],
        "{}",
        outcome.stdout
    );
}
