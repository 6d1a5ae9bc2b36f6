//! Synthetic scenarios of any size, for benchmarks and stress tests of the analyzer.

use super::scenario::*;
use super::technique::{Phase, Technique};
use crate::core::engine::citizen::Mood;

/// An answer with engine defaults and generated feedback.
pub fn response(text: String, tags: Vec<Technique>, next: Next) -> Response {
    Response {
        text,
        tags,
        quality: None,
        adjust: 0,
        effect: Effect::Auto,
        skills: Vec::new(),
        flags: Vec::new(),
        feedback: "Gegenereerde feedback.".to_owned(),
        better: None,
        ends_call: None,
        consequence: None,
        next,
    }
}

/// A valid scenario with `nodes` nodes: each node offers a good step forward, a defensive step
/// forward, a conditional branch, and (every third node) a loop back to an earlier node.
pub fn synthetic(nodes: usize) -> Scenario {
    let nodes = nodes.max(1);
    let id = |i: usize| {
        if i >= nodes {
            "goed".to_owned()
        } else {
            format!("k{i}")
        }
    };
    let list = (0..nodes)
        .map(|i| {
            let mut responses = vec![
                response(
                    format!("Goed {i}"),
                    vec![Technique::Summarising, Technique::OpenQuestion],
                    Next::Goto(id(i + 1)),
                ),
                response(
                    format!("Verdedigend {i}"),
                    vec![Technique::Defending],
                    Next::Goto(id(i + 1)),
                ),
                response(
                    format!("Uitleg {i}"),
                    vec![Technique::ExplainingNeutrally],
                    Next::Branch {
                        cases: vec![Case {
                            when: super::condition::Condition::AngerAtLeast(80),
                            goto: "opgehangen".to_owned(),
                        }],
                        otherwise: id(i + 2),
                    },
                ),
            ];
            if i % 3 == 2 {
                responses.push(response(
                    format!("Terug {i}"),
                    vec![Technique::Paraphrasing],
                    Next::Goto(id(i - 2)),
                ));
            }
            Node {
                id: id(i),
                phase: Phase::ALL[i * Phase::ALL.len() / nodes],
                cue: None,
                lines: vec![format!("Regel {i}a"), format!("Regel {i}b")],
                responses,
            }
        })
        .collect();
    let start = Mood::new(60, 40);
    Scenario {
        id: format!("synthetisch-{nodes}"),
        version: 1,
        language: "nl".to_owned(),
        title: format!("Synthetisch scenario met {nodes} knopen"),
        domain: "Test".to_owned(),
        case_type: CaseType::Bezwaar,
        difficulty: Difficulty::Gevorderd,
        situations: Vec::new(),
        summary: "Gegenereerd voor metingen.".to_owned(),
        dossier: Dossier {
            decision: "Geen.".to_owned(),
            ..Dossier::default()
        },
        preparation: Vec::new(),
        after_call: Vec::new(),
        citizen: Citizen {
            name: "Test".to_owned(),
            age: 40,
            situation: "Gegenereerd.".to_owned(),
            anger: start.anger,
            trust: start.trust,
            emotion: Default::default(),
            interests: Vec::new(),
            variants: Vec::new(),
        },
        escalation: Some(EscalationRule {
            anger_at_least: 95,
            goto: "opgehangen".to_owned(),
        }),
        max_turns: 40,
        start: id(0),
        nodes: list,
        endings: vec![
            Ending {
                id: "goed".to_owned(),
                outcome: Outcome::InformalSolution,
                cue: None,
                lines: vec!["Dank u.".to_owned()],
            },
            Ending {
                id: "opgehangen".to_owned(),
                outcome: Outcome::HungUp,
                cue: None,
                lines: vec!["Dag!".to_owned()],
            },
        ],
    }
}

/// A random scenario for property tests: `nodes` nodes with 2–4 answers each, random
/// techniques, quality marks and traps, forward jumps, loops back and mood branches, and four
/// endings (informal solution, hearing, unresolved, hang-up). Not always a sensible call — it
/// exercises the engine's rules, not an author's judgement.
pub fn random(seed: u64, nodes: usize) -> Scenario {
    use super::condition::Condition;
    use super::quality::Quality;
    use super::technique::LegalTrap;
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let nodes = nodes.max(2);
    let pool = [
        Technique::Summarising,
        Technique::ReflectingFeelings,
        Technique::OpenQuestion,
        Technique::Probing,
        Technique::CheckingUnderstanding,
        Technique::ExplainingNeutrally,
        Technique::ProposingOptions,
        Technique::Agreements,
        Technique::Defending,
        Technique::CalmDown,
        Technique::Promising,
        Technique::Judging,
    ];
    let endings = ["oplossing", "hoorzitting", "open", "opgehangen"];
    let target = |rng: &mut rand_chacha::ChaCha8Rng, i: usize| -> String {
        let r = rng.random_range(0..10);
        if i + 1 >= nodes || r == 0 {
            endings[rng.random_range(0..endings.len())].to_owned()
        } else if r == 1 && i > 0 {
            format!("k{}", rng.random_range(0..i))
        } else {
            format!("k{}", rng.random_range(i + 1..nodes.min(i + 3)))
        }
    };
    let list = (0..nodes)
        .map(|i| {
            let count = rng.random_range(2..=4);
            let responses = (0..count)
                .map(|k| {
                    let tags = (0..rng.random_range(1..=3))
                        .map(|_| pool[rng.random_range(0..pool.len())])
                        .collect();
                    let next = if rng.random_bool(0.2) {
                        Next::Branch {
                            cases: vec![Case {
                                when: Condition::AngerAtLeast(rng.random_range(30..90)),
                                goto: target(&mut rng, i),
                            }],
                            otherwise: target(&mut rng, i),
                        }
                    } else {
                        Next::Goto(target(&mut rng, i))
                    };
                    let mut r = response(format!("Antwoord {i}.{k}"), tags, next);
                    r.quality = match rng.random_range(0..6) {
                        0 => Some(Quality::Acceptable),
                        1 => Some(Quality::Weak),
                        _ => None,
                    };
                    if rng.random_bool(0.1) {
                        r.flags.push(Flag::Trap(LegalTrap::OutcomePromised));
                    }
                    if rng.random_bool(0.1) {
                        r.effect = Effect::Add {
                            anger: rng.random_range(-30..30),
                            trust: rng.random_range(-10..10),
                        };
                    }
                    r
                })
                .collect();
            Node {
                id: format!("k{i}"),
                phase: Phase::ALL[i * Phase::ALL.len() / nodes],
                cue: None,
                lines: vec![format!("Regel {i}")],
                responses,
            }
        })
        .collect();
    let mut s = synthetic(1);
    s.id = format!("willekeurig-{seed}");
    s.citizen.anger = rng.random_range(30..95);
    s.citizen.trust = rng.random_range(0..80);
    s.max_turns = 30;
    s.start = "k0".to_owned();
    s.nodes = list;
    s.escalation = Some(EscalationRule {
        anger_at_least: 90,
        goto: "opgehangen".to_owned(),
    });
    let ending = |id: &str, outcome| Ending {
        id: id.to_owned(),
        outcome,
        cue: None,
        lines: vec!["Dag.".to_owned()],
    };
    s.endings = vec![
        ending("oplossing", Outcome::InformalSolution),
        ending("hoorzitting", Outcome::FormalHearing),
        ending("open", Outcome::Unresolved),
        ending("opgehangen", Outcome::HungUp),
    ];
    s
}
