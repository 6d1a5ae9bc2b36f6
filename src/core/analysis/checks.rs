//! The whole check of a scenario: the format's own checks, then what only the analyzer can
//! see (clean calls that loop or end badly). Use this wherever a scenario is validated.

use super::analyze::{Analysis, analyze};
use crate::core::format::load::Loaded;
use crate::core::format::validate::{self, Diagnostic, Severity, at_id};

/// Every problem in a scenario, and its analysis when it has no format errors.
pub fn check(loaded: &Loaded) -> (Vec<Diagnostic>, Option<Analysis>) {
    let mut out = validate::validate(loaded);
    if validate::has_errors(&out) {
        return (out, None);
    }
    let a = analyze(&loaded.scenario);
    let start = &loaded.scenario.start;
    let mut report = |severity, message: String| {
        out.push(at_id(&loaded.source, severity, start, message));
    };
    let clean = &a.clean;
    if !clean.complete {
        report(
            Severity::Warning,
            format!(
                "the clean calls could not all be checked (more than {} states)",
                super::clean::MAX_CLEAN_STATES
            ),
        );
    }
    if clean.loops {
        report(
            Severity::Error,
            "a clean call (the best answer at every moment) never reaches an ending: it loops until the turn limit".into(),
        );
    }
    let bad: Vec<String> = clean
        .outcomes
        .iter()
        .filter(|o| !o.is_good())
        .map(|o| format!("{o:?}"))
        .collect();
    if !bad.is_empty() {
        report(
            Severity::Warning,
            format!(
                "a clean call (the best answer at every moment) ends in {}",
                bad.join(", ")
            ),
        );
    }
    validate::sort(&mut out);
    (out, Some(a))
}
