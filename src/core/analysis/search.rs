//! Exact analysis: explores every reachable call state with the engine's own rules.
//!
//! The state graph is acyclic (turns grow, or the node graph has no loops), so the least and
//! most credit lost, path counts and outcomes follow from one pass in post-order.

use std::collections::HashMap;

use super::model::{Key, Model, To};
use crate::core::format::scenario::Outcome;

// Every outcome fits an `OutcomeSet`.
const _: () = assert!(ALL_OUTCOMES.len() <= OutcomeSet::BITS as usize);

/// Every outcome, in the order the bit set uses.
pub const ALL_OUTCOMES: [Outcome; 11] = [
    Outcome::InformalSolution,
    Outcome::WithdrawnInWriting,
    Outcome::ComplaintSettled,
    Outcome::FormalHearing,
    Outcome::DecisionCorrected,
    Outcome::CallbackArranged,
    Outcome::SafetyHandover,
    Outcome::EndedAfterThreat,
    Outcome::Unresolved,
    Outcome::Escalated,
    Outcome::HungUp,
];

#[derive(Clone, Copy)]
enum Next {
    State(u32),
    End(Outcome, Option<u32>),
}

struct Edge {
    choice: u32,
    to: Next,
    loss: u32,
}

/// Per state: the most-loss continuation (ties: worse outcome), path count, outcomes and
/// endings below. (The least-loss calls are the clean calls: `clean.rs`.)
#[derive(Clone)]
struct Value {
    worst: (u32, u8),
    worst_edge: u32,
    paths: u128,
    outcomes: OutcomeSet,
    endings: Vec<u32>,
}

/// The result of a complete exploration.
pub struct Exact {
    pub states: usize,
    pub worst_loss: u32,
    pub worst_path: Vec<usize>,
    pub paths: u128,
    pub outcomes: Vec<Outcome>,
    pub endings: Vec<usize>,
    /// Answers (node, response) that end the call as the call's first escalating answer,
    /// without the author's `ends_call` reason.
    pub single_breaks: Vec<(usize, usize)>,
    /// Branch cases (node, response, case; `otherwise` is the last) no call ever takes.
    pub untaken: Vec<(usize, usize, usize)>,
}

/// A set of outcomes, one bit per outcome.
pub type OutcomeSet = u16;

/// The bit of an outcome in an [`OutcomeSet`].
pub fn outcome_bit(o: Outcome) -> OutcomeSet {
    1 << (o as u8)
}

/// The outcomes in a bit set.
pub fn outcomes_of(bits: OutcomeSet) -> Vec<Outcome> {
    ALL_OUTCOMES
        .iter()
        .copied()
        .filter(|o| bits & outcome_bit(*o) != 0)
        .collect()
}

