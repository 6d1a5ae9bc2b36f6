//! Scripted calls through `scenarios/bijstand-terugvordering.ron`: recovery of social assistance
//! (Participatiewet) after income from work was not set off; the citizen mailed in July and never
//! got an answer. Choices are 0-based indices in file order.
//!
//! Node order of the answers, for reading the scripts:
//! opening, controle, verhaal, (route A: schaamte | route B: —), [dreiging], mail,
//! (route B: fraudeur), belang, [kinderen], uitleg, laat_maar, voorstel, [geen_datum], [huur],
//! afsluiten, terugvertellen.

mod common;

use common::{clean, ending, findings, finish, load, nodes, play, random_walks, seed_for, visited};
use gesprekstrainer::core::engine::session::Position;
use gesprekstrainer::core::format::scenario::Outcome;

const ID: &str = "bijstand-terugvordering";
const VARIANTS: [&str; 3] = ["woedend", "beschaamd", "wantrouwend"];

/// Route A: silence and reflecting the feeling at the outburst; the shame comes up at once.
const ROUTE_A: [usize; 13] = [0; 13];
/// Route B: paraphrasing at the outburst; the shame comes up later, at "fraudeur".
const ROUTE_B: [usize; 13] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

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
    }
}

#[test]
fn both_routes_end_well_with_full_score_for_every_variant() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        for (name, route, via, not_via) in [
            ("A", &ROUTE_A, "schaamte", "fraudeur"),
            ("B", &ROUTE_B, "fraudeur", "schaamte"),
        ] {
            let s = play(&l, seed, route);
            assert!(s.is_ended(), "{v}/{name}: not ended");
            let r = finish(&l, &a, &s);
            assert_eq!(r.outcome, Outcome::InformalSolution, "{v}/{name}");
            assert_eq!(r.score.raw, 100.0, "{v}/{name}");
            assert!(r.findings.is_empty(), "{v}/{name}: {:?}", r.findings);
            assert!(visited(&s, via), "{v}/{name}: {:?}", nodes(&s));
            assert!(!visited(&s, not_via), "{v}/{name}: {:?}", nodes(&s));
            assert!(
                visited(&s, "huur") && visited(&s, "terugvertellen"),
                "{v}/{name}"
            );
            assert_eq!(ending(&s), "oplossing_schuldhulp", "{v}/{name}");
            // Both routes uncover both interests.
            assert!(s.uncovered().contains("schaamte"), "{v}/{name}");
            assert!(s.uncovered().contains("kinderen"), "{v}/{name}");
        }
    }
}

#[test]
fn taking_laat_maar_zitten_as_a_withdrawal_is_a_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("beschaamd"));
    // Clean up to "laat_maar", then "Dan noteer ik dat u uw bezwaar intrekt."
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 2]);
    assert!(s.is_ended());
    assert_eq!(ending(&s), "ingetrokken");
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OralWithdrawalAccepted"]);
    assert_eq!(r.outcome, Outcome::Unresolved);
    assert!(!r.passed());
    assert!(!r.epilogue.is_empty());
    assert!(
        r.epilogue[0].contains("schriftelijke intrekking"),
        "{:?}",
        r.epilogue
    );
}

#[test]
fn saying_the_objection_suspends_payment_is_a_trap_even_when_the_call_ends_well() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("woedend"));
    // At "uitleg": "Zolang uw bezwaar loopt, hoeft u niets terug te betalen."
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["SuspensionMisstated"]);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(!r.good_outcome(), "the outcome rests on a wrong statement");
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("Debiteuren"), "{:?}", r.epilogue);
}

#[test]
fn niets_aan_te_doen_is_wrong_without_being_a_listed_trap() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("wantrouwend"));
    // At "uitleg": "terugvorderen is wettelijk verplicht … niets aan te doen" — too absolute
    // (art. 58 lid 8 Pw). Marked harmful with a consequence; the engine has no trap for it.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    let r = finish(&l, &a, &s);
    assert!(r.findings.is_empty());
    assert!(r.outcome.is_good());
    assert!(!r.good_outcome());
    assert!(r.score.raw < 100.0);
    assert!(r.epilogue[0].contains("nooit bekeken"), "{:?}", r.epilogue);
}

#[test]
fn promising_kwijtschelding_is_a_trap_and_hides_the_rent_arrears() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("woedend"));
    // At "belang": "wordt zo'n bedrag meestal kwijtgescholden". The fear for the children's home
    // never comes up, so there is no "huur" moment either.
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
    assert!(s.is_ended(), "{:?}", nodes(&s));
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["OutcomePromised"]);
    assert!(!r.passed());
    assert!(!r.good_outcome());
    assert!(
        r.epilogue[0].contains("kwijtgescholden"),
        "{:?}",
        r.epilogue
    );
    assert!(!visited(&s, "kinderen") && !visited(&s, "huur"));
}

