//! Where user data lives and how profiles, calls and attempts are written and read.

pub mod library;
pub mod packs;
pub mod progress;
pub mod rescore;
pub mod storage;
