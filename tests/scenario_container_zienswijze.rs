//! Scripted calls through `scenarios/container-zienswijze.ron`: a mother's zienswijze against an
//! underground waste container in front of her window. Choices are 0-based indices in file order.
//!
//! Nodes, for reading the scripts:
//! opening, verhaal, [scherp], [speelveld], zorg, [geen_container], slaap, uitleg,
//! [speelveld_wens: only when her fear for her son was not uncovered], plekken,
//! (route A: straight to buren | route B: schouw, then buren),
//! [leegtijd: only when her need for sleep was uncovered], intrekken (the trap), afspraak, [vaag],
//! afsluiten.

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::Session;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "container-zienswijze";
const VARIANTS: [&str; 3] = ["nachtdienst", "strijdbaar", "bezorgd"];

/// Route A: team Afval investigates the spot at the blind wall of number 26.
const ROUTE_A: [usize; 11] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// Route B: a site visit (schouw) with team Afval instead.
const ROUTE_B: [usize; 12] = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];

fn visits(s: &Session, node: &str) -> bool {
    nodes(s).iter().any(|n| n == node)
}

#[test]
fn the_clean_call_ends_well_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert!(r.good_outcome(), "{v}: rests on a wrong statement");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, schouw) in [("A", &ROUTE_A[..], false), ("B", &ROUTE_B[..], true)] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert_eq!(visits(&s, "schouw"), schouw, "{v}/{name}");
            assert!(visits(&s, "intrekken"), "{v}/{name}");
        }
    }
}

#[test]
fn advising_her_to_withdraw_the_zienswijze_is_a_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Eerlijk gezegd zou dat wel handig zijn: we kijken toch naar die andere plek."
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["WithdrawalPushed"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(!r.good_outcome(), "{v}: the outcome rests on the trap");
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("6:13"), "{v}: {:?}", r.epilogue);
        assert!(r.score.raw < 100.0, "{v}");
    }
}

#[test]
fn saying_she_can_object_later_is_harmful_and_has_a_consequence() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bezorgd"));
    // At "uitleg": "dan kunt u altijd nog bezwaar maken". There is no objection after a
    // zienswijze (art. 7:1 lid 1 d Awb); the engine has no trap for it, so the answer is marked
    // Harmful and its consequence makes the outcome rest on a wrong statement.
    let s = play(&l, seed, &[0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert!(r.outcome.is_good());
    assert!(!r.good_outcome());
    assert!(r.score.raw < 100.0);
    assert!(r.epilogue[0].contains("bezwaar"), "{:?}", r.epilogue);
}

#[test]
fn promising_the_other_spot_is_two_findings() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised", "ThirdPartyIgnored"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn a_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Defending the procedure in "verhaal" provokes "scherp"; acknowledging there brings the
        // call back to the main line.
        let s = play(&l, seed, &[0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "scherp"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn a_premature_solution_backfires_and_can_be_recovered() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("nachtdienst"));
    // "Dan laat ik het speelveldje onderzoeken": that is where her children play.
    let s = play(&l, seed, &[0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "speelveld"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
}

#[test]
fn uncovering_her_fear_for_her_son_changes_the_solution() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bezorgd"));
    // Reflecting her fear at "zorg": she herself brings up the blind wall, no detour.
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("angst_kind"));
    assert!(!visits(&with, "speelveld_wens"));
    assert!(visits(&with, "plekken"));
    // Only summarising the facts: she asks for the playground (her position), and the trainee
    // has to probe there before the better spot comes up.
    let probed = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(visits(&probed, "speelveld_wens"));
    assert!(probed.uncovered().contains("angst_kind"));
    assert!(visits(&probed, "plekken"));
    let r = finish(&l, &a, &probed);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
    // Going along with the playground: the fear stays hidden and the blind wall never comes up.
    let without = play(&l, seed, &[0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("angst_kind"));
    assert!(!visits(&without, "plekken"));
    assert!(finish(&l, &a, &without).outcome.is_good());
}

#[test]
fn uncovering_her_need_for_sleep_adds_the_emptying_time() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("nachtdienst"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("nachtrust"));
    assert!(visits(&with, "leegtijd"));
    // A flat paraphrase at "slaap": her sleep is never named as her interest, and the question
    // of a later emptying time never comes up.
    let without = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("nachtrust"));
    assert!(!visits(&without, "leegtijd"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
}

#[test]
fn a_vague_agreement_can_end_without_one() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // Vague at "afspraak", hiding behind the procedure at "vaag": no agreement.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    assert!(s.is_ended());
    assert_eq!(finish(&l, &a, &s).outcome, Outcome::Unresolved);
    // Vague once, then the date after all: back to the closing and a good end.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(visits(&s, "vaag"));
    assert!(r.score.raw < 100.0);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // A lecture on the procedure in the opening, then "u hoeft niet meteen zo boos te worden".
    let s = play(&l, seed, &[2, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    let once = play(&l, seed, &[2]);
    assert!(!once.is_ended());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
