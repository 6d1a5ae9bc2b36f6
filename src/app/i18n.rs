//! UI strings, from `assets/locales/{nl,en}/window.ftl` (Fluent, like the rest of the program).
//!
//! `t(lang, K::x)` gives a fixed label by key: the enum keeps the window's labels checked by the
//! compiler, each message is formatted once per language and kept. Messages with variables go
//! through `lang_tr` (or `tr!`, which follows the language `ui.rs` sets every frame).
//! Scenario text is not translated: it stays in the scenario's language.

use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentValue};

use super::state::Lang;
use crate::core::format::scenario::{CaseType, Difficulty};
use crate::core::i18n::tr_in;

macro_rules! strings {
    ($($key:ident = $id:literal;)*) => {
        /// A UI string key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types)]
        pub enum K { $($key),* }

        impl K {
            /// Every key, in declaration order (`K::x as usize` indexes it).
            const ALL: &[K] = &[$(K::$key),*];

            /// The message id in window.ftl.
            fn id(self) -> &'static str {
                match self { $(K::$key => $id),* }
            }
        }
    };
}

strings! {
    app_title = "window-app-title";
    welcome = "window-welcome";
    choose_profile = "window-choose-profile";
    new_profile = "window-new-profile";
    start = "window-start";
    trainer_entrance = "window-trainer-entrance";
    language = "window-language";
    library = "window-library";
    my_progress = "window-my-progress";
    filter_all = "window-filter-all";
    done_best = "window-done-best";
    not_done = "window-not-done";
    recommended = "window-recommended";
    weakest = "window-weakest";
    invalid_files = "window-invalid-files";
    resume_offer = "window-resume-offer";
    resume = "window-resume";
    discard = "window-discard";
    prepare = "window-prepare";
    dossier = "window-dossier";
    facts = "window-facts";
    deadlines = "window-deadlines";
    room = "window-room";
    third_parties = "window-third-parties";
    checklist = "window-checklist";
    rate_before = "window-rate-before";
    start_training = "window-start-training";
    start_test = "window-start-test";
    back = "window-back";
    anger = "window-anger";
    grief = "window-grief";
    fear = "window-fear";
    after_call = "window-after-call";
    after_call_score = "window-after-call-score";
    no_answer = "window-no-answer";
    situations = "window-situations";
    search_profile = "window-search-profile";
    theme = "window-theme";
    light = "window-light";
    dark = "window-dark";
    turn = "window-turn";
    start_point = "window-start-point";
    click_to_rewind = "window-click-to-rewind";
    dashed_what_if = "window-dashed-what-if";
    what_if = "window-what-if";
    what_if_note = "window-what-if-note";
    what_if_stop = "window-what-if-stop";
    what_if_hint = "window-what-if-hint";
    what_if_result = "window-what-if-result";
    trust = "window-trust";
    phase = "window-phase";
    call_time = "window-call-time";
    under_a_minute = "window-under-a-minute";
    your_answer = "window-your-answer";
    time_out = "window-time-out";
    feedback = "window-feedback";
    better = "window-better";
    continue_ = "window-continue";
    call_ended = "window-call-ended";
    to_debrief = "window-to-debrief";
    debrief = "window-debrief";
    outcome = "window-outcome";
    overall = "window-overall";
    skills = "window-skills";
    not_applicable = "window-not-applicable";
    curve = "window-curve";
    verdict = "window-verdict";
    findings = "window-findings";
    no_findings = "window-no-findings";
    transcript = "window-transcript";
    to_library = "window-to-library";
    citizen = "window-citizen";
    you = "window-you";
    note = "window-note";
    hint = "window-hint";
    quality = "window-quality";
    best_available = "window-best-available";
    best_answer = "window-best-answer";
    passed = "window-passed";
    not_passed = "window-not-passed";
    preparation_score = "window-preparation-score";
    epilogue = "window-epilogue";
    rate_after = "window-rate-after";
    variant = "window-variant";
    no_scenarios = "window-no-scenarios";
    export = "window-export";
    no_calls_yet = "window-no-calls-yet";
    score_per_skill = "window-score-per-skill";
    self_vs_measured = "window-self-vs-measured";
    column_skill = "window-column-skill";
    column_measured = "window-column-measured";
    column_self_before = "window-column-self-before";
    column_self_after = "window-column-self-after";
    column_difference = "window-column-difference";
    scenarios_done = "window-scenarios-done";
    review_title = "window-review-title";
    review_folder = "window-review-folder";
    review_read = "window-review-read";
    review_trainee = "window-review-trainee";
    review_mean = "window-review-mean";
    review_hardest = "window-review-hardest";
    review_outcomes = "window-review-outcomes";
    review_unchosen = "window-review-unchosen";
    difficulty_introductie = "window-difficulty-introductie";
    difficulty_gevorderd = "window-difficulty-gevorderd";
    difficulty_moeilijk = "window-difficulty-moeilijk";
    case_bezwaar = "window-case-bezwaar";
    case_klacht = "window-case-klacht";
    case_zienswijze = "window-case-zienswijze";
    case_aanvraag = "window-case-aanvraag";
    case_besluit = "window-case-besluit";
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: K) -> &'static str {
    // Fixed labels have no variables: each is formatted once per language and kept for the run.
    static TABLE: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let table = TABLE
        .get_or_init(|| Lang::ALL.map(|l| K::ALL.iter().map(|k| tr_in(l, k.id(), None)).collect()));
    &table[lang as usize][key as usize]
}

