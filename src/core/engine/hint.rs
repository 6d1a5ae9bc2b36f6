//! The time-out: like a trainer pausing a role-play, a tip for the current moment (costs a point).

use super::scoring;
use super::session::{Position, Session};
use crate::core::format::technique::{Kind, Technique};

/// A tip for the current moment, without giving the answer away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub text: String,
    /// The technique the tip points at.
    pub technique: Option<Technique>,
}

/// The tip for the current node, or `None` when the call has ended. Counts the hint.
pub fn take_hint(
    session: &mut Session,
    scenario: &crate::core::format::scenario::Scenario,
) -> Option<Hint> {
    let Position::At(id) = &session.position else {
        return None;
    };
    let node = scenario.node(id)?;
    let best = node.responses.iter().max_by_key(|r| {
        let reaction = session.mood.react(&r.tags, r.effect);
        let pts = scoring::total(&scoring::response_points(r, &reaction));
        (pts, -reaction.anger_delta)
    })?;
    session.hints += 1;
    let technique = best
        .tags
        .iter()
        .copied()
        .find(|t| t.kind() != Kind::Escalating);
    let mood = if session.mood.emotion_high() {
        "De burger is nog erg geëmotioneerd: eerst luisteren en erkennen, uitleg en oplossingen komen later."
    } else if session.mood.anger >= 30 {
        "De ergste emotie is eruit, maar nog niet weg. Blijf checken of u het goed begrijpt."
    } else {
        "De burger staat open voor het gesprek: nu is er ruimte voor uitleg, opties en afspraken."
    };
    let text = match technique {
        Some(t) => format!("{mood} Denk aan: {}.", t.label_nl()),
        None => mood.to_owned(),
    };
    Some(Hint { text, technique })
}
