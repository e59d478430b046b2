//! The layers of `src/` (README, Layout): each top-level module may use only those before it
//! in [`LAYERS`], so no arrow runs from a lower layer to a higher one and there is no cycle.
//! Every `crate::module` path in a file counts, in code and in doc comments alike.

use std::path::Path;

/// Bottom first: text and escaping, the YAML tree and spans, rules and diagnostics, the
/// catalog model, the comparison, the rule groups, the engine that selects and runs them, the
/// payload pipeline and the docs model, the reports, and the commands.
const LAYERS: [&str; 18] = [
    "text",
    "escape",
    "syntax",
    "pool",
    "rule",
    "diagnostic",
    "error",
    "config",
    "catalog",
    "compare",
    "lint",
    "engine",
    "payload",
    "docs",
    "import",
    "report",
    "cli",
    "commands",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let rank = |module: &str| LAYERS.iter().position(|m| *m == module);
    let mut upward = Vec::new();
    let mut seen = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let first = relative.components().next().expect("a component");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let own = rank(&module).unwrap_or_else(|| panic!("{module} is in no layer: add it"));
        let text = std::fs::read_to_string(file).expect("read");
        for (number, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("crate::") {
                let used: String = line[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if used.is_empty() || used == module {
                    continue;
                }
                seen += 1;
                let used_rank =
                    rank(&used).unwrap_or_else(|| panic!("{used} is in no layer: add it"));
                if used_rank > own {
                    upward.push(format!(
                        "{}:{}: {module} uses {used}",
                        relative.display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        seen > 300,
        "only {seen} cross-module paths found: is the scan broken?"
    );
    assert!(
        upward.is_empty(),
        "imports up the layers:\n{}",
        upward.join("\n")
    );
    // Every top-level module is placed.
    for entry in std::fs::read_dir(&src).expect("read src") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let module = name.trim_end_matches(".rs");
        if name.ends_with(".rs") || !name.contains('.') {
            assert!(
                module == "lib" || module == "main" || rank(module).is_some(),
                "{module} is in no layer"
            );
        }
    }
}
