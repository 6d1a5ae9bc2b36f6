//! Scripted calls through `scenarios/toeslagen-wantrouwen.ron`: a childcare-allowance reclaim
//! for a mother who was a victim of the allowance scandal. Choices are 0-based indices in file
//! order.
//!
//! Nodes in call order ([..] only after a mistake or on one route):
//! opening, verhaal, [uitbarsting], [laatste_kans], verhaal_lang, test, (route B: zelf),
//! identiteit, controle, bedoeling, [moeilijk], uitleg, [geld], geld_herstel, [zie_je_wel],
//! (route A: laat_maar, geen_zin), keuze, [niet_gehoord], afsluiten.

mod common;

use common::{clean, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::engine::session::Session;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "toeslagen-wantrouwen";
const VARIANTS: [&str; 3] = ["op_haar_hoede", "na_nachtdienst", "strijdbaar"];

/// Route A: "Dat hoeft u ook niet" at "test"; later she says "laat dat bezwaar maar zitten".
const ROUTE_A: [usize; 13] = [0; 13];
/// Route B: at "test" the trainee asks what she needs; her wish to decide herself comes up
/// early, so she never gives up on her objection.
const ROUTE_B: [usize; 12] = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];

fn visits(s: &Session, node: &str) -> bool {
    s.turns().iter().any(|t| t.node == node)
}

#[test]
fn the_clean_call_ends_well_for_every_variant_but_trust_is_not_back() {
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
        // She felt heard, but distrust does not melt in one call.
        assert!(r.verdict.heard, "{v}");
        assert!(!r.verdict.trusts, "{v}: trust {}", s.mood().trust);
    }
}

#[test]
fn both_routes_end_in_the_hearing_she_asked_for_with_full_score() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route) in [("A", &ROUTE_A[..]), ("B", &ROUTE_B[..])] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::FormalHearing, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            // Identity is checked before the letter and the amount are discussed.
            let order = nodes(&s);
            let check = order
                .iter()
                .position(|n| n == "controle")
                .expect("controle");
            let letter = order
                .iter()
                .position(|n| n == "bedoeling")
                .expect("bedoeling");
            assert!(check < letter, "{v}/{name}: {order:?}");
            assert!(visits(&s, "geld_herstel"), "{v}/{name}");
        }
    }
}

#[test]
fn pushing_withdrawal_is_a_finding_even_after_taking_it_back() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    // Route B, but at "geld_herstel": "Als u het bezwaar laat vallen, kan ik de regeling
    // vandaag nog starten." Then the trainee takes it back at "zie_je_wel".
    let s = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(visits(&s, "zie_je_wel"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.good_outcome(), "the outcome rests on the pressure");
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(r.epilogue[0].contains("onder druk"), "{:?}", r.epilogue);
}

#[test]
fn defending_the_pressure_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    let s = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
}

#[test]
fn laat_maar_zitten_is_not_a_withdrawal() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("na_nachtdienst"));
    // Route A up to "laat_maar", where she says "laat dat bezwaar maar zitten".
    let to_laat_maar = &ROUTE_A[..9];
    // Taking it as a withdrawal on the phone.
    let s = play(&l, seed, &[to_laat_maar, &[2]].concat());
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(
        r.epilogue[0].contains("schriftelijke intrekking"),
        "{:?}",
        r.epilogue
    );
    // Correct procedure, but without checking it is her own choice: no finding, no good end.
    let s = play(&l, seed, &[to_laat_maar, &[1]].concat());
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty());
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(r.score.raw < 100.0);
    // Steering the other way ("met een advocaat maakt u echt kans") is a promise.
    let s = play(&l, seed, &[to_laat_maar, &[3, 0, 0]].concat());
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty());
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.good_outcome());
    assert!(r.epilogue[0].contains("1.380"), "{:?}", r.epilogue);
}

