//! The scenario as a graph of node indices: reachability, strongly connected components, bounds.

use std::collections::HashMap;

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

/// The longest call in turns from the graph alone, `None` when the scenario loops. Linear in
/// the size of the scenario; components are numbered successors-first.
pub fn longest(g: &Graph, comp: &[usize], cyclic: &[bool]) -> Option<u32> {
    if cyclic.iter().any(|&c| c) {
        return None;
    }
    let mut longest = vec![0u32; cyclic.len()];
    // Without cycles every component is one node; successors come first.
    let mut order: Vec<usize> = (0..comp.len()).collect();
    order.sort_by_key(|&n| comp[n]);
    for n in order {
        let mut best = 0;
        for d in g.edges[n].iter().flatten() {
            let l = match *d {
                Dest::Node(m) => longest[comp[m]],
                _ => 0,
            };
            best = best.max(l + 1);
        }
        longest[comp[n]] = best;
    }
    match g.start {
        Dest::Node(n) => Some(longest[comp[n]]),
        _ => Some(0),
    }
}
