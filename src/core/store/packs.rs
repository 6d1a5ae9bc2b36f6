//! Scenario packs: a folder or `.zip` with a manifest (`pakket.ron`) and scenario files, imported
//! into the user's scenario folder. Invalid files are refused one by one; the rest import.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::analysis::checks;
use crate::core::format::load::{self, LoadError, Loaded};
use crate::core::format::validate::{self, Located};
use crate::tr;

use super::storage;

/// The manifest's file name, at the top of the pack.
pub const MANIFEST: &str = "pakket.ron";
/// Where replaced packs are kept, inside the scenario folder (hidden, so never loaded).
pub const BACKUP_DIR: &str = ".reservekopie";
/// No scenario file is this large; a bigger zip entry is refused before it is unpacked.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What a pack says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub organisation: String,
    /// Dotted numbers, e.g. "1.2"; a higher version of the same pack replaces the older one.
    pub version: String,
}

impl Manifest {
    /// Reads a manifest; errors name the file and position.
    pub fn parse(path: &Path, bytes: &[u8]) -> Result<Manifest, LoadError> {
        let (manifest, _) = load::parse_ron::<Manifest>(path, bytes)?;
        if manifest.title.trim().is_empty() || manifest.version_key().is_none() {
            return Err(LoadError {
                path: path.to_owned(),
                pos: None,
                message: tr!(
                    "core-pack-manifest-fields",
                    version = manifest.version.as_str()
                ),
            });
        }
        Ok(manifest)
    }

    /// The pack's identity: organisation and title, as a folder name.
    pub fn slug(&self) -> String {
        let raw = format!("{}-{}", self.organisation, self.title).to_lowercase();
        let mut slug = String::new();
        for c in raw.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') {
                slug.push('-');
            }
        }
        slug.trim_matches('-').to_owned()
    }

    fn version_key(&self) -> Option<Vec<u64>> {
        self.version
            .trim()
            .split('.')
            .map(|p| p.parse().ok())
            .collect()
    }

    /// Whether this manifest is a newer version than `other`.
    pub fn is_newer_than(&self, other: &Manifest) -> bool {
        self.version_key() > other.version_key()
    }

    /// "Titel 1.2 (Organisatie)" for lists and messages.
    pub fn describe(&self) -> String {
        if self.organisation.is_empty() {
            format!("{} {}", self.title, self.version)
        } else {
            format!("{} {} ({})", self.title, self.version, self.organisation)
        }
    }
}

/// A pack read into memory: the manifest and its scenario files (display path, bytes).
struct PackFiles {
    manifest: Manifest,
    scenarios: Vec<(PathBuf, Vec<u8>)>,
    /// Entries that were not read, with the reason (unsafe paths, oversized files).
    skipped: Vec<String>,
}

/// Why a pack could not be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("{0}")]
    Manifest(LoadError),
    #[error("{}", tr!("core-pack-unreadable", path = .0.display().to_string(), error = .1.as_str()))]
    Unreadable(PathBuf, String),
    #[error("{}", tr!("core-pack-no-manifest", path = .0.display().to_string()))]
    NoManifest(PathBuf),
    #[error("{}", tr!("core-pack-not-newer", pack = .0.as_str(), installed = .1.as_str()))]
    NotNewer(String, String),
    #[error("{}", tr!("core-pack-write-failed", path = .0.display().to_string(), error = .1.as_str()))]
    Write(PathBuf, String),
}

/// The outcome of an import: what came in, what was refused and why.
#[derive(Debug)]
pub struct ImportReport {
    pub manifest: Manifest,
    /// The pack's folder in the scenario folder (absent when nothing was valid).
    pub target: Option<PathBuf>,
    /// Ids of the scenarios imported.
    pub imported: Vec<String>,
    /// One line per refused file or entry: file, position and reason.
    pub refused: Vec<String>,
    /// The replaced version and where it was kept, when this was an update.
    pub replaced: Option<(String, PathBuf)>,
}

impl ImportReport {
    /// What came in (and what was replaced), one line each, for the terminal and the window.
    pub fn done_lines(&self) -> Vec<String> {
        let mut lines = vec![tr!(
            "core-pack-imported",
            pack = self.manifest.describe(),
            count = self.imported.len(),
            ids = self.imported.join(", ")
        )];
        if let Some((version, backup)) = &self.replaced {
            lines.push(tr!(
                "core-pack-replaced",
                version = version.as_str(),
                backup = backup.display().to_string()
            ));
        }
        lines
    }

    /// One line per refused file, with its reason.
    pub fn refused_lines(&self) -> Vec<String> {
        self.refused
            .iter()
            .map(|r| tr!("core-pack-refused", reason = r.as_str()))
            .collect()
    }
}

