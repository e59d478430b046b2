//! SPEC §8: no input makes tracklint panic, hang or run out of memory. Each hostile file is
//! checked inside an otherwise clean catalog and alone; every run must end with exit 1 or 2
//! and a message naming the file.

use std::path::PathBuf;

use assert_cmd::Command;

/// A fresh scratch folder of this group ([`crate::common::scratch`]).
fn scratch(name: &str) -> PathBuf {
    crate::common::scratch("bad-input", name)
}

/// A clean catalog (from `init`) in `dir`.
fn catalog(name: &str) -> PathBuf {
    let dir = scratch(name);
    Command::cargo_bin("tracklint")
        .unwrap()
        .arg("init")
        .arg(&dir)
        .assert()
        .success();
    dir
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!text.contains("panicked"), "{text}");
    (output.status.code().unwrap_or(-1), text)
}

/// Checks the hostile file inside a clean catalog and on its own: each run exits 1 and reports
/// `rule` at `line` of the file (in `--format json`).
fn assert_reported(name: &str, file: &str, bytes: &[u8], rule: &str, line: u64) {
    let dir = catalog(name);
    let path = dir.join("dictionary").join(file);
    std::fs::write(&path, bytes).unwrap();
    for target in [dir.as_os_str(), path.as_os_str()] {
        let output = Command::cargo_bin("tracklint")
            .unwrap()
            .env("NO_COLOR", "1")
            .args([
                "check".as_ref(),
                target,
                "--format".as_ref(),
                "json".as_ref(),
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        let items: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {stderr}"));
        let found: Vec<(String, u64, String)> = items
            .iter()
            .map(|d| {
                (
                    d["file"].as_str().unwrap_or_default().to_owned(),
                    d["line"].as_u64().unwrap_or_default(),
                    d["rule"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .filter(|(path, _, _)| path.ends_with(&format!("dictionary/{file}")))
            .collect();
        assert!(
            found.iter().any(|(_, l, r)| r == rule && *l == line),
            "{name}: expected {rule} at line {line} of {file}, found {found:?}"
        );
    }
}

#[test]
fn malformed_yaml() {
    assert_reported(
        "malformed",
        "malformed.yaml",
        b"events:\n  a_b: {owner: [x\n",
        "structure/yaml-syntax",
        2,
    );
}

#[test]
fn tabs_for_indentation() {
    assert_reported(
        "tabs",
        "tabs.yaml",
        b"events:\n\tpage_viewed:\n\t\towner: web\n",
        "structure/yaml-syntax",
        2,
    );
}

#[test]
fn latin1_text() {
    assert_reported(
        "latin1",
        "latin1.yaml",
        b"events:\n  caf\xe9_opened:\n    owner: web\n",
        "structure/yaml-syntax",
        2,
    );
}

#[test]
fn random_bytes() {
    // A fixed xorshift stream: reproducible "random" bytes.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    assert_reported("random", "random.yaml", &bytes, "structure/yaml-syntax", 1);
}

#[test]
fn binary_file_with_a_yaml_name() {
    assert_reported(
        "binary",
        "image.yaml",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "structure/yaml-syntax",
        1,
    );
}

#[test]
fn empty_file() {
    assert_reported("empty", "empty.yaml", b"", "structure/schema", 1);
}

#[test]
fn duplicate_keys() {
    assert_reported(
        "duplicates",
        "duplicates.yaml",
        b"events:\n  page_viewed:\n    owner: web\n    owner: app\n",
        "structure/duplicate-key",
        4,
    );
}

#[test]
fn alias_bomb() {
    let mut bomb = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for pair in names.windows(2) {
        bomb.push_str(&format!(
            "{}: &{} [{}]\n",
            pair[1],
            pair[1],
            vec![format!("*{}", pair[0]); 9].join(", ")
        ));
    }
    bomb.push_str("events:\n  page_viewed:\n    tags: *j\n");
    assert_reported(
        "bomb",
        "bomb.yaml",
        bomb.as_bytes(),
        "structure/yaml-syntax",
        6,
    );
}

#[test]
fn deep_nesting() {
    let flow = format!("events: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    assert_reported(
        "deep-flow",
        "deep.yaml",
        flow.as_bytes(),
        "structure/yaml-syntax",
        1,
    );
    let mut block = String::from("events:\n");
    for depth in 1..=300 {
        block.push_str(&" ".repeat(depth));
        block.push_str("a:\n");
    }
    assert_reported(
        "deep-block",
        "deep_block.yaml",
        block.as_bytes(),
        "structure/yaml-syntax",
        129,
    );
}

#[test]
fn ten_megabyte_line() {
    let line = format!(
        "events: {{page_viewed: {{description: \"{}\"}}, x: 1}}\n",
        "a".repeat(10 * 1024 * 1024)
    );
    assert_reported(
        "long-line",
        "long.yaml",
        line.as_bytes(),
        "structure/schema",
        1,
    );
}

#[test]
fn unrelated_yaml_named_on_the_command_line() {
    let dir = scratch("unrelated");
    let path = dir.join("notes.yaml");
    std::fs::write(&path, format!("{}\n", "a".repeat(10 * 1024 * 1024))).unwrap();
    // Named, it belongs to no catalog: skipped with a note (pre-commit passes such files).
    let (code, text) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("notes.yaml: neither a dictionary file"),
        "{text}"
    );
    let (code, text) = run(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("no dictionary or plan files found"), "{text}");
}

#[test]
fn hundred_megabyte_file() {
    let dir = catalog("huge");
    let path = dir.join("dictionary/huge.yaml");
    // Sparse: the size is what matters, the file is refused before it is read.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let (code, text) = run(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("huge.yaml") && text.contains("limit"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn directory_symlink_loop() {
    let dir = catalog("symlink-loop");
    std::os::unix::fs::symlink(&dir, dir.join("dictionary/loop")).unwrap();
    let (code, text) = run(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("loop"), "{text}");
}

/// Unreadable as root too: a FIFO named like a catalog file is refused unopened (it would
/// block), and the run ends with exit 2 naming it.
#[cfg(unix)]
#[test]
fn unreadable_file() {
    let dir = catalog("unreadable");
    let path = dir.join("dictionary/secret.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
    let (code, text) = run(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("dictionary/secret.yaml: it is a FIFO, not a regular file"),
        "{text}"
    );
}

#[test]
fn other_files_are_still_checked_after_a_syntax_error() {
    let dir = catalog("still-checked");
    std::fs::write(dir.join("dictionary/broken.yaml"), "events: [\n").unwrap();
    let events = std::fs::read_to_string(dir.join("dictionary/events.yaml")).unwrap();
    std::fs::write(
        dir.join("dictionary/events.yaml"),
        format!("{events}\n  clicked_stuff:\n    owner: web\n"),
    )
    .unwrap();
    let (code, text) = run(&[
        "check".as_ref(),
        dir.as_os_str(),
        "--format".as_ref(),
        "concise".as_ref(),
    ]);
    assert_eq!(code, 1);
    assert!(
        text.contains(
            "broken.yaml:1:9: error[structure/yaml-syntax] malformed YAML: unclosed bracket"
        ),
        "{text}"
    );
    assert!(text.contains("error[naming/vague-word]"), "{text}");
}
