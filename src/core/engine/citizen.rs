//! The citizen's emotional state and how it reacts to techniques (technique × state rules).

use serde::{Deserialize, Serialize};

use crate::core::format::scenario::Effect;
use crate::core::format::technique::{Kind, Technique};

/// Anger at or above this is "emotion still high": explain and solve later.
pub const HIGH_ANGER: u8 = 60;
/// Once the emotion was acknowledged, the citizen can hear content up to this anger.
pub const HIGH_ANGER_ACKNOWLEDGED: u8 = 75;
/// No single response moves anger or trust more than this.
pub const MAX_STEP: i32 = 25;

/// Anger and trust, both 0..=100, plus whether the emotion has been acknowledged yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mood {
    pub anger: u8,
    pub trust: u8,
    pub acknowledged: bool,
}

/// The reaction to one response, with notes on timing for the feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reaction {
    pub anger_delta: i32,
    pub trust_delta: i32,
    /// Content (explaining, solving) came while the emotion was still high.
    pub too_early: bool,
    /// A content question came before the emotion was acknowledged.
    pub question_too_early: bool,
}

impl Mood {
    pub fn new(anger: u8, trust: u8) -> Self {
        Mood {
            anger: anger.min(100),
            trust: trust.min(100),
            acknowledged: false,
        }
    }

    /// Is the emotion too high for explaining or solving?
    pub fn emotion_high(&self) -> bool {
        let limit = if self.acknowledged {
            HIGH_ANGER_ACKNOWLEDGED
        } else {
            HIGH_ANGER
        };
        self.anger >= limit
    }

    /// How the citizen would react to a response with these tags and effect.
    pub fn react(&self, tags: &[Technique], effect: Effect) -> Reaction {
        let high = self.emotion_high();
        let mut anger = 0;
        let mut trust = 0;
        let mut too_early = false;
        let mut question_too_early = false;
        for &t in tags {
            let (a, tr) = match t.kind() {
                Kind::Calming if self.anger >= HIGH_ANGER => (-12, 5),
                Kind::Calming => (-7, 4),
                // An open question invites the story and is always welcome; probing the content
                // before the emotion was acknowledged is not.
                Kind::Question if high && !self.acknowledged && t != Technique::OpenQuestion => {
                    question_too_early = true;
                    (3, 0)
                }
                Kind::Question => (-5, 4),
                Kind::Content if high => {
                    too_early = true;
                    (10, -3)
                }
                Kind::Content => (-5, 6),
                Kind::Escalating => {
                    let (a, tr) = escalating_base(t);
                    if high {
                        (a * 3 / 2, tr * 3 / 2)
                    } else {
                        (a, tr)
                    }
                }
            };
            anger += a;
            trust += tr;
        }
        let (anger, trust) = match effect {
            Effect::Auto => (anger, trust),
            Effect::Add {
                anger: da,
                trust: dt,
            } => (anger + da, trust + dt),
            Effect::Set { anger: a, trust: t } => (a, t),
        };
        Reaction {
            anger_delta: anger.clamp(-MAX_STEP, MAX_STEP),
            trust_delta: trust.clamp(-MAX_STEP, MAX_STEP),
            too_early,
            question_too_early,
        }
    }

    /// The mood after a response.
    pub fn after(&self, tags: &[Technique], reaction: &Reaction) -> Mood {
        Mood {
            anger: apply(self.anger, reaction.anger_delta),
            trust: apply(self.trust, reaction.trust_delta),
            acknowledged: self.acknowledged || tags.iter().any(|t| t.acknowledges()),
        }
    }
}

fn apply(value: u8, delta: i32) -> u8 {
    (i32::from(value) + delta).clamp(0, 100) as u8
}

/// (anger, trust) for an escalating technique while the emotion is not high.
fn escalating_base(t: Technique) -> (i32, i32) {
    use Technique::*;
    match t {
        Defending => (10, -6),
        Lecturing => (8, -5),
        CalmDown => (12, -5),
        Interrupting => (8, -4),
        // A promise calms for a moment but is legally wrong; it is scored, not rewarded.
        Promising => (-4, 2),
        Judging => (15, -10),
        FillingIn => (5, -4),
        PushingWithdrawal => (10, -15),
        SolvingTooEarly => (6, -3),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Technique::*;

    #[test]
    fn acknowledging_calms_an_angry_citizen() {
        let m = Mood::new(80, 20);
        let r = m.react(&[Acknowledging], Effect::Auto);
        assert!(r.anger_delta < 0 && r.trust_delta > 0);
        assert!(m.after(&[Acknowledging], &r).acknowledged);
    }

    #[test]
    fn explaining_too_early_makes_it_worse_and_later_helps() {
        let angry = Mood::new(80, 20);
        let r = angry.react(&[ExplainingNeutrally], Effect::Auto);
        assert!(r.too_early && r.anger_delta > 0);
        let calm = Mood::new(30, 50);
        let r = calm.react(&[ExplainingNeutrally], Effect::Auto);
        assert!(!r.too_early && r.anger_delta < 0);
    }

    #[test]
    fn order_matters_acknowledge_then_explain() {
        // Explaining at anger 65: too early without acknowledgement, fine after it.
        let before = Mood::new(65, 30);
        assert!(before.react(&[ExplainingNeutrally], Effect::Auto).too_early);
        let acknowledged = Mood {
            acknowledged: true,
            ..before
        };
        assert!(
            !acknowledged
                .react(&[ExplainingNeutrally], Effect::Auto)
                .too_early
        );
    }

    #[test]
    fn escalating_is_worse_when_emotion_is_high() {
        let hot = Mood::new(80, 20).react(&[CalmDown], Effect::Auto);
        let cool = Mood::new(20, 60).react(&[CalmDown], Effect::Auto);
        assert!(hot.anger_delta > cool.anger_delta && cool.anger_delta > 0);
    }

    #[test]
    fn author_overrides_and_clamps() {
        let m = Mood::new(50, 50);
        let r = m.react(
            &[Acknowledging],
            Effect::Set {
                anger: 3,
                trust: -2,
            },
        );
        assert_eq!((r.anger_delta, r.trust_delta), (3, -2));
        let r = m.react(&[Judging, Judging, Judging], Effect::Auto);
        assert_eq!(r.anger_delta, MAX_STEP);
        let after = Mood::new(95, 5).after(
            &[],
            &Reaction {
                anger_delta: 25,
                trust_delta: -25,
                too_early: false,
                question_too_early: false,
            },
        );
        assert_eq!((after.anger, after.trust), (100, 0));
    }
}
