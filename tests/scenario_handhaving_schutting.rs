//! Scripted calls through `scenarios/handhaving-schutting.ron`: meneer Brouwer, a last onder
//! dwangsom for his fence, and a threat against the neighbour who asked for enforcement.
//! Choices are 0-based indices in file order.
//!
//! Node order of the answers, for reading the scripts:
//! opening, verhaal, dreiging, [dreiging_scherp], waarom, inbraken, uitleg,
//! (veiligheid uncovered: veilig_opties → vergunning | verlagen; else: alleen_hoogte),
//! afspraak, [dreiging_terug | toezegging], buurman, afsluiten.

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::{Position, Session};
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "handhaving-schutting";
const VARIANTS: [&str; 3] = ["nachtdienst", "berekenend", "bezorgd"];

/// Route A: someone from vergunningen checks whether a permit stands a chance.
const ROUTE_A: [usize; 11] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// Route B: the fence goes down to 2 m, the wijkagent helps with prevention.
const ROUTE_B: [usize; 11] = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];

fn ended_at(s: &Session) -> Option<&str> {
    match s.position() {
        Position::Ended(id) => Some(id.as_str()),
        _ => None,
    }
}

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
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        // The limit was set at the threat, so the threat does not come back.
        assert!(!visits(&s, "dreiging_terug"), "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via) in [("A", &ROUTE_A, "vergunning"), ("B", &ROUTE_B, "verlagen")] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visits(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(r.turns >= 10, "{v}/{name}");
        }
    }
}

#[test]
fn giving_in_to_the_threat_is_a_trap_with_a_consequence() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("berekenend"));
    // "Ik zal kijken of we de last kunnen intrekken, als u de buurman met rust laat", then good
    // answers; at "toezegging" the trainee repeats the promise.
    let s = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    assert!(s.is_ended());
    assert!(visits(&s, "toezegging"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised", "ThirdPartyIgnored"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a promise");
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(r.epilogue[0].contains("dreigen werkt"), "{:?}", r.epilogue);
}

#[test]
fn taking_the_promise_back_ends_without_agreement_but_honestly() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("nachtdienst"));
    let s = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    // The promise was made and stays a finding; correcting it costs the informal ending.
    assert_eq!(findings(&r), ["OutcomePromised", "ThirdPartyIgnored"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
}

#[test]
fn saying_the_objection_suspends_the_order_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bezorgd"));
    // Safety not uncovered ("hoe is het nu in de straat?"), so he wants to object; the trainee
    // says he need not do anything while it runs.
    let s = play(&l, seed, &[0, 0, 0, 0, 2, 0, 2, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "alleen_hoogte"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert!(r.outcome.is_good());
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn too_absolute_about_enforcement_is_weak_but_not_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bezorgd"));
    // "Verlagen moet, daar valt niets meer aan te doen."
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty());
    assert!(r.outcome.is_good());
    assert!(r.score.raw < 100.0);
}

#[test]
fn a_hard_limit_with_aangifte_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // The limit with "aangifte" (acceptable, not wrong), he flares up, the trainee
        // reflects, and the call returns to the main line.
        let s = play(&l, seed, &[0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "dreiging_scherp"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn a_threat_let_pass_comes_back_and_can_still_be_named() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = play(&l, seed, &[0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "dreiging_terug"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn uncovering_safety_opens_the_solutions_otherwise_he_objects() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("nachtdienst"));
    let uncovered = play(&l, seed, &ROUTE_A);
    assert!(visits(&uncovered, "veilig_opties"));
    assert!(!visits(&uncovered, "alleen_hoogte"));
    // Not uncovered: "hoe is het nu in de straat?"; he digs in and chooses the objection, and
    // the trainee tells him honestly that it does not stop the order.
    let s = play(&l, seed, &[0, 0, 0, 0, 2, 0, 1, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "alleen_hoogte"));
    assert!(!visits(&s, "veilig_opties"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.findings.is_empty());
    // Asking after all at "alleen_hoogte" uncovers it late and leads to the solutions.
    let late = play(&l, seed, &[0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    assert!(visits(&late, "veilig_opties"));
    assert_eq!(finish(&l, &a, &late).outcome, Outcome::InformalSolution);
}

#[test]
fn uncovering_face_changes_the_ending() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("berekenend"));
    let s = play(&l, seed, &ROUTE_A);
    assert_eq!(s.turns().last().map(|t| t.node.as_str()), Some("afsluiten"));
    let with = finish(&l, &a, &s);
    // "Het gaat niet om winnen of verliezen": the feeling stays hidden.
    let t = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    let without = finish(&l, &a, &t);
    assert_eq!(with.outcome, Outcome::InformalSolution);
    assert_eq!(without.outcome, Outcome::InformalSolution);
    assert!(with.uncovered.iter().any(|i| i == "gezicht"));
    assert!(!without.uncovered.iter().any(|i| i == "gezicht"));
    assert_eq!(ended_at(&s), Some("opgelucht"));
    assert_eq!(ended_at(&t), Some("afgesproken"));
    assert!(without.score.raw < 100.0);
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
