//! Scripted calls through `scenarios/wmo-dochter.ron`: the daughter (mantelzorger) of a mother
//! whose Wmo home help was cut. Choices are 0-based indices in file order.
//!
//! Node order of the answers, for reading the scripts:
//! opening, verhaal, [uitbarsting], niet_gevraagd, zorgtaken, [grens], verslag,
//! (route A: driegesprek, toestemming | route B: machtiging), bezwaar_zelf, opschorting,
//! oplossingen, [zinloos], [mantelzorg], afspraak, [geen_datum], afsluiten, [terugvertellen].

mod common;

use common::{clean, findings, finish, load, play, random_walks, seed_for};
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "wmo-dochter";
const VARIANTS: [&str; 3] = ["gehaast", "uitgeput", "strijdbaar"];

/// Route A: the mother joins on the speaker (three-way call) and consents.
const ROUTE_A: [usize; 15] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// Route B: a machtiging instead; the daughter's doubt ("zinloos") comes up later.
const ROUTE_B: [usize; 15] = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

fn nodes(s: &gesprekstrainer::core::engine::session::Session) -> Vec<String> {
    s.turns().iter().map(|t| t.node.clone()).collect()
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
        for (name, route, via) in [
            ("A", &ROUTE_A, "driegesprek"),
            ("B", &ROUTE_B, "machtiging"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(nodes(&s).iter().any(|n| n == via), "{v}/{name}");
            assert!(
                nodes(&s).iter().any(|n| n == "terugvertellen"),
                "{v}/{name}"
            );
        }
    }
}

#[test]
fn reading_out_the_report_is_a_privacy_breach() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gehaast"));
    // At "verslag" the trainee tells the daughter what the consulent wrote about her mother's
    // health, then plays well.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a breach");
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(r.epilogue[0].contains("klacht"), "{:?}", r.epilogue);
}

#[test]
fn giving_in_under_pressure_is_a_privacy_breach_too() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // Route B, but at "machtiging" the trainee gives in and shares the report.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn suspension_and_a_promise_are_two_findings_and_the_date_is_still_set() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("uitgeput"));
    // "Zolang het bezwaar loopt, houdt ze haar vier uur" and "dan krijgt ze haar vier uur
    // terug" — the promise path still sets the date before the informal ending.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised", "SuspensionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert_eq!(r.epilogue.len(), 2, "{:?}", r.epilogue);
    let promise = s
        .turns()
        .iter()
        .find(|t| t.node == "afspraak")
        .expect("afspraak");
    assert!(promise.response.contains("29 juni"), "{}", promise.response);
    assert!(nodes(&s).iter().any(|n| n == "afsluiten"));
}

#[test]
fn telling_the_daughter_she_can_object_herself_is_harmful_and_has_a_consequence() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // Standing (belanghebbende, art. 1:2 Awb) misstated: a legal finding, and the outcome
    // rests on a wrong statement.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert!(!r.passed());
    assert!(r.outcome.is_good());
    assert!(!r.good_outcome());
    assert!(r.score.raw < 100.0);
    assert!(r.epilogue[0].contains("machtiging"), "{:?}", r.epilogue);
}

#[test]
fn a_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A premature solution in "verhaal" provokes "uitbarsting"; acknowledging there brings
        // the call back to the main line.
        let s = play(&l, seed, &[0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(nodes(&s).iter().any(|n| n == "uitbarsting"), "{v}");
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
fn without_acknowledging_the_missed_carer_she_chooses_the_objection() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gehaast"));
    // "Dat had misschien anders gekund" instead of "U had bij dat gesprek betrokken moeten
    // worden": the rest goes well, but she wants it on paper and objects (a legitimate route).
    let s = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome());
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 90.0, "{}", r.score.raw);
}

#[test]
fn a_vague_agreement_can_end_without_one() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gehaast"));
    let to_afspraak = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    // Vague at "afspraak", vague again at "geen_datum": no agreement.
    let mut vague = to_afspraak.to_vec();
    vague.extend([2, 2]);
    let r = finish(&l, &a, &play(&l, seed, &vague));
    assert_eq!(r.outcome, Outcome::Unresolved);
    // Vague once, then the date after all: back to the closing and a good end.
    let mut recovered = to_afspraak.to_vec();
    recovered.extend([2, 0, 0, 0]);
    let s = play(&l, seed, &recovered);
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(nodes(&s).iter().any(|n| n == "geen_datum"));
    assert!(r.score.raw < 100.0);
}

#[test]
fn uncovering_the_overload_brings_support_for_the_carer() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gehaast"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("overbelast"));
    assert!(nodes(&with).iter().any(|n| n == "mantelzorg"));
    // A factual question at "zorgtaken" instead: the overload stays hidden, there is no
    // "grens" moment and no offer of support for her.
    let without = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("overbelast"));
    assert!(
        !nodes(&without)
            .iter()
            .any(|n| n == "mantelzorg" || n == "grens")
    );
    let r = finish(&l, &a, &without);
    assert!(r.outcome.is_good());
}

#[test]
fn uncovering_the_real_picture_spares_the_doubt() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("uitgeput"));
    // Route A uncovers "echt_beeld" in the three-way call: no "zinloos" later.
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("echt_beeld"));
    assert!(!nodes(&with).iter().any(|n| n == "zinloos"));
    // The same route with a polite but shallow answer at "toestemming": she doubts the new
    // conversation ("zinloos") and the trainee has to probe there.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(nodes(&without).iter().any(|n| n == "zinloos"));
    assert!(
        without.uncovered().contains("echt_beeld"),
        "probed at zinloos"
    );
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // Defending in the opening, then "u hoeft niet boos te worden".
    let s = play(&l, seed, &[3, 3]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    let once = play(&l, seed, &[3]);
    assert!(!once.is_ended());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
