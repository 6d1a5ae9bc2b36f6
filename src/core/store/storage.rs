//! Where user data lives and how it is written: atomically, so a kill never leaves a broken file.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the data directory.
pub const DATA_ENV: &str = "GESPREKSTRAINER_DATA";

/// One user's data folder. Made once where the program starts (`Store::from_env`) and passed to
/// every function that reads or writes user data; tests make their own with `Store::new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub root: PathBuf,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// `$GESPREKSTRAINER_DATA`, else the platform's user data folder: the only place that reads
    /// the environment for it.
    pub fn from_env() -> Store {
        Store::new(data_dir())
    }

    /// One folder per profile.
    pub fn profiles(&self) -> PathBuf {
        self.root.join("profiles")
    }

    /// Own scenarios and imported packs.
    pub fn scenarios(&self) -> PathBuf {
        self.root.join("scenarios")
    }

    /// Where the window writes exports.
    pub fn exports(&self) -> PathBuf {
        self.root.join("exports")
    }

    /// Crash reports.
    pub fn logs(&self) -> PathBuf {
        self.root.join("logs")
    }
}

/// The data directory: `$GESPREKSTRAINER_DATA`, else the platform's user data directory.
fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    platform_data_dir().join("gesprekstrainer")
}

fn platform_data_dir() -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "windows") {
        if let Some(appdata) = std::env::var_os("APPDATA") {
            return PathBuf::from(appdata);
        }
    } else if cfg!(target_os = "macos") {
        if let Some(h) = home {
            return h.join("Library/Application Support");
        }
    } else if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(x);
    } else if let Some(h) = home {
        return h.join(".local/share");
    }
    PathBuf::from(".")
}

/// Writes `contents` to `path` via a temporary file, fsync and rename.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    // Make the rename itself durable where the platform allows it.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("gt-storage-{}", std::process::id()));
        let file = dir.join("a.ron");
        write_atomic(&file, b"old").unwrap();
        write_atomic(&file, b"new contents").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"new contents");
        let leftovers = std::fs::read_dir(&dir).unwrap().filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        });
        assert_eq!(leftovers.count(), 0);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
