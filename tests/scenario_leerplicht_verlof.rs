//! Scripted calls through `scenarios/leerplicht-verlof.ron`: a father objects to the refusal of
//! three weeks' leave for his children, and threatens the school director in the middle of the
//! call. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, verhaal, [verhaal_boos], schoolplein | feest,
//! terugdraaien, dreiging, [dreiging_terug], [tegendreiging], [dreiging_door], spijt | na_grens,
//! [juni], [juni_dicht], ziek, opties, afspraken, horen, [route_formeel], [toezegging], afsluiten.

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "leerplicht-verlof";
const VARIANTS: [&str; 3] = ["luid", "koel", "beschaamd"];
const AFTER_CALL: [&str; 3] = ["vastleggen", "directeur", "aangifte"];

/// Route A: "op u gemunt…" leads to the schoolyard story; his humiliation is summarised
/// ("gekrenkt"), so after the limit he apologises ("spijt") and tells about his father.
const ROUTE_A: [usize; 11] = [0; 11];
/// Route B: the trainee follows the family party ("feest"); after the limit he is grudging
/// ("na_grens"), and "waarom juist in juni?" brings up his father's illness.
const ROUTE_B: [usize; 12] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

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
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.outcome.is_good() && r.good_outcome(), "{v}");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert_eq!(ending(&s), "afgesproken", "{v}");
        // The threat is part of the clean call, and so are the questions after it.
        assert!(visited(&s, "dreiging"), "{v}: {:?}", nodes(&s));
        assert_eq!(asked(&r), AFTER_CALL, "{v}");
        assert_eq!(r.score.after_call, Some(100), "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via) in [
            (
                "A",
                &ROUTE_A[..],
                ["schoolplein", "spijt"],
                ["feest", "na_grens"],
            ),
            (
                "B",
                &ROUTE_B[..],
                ["feest", "na_grens"],
                ["schoolplein", "spijt"],
            ),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: {:?}", nodes(&s));
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            for n in via {
                assert!(visited(&s, n), "{v}/{name} misses {n}: {:?}", nodes(&s));
            }
            for n in not_via {
                assert!(!visited(&s, n), "{v}/{name} passes {n}: {:?}", nodes(&s));
            }
            assert!(s.uncovered().contains("ziek"), "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_asked_only_after_the_threat() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("luid"));
    let s = play(&l, seed, &ROUTE_A);
    // The right answers: options 2, 3 and 3 of the three questions (1-based).
    let right = finish_with(&l, &a, &s, &[Some(1), Some(2), Some(2)]);
    assert_eq!(right.score.after_call, Some(100));
    assert!(right.after_call.iter().all(|q| q.correct));
    // "Niets meer", "dat is aan de school", "ik bel hem terug met de aangifte".
    let wrong = finish_with(&l, &a, &s, &[Some(0), Some(3), Some(1)]);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    assert_eq!(wrong.score.after_call, Some(0));
    // One wrong: putting the threat in the objection file to weigh against the leave.
    let one = finish_with(&l, &a, &s, &[Some(2), Some(2), Some(2)]);
    assert!(one.score.after_call < Some(100) && one.score.after_call > Some(0));
    // The call the trainee rightly ended after the threat asks them too.
    let ended = play(&l, seed, &[2, 0, 0, 3, 0, 0]);
    assert_eq!(ending(&ended), "beeindigd");
    assert_eq!(asked(&finish(&l, &a, &ended)), AFTER_CALL);
    // A promise before the threat: he gets what he wanted, never threatens, and the
    // questions about the threat are not asked.
    let promised = play(&l, seed, &[0, 0, 0, 1, 1]);
    assert!(promised.is_ended());
    assert!(!visited(&promised, "dreiging"), "{:?}", nodes(&promised));
    let r = finish(&l, &a, &promised);
    assert!(r.after_call.is_empty(), "{:?}", asked(&r));
    assert_eq!(r.score.after_call, None);
}

#[test]
fn promising_the_leave_to_stop_the_threat_is_a_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "dreiging": "ik zorg dat Daan en Lotte in juni mee kunnen", then "boekt u maar".
        let s = play(&l, seed, &[0, 0, 0, 0, 3, 1]);
        assert!(s.is_ended(), "{v}");
        assert_eq!(ending(&s), "toegezegd", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["OutcomePromised"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(!r.good_outcome(), "{v}: the outcome rests on a promise");
        assert!(!r.passed(), "{v}");
        assert!(!r.epilogue.is_empty(), "{v}");
        assert!(r.epilogue[0].contains("dreigen werkt"), "{:?}", r.epilogue);
    }
}

#[test]
fn laughing_off_the_threat_and_promising_secrecy_is_a_missed_signal() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // The threat is let pass ("dreiging" 2), comes back sharper, and is laughed off with
        // "dat blijft tussen ons"; the rest of the call goes well.
        let s = play(&l, seed, &[0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "dreiging_terug"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["SafetySignalMissed"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("Bakker"), "{:?}", r.epilogue);
    }
}

#[test]
fn when_the_threat_goes_on_ending_the_call_is_the_right_result() {
    let (l, a) = load(ID);
    for v in ["luid", "beschaamd"] {
        let seed = seed_for(&l, Some(v));
        // A defensive opening and a defensive answer at "terugdraaien": he is still heated, so
        // after the limit the threat goes on, and the trainee ends the call as announced.
        let s = play(&l, seed, &[2, 0, 0, 3, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "dreiging_door"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::EndedAfterThreat, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
        // Giving "one more chance" instead keeps the call going.
        let chance = play(&l, seed, &[2, 0, 0, 3, 0, 1, 0]);
        assert!(visited(&chance, "na_grens") && !chance.is_ended(), "{v}");
    }
    // The cool variant is calmer by then: the same mistakes, and the limit holds.
    let seed = seed_for(&l, Some("koel"));
    let s = play(&l, seed, &[2, 0, 0, 3, 0, 0]);
    assert!(visited(&s, "spijt"), "{:?}", nodes(&s));
    assert!(!visited(&s, "dreiging_door"), "{:?}", nodes(&s));
}

#[test]
fn counter_threats_turn_the_call_into_a_shouting_match() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "dreiging" the trainee threatens back (aangifte, proces-verbaal), then defends
        // it: a shouting match.
        let s = play(&l, seed, &[0, 0, 0, 0, 2, 1]);
        assert!(s.is_ended(), "{v}");
        assert_eq!(ending(&s), "ruzie", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::Escalated, "{v}");
        assert!(!r.passed(), "{v}");
        // A second, harder counter-threat: he hangs up.
        let s = play(&l, seed, &[0, 0, 0, 0, 2, 3]);
        assert_eq!(ending(&s), "opgehangen", "{v}");
        assert_eq!(finish(&l, &a, &s).outcome, Outcome::HungUp, "{v}");
        // One counter-threat alone does not end it, and taking it back while keeping the
        // limit brings the call back.
        assert!(!play(&l, seed, &[0, 0, 0, 0, 2]).is_ended(), "{v}");
        let back = play(&l, seed, &[0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(back.is_ended(), "{v}: {:?}", nodes(&back));
        let r = finish(&l, &a, &back);
        assert!(r.good_outcome(), "{v}: {:?}", r.outcome);
        assert!(r.score.raw < 100.0, "{v}");
    }
}

#[test]
fn a_defensive_opening_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Drie weken krijgt bijna niemand" in the opening provokes "verhaal_boos"; reflecting
        // his feeling there brings the call back to the main line.
        let s = play(&l, seed, &[2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "verhaal_boos"), "{v}");
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
fn uncovering_his_fathers_illness_changes_the_route() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let with = play(&l, seed, &ROUTE_A);
        assert!(with.uncovered().contains("ziek"), "{v}");
        assert!(
            visited(&with, "opties") && visited(&with, "afspraken"),
            "{v}"
        );
        assert_eq!(ending(&with), "afgesproken", "{v}");
        // After his apology the trainee asks a business-like question ("waarom juni en niet in
        // de zomer?"), then lets it rest: the illness stays hidden, the informal route with
        // mevrouw Koster never comes up, and he asks for the hearing instead.
        let without = play(&l, seed, &[0, 0, 0, 0, 0, 3, 2, 0, 0]);
        assert!(without.is_ended(), "{v}: {:?}", nodes(&without));
        assert!(!without.uncovered().contains("ziek"), "{v}");
        assert!(visited(&without, "route_formeel"), "{v}");
        assert!(
            !visited(&without, "opties") && !visited(&without, "afspraken"),
            "{v}"
        );
        assert_eq!(ending(&without), "hoorzitting", "{v}");
        let r = finish(&l, &a, &without);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(r.good_outcome() && r.findings.is_empty(), "{v}");
        assert!(r.score.raw < 100.0, "{v}");
    }
}

#[test]
fn acknowledging_his_humiliation_lets_him_back_down() {
    let (l, _) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Route A uncovers "gekrenkt" before the threat: after the limit he apologises.
        let a = play(&l, seed, &ROUTE_A);
        assert!(
            a.uncovered().contains("gekrenkt") && visited(&a, "spijt"),
            "{v}"
        );
        // A summary of the facts only at "schoolplein": after the limit he stays grudging.
        let b = play(&l, seed, &[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(
            visited(&b, "na_grens") && !visited(&b, "spijt"),
            "{v}: {:?}",
            nodes(&b)
        );
    }
}

#[test]
fn talking_him_out_of_the_hearing_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("koel"));
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 3, 2, 1]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert_eq!(ending(&s), "geen_horen");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(
        outcomes.contains(&Outcome::EndedAfterThreat),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&Outcome::Escalated), "{outcomes:?}");
}
