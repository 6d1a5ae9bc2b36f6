//! Scripted calls through `scenarios/duo-intrekken.ron`: DUO reclaims four months of the
//! uitwonendenbeurs; the student records the call and, after a neutral explanation, says herself
//! "laat maar zitten dan". Choices are 0-based indices in file order.
//!
//! The clean call, node by node:
//! opening, opname, verhaal, kamer, geld, krap, uitleg, laat_maar, bedoeling, schriftelijk,
//! (route A: formulier | route B: zelf_brief), betalen, afsluiten.
//! Recovery and side nodes: opname_boos, boos, leugenaar, onder_druk, opschorting, zelf_zeggen,
//! hoorzitting.

mod common;

use common::{
    clean, findings, finish, finish_with, load, nodes, play, random_walks, seed_for, visited,
};
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "duo-intrekken";
const VARIANTS: [&str; 3] = ["wantrouwig", "zakelijk", "gespannen"];

/// Route A: DUO sends a withdrawal form with a reply envelope.
const ROUTE_FORMULIER: [usize; 13] = [0; 13];
/// Route B: she writes a short signed letter herself.
const ROUTE_BRIEF: [usize; 13] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
/// The fraud feeling is never named ("Dat is schrikken" at 'verhaal', "Zo is de brief niet
/// bedoeld" at 'leugenaar'); after the explanation she wants to say it herself, and the trainee
/// offers the hearing (the second best answer at 'zelf_zeggen').
const ROUTE_HOORZITTING: [usize; 11] = [0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0];

/// After-call answers (0-based option per question: intrekking, hoorzitting_na, opname_na).
const AFTER_RIGHT_WITHDRAWN: [Option<usize>; 3] = [Some(1), None, Some(3)];
const AFTER_WRONG_WITHDRAWN: [Option<usize>; 3] = [Some(0), None, Some(0)];
const AFTER_RIGHT_HEARING: [Option<usize>; 3] = [None, Some(0), Some(3)];

fn asked(r: &gesprekstrainer::core::engine::result::CallResult) -> Vec<String> {
    r.after_call.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn the_clean_call_ends_in_a_written_withdrawal_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = clean(&l, &a, seed);
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}: {:?}", r.outcome);
        assert_eq!(r.outcome, Outcome::WithdrawnInWriting, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        // She says it herself, after the explanation, and without a weaker answer before it.
        let at = s
            .turns()
            .iter()
            .position(|t| t.node == "laat_maar")
            .unwrap_or_else(|| panic!("{v}: no 'laat maar zitten' in {:?}", nodes(&s)));
        assert!(at >= 6, "{v}: laat_maar at {at}");
        assert!(s.turns()[..at].iter().all(|t| t.loss() == 0), "{v}");
        assert!(s.turns()[at].line.contains("Laat maar zitten"), "{v}");
        assert!(
            s.turns()[1].line.contains("neem dit"),
            "{v}: the recording comes early"
        );
    }
}

#[test]
fn both_written_routes_end_well_with_full_score() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via) in [
            ("formulier", &ROUTE_FORMULIER, "formulier", "zelf_brief"),
            ("brief", &ROUTE_BRIEF, "zelf_brief", "formulier"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended at {:?}", nodes(&s));
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::WithdrawnInWriting, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via) && !visited(&s, not_via), "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_asked_only_where_they_belong() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwig"));
    let s = play(&l, seed, &ROUTE_FORMULIER);
    let right = finish_with(&l, &a, &s, &AFTER_RIGHT_WITHDRAWN);
    assert_eq!(right.score.after_call, Some(100));
    assert_eq!(asked(&right), ["intrekking", "opname_na"]);
    let wrong = finish_with(&l, &a, &s, &AFTER_WRONG_WITHDRAWN);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    // Half right is still not full marks.
    let half = finish_with(&l, &a, &s, &[Some(1), None, Some(0)]);
    assert!(half.score.after_call < Some(100) && half.score.after_call > wrong.score.after_call);
    // The hearing route asks about the hearing, not about a withdrawal.
    let h = play(&l, seed, &ROUTE_HOORZITTING);
    assert!(h.is_ended(), "{:?}", nodes(&h));
    let r = finish_with(&l, &a, &h, &AFTER_RIGHT_HEARING);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert_eq!(asked(&r), ["hoorzitting_na", "opname_na"]);
    assert_eq!(r.score.after_call, Some(100));
    let r = finish_with(&l, &a, &h, &[None, Some(2), Some(3)]);
    assert!(r.score.after_call < Some(100));
    // Taking 'laat maar zitten' as a withdrawal: no written withdrawal to follow up.
    let oral = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1]);
    assert_eq!(asked(&finish(&l, &a, &oral)), ["opname_na"]);
}