/// A pack installed in the scenario folder.
pub struct Installed {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

/// The packs in `root` (each a folder with a manifest).
pub fn installed(root: &Path) -> Vec<Installed> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    let mut out: Vec<Installed> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|d| d.is_dir() && !is_hidden(d))
        .filter_map(|dir| {
            let bytes = std::fs::read(dir.join(MANIFEST)).ok()?;
            let manifest = Manifest::parse(&dir.join(MANIFEST), &bytes).ok()?;
            Some(Installed { dir, manifest })
        })
        .collect();
    out.sort_by(|a, b| a.dir.cmp(&b.dir));
    out
}

pub fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Imports the pack at `source` (a folder or a `.zip`) into `root`. `taken` gives, for an id
/// already in use outside this pack, who uses it (a built-in scenario, a file, another pack).
pub fn import(
    source: &Path,
    root: &Path,
    taken: &dyn Fn(&str, &Path) -> Option<String>,
) -> Result<ImportReport, PackError> {
    let pack = read_pack(source)?;
    let slug = pack.manifest.slug();
    let previous = installed(root)
        .into_iter()
        .find(|i| i.manifest.slug() == slug);
    if let Some(old) = &previous
        && !pack.manifest.is_newer_than(&old.manifest)
    {
        return Err(PackError::NotNewer(
            pack.manifest.describe(),
            old.manifest.version.clone(),
        ));
    }
    let own_dir = previous.as_ref().map(|p| p.dir.clone());
    let mut refused = pack.skipped;
    let mut accepted: Vec<(String, Vec<u8>)> = Vec::new();
    for (path, bytes) in pack.scenarios {
        match accept(&path, &bytes) {
            Err(lines) => refused.extend(lines),
            Ok(loaded) => {
                let id = loaded.scenario.id.clone();
                let in_pack = accepted.iter().any(|(a, _)| *a == id);
                let elsewhere = taken(&id, own_dir.as_deref().unwrap_or(Path::new("")));
                if let Some(by) = elsewhere {
                    refused.push(located(
                        &loaded,
                        tr!("core-pack-id-taken", id = id.as_str(), by = by),
                    ));
                } else if in_pack {
                    refused.push(located(
                        &loaded,
                        tr!("core-pack-id-twice", id = id.as_str()),
                    ));
                } else {
                    accepted.push((id, bytes));
                }
            }
        }
    }
    let mut report = ImportReport {
        manifest: pack.manifest.clone(),
        target: None,
        imported: accepted.iter().map(|(id, _)| id.clone()).collect(),
        refused,
        replaced: None,
    };
    if accepted.is_empty() {
        return Ok(report);
    }
    let target = root.join(&slug);
    let staging = root.join(format!(".import-{slug}-{}", std::process::id()));
    let write_err = |p: &Path, e: std::io::Error| PackError::Write(p.to_owned(), e.to_string());
    let _ = std::fs::remove_dir_all(&staging);
    let manifest_text = ron::ser::to_string_pretty(&pack.manifest, Default::default())
        .map_err(|e| PackError::Write(staging.join(MANIFEST), e.to_string()))?;
    storage::write_atomic(&staging.join(MANIFEST), manifest_text.as_bytes())
        .map_err(|e| write_err(&staging, e))?;
    for (id, bytes) in &accepted {
        // The file name comes from the (validated) id, never from the archive.
        let file = staging.join(format!("{}.ron", file_stem(id)));
        storage::write_atomic(&file, bytes).map_err(|e| write_err(&file, e))?;
    }
    if let Some(old) = previous {
        let backup = root.join(BACKUP_DIR).join(format!(
            "{}-{}-{}",
            slug,
            old.manifest.version,
            chrono::Local::now().format("%Y%m%d-%H%M%S")
        ));
        std::fs::create_dir_all(root.join(BACKUP_DIR)).map_err(|e| write_err(&backup, e))?;
        std::fs::rename(&old.dir, &backup).map_err(|e| write_err(&backup, e))?;
        report.replaced = Some((old.manifest.version, backup));
    }
    std::fs::rename(&staging, &target).map_err(|e| write_err(&target, e))?;
    report.target = Some(target);
    Ok(report)
}

/// A scenario file that loads and passes the validator, or the lines that say why not.
fn accept(path: &Path, bytes: &[u8]) -> Result<Loaded, Vec<String>> {
    let loaded = load::load_bytes(path, bytes).map_err(|e| vec![e.to_string()])?;
    let (diags, analysis) = checks::check_quick(&loaded);
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == validate::Severity::Error)
        .map(|d| Located(&loaded.path, d).to_string())
        .collect();
    match analysis {
        Some(_) if errors.is_empty() => Ok(loaded),
        _ => Err(errors),
    }
}

/// "file:line:col: reason" at the scenario's id.
fn located(loaded: &Loaded, message: String) -> String {
    id_error(loaded, message).to_string()
}

