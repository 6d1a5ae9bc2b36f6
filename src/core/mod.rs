//! The pure core: scenario format, call engine, scoring, analysis. No Bevy, no egui.

pub mod analyze;
pub mod beam;
pub mod citizen;
pub mod condition;
pub mod diagram;
pub mod export;
pub mod generate;
pub mod graph;
pub mod hint;
pub mod library;
pub mod load;
pub mod model;
pub mod progress;
pub mod result;
pub mod review;
pub mod scenario;
pub mod scoring;
pub mod search;
pub mod session;
pub mod storage;
pub mod technique;
pub mod validate;
pub mod verdict;
