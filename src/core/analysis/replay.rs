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
            let r = s.finish(scenario, &reference, &[], &[]);
            out.push(Recovery {
                choices: s.turns().iter().map(|t| t.choice).collect(),
                raw: r.score.raw,
            });
        }
    }
    Ok(out)
}

/// The distinct routes (sets of nodes passed) of clean calls that end well, for the variant
/// this seed draws: every best answer is followed where several share "best". At most `cap`
/// calls are walked.
pub fn clean_routes(
    scenario: &Scenario,
    seed: u64,
    cap: usize,
) -> Result<Vec<std::collections::BTreeSet<String>>, EngineError> {
    let mut routes: Vec<std::collections::BTreeSet<String>> = Vec::new();
    let mut stack = vec![Session::start(scenario, seed, Mode::Test)?];
    let mut walked = 0;
    while let Some(s) = stack.pop() {
        if s.is_ended() {
            walked += 1;
            if s.outcome(scenario).is_some_and(|o| o.is_good()) {
                let nodes = s.turns().iter().map(|t| t.node.clone()).collect();
                if !routes.contains(&nodes) {
                    routes.push(nodes);
                }
            }
            if walked >= cap {
                break;
            }
            continue;
        }
        for id in s.best_choices(scenario) {
            let mut next = s.clone();
            next.choose(scenario, id, None)?;
            stack.push(next);
        }
    }
    Ok(routes)
}

/// How a scenario's choices look to a trainee: choice nodes, mean options, and in how many
/// the best answer is also the longest.
pub fn choice_stats(scenario: &Scenario) -> (usize, f64, usize) {
    let choice: Vec<_> = scenario
        .nodes
        .iter()
        .filter(|n| n.responses.len() >= 2)
        .collect();
    let options: usize = choice.iter().map(|n| n.responses.len()).sum();
    let longest = choice
        .iter()
        .filter(|n| crate::core::format::validate::best_is_longest(n))
        .count();
    let mean = if choice.is_empty() {
        0.0
    } else {
        options as f64 / choice.len() as f64
    };
    (choice.len(), mean, longest)
}