/// Explores all states; `None` when more than `max_states` would be needed.
pub fn explore(model: &Model, max_states: usize) -> Option<Exact> {
    let root = model.root()?;
    let mut ids: HashMap<Key, u32> = HashMap::new();
    let mut keys: Vec<Key> = Vec::new();
    let mut edges: Vec<Vec<Edge>> = Vec::new();
    let mut values: Vec<Option<Value>> = Vec::new();
    ids.insert(root.clone(), 0);
    keys.push(root);
    edges.push(Vec::new());
    values.push(None);
    // Iterative DFS: (state, expanded?)
    let mut stack: Vec<(u32, bool)> = vec![(0, false)];
    let mut single_breaks = Vec::new();
    let mut taken: std::collections::HashSet<(usize, usize, usize)> = Default::default();
    let mut branching: std::collections::HashSet<(usize, usize)> = Default::default();
    while let Some((s, expanded)) = stack.pop() {
        if expanded {
            values[s as usize] = Some(evaluate(&edges[s as usize], &values));
            continue;
        }
        if values[s as usize].is_some() || !edges[s as usize].is_empty() {
            continue;
        }
        stack.push((s, true));
        let key = keys[s as usize].clone();
        let count = model.responses(&key);
        let mut out = Vec::with_capacity(count);
        for ri in 0..count {
            let (decision, to) = model.step(&key, ri)?;
            if let Some(case) = model.case_taken(&key, ri) {
                branching.insert((key.node as usize, ri));
                taken.insert((key.node as usize, ri, case));
            }
            let to = match to {
                To::State(next) => {
                    let id = match ids.get(&next) {
                        Some(&id) => {
                            if values[id as usize].is_none() {
                                stack.push((id, false));
                            }
                            id
                        }
                        None => {
                            if keys.len() >= max_states {
                                return None;
                            }
                            let id = keys.len() as u32;
                            ids.insert(next.clone(), id);
                            keys.push(next);
                            edges.push(Vec::new());
                            values.push(None);
                            stack.push((id, false));
                            id
                        }
                    };
                    Next::State(id)
                }
                To::End(o, e) => {
                    let n = key.node as usize;
                    let r = &model.scenario.nodes[n].responses[ri];
                    if o.is_break() && key.mood.escalations == 0 && r.ends_call.is_none() {
                        single_breaks.push((n, ri));
                    }
                    Next::End(o, e)
                }
            };
            out.push(Edge {
                choice: ri as u32,
                to,
                loss: u32::from(decision.loss()),
            });
        }
        edges[s as usize] = out;
        if edges[s as usize].is_empty() {
            // A dead end: treated as an unresolved end (the validator reports it).
            values[s as usize] = Some(evaluate(&[], &values));
            stack.pop();
        }
    }
    let root = values[0].clone()?;
    let mut worst_path = Vec::new();
    let mut s = 0u32;
    loop {
        let v = values[s as usize].as_ref().expect("all states evaluated");
        let Some(e) = edges[s as usize].get(v.worst_edge as usize) else {
            break;
        };
        worst_path.push(e.choice as usize);
        match e.to {
            Next::State(t) => s = t,
            Next::End(..) => break,
        }
    }
    Some(Exact {
        states: keys.len(),
        worst_loss: root.worst.0,
        worst_path,
        paths: root.paths,
        outcomes: outcomes_of(root.outcomes),
        endings: root.endings.iter().map(|&e| e as usize).collect(),
        untaken: {
            let mut list: Vec<(usize, usize, usize)> = branching
                .iter()
                .flat_map(|&(n, ri)| {
                    let cases = match &model.scenario.nodes[n].responses[ri].next {
                        crate::core::format::scenario::Next::Branch { cases, .. } => cases.len(),
                        crate::core::format::scenario::Next::Goto(_) => 0,
                    };
                    (0..=cases).map(move |c| (n, ri, c))
                })
                .filter(|t| !taken.contains(t))
                .collect();
            list.sort_unstable();
            list
        },
        single_breaks: {
            single_breaks.sort_unstable();
            single_breaks.dedup();
            single_breaks
        },
    })
}

fn evaluate(edges: &[Edge], values: &[Option<Value>]) -> Value {
    let mut v = Value {
        worst: (0, u8::MAX),
        worst_edge: u32::MAX,
        paths: 0,
        outcomes: 0,
        endings: Vec::new(),
    };
    if edges.is_empty() {
        v.worst = (0, Outcome::Unresolved.rank());
        v.paths = 1;
        v.outcomes = outcome_bit(Outcome::Unresolved);
        return v;
    }
    for (i, e) in edges.iter().enumerate() {
        let (worst, paths, outcomes, endings): (_, u128, OutcomeSet, &[u32]) = match &e.to {
            Next::State(t) => {
                let c = values[*t as usize]
                    .as_ref()
                    .expect("children are evaluated first: the state graph is acyclic");
                (c.worst, c.paths, c.outcomes, &c.endings)
            }
            Next::End(o, end) => (
                (0, o.rank()),
                1,
                outcome_bit(*o),
                match end {
                    Some(x) => std::slice::from_ref(x),
                    None => &[],
                },
            ),
        };
        let w = (worst.0 + e.loss, worst.1);
        if (w.0, std::cmp::Reverse(w.1)) > (v.worst.0, std::cmp::Reverse(v.worst.1))
            || v.worst_edge == u32::MAX
        {
            v.worst = w;
            v.worst_edge = i as u32;
        }
        v.paths = v.paths.saturating_add(paths);
        v.outcomes |= outcomes;
        for &x in endings {
            if !v.endings.contains(&x) {
                v.endings.push(x);
            }
        }
    }
    v
}
