//! The whole check of a scenario: the format's own checks, then what only the analyzer can
//! see (clean calls that loop or end badly). Use this wherever a scenario is validated.

use super::analyze::{Analysis, analyze_with_limit};
use super::graph::{Dest, Graph};
use crate::core::format::load::Loaded;
use crate::core::format::validate::{self, Diagnostic, Severity, at_id};
use crate::tr;

/// States the validator explores before the per-state checks (a branch no call takes, a hang-up
/// after one sentence) fall back to what the graph alone shows. Deeper than the analysis the
/// window runs at start-up; about half a second for 200,000 states in a release build.
pub const CHECK_MAX_STATES: usize = 200_000;

/// Every problem in a scenario, and its analysis when it has no format errors (the command
/// line and the tests: explores up to [`CHECK_MAX_STATES`] call states).
pub fn check(loaded: &Loaded) -> (Vec<Diagnostic>, Option<Analysis>) {
    check_with_limit(loaded, CHECK_MAX_STATES)
}

/// The same check with the analyzer's default depth, for the window's start-up.
pub fn check_quick(loaded: &Loaded) -> (Vec<Diagnostic>, Option<Analysis>) {
    check_with_limit(loaded, super::analyze::DEFAULT_MAX_STATES)
}

fn check_with_limit(loaded: &Loaded, max_states: usize) -> (Vec<Diagnostic>, Option<Analysis>) {
    let mut out = validate::validate(loaded);
    if validate::has_errors(&out) {
        return (out, None);
    }
    let a = analyze_with_limit(&loaded.scenario, max_states);
    let start = &loaded.scenario.start;
    let mut report = |severity, message: String| {
        out.push(at_id(&loaded.source, severity, start, message));
    };
    let clean = &a.clean;
    if !clean.complete {
        report(
            Severity::Warning,
            tr!(
                "validator-clean-incomplete",
                max = super::clean::MAX_CLEAN_STATES.to_string()
            ),
        );
    }
    if clean.loops {
        report(Severity::Error, tr!("validator-clean-loops"));
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
            tr!("validator-clean-ends-badly", outcomes = bad.join(", ")),
        );
    }
    single_breaks(loaded, &a, &mut out);
    for &(n, ri, case) in a.untaken.iter().flatten() {
        let id = &loaded.scenario.nodes[n].id;
        let which = match &loaded.scenario.nodes[n].responses[ri].next {
            crate::core::format::scenario::Next::Branch { cases, .. } if case < cases.len() => {
                tr!("validator-branch-case", number = case + 1)
            }
            _ => tr!("validator-branch-otherwise"),
        };
        out.push(at_id(
            &loaded.source,
            Severity::Warning,
            id,
            tr!(
                "validator-branch-untaken",
                at = tr!("validator-answer-at", node = id.as_str(), number = ri + 1),
                which = which
            ),
        ));
    }
    validate::sort(&mut out);
    (out, Some(a))
}

/// A single escalating answer may end the call only with the author's reason (`ends_call`).
/// Exact where every call state was explored; otherwise every answer that can lead straight to
/// a hang-up is reported.
fn single_breaks(loaded: &Loaded, a: &Analysis, out: &mut Vec<Diagnostic>) {
    let s = &loaded.scenario;
    let g = Graph::new(s);
    let direct = |r: &crate::core::format::scenario::Response| {
        r.ends_call.is_none()
            && r.next
                .targets()
                .iter()
                .any(|t| matches!(g.dest(t), Dest::Ending(e) if s.endings[e].outcome.is_break()))
    };
    let found: Vec<(usize, usize)> = match &a.single_breaks {
        Some(list) => list.clone(),
        None => s
            .nodes
            .iter()
            .enumerate()
            .flat_map(|(n, node)| {
                node.responses
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| direct(r))
                    .map(move |(ri, _)| (n, ri))
            })
            .collect(),
    };
    for (n, ri) in found {
        let id = &s.nodes[n].id;
        out.push(at_id(
            &loaded.source,
            Severity::Warning,
            id,
            tr!(
                "validator-single-break",
                at = tr!("validator-answer-at", node = id.as_str(), number = ri + 1)
            ),
        ));
    }
}
