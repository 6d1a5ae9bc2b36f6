//! Analysis of a scenario: its graph, every reachable call state, best and worst calls.

pub mod analyze;
pub mod beam;
pub mod checks;
pub mod clean;
pub mod diagram;
pub mod graph;
pub mod model;
pub mod replay;
pub mod search;
