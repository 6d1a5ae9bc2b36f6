//! Skill points per response and the normalised score of a call.

use serde::{Deserialize, Serialize};

use super::citizen::Reaction;
use crate::core::format::scenario::{Flag, Response, Scenario};
use crate::core::format::technique::{Kind, LegalTrap, Skill};

/// Points per skill, indexed by `Skill::index()`.
pub type Points = [i32; 8];

/// Juridisch points lost for every legal trap a response falls into.
pub const TRAP_PENALTY: i32 = 3;
/// Points taken off the overall score for each time-out hint.
pub const HINT_COST: i32 = 1;

/// Skill points a response earns (the first time it is chosen), given how the citizen took it.
pub fn response_points(response: &Response, reaction: &Reaction) -> Points {
    let mut p = [0; 8];
    for &tag in &response.tags {
        // Explaining or solving while the emotion is high earns nothing for that skill.
        if reaction.too_early && tag.kind() == Kind::Content {
            continue;
        }
        if reaction.question_too_early && tag.kind() == Kind::Question {
            continue;
        }
        for &(skill, pts) in tag.skill_points() {
            p[skill.index()] += pts;
        }
    }
    for &(skill, pts) in &response.skills {
        p[skill.index()] += pts;
    }
    p[Skill::Juridisch.index()] -= TRAP_PENALTY * traps(response).count() as i32;
    p
}

/// The upper bound of a response's points when timing is ideal (for the structural bound).
pub fn static_points(response: &Response) -> Points {
    let ideal = Reaction {
        anger_delta: 0,
        trust_delta: 0,
        too_early: false,
        question_too_early: false,
    };
    response_points(response, &ideal)
}

/// Legal traps a response falls into.
pub fn traps(response: &Response) -> impl Iterator<Item = LegalTrap> + '_ {
    response.flags.iter().filter_map(|f| match f {
        Flag::Trap(t) => Some(*t),
        _ => None,
    })
}

/// Points for the preparation answers: `answers[i]` is the chosen option of question `i`.
pub fn prep_points(scenario: &Scenario, answers: &[Option<usize>]) -> Points {
    let mut p = [0; 8];
    for (q, a) in scenario.preparation.iter().zip(answers) {
        if let Some(opt) = a.and_then(|i| q.options.get(i))
            && opt.correct
        {
            p[q.skill.index()] += q.points;
        }
    }
    p
}

/// The best preparation points possible.
pub fn prep_best(scenario: &Scenario) -> Points {
    let mut p = [0; 8];
    for q in &scenario.preparation {
        if q.options.iter().any(|o| o.correct) {
            p[q.skill.index()] += q.points;
        }
    }
    p
}

pub fn add(a: &mut Points, b: &Points) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

pub fn total(p: &Points) -> i32 {
    p.iter().sum()
}

/// One skill's score, normalised to the best achievable in the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillScore {
    pub skill: Skill,
    pub points: i32,
    pub best: i32,
    /// 0..=100, `None` when the scenario offers no points for this skill.
    pub percent: Option<u8>,
}

/// The skill part of a call's result (the outcome is kept separately).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub skills: Vec<SkillScore>,
    pub points: i32,
    pub best: i32,
    pub hints: u32,
    /// 0..=100 against the best possible call.
    pub overall: u8,
}

pub fn percent(points: i32, best: i32) -> Option<u8> {
    if best <= 0 {
        return None;
    }
    let pct = (f64::from(points.max(0)) * 100.0 / f64::from(best)).round();
    Some(pct.clamp(0.0, 100.0) as u8)
}

impl Score {
    /// The percentage of one skill, if the scenario offers points for it.
    pub fn percent_of(&self, skill: Skill) -> Option<u8> {
        self.skills
            .iter()
            .find(|k| k.skill == skill)
            .and_then(|k| k.percent)
    }
}

/// Normalises `points` against `best` per skill and `best_total` overall.
pub fn score(points: &Points, best: &Points, best_total: i32, hints: u32) -> Score {
    let skills: Vec<SkillScore> = Skill::ALL
        .iter()
        .map(|&s| SkillScore {
            skill: s,
            points: points[s.index()],
            best: best[s.index()],
            percent: percent(points[s.index()], best[s.index()]),
        })
        .collect();
    let earned = total(points) - HINT_COST * hints as i32;
    // The mean of the skill percentages, so one weak skill (often Juridisch after a trap) shows
    // as one weak skill instead of wiping out the rest; time-outs cost their share of the total.
    let shown: Vec<f64> = skills
        .iter()
        .filter_map(|s| s.percent)
        .map(f64::from)
        .collect();
    let mean = if shown.is_empty() {
        0.0
    } else {
        shown.iter().sum::<f64>() / shown.len() as f64
    };
    let hint_cost = if best_total > 0 {
        100.0 * f64::from(HINT_COST * hints as i32) / f64::from(best_total)
    } else {
        0.0
    };
    Score {
        skills,
        points: earned,
        best: best_total,
        hints,
        overall: (mean - hint_cost).round().clamp(0.0, 100.0) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::scenario::{Effect, Next};
    use crate::core::format::technique::Technique::*;

    fn resp(tags: Vec<crate::core::format::technique::Technique>, flags: Vec<Flag>) -> Response {
        Response {
            text: String::new(),
            tags,
            effect: Effect::Auto,
            skills: vec![(Skill::Juridisch, 1)],
            flags,
            feedback: String::new(),
            better: None,
            next: Next::Goto("x".into()),
        }
    }

    #[test]
    fn too_early_content_earns_nothing_and_traps_cost() {
        let r = resp(
            vec![ExplainingNeutrally, Acknowledging],
            vec![Flag::Trap(LegalTrap::OutcomePromised)],
        );
        let early = Reaction {
            anger_delta: 0,
            trust_delta: 0,
            too_early: true,
            question_too_early: false,
        };
        let p = response_points(&r, &early);
        assert_eq!(p[Skill::Uitleggen.index()], 0);
        assert_eq!(p[Skill::Empathie.index()], 2);
        assert_eq!(p[Skill::Juridisch.index()], 1 - TRAP_PENALTY);
        assert_eq!(static_points(&r)[Skill::Uitleggen.index()], 2);
    }

    #[test]
    fn normalises_and_charges_hints() {
        let mut best = [0; 8];
        best[0] = 10;
        best[1] = 10;
        let mut pts = [0; 8];
        pts[0] = 10;
        pts[1] = 5;
        let s = score(&pts, &best, 20, 1);
        assert_eq!(s.skills[0].percent, Some(100));
        assert_eq!(s.skills[1].percent, Some(50));
        assert_eq!(s.skills[2].percent, None);
        assert_eq!(s.overall, 70);
        assert_eq!(percent(-4, 10), Some(0));
    }
}
