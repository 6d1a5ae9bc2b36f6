//! Profiles and attempts on disk: the call in progress (saved after every choice) and finished attempts.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::storage::{self, Store};
use crate::core::engine::result::CallResult;
use crate::core::engine::session::Session;
use crate::core::format::load::{self, Loaded};

/// Version of the files written here; newer files are set aside, never overwritten.
pub const FORMAT_VERSION: u32 = 1;

/// One finished call, with everything the return day needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub format: u32,
    pub finished: DateTime<Utc>,
    pub scenario_id: String,
    pub scenario_version: u32,
    /// FNV-1a hash of the scenario text, to tell edited scenarios apart.
    pub content_hash: String,
    pub prep: Vec<Option<usize>>,
    /// Answers to the scenario's after-call questions (`after_call[i]`), if any.
    #[serde(default)]
    pub after: Vec<Option<usize>>,
    pub session: Session,
    pub result: CallResult,
    /// Self-assessment per skill (1–5, 0 = not rated) before the call and after the debrief.
    #[serde(default)]
    pub self_before: Option<[u8; 8]>,
    #[serde(default)]
    pub self_after: Option<[u8; 8]>,
}

/// A 1–5 self-rating on the 0–100 scale of the measured scores (1 = 0%, 5 = 100%).
pub fn rating_percent(r: u8) -> Option<u8> {
    (1..=5).contains(&r).then(|| (r - 1) * 25)
}

impl Attempt {
    pub fn new(
        loaded: &Loaded,
        session: Session,
        prep: Vec<Option<usize>>,
        after: Vec<Option<usize>>,
        result: CallResult,
    ) -> Self {
        Attempt {
            format: FORMAT_VERSION,
            finished: Utc::now(),
            scenario_id: loaded.scenario.id.clone(),
            scenario_version: loaded.scenario.version,
            content_hash: content_hash(&loaded.source),
            prep,
            after,
            session,
            result,
            self_before: None,
            self_after: None,
        }
    }
}

/// 64-bit FNV-1a of the text, as 16 hex digits.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A profile name as a safe folder name (letters, digits, '-' and '_'; others become '_').
pub fn profile_dir(store: &Store, name: &str) -> PathBuf {
    let safe: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    store.profiles().join(if safe.is_empty() {
        "_".to_owned()
    } else {
        safe
    })
}

fn ron_pretty<T: Serialize>(value: &T) -> std::io::Result<String> {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// A call that has not ended yet, with the preparation answers that go with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallInProgress {
    pub format: u32,
    pub prep: Vec<Option<usize>>,
    /// Milliseconds on the call clock so far.
    pub elapsed_ms: u64,
    pub session: Session,
}

impl CallInProgress {
    pub fn new(session: Session, prep: Vec<Option<usize>>, elapsed_ms: u64) -> Self {
        CallInProgress {
            format: FORMAT_VERSION,
            prep,
            elapsed_ms,
            session,
        }
    }
}

/// Saves the call in progress (after every choice), atomically.
pub fn save_current(store: &Store, profile: &str, call: &CallInProgress) -> std::io::Result<()> {
    storage::write_atomic(
        &profile_dir(store, profile).join("lopend.ron"),
        ron_pretty(call)?.as_bytes(),
    )
}

/// Forgets the call in progress (the trainee chose not to continue it).
pub fn discard_current(store: &Store, profile: &str) -> std::io::Result<()> {
    match std::fs::remove_file(profile_dir(store, profile).join("lopend.ron")) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A trainee profile: a name or pseudonym and an optional course group code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub format: u32,
    pub name: String,
    #[serde(default)]
    pub group: Option<String>,
    pub created: DateTime<Utc>,
    /// One or two personal learning goals (free text) that travel with the export.
    #[serde(default)]
    pub goals: Vec<String>,
    /// How this trainee likes the window: text size, theme, language (absent: the defaults).
    #[serde(default)]
    pub display: Option<Display>,
}

/// A profile's window preferences, remembered between sessions.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Display {
    /// Text zoom factor (1.2 is the default).
    pub zoom: f32,
    pub dark: bool,
    /// The English interface (else Dutch).
    pub english: bool,
}

/// Creates the profile if it does not exist yet (an existing one is left as it is).
pub fn ensure_profile(store: &Store, name: &str, group: Option<&str>) -> std::io::Result<()> {
    let path = profile_dir(store, name).join("profiel.ron");
    if path.exists() {
        return Ok(());
    }
    let profile = Profile {
        format: FORMAT_VERSION,
        name: name.trim().to_owned(),
        group: group.map(str::to_owned).filter(|g| !g.trim().is_empty()),
        created: Utc::now(),
        goals: Vec::new(),
        display: None,
    };
    storage::write_atomic(&path, ron_pretty(&profile)?.as_bytes())
}

/// Reads a profile; a missing or unreadable file is an error in plain words.
pub fn read_profile(store: &Store, name: &str) -> std::io::Result<Profile> {
    let path = profile_dir(store, name).join("profiel.ron");
    match read_versioned(&path) {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            crate::tr!("core-store-missing", path = path.display().to_string()),
        )),
        Err(e) => Err(std::io::Error::other(e)),
    }
}

