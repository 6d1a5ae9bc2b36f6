//! Reading scenario files: every failure names the file and, where known, the line and column.

use std::fmt;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::scenario::Scenario;
use crate::tr;

/// A place in a file (1-based line and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// A scenario file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub pos: Option<Pos>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(
                f,
                "{}:{}:{}: {}: {}",
                self.path.display(),
                p.line,
                p.col,
                tr!("validator-error"),
                self.message
            ),
            None => write!(
                f,
                "{}: {}: {}",
                self.path.display(),
                tr!("validator-error"),
                self.message
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// A parsed scenario with the text it came from (for positions in later diagnostics).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub source: String,
    pub scenario: Scenario,
}

/// The RON options used for every user file: `Some(..)` may be left out, nesting is bounded.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Deep enough for any real scenario, shallow enough to never overflow a thread's stack.
pub const RECURSION_LIMIT: usize = 64;

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError {
        path: path.to_owned(),
        pos: None,
        message: tr!("validator-unreadable-file", error = e.to_string()),
    })?;
    load_bytes(path, &bytes)
}

/// Parses bytes as if read from `path`.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Loaded, LoadError> {
    let (scenario, source) = parse_ron::<Scenario>(path, bytes)?;
    Ok(Loaded {
        path: path.to_owned(),
        source,
        scenario,
    })
}

/// Any user-written RON file (scenarios, pack manifests): UTF-8 (a byte-order mark is allowed),
/// not empty, parsed with [`ron_options`]; errors carry the line and column. Returns the value
/// and the text it came from.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
) -> Result<(T, String), LoadError> {
    let err = |pos, message: String| LoadError {
        path: path.to_owned(),
        pos,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        err(Some(Pos { line, col }), tr!("validator-not-utf8"))
    })?;
    // A byte-order mark from a Windows editor is harmless: skip it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(None, tr!("validator-empty-file")));
    }
    let value: T = ron_options().from_str(text).map_err(|e| {
        let p = e.span.start;
        err(
            Some(Pos {
                line: p.line.max(1),
                col: p.col.max(1),
            }),
            e.code.to_string(),
        )
    })?;
    Ok((value, text.to_owned()))
}

/// Every `.ron` file under the given files or folders, sorted; missing paths are errors.
pub fn scenario_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = std::fs::read_dir(p).map_err(|e| LoadError {
                path: p.clone(),
                pos: None,
                message: tr!("validator-unreadable-folder", error = e.to_string()),
            })?;
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "ron") && f.is_file())
                .collect();
            files.sort();
            out.extend(files);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(LoadError {
                path: p.clone(),
                pos: None,
                message: tr!("validator-path-missing"),
            });
        }
    }
    Ok(out)
}

/// The 1-based position of byte offset `at` in `source`.
pub fn pos_at(source: &str, at: usize) -> Pos {
    let before = &source[..at.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos { line, col }
}

/// The position of the `n`-th (0-based) occurrence of `needle` in `source`.
pub fn find_nth(source: &str, needle: &str, n: usize) -> Option<Pos> {
    source
        .match_indices(needle)
        .nth(n)
        .map(|(at, _)| pos_at(source, at))
}
