//! Beam search for the worst call when the exact state space is too large.
//!
//! Every path it returns is a real call under the engine's rules, so its loss is achievable;
//! it may miss a worse one.

use std::collections::HashMap;

use super::model::{Key, Model, To};

/// A complete call found by the search: its choices and the credit it lost.
#[derive(Debug, Clone)]
pub struct Found {
    pub loss: u32,
    pub path: Vec<usize>,
}

struct Partial {
    key: Key,
    loss: u32,
    path: Vec<usize>,
}

/// The call that loses the most credit, keeping `width` partial calls per turn.
pub fn worst(model: &Model, width: usize) -> Option<Found> {
    let mut frontier = vec![Partial {
        key: model.root()?,
        loss: 0,
        path: Vec::new(),
    }];
    let mut found: Option<Found> = None;
    while !frontier.is_empty() {
        let mut next: HashMap<Key, Partial> = HashMap::new();
        for p in &frontier {
            for ri in 0..model.responses(&p.key) {
                let (decision, to) = model.step(&p.key, ri)?;
                let loss = p.loss + u32::from(decision.loss());
                let mut path = p.path.clone();
                path.push(ri);
                match to {
                    To::End(..) => {
                        if found.as_ref().is_none_or(|f| loss > f.loss) {
                            found = Some(Found { loss, path });
                        }
                    }
                    To::State(key) => match next.get(&key) {
                        Some(old) if old.loss >= loss => {}
                        _ => {
                            next.insert(key.clone(), Partial { key, loss, path });
                        }
                    },
                }
            }
        }
        let mut layer: Vec<Partial> = next.into_values().collect();
        // Most loss first; ties broken by path so the result is deterministic.
        layer.sort_by(|a, b| b.loss.cmp(&a.loss).then_with(|| a.path.cmp(&b.path)));
        layer.truncate(width);
        frontier = layer;
    }
    found
}