#[test]
fn putting_the_objection_on_hold_without_agreement_misses_the_deadline() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("beschaamd"));
    // At "voorstel": "Dan leg ik uw bezwaar zolang stil".
    let s = play(&l, seed, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(findings(&r), ["DeadlineMissed"]);
    assert!(!r.passed());
    assert!(r.epilogue[0].contains("22 december"), "{:?}", r.epilogue);
    assert!(
        r.epilogue[0].contains("ingebrekestelling"),
        "{:?}",
        r.epilogue
    );
}

#[test]
fn a_mistake_at_the_outburst_can_be_turned_around() {
    let (l, a) = load(ID);
    for v in VARIANTS {
        let seed = seed_for(&l, Some(v));
        // Correcting him ("nergens staat dat u een fraudeur bent") provokes "dreiging";
        // acknowledging there brings the call back to the main line.
        let s = play(&l, seed, &[0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(s.is_ended(), "{v}");
        assert!(visited(&s, "dreiging"), "{v}");
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
fn uncovering_the_fear_for_the_children_brings_the_offer_of_debt_help() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("woedend"));
    let with = play(&l, seed, &ROUTE_A);
    assert!(with.uncovered().contains("kinderen"));
    assert!(visited(&with, "huur"));
    assert_eq!(ending(&with), "oplossing_schuldhulp");
    // A closed question at "belang" instead: he says the least, the rent arrears stay hidden,
    // and the call ends without any offer of help.
    let without = play(&l, seed, &[0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert!(without.is_ended(), "{:?}", nodes(&without));
    assert!(!without.uncovered().contains("kinderen"));
    assert!(!visited(&without, "kinderen") && !visited(&without, "huur"));
    assert_eq!(ending(&without), "oplossing");
    let r = finish(&l, &a, &without);
    assert!(r.good_outcome());
    assert!(r.score.raw < 100.0);
}

#[test]
fn uncovering_the_shame_early_spares_the_fraudster_moment() {
    let (l, _) = load(ID);
    let seed = seed_for(&l, Some("wantrouwend"));
    // Route A uncovers "schaamte" at the outburst: no "fraudeur" moment later.
    let with = play(&l, seed, &ROUTE_A);
    assert!(!visited(&with, "fraudeur"));
    // Route B does not; he comes back to it ("dus u vindt mij een fraudeur") after "mail".
    let without = play(&l, seed, &ROUTE_B);
    assert!(visited(&without, "fraudeur"));
    let at = nodes(&without);
    let mail = at.iter().position(|n| n == "mail").unwrap();
    assert_eq!(at[mail + 1], "fraudeur");
}

#[test]
fn without_acknowledging_the_unanswered_mail_he_chooses_the_hearing() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("beschaamd"));
    // A correct summary at "mail" instead of "er is nooit op gereageerd, en dat had wel
    // gemoeten": the rest goes well, but he wants the hearing (a legitimate route).
    let s = play(&l, seed, &[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(ending(&s), "hoorzitting_mail");
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::FormalHearing);
    assert!(r.good_outcome());
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0 && r.score.raw > 90.0, "{}", r.score.raw);
}

#[test]
fn a_vague_agreement_can_end_without_one_or_be_repaired() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("woedend"));
    let to_laat_maar = [0, 0, 0, 0, 0, 0, 0, 0];
    // Vague at "laat_maar", vague again at "geen_datum": no agreement.
    let mut vague = to_laat_maar.to_vec();
    vague.extend([3, 2]);
    let s = play(&l, seed, &vague);
    assert_eq!(ending(&s), "vaag");
    assert_eq!(finish(&l, &a, &s).outcome, Outcome::Unresolved);
    // Vague once, then the date after all: back to the main line and a good end.
    let mut repaired = to_laat_maar.to_vec();
    repaired.extend([3, 0, 0, 0, 0]);
    let s = play(&l, seed, &repaired);
    assert!(visited(&s, "geen_datum"));
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::InformalSolution);
    assert!(r.findings.is_empty());
    assert!(r.score.raw < 100.0);
}

#[test]
fn repeated_escalation_ends_the_call_but_one_mistake_does_not() {
    let (l, a) = load(ID);
    let seed = seed_for(&l, Some("woedend"));
    // Correcting him at the outburst, then "Als u gaat dreigen, beëindig ik dit gesprek."
    let s = play(&l, seed, &[0, 0, 2, 3]);
    assert!(s.is_ended());
    let r = finish(&l, &a, &s);
    assert_eq!(r.outcome, Outcome::HungUp);
    assert!(!r.passed());
    // One escalating answer alone does not end it.
    let once = play(&l, seed, &[0, 0, 2]);
    assert!(!once.is_ended());
    assert_eq!(once.position(), &Position::At("dreiging".into()));
}

#[test]
fn random_walks_reach_several_outcomes() {
    let (l, _) = load(ID);
    let outcomes = random_walks(&l, 500);
    assert!(outcomes.len() >= 3, "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::HungUp), "{outcomes:?}");
    assert!(outcomes.contains(&Outcome::FormalHearing), "{outcomes:?}");
}
