//! Scripted calls through `scenarios/klacht-stadswinkel.ron`: a complaint about how a front-desk
//! employee treated mevrouw Verbeek. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, verhaal, [doorverteld], [verhaal_boos], gevoel,
//! belang, [belang_gemist], doop, uitleg, opties_reis, idkaart, [opties], medewerker, afspraken,
//! [geen_datum], klacht_route, [formeel_wens], afsluiten, [afsluiten_formeel], [escalatie],
//! [laatste_kans].

mod common;

use common::{clean, ending, findings, finish, load, nodes, play, random_walks, seed_for, visited};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "klacht-stadswinkel";
const VARIANTS: [&str; 3] = ["gekrenkt", "verdrietig", "kortaf"];

/// Route A: "hm-hm" and a summary at "gevoel"; the ID card solves the trip to Spain.
const ROUTE_A: [usize; 12] = [0; 12];
/// Route B: a silence at "verhaal" lets her tell more ("doorverteld"), summarised there.
const ROUTE_B: [usize; 12] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

#[test]
fn the_clean_call_ends_well_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::ComplaintSettled, "{v}");
        assert!(r.good_outcome(), "{v}: rests on a wrong statement");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert_eq!(ending(&s), "tevreden_reis", "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via) in [
            ("A", &ROUTE_A, "gevoel", "doorverteld"),
            ("B", &ROUTE_B, "doorverteld", "gevoel"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::ComplaintSettled, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(!visited(&s, not_via), "{v}/{name}: {:?}", nodes(&s));
            assert!(s.uncovered().contains("erkenning"), "{v}/{name}");
        }
    }
}

#[test]
fn closing_the_complaint_without_asking_is_the_9_5_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Everything goes well, but at "klacht_route" the trainee declares the complaint
        // settled (with a letter) without asking whether she is satisfied.
        let mut choices = vec![0; 10];
        choices.push(1);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}");
        assert_eq!(ending(&s), "afgesloten", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["NotConfirmedInWriting"], "{v}");
        assert_eq!(r.outcome, Outcome::Unresolved, "{v}");
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("tevreden"), "{:?}", r.epilogue);
    }
}

#[test]
fn naming_the_colleague_is_a_privacy_breach() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gekrenkt"));
    // At "medewerker" the trainee gives his first name from the name badge, then plays well.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert_eq!(r.outcome, Outcome::ComplaintSettled);
    assert!(!r.good_outcome(), "the outcome rests on a breach");
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("Daan"), "{:?}", r.epilogue);
}

#[test]
fn promising_a_passport_next_week_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("verdrietig"));
    // At "doop": "ik regel dat uw paspoort volgende week klaarligt".
    let s = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(
        r.epilogue[0].contains("identiteitskaart"),
        "{:?}",
        r.epilogue
    );
}

#[test]
fn a_defensive_opening_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Zonder afspraak kunnen ze niemand helpen" in the opening provokes "verhaal_boos";
        // reflecting her anger there brings the call back to the main line.
        let s = play(&l, seed, &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visited(&s, "verhaal_boos"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::ComplaintSettled, "{v}");
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
fn uncovering_the_baptism_brings_the_id_card_solution() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gekrenkt"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("doop"));
    assert!(visited(&with, "opties_reis") && visited(&with, "idkaart"));
    assert_eq!(ending(&with), "tevreden_reis");
    // A closed question at "belang", then "dan laat ik het rusten": the reason stays hidden,
    // the generic options node offers an appointment and a maybe-spoedaanvraag, and the ID card
    // never comes up.
    let without = play(&l, seed, &[0, 0, 0, 3, 1, 0, 1, 0, 0, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("doop"));
    assert!(visited(&without, "opties"));
    assert!(!visited(&without, "opties_reis") && !visited(&without, "idkaart"));
    assert_eq!(ending(&without), "tevreden");
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::ComplaintSettled);
    assert!(r.score.raw < 100.0);
}

#[test]
fn asking_when_she_needs_it_uncovers_the_baptism_late() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("kortaf"));
    // Missed at "belang", but at "opties" the trainee asks when she needs the passport: the
    // baptism comes up after all, and the call reaches the ID card.
    let s = play(&l, seed, &[0, 0, 0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(s.uncovered().contains("doop"));
    assert!(visited(&s, "opties") && visited(&s, "idkaart"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::ComplaintSettled);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 80.0, "{}", r.score.raw);
}

#[test]
fn without_acknowledging_her_humiliation_she_chooses_the_formal_route() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A summary of the facts only at "gevoel": the rest goes well, but she wants the
        // complaint handled formally, a legitimate route that the trainee respects.
        let s = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(!s.uncovered().contains("erkenning"), "{v}");
        assert!(
            visited(&s, "formeel_wens") && visited(&s, "afsluiten_formeel"),
            "{v}"
        );
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 90.0,
            "{v}: {}",
            r.score.raw
        );
        // The clean call acknowledged it and never meets "formeel_wens".
        let c = clean(&l, &a, seed);
        assert!(
            c.uncovered().contains("erkenning") && !visited(&c, "formeel_wens"),
            "{v}"
        );
    }
}

#[test]
fn talking_her_out_of_the_formal_route_ends_without_agreement() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gekrenkt"));
    let s = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "vaag");
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(r.findings.is_empty());
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Defending in the opening, then "u hoeft niet boos op mij te worden".
        let s = play(&l, seed, &[1, 1]);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::HungUp, "{v}");
        assert!(!r.passed(), "{v}");
        // One escalating answer alone does not end it.
        assert!(!play(&l, seed, &[1]).is_ended(), "{v}");
    }
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
    assert!(
        outcomes.contains(&Outcome::ComplaintSettled),
        "{outcomes:?}"
    );
}
