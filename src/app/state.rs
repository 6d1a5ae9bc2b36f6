//! App-wide state: the current screen and the resources that wrap the core.

use bevy::prelude::*;

use crate::core::analysis::analyze::Analysis;
use crate::core::engine::result::CallResult;
use crate::core::engine::session::Session;
use crate::core::format::load::Loaded;
use crate::core::store::progress::Attempt;

/// The screen the trainee is on.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Start,
    Library,
    Preparation,
    Call,
    Debrief,
    Progress,
    Review,
}

/// UI language (scenario text stays in the scenario's own language).
pub use crate::core::i18n::Lang;

/// Text a little larger than egui's default, readable at 1280×720.
pub const DEFAULT_ZOOM: f32 = 1.2;

/// Settings that live for the whole run.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    /// egui zoom factor, changed with Ctrl + / Ctrl −.
    pub zoom: f32,
    /// The dark theme (`theme.rs`).
    pub dark: bool,
}

impl Settings {
    /// As remembered in a profile.
    pub fn display(&self) -> crate::core::store::progress::Display {
        crate::core::store::progress::Display {
            zoom: self.zoom,
            dark: self.dark,
            english: self.lang == Lang::En,
        }
    }

    pub fn set_display(&mut self, d: crate::core::store::progress::Display) {
        self.zoom = d.zoom.clamp(0.8, 2.5);
        self.dark = d.dark;
        self.lang = if d.english { Lang::En } else { Lang::Nl };
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Nl,
            zoom: DEFAULT_ZOOM,
            dark: false,
        }
    }
}

/// The scenarios the library shows, and the files that could not be read.
#[derive(Resource, Default)]
pub struct ScenarioLibrary {
    pub scenarios: Vec<(Loaded, Analysis)>,
    /// Where each scenario that is not built in comes from (by id).
    pub origins: Vec<(String, crate::core::store::library::Origin)>,
    pub invalid: Vec<String>,
    /// Modification times of the folder's files at the last load (for hot reload).
    pub stamp: Vec<(std::path::PathBuf, Option<std::time::SystemTime>)>,
}

impl ScenarioLibrary {
    pub fn get(&self, id: &str) -> Option<&(Loaded, Analysis)> {
        self.scenarios.iter().find(|(l, _)| l.scenario.id == id)
    }

    /// Where a scenario comes from, if it is not built in.
    pub fn origin(&self, id: &str) -> Option<&crate::core::store::library::Origin> {
        self.origins.iter().find(|(i, _)| i == id).map(|(_, o)| o)
    }
}

/// The user data folder the window reads and writes. Tests insert their own before the plugins;
/// otherwise it is `GESPREKSTRAINER_DATA` or the platform's folder.
#[derive(Resource, Debug, Clone, Deref)]
pub struct DataStore(pub crate::core::store::storage::Store);

impl Default for DataStore {
    fn default() -> Self {
        DataStore(crate::core::store::storage::Store::from_env())
    }
}

/// The trainee using the program, with their finished attempts.
#[derive(Resource, Default)]
pub struct Trainee {
    pub name: Option<String>,
    pub attempts: Vec<Attempt>,
    pub problems: Vec<String>,
}

/// The scenario being prepared or played.
#[derive(Resource)]
pub struct ActiveCall {
    pub loaded: Loaded,
    pub analysis: Analysis,
    pub prep: Vec<Option<usize>>,
    /// Answers to the after-call questions (`after_call[i]`).
    pub after: Vec<Option<usize>>,
    pub session: Option<Session>,
    /// Time on the call clock, in milliseconds.
    pub elapsed_ms: u64,
    /// Index of the turn whose feedback is showing (training mode), if any.
    pub feedback_for: Option<usize>,
    /// The last time-out tip.
    pub hint: Option<String>,
    pub result: Option<CallResult>,
    /// Self-ratings 1–5 per skill (0 = not rated), before the call and after the debrief.
    pub self_before: [u8; 8],
    pub self_after: [u8; 8],
    /// Where the finished attempt was saved (rewritten when the after-rating changes).
    pub saved: Option<std::path::PathBuf>,
    /// Debrief: a rewound copy of the call ("wat als?"), never saved.
    pub practice: Option<Practice>,
}

/// A practice call from a turn of the finished call.
#[derive(Debug, Clone)]
pub struct Practice {
    /// The turn (1-based) it was rewound to.
    pub from: usize,
    pub session: Session,
    /// Its result once it has ended (scored like the real call, not saved).
    pub result: Option<CallResult>,
}

impl ActiveCall {
    pub fn new(loaded: Loaded, analysis: Analysis) -> Self {
        let prep = vec![None; loaded.scenario.preparation.len()];
        let after = vec![None; loaded.scenario.after_call.len()];
        ActiveCall {
            loaded,
            analysis,
            prep,
            after,
            session: None,
            elapsed_ms: 0,
            feedback_for: None,
            hint: None,
            result: None,
            self_before: [0; 8],
            self_after: [0; 8],
            saved: None,
            practice: None,
        }
    }
}

/// A one-line message at the bottom of the screen (errors the trainee should know about).
#[derive(Resource, Default)]
pub struct Notice(pub Option<String>);
