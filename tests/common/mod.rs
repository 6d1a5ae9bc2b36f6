//! Helpers for the per-scenario test files (`tests/scenario_*.rs`): load a shipped scenario,
//! play scripted choices, score, walk randomly. Choices are 0-based indices in file order.

#![allow(dead_code)]

use std::collections::BTreeSet;

use gesprekstrainer::core::analysis::analyze::{Analysis, analyze};
use gesprekstrainer::core::analysis::replay;
use gesprekstrainer::core::engine::result::CallResult;
use gesprekstrainer::core::engine::scoring::{correct_answers, correct_prep};
use gesprekstrainer::core::engine::session::{Mode, Session, Step, variant_for};
use gesprekstrainer::core::format::library;
use gesprekstrainer::core::format::load::{Loaded, load_file};
use gesprekstrainer::core::format::scenario::Outcome;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A shipped scenario by id (its file is `scenarios/ID.ron`), with its analysis.
pub fn load(id: &str) -> (Loaded, Analysis) {
    let path = library::source_dir().join(format!("{id}.ron"));
    let l = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(l.scenario.id, id);
    let a = analyze(&l.scenario);
    (l, a)
}

/// A seed whose call draws this citizen variant (`None`: the scenario has no variants).
pub fn seed_for(l: &Loaded, variant: Option<&str>) -> u64 {
    (0..10_000)
        .find(|&s| variant_for(&l.scenario, s) == variant)
        .unwrap_or_else(|| panic!("no seed draws variant {variant:?}"))
}

/// Plays these choices (0-based, file order) with this seed; stops when the call ends.
pub fn play(l: &Loaded, seed: u64, choices: &[usize]) -> Session {
    replay::play(&l.scenario, seed, choices).expect("the choices exist")
}

/// The result, with the correct preparation and after-call answers.
pub fn finish(l: &Loaded, a: &Analysis, s: &Session) -> CallResult {
    s.finish(
        &l.scenario,
        &a.reference_for(s.variant()),
        &correct_prep(&l.scenario),
        &correct_answers(&l.scenario.after_call),
    )
}

/// The result with the correct preparation answers and these after-call answers (0-based
/// option per question of `after_call`, in file order).
pub fn finish_with(l: &Loaded, a: &Analysis, s: &Session, after: &[Option<usize>]) -> CallResult {
    s.finish(
        &l.scenario,
        &a.reference_for(s.variant()),
        &correct_prep(&l.scenario),
        after,
    )
}

/// The reference clean call of the variant this seed draws.
pub fn clean(l: &Loaded, a: &Analysis, seed: u64) -> Session {
    let path = &a.clean_for(variant_for(&l.scenario, seed)).path;
    play(l, seed, path)
}

/// The findings as `Debug` names, e.g. `["OutcomePromised"]`.
pub fn findings(r: &CallResult) -> Vec<String> {
    r.findings.iter().map(|f| format!("{f:?}")).collect()
}

/// Outcomes of `n` seeded random walks; each walk must end within the turn limit.
pub fn random_walks(l: &Loaded, n: u64) -> BTreeSet<Outcome> {
    let sc = &l.scenario;
    let mut outcomes = BTreeSet::new();
    for seed in 0..n {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut s = Session::start(sc, seed, Mode::Test).unwrap();
        let mut turns = 0;
        while let Ok(Step::Line { choices, .. }) = s.step(sc) {
            let id = choices[rng.random_range(0..choices.len())].id;
            s.choose(sc, id, None).unwrap();
            turns += 1;
            assert!(turns <= sc.max_turns, "{}: seed {seed} runs on", sc.id);
        }
        outcomes.insert(s.outcome(sc).unwrap());
    }
    outcomes
}

/// The nodes a call passed, in order.
pub fn nodes(s: &Session) -> Vec<String> {
    s.turns().iter().map(|t| t.node.clone()).collect()
}

/// Did the call pass this node?
pub fn visited(s: &Session, node: &str) -> bool {
    s.turns().iter().any(|t| t.node == node)
}

/// The ending a call reached (panics when it has not ended at an ending).
pub fn ending(s: &Session) -> String {
    match s.position() {
        gesprekstrainer::core::engine::session::Position::Ended(id) => id.clone(),
        other => panic!("not ended at an ending: {other:?}"),
    }
}

/// The (severity, message) lines the whole check (validator and analyzer) reports for a
/// scenario built in a test.
pub fn report(
    s: &gesprekstrainer::core::format::scenario::Scenario,
) -> Vec<(gesprekstrainer::core::format::validate::Severity, String)> {
    let text = ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::default()).unwrap();
    let loaded = gesprekstrainer::core::format::load::load_bytes(
        std::path::Path::new("test.ron"),
        text.as_bytes(),
    )
    .unwrap();
    gesprekstrainer::core::analysis::checks::check(&loaded)
        .0
        .into_iter()
        .map(|d| (d.severity, d.message))
        .collect()
}
