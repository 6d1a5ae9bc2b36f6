//! Where user data lives and how it is read and written: profiles, calls, attempts, settings.

pub mod library;
pub mod packs;
pub mod progress;
pub mod rescore;
pub mod settings;
pub mod storage;
