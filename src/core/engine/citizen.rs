//! The citizen's emotional state and how one answer moves it: every rule of the model is here.
//!
//! Anger and trust run from 0 to 100. Per answer, each tag has an effect by its kind:
//!
//! | kind of tag | anger | trust |
//! |---|---|---|
//! | calming (listening, summarising, reflecting, acknowledging) at anger ≥ [`HIGH_ANGER`] | −[`CALM_HIGH`] × trust factor | +[`TRUST_GAIN`] |
//! | calming below [`HIGH_ANGER`] | −[`CALM_LOW`] × trust factor | +[`TRUST_GAIN`] |
//! | question (open, probing, NIVEA, interests, checking) | −[`QUESTION_CALM`] × trust factor | +[`TRUST_GAIN`] |
//! | content question while the emotion is high and not yet acknowledged | +[`QUESTION_TOO_EARLY`] | 0 |
//! | content (explain, options, agreements) | −[`QUESTION_CALM`] × trust factor | +[`CONTENT_TRUST`] |
//! | content while the emotion is high ([`Mood::emotion_high`]) | +[`CONTENT_TOO_EARLY`] | −3 |
//! | escalating (defending, "rustig aan", judging, …) | per technique, ×1.5 while the emotion is high | per technique |
//!
//! - **Calming does not stack:** of the calming effects in one answer only the strongest counts;
//!   raising effects add up.
//! - **Trust factor:** a turn calms by (100 + trust) / 200 of the full amount, so a distrustful
//!   citizen calms at half speed.
//! - **At most [`MAX_CALM`] calmer per turn**, author effects included: a citizen at anger 80 or
//!   more needs at least three good turns to come below 40. No turn moves anger or trust by more
//!   than [`MAX_STEP`].
//! - **Checking understanding** is welcome at any anger when it comes in the same answer as a
//!   summary or paraphrase, or right after one.
//! - The emotion counts as high from [`HIGH_ANGER`], or from [`HIGH_ANGER_ACKNOWLEDGED`] once it
//!   was acknowledged (acknowledging, reflecting, summarising).
//! - An answer that raises anger is an **escalating answer**. The scenario's escalation rule
//!   (hang up at anger ≥ N) fires only from the [`ESCALATIONS_TO_BREAK`]-th escalating answer on;
//!   a single answer ends the call only where the author marked it (`ends_call`).
//! - An author can add to the engine's effect (`Add`) or replace it (`Set`); the limits above
//!   still hold.

use serde::{Deserialize, Serialize};

use crate::core::format::scenario::Effect;
use crate::core::format::technique::{Kind, Technique};

/// Anger at or above this is "emotion still high": explain and solve later.
pub const HIGH_ANGER: u8 = 60;
/// Once the emotion was acknowledged, the citizen can hear content up to this anger.
pub const HIGH_ANGER_ACKNOWLEDGED: u8 = 75;
/// Full calming effect of a listening technique while the emotion is high.
pub const CALM_HIGH: i32 = 15;
/// Full calming effect of a listening technique once the emotion is lower.
pub const CALM_LOW: i32 = 8;
/// Full calming effect of a welcome question or well-timed content.
pub const QUESTION_CALM: i32 = 5;
/// Trust gained from a listening technique or a welcome question.
pub const TRUST_GAIN: i32 = 4;
/// Trust gained from content the citizen is ready to hear.
pub const CONTENT_TRUST: i32 = 6;
/// Anger added by a content question before the emotion was acknowledged.
pub const QUESTION_TOO_EARLY: i32 = 3;
/// Anger added by explaining or solving while the emotion is high.
pub const CONTENT_TOO_EARLY: i32 = 10;
/// No turn calms the citizen by more than this.
pub const MAX_CALM: i32 = 15;
/// No single answer moves anger or trust by more than this.
pub const MAX_STEP: i32 = 25;
/// The escalation rule can end the call from this escalating answer on.
pub const ESCALATIONS_TO_BREAK: u8 = 2;

