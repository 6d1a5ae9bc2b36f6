//! The call engine: the citizen, the call state machine, scoring, verdict and result.

pub mod citizen;
pub mod hint;
pub mod result;
pub mod scoring;
pub mod session;
pub mod verdict;
