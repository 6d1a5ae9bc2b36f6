//! Gesprekstrainer: practise the informal approach (informele aanpak) on the phone.

pub mod core;
