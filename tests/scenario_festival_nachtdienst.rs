//! Scripted calls through `scenarios/festival-nachtdienst.ron`: an event permit and an IC nurse
//! who works three night shifts in the festival weekend. Choices are 0-based indices in file order.
//!
//! Nodes, for reading the scripts (in brackets: only on some calls):
//! opening, verhaal, (route A: zorg), [boos], [correctie], dagritme, eindtijd, [inzicht],
//! procedure, [rechter], opties_dag | [opties_avond], [bas], keuze, afsluiten, [terugvertellen].
//! The scripts pass a few spare zeros: `play` stops when the call has ended.

mod common;

use common::{clean, ending, findings, finish, load, nodes, play, random_walks, seed_for};
use gesprekstrainer::core::analysis::replay;
use gesprekstrainer::core::engine::session::{Position, Session};
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "festival-nachtdienst";
const VARIANTS: [&str; 3] = ["moe", "strijdbaar", "bezorgd"];

/// Route A: a reflection at "verhaal", then "wanneer slaapt u?" at "zorg".
const ROUTE_A: [usize; 14] = [0; 14];
/// Route B: an open question at "verhaal", straight to "dagritme".
const ROUTE_B: [usize; 14] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

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
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert!(s.uncovered().contains("overdag"), "{v}");
        assert!(
            visits(&s, "inzicht"),
            "{v}: the earlier stop was never questioned"
        );
        assert!(visits(&s, "terugvertellen"), "{v}: no teach-back");
        assert_eq!(ending(&s), "geholpen_gezien", "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via) in [("A", &ROUTE_A, true), ("B", &ROUTE_B, false)] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert!(r.outcome.is_good(), "{v}/{name}: {:?}", r.outcome);
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert_eq!(visits(&s, "zorg"), via, "{v}/{name}: {:?}", nodes(&s));
            assert!(visits(&s, "dagritme"), "{v}/{name}");
        }
    }
}

#[test]
fn promising_an_earlier_stop_is_a_finding_and_does_not_help_her() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    // At "eindtijd": "Ik bel vanmiddag de organisator ... om tien uur stoppen".
    let s = play(&l, seed, &[0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "belofte");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised", "ThirdPartyIgnored"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(
        r.epilogue.iter().any(|e| e.contains("23.00")),
        "{:?}",
        r.epilogue
    );
}

#[test]
fn saying_the_objection_stops_the_festival_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("strijdbaar"));
    // At "procedure": "zolang uw bezwaar loopt, ligt de vergunning stil", then good answers.
    let s = play(&l, seed, &[0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert!(
        !visits(&s, "rechter"),
        "the voorlopige voorziening is never mentioned"
    );
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    // The same misstatement about the judge's procedure at "rechter".
    let s = play(&l, seed, &[0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert!(!r.passed());
}

#[test]
fn pushing_withdrawal_after_the_hotel_room_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("bezorgd"));
    // At "keuze": "dan heeft uw bezwaar eigenlijk geen zin meer ... als u het nu intrekt".
    let s = play(&l, seed, &[0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn the_organiser_paid_room_is_the_best_option_not_a_mistake() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    // The room offered at "opties_dag" is in the clean call.
    let s = clean(&l, &a, seed);
    assert!(visits(&s, "opties_dag") && visits(&s, "keuze"));
    // A dB(A) measurement instead ("dan weet u zeker dat de bas binnen de norm blijft") leads to
    // "bas", where she says the ramen trilden; granting that and offering the room recovers.
    let s = play(&l, seed, &[0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert!(visits(&s, "bas"));
    let r = finish(&l, &a, &s);
    assert!(r.outcome.is_good());
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
    // Offering the room before knowing when she sleeps ("zorg") is only premature: weak, no
    // finding, and the call still ends well.
    let s = play(&l, seed, &[0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert!(r.outcome.is_good(), "{:?}", r.outcome);
    assert!(r.score.raw < 100.0);
}

#[test]
fn a_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A summary that fills in ("vóór uw dienst nog rustig slapen") provokes "correctie";
        // acknowledging there brings the call back via "dagritme".
        let mut script = vec![0, 2];
        script.extend([0; 14]);
        let s = play(&l, seed, &script);
        assert!(s.is_ended(), "{v}");
        assert!(visits(&s, "correctie"), "{v}");
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
        // Defending the permit in the opening provokes "boos"; acknowledging recovers too.
        let mut script = vec![1];
        script.extend([0; 14]);
        let s = play(&l, seed, &script);
        assert!(visits(&s, "boos"), "{v}");
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn no_single_mistake_forces_a_hang_up() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let path = &a.clean_for(Some(v)).path;
        for k in 0..path.len() {
            let before = play(&l, seed, &path[..k]);
            let Position::At(id) = before.position().clone() else {
                break;
            };
            let count = l.scenario.node(&id).map_or(0, |n| n.responses.len());
            for c in 0..count {
                let mut s = before.clone();
                s.choose(&l.scenario, c, None).unwrap();
                replay::continue_clean(&l.scenario, &mut s).unwrap();
                let o = s.outcome(&l.scenario).unwrap();
                assert!(
                    !o.is_break(),
                    "{v}: answer {c} at '{id}' then clean ends in {o:?}: {:?}",
                    nodes(&s)
                );
            }
        }
    }
}

#[test]
fn two_escalating_answers_make_the_fighter_hang_up() {
    let (l, a) = load(ID);
    // Defending in the opening, then "rustig nou even" at "boos".
    let s = play(&l, seed_for(&l, Some("strijdbaar")), &[1, 1, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "opgehangen");
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
}

#[test]
fn uncovering_daytime_sleep_changes_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    let with = play(&l, seed, &ROUTE_B);
    assert!(with.uncovered().contains("overdag"));
    assert!(visits(&with, "opties_dag"));
    assert!(!visits(&with, "opties_avond"));
    assert_eq!(ending(&with), "geholpen_gezien");
    // A closed question at "dagritme" and the permit's end time at "eindtijd": the daytime
    // sleep never comes up, she hears "uitzitten" ("opties_avond"), the bewonerslijn, the bass
    // complaint ("bas"), and the call ends without her seeing what she needs.
    let without = play(&l, seed, &[0, 1, 2, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    assert!(without.is_ended());
    assert!(!without.uncovered().contains("overdag"));
    assert!(visits(&without, "opties_avond"));
    assert!(visits(&without, "bas"));
    assert!(!visits(&without, "opties_dag"));
    assert_eq!(ending(&without), "geholpen");
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
    // Asking when she sleeps at "opties_avond" uncovers it after all.
    let late = play(&l, seed, &[0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(late.uncovered().contains("overdag"));
    assert!(visits(&late, "opties_avond") && visits(&late, "opties_dag"));
    assert_eq!(ending(&late), "geholpen_gezien");
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::InformalSolution));
    assert!(outcomes.contains(&Outcome::HungUp));
}
