//! Scripted calls through `scenarios/woz-gemachtigde.ron`: a WOZ objection filed by a
//! no-cure-no-pay bureau on behalf of the owner; the trainee calls the gemachtigde.
//! Choices are 0-based indices in file order.
//!
//! Clean call, node by node: opening, verhaal, doorvragen, gegevens, uitbouw, route,
//! (A: opname | B: fotos), kosten, vergoeding, horen, afsluiten → "afgesproken".
//! Side nodes: standaard (after defending), positie (interest "gegevens" not yet uncovered),
//! verslag_kwijt (reached only when "gegevens" was not uncovered), aanhouden (after the deadline
//! trap), gepasseerd (after proposing to call the owner), wantrouwen (reached when "vergoeding"
//! was not uncovered; ends in the formal hearing).

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::Session;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "woz-gemachtigde";
const VARIANTS: [&str; 3] = ["zakelijk", "geprikkeld", "joviaal"];

/// Route A: a taxateur inspects the extension.
const ROUTE_A: [usize; 11] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// Route B: the bureau sends photos of the extension.
const ROUTE_B: [usize; 11] = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];

fn visits(s: &Session, id: &str) -> bool {
    nodes(s).iter().any(|n| n == id)
}

#[test]
fn the_clean_call_ends_well_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert!(r.good_outcome(), "{v}");
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
        for (name, route, via, not_via) in [
            ("A", &ROUTE_A, "opname", "fotos"),
            ("B", &ROUTE_B, "fotos", "opname"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visits(&s, via), "{v}/{name}");
            assert!(!visits(&s, not_via), "{v}/{name}");
        }
    }
}

#[test]
fn calling_the_bureau_the_objector_is_objection_misstated() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("joviaal"));
    // At "vergoeding": "U bent de bezwaarmaker, dus de vergoeding gaat naar uw bureau."
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a wrong statement");
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(r.epilogue[0].contains("30a"), "{:?}", r.epilogue);
}

#[test]
fn holding_the_objection_until_next_year_misses_the_woz_term() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // At "route": hold it until next year's value. Corrected at "aanhouden", then the clean line.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "aanhouden"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["DeadlineMissed"]);
    assert!(r.outcome.is_good());
    assert!(!r.passed());
    assert!(
        r.epilogue[0].contains("31 december 2027"),
        "{:?}",
        r.epilogue
    );
    // Defending the delay instead: no agreement.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 2, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert_eq!(findings(&r), ["DeadlineMissed"]);
    assert!(!r.passed());
}

#[test]
fn promising_a_value_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("joviaal"));
    let s = play(&l, seed, &[0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn a_phone_call_is_not_the_hearing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // "Vergoeding" not uncovered ("kosten": plain explanation), then at "wantrouwen": "dit
    // telefoongesprek geldt al als het horen".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("25 AWR"), "{:?}", r.epilogue);
}

#[test]
fn calling_the_owner_past_the_gemachtigde_is_harmful_but_not_a_privacy_finding() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "opname": "Ik bel mevrouw Lambregts zelf even"; acknowledged at "gepasseerd".
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "gepasseerd"), "{v}");
        let r = finish(&l, &a, &s);
        assert!(
            r.findings.is_empty(),
            "{v}: improper conduct, not an AVG breach"
        );
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(
            !r.good_outcome(),
            "{v}: the harmful answer has a consequence"
        );
        assert!(r.score.raw < 100.0, "{v}");
        assert!(
            r.epilogue.iter().any(|e| e.contains("gemachtigde")),
            "{v}: {:?}",
            r.epilogue
        );
    }
}

#[test]
fn a_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Defending at "verhaal" leads to "standaard"; acknowledging there returns to the line.
        let s = play(&l, seed, &[0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "standaard"), "{v}");
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
fn uncovering_the_need_for_data_spares_the_missing_report() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("geprikkeld"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("gegevens"));
    assert!(visits(&with, "gegevens"));
    assert!(!visits(&with, "verslag_kwijt"));
    // Asking about his aim and then only paraphrasing: the need for the taxatieverslag stays
    // hidden, and after the explanation he complains he still has no report.
    let without = play(&l, seed, &[0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(visits(&without, "verslag_kwijt"));
    assert!(!visits(&without, "gegevens"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
}

#[test]
fn uncovering_the_costs_interest_keeps_the_call_informal() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("vergoeding"));
    let r = finish(&l, &a, &with);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    // A correct but plain answer at "kosten": his distrust stays, he asks to be heard, and the
    // trainee respects it. A legitimate formal ending, but not the informal one.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("vergoeding"));
    assert!(visits(&without, "wantrouwen"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome());
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 90.0, "{}", r.score.raw);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("geprikkeld"));
    // Defending in the opening and again at "standaard", filling in at "doorvragen" and defending again.
    let s = play(&l, seed, &[3, 2, 3, 2]);
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