/// An error about a scenario's id, placed where the id is written.
pub fn id_error(loaded: &Loaded, message: String) -> LoadError {
    let quoted = format!("\"{}\"", loaded.scenario.id);
    LoadError {
        path: loaded.path.clone(),
        pos: load::find_nth(&loaded.source, &quoted, 0),
        message,
    }
}

fn file_stem(id: &str) -> String {
    let stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if stem.is_empty() {
        "scenario".into()
    } else {
        stem
    }
}

fn read_pack(source: &Path) -> Result<PackFiles, PackError> {
    if source.is_dir() {
        read_folder(source)
    } else if source.is_file() {
        read_zip(source)
    } else {
        Err(PackError::Unreadable(
            source.to_owned(),
            tr!("validator-path-missing"),
        ))
    }
}

fn read_folder(dir: &Path) -> Result<PackFiles, PackError> {
    let manifest_path = dir.join(MANIFEST);
    let bytes = std::fs::read(&manifest_path).map_err(|_| PackError::NoManifest(dir.to_owned()))?;
    let manifest = Manifest::parse(&manifest_path, &bytes).map_err(PackError::Manifest)?;
    let files = load::scenario_files(&[dir.to_owned()])
        .map_err(|e| PackError::Unreadable(dir.to_owned(), e.message))?;
    let mut scenarios = Vec::new();
    let mut skipped = Vec::new();
    for f in files.into_iter().filter(|f| !f.ends_with(MANIFEST)) {
        match std::fs::read(&f) {
            Ok(b) => scenarios.push((f, b)),
            Err(e) => skipped.push(
                LoadError {
                    path: f,
                    pos: None,
                    message: tr!("validator-unreadable-file", error = e.to_string()),
                }
                .to_string(),
            ),
        }
    }
    Ok(PackFiles {
        manifest,
        scenarios,
        skipped,
    })
}

/// Reads the manifest and the `.ron` files beside it. Nothing is unpacked to disk here: entries
/// are read into memory, and names that are absolute or climb out (`..`) are refused.
fn read_zip(zip_path: &Path) -> Result<PackFiles, PackError> {
    let unreadable =
        |e: &dyn std::fmt::Display| PackError::Unreadable(zip_path.to_owned(), e.to_string());
    let file = std::fs::File::open(zip_path).map_err(|e| unreadable(&e))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| unreadable(&e))?;
    let shown = |name: &str| PathBuf::from(format!("{}/{}", zip_path.display(), name));
    let mut skipped = Vec::new();
    let mut entries: Vec<(usize, PathBuf)> = Vec::new();
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|e| unreadable(&e))?;
        if entry.is_dir() {
            continue;
        }
        match entry.enclosed_name() {
            Some(name) => entries.push((i, name)),
            None => skipped.push(tr!(
                "core-pack-unsafe-entry",
                entry = shown(&entry.name().unwrap_or_default())
                    .display()
                    .to_string()
            )),
        }
    }
    // The manifest may sit at the top or inside one folder (as zipping a folder gives).
    let Some((manifest_index, manifest_name)) = entries
        .iter()
        .filter(|(_, n)| n.file_name().is_some_and(|f| f == MANIFEST))
        .min_by_key(|(_, n)| n.components().count())
        .cloned()
    else {
        return Err(PackError::NoManifest(zip_path.to_owned()));
    };
    let base = manifest_name
        .parent()
        .map(Path::to_owned)
        .unwrap_or_default();
    let mut read = |i: usize| -> Result<Vec<u8>, String> {
        let entry = archive.by_index(i).map_err(|e| e.to_string())?;
        if entry.size() > MAX_FILE_BYTES {
            return Err(tr!("core-pack-entry-too-large", size = entry.size()));
        }
        let mut bytes = Vec::new();
        entry
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(tr!("core-pack-entry-too-large", size = bytes.len()));
        }
        Ok(bytes)
    };
    let manifest_bytes = read(manifest_index).map_err(|e| unreadable(&e))?;
    let manifest = Manifest::parse(&shown(&manifest_name.to_string_lossy()), &manifest_bytes)
        .map_err(PackError::Manifest)?;
    let mut scenarios = Vec::new();
    let mut names: Vec<(usize, PathBuf)> = entries
        .into_iter()
        .filter(|(_, n)| {
            n.parent() == Some(base.as_path())
                && n.extension().is_some_and(|x| x == "ron")
                && n.file_name().is_some_and(|f| f != MANIFEST)
        })
        .collect();
    names.sort_by(|a, b| a.1.cmp(&b.1));
    for (i, name) in names {
        let path = shown(&name.to_string_lossy());
        match read(i) {
            Ok(bytes) => scenarios.push((path, bytes)),
            Err(message) => skipped.push(
                LoadError {
                    path,
                    pos: None,
                    message,
                }
                .to_string(),
            ),
        }
    }
    Ok(PackFiles {
        manifest,
        scenarios,
        skipped,
    })
}
