//! Profiles and attempts on disk: the call in progress (saved after every choice) and finished attempts.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::load::{self, Loaded};
use super::result::CallResult;
use super::session::Session;
use super::storage;

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
    pub session: Session,
    pub result: CallResult,
}

impl Attempt {
    pub fn new(
        loaded: &Loaded,
        session: Session,
        prep: Vec<Option<usize>>,
        result: CallResult,
    ) -> Self {
        Attempt {
            format: FORMAT_VERSION,
            finished: Utc::now(),
            scenario_id: loaded.scenario.id.clone(),
            scenario_version: loaded.scenario.version,
            content_hash: content_hash(&loaded.source),
            prep,
            session,
            result,
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
pub fn profile_dir(name: &str) -> PathBuf {
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
    storage::data_dir()
        .join("profiles")
        .join(if safe.is_empty() {
            "_".to_owned()
        } else {
            safe
        })
}

fn ron_pretty<T: Serialize>(value: &T) -> std::io::Result<String> {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// Saves the call in progress (after every choice), atomically.
pub fn save_current(profile: &str, session: &Session) -> std::io::Result<()> {
    storage::write_atomic(
        &profile_dir(profile).join("lopend.ron"),
        ron_pretty(session)?.as_bytes(),
    )
}

/// The call in progress, if any. A broken file is an error, not a panic.
pub fn load_current(profile: &str) -> Result<Option<Session>, String> {
    let path = profile_dir(profile).join("lopend.ron");
    match std::fs::read_to_string(&path) {
        Ok(text) => load::ron_options()
            .from_str(&text)
            .map(Some)
            .map_err(|e| format!("{}:{}: {}", path.display(), e.span.start, e.code)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Saves a finished attempt and clears the call in progress. Returns the attempt's file.
pub fn save_attempt(profile: &str, attempt: &Attempt) -> std::io::Result<PathBuf> {
    let dir = profile_dir(profile);
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
