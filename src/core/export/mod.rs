//! The return-day export: an HTML report, CSV, the raw data with a checksum, and xAPI statements.

pub mod bundle;
pub mod csv;
pub mod html;
pub mod lrs;
pub mod xapi;

use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::core::store::progress::{self, Profile};
use crate::core::store::storage;
use bundle::Bundle;

/// Collects a profile's data into a bundle. Unreadable attempt files are returned as problems.
pub fn collect(profile: &str) -> (Bundle, Vec<String>) {
    let (mut attempts, problems) = progress::load_attempts(profile);
    crate::core::store::rescore::rescore(
        &mut attempts,
        &crate::core::store::rescore::known_scenarios(),
    );
    let stored = progress::read_profile(profile).ok();
    let mut profile = stored.unwrap_or_else(|| Profile {
        format: progress::FORMAT_VERSION,
        name: profile.to_owned(),
        group: None,
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
        },
        problems,
    )
}

/// Writes the four files into `dir` (created if needed). Returns their paths.
pub fn write_all(bundle: &Bundle, dir: &Path, home_page: &str) -> std::io::Result<Vec<PathBuf>> {
    let files = [
        ("rapport.html", html::to_html(bundle)),
        ("pogingen.csv", csv::to_csv(bundle)),
        (
            "export.ron",
            bundle::to_text(bundle).map_err(std::io::Error::other)?,
        ),
        (
            "xapi.json",
            serde_json::to_string_pretty(&xapi::statements(bundle, home_page))
                .map_err(std::io::Error::other)?,
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
