//! Exact analysis: explores every reachable call state with the real engine rules.
//!
//! A state is (node, mood, author flags, uncovered interests, visited nodes that conditions ask
//! about, responses already used in the current loop, turns when they can matter). The state
//! graph is acyclic (turns grow, or the node graph has no loops), so best, worst, path counts
//! and outcomes follow from one pass in post-order.

use std::collections::HashMap;

use super::model::{Key, Model, To};
use crate::core::engine::scoring::{self, Points};
use crate::core::format::scenario::Outcome;

#[derive(Clone, Copy)]
enum Next {
    State(u32),
    End(Outcome, Option<u32>),
}

struct Edge {
    choice: u32,
    to: Next,
    points: Points,
}

/// Per state: best and worst of 9 objectives (total, then each skill), with the outcome rank
/// reached by the best/worst total path, the choice that gets there, paths and outcomes.
#[derive(Clone)]
struct Value {
    best: [i32; 9],
    worst: [i32; 9],
    best_rank: u8,
    worst_rank: u8,
    best_edge: u32,
    worst_edge: u32,
    paths: u128,
    outcomes: u8,
    endings: Vec<u32>,
}

/// The result of a complete exploration.
pub struct Exact {
    pub states: usize,
    pub best: Points,
    pub worst: Points,
    pub best_total: i32,
    pub worst_total: i32,
    pub best_path: Vec<usize>,
    pub worst_path: Vec<usize>,
    pub paths: u128,
    pub outcomes: Vec<Outcome>,
    pub endings: Vec<usize>,
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
            let (points, to) = model.step(&key, ri)?;
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
                To::End(o, e) => Next::End(o, e),
            };
            out.push(Edge {
                choice: ri as u32,
                to,
                points,
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
    let follow = |best: bool| {
        let mut path = Vec::new();
        let mut s = 0u32;
        loop {
            let v = values[s as usize].as_ref().expect("all states evaluated");
            let Some(e) =
                edges[s as usize].get(if best { v.best_edge } else { v.worst_edge } as usize)
            else {
                break;
            };
            path.push(e.choice as usize);
            match e.to {
                Next::State(t) => s = t,
                Next::End(..) => break,
            }
        }
        path
    };
    let mut best = [0; 8];
    let mut worst = [0; 8];
    best.copy_from_slice(&root.best[1..]);
    worst.copy_from_slice(&root.worst[1..]);
    let all = [
        Outcome::InformalSolution,
        Outcome::WithdrawnInWriting,
        Outcome::ComplaintSettled,
        Outcome::FormalHearing,
        Outcome::Unresolved,
        Outcome::Escalated,
        Outcome::HungUp,
    ];
    Some(Exact {
        states: keys.len(),
        best,
        worst,
        best_total: root.best[0],
        worst_total: root.worst[0],
        best_path: follow(true),
        worst_path: follow(false),
        paths: root.paths,
        outcomes: all
            .iter()
            .copied()
            .filter(|o| root.outcomes & (1 << outcome_bit(*o)) != 0)
            .collect(),
        endings: root.endings.iter().map(|&e| e as usize).collect(),
    })
}

fn outcome_bit(o: Outcome) -> u8 {
    o as u8
}

fn evaluate(edges: &[Edge], values: &[Option<Value>]) -> Value {
    let mut v = Value {
        best: [i32::MIN; 9],
        worst: [i32::MAX; 9],
        best_rank: 0,
        worst_rank: u8::MAX,
        best_edge: u32::MAX,
        worst_edge: u32::MAX,
        paths: 0,
        outcomes: 0,
        endings: Vec::new(),
    };
    if edges.is_empty() {
        v.best = [0; 9];
        v.worst = [0; 9];
        v.paths = 1;
        v.outcomes = 1 << outcome_bit(Outcome::Unresolved);
        return v;
    }
    // The best path maximises (total, outcome rank); the worst minimises it.
    let mut best_key = (i32::MIN, 0u8);
    let mut worst_key = (i32::MAX, u8::MAX);
    for (i, e) in edges.iter().enumerate() {
        let mut own = [0; 9];
        own[0] = scoring::total(&e.points);
        own[1..].copy_from_slice(&e.points);
        let (cb, cw, br, wr, paths, outcomes, endings): (
            [i32; 9],
            [i32; 9],
            u8,
            u8,
            u128,
            u8,
            &[u32],
        ) = match &e.to {
            Next::State(t) => {
                let c = values[*t as usize]
                    .as_ref()
                    .expect("children are evaluated first: the state graph is acyclic");
                (
                    c.best,
                    c.worst,
                    c.best_rank,
                    c.worst_rank,
                    c.paths,
                    c.outcomes,
                    &c.endings,
                )
            }
            Next::End(o, end) => {
                let ends: &[u32] = match end {
                    Some(x) => std::slice::from_ref(x),
                    None => &[],
                };
                (
                    [0; 9],
                    [0; 9],
                    o.rank(),
                    o.rank(),
                    1,
                    1 << outcome_bit(*o),
                    ends,
                )
            }
        };
        for o in 0..9 {
            v.best[o] = v.best[o].max(own[o] + cb[o]);
            v.worst[o] = v.worst[o].min(own[o] + cw[o]);
        }
        if (own[0] + cb[0], br) > best_key {
            best_key = (own[0] + cb[0], br);
            v.best_edge = i as u32;
            v.best_rank = br;
        }
        if (own[0] + cw[0], wr) < worst_key {
            worst_key = (own[0] + cw[0], wr);
            v.worst_edge = i as u32;
            v.worst_rank = wr;
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
