//! What makes a call hard beyond its domain: the situations an author declares, the emotion
//! the citizen's first meter measures, and the evidence the validator asks for each situation.

use serde::{Deserialize, Serialize};

use super::scenario::{Flag, Outcome, Scenario};
use super::technique::{LegalTrap, Technique};
use crate::core::format::quality::Quality;

/// The emotion behind the citizen's first number. The engine treats the number the same way
/// for every emotion (tension: acknowledged, it drops; met with content too early, it rises);
/// the emotion names it on the meter and in the debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub enum Emotion {
    /// Anger: the default, and every file written before this field.
    #[default]
    Boos,
    /// Grief or tears: the citizen is overwhelmed rather than angry.
    Verdrietig,
    /// Fear or panic.
    Angstig,
}

impl Emotion {
    /// The name of the first meter.
    pub fn meter(self) -> String {
        crate::core::i18n::tr(&format!("emotion-{self:?}"))
    }
}

/// A situation trainers want practised; an author declares it in `situations:` and the
/// validator checks the scenario really contains it (`evidence`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Situation {
    /// The citizen herself wants to withdraw; it is checked and arranged in writing.
    Intrekken,
    /// The organisation made the mistake; the decision is corrected.
    EigenFout,
    /// The call should go formal: the hearing is the right outcome.
    Formeel,
    /// A crying or grieving citizen.
    Verdriet,
    /// "Ja ja, prima": agreement that only teach-back exposes.
    Schijninstemming,
    /// Distrust that does not melt in one call.
    Wantrouwen,
    /// Low literacy or a mild intellectual disability.
    LaagGeletterd,
    /// A language barrier, with a telephone interpreter.
    Tolk,
    /// A suicide signal.
    Suicidesignaal,
    /// A threat of violence.
    Dreiging,
    /// Calling before a decision (an application).
    VoorBesluit,
    /// "Nu komt het niet uit": a callback is arranged.
    Terugbellen,
    /// The citizen records the call.
    Opname,
}

impl Situation {
    pub const ALL: [Situation; 13] = [
        Situation::Intrekken,
        Situation::EigenFout,
        Situation::Formeel,
        Situation::Verdriet,
        Situation::Schijninstemming,
        Situation::Wantrouwen,
        Situation::LaagGeletterd,
        Situation::Tolk,
        Situation::Suicidesignaal,
        Situation::Dreiging,
        Situation::VoorBesluit,
        Situation::Terugbellen,
        Situation::Opname,
    ];

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("situation-{self:?}"))
    }

    /// What the scenario must contain to carry this situation; `Err` names what is missing.
    pub fn evidence(self, s: &Scenario) -> Result<(), &'static str> {
        let ok = |b: bool, missing: &'static str| if b { Ok(()) } else { Err(missing) };
        match self {
            Situation::Intrekken => ok(
                has_outcome(s, Outcome::WithdrawnInWriting)
                    && (has_trap(s, LegalTrap::OralWithdrawalAccepted)
                        || has_trap(s, LegalTrap::WithdrawalPushed)),
                crate::core::i18n::tr_static("validator-evidence-intrekken"),
            ),
            Situation::EigenFout => ok(
                has_outcome(s, Outcome::DecisionCorrected),
                crate::core::i18n::tr_static("validator-evidence-eigen-fout"),
            ),
            Situation::Formeel => ok(
                has_outcome(s, Outcome::FormalHearing) && has_trap(s, LegalTrap::HearingDenied),
                crate::core::i18n::tr_static("validator-evidence-formeel"),
            ),
            Situation::Verdriet => ok(
                s.citizen.emotion == Emotion::Verdrietig,
                crate::core::i18n::tr_static("validator-evidence-verdriet"),
            ),
            Situation::Schijninstemming => ok(
                s.nodes.iter().flat_map(|n| &n.responses).any(|r| {
                    r.tags.contains(&Technique::CheckingUnderstanding)
                        && r.flags.iter().any(|f| matches!(f, Flag::Uncovers(_)))
                }),
                crate::core::i18n::tr_static("validator-evidence-schijninstemming"),
            ),
            Situation::Wantrouwen => ok(
                s.citizen.trust <= 25 && s.citizen.variants.iter().all(|v| v.trust <= 25),
                crate::core::i18n::tr_static("validator-evidence-wantrouwen"),
            ),
            Situation::LaagGeletterd => ok(
                best_with(s, Technique::CheckingUnderstanding) >= 2,
                crate::core::i18n::tr_static("validator-evidence-laag-geletterd"),
            ),
            Situation::Tolk => ok(
                s.nodes.iter().flat_map(|n| &n.responses).any(|r| {
                    r.quality == Some(Quality::Best) && r.text.to_lowercase().contains("tolk")
                }),
                crate::core::i18n::tr_static("validator-evidence-tolk"),
            ),
            Situation::Suicidesignaal => ok(
                has_outcome(s, Outcome::SafetyHandover)
                    && has_trap(s, LegalTrap::SafetySignalMissed)
                    && !s.after_call.is_empty(),
                crate::core::i18n::tr_static("validator-evidence-suicidesignaal"),
            ),
            Situation::Dreiging => ok(
                has_outcome(s, Outcome::EndedAfterThreat) && !s.after_call.is_empty(),
                crate::core::i18n::tr_static("validator-evidence-dreiging"),
            ),
            Situation::VoorBesluit => ok(
                s.case_type == super::scenario::CaseType::Aanvraag,
                crate::core::i18n::tr_static("validator-evidence-voor-besluit"),
            ),
            Situation::Terugbellen => ok(
                has_outcome(s, Outcome::CallbackArranged),
                crate::core::i18n::tr_static("validator-evidence-terugbellen"),
            ),
            Situation::Opname => ok(
                has_trap(s, LegalTrap::RecordingForbidden),
                crate::core::i18n::tr_static("validator-evidence-opname"),
            ),
        }
    }
}

fn has_outcome(s: &Scenario, o: Outcome) -> bool {
    s.endings.iter().any(|e| e.outcome == o)
}

fn has_trap(s: &Scenario, t: LegalTrap) -> bool {
    s.nodes
        .iter()
        .flat_map(|n| &n.responses)
        .any(|r| r.flags.contains(&Flag::Trap(t)))
}

fn best_with(s: &Scenario, t: Technique) -> usize {
    s.nodes
        .iter()
        .flat_map(|n| &n.responses)
        .filter(|r| r.quality == Some(Quality::Best) && r.tags.contains(&t))
        .count()
}
