//! A compact call state for the analyzer, stepped with the engine's own transition function.
//!
//! A state is (node, mood, author flags and uncovered interests, visited nodes that conditions
//! ask about, responses already used inside the current loop, turns). The rules themselves live
//! in `engine::rules`; this file only keeps the state small enough to explore.

use std::collections::HashMap;

use super::graph::{Dest, Graph};
use crate::core::engine::citizen::{Mood, Reaction};
use crate::core::engine::rules::{self, CallState, Decision};
use crate::core::format::condition::{StateView, VarRef};
use crate::core::format::scenario::{Flag, Next, Outcome, Response, Scenario};

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Key {
    pub node: u32,
    pub mood: Mood,
    pub names: Vec<u32>,
    pub visited: Vec<u32>,
    pub used: Vec<u32>,
    pub turns: u32,
}

/// Where a response leads in the analyzer. `End(.., None)` is the turn limit.
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
    /// The citizen's starting mood (of one variant).
    start: Mood,
}

/// A key being stepped: the rules see it as a call state.
struct Stepping<'m> {
    key: Key,
    model: &'m Model<'m>,
}

fn insert_sorted(v: &mut Vec<u32>, x: u32) {
    if let Err(pos) = v.binary_search(&x) {
        v.insert(pos, x);
    }
}

impl StateView for Stepping<'_> {
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

impl CallState for Stepping<'_> {
    fn mood(&self) -> Mood {
        self.key.mood
    }
    fn set_mood(&mut self, mood: Mood) {
        self.key.mood = mood;
    }
    fn chose_before(&self, n: usize, ri: usize) -> bool {
        // Outside a loop no node comes back, so nothing can be repeated there.
        let rid = self.model.first_response[n] + ri as u32;
        self.model.cyclic[self.model.comp[n]] && self.key.used.binary_search(&rid).is_ok()
    }
    fn record(&mut self, n: usize, ri: usize, response: &Response, _: &Reaction) {
        let m = self.model;
        if m.cyclic[m.comp[n]] {
            insert_sorted(&mut self.key.used, m.first_response[n] + ri as u32);
        }
        for f in &response.flags {
            let id = match f {
                Flag::Set(x) => m.flags.get(x.as_str()),
                Flag::Uncovers(x) => m.interests.get(x.as_str()),
                _ => None,
            };
            if let Some(&id) = id {
                insert_sorted(&mut self.key.names, id);
            }
        }
        if let Some(&v) = m.tracked_nodes.get(m.scenario.nodes[n].id.as_str()) {
            insert_sorted(&mut self.key.visited, v);
        }
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
            start: Mood::new(sc.citizen.anger, sc.citizen.trust),
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

    /// The same model for a citizen variant's starting mood.
    pub fn for_variant(mut self, variant: Option<&str>) -> Self {
        let (anger, trust) = self.scenario.citizen.start(variant);
        self.start = Mood::new(anger, trust);
        self
    }

    pub fn root(&self) -> Option<Key> {
        let Dest::Node(start) = self.graph.start else {
            return None;
        };
        Some(Key {
            node: start as u32,
            mood: self.start,
            names: Vec::new(),
            visited: Vec::new(),
            used: Vec::new(),
            turns: 0,
        })
    }

    pub fn responses(&self, key: &Key) -> usize {
        self.scenario.nodes[key.node as usize].responses.len()
    }

    /// Which way response `ri`'s branch goes from `key` (`None` for a plain `Goto`).
    pub fn case_taken(&self, key: &Key, ri: usize) -> Option<usize> {
        let n = key.node as usize;
        let mut state = Stepping {
            key: key.clone(),
            model: self,
        };
        rules::transition(self.scenario, &mut state, n, ri)?;
        rules::pick_case(&self.scenario.nodes[n].responses[ri].next, &state)
    }

    /// Steps response `ri` from `key`: the decision and where it leads (`None`: unknown id).
    pub fn step(&self, key: &Key, ri: usize) -> Option<(Decision, To)> {
        let n = key.node as usize;
        let mut state = Stepping {
            key: key.clone(),
            model: self,
        };
        state.key.turns += 1;
        let (decision, target) = rules::transition(self.scenario, &mut state, n, ri)?;
        let mut next = state.key;
        let to = match self.graph.dest(target) {
            Dest::Node(_) if rules::turn_limit_reached(self.scenario, next.turns as usize) => {
                To::End(Outcome::Unresolved, None)
            }
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
            Dest::Ending(e) => To::End(self.scenario.endings[e].outcome, Some(e as u32)),
            Dest::Unknown => return None,
        };
        Some((decision, to))
    }
}
