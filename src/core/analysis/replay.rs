//! Calls replayed with the engine: the reference clean call, a clean continuation from any
//! moment, and the best call with one mistake followed by a recovery.

use super::analyze::Analysis;
use crate::core::engine::session::{EngineError, Mode, Session, variant_for};
use crate::core::format::scenario::Scenario;

/// Plays these choices (0-based ids) from the start.
pub fn play(scenario: &Scenario, seed: u64, choices: &[usize]) -> Result<Session, EngineError> {
    let mut s = Session::start(scenario, seed, Mode::Test)?;
    for &c in choices {
        if s.is_ended() {
            break;
        }
        s.choose(scenario, c, None)?;
    }
    Ok(s)
}

/// Goes on with the first best available answer at every moment until the call ends.
pub fn continue_clean(scenario: &Scenario, session: &mut Session) -> Result<(), EngineError> {
    while !session.is_ended() {
        let Some(&best) = session.best_choices(scenario).first() else {
            break;
        };
        session.choose(scenario, best, None)?;
    }
    Ok(())
}

/// A call with exactly one weaker answer, then the best answer at every moment after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    pub choices: Vec<usize>,
    pub raw: f64,
}

/// Every "one mistake, then recover" call along the reference clean call of the variant this
/// seed draws: at each of its
/// moments, each answer weaker than the best, followed by a clean continuation.
pub fn recoveries(
    scenario: &Scenario,
    analysis: &Analysis,
    seed: u64,
) -> Result<Vec<Recovery>, EngineError> {
    let mut out = Vec::new();
    let variant = variant_for(scenario, seed);
    let reference = analysis.reference_for(variant);
    let path = &analysis.clean_for(variant).path;
    for k in 0..path.len() {
        let before = play(scenario, seed, &path[..k])?;
        if before.is_ended() {
            break;
        }
        let best = before.best_choices(scenario);
        let count = scenario
            .node(match before.position() {
                crate::core::engine::session::Position::At(id) => id,
                _ => break,
            })
            .map_or(0, |n| n.responses.len());
        for c in (0..count).filter(|c| !best.contains(c)) {
            let mut s = before.clone();
            s.choose(scenario, c, None)?;
            continue_clean(scenario, &mut s)?;
            let r = s.finish(scenario, &reference, &[]);
            out.push(Recovery {
                choices: s.turns().iter().map(|t| t.choice).collect(),
                raw: r.score.raw,
            });
        }
    }
    Ok(out)
}
