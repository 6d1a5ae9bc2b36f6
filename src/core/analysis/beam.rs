//! Beam search for the best and worst call when the exact state space is too large.
//!
//! Every path it returns is a real call under the engine's rules, so its score is achievable;
//! it may miss a better path, which the graph bound (an outer limit) brackets from above.

use std::collections::HashMap;

use super::model::{Key, Model, To};
use crate::core::engine::scoring::{self, Points};
use crate::core::format::scenario::Outcome;

/// A complete call found by the search.
#[derive(Debug, Clone)]
pub struct Found {
    pub points: Points,
    pub outcome: Outcome,
    pub path: Vec<usize>,
}

struct Partial {
    key: Key,
    points: Points,
    path: Vec<usize>,
}

fn objective(p: &Points, o: usize) -> i32 {
    if o == 0 { scoring::total(p) } else { p[o - 1] }
}

/// Best (`maximise`) or worst call for objective `o` (0 = total, 1..=8 = a skill).
pub fn search(model: &Model, o: usize, maximise: bool, width: usize) -> Option<Found> {
    let sign = if maximise { 1 } else { -1 };
    let mut frontier = vec![Partial {
        key: model.root()?,
        points: [0; 8],
        path: Vec::new(),
    }];
    let mut found: Option<Found> = None;
    let better = |a: &Found, b: &Found| {
        (
            sign * objective(&a.points, o),
            sign * i32::from(a.outcome.rank()),
        ) > (
            sign * objective(&b.points, o),
            sign * i32::from(b.outcome.rank()),
        )
    };
    while !frontier.is_empty() {
        let mut next: HashMap<Key, Partial> = HashMap::new();
        for p in &frontier {
            for ri in 0..model.responses(&p.key) {
                let (pts, to) = model.step(&p.key, ri)?;
                let mut points = p.points;
                scoring::add(&mut points, &pts);
                let mut path = p.path.clone();
                path.push(ri);
                match to {
                    To::End(outcome, _) => {
                        let f = Found {
                            points,
                            outcome,
                            path,
                        };
                        if found.as_ref().is_none_or(|b| better(&f, b)) {
                            found = Some(f);
                        }
                    }
                    To::State(key) => {
                        let score = sign * objective(&points, o);
                        match next.get(&key) {
                            Some(old) if sign * objective(&old.points, o) >= score => {}
                            _ => {
                                next.insert(key.clone(), Partial { key, points, path });
                            }
                        }
                    }
                }
            }
        }
        let mut layer: Vec<Partial> = next.into_values().collect();
        // Most promising first; ties broken by path so the result is deterministic.
        layer.sort_by(|a, b| {
            (sign * objective(&b.points, o))
                .cmp(&(sign * objective(&a.points, o)))
                .then_with(|| a.path.cmp(&b.path))
        });
        layer.truncate(width);
        frontier = layer;
    }
    found
}
