//! The analyzer: reachable outcomes, path count, best and worst scores, the best path.

use serde::{Deserialize, Serialize};

use super::graph::{self, Graph};
use super::scenario::{Outcome, Scenario};
use super::scoring::{self, Points};
use super::search;

/// States the exact search may visit before the analyzer falls back to graph bounds.
pub const DEFAULT_MAX_STATES: usize = 200_000;

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
    /// True when every call state was explored with the engine's own rules.
    pub exact: bool,
    pub states: usize,
    pub outcomes: Vec<Outcome>,
    pub reachable_endings: Vec<String>,
    pub paths: PathCount,
    /// Best and worst points per skill, preparation included.
    pub best_per_skill: Points,
    pub worst_per_skill: Points,
    pub best_total: i32,
    pub worst_total: i32,
    /// Choices (0-based) of the best and worst call, when the search was exact.
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
        states: 0,
        outcomes: Vec::new(),
        reachable_endings: Vec::new(),
        paths: PathCount::Unknown,
        best_per_skill: bounds.best,
        worst_per_skill: bounds.worst,
        best_total: bounds.best_total,
        worst_total: bounds.worst_total,
        best_path: Vec::new(),
        worst_path: Vec::new(),
    };
    match search::explore(&g, &comp, &cyclic, track_turns, max_states) {
        Some(x) => {
            a.exact = true;
            a.states = x.states;
            a.outcomes = x.outcomes;
            let mut ends = x.endings;
            ends.sort_unstable();
            a.reachable_endings = ends.iter().map(|&e| scenario.endings[e].id.clone()).collect();
            a.paths = PathCount::Exact(x.paths);
            a.best_per_skill = x.best;
            a.worst_per_skill = x.worst;
            a.best_total = x.best_total;
            a.worst_total = x.worst_total;
            a.best_path = x.best_path;
            a.worst_path = x.worst_path;
        }
        None => {
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
    scoring::add(&mut a.best_per_skill, &prep);
    a.best_total += prep_total;
    a
}
