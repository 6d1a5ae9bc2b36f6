//! The quality of an answer: the author's mark, or one derived from its primary technique.
//!
//! | rule | quality |
//! |---|---|
//! | the answer carries a legal trap (`Trap(..)`) | `Harmful`, whatever the mark |
//! | the author wrote `quality: …` | that mark |
//! | else: the first tag (the primary technique) escalates | `Harmful` |
//! | else: the first tag is a listening, question or content technique | `Best` |
//! | no tags at all | `Weak` |
//! | then `adjust: N` moves the derived quality N levels (−3..=3) | |
//! | a further escalating tag caps a derived quality at `Weak` | |
//!
//! Further tags describe the answer (feedback, the group report); they add no points. The
//! engine then adjusts the quality for the moment it is given (`engine::rules`).

use serde::{Deserialize, Serialize};

use super::scenario::{Flag, Response};
use super::technique::{Kind, Skill};

/// How good an answer is, worst first so that `Ord` compares quality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quality {
    Harmful,
    Weak,
    Acceptable,
    Best,
}

impl Quality {
    /// Credit of an answer of this quality; a decision loses the difference to the best one.
    pub const fn credit(self) -> u8 {
        match self {
            Quality::Harmful => 0,
            Quality::Weak => 1,
            Quality::Acceptable => 2,
            Quality::Best => 3,
        }
    }

    /// The credit of the best answer: the most one decision can earn.
    pub const MAX_CREDIT: u8 = Quality::Best.credit();

    fn from_credit(c: i32) -> Quality {
        match c {
            i32::MIN..=0 => Quality::Harmful,
            1 => Quality::Weak,
            2 => Quality::Acceptable,
            _ => Quality::Best,
        }
    }

    /// One level lower (a harmful answer stays harmful).
    pub fn down(self) -> Quality {
        Quality::from_credit(i32::from(self.credit()) - 1)
    }

    /// Moved `levels` up (positive) or down (negative).
    pub fn shifted(self, levels: i8) -> Quality {
        Quality::from_credit(i32::from(self.credit()) + i32::from(levels))
    }

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("quality-{self:?}"))
    }
}

/// Does the answer fall into a legal trap?
pub fn has_trap(r: &Response) -> bool {
    r.flags.iter().any(|f| matches!(f, Flag::Trap(_)))
}

/// The quality of an answer as written in the file, before the moment adjusts it.
pub fn marked(r: &Response) -> Quality {
    if has_trap(r) {
        return Quality::Harmful;
    }
    if let Some(q) = r.quality {
        return q;
    }
    let Some(primary) = r.tags.first() else {
        return Quality::Weak;
    };
    let base = if primary.kind() == Kind::Escalating {
        Quality::Harmful
    } else {
        Quality::Best
    };
    let q = base.shifted(r.adjust);
    if r.tags[1..].iter().any(|t| t.kind() == Kind::Escalating) {
        q.min(Quality::Weak)
    } else {
        q
    }
}

/// The skills an answer practises: its primary technique's, plus the author's positive extras.
pub fn skills(r: &Response) -> [bool; 8] {
    let mut out = [false; 8];
    if let Some(primary) = r.tags.first() {
        for &(s, p) in primary.skill_points() {
            if p > 0 {
                out[s.index()] = true;
            }
        }
    }
    for &(s, p) in &r.skills {
        if p > 0 {
            out[s.index()] = true;
        }
    }
    if has_trap(r) {
        out[Skill::Juridisch.index()] = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::scenario::Next;
    use crate::core::format::technique::{LegalTrap, Technique::*};

    fn resp(tags: Vec<crate::core::format::technique::Technique>) -> Response {
        crate::core::format::generate::response(String::new(), tags, Next::Goto("x".into()))
    }

    #[test]
    fn derived_from_the_primary_technique_and_capped_by_escalation() {
        assert_eq!(
            marked(&resp(vec![Summarising, OpenQuestion])),
            Quality::Best
        );
        assert_eq!(marked(&resp(vec![Defending])), Quality::Harmful);
        // "Dat begrijp ik. Maar…": acknowledging first, then defending.
        assert_eq!(marked(&resp(vec![Acknowledging, Defending])), Quality::Weak);
        let mut r = resp(vec![ExplainingNeutrally]);
        r.adjust = -1;
        assert_eq!(marked(&r), Quality::Acceptable);
        r.quality = Some(Quality::Weak);
        assert_eq!(marked(&r), Quality::Weak);
        r.flags.push(Flag::Trap(LegalTrap::OutcomePromised));
        assert_eq!(marked(&r), Quality::Harmful);
    }

    #[test]
    fn levels_move_within_the_scale() {
        assert_eq!(Quality::Harmful.down(), Quality::Harmful);
        assert_eq!(Quality::Best.down(), Quality::Acceptable);
        assert_eq!(Quality::Weak.shifted(5), Quality::Best);
        assert_eq!(Quality::Acceptable.shifted(-3), Quality::Harmful);
    }
}
