//! Synthetic scenarios of any size, for benchmarks and stress tests of the analyzer.

use super::scenario::*;
use super::technique::{Phase, Technique};
use crate::core::engine::citizen::Mood;

fn response(text: String, tags: Vec<Technique>, next: Next) -> Response {
    Response {
        text,
        tags,
        effect: Effect::Auto,
        skills: Vec::new(),
        flags: Vec::new(),
        feedback: "Gegenereerde feedback.".to_owned(),
        better: None,
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
        summary: "Gegenereerd voor metingen.".to_owned(),
        dossier: Dossier {
            decision: "Geen.".to_owned(),
            ..Dossier::default()
        },
        preparation: Vec::new(),
        citizen: Citizen {
            name: "Test".to_owned(),
            age: 40,
            situation: "Gegenereerd.".to_owned(),
            anger: start.anger,
            trust: start.trust,
            interests: Vec::new(),
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
