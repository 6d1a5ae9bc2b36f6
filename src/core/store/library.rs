//! Every scenario a user can play: the built-in ones, the own scenario folder in the data folder
//! (loose files and imported packs) and shared folders (`GESPREKSTRAINER_SCENARIOS`,
//! `--scenarios`). An id may be used once; a later file with a taken id is refused with the reason.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::core::format::library as builtin;
use crate::core::format::load::{self, LoadError, Loaded};
use crate::tr;

use super::packs::{self, Manifest};
use super::storage::Store;

/// Environment variable with shared scenario folders (separated like `PATH`).
pub const SCENARIOS_ENV: &str = "GESPREKSTRAINER_SCENARIOS";

/// Where a scenario comes from (the library marks all but the built-in ones).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    /// A loose file in an own or shared scenario folder.
    Own,
    Pack(Manifest),
}

/// A scenario file's load result with where it came from.
pub type Found = Result<(Loaded, Origin), LoadError>;

static SHARED: OnceLock<Vec<PathBuf>> = OnceLock::new();

/// Shared scenario folders from the command line (`--scenarios DIR`); set once, at start-up.
pub fn set_shared_dirs(dirs: Vec<PathBuf>) {
    let _ = SHARED.set(dirs);
}

/// The shared folders: `GESPREKSTRAINER_SCENARIOS`, then `--scenarios`.
pub fn shared_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os(SCENARIOS_ENV)
        .map(|v| std::env::split_paths(&v).collect())
        .unwrap_or_default();
    dirs.extend(SHARED.get().into_iter().flatten().cloned());
    dirs.retain(|d| !d.as_os_str().is_empty());
    dirs
}

/// Built-in scenarios first, then the own folder, then the shared folders.
pub fn load_all(store: &Store) -> Vec<Found> {
    let mut out: Vec<Found> = builtin::load_builtin()
        .into_iter()
        .map(|r| r.map(|l| (l, Origin::Builtin)))
        .collect();
    out.extend(load_folder(&store.scenarios(), false));
    for dir in shared_dirs() {
        out.extend(load_folder(&dir, true));
    }
    refuse_taken_ids(out)
}

/// The playable scenarios (every file that loaded and whose id was free), in load order.
pub fn loaded(store: &Store) -> Vec<(Loaded, Origin)> {
    load_all(store).into_iter().flatten().collect()
}

/// A scenario by file path, or by id among all scenarios.
pub fn resolve(store: &Store, spec: &str) -> Result<(Loaded, Origin), LoadError> {
    let path = Path::new(spec);
    if path.is_file() {
        return load::load_file(path).map(|l| (l, Origin::Own));
    }
    let mut ids = Vec::new();
    for (l, origin) in loaded(store) {
        if l.scenario.id == spec {
            return Ok((l, origin));
        }
        ids.push(l.scenario.id);
    }
    Err(LoadError {
        path: path.to_owned(),
        pos: None,
        message: tr!("validator-unknown-scenario", ids = ids.join(", ")),
    })
}

/// Loose `.ron` files and packs (sub-folders with a manifest) in `dir`. Hidden folders (backups,
/// unfinished imports) are skipped. A missing own folder is simply empty; a missing shared
/// folder is reported.
pub fn load_folder(dir: &Path, must_exist: bool) -> Vec<Found> {
    if !dir.is_dir() {
        if !must_exist {
            return Vec::new();
        }
        return vec![Err(LoadError {
            path: dir.to_owned(),
            pos: None,
            message: tr!("validator-path-missing"),
        })];
    }
    let mut out: Vec<Found> = builtin::load_dir(dir)
        .into_iter()
        .map(|r| r.map(|l| (l, Origin::Own)))
        .collect();
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && !packs::is_hidden(p))
        .collect();
    subdirs.sort();
    for sub in subdirs {
        let manifest_path = sub.join(packs::MANIFEST);
        let origin = match std::fs::read(&manifest_path) {
            Err(_) => Origin::Own,
            Ok(bytes) => match Manifest::parse(&manifest_path, &bytes) {
                Ok(m) => Origin::Pack(m),
                Err(e) => {
                    out.push(Err(e));
                    continue;
                }
            },
        };
        for r in builtin::load_dir(&sub) {
            let path = match &r {
                Ok(l) => &l.path,
                Err(e) => &e.path,
            };
            if !path.ends_with(packs::MANIFEST) {
                out.push(r.map(|l| (l, origin.clone())));
            }
        }
    }
    out
}

/// Who uses an id: "het ingebouwde scenario …", "pakket …" or the file.
pub fn used_by(path: &Path, origin: &Origin) -> String {
    match origin {
        Origin::Builtin => tr!("core-library-used-by-builtin"),
        Origin::Pack(m) => tr!("core-library-used-by-pack", pack = m.describe()),
        Origin::Own => tr!(
            "core-library-used-by-file",
            file = path.display().to_string()
        ),
    }
}

/// The first file with an id keeps it; later files with the same id are refused.
fn refuse_taken_ids(found: Vec<Found>) -> Vec<Found> {
    let mut seen: Vec<(String, String)> = Vec::new();
    found
        .into_iter()
        .map(|r| {
            let (l, origin) = r?;
            let id = l.scenario.id.clone();
            if let Some((_, by)) = seen.iter().find(|(s, _)| *s == id) {
                let why = tr!("core-pack-id-taken", id = id.as_str(), by = by.as_str());
                return Err(packs::id_error(&l, why));
            }
            seen.push((id, used_by(&l.path, &origin)));
            Ok((l, origin))
        })
        .collect()
}

/// Imports a pack into the own folder. An id already used by a built-in scenario, another
/// pack or a file is refused; the pack's own older version does not count (it is replaced).
pub fn import_pack(store: &Store, source: &Path) -> Result<packs::ImportReport, packs::PackError> {
    let root = store.scenarios();
    let current = loaded(store);
    let taken = |id: &str, replacing: &Path| {
        current
            .iter()
            .filter(|(l, _)| replacing.as_os_str().is_empty() || !l.path.starts_with(replacing))
            .find(|(l, _)| l.scenario.id == id)
            .map(|(l, origin)| used_by(&l.path, origin))
    };
    packs::import(source, &root, &taken)
}
