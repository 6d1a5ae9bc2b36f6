//! The scenario as a graph of node indices: reachability, strongly connected components, bounds.

use std::collections::HashMap;

use crate::core::engine::scoring::{self, Points};
use crate::core::format::scenario::Scenario;

/// Where an edge leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    Node(usize),
    Ending(usize),
    Unknown,
}

/// Node and ending indices by id, and every edge (node, response) -> possible destinations.
pub struct Graph<'a> {
    pub scenario: &'a Scenario,
    pub ids: HashMap<&'a str, Dest>,
    /// `edges[node][response]` = every destination the response can lead to.
    pub edges: Vec<Vec<Vec<Dest>>>,
    pub start: Dest,
}

impl<'a> Graph<'a> {
    pub fn new(scenario: &'a Scenario) -> Self {
        let mut ids = HashMap::with_capacity(scenario.nodes.len() + scenario.endings.len());
        // First definition wins; duplicates are reported by the validator.
        for (i, e) in scenario.endings.iter().enumerate().rev() {
            ids.insert(e.id.as_str(), Dest::Ending(i));
        }
        for (i, n) in scenario.nodes.iter().enumerate().rev() {
            ids.insert(n.id.as_str(), Dest::Node(i));
        }
        let lookup = |id: &str| ids.get(id).copied().unwrap_or(Dest::Unknown);
        let escalation = scenario.escalation.as_ref().map(|r| lookup(&r.goto));
        let edges = scenario
            .nodes
            .iter()
            .map(|n| {
                n.responses
                    .iter()
                    .map(|r| {
                        let mut d: Vec<Dest> = r.next.targets().into_iter().map(lookup).collect();
                        d.extend(escalation);
                        d
                    })
                    .collect()
            })
            .collect();
        let start = lookup(&scenario.start);
        Graph {
            scenario,
            ids,
            edges,
            start,
        }
    }

    pub fn dest(&self, id: &str) -> Dest {
        self.ids.get(id).copied().unwrap_or(Dest::Unknown)
    }

    fn node_successors(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        self.edges[n].iter().flatten().filter_map(|d| match d {
            Dest::Node(m) => Some(*m),
            _ => None,
        })
    }

    /// Which nodes and endings can be reached from the start, following every branch.
    pub fn reachable(&self) -> (Vec<bool>, Vec<bool>) {
        let mut nodes = vec![false; self.scenario.nodes.len()];
        let mut endings = vec![false; self.scenario.endings.len()];
        let mut stack = Vec::new();
        match self.start {
            Dest::Node(n) => {
                nodes[n] = true;
                stack.push(n);
            }
            Dest::Ending(e) => endings[e] = true,
            Dest::Unknown => {}
        }
        while let Some(n) = stack.pop() {
            for d in self.edges[n].iter().flatten() {
                match *d {
                    Dest::Node(m) if !nodes[m] => {
                        nodes[m] = true;
                        stack.push(m);
                    }
                    Dest::Ending(e) => endings[e] = true,
                    _ => {}
                }
            }
        }
        (nodes, endings)
    }

    /// Strongly connected components (iterative Tarjan). Returns the component of each node,
    /// numbered in reverse topological order (successors first), and whether each is cyclic.
    pub fn components(&self) -> (Vec<usize>, Vec<bool>) {
        let n = self.scenario.nodes.len();
        const NONE: usize = usize::MAX;
        let mut index = vec![NONE; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut comp = vec![NONE; n];
        let mut cyclic = Vec::new();
        let mut stack = Vec::new();
        let mut next_index = 0;
        let succ: Vec<Vec<usize>> = (0..n).map(|i| self.node_successors(i).collect()).collect();
        for root in 0..n {
            if index[root] != NONE {
                continue;
            }
            let mut call: Vec<(usize, usize)> = vec![(root, 0)];
            index[root] = next_index;
            low[root] = next_index;
            next_index += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut i)) = call.last_mut() {
                if let Some(&w) = succ[v].get(*i) {
                    *i += 1;
                    if index[w] == NONE {
                        index[w] = next_index;
                        low[w] = next_index;
                        next_index += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        call.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                call.pop();
                if let Some(&(parent, _)) = call.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let c = cyclic.len();
                    let mut size = 0;
                    loop {
                        let w = stack.pop().expect("Tarjan stack holds the component");
                        on_stack[w] = false;
                        comp[w] = c;
                        size += 1;
                        if w == v {
                            break;
                        }
                    }
                    let self_loop = succ[v].contains(&v);
                    cyclic.push(size > 1 || self_loop);
                }
            }
        }
        (comp, cyclic)
    }
}

