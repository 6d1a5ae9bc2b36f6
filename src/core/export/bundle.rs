//! The raw export (`export.ron`): everything the trainer view needs, with a checksum line so an
//! edited file is detected on import.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::format::load;
use crate::core::store::progress::{Attempt, Profile};

/// Version of the export format; newer exports are refused with a clear message.
pub const EXPORT_FORMAT: u32 = 1;
const CHECKSUM_PREFIX: &str = "// sha256: ";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: u32,
    pub exported: DateTime<Utc>,
    pub profile: Profile,
    pub learning_goals: Vec<String>,
    pub attempts: Vec<Attempt>,
    /// The organisation's name from its settings (shown on the reports); absent in older exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    Read(String, String),
    NoChecksum(String),
    Tampered(String),
    Parse(String, String, String),
    Newer(String, u32, u32),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Read(file, error) => crate::tr!(
                "reports-import-unreadable",
                file = file.as_str(),
                error = error.as_str()
            ),
            ImportError::NoChecksum(file) => {
                crate::tr!("reports-import-no-checksum", file = file.as_str())
            }
            ImportError::Tampered(file) => {
                crate::tr!("reports-import-tampered", file = file.as_str())
            }
            // "file:line:column: message", as compilers write it.
            ImportError::Parse(file, position, error) => format!("{file}:{position}: {error}"),
            ImportError::Newer(file, found, known) => crate::tr!(
                "reports-import-newer",
                file = file.as_str(),
                found = i64::from(*found),
                known = i64::from(*known)
            ),
        };
        f.write_str(&text)
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The file text: a checksum line over the RON that follows it.
pub fn to_text(bundle: &Bundle) -> Result<String, String> {
    let body = ron::ser::to_string_pretty(bundle, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "{CHECKSUM_PREFIX}{}\n{body}",
        sha256_hex(body.as_bytes())
    ))
}

/// Reads an export, checking the checksum and the format version.
pub fn from_text(name: &str, text: &str) -> Result<Bundle, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (first, body) = text
        .split_once('\n')
        .ok_or_else(|| ImportError::NoChecksum(name.to_owned()))?;
    let sum = first
        .trim_end_matches('\r')
        .strip_prefix(CHECKSUM_PREFIX)
        .ok_or_else(|| ImportError::NoChecksum(name.to_owned()))?;
    if sum.trim() != sha256_hex(body.as_bytes()) {
        return Err(ImportError::Tampered(name.to_owned()));
    }
    let bundle: Bundle = load::ron_options().from_str(body).map_err(|e| {
        // +1: the checksum line comes before the RON.
        let pos = format!("{}:{}", e.span.start.line + 1, e.span.start.col);
        ImportError::Parse(name.to_owned(), pos, e.code.to_string())
    })?;
    if bundle.format > EXPORT_FORMAT {
        return Err(ImportError::Newer(
            name.to_owned(),
            bundle.format,
            EXPORT_FORMAT,
        ));
    }
    Ok(bundle)
}

pub fn read(path: &Path) -> Result<Bundle, ImportError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ImportError::Read(name.clone(), e.to_string()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| ImportError::Read(name.clone(), crate::tr!("reports-import-not-utf8")))?;
    from_text(&name, &text)
}
