//! The organisation's settings: `organisatie.ron` in the data folder (every field optional), and
//! the values in force after command-line flags and environment variables, each with its source.
//!
//! Precedence per value: flag > environment variable > settings file > built-in default. The LRS
//! password is never read from the file: it stays in `GESPREKSTRAINER_LRS_PASSWORD`.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::storage::Store;
use crate::core::export::xapi::DEFAULT_HOME_PAGE;
use crate::core::format::load::{self, LoadError, Pos};
use crate::tr;

/// The settings file's name inside the data folder.
pub const FILE_NAME: &str = "organisatie.ron";
pub const ORGANISATION_ENV: &str = "GESPREKSTRAINER_ORGANISATION";
pub const HOME_PAGE_ENV: &str = "GESPREKSTRAINER_HOME_PAGE";
pub const LRS_ENV: &str = "GESPREKSTRAINER_LRS";
pub const LRS_USER_ENV: &str = "GESPREKSTRAINER_LRS_USER";
/// The LRS password: only ever from the environment.
pub const LRS_PASSWORD_ENV: &str = "GESPREKSTRAINER_LRS_PASSWORD";

/// A commented example of the file, for the IT department to copy.
pub const EXAMPLE: &str = include_str!("../../../assets/organisatie.voorbeeld.ron");

/// What `organisatie.ron` says. Blank texts count as not given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OrgSettings {
    /// The organisation's name, shown on the reports.
    #[serde(deserialize_with = "text")]
    pub organisation: Option<String>,
    /// Base IRI of the xAPI activity ids and the actor's account.
    #[serde(deserialize_with = "web_address")]
    pub home_page: Option<String>,
    /// The LRS's xAPI base address; `export` sends there too.
    #[serde(deserialize_with = "web_address")]
    pub lrs_endpoint: Option<String>,
    #[serde(deserialize_with = "text")]
    pub lrs_user: Option<String>,
    /// The group code a new profile gets when none is given.
    #[serde(deserialize_with = "text")]
    pub group: Option<String>,
    /// The return day, shown in the trainee's report header.
    #[serde(deserialize_with = "date")]
    pub return_day: Option<NaiveDate>,
}

/// A text field (`"…"` or `Some("…")`); blank is absent.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty()))
}

fn web_address<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    text(d)?
        .map(|s| check_web_address(&s).map(|()| s))
        .transpose()
        .map_err(D::Error::custom)
}

fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    text(d)?
        .map(|s| {
            NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map_err(|_| tr!("terminal-settings-bad-date", value = s.as_str()))
        })
        .transpose()
        .map_err(D::Error::custom)
}

/// xAPI needs absolute web addresses (IRIs) for activity ids, the account and the LRS.
fn check_web_address(s: &str) -> Result<(), String> {
    let ok = ["https://", "http://"]
        .iter()
        .any(|p| s.len() > p.len() && s.to_ascii_lowercase().starts_with(p));
    if ok && !s.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(tr!("terminal-settings-bad-address", value = s))
    }
}

/// Where a value in force came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment(&'static str),
    File(PathBuf),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Source::Flag => tr!("terminal-settings-from-flag"),
            Source::Environment(name) => tr!("terminal-settings-from-env", name = *name),
            Source::File(path) => {
                tr!(
                    "terminal-settings-from-file",
                    path = path.display().to_string()
                )
            }
            Source::Default => tr!("terminal-settings-from-default"),
        })
    }
}

/// One value in force and its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// Values given on the command line (they win over everything else).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    pub home_page: Option<String>,
    pub lrs_endpoint: Option<String>,
    pub lrs_user: Option<String>,
}

/// The settings in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Where the settings file is (or would be).
    pub file: PathBuf,
    pub file_exists: bool,
    pub organisation: Setting<Option<String>>,
    pub home_page: Setting<String>,
    pub lrs_endpoint: Setting<Option<String>>,
    pub lrs_user: Setting<Option<String>>,
    /// Whether `GESPREKSTRAINER_LRS_PASSWORD` is set (its value is never kept here).
    pub lrs_password_set: bool,
    pub group: Setting<Option<String>>,
    pub return_day: Setting<Option<NaiveDate>>,
}

