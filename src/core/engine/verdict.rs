//! The citizen's own verdict on the call: heard, respected, got an explanation, trusts us.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::core::format::technique::Technique;
use crate::core::i18n::{self, Lang};

/// Anger below this at the end means the citizen felt heard (with listening techniques used).
pub const HEARD_ANGER_BELOW: u8 = 50;
/// Or: anger fell at least this much during the call (a distrustful citizen who calmed down).
pub const HEARD_DROP: u8 = 20;
/// Trust at or above this at the end means the citizen trusts the organisation again.
pub const TRUST_AT_LEAST: u8 = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub heard: bool,
    pub respected: bool,
    pub explained: bool,
    pub trusts: bool,
}

impl Verdict {
    pub fn judge(s: &Session) -> Verdict {
        use Technique::*;
        let listened = [
            ActiveListening,
            Summarising,
            Paraphrasing,
            ReflectingFeelings,
            Silence,
        ]
        .iter()
        .any(|t| s.techniques().contains(t));
        let disrespect = [Judging, CalmDown, Interrupting]
            .iter()
            .any(|t| s.techniques().contains(t));
        // A wrong statement or a promise undermines the explanation and the trust built on it.
        let misinformed = !s.traps().is_empty() || s.techniques().contains(&Promising);
        Verdict {
            heard: listened
                && (s.mood().anger < HEARD_ANGER_BELOW
                    || s.mood().anger + HEARD_DROP <= s.start_mood().anger),
            respected: !disrespect,
            explained: s.explained() && !misinformed,
            trusts: s.mood().trust >= TRUST_AT_LEAST && !misinformed,
        }
    }

    /// The verdict in the citizen's words (in the current language), one line per aspect.
    pub fn lines_nl(&self) -> [(&'static str, bool); 4] {
        let [heard, respected, explained, trusts] = &verdict_texts()[i18n::current() as usize];
        [
            (heard.as_str(), self.heard),
            (respected.as_str(), self.respected),
            (explained.as_str(), self.explained),
            (trusts.as_str(), self.trusts),
        ]
    }
}

/// The four verdict lines in each language (index: `Lang as usize`), built once.
fn verdict_texts() -> &'static [[String; 4]; 2] {
    static TEXTS: OnceLock<[[String; 4]; 2]> = OnceLock::new();
    TEXTS.get_or_init(|| {
        Lang::ALL.map(|lang| {
            [
                "core-verdict-heard",
                "core-verdict-respected",
                "core-verdict-explained",
                "core-verdict-trusts",
            ]
            .map(|key| i18n::tr_in(lang, key, None))
        })
    })
}
