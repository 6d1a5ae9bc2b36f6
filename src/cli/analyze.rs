//! `gesprekstrainer analyze` and `gesprekstrainer graph`.

use std::io::Write;

use super::GraphFormat;
use crate::core::analysis::analyze::{PathCount, analyze};
use crate::core::analysis::diagram;
use crate::core::format::library;
use crate::core::format::technique::Skill;

pub fn run(spec: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(loaded) = super::load_valid(spec, err) else {
        return 1;
    };
    let s = &loaded.scenario;
    let a = analyze(s);
    let _ = writeln!(out, "Scenario {} — {}", s.id, s.title);
    let _ = writeln!(
        out,
        "Knopen {}, einden {}, antwoorden {}",
        a.nodes, a.endings, a.responses
    );
    let paths = match a.paths {
        PathCount::Exact(n) if n == u128::MAX => "meer dan 3,4·10^38".to_owned(),
        PathCount::Exact(n) => n.to_string(),
        PathCount::Unknown => "onbekend (te groot om volledig te doorzoeken)".to_owned(),
    };
    let kind = if a.exact {
        format!("exact, {} gesprekstoestanden doorzocht", a.states)
    } else {
        format!(
            "te groot om volledig te doorzoeken; beste en slechtste gesprek gevonden met een bundelzoektocht (grenzen uit de graaf: {} tot {} punten)",
            a.lower_total, a.upper_total
        )
    };
    let _ = writeln!(out, "Analyse: {kind}");
    let _ = writeln!(out, "Mogelijke gesprekken: {paths}");
    let _ = writeln!(out, "Bereikbare uitkomsten:");
    for o in &a.outcomes {
        let _ = writeln!(out, "  - {}", o.label_nl());
    }
    let _ = writeln!(out, "Bereikbare einden: {}", a.reachable_endings.join(", "));
    let _ = writeln!(out, "Punten (voorbereiding inbegrepen)   beste  slechtste");
    for sk in Skill::ALL {
        let _ = writeln!(
            out,
            "  {:<32} {:>5}  {:>9}",
            sk.label_nl(),
            a.best_per_skill[sk.index()],
            a.worst_per_skill[sk.index()]
        );
    }
    let _ = writeln!(
        out,
        "  {:<32} {:>5}  {:>9}",
        "Totaal", a.best_total, a.worst_total
    );
    if !a.best_path.is_empty() {
        let fmt = |p: &[usize]| {
            p.iter()
                .map(|c| (c + 1).to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let _ = writeln!(out, "Beste pad (--choose): {}", fmt(&a.best_path));
        let _ = writeln!(out, "Slechtste pad (--choose): {}", fmt(&a.worst_path));
    }
    0
}

pub fn graph(spec: &str, format: GraphFormat, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match library::resolve(spec) {
        Ok(l) => {
            let text = match format {
                GraphFormat::Dot => diagram::to_dot(&l.scenario),
                GraphFormat::Mermaid => diagram::to_mermaid(&l.scenario),
            };
            let _ = out.write_all(text.as_bytes());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            1
        }
    }
}
