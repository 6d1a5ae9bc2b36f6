//! The return-day export: an HTML report, CSV, the raw data with a checksum, and xAPI statements.

pub mod anchor;
pub mod bundle;
pub mod csv;
pub mod html;
pub mod lrs;
pub mod xapi;

use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::core::store::progress::{self, Profile};
use crate::core::store::settings::Resolved;
use crate::core::store::storage::{self, Store};
use bundle::Bundle;

/// The xAPI statements' file in an export folder.
pub const XAPI_FILE: &str = "xapi.json";

/// Collects a profile's data into a bundle, with the organisation's name from the settings.
/// Unreadable attempt files are returned as problems.
pub fn collect(store: &Store, profile: &str, settings: &Resolved) -> (Bundle, Vec<String>) {
    let (mut attempts, problems) = progress::load_attempts(store, profile);
    crate::core::store::rescore::rescore(
        &mut attempts,
        &crate::core::store::rescore::known_scenarios(store),
    );
    let stored = progress::read_profile(store, profile).ok();
    let mut profile = stored.unwrap_or_else(|| Profile {
        format: progress::FORMAT_VERSION,
        name: profile.to_owned(),
        group: settings.group.value.clone(),
        created: Utc::now(),
        goals: Vec::new(),
        display: None,
    });
    // Window preferences stay on this machine.
    profile.display = None;
    let learning_goals = profile.goals.clone();
    (
        Bundle {
            format: bundle::EXPORT_FORMAT,
            exported: Utc::now(),
            profile,
            learning_goals,
            attempts,
            organisation: settings.organisation.value.clone(),
        },
        problems,
    )
}

/// Writes the four files into `dir` (created if needed), with the home page and return day of
/// the settings. Returns their paths.
pub fn write_all(
    bundle: &Bundle,
    dir: &Path,
    settings: &Resolved,
) -> std::io::Result<Vec<PathBuf>> {
    let files = [
        (
            "rapport.html",
            html::to_html(bundle, settings.return_day.value),
        ),
        ("pogingen.csv", csv::to_csv(bundle)),
        (
            "export.ron",
            bundle::to_text(bundle).map_err(std::io::Error::other)?,
        ),
        (
            XAPI_FILE,
            statements_text(&xapi::statements(bundle, &settings.home_page.value))?,
        ),
    ];
    let mut out = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        storage::write_atomic(&path, text.as_bytes())?;
        out.push(path);
    }
    Ok(out)
}

/// Rewrites `xapi.json` in `dir` with these statements (e.g. as sent, with kept earlier ids).
pub fn write_statements(dir: &Path, statements: &[serde_json::Value]) -> std::io::Result<PathBuf> {
    let path = dir.join(XAPI_FILE);
    storage::write_atomic(&path, statements_text(statements)?.as_bytes())?;
    Ok(path)
}

fn statements_text(statements: &[serde_json::Value]) -> std::io::Result<String> {
    serde_json::to_string_pretty(statements).map_err(std::io::Error::other)
}
