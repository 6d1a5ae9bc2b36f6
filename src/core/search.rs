//! Exact analysis: explores every reachable call state with the real engine rules.
//!
//! A state is (node, mood, author flags, uncovered interests, visited nodes that conditions ask
//! about, responses already used in the current loop, turns when they can matter). The state
//! graph is acyclic (turns grow, or the node graph has no loops), so best, worst, path counts
//! and outcomes follow from one pass in post-order.

use std::collections::HashMap;

use super::citizen::Mood;
use super::condition::{StateView, VarRef};
use super::graph::{Dest, Graph};
use super::scenario::{Flag, Outcome, Scenario};
use super::scoring::{self, Points};
use super::session::resolve_next;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    node: u32,
    mood: Mood,
    /// Interned names: author flags and interests ("f:" / "i:" prefixed in the table).
    names: Vec<u32>,
    visited: Vec<u32>,
    used: Vec<u32>,
    turns: u32,
}

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

struct Names<'a> {
    table: HashMap<String, u32>,
    tracked_nodes: HashMap<&'a str, u32>,
}

struct View<'k, 'n> {
    key: &'k Key,
    names: &'n Names<'n>,
}

impl StateView for View<'_, '_> {
    fn anger(&self) -> u8 {
        self.key.mood.anger
    }
    fn trust(&self) -> u8 {
        self.key.mood.trust
    }
    fn has_flag(&self, name: &str) -> bool {
        self.names.table.get(&format!("f:{name}")).is_some_and(|i| self.key.names.contains(i))
    }
    fn has_uncovered(&self, interest: &str) -> bool {
        self.names.table.get(&format!("i:{interest}")).is_some_and(|i| self.key.names.contains(i))
    }
    fn has_visited(&self, node: &str) -> bool {
        self.names.tracked_nodes.get(node).is_some_and(|i| self.key.visited.contains(i))
    }
}

fn insert_sorted(v: &mut Vec<u32>, x: u32) {
    if let Err(pos) = v.binary_search(&x) {
        v.insert(pos, x);
    }
}

/// Explores all states; `None` when more than `max_states` would be needed.
pub fn explore(g: &Graph, comp: &[usize], cyclic: &[bool], track_turns: bool, max_states: usize) -> Option<Exact> {
    let sc: &Scenario = g.scenario;
    let Dest::Node(start) = g.start else { return None };
    let mut names = Names { table: HashMap::new(), tracked_nodes: HashMap::new() };
    for n in &sc.nodes {
        for r in &n.responses {
            for f in &r.flags {
                let key = match f {
                    Flag::Set(s) => format!("f:{s}"),
                    Flag::Uncovers(s) => format!("i:{s}"),
                    _ => continue,
                };
                let next = names.table.len() as u32;
                names.table.entry(key).or_insert(next);
            }
            if let super::scenario::Next::Branch { cases, .. } = &r.next {
                for c in cases {
                    c.when.for_each_variable(&mut |v| {
                        if let VarRef::Node(id) = v {
                            let next = names.tracked_nodes.len() as u32;
                            names.tracked_nodes.entry(id).or_insert(next);
                        }
                    });
                }
            }
        }
    }
    // Global response ids for the `used` set.
    let mut first_response = Vec::with_capacity(sc.nodes.len());
    let mut count = 0u32;
    for n in &sc.nodes {
        first_response.push(count);
        count += n.responses.len() as u32;
    }

    let root = Key {
        node: start as u32,
        mood: Mood::new(sc.citizen.anger, sc.citizen.trust),
        names: Vec::new(),
        visited: Vec::new(),
        used: Vec::new(),
        turns: 0,
    };
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
        let node = &sc.nodes[key.node as usize];
        let n = key.node as usize;
        let mut out = Vec::with_capacity(node.responses.len());
        for (ri, resp) in node.responses.iter().enumerate() {
            let rid = first_response[n] + ri as u32;
            let reaction = key.mood.react(&resp.tags, resp.effect);
            let loops = cyclic[comp[n]];
            let first = !(loops && key.used.binary_search(&rid).is_ok());
            let points = if first { scoring::response_points(resp, &reaction) } else { [0; 8] };
            let mut next = Key {
                node: key.node,
                mood: key.mood.after(&resp.tags, &reaction),
                names: key.names.clone(),
                visited: key.visited.clone(),
                used: key.used.clone(),
                turns: key.turns + 1,
            };
            if loops {
                insert_sorted(&mut next.used, rid);
            }
            for f in &resp.flags {
                let k = match f {
                    Flag::Set(x) => format!("f:{x}"),
                    Flag::Uncovers(x) => format!("i:{x}"),
                    _ => continue,
                };
                if let Some(&id) = names.table.get(&k) {
                    insert_sorted(&mut next.names, id);
                }
            }
            if let Some(&v) = names.tracked_nodes.get(node.id.as_str()) {
                insert_sorted(&mut next.visited, v);
            }
            let target = resolve_next(sc, &resp.next, &View { key: &next, names: &names });
            let to = match g.dest(target) {
                Dest::Node(_) if next.turns >= sc.max_turns => Next::End(Outcome::Unresolved, None),
                Dest::Node(m) => {
                    if comp[m] != comp[n] {
                        next.used.clear();
                    }
                    next.node = m as u32;
                    if !track_turns {
                        next.turns = 0;
                    }
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
                Dest::Ending(e) => Next::End(sc.endings[e].outcome, Some(e as u32)),
                Dest::Unknown => return None,
            };
            out.push(Edge { choice: ri as u32, to, points });
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
            let Some(e) = edges[s as usize].get(if best { v.best_edge } else { v.worst_edge } as usize) else { break };
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
        outcomes: all.iter().copied().filter(|o| root.outcomes & (1 << outcome_bit(*o)) != 0).collect(),
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
        let (cb, cw, br, wr, paths, outcomes, endings): ([i32; 9], [i32; 9], u8, u8, u128, u8, &[u32]) = match &e.to {
            Next::State(t) => {
                let c = values[*t as usize].as_ref().expect("children are evaluated first: the state graph is acyclic");
                (c.best, c.worst, c.best_rank, c.worst_rank, c.paths, c.outcomes, &c.endings)
            }
            Next::End(o, end) => {
                let ends: &[u32] = match end {
                    Some(x) => std::slice::from_ref(x),
                    None => &[],
                };
                ([0; 9], [0; 9], o.rank(), o.rank(), 1, 1 << outcome_bit(*o), ends)
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
