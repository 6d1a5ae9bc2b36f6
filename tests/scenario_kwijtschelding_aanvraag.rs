//! Scripted calls through `scenarios/kwijtschelding-aanvraag.ron`: an incomplete application for
//! remission of municipal taxes, a man who reads with difficulty, and a "ja ja, prima" that only
//! teach-back exposes. Choices are 0-based indices in file order.
//!
//! Node order, for reading the scripts: opening, controle, verhaal, invullen, stapel, [lezen],
//! uitleg, prima, onbegrip, hulp | [hulp_verstopt], dochter | brigade, lijst, als_het_niet_lukt,
//! afsluiten, terugverteld; after "prima" accepted: lijst, als_het_niet_lukt, [afsluiten_prima],
//! [onbegrip_laat]; after a shaming answer: [beschaamd], [laatste_kans].

mod common;

use common::{
    clean, ending, findings, finish, finish_with, load, nodes, play, random_walks, seed_for,
    visited,
};

use gesprekstrainer::core::engine::result::CallResult;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "kwijtschelding-aanvraag";
const VARIANTS: [&str; 3] = ["beschaamd", "opgewekt", "geirriteerd"];

/// Route A: at "hulp" an open question; he names his daughter and decides himself to ask her.
const ROUTE_A: [usize; 15] = [0; 15];
/// Route B: at "hulp" two options; he chooses the formulierenbrigade in the buurthuis.
const ROUTE_B: [usize; 15] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];

/// After-call answers (0-based option per question: briefje, niets_binnen, dochter_vastleggen).
const AFTER_RIGHT: [Option<usize>; 3] = [Some(1), Some(1), Some(2)];
const AFTER_WRONG: [Option<usize>; 3] = [Some(0), Some(0), Some(0)];

fn asked(r: &CallResult) -> Vec<String> {
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
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(r.good_outcome(), "{v}: rests on a wrong statement");
        assert_eq!(r.score.raw, 100.0, "{v}");
        assert!(r.findings.is_empty(), "{v}: {:?}", r.findings);
        assert!(r.epilogue.is_empty(), "{v}: {:?}", r.epilogue);
        assert!(r.turns >= 10, "{v}: {} turns", r.turns);
        assert!(r.passed(), "{v}");
        // The clean call uncovers both interests and checks understanding twice.
        assert!(s.uncovered().contains("lezen"), "{v}");
        assert!(s.uncovered().contains("begrijpt_het_niet"), "{v}");
        assert!(
            visited(&s, "onbegrip") && visited(&s, "terugverteld"),
            "{v}"
        );
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via, end) in [
            ("A", &ROUTE_A, "dochter", "brigade", "goed_dochter"),
            ("B", &ROUTE_B, "brigade", "dochter", "goed_brigade"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: {:?}", nodes(&s));
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(!visited(&s, not_via), "{v}/{name}: {:?}", nodes(&s));
            assert_eq!(ending(&s), end, "{v}/{name}");
        }
    }
}

#[test]
fn after_call_questions_are_scored_and_the_daughter_one_only_on_her_route() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("beschaamd"));
    let via_daughter = play(&l, seed, &ROUTE_A);
    let right = finish_with(&l, &a, &via_daughter, &AFTER_RIGHT);
    assert_eq!(right.score.after_call, Some(100));
    assert_eq!(
        asked(&right),
        ["briefje", "niets_binnen", "dochter_vastleggen"]
    );
    let wrong = finish_with(&l, &a, &via_daughter, &AFTER_WRONG);
    assert!(
        wrong.score.after_call < Some(100),
        "{:?}",
        wrong.score.after_call
    );
    assert_eq!(wrong.score.after_call, Some(0));
    // One wrong answer is enough to lose points.
    let one_wrong = finish_with(&l, &a, &via_daughter, &[Some(1), Some(3), Some(2)]);
    assert!(one_wrong.score.after_call < Some(100));
    // Via the brigade the daughter never came up: her question is not asked.
    let via_brigade = play(&l, seed, &ROUTE_B);
    let r = finish_with(&l, &a, &via_brigade, &AFTER_RIGHT);
    assert_eq!(asked(&r), ["briefje", "niets_binnen"]);
    assert_eq!(r.score.after_call, Some(100));
}

#[test]
fn promising_the_remission_is_a_trap() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "controle": "als dat binnen is, komt het helemaal goed met uw kwijtschelding".
        let mut choices = ROUTE_A.to_vec();
        choices[1] = 1;
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(findings(&r), ["OutcomePromised"], "{v}");
        assert_eq!(r.outcome, Outcome::InformalSolution, "{v}");
        assert!(!r.good_outcome(), "{v}: the outcome rests on a promise");
        assert!(!r.passed(), "{v}");
        assert_eq!(r.epilogue.len(), 1, "{v}: {:?}", r.epilogue);
        assert!(r.epilogue[0].contains("voorgelogen"), "{:?}", r.epilogue);
    }
}

#[test]
fn calling_his_daughter_behind_his_back_is_a_privacy_breach() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("opgewekt"));
    // At "dochter": "Dan bel ik haar vandaag even. Wat is haar nummer?"
    let mut choices = ROUTE_A.to_vec();
    choices[10] = 1;
    let s = play(&l, seed, &choices);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert!(!r.good_outcome());
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("dochter"), "{:?}", r.epilogue);
    // Passing his file to the brigade without asking is the same trap on route B.
    let mut choices = ROUTE_B.to_vec();
    choices[10] = 1;
    let r = finish(&l, &a, &play(&l, seed, &choices));
    assert_eq!(findings(&r), ["PrivacyBreach"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("buurthuis"), "{:?}", r.epilogue);
}

