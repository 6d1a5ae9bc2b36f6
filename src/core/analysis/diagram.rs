//! Graph export for authors: Graphviz DOT and Mermaid flowcharts of a scenario.

use std::fmt::Write;

use crate::core::format::scenario::{Next, Scenario};
use crate::tr;

fn short(text: &str, max: usize) -> String {
    let mut s: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        s.push('…');
    }
    s
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Graphviz DOT: nodes as boxes (phase and first line), endings as ellipses, one edge per response.
pub fn to_dot(s: &Scenario) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "digraph \"{}\" {{", dot_escape(&s.id));
    let _ = writeln!(o, "  rankdir=TB; node [fontname=\"Helvetica\"];");
    for n in &s.nodes {
        let first = n.lines.first().map_or("", String::as_str);
        let _ = writeln!(
            o,
            "  \"{}\" [shape=box, label=\"{}\\n[{:?}]\\n{}\"];",
            dot_escape(&n.id),
            dot_escape(&n.id),
            n.phase,
            dot_escape(&short(first, 40))
        );
    }
    for e in &s.endings {
        let _ = writeln!(
            o,
            "  \"{}\" [shape=ellipse, label=\"{}\\n{}\"];",
            dot_escape(&e.id),
            dot_escape(&e.id),
            dot_escape(&e.outcome.label())
        );
    }
    for n in &s.nodes {
        for (i, r) in n.responses.iter().enumerate() {
            let label = format!("{}: {}", i + 1, short(&r.text, 30));
            match &r.next {
                Next::Goto(t) => {
                    let _ = writeln!(
                        o,
                        "  \"{}\" -> \"{}\" [label=\"{}\"];",
                        dot_escape(&n.id),
                        dot_escape(t),
                        dot_escape(&label)
                    );
                }
                Next::Branch { cases, otherwise } => {
                    for c in cases {
                        let _ = writeln!(
                            o,
                            "  \"{}\" -> \"{}\" [label=\"{} {} {:?}\", style=dashed];",
                            dot_escape(&n.id),
                            dot_escape(&c.goto),
                            dot_escape(&label),
                            dot_escape(&tr!("terminal-graph-if")),
                            c.when
                        );
                    }
                    let _ = writeln!(
                        o,
                        "  \"{}\" -> \"{}\" [label=\"{}\"];",
                        dot_escape(&n.id),
                        dot_escape(otherwise),
                        dot_escape(&label)
                    );
                }
            }
        }
    }
    if let Some(rule) = &s.escalation {
        let note = dot_escape(&tr!(
            "terminal-graph-anger-at-least",
            anger = rule.anger_at_least.to_string()
        ));
        let _ = writeln!(
            o,
            "  \"{note}\" [shape=note]; \"{note}\" -> \"{}\" [style=dotted];",
            dot_escape(&rule.goto)
        );
    }
    o.push_str("}\n");
    o
}

/// Mermaid ids must be plain: map every id to n0, n1, … and show the real id in the label.
fn mermaid_label(s: &str) -> String {
    s.replace('"', "'")
        .replace(['[', ']', '{', '}', '(', ')', '<', '>', '|'], " ")
}

pub fn to_mermaid(s: &Scenario) -> String {
    let mut o = String::from("flowchart TD\n");
    let id = |name: &str| -> String {
        if let Some(i) = s.nodes.iter().position(|n| n.id == name) {
            format!("n{i}")
        } else if let Some(i) = s.endings.iter().position(|e| e.id == name) {
            format!("e{i}")
        } else {
            tr!("terminal-graph-unknown")
        }
    };
    for (i, n) in s.nodes.iter().enumerate() {
        let _ = writeln!(o, "  n{i}[\"{} · {:?}\"]", mermaid_label(&n.id), n.phase);
    }
    for (i, e) in s.endings.iter().enumerate() {
        let _ = writeln!(
            o,
            "  e{i}([\"{} · {}\"])",
            mermaid_label(&e.id),
            mermaid_label(&e.outcome.label())
        );
    }
    for n in &s.nodes {
        for (i, r) in n.responses.iter().enumerate() {
            for t in r.next.targets() {
                let _ = writeln!(
                    o,
                    "  {} -->|\"{}\"| {}",
                    id(&n.id),
                    mermaid_label(&format!("{}: {}", i + 1, short(&r.text, 30))),
                    id(t)
                );
            }
        }
    }
    o
}
