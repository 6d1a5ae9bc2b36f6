//! Scripted calls through `scenarios/urgentie-signaal.ron`: an objection against a refused
//! housing urgency, with a suicide signal halfway. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, [dicht], verhaal, moe, alles_kwijt, kinderen |
//! [huis], signaal, [vaag_signaal], veiligheid, then route A: twijfel, overdracht,
//! afsluiten_overdracht; or route B: steun, steun_afspraak, bezwaar_kinderen | [bezwaar_open],
//! ouderschapsplan | [hoorzitting_keuze], afspraken, afsluiten | [afsluiten_vlak, laat_signaal].

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "urgentie-signaal";
const VARIANTS: [&str; 3] = ["moe", "cynisch", "emotioneel"];

/// Route A: ask plainly, warm handover to maatschappelijk werk while staying on the line.
const ROUTE_A: [usize; 10] = [0; 10];
/// Route B: ask plainly, then "wie weet er hoe het met u gaat?": his brother and the GP; a
/// concrete agreement with 113, then the objection (the parenting plan) and a teach-back.
const ROUTE_B: [usize; 13] = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
/// The signal is met by going on with the objection ("wat wilt u nog toevoegen?"); the rest is
/// played well, and at the flat closing the trainee says goodbye.
const SIGNAL_MISSED: [usize; 10] = [0, 0, 0, 0, 0, 3, 0, 0, 0, 1];
/// The same miss, but at the flat closing the trainee asks plainly after all and hands over.
const SIGNAL_MISSED_THEN_ASKED: [usize; 11] = [0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0];

fn ids(r: &gesprekstrainer::core::engine::result::CallResult) -> Vec<String> {
    r.after_call.iter().map(|q| q.id.clone()).collect()
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
        let s = play(&l, seed, &ROUTE_A);
        assert!(s.is_ended(), "{v}/A: {:?}", nodes(&s));
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::SafetyHandover, "{v}/A");
        assert_eq!(ending(&s), "overdracht_maatschappelijk", "{v}/A");
        assert_eq!(r.score.raw, 100.0, "{v}/A");
        assert!(r.findings.is_empty(), "{v}/A: {:?}", r.findings);
        assert!(
            visited(&s, "twijfel") && !visited(&s, "steun"),
            "{v}/A: {:?}",
            nodes(&s)
        );

        let s = play(&l, seed, &ROUTE_B);
        assert!(s.is_ended(), "{v}/B: {:?}", nodes(&s));
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/B");
        assert_eq!(ending(&s), "afspraak", "{v}/B");
        assert_eq!(r.score.raw, 100.0, "{v}/B");
        assert!(r.findings.is_empty(), "{v}/B: {:?}", r.findings);
        assert!(r.passed(), "{v}/B");
        assert!(
            visited(&s, "steun") && !visited(&s, "twijfel"),
            "{v}/B: {:?}",
            nodes(&s)
        );
        assert!(s.uncovered().contains("steun") && s.uncovered().contains("kinderen"));
    }
}

#[test]
fn after_call_questions_are_scored_and_asked_only_where_they_apply() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    // Right answers (0-based): melden 1, nagaan 2, bevestigen 0.
    let right = [Some(1), Some(2), Some(0)];
    let wrong = [Some(0), Some(1), Some(2)];
    let s = play(&l, seed, &ROUTE_A);
    let r = finish_with(&l, &a, &s, &right);
    assert_eq!(r.score.after_call, Some(100));
    assert_eq!(ids(&r), ["melden", "nagaan", "bevestigen"]);
    let r = finish_with(&l, &a, &s, &wrong);
    assert!(r.score.after_call < Some(100), "{:?}", r.score.after_call);
    assert_eq!(r.score.after_call, Some(0));
    // One wrong answer is enough to lose points.
    let r = finish_with(&l, &a, &s, &[Some(0), Some(2), Some(0)]);
    assert!(r.score.after_call < Some(100));

    // Signal missed: he was never asked plainly, so there is no handover to check, but the
    // signal is still reported and the objection still confirmed.
    let s = play(&l, seed, &SIGNAL_MISSED);
    let r = finish_with(&l, &a, &s, &right);
    assert_eq!(ids(&r), ["melden", "bevestigen"]);
    assert_eq!(r.score.after_call, Some(100));
    // Asked at the very end after all: the handover is checked too.
    let s = play(&l, seed, &SIGNAL_MISSED_THEN_ASKED);
    assert_eq!(ids(&finish(&l, &a, &s)), ["melden", "nagaan", "bevestigen"]);

    // A defensive start, defended again: he drops out before he ever says it. Only the
    // confirmation of the objection is asked.
    let s = play(&l, seed, &[2, 2]);
    assert!(s.is_ended());
    assert!(!visited(&s, "signaal"));
    assert_eq!(ending(&s), "afgehaakt");
    let r = finish_with(&l, &a, &s, &right);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert_eq!(ids(&r), ["bevestigen"]);
}

