//! The fixed vocabulary of the format: call phases, techniques, skills and legal traps.

use serde::{Deserialize, Serialize};

/// The phases of the call guide (belwijzer), in call order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    Opening,
    Verhaal,
    Samenvatten,
    Doorvragen,
    Uitleggen,
    Oplossingen,
    Afspraken,
    Afsluiten,
}

impl Phase {
    pub const ALL: [Phase; 8] = [
        Phase::Opening,
        Phase::Verhaal,
        Phase::Samenvatten,
        Phase::Doorvragen,
        Phase::Uitleggen,
        Phase::Oplossingen,
        Phase::Afspraken,
        Phase::Afsluiten,
    ];

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("phase-{self:?}"))
    }
}

/// The skills a call is scored on. The outcome is scored separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Skill {
    Luisteren,
    Samenvatten,
    Doorvragen,
    Empathie,
    Uitleggen,
    Oplossingsgericht,
    Afspraken,
    Juridisch,
}

impl Skill {
    pub const ALL: [Skill; 8] = [
        Skill::Luisteren,
        Skill::Samenvatten,
        Skill::Doorvragen,
        Skill::Empathie,
        Skill::Uitleggen,
        Skill::Oplossingsgericht,
        Skill::Afspraken,
        Skill::Juridisch,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("skill-{self:?}"))
    }
}

/// How a technique works on an escalated citizen (see `citizen.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Works at any moment, best while the emotion is high.
    Calming,
    /// Questions about content: wait until the emotion has been acknowledged.
    Question,
    /// Explaining and solving: only once the citizen has calmed down.
    Content,
    /// Oil on the fire.
    Escalating,
}

/// Technique tags on a response (fixed vocabulary; unknown tags are a parse error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Technique {
    ActiveListening,
    Paraphrasing,
    Summarising,
    ReflectingFeelings,
    OpenQuestion,
    Probing,
    Nivea,
    Acknowledging,
    ExplainingNeutrally,
    SeparatingPersonProblem,
    ExploringInterests,
    ProposingOptions,
    Agreements,
    CheckingUnderstanding,
    Silence,
    /// Naming a limit to threatening or abusive behaviour, calmly, with what follows.
    SettingLimits,
    /// Asking plainly about safety ("Denkt u erover om een einde aan uw leven te maken?").
    AskingAboutSafety,
    Defending,
    Lecturing,
    CalmDown,
    Interrupting,
    Promising,
    Judging,
    FillingIn,
    PushingWithdrawal,
    SolvingTooEarly,
}

impl Technique {
    pub fn kind(self) -> Kind {
        use Technique::*;
        match self {
            ActiveListening
            | Paraphrasing
            | Summarising
            | ReflectingFeelings
            | Acknowledging
            | SeparatingPersonProblem
            | Silence
            | SettingLimits
            | AskingAboutSafety => Kind::Calming,
            OpenQuestion | Probing | Nivea | ExploringInterests | CheckingUnderstanding => {
                Kind::Question
            }
            ExplainingNeutrally | ProposingOptions | Agreements => Kind::Content,
            Defending | Lecturing | CalmDown | Interrupting | Promising | Judging | FillingIn
            | PushingWithdrawal | SolvingTooEarly => Kind::Escalating,
        }
    }

    /// Acknowledging the emotion first lets the citizen hear content later.
    pub fn acknowledges(self) -> bool {
        matches!(
            self,
            Technique::Acknowledging | Technique::ReflectingFeelings | Technique::Summarising
        )
    }

    /// Default skill points for using this technique (counted once per response).
    pub fn skill_points(self) -> &'static [(Skill, i32)] {
        use Skill as S;
        use Technique::*;
        match self {
            ActiveListening => &[(S::Luisteren, 2)],
            Silence => &[(S::Luisteren, 2)],
            Paraphrasing => &[(S::Samenvatten, 1), (S::Luisteren, 1)],
            Summarising => &[(S::Samenvatten, 2)],
            CheckingUnderstanding => &[(S::Samenvatten, 1), (S::Afspraken, 1)],
            OpenQuestion => &[(S::Doorvragen, 2)],
            Probing => &[(S::Doorvragen, 2)],
            Nivea => &[(S::Doorvragen, 2)],
            ExploringInterests => &[(S::Doorvragen, 1), (S::Oplossingsgericht, 1)],
            ReflectingFeelings => &[(S::Empathie, 2)],
            Acknowledging => &[(S::Empathie, 2)],
            SeparatingPersonProblem => &[(S::Empathie, 1)],
            ExplainingNeutrally => &[(S::Uitleggen, 2)],
            ProposingOptions => &[(S::Oplossingsgericht, 2)],
            Agreements => &[(S::Afspraken, 2)],
            SettingLimits => &[(S::Empathie, 1), (S::Afspraken, 1)],
            AskingAboutSafety => &[(S::Doorvragen, 1), (S::Empathie, 1)],
            Defending => &[(S::Empathie, -3)],
            Lecturing => &[(S::Uitleggen, -3)],
            CalmDown => &[(S::Empathie, -3)],
            Interrupting => &[(S::Luisteren, -3)],
            Promising => &[(S::Juridisch, -2), (S::Oplossingsgericht, -1)],
            Judging => &[(S::Empathie, -3)],
            FillingIn => &[(S::Doorvragen, -2)],
            PushingWithdrawal => &[(S::Juridisch, -3)],
            SolvingTooEarly => &[(S::Oplossingsgericht, -2), (S::Luisteren, -1)],
        }
    }

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("technique-{self:?}"))
    }
}

/// Legal traps (Awb) a response can fall into; each becomes a finding in the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LegalTrap {
    WithdrawalPushed,
    OralWithdrawalAccepted,
    OutcomePromised,
    ThirdPartyIgnored,
    DeadlineMissed,
    SuspensionMisstated,
    PrivacyBreach,
    HearingDenied,
    NotConfirmedInWriting,
    /// Misstated who may object or what counts as an objection (1:2, 2:1, 6:5 Awb).
    ObjectionMisstated,
    /// A suicide signal or a threat not followed up as the safety protocol asks.
    SafetySignalMissed,
    /// Told the citizen that recording the call is not allowed (a participant may record).
    RecordingForbidden,
}

impl LegalTrap {
    pub const ALL: [LegalTrap; 12] = [
        LegalTrap::WithdrawalPushed,
        LegalTrap::OralWithdrawalAccepted,
        LegalTrap::OutcomePromised,
        LegalTrap::ThirdPartyIgnored,
        LegalTrap::DeadlineMissed,
        LegalTrap::SuspensionMisstated,
        LegalTrap::PrivacyBreach,
        LegalTrap::HearingDenied,
        LegalTrap::NotConfirmedInWriting,
        LegalTrap::ObjectionMisstated,
        LegalTrap::SafetySignalMissed,
        LegalTrap::RecordingForbidden,
    ];

    pub fn label(self) -> String {
        crate::core::i18n::tr(&format!("trap-{self:?}"))
    }
}

impl LegalTrap {
    /// The default epilogue: what follows after the call when the trainee fell into this trap.
    pub fn epilogue(self) -> String {
        crate::core::i18n::tr(&format!("trap-epilogue-{self:?}"))
    }
}
