//! The analyzer: reachable outcomes, path count, best and worst scores, the best path.

use serde::{Deserialize, Serialize};

use super::graph::{self, Graph};
use super::model::Model;
use super::{beam, search};
use crate::core::engine::scoring::{self, Points};
use crate::core::format::scenario::{Outcome, Scenario};

/// States the exact search may visit before the analyzer falls back to graph bounds.
pub const DEFAULT_MAX_STATES: usize = 4_096;
/// Beam width of the fallback search for the best and worst call.
pub const BEAM_WIDTH: usize = 64;
/// Beam width for the per-skill extremes (reported, and used where the best call earns nothing).
pub const SKILL_BEAM_WIDTH: usize = 12;

/// Number of distinct calls (choice sequences).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PathCount {
    Exact(u128),
    /// The exact search was too large; the scenario has at least this many nodes to visit.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub scenario_id: String,
    pub nodes: usize,
    pub endings: usize,
    pub responses: usize,
    /// True when every call state was explored with the engine's own rules; otherwise best and
    /// worst come from a beam search (real calls, possibly not the extreme ones).
    pub exact: bool,
    /// Outer bounds on the total from the graph alone (every response counted once).
    pub upper_total: i32,
    pub lower_total: i32,
    pub states: usize,
    pub outcomes: Vec<Outcome>,
    pub reachable_endings: Vec<String>,
    pub paths: PathCount,
    /// Points per skill of the best call (preparation included): what 100% means per skill.
    pub reference: Points,
    /// Best and worst points per skill over all calls, preparation included.
    pub best_per_skill: Points,
    pub worst_per_skill: Points,
    pub best_total: i32,
    pub worst_total: i32,
    /// Choices (0-based) of the best and worst call found.
    pub best_path: Vec<usize>,
    pub worst_path: Vec<usize>,
}

pub fn analyze(scenario: &Scenario) -> Analysis {
    analyze_with_limit(scenario, DEFAULT_MAX_STATES)
}

pub fn analyze_with_limit(scenario: &Scenario, max_states: usize) -> Analysis {
    let g = Graph::new(scenario);
    let (comp, cyclic) = g.components();
    let bounds = graph::bounds(&g, &comp, &cyclic);
    let track_turns = bounds.longest.is_none_or(|l| l >= scenario.max_turns);
    let prep = scoring::prep_best(scenario);
    let prep_total = scoring::total(&prep);
    let responses = scenario.nodes.iter().map(|n| n.responses.len()).sum();
    let mut a = Analysis {
        scenario_id: scenario.id.clone(),
        nodes: scenario.nodes.len(),
        endings: scenario.endings.len(),
        responses,
        exact: false,
        upper_total: bounds.best_total + prep_total,
        lower_total: bounds.worst_total,
        states: 0,
        outcomes: Vec::new(),
        reachable_endings: Vec::new(),
        paths: PathCount::Unknown,
        reference: [0; 8],
        best_per_skill: bounds.best,
        worst_per_skill: bounds.worst,
        best_total: bounds.best_total,
        worst_total: bounds.worst_total,
        best_path: Vec::new(),
        worst_path: Vec::new(),
    };
    let model = Model::new(&g, &comp, &cyclic, track_turns);
    match search::explore(&model, max_states) {
        Some(x) => {
            a.exact = true;
            a.states = x.states;
            a.outcomes = x.outcomes;
            let mut ends = x.endings;
            ends.sort_unstable();
            a.reachable_endings = ends
                .iter()
                .map(|&e| scenario.endings[e].id.clone())
                .collect();
            a.paths = PathCount::Exact(x.paths);
            a.best_per_skill = x.best;
            a.worst_per_skill = x.worst;
            a.best_total = x.best_total;
            a.worst_total = x.worst_total;
            a.best_path = x.best_path;
            a.worst_path = x.worst_path;
        }
        None => {
            // Too large to explore fully: real calls found by beam search per objective.
            for o in 0..9 {
                let width = if o == 0 { BEAM_WIDTH } else { SKILL_BEAM_WIDTH };
                let best = beam::search(&model, o, true, width);
                let worst = beam::search(&model, o, false, width);
                let pick = |f: &beam::Found| {
                    if o == 0 {
                        scoring::total(&f.points)
                    } else {
                        f.points[o - 1]
                    }
                };
                if let (Some(b), Some(w)) = (best, worst) {
                    if o == 0 {
                        a.best_total = pick(&b);
                        a.worst_total = pick(&w);
                        a.best_path = b.path;
                        a.worst_path = w.path;
                    } else {
                        a.best_per_skill[o - 1] = pick(&b);
                        a.worst_per_skill[o - 1] = pick(&w);
                    }
                }
            }
            let (_, ends) = g.reachable();
            let mut outcomes: Vec<Outcome> = Vec::new();
            for (i, reached) in ends.iter().enumerate() {
                if *reached {
                    a.reachable_endings.push(scenario.endings[i].id.clone());
                    outcomes.push(scenario.endings[i].outcome);
                }
            }
            outcomes.sort_unstable();
            outcomes.dedup();
            a.outcomes = outcomes;
        }
    }
    a.reference = path_points(&model, &a.best_path);
    scoring::add(&mut a.reference, &prep);
    scoring::add(&mut a.best_per_skill, &prep);
    a.best_total += prep_total;
    a
}

/// The skill points of a call that takes these choices.
fn path_points(model: &Model, path: &[usize]) -> Points {
    let mut total = [0; 8];
    let Some(mut key) = model.root() else {
        return total;
    };
    for &ri in path {
        if ri >= model.responses(&key) {
            break;
        }
        let Some((pts, to)) = model.step(&key, ri) else {
            break;
        };
        scoring::add(&mut total, &pts);
        match to {
            super::model::To::State(k) => key = k,
            super::model::To::End(..) => break,
        }
    }
    total
}

impl Analysis {
    /// What 100% means per skill: the best call's points. A skill the best call does not use
    /// is shown as n.v.t., so a detour through an escalation cannot set the bar.
    pub fn denominators(&self) -> Points {
        self.reference
    }
}
