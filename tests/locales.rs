//! The locale files: every file parses, every key exists in Dutch and in English, every key the
//! code asks for exists, and the fixed vocabulary has a label in both languages.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use gesprekstrainer::core::analysis::search::ALL_OUTCOMES;
use gesprekstrainer::core::format::situation::Situation;
use gesprekstrainer::core::format::technique::{LegalTrap, Phase, Skill};
use gesprekstrainer::core::i18n::{self, FILES, Lang};

/// The message ids defined in a Fluent file.
fn keys(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[test]
fn every_file_parses_and_every_key_is_in_both_languages() {
    for (area, nl, en) in FILES {
        for (lang, text) in [("nl", nl), ("en", en)] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
                panic!("{lang}/{area}.ftl: {errors:?}");
            }
        }
        let (nl_keys, en_keys) = (keys(nl), keys(en));
        let only_nl: Vec<_> = nl_keys.difference(&en_keys).collect();
        let only_en: Vec<_> = en_keys.difference(&nl_keys).collect();
        assert!(only_nl.is_empty(), "{area}: only in nl: {only_nl:?}");
        assert!(only_en.is_empty(), "{area}: only in en: {only_en:?}");
    }
}

/// Every key the source names (a string literal such as "terminal-saved") exists.
#[test]
fn every_key_the_code_asks_for_exists() {
    let all: BTreeSet<String> = FILES.iter().flat_map(|(_, nl, _)| keys(nl)).collect();
    let mut missing = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // (i18n.rs itself only shows the syntax in its docs.)
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("core/i18n.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Any string literal that is a whole key of one of the areas, wherever it stands
            // (rustfmt may put a call's key on the next line).
            for pattern in [
                "\"window-",
                "\"terminal-",
                "\"validator-",
                "\"reports-",
                "\"core-",
            ] {
                for (i, _) in text.match_indices(pattern) {
                    let rest = &text[i + 1..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    // (A bare prefix such as "window-" is a search pattern, not a key.)
                    if rest[key.len()..].starts_with('"')
                        && !key.ends_with('-')
                        && !all.contains(&key)
                    {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys without a message: {missing:#?}");
}

#[test]
fn the_fixed_vocabulary_has_a_label_in_both_languages() {
    let mut labels = Vec::new();
    for lang in Lang::ALL {
        i18n::set(lang);
        labels.extend(Phase::ALL.map(|p| p.label()));
        labels.extend(Skill::ALL.map(|s| s.label()));
        labels.extend(LegalTrap::ALL.map(|t| t.label()));
        labels.extend(LegalTrap::ALL.map(|t| t.epilogue()));
        labels.extend(ALL_OUTCOMES.map(|o| o.label()));
        labels.extend(Situation::ALL.map(|s| s.label()));
    }
    i18n::set(Lang::Nl);
    // A missing message shows its key ("phase-Opening"): none may.
    let keys: Vec<&String> = labels
        .iter()
        .filter(|l| l.contains('-') && !l.contains(' '))
        .collect();
    assert!(keys.is_empty(), "{keys:?}");
    // English is not Dutch: most labels differ between the two.
    let half = labels.len() / 2;
    let same = (0..half).filter(|i| labels[*i] == labels[half + i]).count();
    assert!(
        same * 4 < half,
        "{same} of {half} labels are the same in both languages"
    );
}
