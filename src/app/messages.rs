//! What the trainee did, as messages: the UI writes them, the screen systems act on them.

use bevy::prelude::*;

use super::state::Screen;

#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ProfileChosen(pub String);

/// The trainee chose to continue the call that was interrupted.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct CallResumed;

/// The trainee chose not to continue the interrupted call.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct CallDiscarded;

#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ScenarioChosen(pub String);

#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct PrepAnswered {
    pub question: usize,
    pub option: usize,
}

/// An answer to an after-call question (question and option, 0-based).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct AfterCallAnswered {
    pub question: usize,
    pub option: usize,
}

#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct CallStarted {
    pub seed: u64,
    pub test_mode: bool,
}

/// The trainee picked response `0` (0-based).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ResponseChosen(pub usize);

/// The trainee asked for a time-out tip.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct TimeOutTaken;

/// Continue: dismiss feedback, or go to the debrief once the call has ended.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct Continued;

/// A self-rating (1–5) for one skill, before the call or after the debrief.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct SkillRated {
    pub after: bool,
    pub skill: usize,
    pub value: u8,
}

/// Export the trainee's progress for the return day.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ExportRequested;

/// The trainer asks to read the exports in these folders or files.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ReviewRequested(pub Vec<std::path::PathBuf>);

/// Open a native file or folder picker (window only; the answer becomes one of the requests
/// below).
#[derive(Message, Debug, Clone, Copy)]
pub struct PickRequested(pub crate::app::picker::PickFor);

/// Import a scenario pack (a folder or a .zip) into the own scenario folder.
#[derive(Message, Debug, Clone)]
pub struct PackImportRequested(pub std::path::PathBuf);

/// Debrief: rewind a copy of the call to this turn (1-based) to practise from there.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct Rewound(pub usize);

/// An answer (index in the scenario) in the practice call; `None` stops practising.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct PracticeChosen(pub Option<usize>);

/// Go to another screen (Esc goes back).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ScreenRequested(pub Screen);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ProfileChosen>()
        .add_message::<CallResumed>()
        .add_message::<CallDiscarded>()
        .add_message::<ScenarioChosen>()
        .add_message::<PrepAnswered>()
        .add_message::<AfterCallAnswered>()
        .add_message::<CallStarted>()
        .add_message::<ResponseChosen>()
        .add_message::<TimeOutTaken>()
        .add_message::<Continued>()
        .add_message::<SkillRated>()
        .add_message::<ExportRequested>()
        .add_message::<ReviewRequested>()
        .add_message::<PackImportRequested>()
        .add_message::<PickRequested>()
        .add_message::<Rewound>()
        .add_message::<PracticeChosen>()
        .add_message::<ScreenRequested>();
}
