//! Branch coverage: which responses nobody chose and which nodes nobody reached.

use std::collections::HashSet;

use super::Group;
use crate::core::format::scenario::Scenario;

pub struct Coverage {
    pub scenario_id: String,
    pub attempts: usize,
    pub responses: usize,
    /// (node, 1-based response, response text) that nobody chose.
    pub unchosen: Vec<(String, usize, String)>,
    /// Nodes and endings nobody reached.
    pub unreached: Vec<String>,
}

pub fn coverage(scenario: &Scenario, group: &Group) -> Coverage {
    let mut chosen: HashSet<(&str, usize)> = HashSet::new();
    let mut reached: HashSet<&str> = HashSet::new();
    let mut attempts = 0;
    for a in group
        .trainees
        .iter()
        .flat_map(|b| &b.attempts)
        .filter(|a| a.scenario_id == scenario.id)
    {
        attempts += 1;
        for t in a.session.turns() {
            chosen.insert((t.node.as_str(), t.choice));
            reached.insert(t.node.as_str());
        }
        if let crate::core::engine::session::Position::Ended(e) = &a.session.position() {
            reached.insert(e.as_str());
        }
    }
    let mut unchosen = Vec::new();
    let mut responses = 0;
    for n in &scenario.nodes {
        for (i, r) in n.responses.iter().enumerate() {
            responses += 1;
            if !chosen.contains(&(n.id.as_str(), i)) {
                unchosen.push((n.id.clone(), i + 1, r.text.clone()));
            }
        }
    }
    let unreached = scenario
        .nodes
        .iter()
        .map(|n| n.id.as_str())
        .chain(scenario.endings.iter().map(|e| e.id.as_str()))
        .filter(|id| !reached.contains(id))
        .map(str::to_owned)
        .collect();
    Coverage {
        scenario_id: scenario.id.clone(),
        attempts,
        responses,
        unchosen,
        unreached,
    }
}
