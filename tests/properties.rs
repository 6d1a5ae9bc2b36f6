//! The scoring properties, over every shipped scenario and over generated ones:
//! a clean call scores 100%, one weaker answer scores below it however well the call recovers,
//! the analyzer's best path is a clean call, and no call scores above 100% (on the raw value,
//! before rounding or clamping).

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::analysis::replay;
use gesprekstrainer::core::engine::session::{Mode, Session, Step, variant_for};
use gesprekstrainer::core::format::generate;
use gesprekstrainer::core::format::library;
use gesprekstrainer::core::format::scenario::Scenario;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Every shipped scenario, plus generated ones (random shapes and the benchmark generator).
fn scenarios() -> Vec<Scenario> {
    let mut all: Vec<Scenario> = library::load_dir(&library::source_dir())
        .into_iter()
        .map(|l| l.unwrap_or_else(|e| panic!("{e}")).scenario)
        .collect();
    assert!(all.len() >= 12);
    all.extend((0..40).map(|seed| generate::random(seed, 6 + (seed as usize % 10))));
    all.extend([5, 30].map(generate::synthetic));
    all
}

#[test]
fn a_clean_call_scores_exactly_100_percent() {
    for sc in scenarios() {
        let a = analyze(&sc);
        // Several answers may share "best": walk random clean calls, not only the analyzer's.
        for seed in 0..20u64 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut s = Session::start(&sc, seed, Mode::Test).unwrap();
            while !s.is_ended() {
                let best = s.best_choices(&sc);
                s.choose(&sc, best[rng.random_range(0..best.len())], None)
                    .unwrap();
            }
            let raw = s
                .finish(&sc, &a.reference_for(s.variant()), &[], &[])
                .score
                .raw;
            let good = s.outcome(&sc).is_some_and(|o| o.is_good());
            // A clean call that ends badly is a validator warning; it may miss decisions.
            if good {
                assert_eq!(
                    raw, 100.0,
                    "{}: clean call (seed {seed}) scores {raw}",
                    sc.id
                );
            }
            assert!(
                s.turns().iter().all(|t| t.quality == t.best),
                "{}: a clean call has a turn below the best",
                sc.id
            );
        }
    }
}

#[test]
fn the_analyzers_best_path_is_a_clean_call_at_100_percent() {
    for sc in scenarios() {
        let a = analyze(&sc);
        let clean = a.clean_for(variant_for(&sc, 3));
        let s = replay::play(&sc, 3, &clean.path).unwrap();
        assert!(s.is_ended(), "{}: the best path does not end", sc.id);
        for t in s.turns() {
            assert_eq!(t.quality, t.best, "{}: best path turn at {}", sc.id, t.node);
        }
        assert_eq!(
            s.turns().len() as u32,
            clean.reference.decisions,
            "{}",
            sc.id
        );
        let raw = s
            .finish(&sc, &a.reference_for(s.variant()), &[], &[])
            .score
            .raw;
        if s.outcome(&sc).is_some_and(|o| o.is_good()) {
            assert_eq!(raw, 100.0, "{}", sc.id);
        }
    }
}

#[test]
fn one_weaker_answer_scores_below_the_clean_call_however_well_it_recovers() {
    let mut checked = 0;
    for sc in scenarios() {
        let a = analyze(&sc);
        let clean = replay::play(&sc, 1, &a.clean_for(variant_for(&sc, 1)).path)
            .unwrap()
            .finish(&sc, &a.reference_for(variant_for(&sc, 1)), &[], &[])
            .score
            .raw;
        for r in replay::recoveries(&sc, &a, 1).unwrap() {
            checked += 1;
            assert!(
                r.raw < 100.0 && r.raw < clean,
                "{}: one mistake then recovery ({:?}) scores {} against clean {clean}",
                sc.id,
                r.choices,
                r.raw
            );
        }
    }
    assert!(checked > 100, "only {checked} mistake-and-recovery calls");
}

#[test]
fn no_random_walk_scores_above_100_percent_before_rounding() {
    for sc in scenarios() {
        let a = analyze(&sc);
        for seed in 0..300u64 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut s = Session::start(&sc, seed, Mode::Test).unwrap();
            while let Ok(Step::Line { choices, .. }) = s.step(&sc) {
                let id = choices[rng.random_range(0..choices.len())].id;
                s.choose(&sc, id, None).unwrap();
            }
            let score = s.finish(&sc, &a.reference_for(s.variant()), &[], &[]).score;
            assert!(
                score.raw <= 100.0,
                "{}: seed {seed} scores {} before clamping",
                sc.id,
                score.raw
            );
            for k in &score.skills {
                assert!(
                    k.points <= k.best,
                    "{}: {:?} above its best",
                    sc.id,
                    k.skill
                );
            }
        }
    }
}

/// A single escalating answer does not end the call unless the author marked it (`ends_call`);
/// a second one at high anger can.
#[test]
fn one_escalating_answer_never_ends_a_shipped_call_by_itself() {
    for l in library::load_dir(&library::source_dir()) {
        let sc = l.unwrap().scenario;
        for seed in 0..500u64 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut s = Session::start(&sc, seed, Mode::Test).unwrap();
            while let Ok(Step::Line { choices, .. }) = s.step(&sc) {
                let id = choices[rng.random_range(0..choices.len())].id;
                s.choose(&sc, id, None).unwrap();
            }
            if !s.outcome(&sc).is_some_and(|o| o.is_break()) {
                continue;
            }
            let turns = s.turns();
            let last = turns.last().unwrap();
            let marked = sc
                .node(&last.node)
                .and_then(|n| n.responses[last.choice].ends_call.as_ref())
                .is_some();
            // Escalating answers before the last one, as the engine counted them.
            let earlier = turns
                .len()
                .checked_sub(2)
                .map_or(0, |k| turns[k].mood_after.escalations);
            assert!(
                marked || earlier >= 1,
                "{}: seed {seed} hung up after one escalating answer at {}",
                sc.id,
                last.node
            );
        }
    }
}
