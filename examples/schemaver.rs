//! How `tracklint diff` agrees with SchemaVer on a real Iglu registry:
//! `cargo run --release --example schemaver -- REGISTRY/schemas`.
//!
//! Every family (`VENDOR/NAME/jsonschema/M-R-A`) with two or more versions is imported with
//! `tracklint import jsonschema FAMILY --out DIR --history` into a temporary folder, and each
//! consecutive pair of versions is compared with `tracklint diff HEAD~n HEAD~(n-1) --format
//! json`. SchemaVer's verdict: a MODEL or REVISION bump means the owners called the change
//! breaking (for all, or for some, historical data), an ADDITION bump compatible. Diff's
//! verdict: breaking when any row's class is `breaking`. Prints the counts, the 2×2 table and
//! one line per disagreement.
//!
//! The tracklint binary is `$TRACKLINT` when set, else `target/release/tracklint` of this
//! repository (`$CARGO_TARGET_DIR/release/tracklint` when that is set): build it first with
//! `cargo build --release`. Needs `git` on PATH. Temporary folders go under the system temp
//! folder and are removed as it goes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The most breaking rows printed on one disagreement line.
const ROWS_SHOWN: usize = 5;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [registry] = args.as_slice() else {
        return Err("usage: schemaver REGISTRY/schemas".into());
    };
    let binary = tracklint_binary();
    if !binary.is_file() {
        return Err(format!(
            "no tracklint binary at {} (run `cargo build --release`, or set TRACKLINT)",
            binary.display()
        )
        .into());
    }
    let scratch = std::env::temp_dir().join(format!("tracklint-schemaver-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let result = measure(Path::new(registry), &binary, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    print_report(&result?);
    Ok(())
}

fn tracklint_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("TRACKLINT") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("release").join("tracklint")
}

/// A SchemaVer `MODEL-REVISION-ADDITION`.
type SchemaVer = [u64; 3];

fn parse_schemaver(text: &str) -> Option<SchemaVer> {
    let mut parts = text.split('-').map(|p| p.parse::<u64>().ok());
    let version = [parts.next()??, parts.next()??, parts.next()??];
    parts.next().is_none().then_some(version)
}

fn show(version: SchemaVer) -> String {
    format!("{}-{}-{}", version[0], version[1], version[2])
}

/// Which part of the SchemaVer a step bumps.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Bump {
    Model,
    Revision,
    Addition,
}

impl Bump {
    fn of(from: SchemaVer, to: SchemaVer) -> Bump {
        if from[0] != to[0] {
            Bump::Model
        } else if from[1] != to[1] {
            Bump::Revision
        } else {
            Bump::Addition
        }
    }

    /// What the schema's owners said of the change.
    fn breaking(self) -> bool {
        self != Bump::Addition
    }

    fn name(self) -> &'static str {
        match self {
            Bump::Model => "MODEL",
            Bump::Revision => "REVISION",
            Bump::Addition => "ADDITION",
        }
    }
}

/// One consecutive pair of versions and what diff said of it.
struct Pair {
    family: String,
    from: SchemaVer,
    to: SchemaVer,
    bump: Bump,
    /// (kind, message) of the rows diff classed breaking.
    breaking: Vec<(String, String)>,
    /// Kinds of the compatible rows, with their counts.
    compatible: BTreeMap<String, usize>,
    /// Whether the import reported a keyword it could not map in either version (a change
    /// there is invisible to diff).
    unmapped: bool,
}

impl Pair {
    /// Diff's verdict: any row classed breaking.
    fn diff_breaking(&self) -> bool {
        !self.breaking.is_empty()
    }
}

#[derive(Default)]
struct Measurement {
    families: usize,
    measured: usize,
    /// Families with 2+ versions the import could not take whole, with the reason.
    skipped: Vec<(String, String)>,
    pairs: Vec<Pair>,
}

