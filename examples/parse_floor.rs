//! The "floor" of SPEC §7: only read and parse every YAML file of a catalog with serde-saphyr,
//! on all cores: `cargo run --release --example parse_floor -- [--events] DIR`. By default each
//! file is parsed into a `serde_json::Value`; `--events` only walks the parser's event stream,
//! the lowest cost any YAML reader of these files can have.
//!
//! Prints the elapsed wall time in seconds; `bench/run.sh` compares `check` against it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use tracklint::pool;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[derive(Clone, Copy)]
enum Mode {
    Value,
    Events,
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, dir) = match args.as_slice() {
        [dir] => (Mode::Value, dir),
        [flag, dir] if flag == "--events" => (Mode::Events, dir),
        _ => return Err("usage: parse_floor [--events] DIR".into()),
    };
    let start = Instant::now();
    let mut files = Vec::new();
    collect_yaml(Path::new(dir), &mut files)?;
    files.sort();
    let failures = parse_all(&files, mode);
    let elapsed = start.elapsed().as_secs_f64();
    if let Some((path, message)) = failures.first() {
        return Err(format!("{}: {message}", path.display()).into());
    }
    println!("{elapsed:.4}");
    Ok(())
}

/// Every `.yaml` / `.yml` file under `dir`, recursively.
fn collect_yaml(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect_yaml(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads and parses every file on every core; returns the files that failed.
fn parse_all(files: &[PathBuf], mode: Mode) -> Vec<(PathBuf, String)> {
    pool::map(files, |_, path| match mode {
        Mode::Value => parse_value(path).err().map(|e| e.to_string()),
        Mode::Events => parse_events(path).err().map(|e| e.to_string()),
    })
    .into_iter()
    .zip(files)
    .filter_map(|(err, path)| err.map(|e| (path.clone(), e)))
    .collect()
}

/// serde-saphyr into `serde_json::Value`: a plain parse to a generic tree.
fn parse_value(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)?;
    let options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        budget: serde_saphyr::budget! {
            max_nodes: 20_000_000,
            max_events: 50_000_000,
        },
    };
    Ok(serde_saphyr::from_str_with_options::<serde_json::Value>(
        &text, options,
    )?)
}

/// Only the event stream of serde-saphyr's parser, which tracklint builds its tree from.
fn parse_events(path: &Path) -> Result<usize> {
    let text = std::fs::read_to_string(path)?;
    let mut parser = granit_parser::Parser::new_from_str(&text);
    let mut events = 0;
    while let Some(event) = parser.next_event() {
        event.map_err(|e| e.info())?;
        events += 1;
    }
    Ok(events)
}
