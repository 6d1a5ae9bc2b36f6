//! The scenario format: what an author writes in one RON file under `scenarios/`.

use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::quality::Quality;
use super::situation::{Emotion, Situation};
use super::technique::{LegalTrap, Phase, Skill, Technique};

/// Kind of case the call is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CaseType {
    Bezwaar,
    Klacht,
    Zienswijze,
    Aanvraag,
    Besluit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Difficulty {
    Introductie,
    Gevorderd,
    Moeilijk,
}

/// One practice call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub version: u32,
    #[serde(default = "default_language")]
    pub language: String,
    pub title: String,
    pub domain: String,
    pub case_type: CaseType,
    pub difficulty: Difficulty,
    /// The hard situations this call practises (checked by the validator, shown in the library).
    #[serde(default)]
    pub situations: Vec<Situation>,
    pub summary: String,
    pub dossier: Dossier,
    #[serde(default)]
    pub preparation: Vec<PrepQuestion>,
    /// Questions after the phone is down (log the threat, pass on the signal, confirm in
    /// writing), scored on their own line like the preparation.
    #[serde(default)]
    pub after_call: Vec<PrepQuestion>,
    pub citizen: Citizen,
    /// When anger reaches this level the call jumps to `goto` (usually a hang-up ending).
    #[serde(default)]
    pub escalation: Option<EscalationRule>,
    /// The citizen ends the call after this many turns (guarantees every call ends).
    #[serde(default = "default_max_turns")]
    pub max_turns: u32,
    pub start: String,
    pub nodes: Vec<Node>,
    pub endings: Vec<Ending>,
}

fn default_language() -> String {
    "nl".to_owned()
}

fn default_max_turns() -> u32 {
    40
}

/// What the trainee reads before the call.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    pub decision: String,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub deadlines: Vec<String>,
    /// Room for manoeuvre (beslisruimte): what the civil servant may and may not offer.
    #[serde(default)]
    pub room: Vec<String>,
    #[serde(default)]
    pub third_parties: Vec<String>,
}

/// A preparation or after-call question; correct answers earn points for `skill`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrepQuestion {
    pub id: String,
    pub question: String,
    pub skill: Skill,
    #[serde(default = "default_prep_points")]
    pub points: i32,
    pub options: Vec<PrepOption>,
    /// After-call questions only: asked only when this holds at the end of the call (e.g.
    /// `Visited("dreiging")`). Without it the question is always asked.
    #[serde(default)]
    pub when: Option<Condition>,
}

fn default_prep_points() -> i32 {
    2
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrepOption {
    pub text: String,
    pub correct: bool,
    pub feedback: String,
}

/// The citizen on the other end of the line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citizen {
    pub name: String,
    pub age: u32,
    pub situation: String,
    /// Starting anger / escalation, 0 (calm) to 100 (furious).
    pub anger: u8,
    /// Starting trust in the organisation, 0 to 100.
    pub trust: u8,
    /// The emotion behind the first number (anger by default); see `situation.rs`.
    #[serde(default)]
    pub emotion: Emotion,
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// Two or three versions of the citizen (temperament, mood of the day); the call's seed
    /// draws one, so a replay is not a memory test. Empty: always the citizen above.
    #[serde(default)]
    pub variants: Vec<Variant>,
}

/// One version of the citizen: another starting mood and some other lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub id: String,
    /// Shown in the debrief, e.g. "moe na een nachtdienst".
    pub label: String,
    pub anger: u8,
    pub trust: u8,
    /// Lines that replace a node's or ending's lines for this variant: (id, lines).
    #[serde(default)]
    pub lines: Vec<(String, Vec<String>)>,
}

impl Citizen {
    /// The variant with this id.
    pub fn variant(&self, id: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.id == id)
    }

    /// Starting (anger, trust) of a variant, or of the citizen without variants.
    pub fn start(&self, variant: Option<&str>) -> (u8, u8) {
        match variant.and_then(|v| self.variant(v)) {
            Some(v) => (v.anger, v.trust),
            None => (self.anger, self.trust),
        }
    }

    /// The lines of a node or ending for this variant.
    pub fn lines<'a>(
        &'a self,
        variant: Option<&str>,
        id: &str,
        base: &'a [String],
    ) -> &'a [String] {
        variant
            .and_then(|v| self.variant(v))
            .and_then(|v| v.lines.iter().find(|(n, _)| n == id))
            .map_or(base, |(_, l)| l.as_slice())
    }
}

/// A hidden interest behind the citizen's position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    pub id: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRule {
    pub anger_at_least: u8,
    pub goto: String,
}

/// One moment in the call: the citizen speaks, the trainee answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    pub phase: Phase,
    /// Tone cue shown with the line, e.g. "(zucht)" or "(verheft stem)".
    #[serde(default)]
    pub cue: Option<String>,
    /// Variants of the citizen's line; the seeded generator picks one.
    pub lines: Vec<String>,
    pub responses: Vec<Response>,
}

