//! The result of a finished call: outcome, scores, legal findings, the citizen's verdict and
//! what follows after the call.

use serde::{Deserialize, Serialize};

use super::scoring::{self, PASS_MARK, Reference, Score};
use super::session::Session;
use super::verdict::Verdict;
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
    /// The outcome rests on a wrong statement or a promise: it does not count as good.
    #[serde(default)]
    pub misinformed: bool,
    /// What follows after the call, one line per trap or broken promise.
    #[serde(default)]
    pub epilogue: Vec<String>,
    /// The citizen variant of this call: its label (e.g. "moe na een nachtdienst").
    #[serde(default)]
    pub variant: Option<String>,
}

impl CallResult {
    /// Passed: overall score at or above the pass mark and no legal findings, whatever the ending.
    pub fn passed(&self) -> bool {
        self.score.overall >= PASS_MARK && self.findings.is_empty()
    }

    /// A legitimate ending that does not rest on a wrong statement.
    pub fn good_outcome(&self) -> bool {
        self.outcome.is_good() && !self.misinformed
    }

    /// The overall score for display, marked when an earlier version computed it.
    pub fn score_label(&self) -> String {
        if self.score.is_legacy() {
            format!("{}% (oude score)", self.score.overall)
        } else {
            format!("{}%", self.score.overall)
        }
    }

    /// The outcome in words, marked when it rests on a wrong statement.
    pub fn outcome_label_nl(&self) -> String {
        if self.misinformed && self.outcome.is_good() {
            format!(
                "{} — maar dat rust op een onjuiste uitspraak of toezegging",
                self.outcome.label_nl()
            )
        } else {
            self.outcome.label_nl().to_owned()
        }
    }
}

impl Session {
    /// The result of the call (ended or not): scored against the scenario's reference clean
    /// call, with the preparation answers on their own line.
    pub fn finish(
        &self,
        scenario: &Scenario,
        reference: &Reference,
        prep: &[Option<usize>],
    ) -> CallResult {
        let prep_points = scoring::prep_points(scenario, prep);
        let prep_best = scoring::prep_best(scenario);
        let epilogue: Vec<String> = self
            .turns()
            .iter()
            .filter_map(|t| t.consequence.clone())
            .collect();
        let outcome = self.outcome(scenario).unwrap_or(Outcome::Unresolved);
        CallResult {
            scenario_id: scenario.id.clone(),
            outcome,
            score: scoring::score(
                self.turns(),
                reference,
                !outcome.is_good(),
                self.hints(),
                (&prep_points, &prep_best),
            ),
            findings: self.traps().iter().copied().collect(),
            verdict: Verdict::judge(self),
            uncovered: self.uncovered().iter().cloned().collect(),
            turns: self.turns().len(),
            misinformed: !epilogue.is_empty(),
            epilogue,
            variant: self
                .variant()
                .and_then(|v| scenario.citizen.variant(v))
                .map(|v| v.label.clone()),
        }
    }
}
