//! The whole check of a scenario: the format's own checks, then what only the analyzer can
//! see (clean calls that loop or end badly). Use this wherever a scenario is validated.

use super::analyze::{Analysis, analyze};
use super::graph::{Dest, Graph};
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
    single_breaks(loaded, &a, &mut out);
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
            format!(
                "node '{id}' response {} ends the call as the first escalating answer; say why in 'ends_call: \"…\"', or let the citizen hang up only after repeated escalation",
                ri + 1
            ),
        ));
    }
}
