//! After-call questions (asked when their condition holds at the end, scored on their own line)
//! and declared situations (the validator asks for their evidence).

mod common;

use common::report;

use gesprekstrainer::core::format::condition::Condition;
use gesprekstrainer::core::format::scenario::{Outcome, PrepOption, PrepQuestion};
use gesprekstrainer::core::format::situation::Situation;
use gesprekstrainer::core::format::technique::Skill;
use gesprekstrainer::core::format::validate::Severity;

fn question(id: &str, when: Option<Condition>) -> PrepQuestion {
    let option = |text: &str, correct: bool| PrepOption {
        text: text.into(),
        correct,
        feedback: format!("feedback bij {text}"),
    };
    PrepQuestion {
        id: id.into(),
        question: format!("Wat doet u na het gesprek ({id})?"),
        skill: Skill::Afspraken,
        points: 2,
        options: vec![option("Niets", false), option("Vastleggen", true)],
        when,
    }
}

fn errors(r: &[(Severity, String)]) -> Vec<&str> {
    r.iter()
        .filter(|(s, _)| *s == Severity::Error)
        .map(|(_, m)| m.as_str())
        .collect()
}

#[test]
fn questions_are_asked_when_their_condition_holds_and_scored_apart() {
    let (mut l, a) = common::load("klacht-stadswinkel");
    let seed = 1;
    let clean = common::clean(&l, &a, seed);
    let first = clean.turns()[0].node.clone();
    l.scenario.after_call = vec![
        question("altijd", None),
        question("nooit", Some(Condition::Visited("bestaat-niet".into()))),
        question("na-opening", Some(Condition::Visited(first))),
    ];
    let s = common::play(&l, seed, &a.clean_for(clean.variant()).path);
    assert_eq!(s.asked_after_call(&l.scenario), [true, false, true]);

    let right = common::finish_with(&l, &a, &s, &[Some(1), Some(1), Some(1)]);
    let ids: Vec<&str> = right.after_call.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["altijd", "na-opening"]);
    assert_eq!(right.score.after_call, Some(100));
    assert!(right.after_call.iter().all(|q| q.correct));

    // One wrong, one unanswered: 0%, and the right answer is named for the debrief.
    let wrong = common::finish_with(&l, &a, &s, &[Some(0), Some(1), None]);
    assert_eq!(wrong.score.after_call, Some(0));
    assert_eq!(wrong.after_call[0].answer.as_deref(), Some("Niets"));
    assert_eq!(wrong.after_call[0].best, "Vastleggen");
    assert_eq!(wrong.after_call[1].answer, None);
    // The call's own score does not move.
    assert_eq!(wrong.score.raw, right.score.raw);
    assert_eq!(wrong.passed(), right.passed());
}

#[test]
fn a_scenario_without_after_call_questions_has_no_such_line() {
    let (l, a) = common::load("klacht-stadswinkel");
    let r = common::finish(&l, &a, &common::clean(&l, &a, 1));
    assert!(l.scenario.after_call.is_empty());
    assert_eq!(r.score.after_call, None);
    assert!(r.after_call.is_empty());
}

#[test]
fn the_validator_checks_after_call_questions() {
    let (l, _) = common::load("klacht-stadswinkel");
    let mut s = l.scenario.clone();
    let mut no_right = question("fout", None);
    no_right.options.retain(|o| !o.correct);
    s.after_call = vec![
        no_right,
        question("raar", Some(Condition::Visited("bestaat-niet".into()))),
    ];
    let mut prep = question("voor", Some(Condition::Flag("x".into())));
    prep.id = "voor".into();
    s.preparation.push(prep);
    let r = report(&s);
    let e = errors(&r);
    assert!(
        e.iter()
            .any(|m| m.contains("vraag na het gesprek 'fout' heeft geen goede optie")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.contains("bij vraag 'raar' test een bezoek aan de onbekende knoop")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.contains("voorbereidingsvraag 'voor' heeft 'when'")),
        "{e:?}"
    );
}

#[test]
fn a_declared_situation_needs_its_evidence() {
    let (l, _) = common::load("klacht-stadswinkel");
    let mut s = l.scenario.clone();
    s.situations = vec![Situation::Dreiging, Situation::VoorBesluit];
    let r = report(&s);
    let e = errors(&r);
    assert!(
        e.iter()
            .any(|m| m
                .contains("situatie 'dreiging' (Dreiging) vraagt om een einde EndedAfterThreat")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|m| m.contains("(VoorBesluit) vraagt om case_type: Aanvraag")),
        "{e:?}"
    );

    // With the evidence in place the errors go.
    let mut ended = s.endings[0].clone();
    ended.id = "afgebroken".into();
    ended.outcome = Outcome::EndedAfterThreat;
    s.endings.push(ended);
    s.after_call = vec![question("melden", None)];
    s.situations = vec![Situation::Dreiging];
    let r = report(&s);
    assert!(
        !errors(&r).iter().any(|m| m.contains("situatie")),
        "{:?}",
        errors(&r)
    );
}

#[test]
fn every_situation_says_what_it_needs() {
    // The generated call carries none of the situations: each names its missing evidence.
    let s = gesprekstrainer::core::format::generate::synthetic(4);
    for sit in Situation::ALL {
        let missing = sit.evidence(&s).expect_err(&sit.label());
        assert!(!missing.is_empty());
    }
}