fn measure(registry: &Path, binary: &Path, scratch: &Path) -> Result<Measurement> {
    let mut measurement = Measurement::default();
    for (index, (family, folder, versions)) in families(registry)?.into_iter().enumerate() {
        measurement.families += 1;
        if versions.len() < 2 {
            continue;
        }
        let out = scratch.join(format!("family-{index}"));
        match import_history(binary, &folder, &out, &versions, scratch)? {
            Err(reason) => measurement.skipped.push((family, reason)),
            Ok(unmapped) => {
                measurement.measured += 1;
                for step in 1..versions.len() {
                    let back = versions.len() - step;
                    let rows = diff(binary, &out, back, scratch)?;
                    let (from, to) = (versions[step - 1], versions[step]);
                    let mut pair = Pair {
                        family: family.clone(),
                        from,
                        to,
                        bump: Bump::of(from, to),
                        breaking: Vec::new(),
                        compatible: BTreeMap::new(),
                        unmapped: unmapped.contains(&from) || unmapped.contains(&to),
                    };
                    for row in rows {
                        let text = |key: &str| row[key].as_str().unwrap_or_default().to_owned();
                        match row["class"].as_str() {
                            Some("breaking") => pair.breaking.push((text("kind"), text("message"))),
                            Some("compatible") => {
                                *pair.compatible.entry(text("kind")).or_default() += 1
                            }
                            _ => {}
                        }
                    }
                    measurement.pairs.push(pair);
                }
            }
        }
        let _ = std::fs::remove_dir_all(&out);
    }
    Ok(measurement)
}

/// Every family of the registry: its name (`vendor/name`), its folder, and its SchemaVers in
/// order. Files whose name is not a SchemaVer are left out.
fn families(registry: &Path) -> Result<Vec<(String, PathBuf, Vec<SchemaVer>)>> {
    let mut families = Vec::new();
    for vendor in sorted_folders(registry)? {
        for name in sorted_folders(&vendor)? {
            let folder = name.join("jsonschema");
            if !folder.is_dir() {
                continue;
            }
            let mut versions: Vec<SchemaVer> = std::fs::read_dir(&folder)?
                .filter_map(|entry| entry.ok()?.file_name().to_str().and_then(parse_schemaver))
                .collect();
            versions.sort();
            let family = format!(
                "{}/{}",
                vendor.file_name().unwrap_or_default().to_string_lossy(),
                name.file_name().unwrap_or_default().to_string_lossy()
            );
            families.push((family, folder, versions));
        }
    }
    Ok(families)
}

fn sorted_folders(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    Ok(folders)
}

