//! Clean calls: the best available answer at every moment. Explores only those choices, so it
//! stays small even where the whole call space is too large, and finds the reference clean
//! call (best outcome, then fewest decisions) that sets what 100% means.

use std::collections::HashMap;

use super::model::{Key, Model, To};
use super::search::{OutcomeSet, outcome_bit, outcomes_of};
use crate::core::engine::scoring::Reference;
use crate::core::format::scenario::Outcome;

/// States the clean-call exploration may visit.
pub const MAX_CLEAN_STATES: usize = 200_000;

/// What every clean call through a scenario does.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CleanCalls {
    /// Every clean call was explored.
    pub complete: bool,
    pub states: usize,
    /// Outcomes clean calls reach (the turn limit counts as `Unresolved`).
    pub outcomes: Vec<Outcome>,
    /// Some clean call never reaches an ending: it runs into the turn limit (a loop).
    pub loops: bool,
    /// The reference clean call: its choices, outcome and yardstick.
    pub path: Vec<usize>,
    pub outcome: Option<Outcome>,
    pub reference: Reference,
}

/// A clean choice from a state: (response, next state or none, ending outcome, turn limit hit).
type Kid = (usize, Option<u32>, Option<Outcome>, bool);

#[derive(Clone)]
struct Value {
    /// (outcome rank, -decisions) of the best clean continuation, and its edge.
    key: (u8, std::cmp::Reverse<u32>),
    edge: Option<(usize, Option<u32>)>,
    outcome: Option<Outcome>,
    outcomes: OutcomeSet,
    loops: bool,
}

/// Explores every clean call from the start.
pub fn explore(model: &Model) -> CleanCalls {
    let mut out = CleanCalls::default();
    let Some(root) = model.root() else {
        return out;
    };
    let mut ids: HashMap<Key, u32> = HashMap::from([(root.clone(), 0)]);
    let mut keys = vec![root];
    let mut values: Vec<Option<Value>> = vec![None];
    let mut children: Vec<Vec<Kid>> = vec![Vec::new()];
    let mut stack = vec![(0u32, false)];
    while let Some((s, expanded)) = stack.pop() {
        let si = s as usize;
        if expanded {
            values[si] = Some(evaluate(&children[si], &values));
            continue;
        }
        if values[si].is_some() || !children[si].is_empty() {
            continue;
        }
        stack.push((s, true));
        let key = keys[si].clone();
        let mut kids = Vec::new();
        for ri in 0..model.responses(&key) {
            let Some((decision, to)) = model.step(&key, ri) else {
                continue;
            };
            if decision.loss() > 0 {
                continue;
            }
            match to {
                To::End(o, ending) => kids.push((ri, None, Some(o), ending.is_none())),
                To::State(next) => {
                    let id = match ids.get(&next) {
                        Some(&id) => id,
                        None => {
                            if keys.len() >= MAX_CLEAN_STATES {
                                out.states = keys.len();
                                return out;
                            }
                            let id = keys.len() as u32;
                            ids.insert(next.clone(), id);
                            keys.push(next);
                            values.push(None);
                            children.push(Vec::new());
                            id
                        }
                    };
                    if values[id as usize].is_none() {
                        stack.push((id, false));
                    }
                    kids.push((ri, Some(id), None, false));
                }
            }
        }
        if kids.is_empty() {
            // No answers at all (the validator reports the dead end).
            values[si] = Some(evaluate(&[], &values));
            stack.pop();
        }
        children[si] = kids;
    }
    let Some(root_value) = values[0].clone() else {
        return out;
    };
    out.complete = true;
    out.states = keys.len();
    out.outcomes = outcomes_of(root_value.outcomes);
    out.loops = root_value.loops;
    out.outcome = root_value.outcome;
    // Follow the reference call and count its decisions and the skills they asked for.
    let mut s = 0u32;
    while let Some(Some((ri, next))) = values[s as usize].as_ref().map(|v| v.edge) {
        let key = &keys[s as usize];
        if let Some((decision, _)) = model.step(key, ri) {
            out.reference.decisions += 1;
            for (i, asked) in decision.skills.iter().enumerate() {
                out.reference.skills[i] += u32::from(*asked);
            }
        }
        out.path.push(ri);
        match next {
            Some(t) => s = t,
            None => break,
        }
    }
    out
}

fn evaluate(kids: &[Kid], values: &[Option<Value>]) -> Value {
    let mut v = Value {
        key: (0, std::cmp::Reverse(u32::MAX)),
        edge: None,
        outcome: None,
        outcomes: 0,
        loops: false,
    };
    if kids.is_empty() {
        v.outcomes = outcome_bit(Outcome::Unresolved);
        v.outcome = Some(Outcome::Unresolved);
        v.key = (Outcome::Unresolved.rank(), std::cmp::Reverse(0));
        return v;
    }
    for &(ri, next, end, limit) in kids {
        let (key, outcome, outcomes, loops) = match (next, end) {
            (Some(t), _) => {
                let c = values[t as usize]
                    .as_ref()
                    .expect("children first: the state graph is acyclic");
                let std::cmp::Reverse(d) = c.key.1;
                (
                    (c.key.0, std::cmp::Reverse(d + 1)),
                    c.outcome,
                    c.outcomes,
                    c.loops,
                )
            }
            (None, Some(o)) => (
                (o.rank(), std::cmp::Reverse(1)),
                Some(o),
                outcome_bit(o),
                limit,
            ),
            (None, None) => continue,
        };
        if v.edge.is_none() || key > v.key {
            v.key = key;
            v.edge = Some((ri, next));
            v.outcome = outcome;
        }
        v.outcomes |= outcomes;
        v.loops |= loops;
    }
    v
}
