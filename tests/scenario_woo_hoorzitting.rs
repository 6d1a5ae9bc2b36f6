//! Scripted calls through `scenarios/woo-hoorzitting.ron`: an objection against a Woo decision
//! about the closed swimming pool, from a resident who wants the weighing tested at a hearing.
//! Choices are 0-based indices in file order.
//!
//! The clean call, node by node: opening, verhaal, toetsing, eerder, onafhankelijk, commissie,
//! zwart, welke, namen, route, (route A: toelichting | route B: -), wat_horen_gericht, regelen,
//! afsluiten. Recovery and side nodes: verhaal_scherp, commissie_wantrouwig, hoorrecht,
//! niet_intrekken, wat_horen_alles, zitting_echt.

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "woo-hoorzitting";
const VARIANTS: [&str; 3] = ["principieel", "sarcastisch", "haast"];

/// Route B (the reference): at "route" the trainee asks what he wants the committee to hear.
const ROUTE_B: [usize; 13] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
/// Route A: at "route" the trainee offers the Woo lawyer's explanation next to the hearing.
const ROUTE_A: [usize; 14] = [0; 14];
/// The right after-call answers (0-based): bevestigen, derden, beperken.
const AFTER_RIGHT: [Option<usize>; 3] = [Some(2), Some(2), Some(1)];

#[test]
fn the_clean_call_ends_in_the_hearing_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(r.outcome.is_good() && r.good_outcome(), "{v}");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert_eq!(ending(&s), "hoorzitting", "{v}");
    }
}

#[test]
fn both_routes_end_in_the_hearing_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, end) in [
            ("A", &ROUTE_A[..], "hoorzitting_toelichting"),
            ("B", &ROUTE_B[..], "hoorzitting"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: {:?}", nodes(&s));
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::FormalHearing, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert_eq!(ending(&s), end, "{v}/{name}");
            assert_eq!(visited(&s, "toelichting"), name == "A", "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_asked_where_they_belong() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("principieel"));
    let s = play(&l, seed, &ROUTE_B);
    assert!(visited(&s, "namen"));
    assert_eq!(s.asked_after_call(&l.scenario), [true, true, true]);
    let right = finish_with(&l, &a, &s, &AFTER_RIGHT);
    assert_eq!(right.score.after_call, Some(100));
    // The phone call as 'verslag van de hoorzitting', no one else heard, the bezwaar cut down
    // on the phone.
    let wrong = finish_with(&l, &a, &s, &[Some(1), Some(0), Some(0)]);
    assert!(wrong.score.after_call < Some(100));
    assert_eq!(wrong.score.after_call, Some(0));
    assert_eq!(wrong.score.raw, right.score.raw);
    // One wrong of three.
    let one = finish_with(&l, &a, &s, &[Some(2), Some(1), Some(1)]);
    assert!(one.score.after_call < Some(100) && one.score.after_call > Some(0));

    // Without "namen" (no question about which documents matter) the question on cutting down
    // the bezwaar is not asked.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!visited(&without, "namen"));
    assert_eq!(without.asked_after_call(&l.scenario), [true, true, false]);
    let r = finish_with(&l, &a, &without, &AFTER_RIGHT);
    let ids: Vec<&str> = r.after_call.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["bevestigen", "derden"]);
    assert_eq!(r.score.after_call, Some(100));
}

#[test]
fn talking_the_hearing_away_is_the_hearing_trap_and_can_be_taken_back() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "commissie": "de commissie beslist meestal op de stukken, een zitting voegt weinig
        // toe". He protests at "hoorrecht"; the trainee takes it back and the call goes on.
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "hoorrecht"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["HearingDenied"], "{v}");
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(
            !r.good_outcome(),
            "{v}: the outcome rests on a wrong statement"
        );
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("uit het hoofd"), "{:?}", r.epilogue);
    }
}

#[test]
fn noting_the_phone_call_as_the_hearing_is_the_hearing_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("haast"));
    // At "regelen", to a man in a hurry: "ik noteer dit gesprek als uw hoorzitting".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "zitting_echt"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("13 mei"), "{:?}", r.epilogue);
}

