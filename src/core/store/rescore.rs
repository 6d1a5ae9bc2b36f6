//! Attempts saved by an earlier scoring method: re-scored where the scenario still matches (same
//! id, version and text), otherwise kept with their old score, which `Score::is_legacy` marks.

use crate::core::analysis::analyze::Analysis;
use crate::core::format::load::Loaded;

use super::progress::{Attempt, content_hash};

/// Re-scores the legacy attempts whose scenario is among `scenarios` unchanged; returns how many.
pub fn rescore(attempts: &mut [Attempt], scenarios: &[(Loaded, Analysis)]) -> usize {
    let mut done = 0;
    for a in attempts.iter_mut().filter(|a| a.result.score.is_legacy()) {
        let Some((l, analysis)) = scenarios.iter().find(|(l, _)| {
            l.scenario.id == a.scenario_id
                && l.scenario.version == a.scenario_version
                && content_hash(&l.source) == a.content_hash
        }) else {
            continue;
        };
        let Ok(session) = a.session.replay(&l.scenario) else {
            continue;
        };
        a.result = session.finish(
            &l.scenario,
            &analysis.reference_for(session.variant()),
            &a.prep,
            &a.after,
        );
        a.session = session;
        done += 1;
    }
    done
}

/// Every playable scenario (built in, own, imported) with its analysis: what re-scoring
/// compares against.
pub fn known_scenarios(store: &super::storage::Store) -> Vec<(Loaded, Analysis)> {
    super::library::loaded(store)
        .into_iter()
        .map(|(l, _)| {
            let a = crate::core::analysis::analyze::analyze(&l.scenario);
            (l, a)
        })
        .collect()
}
