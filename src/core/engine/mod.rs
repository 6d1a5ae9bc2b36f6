//! The call engine: the citizen, the call state machine, scoring, verdict and result.

pub mod citizen;
pub mod result;
pub mod rules;
pub mod scoring;
pub mod session;
pub mod turn;
pub mod verdict;
