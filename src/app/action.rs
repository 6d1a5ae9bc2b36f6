//! What the trainee did in the UI, as one value: draw functions return it, `ui.rs` dispatches it.

use super::state::{Lang, Screen};

/// Something the trainee did in the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Profile(String),
    Lang(Lang),
    /// The dark (true) or light theme.
    Dark(bool),
    Resume,
    Discard,
    Scenario(String),
    /// The n-th (0-based) card on the library screen, chosen with a number key.
    Card(usize),
    Prep(usize, usize),
    /// An after-call question answered: (question, option).
    AfterCall(usize, usize),
    Start {
        test_mode: bool,
    },
    /// Response by its index in the scenario.
    Respond(usize),
    /// Response by its position on screen (number keys), mapped in `draw`.
    Position(usize),
    TimeOut,
    /// Debrief: practise again from this turn (1-based) — "wat als?".
    Rewind(usize),
    /// An answer (its index in the scenario) in the practice call.
    PracticeRespond(usize),
    PracticeStop,
    Continue,
    Rate {
        after: bool,
        skill: usize,
        value: u8,
    },
    Review(Vec<std::path::PathBuf>),
    /// Import a scenario pack (folder or .zip).
    ImportPack(std::path::PathBuf),
    /// Open a native file or folder picker.
    Pick(super::picker::PickFor),
    Export,
    Go(Screen),
}