/// The message `key` in `lang`, with variables (`("error", e.to_string().into())`).
pub(crate) fn lang_tr(key: &str, lang: Lang, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    tr_in(lang, key, Some(&fluent))
}

/// A scenario's difficulty in words.
pub(crate) fn difficulty(lang: Lang, d: Difficulty) -> &'static str {
    t(
        lang,
        match d {
            Difficulty::Introductie => K::difficulty_introductie,
            Difficulty::Gevorderd => K::difficulty_gevorderd,
            Difficulty::Moeilijk => K::difficulty_moeilijk,
        },
    )
}

/// The kind of case in words.
pub(crate) fn case_type(lang: Lang, c: CaseType) -> &'static str {
    t(
        lang,
        match c {
            CaseType::Bezwaar => K::case_bezwaar,
            CaseType::Klacht => K::case_klacht,
            CaseType::Zienswijze => K::case_zienswijze,
            CaseType::Aanvraag => K::case_aanvraag,
            CaseType::Besluit => K::case_besluit,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_message_in_both_languages() {
        for lang in Lang::ALL {
            for k in K::ALL {
                // A missing message shows its id.
                assert_ne!(t(lang, *k), k.id(), "{lang:?}: {k:?}");
                assert!(!t(lang, *k).is_empty(), "{lang:?}: {k:?}");
            }
        }
        assert_eq!(t(Lang::Nl, K::citizen), "Burger");
        assert_eq!(t(Lang::En, K::citizen), "Citizen");
    }

    /// Every `"window-…"` id the window's code names (in `lang_tr`, `tr!` or the table above,
    /// however rustfmt wrapped the call) has a message in both languages.
    #[test]
    fn every_message_the_window_asks_for_exists() {
        let mut missing = Vec::new();
        let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("\"window-") {
                    let id: String = text[i + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    // (A mention such as `"window-…"` in a comment names no message.)
                    if id.ends_with('-') {
                        continue;
                    }
                    for lang in Lang::ALL {
                        if tr_in(lang, &id, None) == id {
                            missing.push(format!("{}: {lang:?} {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn the_labels_are_indexed_by_their_key() {
        for (i, k) in K::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }

    #[test]
    fn variables_and_plurals_fill_in() {
        let n = |n: usize| [("skipped", FluentValue::from(n)), ("dir", "/x".into())];
        assert_eq!(
            lang_tr("window-exported-skipping", Lang::Nl, &n(1)),
            "Geëxporteerd naar /x (1 onleesbare poging(en) overgeslagen)"
        );
        assert_eq!(
            lang_tr("window-exported-skipping", Lang::En, &n(1)),
            "Exported to /x (1 unreadable attempt skipped)"
        );
        assert_eq!(
            lang_tr("window-exported-skipping", Lang::En, &n(3)),
            "Exported to /x (3 unreadable attempts skipped)"
        );
        let counts = [("trainees", FluentValue::from(2)), ("refused", 1.into())];
        assert_eq!(
            lang_tr("window-review-counts", Lang::Nl, &counts),
            "2 deelnemer(s); 1 bestand(en) geweigerd."
        );
        assert_eq!(
            lang_tr("window-review-counts", Lang::En, &counts),
            "2 trainees; 1 file refused."
        );
    }
}