#[test]
fn accepting_prima_ends_without_the_papers() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // At "prima" the trainee accepts ("Dan stuur ik u een brief"), makes a date, and at the
        // end says goodbye with a phone number: the misunderstanding never comes up.
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 2]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(!s.uncovered().contains("begrijpt_het_niet"), "{v}");
        assert!(visited(&s, "afsluiten_prima"), "{v}: {:?}", nodes(&s));
        assert!(!visited(&s, "onbegrip") && !visited(&s, "hulp"), "{v}");
        assert_eq!(ending(&s), "nooit_opgestuurd", "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::Unresolved, "{v}");
        assert!(!r.outcome.is_good(), "{v}");
        assert!(r.findings.is_empty(), "{v}");
        assert!(!r.passed(), "{v}");
        assert!(
            r.epilogue[0].contains("kopie van de aanslag"),
            "{:?}",
            r.epilogue
        );
        // A closed "Klopt dat?" at the end does not expose it either.
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1]);
        assert_eq!(ending(&s), "nooit_opgestuurd", "{v}");
    }
}

#[test]
fn teach_back_at_the_last_moment_turns_prima_into_a_real_agreement() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Prima" accepted, but before he hangs up the trainee asks him to say it in his own
        // words: the misunderstanding surfaces, and the brigade appointment follows.
        let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(s.uncovered().contains("begrijpt_het_niet"), "{v}");
        assert!(visited(&s, "onbegrip_laat"), "{v}");
        assert_eq!(ending(&s), "laat_goed", "{v}");
        let r = finish(&l, &a, &s);
        assert!(r.outcome.is_good(), "{v}");
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
fn a_reproach_about_the_letter_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // "Heeft u die brief niet gelezen?" at "verhaal" provokes "beschaamd"; taking it back
        // there brings the call back to the main line.
        let mut choices = vec![0, 0, 2];
        choices.extend_from_slice(&ROUTE_A[3..]);
        choices.push(0);
        let s = play(&l, seed, &choices);
        assert!(s.is_ended(), "{v}: {:?}", nodes(&s));
        assert!(visited(&s, "beschaamd") && visited(&s, "invullen"), "{v}");
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
fn teach_back_uncovers_the_misunderstanding_and_changes_the_call() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("opgewekt"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("begrijpt_het_niet"));
    assert!(visited(&with, "onbegrip") && visited(&with, "hulp"));
    assert!(!visited(&with, "afsluiten_prima"));
    assert!(finish(&l, &a, &with).outcome.is_good());
    // "Is het zo duidelijk?" instead: he says yes, no help is arranged, and the closing is the
    // one after a pseudo-agreement.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2]);
    assert!(!without.uncovered().contains("begrijpt_het_niet"));
    assert!(visited(&without, "afsluiten_prima"));
    assert!(!visited(&without, "hulp") && !visited(&without, "hulp_verstopt"));
    assert_eq!(finish(&l, &a, &without).outcome, Outcome::Unresolved);
}

#[test]
fn without_hearing_about_his_reading_he_first_hides_behind_his_glasses() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("geirriteerd"));
    // At "stapel" the trainee offers to just tell him (premature): "lezen" stays hidden, and
    // after the misunderstanding he says he will sort it out himself "als ik mijn bril heb".
    // Asking about the glasses there uncovers it after all, and the call goes on to "hulp".
    let s = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    assert!(visited(&s, "hulp_verstopt") && visited(&s, "hulp"));
    assert!(!visited(&s, "lezen"));
    assert!(s.uncovered().contains("lezen"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 80.0, "{}", r.score.raw);
    // The clean call uncovered it early and never meets "hulp_verstopt".
    let c = clean(&l, &a, seed);
    assert!(visited(&c, "lezen") && !visited(&c, "hulp_verstopt"));
    // Going along with "dat zoek ik zelf wel uit" ends without the papers.
    let s = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 2]);
    assert_eq!(ending(&s), "zelf_uitzoeken", "{:?}", nodes(&s));
    assert_eq!(finish(&l, &a, &s).outcome, Outcome::Unresolved);
}

#[test]
fn repeated_shaming_ends_the_call() {
    let (l, a) = load(ID);
    for v in ["beschaamd", "geirriteerd"] {
        let seed = seed_for(&l, Some(v));
        // "Heeft u die brief niet gelezen?", then defending it, then "als u zo reageert".
        let s = play(&l, seed, &[0, 0, 2, 1, 2]);
        assert!(s.is_ended(), "{v}");
        let r = finish(&l, &a, &s);
        assert_eq!(r.outcome, Outcome::HungUp, "{v}");
        assert!(!r.passed(), "{v}");
        // One escalating answer alone does not end it.
        assert!(!play(&l, seed, &[0, 0, 2]).is_ended(), "{v}");
    }
    // The cheerful variant does not hang up; he gives up instead.
    let seed = seed_for(&l, Some("opgewekt"));
    let s = play(&l, seed, &[0, 0, 2, 1, 2]);
    assert_eq!(ending(&s), "opgegeven");
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    for o in [
        Outcome::InformalSolution,
        Outcome::Unresolved,
        Outcome::HungUp,
    ] {
        assert!(outcomes.contains(&o), "{outcomes:?}");
    }
}
