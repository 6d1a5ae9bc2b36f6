//! Gesprekstrainer: practise the informal approach (informele aanpak) on the phone.

pub mod cli;
pub mod core;

#[cfg(feature = "app")]
pub mod app;