/// Bounds on the points any call can earn, from the graph alone (ignoring the citizen's mood,
/// counting every response once): exact for scenarios without loops and mood branches, an outer
/// bound otherwise. Linear in the size of the scenario.
pub struct Bounds {
    pub best: Points,
    pub worst: Points,
    pub best_total: i32,
    pub worst_total: i32,
    /// Longest path in turns, `None` when the scenario loops.
    pub longest: Option<u32>,
}

pub fn bounds(g: &Graph, comp: &[usize], cyclic: &[bool]) -> Bounds {
    let ncomp = cyclic.len();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ncomp];
    for (n, &c) in comp.iter().enumerate() {
        members[c].push(n);
    }
    // 9 objectives: total (0) and each skill (1..=8).
    let objective = |p: &Points, o: usize| if o == 0 { scoring::total(p) } else { p[o - 1] };
    let mut best = vec![[0i32; 9]; ncomp];
    let mut worst = vec![[0i32; 9]; ncomp];
    let mut longest = vec![0u32; ncomp];
    // Components are numbered successors-first, so a forward loop sees successors done.
    for c in 0..ncomp {
        let mut internal_best = [0i32; 9];
        let mut internal_worst = [0i32; 9];
        let mut exit_best = [i32::MIN; 9];
        let mut exit_worst = [i32::MAX; 9];
        let mut exit_len = 0;
        for &n in &members[c] {
            for (r, dests) in g.edges[n].iter().enumerate() {
                let pts = scoring::static_points(&g.scenario.nodes[n].responses[r]);
                let internal = cyclic[c]
                    && dests.iter().any(|d| {
                        *d == Dest::Node(n) || matches!(d, Dest::Node(m) if comp[*m] == c)
                    });
                for o in 0..9 {
                    let v = objective(&pts, o);
                    if internal {
                        internal_best[o] += v.max(0);
                        internal_worst[o] += v.min(0);
                    }
                    let own = if internal { 0 } else { v };
                    for d in dests {
                        let (b, w, l) = match *d {
                            Dest::Node(m) if comp[m] == c => continue,
                            Dest::Node(m) => {
                                (best[comp[m]][o], worst[comp[m]][o], longest[comp[m]])
                            }
                            _ => (0, 0, 0),
                        };
                        exit_best[o] = exit_best[o].max(own + b);
                        exit_worst[o] = exit_worst[o].min(own + w);
                        exit_len = exit_len.max(l + 1);
                    }
                }
            }
        }
        for o in 0..9 {
            let eb = if exit_best[o] == i32::MIN {
                0
            } else {
                exit_best[o]
            };
            let ew = if exit_worst[o] == i32::MAX {
                0
            } else {
                exit_worst[o]
            };
            best[c][o] = internal_best[o] + eb;
            worst[c][o] = internal_worst[o] + ew;
        }
        longest[c] = exit_len;
    }
    let any_cycle = cyclic.iter().any(|&c| c);
    let (b, w, l) = match g.start {
        Dest::Node(n) => (best[comp[n]], worst[comp[n]], longest[comp[n]]),
        _ => ([0; 9], [0; 9], 0),
    };
    let mut out = Bounds {
        best: [0; 8],
        worst: [0; 8],
        best_total: b[0],
        worst_total: w[0],
        longest: (!any_cycle).then_some(l),
    };
    for s in 0..8 {
        out.best[s] = b[s + 1];
        out.worst[s] = w[s + 1];
    }
    out
}
