//! The score of a call, from its decisions: each answer against the best one available.
//!
//! Every decision earns the credit of the chosen answer's quality (best 3, acceptable 2, weak 1,
//! harmful 0) and loses the difference to the best answer available at that moment. The call's
//! score is 100% minus the credit lost, against a fixed yardstick: the decisions of the
//! scenario's reference clean call ([`Reference`]). A detour adds decisions but never adds
//! credit, so it cannot dilute a mistake. Per skill the same holds for the decisions that asked
//! for that skill. When the call ends without a good outcome (a hang-up, or no agreement), the
//! reference decisions the trainee never reached count as lost. Time-outs cost
//! [`HINT_COST`] credit each. Preparation and the questions after the call have their own lines.

use serde::{Deserialize, Serialize};

use crate::core::format::quality::Quality;
use crate::core::format::scenario::{PrepQuestion, Scenario};
use crate::core::format::technique::Skill;

use super::turn::Turn;

/// Points per skill, indexed by `Skill::index()` (preparation answers).
pub type Points = [i32; 8];

/// Credit taken off the overall score for each time-out tip.
pub const HINT_COST: i32 = 1;
/// A call passes at this overall score or above, with no legal findings, whatever the ending.
pub const PASS_MARK: u8 = 70;
/// The scoring method of this version; attempts scored by an earlier method say so.
pub const SCORING_METHOD: u32 = 2;

/// The yardstick of a scenario: the decisions of its reference clean call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reference {
    /// Decisions of the clean call.
    pub decisions: u32,
    /// Of those, how many asked for each skill.
    pub skills: [u32; 8],
}

/// Points earned and the best points possible for answers to preparation or after-call
/// questions: `answers[i]` is the chosen option of question `i`; only questions for which
/// `asked(i)` holds count.
pub fn question_points(
    questions: &[PrepQuestion],
    answers: &[Option<usize>],
    asked: &dyn Fn(usize) -> bool,
) -> (Points, Points) {
    let (mut got, mut best) = ([0; 8], [0; 8]);
    for (i, q) in questions.iter().enumerate().filter(|(i, _)| asked(*i)) {
        if q.options.iter().any(|o| o.correct) {
            best[q.skill.index()] += q.points;
        }
        if let Some(opt) = answers
            .get(i)
            .copied()
            .flatten()
            .and_then(|a| q.options.get(a))
            && opt.correct
        {
            got[q.skill.index()] += q.points;
        }
    }
    (got, best)
}

/// The correct answer to every question (the first correct option).
pub fn correct_answers(questions: &[PrepQuestion]) -> Vec<Option<usize>> {
    questions
        .iter()
        .map(|q| q.options.iter().position(|o| o.correct))
        .collect()
}

/// The correct answer to every preparation question.
pub fn correct_prep(scenario: &Scenario) -> Vec<Option<usize>> {
    correct_answers(&scenario.preparation)
}

pub fn total(p: &Points) -> i32 {
    p.iter().sum()
}

/// One skill's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillScore {
    pub skill: Skill,
    /// Credit kept on the decisions that asked for this skill.
    pub points: i32,
    /// The credit of those decisions on the reference clean call.
    pub best: i32,
    /// 0..=100, `None` when no decision asked for this skill.
    pub percent: Option<u8>,
}

fn one() -> u32 {
    1
}

/// The skill part of a call's result (the outcome is kept separately).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub skills: Vec<SkillScore>,
    /// Credit kept overall (after time-outs) and the reference call's credit.
    pub points: i32,
    pub best: i32,
    pub hints: u32,
    /// 0..=100 for display: `raw` rounded and clamped.
    pub overall: u8,
    /// The computed percentage before rounding or clamping (at most 100 by construction).
    #[serde(default)]
    pub raw: f64,
    /// The preparation's own score line, when the scenario has preparation questions.
    #[serde(default)]
    pub preparation: Option<u8>,
    /// The after-call questions' own score line, when any were asked.
    #[serde(default)]
    pub after_call: Option<u8>,
    /// Which scoring method computed this (1: the method before decision quality).
    #[serde(default = "one")]
    pub method: u32,
}

/// `points` of `best` as a whole percentage, clamped to 0..=100; `None` without a yardstick.
pub fn percent(points: i32, best: i32) -> Option<u8> {
    if best <= 0 {
        return None;
    }
    let pct = (f64::from(points) * 100.0 / f64::from(best)).round();
    Some(pct.clamp(0.0, 100.0) as u8)
}

impl Score {
    /// The percentage of one skill, if a decision asked for it.
    pub fn percent_of(&self, skill: Skill) -> Option<u8> {
        self.skills
            .iter()
            .find(|k| k.skill == skill)
            .and_then(|k| k.percent)
    }

    /// Scored by an earlier method (an attempt saved before decision quality).
    pub fn is_legacy(&self) -> bool {
        self.method < SCORING_METHOD
    }
}

