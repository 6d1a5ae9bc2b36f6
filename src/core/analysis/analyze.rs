//! The analyzer: reachable outcomes, path count, the clean calls and the reference that sets
//! 100%, and the worst call.

use serde::{Deserialize, Serialize};

use super::graph::{self, Graph};
use super::model::Model;
use super::{beam, clean, search};
use crate::core::engine::scoring::Reference;
use crate::core::format::scenario::{Outcome, Scenario};

/// States the exact search may visit before the analyzer falls back to a beam search.
pub const DEFAULT_MAX_STATES: usize = 4_096;
/// Beam width of the fallback search for the worst call.
pub const BEAM_WIDTH: usize = 64;

/// Number of distinct calls (choice sequences).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PathCount {
    Exact(u128),
    /// The exact search was too large.
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub scenario_id: String,
    pub nodes: usize,
    pub endings: usize,
    pub responses: usize,
    /// True when every call state was explored; otherwise the worst call comes from a beam
    /// search (a real call, possibly not the worst one) and outcomes from the graph.
    pub exact: bool,
    pub states: usize,
    pub outcomes: Vec<Outcome>,
    pub reachable_endings: Vec<String>,
    pub paths: PathCount,
    /// Every clean call (the best available answer at every moment) of the citizen without
    /// variants, or of the first variant.
    pub clean: clean::CleanCalls,
    /// The clean calls of every citizen variant: (variant id, clean calls).
    pub variants: Vec<(String, clean::CleanCalls)>,
    /// The reference clean call's choices (0-based): the analyzer's best path.
    pub best_path: Vec<usize>,
    /// The call that loses the most credit, and how much it loses.
    pub worst_path: Vec<usize>,
    pub worst_loss: u32,
    /// Answers (node, response) that end the call as its first escalating answer without the
    /// author's reason; `None` when the call space was too large to check every state.
    pub single_breaks: Option<Vec<(usize, usize)>>,
    /// Branch cases (node, response, case; `otherwise` last) that no call takes; `None` when
    /// the call space was too large to check.
    pub untaken: Option<Vec<(usize, usize, usize)>>,
}

impl Analysis {
    /// What 100% means: the decisions of the reference clean call.
    pub fn reference(&self) -> Reference {
        self.clean.reference
    }

    /// The clean calls of a citizen variant (the default ones for `None` or an unknown id).
    pub fn clean_for(&self, variant: Option<&str>) -> &clean::CleanCalls {
        variant
            .and_then(|v| self.variants.iter().find(|(id, _)| id == v))
            .map_or(&self.clean, |(_, c)| c)
    }

    /// What 100% means for a call with this citizen variant.
    pub fn reference_for(&self, variant: Option<&str>) -> Reference {
        self.clean_for(variant).reference
    }
}

pub fn analyze(scenario: &Scenario) -> Analysis {
    analyze_with_limit(scenario, DEFAULT_MAX_STATES)
}

pub fn analyze_with_limit(scenario: &Scenario, max_states: usize) -> Analysis {
    let g = Graph::new(scenario);
    let (comp, cyclic) = g.components();
    let track_turns = graph::longest(&g, &comp, &cyclic).is_none_or(|l| l >= scenario.max_turns);
    let first = scenario.citizen.variants.first().map(|v| v.id.as_str());
    let model = Model::new(&g, &comp, &cyclic, track_turns).for_variant(first);
    let clean = clean::explore(&model);
    let variants = scenario
        .citizen
        .variants
        .iter()
        .map(|v| {
            let m = Model::new(&g, &comp, &cyclic, track_turns).for_variant(Some(&v.id));
            (v.id.clone(), clean::explore(&m))
        })
        .collect();
    let mut a = Analysis {
        scenario_id: scenario.id.clone(),
        nodes: scenario.nodes.len(),
        endings: scenario.endings.len(),
        responses: scenario.nodes.iter().map(|n| n.responses.len()).sum(),
        exact: false,
        states: 0,
        outcomes: Vec::new(),
        reachable_endings: Vec::new(),
        paths: PathCount::Unknown,
        best_path: clean.path.clone(),
        clean,
        variants,
        worst_path: Vec::new(),
        worst_loss: 0,
        single_breaks: None,
        untaken: None,
    };
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
            a.worst_path = x.worst_path;
            a.worst_loss = x.worst_loss;
            a.single_breaks = Some(x.single_breaks);
            a.untaken = Some(x.untaken);
        }
        None => {
            if let Some(w) = beam::worst(&model, BEAM_WIDTH) {
                a.worst_path = w.path;
                a.worst_loss = w.loss;
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
    a
}
