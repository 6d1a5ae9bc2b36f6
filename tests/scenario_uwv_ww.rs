//! Scripted calls through `scenarios/uwv-ww.ron`: a WW benefit cut (maatregel) for a
//! 58-year-old who applied by handwritten letters. Choices are 0-based indices in file order.
//!
//! The clean call, node by node:
//! opening, controle, verhaal, brieven, computer, uitleg, laat_maar, bedoeling, oplossing,
//! (route A: per_post | route B: kantoor), voortaan, opschorting, zitting, afsluiten.
//! Recovery and side nodes: gekrenkt, klaar, stoom, lui, geen_computer, zitting_wens.

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::Session;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "uwv-ww";
const VARIANTS: [&str; 3] = ["bitter", "moedeloos", "opgewonden"];

/// Route A: the copies go by post, in a reply envelope.
const ROUTE_POST: [usize; 14] = [0; 14];
/// Route B: he brings his notebook to the UWV office on 8 April.
const ROUTE_KANTOOR: [usize; 14] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];

fn visits(s: &Session, node: &str) -> bool {
    s.turns().iter().any(|t| t.node == node)
}

#[test]
fn the_clean_call_ends_well_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
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
            ("post", &ROUTE_POST, "per_post", "kantoor"),
            ("kantoor", &ROUTE_KANTOOR, "kantoor", "per_post"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended at {:?}", nodes(&s));
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visits(&s, via) && !visits(&s, not_via), "{v}/{name}");
        }
    }
}

#[test]
fn laat_maar_comes_in_the_clean_call_without_a_prior_mistake() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let at = s
            .turns()
            .iter()
            .position(|t| t.node == "laat_maar")
            .unwrap_or_else(|| panic!("{v}: no 'laat maar' in {:?}", nodes(&s)));
        assert!(at >= 5, "{v}: laat_maar at {at}");
        assert!(
            s.turns()[..=at].iter().all(|t| t.loss() == 0),
            "{v}: a weaker answer before 'laat maar'"
        );
        assert!(s.turns()[at].line.contains("Laat maar"), "{v}");
        assert!(visits(&s, "bedoeling"), "{v}");
        assert!(!visits(&s, "klaar"), "{v}: the mistake node");
    }
}

#[test]
fn taking_laat_maar_as_a_withdrawal_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    // A clean call up to 'laat maar', then "Dan noteer ik dat u uw bezwaar intrekt".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(r.score.raw < 100.0);
    assert_eq!(r.epilogue.len(), 1, "{:?}", r.epilogue);
    assert!(r.epilogue[0].contains("ingetrokken"), "{:?}", r.epilogue);
}

#[test]
fn even_schrijf_maar_op_dat_ik_stop_is_no_withdrawal_by_phone() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moedeloos"));
    // He says it outright ("Schrijft u maar op dat ik stop"); noting it is still the trap.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1]);
    assert!(s.is_ended());
    assert_eq!(s.turns().last().map(|t| t.node.as_str()), Some("bedoeling"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn laat_maar_after_a_mistake_can_be_turned_around_too() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    // "Dan bent u vergeten ze in te voeren" provokes 'klaar'; asking what he means brings the
    // call back to the main line.
    let s = play(&l, seed, &[0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "klaar") && visits(&s, "laat_maar"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
    // Taking 'laat maar' as a withdrawal there is the same trap.
    let r = finish(&l, &a, &play(&l, seed, &[0, 0, 0, 2, 2]));
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
}

#[test]
fn saying_the_objection_stops_the_cut_is_a_finding_with_a_consequence() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("opgewonden"));
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a wrong statement");
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("tien procent"), "{:?}", r.epilogue);
}

#[test]
fn talking_him_out_of_the_hearing_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn promising_the_outcome_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moedeloos"));
    // "Dan draai ik die verlaging voor u terug" at 'oplossing'.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn a_bad_opening_can_be_turned_around_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // The system first ("In uw werkmap staan voor januari twee sollicitaties"), then good
        // answers. The heated variant needs one more turn to vent ('stoom').
        let mut choices = vec![3];
        choices.extend([0; 15]);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "gekrenkt"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}: {:?}", nodes(&s));
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
    let seed = seed_for(&l, Some("opgewonden"));
    let mut choices = vec![3];
    choices.extend([0; 15]);
    assert!(visits(&play(&l, seed, &choices), "stoom"));
}

#[test]
fn uncovering_the_letters_brings_help_for_the_next_time() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    let with = play(&l, seed, &ROUTE_POST);
    assert!(with.uncovered().contains("brieven"));
    assert!(visits(&with, "computer") && visits(&with, "voortaan"));
    // A closed question at 'brieven' ("Die twee brieven staan dus niet in uw werkmap?"): he never
    // says why, and nobody offers the werkcoach.
    let without = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("brieven"));
    assert!(!visits(&without, "computer") && !visits(&without, "voortaan"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
}

#[test]
fn uncovering_his_dignity_decides_whether_he_wants_a_hearing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    // "Dat is een vervelende brief" at 'verhaal': the dignity stays hidden, so after 'laat maar'
    // comes 'lui'. Reflecting there uncovers it, and the call ends informally.
    let late = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(late.uncovered().contains("waardigheid"));
    assert!(visits(&late, "lui") && !visits(&late, "zitting_wens"));
    assert_eq!(finish(&l, &a, &late).outcome, Outcome::InformalSolution);
    // A general reflection at 'lui' too: still hidden, and he wants to say it at a hearing.
    let never = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(never.is_ended());
    assert!(!never.uncovered().contains("waardigheid"));
    assert!(visits(&never, "zitting_wens"));
    let r = finish(&l, &a, &never);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome(), "the hearing is a legitimate route");
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0);
    // The clean call uncovers it at once: no 'lui', no hearing wish.
    let clean_call = clean(&l, &a, seed);
    assert!(!visits(&clean_call, "lui") && !visits(&clean_call, "zitting_wens"));
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bitter"));
    // The system first, then "u hoeft niet zo boos te worden".
    let s = play(&l, seed, &[3, 3]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    assert!(!play(&l, seed, &[3]).is_ended());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
    assert!(
        outcomes.contains(&Outcome::InformalSolution),
        "{outcomes:?}"
    );
}
