//! Scripted calls through `scenarios/belasting-weduwe.ron`: a widow received the municipal tax
//! assessment in her late husband's name, at the multi-person rate, although his death was in the
//! BRP. The municipality's own mistake; she cries. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, verhaal, [geraakt], henk, schuld,
//! [schuld_erger], alleen, fout, hoe_kan_dat, [uitval], herstel, [formulier], belang,
//! [belang_gemist], naam, steun, zoon, [terugbel], afspraken, afsluiten.

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "belasting-weduwe";
const VARIANTS: [&str; 3] = ["broos", "huilt", "slechte_nacht"];

/// Route A: the best answer everywhere; at "zoon" a letter in plain words to read with Mark.
const ROUTE_A: [usize; 14] = [0; 14];
/// Route B: at "zoon" (the 12th decision) a callback on Friday with Mark listening in.
const ROUTE_B: [usize; 15] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];

/// ROUTE_A with one choice changed (position, choice).
fn route_a_with(at: usize, choice: usize) -> Vec<usize> {
    let mut r = ROUTE_A.to_vec();
    r[at] = choice;
    r
}

fn asked(r: &gesprekstrainer::core::engine::result::CallResult) -> Vec<String> {
    r.after_call.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn the_clean_call_ends_well_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::DecisionCorrected, "{v}");
        assert!(r.outcome.is_good() && r.good_outcome(), "{v}");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert_eq!(r.score.after_call, Some(100), "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via, end) in [
            (
                "A",
                &ROUTE_A[..],
                "afspraken",
                "terugbel",
                "hersteld_volledig",
            ),
            ("B", &ROUTE_B[..], "terugbel", "-", "hersteld_mark"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::DecisionCorrected, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(!visited(&s, not_via), "{v}/{name}: {:?}", nodes(&s));
            assert_eq!(ending(&s), end, "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_the_callback_one_only_after_a_callback() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("broos"));
    // Route A: no callback, so only "bevestigen" and "melden" are asked.
    let s = play(&l, seed, &ROUTE_A);
    let right = finish_with(&l, &a, &s, &[Some(1), Some(1), None]);
    assert_eq!(asked(&right), ["bevestigen", "melden"]);
    assert_eq!(right.score.after_call, Some(100));
    // "Niets meer: haar aanslag wordt hersteld" — the processing error is not reported.
    let wrong = finish_with(&l, &a, &s, &[Some(1), Some(0), None]);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    let wrong = finish_with(&l, &a, &s, &[Some(3), Some(2), None]);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    // Route B: the callback question is asked too.
    let s = play(&l, seed, &ROUTE_B);
    let right = finish_with(&l, &a, &s, &[Some(1), Some(1), Some(0)]);
    assert_eq!(asked(&right), ["bevestigen", "melden", "terugbellen"]);
    assert_eq!(right.score.after_call, Some(100));
    // "Vrijdag bel ik Mark rechtstreeks op zijn mobiel."
    let wrong = finish_with(&l, &a, &s, &[Some(1), Some(1), Some(1)]);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
}

#[test]
fn promising_the_refund_amount_and_date_is_a_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "herstel" (8th decision): "volgende week staat de € 96 weer op uw rekening".
        let s = play(&l, seed, &route_a_with(7, 2));
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["OutcomePromised"], "{v}");
        assert_eq!(r.outcome, Outcome::DecisionCorrected, "{v}");
        assert!(!r.good_outcome(), "{v}: the outcome rests on a promise");
        assert!(!r.passed(), "{v}");
        assert!(!r.epilogue.is_empty(), "{v}");
        assert!(r.epilogue[0].contains("beloofd"), "{:?}", r.epilogue);
    }
}

#[test]
fn steering_her_towards_withdrawal_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("huilt"));
    // At "afspraken" (13th decision): "Als u het intrekt, kan ik het vandaag nog afsluiten."
    let s = play(&l, seed, &route_a_with(12, 1));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::DecisionCorrected);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("intrekking"), "{:?}", r.epilogue);
}

#[test]
fn asking_for_a_form_misstates_the_objection_and_can_be_taken_back() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("broos"));
    // At "herstel": "u moet nog het bezwaarformulier invullen". Taken back at "formulier".
    let mut choices = ROUTE_A[..7].to_vec();
    choices.extend([1, 0, 0, 0, 0, 0, 0, 0]);
    let s = play(&l, seed, &choices);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "formulier"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert_eq!(r.outcome, Outcome::DecisionCorrected);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    // Holding on to the form at "formulier": she gives up, without an agreement.
    let mut choices = ROUTE_A[..7].to_vec();
    choices.extend([1, 1]);
    let s = play(&l, seed, &choices);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "afgehaakt");
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
}

#[test]
fn telling_her_to_calm_down_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Probeert u even rustig te blijven" at "verhaal" leads to "geraakt"; staying with her
        // there ("u hoeft geen sorry te zeggen") brings the call back to the main line.
        let mut choices = vec![0, 3];
        choices.extend([0; 13]);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "geraakt") && visited(&s, "henk"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::DecisionCorrected, "{v}");
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
fn defending_the_system_can_be_turned_around() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("slechte_nacht"));
    // "Bij zo'n koppeling valt er heel af en toe een melding uit" at "hoe_kan_dat": "Henk was
    // geen melding." Taking it back at "uitval" returns to "herstel".
    let mut choices = ROUTE_A[..6].to_vec();
    choices.extend([1, 0]);
    choices.extend([0; 7]);
    let s = play(&l, seed, &choices);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "uitval") && visited(&s, "herstel"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::DecisionCorrected);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
}

#[test]
fn uncovering_that_she_stands_alone_brings_the_offer_of_help() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("broos"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("alleen"));
    assert!(visited(&with, "steun"));
    // "U heeft niets verkeerd gedaan. Dit is onze fout." at "schuld": true and kind, but her
    // fear of the post Henk always did stays hidden, and Formulierenhulp never comes up.
    let without = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("alleen"));
    assert!(!visited(&without, "alleen") && !visited(&without, "steun"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::DecisionCorrected);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0, "{}", r.score.raw);
}

#[test]
fn uncovering_what_matters_to_her_changes_the_ending() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("huilt"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("naam"));
    assert_eq!(ending(&with), "hersteld_volledig");
    // A closed question at "belang", then "dan laat ik het rusten": his name on the post stays
    // unspoken, nobody checks the other registrations, and she ends with the generic thanks.
    let mut choices = ROUTE_A[..8].to_vec();
    choices.extend([2, 1, 0, 0, 0, 0]);
    let without = play(&l, seed, &choices);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("naam"));
    assert!(visited(&without, "belang_gemist") && !visited(&without, "naam"));
    assert_eq!(ending(&without), "hersteld");
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::DecisionCorrected);
    assert!(r.score.raw < 100.0);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    for v in ["huilt", "slechte_nacht"] {
        let seed = seed_for(&l, Some(v));
        // The good news before she could say a word, then defending herself at "geraakt".
        let s = play(&l, seed, &[1, 2]);
        assert!(s.is_ended(), "{v}");
        assert_eq!(ending(&s), "opgehangen", "{v}");
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
    assert!(
        outcomes.contains(&Outcome::DecisionCorrected),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
