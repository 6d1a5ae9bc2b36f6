//! Gesprekstrainer: practise the informal approach (informele aanpak) on the phone.

pub mod cli;
pub mod core;
pub mod crash;

#[cfg(feature = "app")]
pub mod app;