/// A settings file that cannot be used, or a flag or environment variable with a bad value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsError {
    File(LoadError),
    Value { source: Source, message: String },
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::File(e) => e.fmt(f),
            SettingsError::Value { source, message } => {
                write!(f, "{source}: {}: {message}", tr!("validator-error"))
            }
        }
    }
}

impl std::error::Error for SettingsError {}

/// The settings file's path in the data folder.
pub fn file_path(store: &Store) -> PathBuf {
    store.root.join(FILE_NAME)
}

/// The settings in force: flags, then the process environment, then the file in the data folder.
pub fn resolve(store: &Store, flags: &Flags) -> Result<Resolved, SettingsError> {
    resolve_from(&file_path(store), flags, &|name| std::env::var(name).ok())
}

/// The settings in force with this file and this environment (`env` looks a variable up).
pub fn resolve_from(
    file: &Path,
    flags: &Flags,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Resolved, SettingsError> {
    let read = read_file(file).map_err(SettingsError::File)?;
    let file_exists = read.is_some();
    let org = read.unwrap_or_default();
    let from_file = || Source::File(file.to_owned());
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let env_value = |name: &'static str| (given(&env(name)), Source::Environment(name));
    let flag_value = |v: &Option<String>| (given(v), Source::Flag);

    let organisation = first(vec![
        env_value(ORGANISATION_ENV),
        (org.organisation, from_file()),
    ]);
    let home_page = first(vec![
        flag_value(&flags.home_page),
        env_value(HOME_PAGE_ENV),
        (org.home_page, from_file()),
    ]);
    let lrs_endpoint = first(vec![
        flag_value(&flags.lrs_endpoint),
        env_value(LRS_ENV),
        (org.lrs_endpoint, from_file()),
    ]);
    // The file's addresses were checked while reading it (with their position).
    for s in [&home_page, &lrs_endpoint] {
        if let (Some(v), Source::Flag | Source::Environment(_)) = (&s.value, &s.source) {
            check_web_address(v).map_err(|message| SettingsError::Value {
                source: s.source.clone(),
                message,
            })?;
        }
    }
    Ok(Resolved {
        file: file.to_owned(),
        file_exists,
        organisation,
        home_page: Setting {
            value: home_page
                .value
                .unwrap_or_else(|| DEFAULT_HOME_PAGE.to_owned()),
            source: home_page.source,
        },
        lrs_endpoint,
        lrs_user: first(vec![
            flag_value(&flags.lrs_user),
            env_value(LRS_USER_ENV),
            (org.lrs_user, from_file()),
        ]),
        lrs_password_set: given(&env(LRS_PASSWORD_ENV)).is_some(),
        group: first(vec![(org.group, from_file())]),
        return_day: first(vec![(org.return_day, from_file())]),
    })
}

/// The first candidate that has a value, in order of precedence; else absent, by default.
fn first<T>(candidates: Vec<(Option<T>, Source)>) -> Setting<Option<T>> {
    candidates
        .into_iter()
        .find_map(|(value, source)| value.map(|v| (v, source)))
        .map_or(
            Setting {
                value: None,
                source: Source::Default,
            },
            |(v, source)| Setting {
                value: Some(v),
                source,
            },
        )
}

/// Reads the settings file: `Ok(None)` when there is none; an empty file gives the defaults.
pub fn read_file(path: &Path) -> Result<Option<OrgSettings>, LoadError> {
    let err = |pos, message| LoadError {
        path: path.to_owned(),
        pos,
        message,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(err(
                None,
                tr!("validator-unreadable-file", error = e.to_string()),
            ));
        }
    };
    let text = std::str::from_utf8(&bytes).map_err(|_| err(None, tr!("validator-not-utf8")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Ok(Some(OrgSettings::default()));
    }
    load::ron_options()
        .from_str::<OrgSettings>(text)
        .map(Some)
        .map_err(|e| {
            let p = e.span.start;
            err(
                Some(Pos {
                    line: p.line.max(1),
                    col: p.col.max(1),
                }),
                explain(&e.code),
            )
        })
}

/// RON's complaint in plain words: unknown fields (a password above all) and wrong values.
fn explain(code: &ron::Error) -> String {
    match code {
        ron::Error::NoSuchStructField { found, .. }
            if ["password", "wachtwoord"]
                .iter()
                .any(|w| found.to_lowercase().contains(w)) =>
        {
            tr!(
                "terminal-settings-password",
                field = found.as_str(),
                env = LRS_PASSWORD_ENV
            )
        }
        ron::Error::NoSuchStructField {
            found, expected, ..
        } => tr!(
            "terminal-settings-unknown-field",
            field = found.as_str(),
            known = expected.join(", ")
        ),
        ron::Error::DuplicateStructField { field, .. } => {
            tr!("terminal-settings-duplicate-field", field = *field)
        }
        ron::Error::InvalidValueForType { .. } | ron::Error::ExpectedString => {
            tr!("terminal-settings-not-text")
        }
        // The field checks above write their own message.
        ron::Error::Message(m) => m.clone(),
        other => tr!("terminal-settings-syntax", error = other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn dir(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("gt-settings-{}-{name}", std::process::id()))
    }

    /// Removes the folders `write` made for these cases.
    fn clean(names: &[&str]) {
        for n in names {
            let _ = std::fs::remove_dir_all(dir(n));
        }
    }

    fn write(name: &str, text: &str) -> PathBuf {
        let dir = dir(name);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    const FULL: &str = r#"(
    organisation: "Gemeente Zuid",
    home_page: "https://leren.zuid.nl/gt",
    lrs_endpoint: Some("https://lrs.zuid.nl/xAPI/"),
    lrs_user: "gt",
    group: "VT-3",
    return_day: "2027-03-12",
)"#;

    #[test]
    fn flag_beats_environment_beats_file_beats_default() {
        let file = write("precedence", FULL);
        let none = resolve_from(&file, &Flags::default(), &env(&[])).unwrap();
        assert!(none.file_exists);
        assert_eq!(none.home_page.value, "https://leren.zuid.nl/gt");
        assert_eq!(none.home_page.source, Source::File(file.clone()));
        assert_eq!(
            none.lrs_endpoint.value.as_deref(),
            Some("https://lrs.zuid.nl/xAPI/")
        );
        assert_eq!(none.group.value.as_deref(), Some("VT-3"));
        assert_eq!(none.return_day.value, NaiveDate::from_ymd_opt(2027, 3, 12));
        assert!(!none.lrs_password_set);

        let vars = env(&[
            (HOME_PAGE_ENV, "https://omgeving.nl"),
            (ORGANISATION_ENV, "Gemeente Omgeving"),
            (LRS_USER_ENV, "  "),
            (LRS_PASSWORD_ENV, "geheim"),
        ]);
        let with_env = resolve_from(&file, &Flags::default(), &vars).unwrap();
        assert_eq!(with_env.home_page.value, "https://omgeving.nl");
        assert_eq!(
            with_env.home_page.source,
            Source::Environment(HOME_PAGE_ENV)
        );
        assert_eq!(
            with_env.organisation.source,
            Source::Environment(ORGANISATION_ENV)
        );
        // A blank variable does not count: the file's value stays.
        assert_eq!(with_env.lrs_user.value.as_deref(), Some("gt"));
        assert_eq!(with_env.lrs_user.source, Source::File(file.clone()));
        assert!(with_env.lrs_password_set);

        let flags = Flags {
            home_page: Some("https://vlag.nl".into()),
            lrs_endpoint: None,
            lrs_user: Some("vlag".into()),
        };
        let with_flags = resolve_from(&file, &flags, &vars).unwrap();
        assert_eq!(with_flags.home_page.value, "https://vlag.nl");
        assert_eq!(with_flags.home_page.source, Source::Flag);
        assert_eq!(with_flags.lrs_user.source, Source::Flag);
        assert_eq!(with_flags.lrs_endpoint.source, Source::File(file.clone()));

        let missing = file.with_file_name("bestaat-niet.ron");
        let defaults = resolve_from(&missing, &Flags::default(), &env(&[])).unwrap();
        assert!(!defaults.file_exists);
        assert_eq!(defaults.home_page.value, DEFAULT_HOME_PAGE);
        assert_eq!(defaults.home_page.source, Source::Default);
        assert_eq!(defaults.organisation.value, None);
        assert_eq!(defaults.lrs_endpoint.source, Source::Default);
        clean(&["precedence"]);
    }

    #[test]
    fn the_example_file_parses_and_sets_nothing() {
        let file = write("example", EXAMPLE);
        assert_eq!(read_file(&file).unwrap(), Some(OrgSettings::default()));
        // With every line switched on, every field is set.
        let on: String = EXAMPLE
            .lines()
            .map(|l| match l.trim_start().strip_prefix("// ") {
                Some(rest) if rest.contains(": \"") => rest.to_owned(),
                _ => l.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let set = read_file(&write("example-on", &on)).unwrap().unwrap();
        assert!(set.organisation.is_some() && set.home_page.is_some());
        assert!(set.lrs_endpoint.is_some() && set.lrs_user.is_some());
        assert!(set.group.is_some() && set.return_day.is_some());
        clean(&["example", "example-on"]);
    }

    #[test]
    fn a_broken_file_is_a_dutch_error_with_file_line_and_column() {
        let file = write(
            "unknown",
            "(\n    organisation: \"Gemeente Zuid\",\n    thuis: \"https://x.nl\",\n)",
        );
        let e = resolve_from(&file, &Flags::default(), &env(&[])).unwrap_err();
        let text = e.to_string();
        assert!(
            text.starts_with(&format!("{}:3:", file.display())),
            "{text}"
        );
        assert!(text.contains("onbekend veld 'thuis'"), "{text}");
        assert!(
            text.contains("home_page"),
            "the known fields are listed: {text}"
        );

        let file = write(
            "password",
            "(\n  lrs_user: \"gt\",\n  lrs_password: \"geheim\",\n)",
        );
        let text = read_file(&file).unwrap_err().to_string();
        assert!(text.contains(":3:"), "{text}");
        assert!(
            text.contains("GESPREKSTRAINER_LRS_PASSWORD") && text.contains("omgevingsvariabele"),
            "{text}"
        );

        let file = write("date", "(\n  return_day: \"12-03-2027\",\n)");
        let text = read_file(&file).unwrap_err().to_string();
        assert!(
            text.contains(":2:") && text.contains("JJJJ-MM-DD"),
            "{text}"
        );

        let file = write("address", "(home_page: \"leren.zuid.nl\")");
        let text = read_file(&file).unwrap_err().to_string();
        assert!(text.contains(":1:") && text.contains("https://"), "{text}");

        let file = write("number", "(\n  group: 5,\n)");
        let text = read_file(&file).unwrap_err().to_string();
        assert!(
            text.contains(":2:") && text.contains("aanhalingstekens"),
            "{text}"
        );

        let file = write("syntax", "(\n  group: \"VT-3\"\n  organisation: \"x\",\n)");
        let text = read_file(&file).unwrap_err().to_string();
        assert!(text.contains(":3:") && text.contains("fout"), "{text}");
        clean(&["unknown", "password", "date", "address", "number", "syntax"]);
    }

    #[test]
    fn a_bad_address_from_the_environment_names_the_variable() {
        let missing = std::env::temp_dir().join("gt-settings-geen-bestand.ron");
        let e = resolve_from(
            &missing,
            &Flags::default(),
            &env(&[(LRS_ENV, "lrs.zuid.nl")]),
        )
        .unwrap_err();
        assert!(
            matches!(
                &e,
                SettingsError::Value {
                    source: Source::Environment(LRS_ENV),
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains(LRS_ENV), "{e}");
    }
}