/// Anger and trust, both 0..=100, and what the citizen remembers of the call so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mood {
    pub anger: u8,
    pub trust: u8,
    pub acknowledged: bool,
    /// The last answer summarised or paraphrased (so "klopt dat?" is welcome now).
    #[serde(default)]
    pub summarised: bool,
    /// Escalating answers so far (counted up to [`ESCALATIONS_TO_BREAK`]).
    #[serde(default)]
    pub escalations: u8,
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

impl Reaction {
    /// The answer raised the citizen's anger.
    pub fn escalates(&self) -> bool {
        self.anger_delta > 0
    }

    /// The answer came at the wrong moment (content or a content question too early).
    pub fn mistimed(&self) -> bool {
        self.too_early || self.question_too_early
    }
}

fn summarises(t: Technique) -> bool {
    matches!(t, Technique::Summarising | Technique::Paraphrasing)
}

impl Mood {
    pub fn new(anger: u8, trust: u8) -> Self {
        Mood {
            anger: anger.min(100),
            trust: trust.min(100),
            acknowledged: false,
            summarised: false,
            escalations: 0,
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

    /// A calming amount scaled by trust: (100 + trust) / 200 of it.
    fn scaled(&self, amount: i32) -> i32 {
        amount * (100 + i32::from(self.trust)) / 200
    }

    /// How the citizen would react to a response with these tags and effect.
    pub fn react(&self, tags: &[Technique], effect: Effect) -> Reaction {
        let high = self.emotion_high();
        let checking_welcome = self.summarised || tags.iter().any(|t| summarises(*t));
        let mut calm = 0; // the strongest calming effect (does not stack)
        let mut raise = 0; // raising effects add up
        let mut trust_gain = 0;
        let mut trust_loss = 0;
        let mut too_early = false;
        let mut question_too_early = false;
        for &t in tags {
            let (a, tr) = match t.kind() {
                Kind::Calming if self.anger >= HIGH_ANGER => (-self.scaled(CALM_HIGH), TRUST_GAIN),
                Kind::Calming => (-self.scaled(CALM_LOW), TRUST_GAIN),
                Kind::Question if t == Technique::CheckingUnderstanding && checking_welcome => {
                    (-self.scaled(QUESTION_CALM), TRUST_GAIN)
                }
                // An open question invites the story and is always welcome; probing the content
                // before the emotion was acknowledged is not.
                Kind::Question if high && !self.acknowledged && t != Technique::OpenQuestion => {
                    question_too_early = true;
                    (QUESTION_TOO_EARLY, 0)
                }
                Kind::Question => (-self.scaled(QUESTION_CALM), TRUST_GAIN),
                Kind::Content if high => {
                    too_early = true;
                    (CONTENT_TOO_EARLY, -3)
                }
                Kind::Content => (-self.scaled(QUESTION_CALM), CONTENT_TRUST),
                Kind::Escalating => {
                    let (a, tr) = escalating_base(t);
                    if high {
                        (a * 3 / 2, tr * 3 / 2)
                    } else {
                        (a, tr)
                    }
                }
            };
            if a < 0 {
                calm = calm.min(a);
            } else {
                raise += a;
            }
            if tr > 0 {
                trust_gain = trust_gain.max(tr);
            } else {
                trust_loss += tr;
            }
        }
        let (anger, trust) = match effect {
            Effect::Auto => (calm + raise, trust_gain + trust_loss),
            Effect::Add {
                anger: da,
                trust: dt,
            } => (calm + raise + da, trust_gain + trust_loss + dt),
            Effect::Set { anger: a, trust: t } => (a, t),
        };
        Reaction {
            anger_delta: anger.clamp(-MAX_CALM.min(MAX_STEP), MAX_STEP),
            trust_delta: trust.clamp(-MAX_STEP, MAX_STEP),
            too_early,
            question_too_early,
        }
    }

    /// The mood after a response.
    pub fn after(&self, tags: &[Technique], reaction: &Reaction) -> Mood {
        let escalations = if reaction.escalates() {
            (self.escalations + 1).min(ESCALATIONS_TO_BREAK)
        } else {
            self.escalations
        };
        Mood {
            anger: apply(self.anger, reaction.anger_delta),
            trust: apply(self.trust, reaction.trust_delta),
            acknowledged: self.acknowledged || tags.iter().any(|t| t.acknowledges()),
            summarised: tags.iter().any(|t| summarises(*t)),
            escalations,
        }
    }

    /// May the scenario's escalation rule end the call now?
    pub fn may_break(&self) -> bool {
        self.escalations >= ESCALATIONS_TO_BREAK
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

    fn after(m: Mood, tags: &[Technique]) -> Mood {
        m.after(tags, &m.react(tags, Effect::Auto))
    }

    #[test]
    fn acknowledging_calms_an_angry_citizen() {
        let m = Mood::new(80, 20);
        let r = m.react(&[Acknowledging], Effect::Auto);
        assert!(r.anger_delta < 0 && r.trust_delta > 0);
        assert!(m.after(&[Acknowledging], &r).acknowledged);
    }

    #[test]
    fn calming_does_not_stack_within_a_turn() {
        let m = Mood::new(80, 40);
        let one = m.react(&[Summarising], Effect::Auto).anger_delta;
        let three = m
            .react(
                &[Summarising, ReflectingFeelings, Acknowledging],
                Effect::Auto,
            )
            .anger_delta;
        assert_eq!(one, three);
    }

    #[test]
    fn low_trust_calms_slower() {
        let distrustful = Mood::new(80, 0).react(&[Acknowledging], Effect::Auto);
        let trusting = Mood::new(80, 100).react(&[Acknowledging], Effect::Auto);
        assert!(distrustful.anger_delta > trusting.anger_delta);
        // Half speed at trust 0 (rounded towards zero): 7 instead of 15.
        assert_eq!(
            (distrustful.anger_delta, trusting.anger_delta),
            (-7, -CALM_HIGH)
        );
    }

    #[test]
    fn from_eighty_it_takes_at_least_three_good_turns_to_come_below_forty() {
        for start in 80..=100u8 {
            for trust in [0u8, 50, 100] {
                // The best the engine allows, author effects included.
                let mut m = Mood::new(start, trust);
                let strong = Effect::Add {
                    anger: -100,
                    trust: 25,
                };
                for turn in 1..=2 {
                    let tags = [Summarising, ReflectingFeelings, Acknowledging];
                    m = m.after(&tags, &m.react(&tags, strong));
                    assert!(
                        m.anger >= 40,
                        "{start}/{trust}: below 40 after {turn} turns"
                    );
                }
            }
        }
    }

    #[test]
    fn checking_understanding_after_a_summary_is_welcome_at_any_anger() {
        let hot = Mood::new(90, 10);
        let alone = hot.react(&[CheckingUnderstanding], Effect::Auto);
        assert!(alone.question_too_early);
        let with = hot.react(&[Summarising, CheckingUnderstanding], Effect::Auto);
        assert!(!with.question_too_early && with.anger_delta < 0);
        let next = after(hot, &[Summarising]);
        let r = next.react(&[CheckingUnderstanding], Effect::Auto);
        assert!(!r.question_too_early && r.anger_delta < 0);
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
    fn escalating_is_worse_when_emotion_is_high_and_counts_towards_a_break() {
        let hot = Mood::new(80, 20).react(&[CalmDown], Effect::Auto);
        let cool = Mood::new(20, 60).react(&[CalmDown], Effect::Auto);
        assert!(hot.anger_delta > cool.anger_delta && cool.anger_delta > 0);
        let once = after(Mood::new(80, 20), &[Defending]);
        assert!(!once.may_break());
        assert!(after(once, &[Judging]).may_break());
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
        let r = m.react(
            &[],
            Effect::Set {
                anger: -40,
                trust: 0,
            },
        );
        assert_eq!(r.anger_delta, -MAX_CALM);
    }
}
