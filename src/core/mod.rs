//! The pure core, grouped by role: format, engine, analysis, store, export, review. No Bevy, no egui.

pub mod analysis;
pub mod engine;
pub mod export;
pub mod format;
pub mod i18n;
pub mod review;
pub mod store;
