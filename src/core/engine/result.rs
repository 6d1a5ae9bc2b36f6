//! The result of a finished call: outcome, scores, legal findings, the citizen's verdict and
//! what follows after the call.

use serde::{Deserialize, Serialize};

use super::scoring::{self, PASS_MARK, Reference, Score};
use super::session::Session;
use super::verdict::Verdict;
use crate::core::format::scenario::{Outcome, PrepQuestion, Scenario};
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
    /// The questions asked after the call, with the answers (self-contained for reports).
    #[serde(default)]
    pub after_call: Vec<AnsweredQuestion>,
}

/// An after-call question as asked and answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnsweredQuestion {
    pub id: String,
    pub question: String,
    /// The chosen option's text, if answered.
    pub answer: Option<String>,
    pub correct: bool,
    /// Feedback on the chosen option.
    pub feedback: Option<String>,
    /// The (first) correct option's text.
    pub best: String,
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
            crate::tr!("core-score-legacy", score = i64::from(self.score.overall))
        } else {
            format!("{}%", self.score.overall)
        }
    }

    /// The outcome in words (in the current language), marked when it rests on a wrong statement.
    pub fn outcome_label_nl(&self) -> String {
        if self.misinformed && self.outcome.is_good() {
            crate::tr!("core-outcome-misinformed", outcome = self.outcome.label())
        } else {
            self.outcome.label().to_owned()
        }
    }
}

impl Session {
    /// Which after-call questions this call asks: those whose `when` holds at its end.
    pub fn asked_after_call(&self, scenario: &Scenario) -> Vec<bool> {
        scenario
            .after_call
            .iter()
            .map(|q| q.when.as_ref().is_none_or(|c| c.holds(self)))
            .collect()
    }

    /// The result of the call (ended or not): scored against the scenario's reference clean
    /// call, with the preparation answers and the after-call answers (`after[i]` for
    /// `scenario.after_call[i]`) on their own lines.
    pub fn finish(
        &self,
        scenario: &Scenario,
        reference: &Reference,
        prep: &[Option<usize>],
        after: &[Option<usize>],
    ) -> CallResult {
        let (prep_points, prep_best) =
            scoring::question_points(&scenario.preparation, prep, &|_| true);
        let asked = self.asked_after_call(scenario);
        let (after_points, after_best) =
            scoring::question_points(&scenario.after_call, after, &|i| asked[i]);
        let mut score = scoring::score(
            self.turns(),
            reference,
            !outcome_of(self, scenario).is_good(),
            self.hints(),
            (&prep_points, &prep_best),
        );
        score.after_call =
            scoring::percent(scoring::total(&after_points), scoring::total(&after_best));
        let epilogue: Vec<String> = self
            .turns()
            .iter()
            .filter_map(|t| t.consequence.clone())
            .collect();
        let outcome = outcome_of(self, scenario);
        CallResult {
            scenario_id: scenario.id.clone(),
            outcome,
            score,
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
            after_call: answered(&scenario.after_call, after, &asked),
        }
    }
}

fn outcome_of(session: &Session, scenario: &Scenario) -> Outcome {
    session.outcome(scenario).unwrap_or(Outcome::Unresolved)
}

/// The asked questions with the chosen and the correct option's text.
fn answered(
    questions: &[PrepQuestion],
    answers: &[Option<usize>],
    asked: &[bool],
) -> Vec<AnsweredQuestion> {
    questions
        .iter()
        .zip(asked)
        .enumerate()
        .filter(|(_, (_, a))| **a)
        .map(|(i, (q, _))| {
            let chosen = answers
                .get(i)
                .copied()
                .flatten()
                .and_then(|a| q.options.get(a));
            AnsweredQuestion {
                id: q.id.clone(),
                question: q.question.clone(),
                answer: chosen.map(|o| o.text.clone()),
                correct: chosen.is_some_and(|o| o.correct),
                feedback: chosen.map(|o| o.feedback.clone()),
                best: q
                    .options
                    .iter()
                    .find(|o| o.correct)
                    .map(|o| o.text.clone())
                    .unwrap_or_default(),
            }
        })
        .collect()
}