/// A response the civil servant can give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub text: String,
    pub tags: Vec<Technique>,
    /// The author's mark; without it the quality follows from the first tag (`quality.rs`).
    #[serde(default)]
    pub quality: Option<Quality>,
    /// Moves a derived quality up or down this many levels.
    #[serde(default)]
    pub adjust: i8,
    /// Effect on the citizen; `Auto` lets the engine apply technique × state rules.
    #[serde(default)]
    pub effect: Effect,
    /// Extra skill points on top of the technique defaults (may be negative).
    #[serde(default)]
    pub skills: Vec<(Skill, i32)>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// Why this response works or not.
    pub feedback: String,
    /// What would have been better (for weak responses).
    #[serde(default)]
    pub better: Option<String>,
    /// This one answer ends the call (a hang-up after a single sentence): the author's reason.
    /// Without it, the citizen hangs up only after repeated escalation.
    #[serde(default)]
    pub ends_call: Option<String>,
    /// What follows after the call because of this answer (shown in the debrief), e.g.
    /// "Twee weken later begint de bouw …". Traps and promises get a default line.
    #[serde(default)]
    pub consequence: Option<String>,
    pub next: Next,
}

/// Effect of a response on the citizen's anger and trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Effect {
    /// Engine default from the techniques and the citizen's current state.
    #[default]
    Auto,
    /// Engine default plus these deltas.
    Add { anger: i32, trust: i32 },
    /// Exactly these deltas, no engine rules.
    Set { anger: i32, trust: i32 },
}

/// Something a response sets in the call state.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Flag {
    /// Uncovers the hidden interest with this id.
    Uncovers(String),
    /// Falls into a legal trap (shown as a finding).
    Trap(LegalTrap),
    /// A concrete agreement (who, what, when) was made.
    Agreement,
    /// An author-defined flag for conditions.
    Set(String),
}

/// Where the call goes after a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Next {
    Goto(String),
    /// The first case whose condition holds, else `otherwise`.
    Branch {
        cases: Vec<Case>,
        otherwise: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub when: Condition,
    pub goto: String,
}

impl Next {
    /// Every target this can lead to.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Next::Goto(t) => vec![t.as_str()],
            Next::Branch { cases, otherwise } => cases
                .iter()
                .map(|c| c.goto.as_str())
                .chain(std::iter::once(otherwise.as_str()))
                .collect(),
        }
    }
}

/// The rank of a legitimate outcome (`Outcome::rank`).
pub const GOOD_RANK: u8 = 3;

/// How a call can end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// An informal solution was agreed.
    InformalSolution,
    /// The citizen withdraws on their own initiative and confirms it in writing.
    WithdrawnInWriting,
    /// The complaint is settled to the citizen's satisfaction, confirmed in writing.
    ComplaintSettled,
    /// The citizen chooses the formal hearing (a legitimate outcome).
    FormalHearing,
    /// The organisation's mistake is acknowledged and the decision will be corrected.
    DecisionCorrected,
    /// "Nu komt het niet uit": a callback at a set time was agreed.
    CallbackArranged,
    /// After a suicide signal: the citizen was handed over warmly (113, a colleague, a GP).
    SafetyHandover,
    /// The trainee rightly ended the call after a threat, having named the limit.
    EndedAfterThreat,
    /// No agreement: the call ends without a next step.
    Unresolved,
    /// The call escalated.
    Escalated,
    /// The citizen hung up.
    HungUp,
}

impl Outcome {
    /// Higher is better; used to rank outcomes, never mixed into skill scores. The formal
    /// hearing ranks with the informal routes: the citizen chooses the route.
    pub fn rank(self) -> u8 {
        match self {
            Outcome::InformalSolution
            | Outcome::WithdrawnInWriting
            | Outcome::ComplaintSettled
            | Outcome::FormalHearing
            | Outcome::DecisionCorrected
            | Outcome::CallbackArranged
            | Outcome::SafetyHandover
            | Outcome::EndedAfterThreat => GOOD_RANK,
            Outcome::Unresolved => 1,
            Outcome::Escalated | Outcome::HungUp => 0,
        }
    }

    /// A legitimate end of the call: an agreed route, formal or informal.
    pub fn is_good(self) -> bool {
        self.rank() >= GOOD_RANK
    }

    /// The citizen broke off the call.
    pub fn is_break(self) -> bool {
        matches!(self, Outcome::Escalated | Outcome::HungUp)
    }

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("outcome-{self:?}"))
    }
}

/// An end of the call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: String,
    pub outcome: Outcome,
    #[serde(default)]
    pub cue: Option<String>,
    /// The citizen's last words (variants).
    pub lines: Vec<String>,
}

impl Scenario {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn ending(&self, id: &str) -> Option<&Ending> {
        self.endings.iter().find(|e| e.id == id)
    }
}