#[test]
fn forbidding_the_recording_is_a_finding_even_after_a_recovery() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Dan wil ik u vragen daarmee te stoppen", then "U heeft gelijk: u mag het opnemen".
        let mut choices = vec![0, 1];
        choices.extend([0; 12]);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "opname_boos"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["RecordingForbidden"], "{v}");
        assert_eq!(r.outcome, Outcome::WithdrawnInWriting, "{v}");
        assert!(
            !r.good_outcome(),
            "{v}: the outcome rests on a wrong statement"
        );
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("fragment"), "{v}: {:?}", r.epilogue);
    }
}

#[test]
fn ending_the_call_over_the_recording_breaks_it_off() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = play(&l, seed, &[0, 1, 2]);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::Escalated, "{v}");
        assert_eq!(findings(&r), ["RecordingForbidden"], "{v}");
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 2, "{v}: {:?}", r.epilogue);
    }
}

#[test]
fn taking_laat_maar_zitten_as_a_withdrawal_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gespannen"));
    // A clean call up to 'laat maar zitten', then "dan noteer ik dat u uw bezwaar intrekt".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(r.score.raw < 100.0);
    assert_eq!(r.epilogue.len(), 1, "{:?}", r.epilogue);
    assert!(r.epilogue[0].contains("ingetrokken"), "{:?}", r.epilogue);
    // Even "dat trek ik in" is no withdrawal by phone.
    let r = finish(&l, &a, &play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 2]));
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    // Nor is silence for two weeks.
    let r = finish(&l, &a, &play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 3]));
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
}

#[test]
fn steering_towards_withdrawal_is_a_finding_even_when_she_withdraws_later() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwig"));
    // "Dan is het voor u het makkelijkst om uw bezwaar in te trekken" at 'uitleg'; the recovery
    // at 'onder_druk' brings her back to her own conclusion.
    let mut choices = vec![0, 0, 0, 0, 0, 0, 1];
    choices.extend([0; 7]);
    let s = play(&l, seed, &choices);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "onder_druk") && visited(&s, "laat_maar"));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::WithdrawnInWriting);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    // "Fijn dat u dat zelf inziet … dan bent u er snel vanaf" at 'laat_maar': filling in her
    // withdrawal and praising it is steering too, even though the form is in writing.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["WithdrawalPushed"]);
    assert_eq!(r.outcome, Outcome::WithdrawnInWriting);
    assert!(!r.good_outcome() && !r.passed());
    assert!(r.epilogue[0].contains("opname"), "{:?}", r.epilogue);
}

#[test]
fn saying_the_objection_stops_the_reclaim_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // "Dat is een flink bedrag" at 'geld' leaves the money worry hidden; at 'opschorting':
    // "Klopt. Zolang uw bezwaar loopt, ligt de terugvordering stil."
    let s = play(&l, seed, &[0, 0, 0, 0, 1, 0, 1]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("stillag"), "{:?}", r.epilogue);
}

