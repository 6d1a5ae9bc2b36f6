//! The validator's scoring checks: a clean call that loops, a node of only traps, a weak answer
//! that earns as much as the best, a clean call that ends badly, a hang-up after one sentence.

mod common;

use common::report;
use gesprekstrainer::core::format::generate::synthetic;
use gesprekstrainer::core::format::scenario::{Flag, Next};
use gesprekstrainer::core::format::technique::{LegalTrap, Technique};
use gesprekstrainer::core::format::validate::Severity;

fn has(r: &[(Severity, String)], sev: Severity, needle: &str) -> bool {
    r.iter().any(|(s, m)| *s == sev && m.contains(needle))
}

#[test]
fn the_generated_scenario_is_clean() {
    let r = report(&synthetic(4));
    assert!(!r.iter().any(|(s, _)| *s == Severity::Error), "{r:?}");
}

#[test]
fn a_node_where_every_answer_is_a_trap_is_an_error() {
    let mut s = synthetic(4);
    for resp in &mut s.nodes[1].responses {
        resp.flags.push(Flag::Trap(LegalTrap::OutcomePromised));
    }
    assert!(has(
        &report(&s),
        Severity::Error,
        "elk antwoord in knoop 'k1'"
    ));
}

#[test]
fn a_clean_call_that_loops_is_an_error() {
    let mut s = synthetic(2);
    // Both nodes' best answers lead to each other; the only way out is a weak one.
    s.nodes[0].responses[0].next = Next::Goto("k1".into());
    s.nodes[1].responses[0].next = Next::Goto("k0".into());
    for n in &mut s.nodes {
        n.responses.truncate(2);
        n.responses[1].tags = vec![Technique::Summarising];
        n.responses[1].next = Next::Goto("goed".into());
        n.responses[1].quality = Some(gesprekstrainer::core::format::quality::Quality::Weak);
    }
    let r = report(&s);
    assert!(has(&r, Severity::Error, "bereikt nooit een einde"), "{r:?}");
}

#[test]
fn a_better_answer_scoring_like_the_best_and_a_bad_clean_ending_are_warnings() {
    let mut s = synthetic(3);
    s.nodes[0].responses[2].better = Some("Vat eerst samen.".into());
    s.endings[0].outcome = gesprekstrainer::core::format::scenario::Outcome::Unresolved;
    let r = report(&s);
    assert!(
        has(
            &r,
            Severity::Warning,
            "heeft 'better:' maar verdient evenveel"
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            Severity::Warning,
            "een schoon gesprek (steeds het beste antwoord) eindigt in: Unresolved"
        ),
        "{r:?}"
    );
}

#[test]
fn a_hang_up_after_one_sentence_needs_the_authors_reason() {
    let mut s = synthetic(3);
    s.nodes[0].responses[1].next = Next::Goto("opgehangen".into());
    let warning = "knoop 'k0' antwoord 2 beëindigt het gesprek als eerste escalerende antwoord";
    assert!(has(&report(&s), Severity::Warning, warning));
    s.nodes[0].responses[1].ends_call = Some("Hij was al drie keer afgescheept.".into());
    assert!(!has(&report(&s), Severity::Warning, warning));
}

#[test]
fn authoring_smells_are_warnings() {
    use gesprekstrainer::core::format::condition::Condition;
    use gesprekstrainer::core::format::scenario::{Case, Interest};
    let mut s = synthetic(4);
    // Two options at k1, one at k2; an interest nobody tests; a branch case that never holds.
    s.nodes[1].responses.truncate(2);
    s.nodes[2].responses.truncate(1);
    s.citizen.interests.push(Interest {
        id: "rust".into(),
        description: "Nachtrust.".into(),
    });
    s.nodes[0].responses[0]
        .flags
        .push(Flag::Uncovers("rust".into()));
    s.nodes[0].responses[0].next = Next::Branch {
        cases: vec![Case {
            when: Condition::TrustAtLeast(101),
            goto: "k1".into(),
        }],
        otherwise: "k1".into(),
    };
    let r = report(&s);
    assert!(
        has(&r, Severity::Warning, "knoop 'k1' biedt 2 antwoorden"),
        "{r:?}"
    );
    assert!(
        has(&r, Severity::Warning, "knoop 'k2' heeft maar één antwoord"),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            Severity::Warning,
            "het belang 'rust' verandert het gesprek nergens"
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            Severity::Warning,
            "knoop 'k0' antwoord 1: geval 1 van de vertakking wordt in geen enkel gesprek genomen"
        ),
        "{r:?}"
    );
    // The synthetic generator's best answer is the longest everywhere ("Verdedigend 0" is
    // longer than "Goed 0" only by text; make the good one longest to trip the check).
    for n in &mut s.nodes {
        n.responses[0].text = "Een lang en zorgvuldig geformuleerd goed antwoord".into();
    }
    assert!(has(
        &report(&s),
        Severity::Warning,
        "het beste antwoord is het langste in"
    ));
}
