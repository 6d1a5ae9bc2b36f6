//! Scripted calls through `scenarios/subsidie-sportclub.ron`: the treasurer of a hockey club whose
//! provincial subsidy was set € 8.000 lower. Choices are 0-based indices in file order.
//!
//! Node order of the answers, for reading the scripts:
//! opening, verhaal, [fel], trainers, [jeugd], vergeten, [schaamte], uitzondering, [belofte],
//! route, [mail_later], namens, [bestuur], afspraak, [planning], afsluiten, [terugvertellen].

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::Session;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "subsidie-sportclub";
const VARIANTS: [&str; 3] = ["zakelijk", "opgewonden", "moe"];

/// Route A: the closing with teach-back ("terugvertellen").
const ROUTE_A: [usize; 14] = [0; 14];
/// Route B: the closing summarises, gives the number and asks how the call went.
const ROUTE_B: [usize; 13] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];

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
    }
}

#[test]
fn both_closings_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route) in [("A", &ROUTE_A[..]), ("B", &ROUTE_B[..])] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(r.turns >= 10, "{v}/{name}");
        }
        assert!(visits(&play(&l, seed, &ROUTE_A), "terugvertellen"));
        assert!(!visits(&play(&l, seed, &ROUTE_B), "terugvertellen"));
    }
}

#[test]
fn an_email_after_the_term_is_no_addition_to_an_objection() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // At "route" the trainee accepts the mail "als aanvulling", and confirms it at "mail_later":
    // the call ends with a satisfied citizen and no objection.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 1]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a wrong statement");
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(r.epilogue[0].contains("geen bezwaar"), "{:?}", r.epilogue);
}

#[test]
fn correcting_the_aanvulling_in_time_still_leaves_the_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    // The trap at "route", then "Wacht, ik moet me verbeteren" at "mail_later" and a clean rest.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "mail_later"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.passed());
    assert!(r.score.raw < 100.0);
}

#[test]
fn a_phone_call_is_not_an_objection() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // At "afspraak": "ik zet in het systeem dat u telefonisch bezwaar heeft gemaakt".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(
        r.epilogue[0].contains("telefoonnotitie"),
        "{:?}",
        r.epilogue
    );
}

#[test]
fn an_exception_by_phone_is_a_promise_and_can_be_taken_back() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("opgewonden"));
    // Promise at "uitzondering", then "dat klopt, wacht u maar af" at "belofte": no objection.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 1, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert_eq!(r.epilogue.len(), 2, "{:?}", r.epilogue);
    // Taking it back at "belofte" brings the call to a good end, but the finding stays.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.passed());
}

#[test]
fn signing_alone_misstates_who_objects_for_the_club() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // At "namens": "u bent penningmeester, stuur het onder uw eigen naam".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert!(r.outcome.is_good());
    assert!(!r.good_outcome());
    assert!(r.epilogue[0].contains("machtiging"), "{:?}", r.epilogue);
}

#[test]
fn a_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A premature solution at "verhaal" provokes "fel"; acknowledging there brings the call
        // back to the main line.
        let s = play(&l, seed, &[0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "fel"), "{v}");
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
fn uncovering_the_shame_brings_help_with_the_board() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("schaamte"));
    assert!(visits(&with, "bestuur"));
    // "Dat kan gebeuren" at "vergeten": the shame stays hidden, no help with the board.
    let without = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("schaamte"));
    assert!(!visits(&without, "bestuur") && !visits(&without, "schaamte"));
    let r = finish(&l, &a, &without);
    assert!(r.outcome.is_good());
    assert!(r.score.raw < 100.0);
}

#[test]
fn uncovering_the_trainers_brings_honest_dates_for_the_board() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("jeugd"));
    assert!(visits(&with, "planning"));
    // A factual question at "trainers": the board's date never comes up.
    let without = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("jeugd"));
    assert!(!visits(&without, "planning") && !visits(&without, "jeugd"));
    let r = finish(&l, &a, &without);
    assert!(r.outcome.is_good());
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A warning in the opening, then "andere clubs lukt het wel".
        let s = play(&l, seed, &[3, 2]);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::HungUp, "{v}");
        assert!(!r.passed());
        // One escalating answer alone does not end it.
        assert!(!play(&l, seed, &[3]).is_ended(), "{v}");
    }
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
