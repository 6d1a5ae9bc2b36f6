//! The scenario format: what an author writes, how it is read, checked and found.

pub mod condition;
pub mod generate;
pub mod library;
pub mod load;
pub mod quality;
pub mod scenario;
pub mod situation;
pub mod technique;
pub mod validate;
