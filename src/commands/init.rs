//! `tracklint init [DIR]`: a starter config, dictionary and plans that pass `check`.
//! Refuses to overwrite anything: every file is created exclusively.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, written};
use crate::error::{Error, Result};
use crate::syntax::source::display_path;

/// (path relative to DIR, content)
const FILES: [(&str, &str); 4] = [
    ("tracklint.yaml", include_str!("init/tracklint.yaml")),
    ("dictionary/events.yaml", include_str!("init/events.yaml")),
    ("plans/web.yaml", include_str!("init/web.yaml")),
    ("plans/backend.yaml", include_str!("init/backend.yaml")),
];

pub fn run(dir: Option<&Path>, out: &mut dyn Write) -> Result<u8> {
    let dir = dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let existing: Vec<String> = FILES
        .iter()
        .map(|(relative, _)| dir.join(relative))
        .filter(|path| path.exists())
        .map(|path| display_path(&path))
        .collect();
    if !existing.is_empty() {
        return Err(Error::Refused(format!(
            "init would overwrite {}; nothing was written (move them away or pick another folder)",
            existing.join(", ")
        )));
    }
    let mut created = Vec::new();
    for (relative, content) in FILES {
        let path = dir.join(relative);
        create_new(&path, content)?;
        created.push(display_path(&path));
    }
    let mut text = String::new();
    for path in &created {
        text.push_str(&format!("created {path}\n"));
    }
    text.push_str(&format!("\nNext: tracklint check {}\n", display_path(&dir)));
    written(out.write_all(text.as_bytes()))?;
    Ok(EXIT_OK)
}

fn create_new(path: &Path, content: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| Error::Write {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })?;
    file.write_all(content.as_bytes())
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
}
