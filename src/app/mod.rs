//! The Bevy shell around the core: one plugin per screen.

use std::process::ExitCode;

/// Starts the simulator window.
pub fn run() -> ExitCode {
    eprintln!(
        "Het simulatorvenster is nog in aanbouw. Oefen intussen in de terminal: 'gesprekstrainer play klacht-stadswinkel'."
    );
    ExitCode::from(2)
}
