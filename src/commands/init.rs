//! `tracklint init [DIR]`: a starter config, dictionary and plans that pass `check`.
//! Writes only inside DIR, never through a symbolic link, and all or nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, Globals, written};
use crate::engine::write;
use crate::error::{Error, Result};
use crate::syntax::source::{absolute, display_path};

/// (path relative to DIR, content)
const FILES: [(&str, &str); 4] = [
    ("tracklint.yaml", include_str!("init/tracklint.yaml")),
    ("dictionary/events.yaml", include_str!("init/events.yaml")),
    ("plans/web.yaml", include_str!("init/web.yaml")),
    ("plans/backend.yaml", include_str!("init/backend.yaml")),
];

pub fn run(dir: Option<&Path>, globals: Globals, out: &mut dyn Write) -> Result<u8> {
    let dir = dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let existing: Vec<String> = FILES
        .iter()
        .map(|(relative, _)| dir.join(relative))
        // A dangling symbolic link counts: writing there would create its target.
        .filter(|path| path.symlink_metadata().is_ok())
        .map(|path| display_path(&path))
        .collect();
    if !existing.is_empty() {
        return Err(Error::Refused(format!(
            "init would overwrite {}; nothing was written (move them away or pick another folder)",
            existing.join(", ")
        )));
    }
    let mut written_so_far = Written::default();
    if let Err(error) = write_all(&dir, &mut written_so_far) {
        written_so_far.undo();
        return Err(error);
    }
    if globals.quiet {
        return Ok(EXIT_OK);
    }
    let mut text = String::new();
    for path in &written_so_far.files {
        text.push_str(&format!("created {}\n", display_path(path)));
    }
    // In the current folder, `check` needs no path (and an absolute one would be noise).
    let next = if absolute(&dir) == absolute(Path::new(".")) {
        "tracklint check".to_owned()
    } else {
        format!("tracklint check {}", display_path(&dir))
    };
    text.push_str(&format!("\nNext: {next}\n"));
    written(out.write_all(text.as_bytes()))?;
    Ok(EXIT_OK)
}

/// What this run created, to remove it all when a later step fails.
#[derive(Default)]
struct Written {
    folders: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl Written {
    /// Removes the files, then the folders (deepest first) this run created.
    fn undo(&self) {
        for file in self.files.iter().rev() {
            let _ = std::fs::remove_file(file);
        }
        for folder in self.folders.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
    }
}

fn write_all(dir: &Path, done: &mut Written) -> Result<()> {
    create_dir_chain(dir, done)?;
    for (relative, content) in FILES {
        let path = dir.join(relative);
        if let Some(folder) = Path::new(relative).parent()
            && !folder.as_os_str().is_empty()
        {
            own_folder(&dir.join(folder), done)?;
        }
        create_new(&path, content, done)?;
    }
    Ok(())
}

/// Creates DIR and any missing folder above it (DIR itself is the user's choice, links and all).
fn create_dir_chain(dir: &Path, done: &mut Written) -> Result<()> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .filter(|p| !p.as_os_str().is_empty())
        .take_while(|p| p.symlink_metadata().is_err())
        .collect();
    for folder in missing.into_iter().rev() {
        make_folder(folder, done)?;
    }
    Ok(())
}

/// A folder below DIR that init writes into: created here, or an existing real folder; never a
/// symbolic link (which could lead out of DIR) nor a file.
fn own_folder(folder: &Path, done: &mut Written) -> Result<()> {
    match folder.symlink_metadata() {
        Err(_) => make_folder(folder, done),
        Ok(metadata) if metadata.file_type().is_symlink() => Err(Error::Refused(format!(
            "init will not write through {}, a symbolic link; nothing was written (replace it with a folder or pick another folder)",
            display_path(folder)
        ))),
        Ok(metadata) if !metadata.is_dir() => Err(Error::Refused(format!(
            "init needs {} to be a folder, but it is a file; nothing was written (move it away or pick another folder)",
            display_path(folder)
        ))),
        Ok(_) => Ok(()),
    }
}

fn make_folder(folder: &Path, done: &mut Written) -> Result<()> {
    std::fs::create_dir(folder).map_err(|source| Error::Write {
        path: folder.to_path_buf(),
        source,
    })?;
    done.folders.push(folder.to_path_buf());
    Ok(())
}

/// Creates a file that must not exist yet (a symbolic link in its place is not followed, and
/// fails), recorded as written as soon as it is ours.
fn create_new(path: &Path, content: &str, done: &mut Written) -> Result<()> {
    let file = write::create_new(path)?;
    done.files.push(path.to_path_buf());
    write::fill(file, path, content.as_bytes())
}