/// Runs tracklint (or git) in `dir` under the scratch folder, with git looking no higher.
fn run(program: &Path, dir: &Path, args: &[&str], scratch: &Path) -> Result<(i32, String, String)> {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GIT_CEILING_DIRECTORIES", scratch)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    Ok((
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

/// Imports one family with `--history`. Ok(versions the report lists something unmapped in)
/// when every version became a commit; Err(reason) when the family is skipped.
fn import_history(
    binary: &Path,
    folder: &Path,
    out: &Path,
    versions: &[SchemaVer],
    scratch: &Path,
) -> Result<std::result::Result<Vec<SchemaVer>, String>> {
    let folder_text = folder.to_string_lossy();
    let out_text = out.to_string_lossy();
    let args = [
        "import",
        "jsonschema",
        &folder_text,
        "--out",
        &out_text,
        "--history",
        "--format",
        "json",
    ];
    let (code, stdout, stderr) = run(binary, scratch, &args, scratch)?;
    let report: Value = serde_json::from_str(&stdout).map_err(|e| {
        format!(
            "import of {} said no JSON ({e}): {stderr}",
            folder.display()
        )
    })?;
    let first_skip = || {
        report["skipped"][0]["reason"]
            .as_str()
            .map_or_else(|| stderr.trim().to_owned(), str::to_owned)
    };
    if code != 0 {
        return Ok(Err(first_skip()));
    }
    let imported: Vec<Option<SchemaVer>> = report["events"]
        .as_array()
        .map(|events| {
            events
                .iter()
                .flat_map(|e| e["versions"].as_array().cloned().unwrap_or_default())
                .map(|v| v.as_str().and_then(parse_schemaver))
                .collect()
        })
        .unwrap_or_default();
    if imported
        .iter()
        .copied()
        .collect::<Option<Vec<_>>>()
        .as_deref()
        != Some(versions)
    {
        return Ok(Err(format!(
            "only some versions were imported: {}",
            first_skip()
        )));
    }
    let unmapped = report["unmapped"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| {
            let file = u["file"].as_str()?;
            parse_schemaver(Path::new(file).file_name()?.to_str()?)
        })
        .collect();
    Ok(Ok(unmapped))
}

/// `tracklint diff HEAD~back HEAD~(back-1) --format json` in the imported catalog.
fn diff(binary: &Path, catalog: &Path, back: usize, scratch: &Path) -> Result<Vec<Value>> {
    let (base, head) = (format!("HEAD~{back}"), format!("HEAD~{}", back - 1));
    let (code, stdout, stderr) = run(
        binary,
        catalog,
        &["diff", &base, &head, "--format", "json"],
        scratch,
    )?;
    if code != 0 && code != 1 {
        return Err(format!(
            "diff {base} {head} in {}: exit {code}: {stderr}",
            catalog.display()
        )
        .into());
    }
    let rows: Value = serde_json::from_str(&stdout)?;
    Ok(rows.as_array().cloned().unwrap_or_default())
}

fn print_report(m: &Measurement) {
    let with_history = m.measured + m.skipped.len();
    println!(
        "Iglu registry: {} families, {} with 2+ versions",
        m.families, with_history
    );
    println!(
        "measured: {} families, {} consecutive pairs; skipped: {} families",
        m.measured,
        m.pairs.len(),
        m.skipped.len()
    );
    for (family, reason) in &m.skipped {
        println!("  skipped {family}: {reason}");
    }
    let count = |schemaver: bool, diff: bool| {
        m.pairs
            .iter()
            .filter(|p| p.bump.breaking() == schemaver && p.diff_breaking() == diff)
            .count()
    };
    println!();
    println!("                         diff breaking   diff not breaking");
    println!(
        "SchemaVer breaking       {:>13}   {:>17}",
        count(true, true),
        count(true, false)
    );
    println!(
        "SchemaVer not breaking   {:>13}   {:>17}",
        count(false, true),
        count(false, false)
    );
    let agree = count(true, true) + count(false, false);
    println!(
        "agreement: {agree} of {} pairs ({} MODEL, {} REVISION, {} ADDITION bumps; {} pairs touch a keyword the import did not map)",
        m.pairs.len(),
        m.pairs.iter().filter(|p| p.bump == Bump::Model).count(),
        m.pairs.iter().filter(|p| p.bump == Bump::Revision).count(),
        m.pairs.iter().filter(|p| p.bump == Bump::Addition).count(),
        m.pairs.iter().filter(|p| p.unmapped).count(),
    );
    println!();
    println!("disagreements:");
    for pair in m
        .pairs
        .iter()
        .filter(|p| p.bump.breaking() != p.diff_breaking())
    {
        println!("  {}", disagreement(pair));
    }
}

fn disagreement(pair: &Pair) -> String {
    let mut line = format!(
        "{} {}→{} {}: ",
        pair.family,
        show(pair.from),
        show(pair.to),
        pair.bump.name()
    );
    if pair.breaking.is_empty() {
        line.push_str("no breaking row");
        if !pair.compatible.is_empty() {
            let kinds: Vec<String> = pair
                .compatible
                .iter()
                .map(|(kind, n)| {
                    if *n > 1 {
                        format!("{kind}×{n}")
                    } else {
                        kind.clone()
                    }
                })
                .collect();
            line.push_str(&format!(" (compatible: {})", kinds.join(", ")));
        }
    } else {
        let rows: Vec<String> = pair
            .breaking
            .iter()
            .take(ROWS_SHOWN)
            .map(|(kind, message)| format!("{kind}: {message}"))
            .collect();
        line.push_str(&rows.join("; "));
        if pair.breaking.len() > ROWS_SHOWN {
            line.push_str(&format!("; … {} more", pair.breaking.len() - ROWS_SHOWN));
        }
    }
    if pair.unmapped {
        line.push_str(" [a version has keywords the import did not map]");
    }
    line
}
