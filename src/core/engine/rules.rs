//! One transition function for the session and the analyzer: judge the answer against the best
//! one available, move the citizen, record flags, and find where the call goes next.
//!
//! The moment adjusts the author's quality mark (`format::quality`): an answer given at the
//! wrong moment (content or a content question while the emotion is still high) drops a level,
//! and an answer already given earlier in the call is at most `Weak`.

use crate::core::format::condition::StateView;
use crate::core::format::quality::{self, Quality};
use crate::core::format::scenario::{Next, Node, Response, Scenario};
use crate::core::format::technique::Skill;

use super::citizen::{Mood, Reaction};

/// What the rules need from a call state, whoever keeps it (the session or the analyzer).
pub trait CallState: StateView {
    fn mood(&self) -> Mood;
    fn set_mood(&mut self, mood: Mood);
    /// Was response `ri` of node `n` (indices in the scenario) chosen before in this call?
    fn chose_before(&self, n: usize, ri: usize) -> bool;
    /// Records the choice: its flags, the visit, and that it was used.
    fn record(&mut self, n: usize, ri: usize, response: &Response, reaction: &Reaction);
}

/// How one answer lands at this moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    pub reaction: Reaction,
    pub quality: Quality,
}

/// Judges an answer at this moment: the citizen's reaction and the answer's quality now.
pub fn judge(mood: &Mood, response: &Response, repeated: bool) -> Judged {
    let reaction = mood.react(&response.tags, response.effect);
    let mut quality = quality::marked(response);
    if reaction.mistimed() {
        quality = quality.down();
    }
    if repeated {
        quality = quality.min(Quality::Weak);
    }
    Judged { reaction, quality }
}

/// One decision: the chosen answer against the best one available at that moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub choice: usize,
    pub quality: Quality,
    pub reaction: Reaction,
    /// The best quality any answer had at this moment, and the first answer that had it.
    pub best: Quality,
    pub best_choice: usize,
    /// The skills this moment asked for: those of the best answer, and legal care where a
    /// trap was on offer.
    pub skills: [bool; 8],
}

impl Decision {
    /// Credit lost against the best available answer (0 for a best answer).
    pub fn loss(&self) -> u8 {
        self.best.credit().saturating_sub(self.quality.credit())
    }
}

/// Every answer of a node judged at this moment.
pub fn judge_all(state: &dyn CallState, n: usize, node: &Node) -> Vec<Judged> {
    let mood = state.mood();
    node.responses
        .iter()
        .enumerate()
        .map(|(ri, r)| judge(&mood, r, state.chose_before(n, ri)))
        .collect()
}

/// The decision of choosing `choice` at node `n` in this state (nothing changes yet).
pub fn decide(state: &dyn CallState, n: usize, node: &Node, choice: usize) -> Option<Decision> {
    let judged = judge_all(state, n, node);
    let chosen = *judged.get(choice)?;
    let best = judged.iter().map(|j| j.quality).max()?;
    let best_choice = judged.iter().position(|j| j.quality == best)?;
    let mut skills = quality::skills(&node.responses[best_choice]);
    if node.responses.iter().any(quality::has_trap) {
        skills[Skill::Juridisch.index()] = true;
    }
    Some(Decision {
        choice,
        quality: chosen.quality,
        reaction: chosen.reaction,
        best,
        best_choice,
        skills,
    })
}

/// The one transition: decide, move the citizen, record, and return the next node or ending id.
/// `None` when `choice` does not exist.
pub fn transition<'a, S: CallState>(
    scenario: &'a Scenario,
    state: &mut S,
    n: usize,
    choice: usize,
) -> Option<(Decision, &'a str)> {
    let node = scenario.nodes.get(n)?;
    let decision = decide(state, n, node, choice)?;
    let response = &node.responses[choice];
    let mood = state.mood().after(&response.tags, &decision.reaction);
    state.set_mood(mood);
    state.record(n, choice, response, &decision.reaction);
    let target = resolve_next(scenario, &response.next, state);
    Some((decision, target))
}

/// The target a response leads to, after branches and the escalation rule. The rule ends the
/// call only from the second escalating answer on (`Mood::may_break`).
pub fn resolve_next<'a, S: CallState>(
    scenario: &'a Scenario,
    next: &'a Next,
    state: &S,
) -> &'a str {
    if let Some(rule) = &scenario.escalation
        && state.anger() >= rule.anger_at_least
        && state.mood().may_break()
    {
        return &rule.goto;
    }
    match next {
        Next::Goto(t) => t,
        Next::Branch { cases, otherwise } => match pick_case(next, state) {
            Some(i) if i < cases.len() => &cases[i].goto,
            _ => otherwise,
        },
    }
}

/// Which way a branch goes in this state: the first case whose condition holds, or
/// `cases.len()` for `otherwise`; `None` for a plain `Goto`.
pub fn pick_case(next: &Next, state: &dyn StateView) -> Option<usize> {
    match next {
        Next::Goto(_) => None,
        Next::Branch { cases, .. } => Some(
            cases
                .iter()
                .position(|c| c.when.holds(state))
                .unwrap_or(cases.len()),
        ),
    }
}

/// Has the call used up its turns when it lands on a node after `turns` turns?
pub fn turn_limit_reached(scenario: &Scenario, turns: usize) -> bool {
    turns as u64 >= u64::from(scenario.max_turns)
}
