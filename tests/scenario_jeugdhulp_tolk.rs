//! Scripted calls through `scenarios/jeugdhulp-tolk.ron`: an objection against fewer hours of
//! youth care, a mother who speaks little Dutch, a telephone interpreter, and distrust that does
//! not melt in one call. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, [te_lang], [yusuf], waarom, controle, verhaal,
//! doorverteld | gevoel + december_verteld, [verhaal_boos], [laatste_kans], bang, angst, uitleg,
//! zes_uur, opties, [waarom_nog_gesprek], nieuw_gesprek, [thuis_angst], afspraken, brief,
//! teachback, correctie, afsluiten, [hoorzitting], [afsluiten_formeel].

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "jeugdhulp-tolk";
const VARIANTS: [&str; 3] = ["op_haar_hoede", "in_tranen", "boos_op_systeem"];

/// Route A: a silence at "verhaal" lets her tell about December herself ("doorverteld").
const ROUTE_A: [usize; 16] = [0; 16];
/// Route B: her own words at "verhaal", then "gevoel" and an open question about December.
const ROUTE_B: [usize; 17] = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// The December conversation is never asked about: the trainee explains the report at
/// "verhaal", recovers at "verhaal_boos", and asks a closed question at "gevoel". Then all best.
const WITHOUT_INTERPRETER_STORY: [usize; 19] =
    [0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// As above, but at "waarom_nog_gesprek" the trainee offers the hearing, and she takes it.
const FORMAL: [usize; 14] = [0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0];

/// Correct after-call answers: bevestigen, tolk_boeken, hoorzitting_regelen.
const AFTER_RIGHT: [Option<usize>; 3] = [Some(2), Some(2), Some(0)];

fn with(mut route: Vec<usize>, at: usize, choice: usize) -> Vec<usize> {
    route[at] = choice;
    route
}

fn asked(r: &gesprekstrainer::core::engine::result::CallResult) -> Vec<String> {
    r.after_call.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn the_clean_call_ends_well_but_modestly_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.good_outcome(), "{v}: rests on a wrong statement");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        assert_eq!(ending(&s), "gesprek_gepland", "{v}");
        // Distrust that does not melt: she started at 25 or less and still does not trust the
        // organisation at the end, though she comes to the new conversation.
        assert!(s.start_mood().trust <= 25, "{v}");
        assert!(s.mood().trust < 50, "{v}: trust {}", s.mood().trust);
        assert!(!r.verdict.trusts, "{v}");
        assert!(r.verdict.heard && r.verdict.respected, "{v}");
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via) in [
            ("A", &ROUTE_A[..], "doorverteld", "gevoel"),
            ("B", &ROUTE_B[..], "gevoel", "doorverteld"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(!visited(&s, not_via), "{v}/{name}: {:?}", nodes(&s));
            assert!(s.uncovered().contains("zonder_tolk"), "{v}/{name}");
            assert!(s.uncovered().contains("angst"), "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_asked_only_where_they_belong() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("in_tranen"));
    let informal = play(&l, seed, &ROUTE_A);
    let right = finish_with(&l, &a, &informal, &AFTER_RIGHT);
    assert_eq!(right.score.after_call, Some(100));
    assert_eq!(asked(&right), ["bevestigen", "tolk_boeken"]);
    // A copy to the neighbour, and Yusuf along as back-up interpreter.
    let wrong = finish_with(&l, &a, &informal, &[Some(0), Some(1), None]);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    assert_eq!(wrong.score.after_call, Some(0));
    // One right, one wrong.
    let half = finish_with(&l, &a, &informal, &[Some(2), Some(3), None]);
    assert!(half.score.after_call < Some(100) && half.score.after_call > Some(0));

    // The formal route asks about the hearing, not about booking the consulent's interpreter.
    let formal = play(&l, seed, &FORMAL);
    assert_eq!(ending(&formal), "formeel", "{:?}", nodes(&formal));
    let r = finish_with(&l, &a, &formal, &AFTER_RIGHT);
    assert_eq!(asked(&r), ["bevestigen", "hoorzitting_regelen"]);
    assert_eq!(r.score.after_call, Some(100));
    let r = finish_with(&l, &a, &formal, &[Some(2), None, Some(1)]);
    assert!(r.score.after_call < Some(100));

    // A call that broke off leaves nothing to confirm.
    let broken = play(&l, seed_for(&l, Some("boos_op_systeem")), &[3, 3]);
    let r = finish_with(&l, &a, &broken, &AFTER_RIGHT);
    assert!(asked(&r).is_empty(), "{:?}", asked(&r));
}

#[test]
fn saying_the_objection_keeps_the_six_hours_is_the_6_16_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "zes_uur": "Zolang uw bezwaar loopt, blijft alles zoals het was."
        let s = play(&l, seed, &with(ROUTE_A.to_vec(), 8, 2));
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["SuspensionMisstated"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(
            !r.good_outcome(),
            "{v}: the outcome rests on a wrong statement"
        );
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("1 maart"), "{:?}", r.epilogue);
    }
}

