//! SPEC §8: no input makes tracklint panic, hang or run out of memory. Each hostile file is
//! checked inside an otherwise clean catalog and alone; every run must end with exit 1 or 2
//! and a message naming the file.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad-input")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
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

/// Checks the hostile file inside a clean catalog and on its own.
fn assert_reported(name: &str, file: &str, bytes: &[u8]) {
    let dir = catalog(name);
    let path = dir.join("dictionary").join(file);
    std::fs::write(&path, bytes).unwrap();
    for target in [dir.as_os_str(), path.as_os_str()] {
        let (code, text) = run(&[
            "check".as_ref(),
            target,
            "--format".as_ref(),
            "concise".as_ref(),
        ]);
        assert!(code == 1 || code == 2, "{name}: exit {code}\n{text}");
        assert!(
            text.contains(file),
            "{name}: the output does not name {file}:\n{}",
            &text[..text.len().min(2000)]
        );
    }
}

#[test]
fn malformed_yaml() {
    assert_reported(
        "malformed",
        "malformed.yaml",
        b"events:\n  a_b: {owner: [x\n",
    );
}

#[test]
fn tabs_for_indentation() {
    assert_reported(
        "tabs",
        "tabs.yaml",
        b"events:\n\tpage_viewed:\n\t\towner: web\n",
    );
}

#[test]
fn latin1_text() {
    assert_reported(
        "latin1",
        "latin1.yaml",
        b"events:\n  caf\xe9_opened:\n    owner: web\n",
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
    assert_reported("random", "random.yaml", &bytes);
}

#[test]
fn binary_file_with_a_yaml_name() {
    assert_reported(
        "binary",
        "image.yaml",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    );
}

#[test]
fn empty_file() {
    assert_reported("empty", "empty.yaml", b"");
}

#[test]
fn duplicate_keys() {
    assert_reported(
        "duplicates",
        "duplicates.yaml",
        b"events:\n  page_viewed:\n    owner: web\n    owner: app\n",
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
    assert_reported("bomb", "bomb.yaml", bomb.as_bytes());
}

#[test]
fn deep_nesting() {
    let flow = format!("events: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    assert_reported("deep-flow", "deep.yaml", flow.as_bytes());
    let mut block = String::from("events:\n");
    for depth in 1..=300 {
        block.push_str(&" ".repeat(depth));
        block.push_str("a:\n");
    }
    assert_reported("deep-block", "deep_block.yaml", block.as_bytes());
}

#[test]
fn ten_megabyte_line() {
    let line = format!(
        "events: {{page_viewed: {{description: \"{}\"}}, x: 1}}\n",
        "a".repeat(10 * 1024 * 1024)
    );
    assert_reported("long-line", "long.yaml", line.as_bytes());
}

#[test]
fn unrelated_yaml_named_on_the_command_line() {
    let dir = scratch("unrelated");
    let path = dir.join("notes.yaml");
    std::fs::write(&path, format!("{}\n", "a".repeat(10 * 1024 * 1024))).unwrap();
    let (code, text) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("notes.yaml is neither a dictionary file"),
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

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = catalog("unreadable");
    let path = dir.join("dictionary/secret.yaml");
    std::fs::write(&path, "events: {}\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // running as root: permissions do not apply
    }
    let (code, text) = run(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("secret.yaml"), "{text}");
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