#[test]
fn going_on_with_the_objection_after_the_signal_is_the_safety_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        let s = play(&l, seed, &SIGNAL_MISSED);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "afsluiten_vlak"), "{v}: {:?}", nodes(&s));
        assert_eq!(ending(&s), "afspraak_vlak", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["SafetySignalMissed"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(
            !r.good_outcome(),
            "{v}: the agreement rests on a missed signal"
        );
        assert!(!r.passed(), "{v}");
        assert!(!r.epilogue.is_empty(), "{v}");
        assert!(r.epilogue[0].contains("overgeslagen"), "{:?}", r.epilogue);
    }
}

#[test]
fn promising_secrecy_or_ending_with_just_a_number_are_traps_too() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("cynisch"));
    // "Dit blijft tussen ons" at "veiligheid", then the objection is played well; he stays flat.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SafetySignalMissed"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("belofte"), "{:?}", r.epilogue);
    // "Dan geef ik u 113 … dan laat ik u nu verder met rust": the call ends there.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 3]);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "kort_afgesloten");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SafetySignalMissed"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn promising_the_urgency_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("emotioneel"));
    // Route B, but at "ouderschapsplan": "Stuurt u het op, dan krijgt u de urgentie alsnog."
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("geregeld"), "{:?}", r.epilogue);
}

#[test]
fn one_mistake_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // A defensive opening ("ik bel om toe te lichten waarom …") makes him close off at
        // "dicht"; acknowledging his question there brings the call back to the main line.
        let s = play(&l, seed, &[2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "dicht"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::SafetyHandover, "{v}");
        assert!(r.good_outcome(), "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
        // "Wat bedoelt u daarmee?" at the signal: he waves it away, and asking plainly
        // then still leads to the handover.
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
        assert!(visited(&s, "vaag_signaal"), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::SafetyHandover, "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(
            r.score.raw < 100.0 && r.score.raw > 60.0,
            "{v}: {}",
            r.score.raw
        );
    }
}

#[test]
fn a_missed_signal_can_still_be_picked_up_at_the_end() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    let s = play(&l, seed, &SIGNAL_MISSED_THEN_ASKED);
    assert!(s.is_ended());
    assert!(visited(&s, "laat_signaal"));
    assert_eq!(ending(&s), "overdracht_laat");
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::SafetyHandover);
    // The miss stays a finding: picking it up late is better, not clean.
    assert_eq!(findings(&r), ["SafetySignalMissed"]);
    assert!(!r.passed());
}

#[test]
fn uncovering_the_children_brings_the_parenting_plan() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    let with = play(&l, seed, &ROUTE_B);
    assert!(with.uncovered().contains("kinderen"));
    assert!(visited(&with, "bezwaar_kinderen") && visited(&with, "ouderschapsplan"));
    assert_eq!(ending(&with), "afspraak");
    // "Bedoelt u uw huis?" at "alles_kwijt": the children stay hidden; later the objection is
    // only explained, he asks for the hearing, and the parenting plan never comes up.
    let without = play(&l, seed, &[0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("kinderen"));
    assert!(visited(&without, "huis") && visited(&without, "bezwaar_open"));
    assert!(!visited(&without, "ouderschapsplan"));
    assert_eq!(ending(&without), "hoorzitting");
    let r = finish(&l, &a, &without);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome() && r.findings.is_empty());
    // A second chance: the open question at "bezwaar_open" uncovers them after all.
    let late = play(&l, seed, &[0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    assert!(late.uncovered().contains("kinderen"));
    assert!(visited(&late, "ouderschapsplan"));
    assert_eq!(ending(&late), "afspraak");
}

#[test]
fn without_his_support_known_he_stays_flat_at_the_end() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("moe"));
    // Route B: his brother and GP are known, the closing is warm.
    let with = play(&l, seed, &ROUTE_B);
    assert!(with.uncovered().contains("steun"));
    assert!(visited(&with, "afsluiten") && !visited(&with, "afsluiten_vlak"));
    // Route A's "dan niet, belt u dan zelf 113" at "twijfel": asked plainly, but no support
    // known and no handover; after the objection he is still flat, and the signal returns.
    let flat = [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0];
    // Picking it up there: asked again, and a warm handover after all. No finding.
    let mut picked_up = flat.to_vec();
    picked_up.extend([0, 0]);
    let s = play(&l, seed, &picked_up);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(!s.uncovered().contains("steun"));
    assert!(visited(&s, "afsluiten_vlak") && !visited(&s, "afsluiten"));
    assert_eq!(ending(&s), "overdracht_laat");
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert!(r.score.raw < 100.0);
    // Saying a friendly goodbye there leaves him alone with it: the signal is missed.
    let mut goodbye = flat.to_vec();
    goodbye.push(1);
    let s = play(&l, seed, &goodbye);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert_eq!(ending(&s), "afspraak_vlak");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SafetySignalMissed"]);
    assert!(!r.good_outcome() && !r.passed());
    assert!(!r.epilogue.is_empty());
}

#[test]
fn random_calls_reach_at_least_three_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::SafetyHandover), "{outcomes:?}");
}