#[test]
fn promising_the_hours_back_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("boos_op_systeem"));
    let s = play(&l, seed, &with(ROUTE_A.to_vec(), 8, 1));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.good_outcome() && !r.passed());
    assert!(r.epilogue[0].contains("voorgelogen"), "{:?}", r.epilogue);
    // Letting the teach-back misunderstanding stand as a promise is the same trap.
    let s = play(&l, seed, &with(ROUTE_A.to_vec(), 14, 1));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.passed());
    // So is "het komt vast goed met de uren" at the end of the route to the hearing.
    let s = play(&l, seed, &with(FORMAL.to_vec(), 13, 2));
    assert_eq!(ending(&s), "formeel", "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.good_outcome() && !r.passed());
    assert!(r.epilogue[0].contains("hoorzitting"), "{:?}", r.epilogue);
}

#[test]
fn sending_the_report_to_the_neighbour_is_a_privacy_breach() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    // At "brief": "Dan stuur ik de brief en het verslag van de consulent meteen ook naar Ria."
    let s = play(&l, seed, &with(ROUTE_A.to_vec(), 12, 1));
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("Ria"), "{:?}", r.epilogue);
}

#[test]
fn discussing_yusufs_care_before_the_identity_check_is_a_privacy_breach() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("in_tranen"));
    // At "controle" the trainee reads out the report; she feels disbelieved ("verhaal_boos"),
    // the trainee reflects that, and the call goes on along route B.
    let mut route = vec![0, 0, 1, 0];
    route.extend([0; 13]);
    let s = play(&l, seed, &route);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "verhaal_boos"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn steering_to_withdrawal_and_putting_the_objection_on_hold_are_traps() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    let s = play(&l, seed, &with(ROUTE_A.to_vec(), 9, 1));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert!(!r.passed() && !r.epilogue.is_empty());
    let s = play(&l, seed, &with(ROUTE_A.to_vec(), 11, 1));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["DeadlineMissed"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("6 april 2027"), "{:?}", r.epilogue);
}

#[test]
fn laat_maar_taken_as_a_withdrawal_ends_without_agreement() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Without the December story, "waarom zou het nu anders gaan?" is met by defending the
        // consulent; she says "laat die brief maar zitten", and the trainee books a withdrawal.
        let mut route = FORMAL[..11].to_vec();
        route.extend([2, 1]);
        let s = play(&l, seed, &route);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "laatste_kans"), "{v}");
        assert_eq!(ending(&s), "vaag", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["OralWithdrawalAccepted"], "{v}");
        assert_eq!(r.outcome, Outcome::Unresolved, "{v}");
        assert!(!r.passed(), "{v}");
        assert!(r.epilogue[0].contains("bezwaartermijn"), "{:?}", r.epilogue);
        // Naming her distrust instead, and saying the letter stands, leads to the hearing.
        let mut route = FORMAL[..11].to_vec();
        route.extend([2, 0, 0, 0]);
        let s = play(&l, seed, &route);
        assert_eq!(ending(&s), "formeel", "{v}: {:?}", nodes(&s));
        assert!(finish(&l, &a, &s).findings.is_empty(), "{v}");
    }
}

