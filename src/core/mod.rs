//! The pure core: scenario format, call engine, scoring, analysis. No Bevy, no egui.

pub mod analyze;
pub mod citizen;
pub mod condition;
pub mod graph;
pub mod load;
pub mod result;
pub mod scenario;
pub mod scoring;
pub mod search;
pub mod session;
pub mod technique;
pub mod validate;
pub mod verdict;
