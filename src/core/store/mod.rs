//! Where user data lives and how it is read and written: profiles, calls, attempts, settings.

pub mod progress;
pub mod rescore;
pub mod settings;
pub mod storage;
