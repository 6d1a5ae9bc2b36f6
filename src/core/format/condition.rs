//! Conditions on the call state, used by conditional `Next::Branch` cases.

use serde::{Deserialize, Serialize};

/// A test on the citizen's state or on flags set earlier in the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    AngerAtLeast(u8),
    AngerBelow(u8),
    TrustAtLeast(u8),
    TrustBelow(u8),
    /// An author flag (`Flag::Set`) has been set.
    Flag(String),
    /// An author flag has not been set.
    NotFlag(String),
    /// The hidden interest with this id has been uncovered.
    Uncovered(String),
    /// A node has been visited before in this call.
    Visited(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// What a condition can look at; implemented by the call state and by the analyzer.
pub trait StateView {
    fn anger(&self) -> u8;
    fn trust(&self) -> u8;
    fn has_flag(&self, name: &str) -> bool;
    fn has_uncovered(&self, interest: &str) -> bool;
    fn has_visited(&self, node: &str) -> bool;
}

impl Condition {
    /// Evaluates the condition. Nesting depth is bounded by the parser's recursion limit.
    pub fn holds(&self, s: &dyn StateView) -> bool {
        match self {
            Condition::AngerAtLeast(v) => s.anger() >= *v,
            Condition::AngerBelow(v) => s.anger() < *v,
            Condition::TrustAtLeast(v) => s.trust() >= *v,
            Condition::TrustBelow(v) => s.trust() < *v,
            Condition::Flag(f) => s.has_flag(f),
            Condition::NotFlag(f) => !s.has_flag(f),
            Condition::Uncovered(i) => s.has_uncovered(i),
            Condition::Visited(n) => s.has_visited(n),
            Condition::All(cs) => cs.iter().all(|c| c.holds(s)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(s)),
            Condition::Not(c) => !c.holds(s),
        }
    }

    /// Calls `f` on every variable this condition refers to: (kind, name).
    pub fn for_each_variable<'a>(&'a self, f: &mut dyn FnMut(VarRef<'a>)) {
        match self {
            Condition::AngerAtLeast(_)
            | Condition::AngerBelow(_)
            | Condition::TrustAtLeast(_)
            | Condition::TrustBelow(_) => {}
            Condition::Flag(n) | Condition::NotFlag(n) => f(VarRef::Flag(n)),
            Condition::Uncovered(n) => f(VarRef::Interest(n)),
            Condition::Visited(n) => f(VarRef::Node(n)),
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().for_each(|c| c.for_each_variable(f))
            }
            Condition::Not(c) => c.for_each_variable(f),
        }
    }
}

/// A named variable a condition refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarRef<'a> {
    Flag(&'a str),
    Interest(&'a str),
    Node(&'a str),
}

#[cfg(test)]
mod tests {
    use super::*;

    struct S;
    impl StateView for S {
        fn anger(&self) -> u8 {
            70
        }
        fn trust(&self) -> u8 {
            20
        }
        fn has_flag(&self, name: &str) -> bool {
            name == "gebeld"
        }
        fn has_uncovered(&self, _: &str) -> bool {
            false
        }
        fn has_visited(&self, node: &str) -> bool {
            node == "opening"
        }
    }

    #[test]
    fn thresholds_and_combinators() {
        assert!(Condition::AngerAtLeast(70).holds(&S));
        assert!(!Condition::AngerBelow(70).holds(&S));
        assert!(Condition::TrustBelow(21).holds(&S));
        let c = Condition::All(vec![
            Condition::Flag("gebeld".into()),
            Condition::Not(Box::new(Condition::Uncovered("x".into()))),
            Condition::Any(vec![
                Condition::Visited("nee".into()),
                Condition::Visited("opening".into()),
            ]),
        ]);
        assert!(c.holds(&S));
        assert!(!Condition::NotFlag("gebeld".into()).holds(&S));
    }
}
