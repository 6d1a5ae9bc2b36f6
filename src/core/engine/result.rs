//! The result of a finished call: outcome, normalised skill scores, legal findings, verdict.

use serde::{Deserialize, Serialize};

use super::scoring::{self, Points, Score};
use super::session::Session;
use super::verdict::Verdict;
use crate::core::analysis::analyze::Analysis;
use crate::core::format::scenario::{Outcome, Scenario};
use crate::core::format::technique::LegalTrap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallResult {
    pub scenario_id: String,
    pub outcome: Outcome,
    pub score: Score,
    pub findings: Vec<LegalTrap>,
    pub verdict: Verdict,
    pub uncovered: Vec<String>,
    pub turns: usize,
}

/// Scores a call (ended or not) against the analysis of its scenario, with preparation points.
pub fn call_result(
    scenario: &Scenario,
    analysis: &Analysis,
    session: &Session,
    prep: &Points,
) -> CallResult {
    let mut points = session.points;
    scoring::add(&mut points, prep);
    CallResult {
        scenario_id: scenario.id.clone(),
        outcome: session.outcome(scenario).unwrap_or(Outcome::Unresolved),
        score: scoring::score(
            &points,
            &analysis.denominators(),
            analysis.best_total,
            session.hints,
        ),
        findings: session.traps.iter().copied().collect(),
        verdict: Verdict::judge(session),
        uncovered: session.uncovered.iter().cloned().collect(),
        turns: session.turns.len(),
    }
}
