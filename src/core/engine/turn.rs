//! What a call shows and records: the step on screen with its choices, and each finished turn.

use serde::{Deserialize, Serialize};

use crate::core::format::quality::Quality;
use crate::core::format::scenario::Outcome;
use crate::core::format::technique::{Phase, Skill, Technique};

use super::citizen::Mood;

/// One answer on screen: its id (what `Session::choose` takes) and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice<'a> {
    pub id: usize,
    pub text: &'a str,
}

/// What the front end shows now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    Line {
        phase: Phase,
        cue: Option<&'a str>,
        line: &'a str,
        /// The answers in the order to show them (shuffled per call, seeded).
        choices: Vec<Choice<'a>>,
    },
    Ended {
        outcome: Outcome,
        cue: Option<&'a str>,
        line: &'a str,
    },
}

/// One exchange: the citizen's line and the trainee's response, with the state after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub node: String,
    pub phase: Phase,
    pub cue: Option<String>,
    pub line: String,
    /// The response's index in the scenario (its choice id).
    pub choice: usize,
    pub response: String,
    pub tags: Vec<Technique>,
    pub mood_after: Mood,
    pub feedback: String,
    pub better: Option<String>,
    /// Notes the engine adds, e.g. on timing.
    pub notes: Vec<String>,
    /// Milliseconds since the call started.
    pub at_ms: Option<u64>,
    /// The chosen answer's quality at that moment (absent in attempts saved before 2026-12).
    #[serde(default)]
    pub quality: Option<Quality>,
    /// The best quality available at that moment.
    #[serde(default)]
    pub best: Option<Quality>,
    /// A best answer's text, when the chosen one was not among the best.
    #[serde(default)]
    pub best_text: Option<String>,
    /// The skills this moment asked for.
    #[serde(default)]
    pub skills: Vec<Skill>,
    /// What follows after the call because of this answer (a trap or a promise).
    #[serde(default)]
    pub consequence: Option<String>,
    /// Time-outs taken in the call up to and including this moment (0 in older attempts).
    #[serde(default)]
    pub hints: u32,
}

impl Turn {
    /// Credit lost against the best available answer (0 for turns saved without qualities).
    pub fn loss(&self) -> u8 {
        match (self.quality, self.best) {
            (Some(q), Some(b)) => b.credit().saturating_sub(q.credit()),
            _ => 0,
        }
    }
}