/// Sets the group code (if given) and replaces the learning goals (if any are given).
pub fn update_profile(
    store: &Store,
    name: &str,
    group: Option<&str>,
    goals: &[String],
) -> std::io::Result<Profile> {
    let mut p = read_profile(store, name)?;
    if let Some(g) = group {
        p.group = Some(g.to_owned()).filter(|g| !g.trim().is_empty());
    }
    if !goals.is_empty() {
        p.goals = goals
            .iter()
            .map(|g| g.trim().to_owned())
            .filter(|g| !g.is_empty())
            .collect();
    }
    storage::write_atomic(
        &profile_dir(store, name).join("profiel.ron"),
        ron_pretty(&p)?.as_bytes(),
    )?;
    Ok(p)
}

/// Remembers the profile's window preferences.
pub fn save_display(store: &Store, name: &str, display: Display) -> std::io::Result<()> {
    let mut p = read_profile(store, name)?;
    if p.display == Some(display) {
        return Ok(());
    }
    p.display = Some(display);
    storage::write_atomic(
        &profile_dir(store, name).join("profiel.ron"),
        ron_pretty(&p)?.as_bytes(),
    )
}

/// The profiles on this machine (their names), sorted.
pub fn list_profiles(store: &Store) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(store.profiles()) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| {
            // The name as typed, from the profile file; the folder name if that is unreadable.
            std::fs::read_to_string(e.path().join("profiel.ron"))
                .ok()
                .and_then(|t| load::ron_options().from_str::<Profile>(&t).ok())
                .map(|p| p.name)
                .unwrap_or_else(|| e.file_name().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    names
}

/// The finished attempts of a profile, oldest first. Unreadable files are reported, not fatal.
pub fn load_attempts(store: &Store, profile: &str) -> (Vec<Attempt>, Vec<String>) {
    let dir = profile_dir(store, profile).join("pogingen");
    let mut attempts = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (attempts, problems);
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    for f in files {
        match read_versioned::<Attempt>(&f) {
            Ok(Some(a)) => attempts.push(a),
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    (attempts, problems)
}

#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

/// Moves a file that cannot be used out of the way (never overwriting or deleting it) and
/// returns where it went: `NAME.apart-YYYYMMDD-HHMMSS`, which is no longer read as data.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = Utc::now().format("%Y%m%d-%H%M%S%3f");
    let to = path.with_file_name(format!("{name}.apart-{stamp}"));
    std::fs::rename(path, &to)?;
    Ok(to)
}

/// Reads a data file of this program. `Ok(None)` when it does not exist. A corrupt file or one
/// from a newer version is set aside and reported in plain words.
pub fn read_versioned<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, String> {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(path, &e)),
    };
    let problem = match parse_versioned(&text) {
        Ok(v) => return Ok(Some(v)),
        Err(problem) => problem,
    };
    match set_aside(path) {
        Ok(to) => Err(crate::tr!(
            "core-store-set-aside",
            path = path.display().to_string(),
            problem = problem,
            to = to.display().to_string()
        )),
        Err(e) => Err(crate::tr!(
            "core-store-set-aside-failed",
            path = path.display().to_string(),
            problem = problem,
            error = e.to_string()
        )),
    }
}

/// Parses a data file's text; the error says in plain words what is wrong with it.
fn parse_versioned<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let opts = load::ron_options();
    let newer = opts
        .from_str::<FormatOnly>(text)
        .ok()
        .filter(|f| f.format > FORMAT_VERSION);
    match (newer, opts.from_str::<T>(text)) {
        (None, Ok(v)) => Ok(v),
        (Some(f), _) => Err(crate::tr!(
            "core-store-newer",
            found = i64::from(f.format),
            known = i64::from(FORMAT_VERSION)
        )),
        (None, Err(e)) => Err(crate::tr!(
            "core-store-damaged",
            line = e.span.start.line,
            column = e.span.start.col,
            error = e.code.to_string()
        )),
    }
}

/// Reads one saved attempt the user names (e.g. to practise from a turn); a broken file is an
/// error in plain words and stays where it is.
pub fn read_attempt(path: &Path) -> Result<Attempt, String> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, &e))?;
    parse_versioned(&String::from_utf8_lossy(&bytes)).map_err(|problem| {
        crate::tr!(
            "core-store-problem",
            path = path.display().to_string(),
            problem = problem
        )
    })
}

/// "… kon niet worden gelezen: …" in the current language.
fn unreadable(path: &Path, e: &std::io::Error) -> String {
    crate::tr!(
        "core-store-unreadable",
        path = path.display().to_string(),
        error = e.to_string()
    )
}

/// The call in progress, if any. A broken file is an error, not a panic.
pub fn load_current(store: &Store, profile: &str) -> Result<Option<CallInProgress>, String> {
    read_versioned(&profile_dir(store, profile).join("lopend.ron"))
}

/// Rewrites an attempt that was saved before (e.g. with the self-rating after the debrief).
pub fn update_attempt(path: &std::path::Path, attempt: &Attempt) -> std::io::Result<()> {
    storage::write_atomic(path, ron_pretty(attempt)?.as_bytes())
}

/// Saves a finished attempt and clears the call in progress. Returns the attempt's file.
pub fn save_attempt(store: &Store, profile: &str, attempt: &Attempt) -> std::io::Result<PathBuf> {
    let dir = profile_dir(store, profile);
    let stamp = attempt.finished.format("%Y%m%dT%H%M%S%3fZ");
    let path = dir
        .join("pogingen")
        .join(format!("{stamp}-{}.ron", attempt.scenario_id));
    storage::write_atomic(&path, ron_pretty(attempt)?.as_bytes())?;
    match std::fs::remove_file(dir.join("lopend.ron")) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(path),
    }
}
