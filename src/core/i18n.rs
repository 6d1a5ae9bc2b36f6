//! One language at a time, everywhere: every string a user sees comes from the Fluent files in
//! `assets/locales/{nl,en}/*.ftl` (compiled in, so the program works from any folder). The
//! window follows the profile's choice; the command line follows `--lang`,
//! `GESPREKSTRAINER_LANG` or the environment's language; Dutch by default. Scenario content
//! stays in the scenario's own language.
//!
//! ```ignore
//! tr!("terminal-saved", path = p.display().to_string())
//! ```

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// `nl`, `en`, or a locale such as `en_GB.UTF-8`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("nl") {
            Some(Lang::Nl)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// The Fluent files, per area: (area, Dutch, English).
pub const FILES: [(&str, &str, &str); 5] = [
    (
        "window",
        include_str!("../../assets/locales/nl/window.ftl"),
        include_str!("../../assets/locales/en/window.ftl"),
    ),
    (
        "terminal",
        include_str!("../../assets/locales/nl/terminal.ftl"),
        include_str!("../../assets/locales/en/terminal.ftl"),
    ),
    (
        "validator",
        include_str!("../../assets/locales/nl/validator.ftl"),
        include_str!("../../assets/locales/en/validator.ftl"),
    ),
    (
        "reports",
        include_str!("../../assets/locales/nl/reports.ftl"),
        include_str!("../../assets/locales/en/reports.ftl"),
    ),
    (
        "core",
        include_str!("../../assets/locales/nl/core.ftl"),
        include_str!("../../assets/locales/en/core.ftl"),
    ),
];

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language for everything that follows.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language in force.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Nl,
    }
}

/// The language the environment asks for: `GESPREKSTRAINER_LANG`, then `LC_ALL`,
/// `LC_MESSAGES`, `LANG`; Dutch when none names Dutch or English.
pub fn from_env() -> Lang {
    ["GESPREKSTRAINER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find_map(|v| Lang::parse(&v))
        .unwrap_or_default()
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(build))
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text: no Unicode isolation marks around variables (terminal, CSV, file names).
    bundle.set_use_isolating(false);
    for (_, nl, en) in FILES {
        let text = if lang == Lang::Nl { nl } else { en };
        // A syntax error leaves the other messages usable; tests/locales.rs fails on it.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The message `key` in `lang`, with `args`; the key itself when it is missing (tests make
/// sure none is).
pub fn tr_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = &bundles()[lang as usize];
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// The message `key` in the current language.
pub fn tr(key: &str) -> String {
    tr_in(current(), key, None)
}

/// The message `key` (no variables) in the current language, as a `&'static str` for APIs that
/// must return one: each (language, key) is formatted once and kept for the run.
pub fn tr_static(key: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static MADE: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let lang = current();
    let mut made = MADE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    made.entry((lang, key))
        .or_insert_with(|| Box::leak(tr_in(lang, key, None).into_boxed_str()))
}

/// `tr!("key")` or `tr!("key", name = value, …)`: the message in the current language.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::core::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::core::i18n::tr_in($crate::core::i18n::current(), $key, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_codes_and_locales() {
        assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("nl_NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("C.UTF-8"), None);
    }

    #[test]
    fn a_missing_key_shows_itself() {
        assert_eq!(tr_in(Lang::En, "no-such-key", None), "no-such-key");
    }
}