#[test]
fn telling_what_is_under_the_black_ignores_the_third_party() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("sarcastisch"));
    // At "zwart": "globaal dan, en dat heeft u niet van mij: ruim zes ton verlies".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["ThirdPartyIgnored"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("Aquaplus"), "{:?}", r.epilogue);
}

#[test]
fn cutting_down_the_objection_on_the_phone_is_an_oral_withdrawal() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("principieel"));
    // At "namen": "dan noteer ik dat uw bezwaar vanaf nu alleen nog over de cijfers gaat".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn tying_the_explanation_to_withdrawal_is_pushing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("principieel"));
    // At "route": "overtuigt haar uitleg u, dan kunt u het bezwaar intrekken"; he refuses at
    // "niet_intrekken", the trainee takes it back and asks what he wants heard.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "niet_intrekken"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn raising_withdrawal_unasked_at_the_close_is_pushing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("principieel"));
    // Route B, but at "afsluiten": "u kunt het bezwaar altijd schriftelijk intrekken, dan hoeft
    // de zitting niet door". Legally accurate, yet he chose the hearing and did not ask.
    let mut choices = ROUTE_B.to_vec();
    *choices.last_mut().expect("route") = 3;
    let s = play(&l, seed, &choices);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert_eq!(ending(&s), "hoorzitting_kort");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(!r.good_outcome() && !r.passed());
    assert!(r.epilogue[0].contains("intrekken"), "{:?}", r.epilogue);
}

#[test]
fn a_defensive_start_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Het besluit is zorgvuldig voorbereid" at "verhaal" provokes "verhaal_scherp";
        // reflecting his distrust there brings the call back to the main line.
        let s = play(&l, seed, &[0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "verhaal_scherp"), "{v}");
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
fn without_uncovering_his_wish_for_an_outside_look_he_stays_distrustful() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let with = clean(&l, &a, seed);
        assert!(with.uncovered().contains("toetsing"), "{v}");
        assert!(!visited(&with, "commissie_wantrouwig"), "{v}");
        // An apology at "eerder" instead of asking what a fair test would be: after the
        // explanation he asks who decides in the end ("commissie_wantrouwig").
        let without = play(&l, seed, &[0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
        assert!(without.is_ended(), "{v}: {:?}", nodes(&without));
        assert!(!without.uncovered().contains("toetsing"), "{v}");
        assert!(visited(&without, "commissie_wantrouwig"), "{v}");
        assert!(!visited(&without, "onafhankelijk"), "{v}");
        let r = finish(&l, &a, &without);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(r.score.raw < 100.0, "{v}");
        // Reflecting his distrust there uncovers it after all.
        let late = play(&l, seed, &[0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert!(late.uncovered().contains("toetsing"), "{v}");
        assert!(late.is_ended(), "{v}");
    }
}

#[test]
fn uncovering_what_matters_to_him_focuses_the_hearing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("principieel"));
    let with = play(&l, seed, &ROUTE_B);
    assert!(with.uncovered().contains("cijfers"));
    assert!(visited(&with, "namen") && visited(&with, "wat_horen_gericht"));
    assert!(!visited(&with, "wat_horen_alles"));
    // "De commissie kijkt daar straks goed naar" at "welke": he never says which documents
    // matter, and at "wat_horen_alles" the trainee just notes 'alles'.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("cijfers"));
    assert!(visited(&without, "wat_horen_alles"));
    assert!(!visited(&without, "namen") && !visited(&without, "wat_horen_gericht"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.score.raw < 100.0);
    // Asking at "wat_horen_alles" which part matters most uncovers it late.
    let late = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    assert!(late.is_ended(), "{:?}", nodes(&late));
    assert!(late.uncovered().contains("cijfers"));
    assert!(visited(&late, "wat_horen_alles") && visited(&late, "wat_horen_gericht"));
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("sarcastisch"));
    // "Zodat het niet via de commissie hoeft" in the opening, then defending the decision.
    let s = play(&l, seed, &[1, 2]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    assert!(!play(&l, seed, &[1]).is_ended());
    // The cool, principled variant does not hang up after the same two answers.
    let cool = play(&l, seed_for(&l, Some("principieel")), &[1, 2]);
    assert!(!cool.is_ended(), "{:?}", nodes(&cool));
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::FormalHearing), "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
}