/// Scores a call's turns against the scenario's reference clean call; `ended_badly` when the
/// call ended without a good outcome (its unreached decisions count as lost).
pub fn score(
    turns: &[Turn],
    reference: &Reference,
    ended_badly: bool,
    hints: u32,
    prep: (&Points, &Points),
) -> Score {
    let max = i32::from(Quality::MAX_CREDIT);
    let mut lost = [0i32; 8];
    let mut asked = [0u32; 8];
    let mut lost_total = 0i32;
    for t in turns {
        let loss = i32::from(t.loss());
        lost_total += loss;
        for s in &t.skills {
            lost[s.index()] += loss;
            asked[s.index()] += 1;
        }
    }
    if ended_badly {
        // The moments per skill the reference call has and this call never reached are lost.
        for s in Skill::ALL {
            let missed = reference.skills[s.index()].saturating_sub(asked[s.index()]);
            lost[s.index()] += max * missed as i32;
        }
    }
    let skills = Skill::ALL
        .iter()
        .map(|&s| {
            let best = max * reference.skills[s.index()] as i32;
            let points = best - lost[s.index()];
            // A skill the clean call never needs, lost on a detour, still shows as 0%.
            let percent = if best == 0 && lost[s.index()] > 0 {
                Some(0)
            } else {
                percent(points, best)
            };
            SkillScore {
                skill: s,
                points,
                best,
                percent,
            }
        })
        .collect();
    let best = max * reference.decisions.max(1) as i32;
    let missed = if ended_badly {
        (reference.decisions as usize).saturating_sub(turns.len()) as i32
    } else {
        0
    };
    let points = best - lost_total - max * missed - HINT_COST * hints as i32;
    let raw = 100.0 * f64::from(points) / f64::from(best);
    let (prep_points, prep_best) = (total(prep.0), total(prep.1));
    Score {
        skills,
        points,
        best,
        hints,
        overall: raw.round().clamp(0.0, 100.0) as u8,
        raw,
        preparation: percent(prep_points, prep_best),
        after_call: None,
        method: SCORING_METHOD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::citizen::Mood;
    use crate::core::format::technique::Phase;

    fn turn(quality: Quality, best: Quality, skills: Vec<Skill>) -> Turn {
        Turn {
            node: "n".into(),
            phase: Phase::Verhaal,
            cue: None,
            line: String::new(),
            choice: 0,
            response: String::new(),
            tags: Vec::new(),
            mood_after: Mood::new(50, 50),
            feedback: String::new(),
            better: None,
            notes: Vec::new(),
            at_ms: None,
            quality: Some(quality),
            best: Some(best),
            best_text: None,
            skills,
            consequence: None,
            hints: 0,
        }
    }

    fn reference() -> Reference {
        let mut r = Reference {
            decisions: 4,
            skills: [0; 8],
        };
        r.skills[Skill::Empathie.index()] = 2;
        r
    }

    #[test]
    fn a_clean_call_scores_100_and_a_detour_cannot_dilute_a_mistake() {
        use Quality::*;
        let e = || vec![Skill::Empathie];
        let clean: Vec<Turn> = (0..4).map(|_| turn(Best, Best, e())).collect();
        let s = score(&clean, &reference(), false, 0, (&[0; 8], &[0; 8]));
        assert_eq!((s.raw, s.overall), (100.0, 100));
        assert_eq!(s.percent_of(Skill::Empathie), Some(100));
        assert_eq!(s.percent_of(Skill::Uitleggen), None);
        let mut detour = vec![turn(Harmful, Best, e())];
        detour.extend((0..8).map(|_| turn(Best, Best, e())));
        let d = score(&detour, &reference(), false, 0, (&[0; 8], &[0; 8]));
        assert_eq!(d.raw, 75.0);
        assert_eq!(d.percent_of(Skill::Empathie), Some(50));
        // Ended badly after that mistake: the three decisions never reached are lost too,
        // overall and for the skill they would have asked for.
        let b = score(&detour[..1], &reference(), true, 0, (&[0; 8], &[0; 8]));
        assert_eq!(b.raw, 0.0);
        assert_eq!(b.percent_of(Skill::Empathie), Some(0));
    }

    #[test]
    fn scored_against_the_best_available_with_hints_and_preparation_apart() {
        use Quality::*;
        // Only acceptable answers were on offer: choosing one loses nothing.
        let turns = vec![turn(Acceptable, Acceptable, vec![]); 4];
        let mut prep_best = [0; 8];
        prep_best[0] = 4;
        let mut prep = [0; 8];
        prep[0] = 2;
        let s = score(&turns, &reference(), false, 1, (&prep, &prep_best));
        assert_eq!(s.points, 11);
        assert_eq!(s.overall, 92);
        assert_eq!(s.preparation, Some(50));
        assert_eq!(percent(-4, 10), Some(0));
    }
}
