//! A compact call state for the analyzer, stepped with the engine's own rules.
//!
//! A state is (node, mood, author flags and uncovered interests, visited nodes that conditions
//! ask about, responses already used inside the current loop, turns). Same rules as `Session`:
//! technique × state reactions, points once per response, branches, escalation, turn limit.

use std::collections::HashMap;

use super::graph::{Dest, Graph};
use crate::core::engine::citizen::Mood;
use crate::core::engine::scoring::{self, Points};
use crate::core::engine::session::resolve_next;
use crate::core::format::condition::{StateView, VarRef};
use crate::core::format::scenario::{Flag, Next, Outcome, Scenario};

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Key {
    pub node: u32,
    pub mood: Mood,
    pub names: Vec<u32>,
    pub visited: Vec<u32>,
    pub used: Vec<u32>,
    pub turns: u32,
}

/// Where a response leads in the analyzer.
pub enum To {
    State(Key),
    End(Outcome, Option<u32>),
}

pub struct Model<'a> {
    pub scenario: &'a Scenario,
    graph: &'a Graph<'a>,
    comp: &'a [usize],
    cyclic: &'a [bool],
    /// Keep turns in the state (needed when loops or long paths can hit the turn limit).
    track_turns: bool,
    flags: HashMap<&'a str, u32>,
    interests: HashMap<&'a str, u32>,
    tracked_nodes: HashMap<&'a str, u32>,
    first_response: Vec<u32>,
}

struct View<'k, 'm> {
    key: &'k Key,
    model: &'m Model<'m>,
}

impl StateView for View<'_, '_> {
    fn anger(&self) -> u8 {
        self.key.mood.anger
    }
    fn trust(&self) -> u8 {
        self.key.mood.trust
    }
    fn has_flag(&self, name: &str) -> bool {
        self.model
            .flags
            .get(name)
            .is_some_and(|i| self.key.names.binary_search(i).is_ok())
    }
    fn has_uncovered(&self, interest: &str) -> bool {
        self.model
            .interests
            .get(interest)
            .is_some_and(|i| self.key.names.binary_search(i).is_ok())
    }
    fn has_visited(&self, node: &str) -> bool {
        self.model
            .tracked_nodes
            .get(node)
            .is_some_and(|i| self.key.visited.binary_search(i).is_ok())
    }
}

fn insert_sorted(v: &mut Vec<u32>, x: u32) {
    if let Err(pos) = v.binary_search(&x) {
        v.insert(pos, x);
    }
}

impl<'a> Model<'a> {
    pub fn new(
        graph: &'a Graph<'a>,
        comp: &'a [usize],
        cyclic: &'a [bool],
        track_turns: bool,
    ) -> Self {
        let sc = graph.scenario;
        let mut m = Model {
            scenario: sc,
            graph,
            comp,
            cyclic,
            track_turns,
            flags: HashMap::new(),
            interests: HashMap::new(),
            tracked_nodes: HashMap::new(),
            first_response: Vec::with_capacity(sc.nodes.len()),
        };
        let mut next_name = 0u32;
        let mut count = 0u32;
        for n in &sc.nodes {
            m.first_response.push(count);
            count += n.responses.len() as u32;
            for r in &n.responses {
                for f in &r.flags {
                    let table = match f {
                        Flag::Set(s) => m.flags.entry(s.as_str()),
                        Flag::Uncovers(s) => m.interests.entry(s.as_str()),
                        _ => continue,
                    };
                    table.or_insert_with(|| {
                        next_name += 1;
                        next_name - 1
                    });
                }
                if let Next::Branch { cases, .. } = &r.next {
                    for c in cases {
                        c.when.for_each_variable(&mut |v| {
                            if let VarRef::Node(id) = v {
                                let next = m.tracked_nodes.len() as u32;
                                m.tracked_nodes.entry(id).or_insert(next);
                            }
                        });
                    }
                }
            }
        }
        m
    }

    pub fn root(&self) -> Option<Key> {
        let Dest::Node(start) = self.graph.start else {
            return None;
        };
        let c = &self.scenario.citizen;
        Some(Key {
            node: start as u32,
            mood: Mood::new(c.anger, c.trust),
            names: Vec::new(),
            visited: Vec::new(),
            used: Vec::new(),
            turns: 0,
        })
    }

    pub fn responses(&self, key: &Key) -> usize {
        self.scenario.nodes[key.node as usize].responses.len()
    }

    /// Steps response `ri` from `key`: the points it earns and where it leads (`None`: unknown id).
    pub fn step(&self, key: &Key, ri: usize) -> Option<(Points, To)> {
        let sc = self.scenario;
        let n = key.node as usize;
        let node = &sc.nodes[n];
        let resp = &node.responses[ri];
        let rid = self.first_response[n] + ri as u32;
        let reaction = key.mood.react(&resp.tags, resp.effect);
        let loops = self.cyclic[self.comp[n]];
        let first = !(loops && key.used.binary_search(&rid).is_ok());
        let points = if first {
            scoring::response_points(resp, &reaction)
        } else {
            [0; 8]
        };
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
            let id = match f {
                Flag::Set(x) => self.flags.get(x.as_str()),
                Flag::Uncovers(x) => self.interests.get(x.as_str()),
                _ => None,
            };
            if let Some(&id) = id {
                insert_sorted(&mut next.names, id);
            }
        }
        if let Some(&v) = self.tracked_nodes.get(node.id.as_str()) {
            insert_sorted(&mut next.visited, v);
        }
        let target = resolve_next(
            sc,
            &resp.next,
            &View {
                key: &next,
                model: self,
            },
        );
        let to = match self.graph.dest(target) {
            Dest::Node(_) if next.turns >= sc.max_turns => To::End(Outcome::Unresolved, None),
            Dest::Node(m) => {
                if self.comp[m] != self.comp[n] {
                    next.used.clear();
                }
                next.node = m as u32;
                if !self.track_turns {
                    next.turns = 0;
                }
                To::State(next)
            }
            Dest::Ending(e) => To::End(sc.endings[e].outcome, Some(e as u32)),
            Dest::Unknown => return None,
        };
        Some((points, to))
    }
}
