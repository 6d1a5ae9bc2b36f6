//! The call engine: a stepped, seeded, serialisable state machine over one scenario. It owns
//! the whole turn: it offers the choices already shuffled, records the chosen one with its time
//! and quality, and (in `result.rs`) produces the call's result.

use std::collections::BTreeSet;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::citizen::{Mood, Reaction};
use super::rules::{self, CallState};
pub use super::turn::{Choice, Step, Turn};
use crate::core::format::condition::StateView;
use crate::core::format::scenario::{Flag, Outcome, Response, Scenario};
use crate::core::format::technique::{Kind, LegalTrap, Skill, Technique};

/// Training shows feedback after every choice; test mode only at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    Training,
    Test,
}

/// Where the call is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    At(String),
    Ended(String),
    /// The citizen ended the call after `max_turns` turns.
    TurnLimit,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    UnknownTarget {
        scenario: String,
        id: String,
    },
    NoSuchChoice {
        choice: usize,
        available: usize,
    },
    Ended,
    WrongScenario {
        expected: String,
        expected_version: u32,
        found: String,
        found_version: u32,
    },
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EngineError::UnknownTarget { scenario, id } => crate::tr!(
                "core-error-unknown-target",
                scenario = scenario.as_str(),
                id = id.as_str()
            ),
            EngineError::NoSuchChoice { choice, available } => crate::tr!(
                "core-error-no-such-choice",
                choice = *choice,
                available = *available
            ),
            EngineError::Ended => crate::tr!("core-error-ended"),
            EngineError::WrongScenario {
                expected,
                expected_version,
                found,
                found_version,
            } => crate::tr!(
                "core-error-wrong-scenario",
                expected = expected.as_str(),
                expected_version = i64::from(*expected_version),
                found = found.as_str(),
                found_version = i64::from(*found_version)
            ),
        };
        f.write_str(&text)
    }
}

/// Why a call cannot be rewound to a turn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RewindError {
    NoSuchTurn { turn: usize, last: usize },
    Engine(#[from] EngineError),
}

impl std::fmt::Display for RewindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RewindError::NoSuchTurn { turn, last } => {
                crate::tr!("core-rewind-no-such-turn", turn = *turn, last = *last)
            }
            RewindError::Engine(e) => crate::tr!("core-rewind-engine", error = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// The whole state of one call; serialise it to resume exactly where the trainee stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    scenario_id: String,
    scenario_version: u32,
    seed: u64,
    mode: Mode,
    position: Position,
    mood: Mood,
    start_mood: Mood,
    flags: BTreeSet<String>,
    uncovered: BTreeSet<String>,
    traps: BTreeSet<LegalTrap>,
    agreements: u32,
    visited: BTreeSet<String>,
    /// (node, response index) pairs already chosen: a repeated answer is at most weak.
    used: BTreeSet<(String, usize)>,
    techniques: BTreeSet<Technique>,
    explained: bool,
    hints: u32,
    turns: Vec<Turn>,
    /// The line variant picked for the current node or ending.
    line: String,
    /// The version of the citizen this call drew (`Citizen::variants`), if the scenario has any.
    #[serde(default)]
    variant: Option<String>,
}

/// The citizen variant a call with this seed draws, if the scenario has variants.
pub fn variant_for(scenario: &Scenario, seed: u64) -> Option<&str> {
    let variants = &scenario.citizen.variants;
    if variants.is_empty() {
        return None;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed.rotate_left(29) ^ 0xA076_1D64_78BD_642F);
    Some(variants[rng.random_range(0..variants.len())].id.as_str())
}

