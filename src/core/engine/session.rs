//! The call engine: a stepped, seeded, serialisable state machine over one scenario.

use std::collections::BTreeSet;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::citizen::Mood;
use super::scoring::{self, Points};
use crate::core::format::condition::StateView;
use crate::core::format::scenario::{Flag, Next, Outcome, Scenario};
use crate::core::format::technique::{LegalTrap, Phase, Technique};

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

/// One exchange: the citizen's line and the trainee's response, with the state after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub node: String,
    pub phase: Phase,
    pub cue: Option<String>,
    pub line: String,
    pub choice: usize,
    pub response: String,
    pub tags: Vec<Technique>,
    pub mood_after: Mood,
    pub points: Points,
    pub feedback: String,
    pub better: Option<String>,
    /// Notes the engine adds, e.g. on timing.
    pub notes: Vec<String>,
    /// Milliseconds since the call started, when the front end reports it.
    pub at_ms: Option<u64>,
}

/// What the front end shows now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    Line {
        phase: Phase,
        cue: Option<&'a str>,
        line: &'a str,
        choices: Vec<&'a str>,
    },
    Ended {
        outcome: Outcome,
        cue: Option<&'a str>,
        line: &'a str,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("scenario '{scenario}' has no node or ending '{id}'")]
    UnknownTarget { scenario: String, id: String },
    #[error("there is no choice {choice}: this moment has {available} choices")]
    NoSuchChoice { choice: usize, available: usize },
    #[error("the call has already ended")]
    Ended,
    #[error(
        "this saved call belongs to scenario '{found}' version {found_version}, not '{expected}' version {expected_version}"
    )]
    WrongScenario {
        expected: String,
        expected_version: u32,
        found: String,
        found_version: u32,
    },
}

/// The whole state of one call; serialise it to resume exactly where the trainee stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub scenario_id: String,
    pub scenario_version: u32,
    pub seed: u64,
    pub mode: Mode,
    pub position: Position,
    pub mood: Mood,
    pub start_mood: Mood,
    pub flags: BTreeSet<String>,
    pub uncovered: BTreeSet<String>,
    pub traps: BTreeSet<LegalTrap>,
    pub agreements: u32,
    pub visited: BTreeSet<String>,
    /// (node, response index) pairs already chosen: points count once.
    pub used: BTreeSet<(String, usize)>,
    pub techniques: BTreeSet<Technique>,
    pub explained: bool,
    pub points: Points,
    pub hints: u32,
    pub turns: Vec<Turn>,
    /// The line variant picked for the current node or ending.
    pub line: String,
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

/// The order in which a front end shows `count` responses at turn `turn`: shuffled per call
/// (seeded), so the skilled answer is not always the first. Choices stay canonical indices.
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

/// The target a response leads to, after branches and the escalation rule.
pub fn resolve_next<'a>(scenario: &'a Scenario, next: &'a Next, state: &dyn StateView) -> &'a str {
    if let Some(rule) = &scenario.escalation
        && state.anger() >= rule.anger_at_least
    {
        return &rule.goto;
    }
    match next {
        Next::Goto(t) => t,
        Next::Branch { cases, otherwise } => cases
            .iter()
            .find(|c| c.when.holds(state))
            .map_or(otherwise.as_str(), |c| c.goto.as_str()),
    }
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

pub const NOTE_TOO_EARLY: &str = "De burger was nog te boos voor uitleg of een oplossing: erken eerst het gevoel en vat samen, leg daarna uit.";
pub const NOTE_QUESTION_TOO_EARLY: &str = "Een vraag over de inhoud terwijl de emotie nog hoog is: laat eerst merken dat u hoort hoe boos of verdrietig de burger is.";
pub const NOTE_REPEATED: &str =
    "Dit antwoord gaf u al eerder in dit gesprek; het levert geen punten meer op.";

impl Session {
    pub fn start(scenario: &Scenario, seed: u64, mode: Mode) -> Result<Session, EngineError> {
        let mood = Mood::new(scenario.citizen.anger, scenario.citizen.trust);
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
            points: [0; 8],
            hints: 0,
            turns: Vec::new(),
            line: String::new(),
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

    /// What to show now.
    pub fn step<'a>(&'a self, scenario: &'a Scenario) -> Result<Step<'a>, EngineError> {
        match &self.position {
            Position::At(id) => {
                let node = scenario.node(id).ok_or_else(|| self.unknown(id))?;
                Ok(Step::Line {
                    phase: node.phase,
                    cue: node.cue.as_deref(),
                    line: &self.line,
                    choices: node.responses.iter().map(|r| r.text.as_str()).collect(),
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

    /// The trainee picks response `choice` (0-based). Returns the recorded turn.
    pub fn choose(&mut self, scenario: &Scenario, choice: usize) -> Result<&Turn, EngineError> {
        let Position::At(id) = &self.position else {
            return Err(EngineError::Ended);
        };
        let node = scenario.node(id).ok_or_else(|| self.unknown(id))?;
        let response = node
            .responses
            .get(choice)
            .ok_or(EngineError::NoSuchChoice {
                choice,
                available: node.responses.len(),
            })?;
        let reaction = self.mood.react(&response.tags, response.effect);
        let mut notes = Vec::new();
        let first_time = self.used.insert((node.id.clone(), choice));
        let points = if first_time {
            scoring::response_points(response, &reaction)
        } else {
            notes.push(NOTE_REPEATED.to_owned());
            [0; 8]
        };
        if reaction.too_early {
            notes.push(NOTE_TOO_EARLY.to_owned());
        }
        if reaction.question_too_early {
            notes.push(NOTE_QUESTION_TOO_EARLY.to_owned());
        }
        self.mood = self.mood.after(&response.tags, &reaction);
        scoring::add(&mut self.points, &points);
        self.techniques.extend(response.tags.iter().copied());
        if response.tags.contains(&Technique::ExplainingNeutrally) && !reaction.too_early {
            self.explained = true;
        }
        for flag in &response.flags {
            match flag {
                Flag::Uncovers(i) => {
                    self.uncovered.insert(i.clone());
                }
                Flag::Trap(t) => {
                    self.traps.insert(*t);
                }
                Flag::Agreement => self.agreements += 1,
                Flag::Set(f) => {
                    self.flags.insert(f.clone());
                }
            }
        }
        self.visited.insert(node.id.clone());
        self.turns.push(Turn {
            node: node.id.clone(),
            phase: node.phase,
            cue: node.cue.clone(),
            line: std::mem::take(&mut self.line),
            choice,
            response: response.text.clone(),
            tags: response.tags.clone(),
            mood_after: self.mood,
            points,
            feedback: response.feedback.clone(),
            better: response.better.clone(),
            notes,
            at_ms: None,
        });
        let target = resolve_next(scenario, &response.next, self).to_owned();
        self.enter(scenario, target)?;
        Ok(self.turns.last().expect("a turn was just pushed"))
    }

    fn enter(&mut self, scenario: &Scenario, target: String) -> Result<(), EngineError> {
        let turn = self.turns.len();
        if let Some(node) = scenario.node(&target) {
            if turn as u32 >= scenario.max_turns {
                self.position = Position::TurnLimit;
                self.line =
                    "Ik heb hier geen tijd meer voor. Ik hang op, u hoort nog van me.".to_owned();
                return Ok(());
            }
            self.line = node
                .lines
                .get(pick_variant(self.seed, turn, node.lines.len()))
                .cloned()
                .unwrap_or_default();
            self.position = Position::At(target);
        } else if let Some(end) = scenario.ending(&target) {
            self.line = end
                .lines
                .get(pick_variant(self.seed, turn, end.lines.len()))
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