#[test]
fn talking_her_out_of_the_hearing_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwig"));
    // The hearing route, but at 'zelf_zeggen': "een hoorzitting heeft weinig zin".
    let mut choices = vec![0, 0, 1, 0, 0, 0, 1, 0, 2];
    choices.extend([0; 4]);
    let s = play(&l, seed, &choices);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["HearingDenied"]);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn promising_a_payment_plan_is_a_finding() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("gespannen"));
    let mut choices = [0; 13];
    choices[11] = 1; // "omdat u intrekt, zorg ik dat u het in kleine termijnen mag betalen"
    let s = play(&l, seed, &choices);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert_eq!(r.outcome, Outcome::WithdrawnInWriting);
    assert!(!r.good_outcome() && !r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn a_defensive_answer_can_be_turned_around_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Zo'n adrescontrole is een gewone controle" at 'verhaal' provokes 'boos'; owning it
        // there brings the call back to the main line.
        let mut choices = vec![0, 0, 2];
        choices.extend([0; 11]);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "boos") && visited(&s, "kamer"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(
            r.outcome,
            Outcome::WithdrawnInWriting,
            "{v}: {:?}",
            nodes(&s)
        );
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn uncovering_the_money_worry_brings_the_payment_question_into_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwig"));
    let with = play(&l, seed, &ROUTE_FORMULIER);
    assert!(with.uncovered().contains("betalen"));
    assert!(visited(&with, "krap") && visited(&with, "betalen"));
    assert!(!visited(&with, "opschorting"));
    // "Dat is een flink bedrag" at 'geld': she thinks her objection shields her from paying
    // ('opschorting'); a correct but legalistic answer there leaves the worry hidden, and
    // nobody tells her a payment plan is a separate matter.
    let without = play(&l, seed, &[0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("betalen"));
    assert!(visited(&without, "opschorting"));
    assert!(!visited(&without, "krap") && !visited(&without, "betalen"));
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::WithdrawnInWriting);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0);
    // Asking about it at 'opschorting' uncovers it late, and the payment question comes back.
    let late = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(late.is_ended(), "{:?}", nodes(&late));
    assert!(visited(&late, "opschorting") && visited(&late, "krap"));
    assert!(visited(&late, "betalen"));
}

#[test]
fn uncovering_the_fraud_feeling_decides_whether_she_wants_a_hearing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("zakelijk"));
    // Never named: after the explanation she wants to tell DUO herself ('zelf_zeggen').
    let h = play(&l, seed, &ROUTE_HOORZITTING);
    assert!(!h.uncovered().contains("fraudeur"));
    assert!(visited(&h, "zelf_zeggen") && visited(&h, "hoorzitting"));
    let r = finish(&l, &a, &h);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome(), "the hearing is a legitimate route");
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0);
    // Naming it there instead: she feels heard and comes to her own conclusion.
    let mut choices = vec![0, 0, 1, 0, 0, 0, 1, 0, 0];
    choices.extend([0; 6]);
    let named = play(&l, seed, &choices);
    assert!(named.is_ended(), "{:?}", nodes(&named));
    assert!(named.uncovered().contains("fraudeur"));
    assert!(visited(&named, "laat_maar") && !visited(&named, "hoorzitting"));
    assert_eq!(finish(&l, &a, &named).outcome, Outcome::WithdrawnInWriting);
    // The clean call names it at once: no 'leugenaar', no 'zelf_zeggen'.
    let c = clean(&l, &a, seed);
    assert!(!visited(&c, "leugenaar") && !visited(&c, "zelf_zeggen"));
}

#[test]
fn repeated_escalation_ends_the_call_but_one_answer_does_not() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwig"));
    // "Dan ga ik wat voorzichtiger formuleren", then defending the address check.
    let s = play(&l, seed, &[0, 2, 2]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    assert!(!play(&l, seed, &[0, 2]).is_ended());
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    for o in [
        Outcome::WithdrawnInWriting,
        Outcome::Unresolved,
        Outcome::HungUp,
    ] {
        assert!(outcomes.contains(&o), "{o:?} not in {outcomes:?}");
    }
}