#[test]
fn skipping_the_identity_check_is_a_privacy_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    // Route A, but at "identiteit" the trainee names the amount without a check.
    let s = play(&l, seed, &[0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(!visits(&s, "controle"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn her_letter_may_be_an_objection_and_dismissing_it_costs_her() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    let to_bedoeling = &ROUTE_A[..6];
    // "Nee, eigenlijk niet: geen kenmerk, geen uitgewerkte reden": she feels obstructed
    // ("moeilijk"). Correcting it at once brings the call back.
    let s = play(&l, seed, &[to_bedoeling, &[2, 0], &ROUTE_A[7..]].concat());
    assert!(s.is_ended());
    assert!(visits(&s, "moeilijk"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome());
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
    // Defending the wrong answer: the letter is filed as ordinary mail after the term.
    let s = play(&l, seed, &[to_bedoeling, &[2, 2], &ROUTE_A[7..]].concat());
    let r = finish(&l, &a, &s);
    assert!(!r.good_outcome());
    assert_eq!(findings(&r), ["ObjectionMisstated"]);
    assert!(r.epilogue[0].contains("16 oktober"), "{:?}", r.epilogue);
}

#[test]
fn a_mistake_in_the_opening_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "…zodat u geen advocaat nodig heeft": she explodes ("uitbarsting"); an honest
        // reflection brings the call back to route B.
        let s = play(&l, seed, &[2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "uitbarsting"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
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
fn uncovering_her_fear_brings_the_herstel_help() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    // The clean summary uncovers "angst": straight to the options that fit a gedupeerde
    // (zaakbehandelaar, brede ondersteuning), without the bare "geld" moment.
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("angst"));
    assert!(visits(&with, "geld_herstel") && !visits(&with, "geld"));
    // A warm question instead of a summary, then the bare payment plan: the fear stays
    // hidden and the herstel help is never offered.
    let without = play(&l, seed, &[0, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("angst"));
    assert!(visits(&without, "geld") && !visits(&without, "geld_herstel"));
    let r = finish(&l, &a, &without);
    assert!(r.outcome.is_good());
    assert!(r.score.raw < 100.0);
    // Probing at "geld" uncovers it late and still reaches the herstel options.
    let late = play(&l, seed, &[0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(late.uncovered().contains("angst"));
    assert!(visits(&late, "geld") && visits(&late, "geld_herstel"));
}

#[test]
fn uncovering_her_wish_to_decide_spares_the_resignation() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("na_nachtdienst"));
    // Route B uncovers "regie" early: she never says "laat maar zitten".
    let with = play(&l, seed, &ROUTE_B);
    assert!(with.uncovered().contains("regie"));
    assert!(!visits(&with, "laat_maar"));
    // Route A: she gives up first, and the trainee must probe to find it.
    let without = play(&l, seed, &ROUTE_A);
    assert!(visits(&without, "laat_maar") && visits(&without, "geen_zin"));
    assert!(without.uncovered().contains("regie"), "probed at geen_zin");
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::FormalHearing);
}

#[test]
fn hearing_and_deadline_traps_at_the_agreement() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    let to_keuze = &ROUTE_B[..10];
    // "Een hoorzitting is meestal niet nodig": she asked to be heard. Taking it back at once
    // ("niet_gehoord") saves the hearing, but the finding stays.
    let s = play(&l, seed, &[to_keuze, &[2, 0, 0]].concat());
    assert!(s.is_ended());
    assert!(visits(&s, "niet_gehoord"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    // Discouraging her a second time: she leaves it to her lawyer.
    let s = play(&l, seed, &[to_keuze, &[2, 1]].concat());
    assert!(s.is_ended());
    assert_eq!(finish(&l, &a, &s).outcome, Outcome::Unresolved);
    // Putting the objection on hold without anything in writing.
    let s = play(&l, seed, &[to_keuze, &[3, 0]].concat());
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["DeadlineMissed"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("27 november"), "{:?}", r.epilogue);
    // A vague agreement: no finding, but no agreement either.
    let s = play(&l, seed, &[to_keuze, &[1]].concat());
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty());
    assert_eq!(r.outcome, Outcome::Unresolved);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("na_nachtdienst"));
    // Naming the amount before any check, then "u moet wel rustig blijven".
    let s = play(&l, seed, &[3, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    let once = play(&l, seed, &[3]);
    assert!(!once.is_ended());
    // Claiming trust at "test" leads to her threat to hang up, not to the hang-up itself.
    let claim = play(&l, seed, &[0, 0, 0, 2]);
    assert!(!claim.is_ended());
    assert!(visits(&play(&l, seed, &[0, 0, 0, 2, 0]), "laatste_kans"));
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::FormalHearing), "{outcomes:?}");
}