/// Picks a line variant deterministically from the seed and the turn number.
pub fn pick_variant(seed: u64, turn: usize, count: usize) -> usize {
    if count <= 1 {
        return 0;
    }
    let mut rng =
        ChaCha8Rng::seed_from_u64(seed ^ (turn as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.random_range(0..count)
}

/// The order in which `count` responses are shown at turn `turn`: shuffled per call (seeded),
/// so the skilled answer is not always the first.
pub fn display_order(seed: u64, turn: usize, count: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(
        seed.rotate_left(17) ^ (turn as u64).wrapping_mul(0xD1B5_4A32_D192_ED03),
    );
    for i in (1..count).rev() {
        order.swap(i, rng.random_range(0..=i));
    }
    order
}

impl StateView for Session {
    fn anger(&self) -> u8 {
        self.mood.anger
    }
    fn trust(&self) -> u8 {
        self.mood.trust
    }
    fn has_flag(&self, name: &str) -> bool {
        self.flags.contains(name)
    }
    fn has_uncovered(&self, interest: &str) -> bool {
        self.uncovered.contains(interest)
    }
    fn has_visited(&self, node: &str) -> bool {
        self.visited.contains(node)
    }
}

/// The session's view for the rules: node indices are looked up in its scenario.
struct Live<'s, 'a> {
    session: &'s mut Session,
    scenario: &'a Scenario,
}

impl StateView for Live<'_, '_> {
    fn anger(&self) -> u8 {
        self.session.anger()
    }
    fn trust(&self) -> u8 {
        self.session.trust()
    }
    fn has_flag(&self, name: &str) -> bool {
        self.session.has_flag(name)
    }
    fn has_uncovered(&self, interest: &str) -> bool {
        self.session.has_uncovered(interest)
    }
    fn has_visited(&self, node: &str) -> bool {
        self.session.has_visited(node)
    }
}

impl CallState for Live<'_, '_> {
    fn mood(&self) -> Mood {
        self.session.mood
    }
    fn set_mood(&mut self, mood: Mood) {
        self.session.mood = mood;
    }
    fn chose_before(&self, n: usize, ri: usize) -> bool {
        let id = self.scenario.nodes[n].id.clone();
        self.session.used.contains(&(id, ri))
    }
    fn record(&mut self, n: usize, ri: usize, response: &Response, reaction: &Reaction) {
        let s = &mut *self.session;
        let id = self.scenario.nodes[n].id.clone();
        s.used.insert((id.clone(), ri));
        s.visited.insert(id);
        s.techniques.extend(response.tags.iter().copied());
        if response.tags.contains(&Technique::ExplainingNeutrally) && !reaction.too_early {
            s.explained = true;
        }
        for flag in &response.flags {
            match flag {
                Flag::Uncovers(i) => {
                    s.uncovered.insert(i.clone());
                }
                Flag::Trap(t) => {
                    s.traps.insert(*t);
                }
                Flag::Agreement => s.agreements += 1,
                Flag::Set(f) => {
                    s.flags.insert(f.clone());
                }
            }
        }
    }
}

// The notes in Dutch (kept for callers); a call records them in the current language
// (`core-note-…` in the locale files).
pub const NOTE_TOO_EARLY: &str = "De burger was nog te boos voor uitleg of een oplossing: erken eerst het gevoel en vat samen, leg daarna uit.";
pub const NOTE_QUESTION_TOO_EARLY: &str = "Een vraag over de inhoud terwijl de emotie nog hoog is: laat eerst merken dat u hoort hoe boos of verdrietig de burger is.";
pub const NOTE_REPEATED: &str =
    "Dit antwoord gaf u al eerder in dit gesprek; herhalen telt als een zwak antwoord.";

/// The line that follows a trap or a promise after the call, unless the author wrote one.
fn consequence(response: &Response) -> Option<String> {
    if let Some(c) = &response.consequence {
        return Some(c.clone());
    }
    let trap = response.flags.iter().find_map(|f| match f {
        Flag::Trap(t) => Some(*t),
        _ => None,
    });
    match trap {
        Some(t) => Some(t.epilogue().to_owned()),
        None if response.tags.contains(&Technique::Promising) => {
            Some(crate::tr!("core-promise-consequence"))
        }
        None => None,
    }
}

/// A time-out tip: like a trainer pausing a role-play, without giving the answer away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub text: String,
    /// The technique the tip points at.
    pub technique: Option<Technique>,
}

impl Session {
    pub fn start(scenario: &Scenario, seed: u64, mode: Mode) -> Result<Session, EngineError> {
        let variant = variant_for(scenario, seed).map(str::to_owned);
        let (anger, trust) = scenario.citizen.start(variant.as_deref());
        let mood = Mood::new(anger, trust);
        let mut s = Session {
            scenario_id: scenario.id.clone(),
            scenario_version: scenario.version,
            seed,
            mode,
            position: Position::At(scenario.start.clone()),
            mood,
            start_mood: mood,
            flags: BTreeSet::new(),
            uncovered: BTreeSet::new(),
            traps: BTreeSet::new(),
            agreements: 0,
            visited: BTreeSet::new(),
            used: BTreeSet::new(),
            techniques: BTreeSet::new(),
            explained: false,
            hints: 0,
            turns: Vec::new(),
            line: String::new(),
            variant,
        };
        s.enter(scenario, scenario.start.clone())?;
        Ok(s)
    }

    /// Checks that a resumed call belongs to this scenario.
    pub fn check_scenario(&self, scenario: &Scenario) -> Result<(), EngineError> {
        if self.scenario_id != scenario.id || self.scenario_version != scenario.version {
            return Err(EngineError::WrongScenario {
                expected: scenario.id.clone(),
                expected_version: scenario.version,
                found: self.scenario_id.clone(),
                found_version: self.scenario_version,
            });
        }
        Ok(())
    }

    pub fn scenario_id(&self) -> &str {
        &self.scenario_id
    }
    pub fn scenario_version(&self) -> u32 {
        self.scenario_version
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn mode(&self) -> Mode {
        self.mode
    }
    pub fn position(&self) -> &Position {
        &self.position
    }
    pub fn mood(&self) -> Mood {
        self.mood
    }
    pub fn start_mood(&self) -> Mood {
        self.start_mood
    }
    pub fn flags(&self) -> &BTreeSet<String> {
        &self.flags
    }
    pub fn uncovered(&self) -> &BTreeSet<String> {
        &self.uncovered
    }
    pub fn traps(&self) -> &BTreeSet<LegalTrap> {
        &self.traps
    }
    pub fn visited(&self) -> &BTreeSet<String> {
        &self.visited
    }
    pub fn techniques(&self) -> &BTreeSet<Technique> {
        &self.techniques
    }
    pub fn explained(&self) -> bool {
        self.explained
    }
    pub fn agreements(&self) -> u32 {
        self.agreements
    }
    pub fn hints(&self) -> u32 {
        self.hints
    }
    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }
    /// The citizen variant of this call (its id), if the scenario has variants.
    pub fn variant(&self) -> Option<&str> {
        self.variant.as_deref()
    }

    pub fn is_ended(&self) -> bool {
        !matches!(self.position, Position::At(_))
    }

    /// The outcome, once the call has ended.
    pub fn outcome(&self, scenario: &Scenario) -> Option<Outcome> {
        match &self.position {
            Position::At(_) => None,
            Position::Ended(id) => scenario.ending(id).map(|e| e.outcome),
            Position::TurnLimit => Some(Outcome::Unresolved),
        }
    }

    fn node_index(&self, scenario: &Scenario) -> Result<usize, EngineError> {
        let Position::At(id) = &self.position else {
            return Err(EngineError::Ended);
        };
        scenario
            .nodes
            .iter()
            .position(|n| &n.id == id)
            .ok_or_else(|| self.unknown(id))
    }

    /// What to show now; the choices come in display order, each with its id.
    pub fn step<'a>(&'a self, scenario: &'a Scenario) -> Result<Step<'a>, EngineError> {
        match &self.position {
            Position::At(id) => {
                let node = scenario.node(id).ok_or_else(|| self.unknown(id))?;
                let order = display_order(self.seed, self.turns.len(), node.responses.len());
                Ok(Step::Line {
                    phase: node.phase,
                    cue: node.cue.as_deref(),
                    line: &self.line,
                    choices: order
                        .into_iter()
                        .map(|id| Choice {
                            id,
                            text: &node.responses[id].text,
                        })
                        .collect(),
                })
            }
            Position::Ended(id) => {
                let end = scenario.ending(id).ok_or_else(|| self.unknown(id))?;
                Ok(Step::Ended {
                    outcome: end.outcome,
                    cue: end.cue.as_deref(),
                    line: &self.line,
                })
            }
            Position::TurnLimit => Ok(Step::Ended {
                outcome: Outcome::Unresolved,
                cue: Some("(zucht)"),
                line: &self.line,
            }),
        }
    }

    /// The ids of the best answers available now (empty once the call has ended).
    pub fn best_choices(&self, scenario: &Scenario) -> Vec<usize> {
        let Ok(n) = self.node_index(scenario) else {
            return Vec::new();
        };
        let mut me = self.clone();
        let live = Live {
            session: &mut me,
            scenario,
        };
        let judged = rules::judge_all(&live, n, &scenario.nodes[n]);
        let best = judged.iter().map(|j| j.quality).max();
        (0..judged.len())
            .filter(|&i| Some(judged[i].quality) == best)
            .collect()
    }

    /// The trainee picks the response with this id, `at_ms` into the call. Returns the turn.
    pub fn choose(
        &mut self,
        scenario: &Scenario,
        id: usize,
        at_ms: Option<u64>,
    ) -> Result<&Turn, EngineError> {
        let n = self.node_index(scenario)?;
        let node = &scenario.nodes[n];
        let available = node.responses.len();
        let response = node.responses.get(id).ok_or(EngineError::NoSuchChoice {
            choice: id,
            available,
        })?;
        let repeated = self.used.contains(&(node.id.clone(), id));
        let line = std::mem::take(&mut self.line);
        let mut live = Live {
            session: self,
            scenario,
        };
        let (decision, target) =
            rules::transition(scenario, &mut live, n, id).ok_or(EngineError::NoSuchChoice {
                choice: id,
                available,
            })?;
        let mut notes = Vec::new();
        if repeated {
            notes.push(crate::tr!("core-note-repeated"));
        }
        if decision.reaction.too_early {
            notes.push(crate::tr!("core-note-too-early"));
        }
        if decision.reaction.question_too_early {
            notes.push(crate::tr!("core-note-question-too-early"));
        }
        let best_text = (decision.quality < decision.best)
            .then(|| node.responses[decision.best_choice].text.clone());
        self.turns.push(Turn {
            node: node.id.clone(),
            phase: node.phase,
            cue: node.cue.clone(),
            line,
            choice: id,
            response: response.text.clone(),
            tags: response.tags.clone(),
            mood_after: self.mood,
            feedback: response.feedback.clone(),
            better: response.better.clone(),
            notes,
            at_ms,
            quality: Some(decision.quality),
            best: Some(decision.best),
            best_text,
            skills: Skill::ALL
                .into_iter()
                .filter(|s| decision.skills[s.index()])
                .collect(),
            consequence: consequence(response),
            hints: self.hints,
        });
        self.enter(scenario, target.to_owned())?;
        Ok(self.turns.last().expect("a turn was just pushed"))
    }

    /// A time-out: a tip for this moment, pointing at the technique of a best answer. Counts
    /// the tip (it costs credit); `None` once the call has ended.
    pub fn time_out(&mut self, scenario: &Scenario) -> Option<Hint> {
        let n = self.node_index(scenario).ok()?;
        let best = *self.best_choices(scenario).first()?;
        self.hints += 1;
        let technique = scenario.nodes[n].responses[best]
            .tags
            .iter()
            .copied()
            .find(|t| t.kind() != Kind::Escalating);
        let mood = if self.mood.emotion_high() {
            crate::tr!("core-hint-emotion-high")
        } else if self.mood.anger >= 30 {
            crate::tr!("core-hint-emotion-easing")
        } else {
            crate::tr!("core-hint-open")
        };
        let text = match technique {
            Some(t) => crate::tr!("core-hint-think-of", mood = mood, technique = t.label()),
            None => mood,
        };
        Some(Hint { text, technique })
    }

    fn enter(&mut self, scenario: &Scenario, target: String) -> Result<(), EngineError> {
        let turn = self.turns.len();
        if let Some(node) = scenario.node(&target) {
            if rules::turn_limit_reached(scenario, turn) {
                self.position = Position::TurnLimit;
                self.line =
                    "Ik heb hier geen tijd meer voor. Ik hang op, u hoort nog van me.".to_owned();
                return Ok(());
            }
            let lines = scenario
                .citizen
                .lines(self.variant.as_deref(), &node.id, &node.lines);
            self.line = lines
                .get(pick_variant(self.seed, turn, lines.len()))
                .cloned()
                .unwrap_or_default();
            self.position = Position::At(target);
        } else if let Some(end) = scenario.ending(&target) {
            let lines = scenario
                .citizen
                .lines(self.variant.as_deref(), &end.id, &end.lines);
            self.line = lines
                .get(pick_variant(self.seed, turn, lines.len()))
                .cloned()
                .unwrap_or_default();
            self.position = Position::Ended(target);
        } else {
            return Err(self.unknown(&target));
        }
        Ok(())
    }

    fn unknown(&self, id: &str) -> EngineError {
        EngineError::UnknownTarget {
            scenario: self.scenario_id.clone(),
            id: id.to_owned(),
        }
    }

    /// The same call replayed with today's rules: same seed, mode, choices, times and
    /// time-outs (for re-scoring an attempt saved by an earlier version).
    pub fn replay(&self, scenario: &Scenario) -> Result<Session, EngineError> {
        self.check_scenario(scenario)?;
        let mut s = Session::start(scenario, self.seed, self.mode)?;
        for t in &self.turns {
            s.hints = s.hints.max(t.hints);
            s.choose(scenario, t.choice, t.at_ms)?;
        }
        s.hints = self.hints;
        Ok(s)
    }

    /// The call as it stood when the citizen's line of turn `turn` (1-based) was shown, before
    /// the trainee answered it: a fresh call with the same seed and mode that made the first
    /// `turn - 1` choices, with the time-outs taken before that moment. Practice: the original
    /// is untouched. A trainer's group screen asks the same question of any attempt.
    pub fn rewind(&self, scenario: &Scenario, turn: usize) -> Result<Session, RewindError> {
        self.check_scenario(scenario)?;
        // A running call can also be "rewound" to its current moment; an ended one cannot.
        let last = self.turns.len() + usize::from(!self.is_ended());
        if turn == 0 || turn > last {
            return Err(RewindError::NoSuchTurn { turn, last });
        }
        let mut s = Session::start(scenario, self.seed, self.mode)?;
        for t in &self.turns[..turn - 1] {
            s.hints = s.hints.max(t.hints);
            s.choose(scenario, t.choice, t.at_ms)?;
        }
        Ok(s)
    }

    /// Anger and trust at the start and after every turn: the escalation curve.
    pub fn mood_curve(&self) -> (Vec<u8>, Vec<u8>) {
        let moods = std::iter::once(self.start_mood).chain(self.turns.iter().map(|t| t.mood_after));
        moods.map(|m| (m.anger, m.trust)).unzip()
    }
}

#[cfg(test)]
mod tests {
    use super::display_order;

    #[test]
    fn display_order_is_a_seeded_permutation_that_moves_the_first_answer() {
        let o = display_order(7, 3, 4);
        let mut sorted = o.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
        assert_eq!(o, display_order(7, 3, 4));
        let first_elsewhere = (0..50).filter(|t| display_order(7, *t, 4)[0] != 0).count();
        assert!(
            first_elsewhere > 25,
            "the first response is usually not shown first ({first_elsewhere}/50)"
        );
    }
}