#[test]
fn talking_her_out_of_the_hearing_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("boos_op_systeem"));
    let s = play(&l, seed, &with(FORMAL.to_vec(), 12, 1));
    assert!(s.is_ended());
    assert_eq!(ending(&s), "vaag");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed() && !r.epilogue.is_empty());
}

#[test]
fn letting_yusuf_interpret_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Laat Yusuf maar even komen": Yusuf comes to the phone; the trainee thanks him, says
        // there is an interpreter, and asks for his mother. Then the clean line.
        let mut route = vec![1];
        route.extend(ROUTE_A);
        let s = play(&l, seed, &route);
        assert!(s.is_ended(), "{v}");
        assert!(visited(&s, "yusuf"), "{v}");
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
fn a_sentence_too_long_for_the_interpreter_can_be_turned_around() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("op_haar_hoede"));
    // The long, official opening; the interpreter asks for shorter pieces; the trainee adapts.
    let mut route = vec![3, 0];
    route.extend([0; 15]);
    let s = play(&l, seed, &route);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "te_lang"));
    let r = finish(&l, &a, &s);
    assert!(r.good_outcome());
    assert!(r.score.raw < 100.0 && r.score.raw > 60.0, "{}", r.score.raw);
}

#[test]
fn uncovering_the_conversation_without_interpreter_opens_the_informal_route() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // With it (clean call): the new conversation follows at once.
        let c = clean(&l, &a, seed);
        assert!(c.uncovered().contains("zonder_tolk"), "{v}");
        assert!(!visited(&c, "waarom_nog_gesprek"), "{v}");
        // Without it: "why would it go differently now?" The trainee can still ask, and the
        // December story comes out late; the call reaches the same agreement, below 100%.
        let s = play(&l, seed, &WITHOUT_INTERPRETER_STORY);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "waarom_nog_gesprek"), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "december_verteld"), "{v}");
        assert!(s.uncovered().contains("zonder_tolk"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(r.score.raw < 100.0, "{v}");
        // Or she takes the hearing: a legitimate ending too.
        let f = play(&l, seed, &FORMAL);
        assert!(!f.uncovered().contains("zonder_tolk"), "{v}");
        let r = finish(&l, &a, &f);
        assert_eq!(r.outcome, Outcome::FormalHearing, "{v}");
        assert!(r.good_outcome() && r.findings.is_empty(), "{v}");
    }
}

#[test]
fn uncovering_her_fear_changes_the_question_of_the_home_visit() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("in_tranen"));
    let c = clean(&l, &a, seed);
    assert!(c.uncovered().contains("angst"));
    assert!(!visited(&c, "thuis_angst"));
    // "Waarom zei u dat het goed ging?" at "bang": she closes up, the fear stays hidden, and
    // the home visit frightens her ("thuis_angst"); asking there brings the fear out after all.
    let late = play(&l, seed, &with([0; 17].to_vec(), 5, 1));
    assert!(late.is_ended(), "{:?}", nodes(&late));
    assert!(visited(&late, "thuis_angst") && visited(&late, "angst"));
    assert!(late.uncovered().contains("angst"));
    let r = finish(&l, &a, &late);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.score.raw < 100.0);
    // Talking her fear away there sends her to the hearing instead.
    let mut away = [0; 13].to_vec();
    away[5] = 1;
    away[10] = 2;
    let s = play(&l, seed, &away);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(!s.uncovered().contains("angst"));
    assert!(visited(&s, "hoorzitting"));
    assert_eq!(finish(&l, &a, &s).outcome, Outcome::FormalHearing);
}

#[test]
fn repeated_escalation_ends_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("boos_op_systeem"));
    // The long official opening, then "ik praat even door" to the interpreter.
    let s = play(&l, seed, &[3, 3]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    assert!(!play(&l, seed, &[3]).is_ended());
    // Holding the report against her story, then hiding behind it: she hangs up.
    let s = play(&l, seed, &[0, 0, 0, 2, 1]);
    assert_eq!(ending(&s), "opgehangen", "{:?}", nodes(&s));
    assert!(!play(&l, seed, &[0, 0, 0, 2]).is_ended());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(
        outcomes.contains(&Outcome::InformalSolution),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&Outcome::FormalHearing), "{outcomes:?}");
}
