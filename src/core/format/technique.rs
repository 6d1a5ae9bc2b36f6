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

    pub fn label_nl(self) -> &'static str {
        match self {
            Phase::Opening => "Opening",
            Phase::Verhaal => "De burger vertelt",
            Phase::Samenvatten => "Samenvatten",
            Phase::Doorvragen => "Doorvragen naar belangen",
            Phase::Uitleggen => "Uitleggen",
            Phase::Oplossingen => "Oplossingen verkennen",
            Phase::Afspraken => "Afspraken maken",
            Phase::Afsluiten => "Afsluiten",
        }
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

    pub fn label_nl(self) -> &'static str {
        match self {
            Skill::Luisteren => "Luisteren",
            Skill::Samenvatten => "Samenvatten",
            Skill::Doorvragen => "Doorvragen",
            Skill::Empathie => "Empathie en erkennen",
            Skill::Uitleggen => "Uitleggen",
            Skill::Oplossingsgericht => "Oplossingsgericht",
            Skill::Afspraken => "Afspraken en afronden",
            Skill::Juridisch => "Juridisch zorgvuldig",
        }
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

    pub fn label_nl(self) -> &'static str {
        use Technique::*;
        match self {
            ActiveListening => "actief luisteren",
            Paraphrasing => "parafraseren",
            Summarising => "samenvatten",
            ReflectingFeelings => "gevoelsreflectie",
            OpenQuestion => "open vraag",
            Probing => "doorvragen",
            Nivea => "NIVEA (niet invullen voor een ander)",
            Acknowledging => "erkennen",
            ExplainingNeutrally => "neutraal uitleggen",
            SeparatingPersonProblem => "mens en probleem scheiden",
            ExploringInterests => "belangen verkennen",
            ProposingOptions => "opties voorstellen",
            Agreements => "concrete afspraken",
            CheckingUnderstanding => "begrip checken",
            Silence => "stilte laten vallen",
            SettingLimits => "grens stellen",
            AskingAboutSafety => "direct naar veiligheid vragen",
            Defending => "verdedigen",
            Lecturing => "betuttelen of jargon",
            CalmDown => "'rustig aan' zeggen",
            Interrupting => "onderbreken",
            Promising => "beloven",
            Judging => "oordelen",
            FillingIn => "invullen voor de burger",
            PushingWithdrawal => "aansturen op intrekken",
            SolvingTooEarly => "te vroeg oplossen",
        }
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

    pub fn label_nl(self) -> &'static str {
        use LegalTrap::*;
        match self {
            WithdrawalPushed => {
                "Aangestuurd op intrekken: het initiatief moet van de burger komen. Een bezwaar trekt de burger schriftelijk in (art. 6:21 Awb); wie een zienswijze intrekt, kan later vaak niet in beroep (art. 6:13 Awb)."
            }
            OralWithdrawalAccepted => {
                "'Laat maar zitten' als intrekking opgevat: een telefoongesprek is geen hoorzitting, intrekken moet schriftelijk (art. 6:21 Awb)."
            }
            OutcomePromised => {
                "Een uitkomst beloofd die niet aan u is: geen toezeggingen die de wet of de vakafdeling niet toelaat."
            }
            ThirdPartyIgnored => {
                "Rechten van een derde belanghebbende weggegeven of genegeerd: die kunt u aan de telefoon niet wegruilen."
            }
            DeadlineMissed => {
                "Termijn genegeerd: informeel overleg stopt de beslistermijn niet (art. 7:10 Awb; bij de WOZ art. 30 lid 9 Wet WOZ); uitstel kan alleen met instemming van de burger en wordt schriftelijk bevestigd."
            }
            SuspensionMisstated => {
                "Ten onrechte gezegd dat het bezwaar het besluit opschort: dat doet het niet (art. 6:16 Awb)."
            }
            PrivacyBreach => {
                "Privacy: gegevens gedeeld of gevraagd zonder noodzaak of zonder machtiging (AVG)."
            }
            SafetySignalMissed => {
                "Veiligheidssignaal niet opgevolgd: vraag bij een suïcidesignaal direct door, blijf aan de lijn, noem 113 en draag warm over; stel bij een bedreiging een grens, leg het vast en meld het."
            }
            RecordingForbidden => {
                "Ten onrechte gezegd dat de burger het gesprek niet mag opnemen: wie deelneemt aan een gesprek, mag het opnemen. Dat is geen reden om te stoppen."
            }
            NotConfirmedInWriting => {
                "Afgerond zonder na te gaan of de burger tevreden is: pas dan vervalt de formele klachtbehandeling (art. 9:5 Awb). De afspraak schriftelijk bevestigen is goede praktijk."
            }
            HearingDenied => {
                "Het recht om gehoord te worden weggepraat: wie bezwaar maakt, mag gehoord worden (art. 7:2 Awb; bij belastingen op verzoek, art. 25 AWR)."
            }
            ObjectionMisstated => {
                "Verkeerd gezegd wie bezwaar mag maken of wat als bezwaar telt: alleen een belanghebbende of diens gemachtigde, en een brief binnen de termijn kan een bezwaar zijn (art. 1:2, 2:1 en 6:5 Awb)."
            }
        }
    }
}

impl LegalTrap {
    /// The default epilogue: what follows after the call when the trainee fell into this trap.
    pub fn epilogue_nl(self) -> &'static str {
        use LegalTrap::*;
        match self {
            WithdrawalPushed => {
                "Een week later belt de burger boos terug: hij voelde zich onder druk gezet om in te trekken en dient een klacht in."
            }
            OralWithdrawalAccepted => {
                "Het bezwaar wordt als ingetrokken afgeboekt, maar er ligt geen schriftelijke intrekking; de burger hoort pas na de termijn dat zijn bezwaar niet meer loopt."
            }
            OutcomePromised => {
                "De vakafdeling kan de toezegging niet waarmaken; de burger krijgt alsnog een afwijzing en voelt zich voorgelogen."
            }
            ThirdPartyIgnored => {
                "De derde belanghebbende hoort van de afspraak en maakt zelf bezwaar; de oplossing houdt geen stand."
            }
            DeadlineMissed => {
                "De beslistermijn verstrijkt zonder besluit of afspraak over uitstel; de burger stuurt een ingebrekestelling."
            }
            SuspensionMisstated => {
                "Het besluit blijft gewoon gelden; de burger rekende erop dat alles stil lag en wordt verrast."
            }
            PrivacyBreach => {
                "De betrokkene ontdekt dat zijn gegevens zijn gedeeld en dient een klacht in bij de functionaris gegevensbescherming."
            }
            HearingDenied => {
                "De burger ontdekt dat hij recht had op een hoorzitting en maakt alsnog bezwaar tegen de gang van zaken."
            }
            ObjectionMisstated => {
                "Het bezwaar komt van de verkeerde persoon of wordt niet als bezwaar herkend; het wordt niet-ontvankelijk of raakt zoek, en de termijn verstrijkt."
            }
            SafetySignalMissed => {
                "Het signaal is niet doorgegeven; niemand weet of de burger veilig is, en er is niets vastgelegd om op terug te vallen."
            }
            RecordingForbidden => {
                "De burger zet de opname toch door en deelt later het fragment waarin u zegt dat opnemen niet mag; het vertrouwen is verder weg."
            }
            NotConfirmedInWriting => {
                "Weken later blijkt dat de burger iets anders onthield dan wat afgesproken was; niemand kan terugvinden wat er is gezegd."
            }
        }
    }
}
