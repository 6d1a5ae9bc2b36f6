//! `gesprekstrainer analyze` and `gesprekstrainer graph`.

use std::io::Write;

use super::GraphFormat;
use crate::core::analysis::analyze::PathCount;
use crate::core::analysis::{diagram, replay};
use crate::core::engine::session::variant_for;
use crate::core::format::library;
use crate::core::format::technique::Skill;

fn choices(p: &[usize]) -> String {
    p.iter()
        .map(|c| (c + 1).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn run(spec: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some((loaded, a)) = super::load_valid(spec, err) else {
        return 1;
    };
    let s = &loaded.scenario;
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
        "te groot om volledig te doorzoeken; het slechtste gesprek is gevonden met een bundelzoektocht".to_owned()
    };
    let _ = writeln!(out, "Analyse: {kind}");
    let _ = writeln!(out, "Mogelijke gesprekken: {paths}");
    let _ = writeln!(out, "Bereikbare uitkomsten:");
    for o in &a.outcomes {
        let _ = writeln!(out, "  - {}", o.label());
    }
    let _ = writeln!(out, "Bereikbare einden: {}", a.reachable_endings.join(", "));
    let (choice, mean, longest) = replay::choice_stats(s);
    let _ = writeln!(
        out,
        "Keuzemomenten: {choice}, gemiddeld {mean:.2} antwoorden; het beste antwoord is het langste in {longest} ({:.0}%)",
        if choice > 0 {
            100.0 * longest as f64 / choice as f64
        } else {
            0.0
        }
    );
    if let Ok(routes) = replay::clean_routes(s, 1, 10_000) {
        let _ = writeln!(
            out,
            "Routes naar een goed einde (schone gesprekken, verschillende knopen): {}",
            routes.len()
        );
    }
    let c = &a.clean;
    let ends: Vec<String> = c.outcomes.iter().map(|o| o.label()).collect();
    let _ = writeln!(
        out,
        "Schone gesprekken (steeds het beste antwoord): {} toestanden, eindigen in: {}",
        c.states,
        ends.join("; ")
    );
    // The yardstick, curve and paths below are for --seed 1 (the default) and the variant it draws.
    let variant = variant_for(s, 1);
    let r = a.reference_for(variant);
    let _ = writeln!(
        out,
        "Maatstaf (100%): het schone referentiegesprek, {} beslissingen; per vaardigheid:",
        r.decisions
    );
    for sk in Skill::ALL {
        let _ = writeln!(out, "  {:<32} {:>3}", sk.label(), r.skills[sk.index()]);
    }
    for (id, c) in &a.variants {
        let label = s.citizen.variant(id).map_or("", |v| v.label.as_str());
        let _ = writeln!(
            out,
            "Variant {id} ({label}): schoon gesprek van {} beslissingen, eindigt in: {}",
            c.reference.decisions,
            c.outcomes
                .iter()
                .map(|o| o.label())
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    let best = &a.clean_for(variant).path;
    if let Some(v) = variant {
        let _ = writeln!(out, "Paden hieronder: met --seed 1, variant {v}");
    }
    if let Ok(session) = replay::play(s, 1, best) {
        let (anger, _) = session.mood_curve();
        let curve: Vec<String> = anger.iter().map(u8::to_string).collect();
        let _ = writeln!(
            out,
            "Boosheid per beurt (schoon gesprek): {}",
            curve.join(" → ")
        );
        if let Some(t) = anger.iter().position(|&x| x < 40) {
            let _ = writeln!(out, "Onder de 40 na {t} beurt(en)");
        }
    }
    if let Ok(rec) = replay::recoveries(s, &a, 1)
        && let Some(best) = rec.iter().max_by(|x, y| x.raw.total_cmp(&y.raw))
    {
        let _ = writeln!(
            out,
            "Beste score met één fout en daarna herstel: {:.1}% (--choose {})",
            best.raw,
            choices(&best.choices)
        );
    }
    let _ = writeln!(out, "Beste pad (--choose): {}", choices(best));
    let _ = writeln!(
        out,
        "Slechtste pad (--choose): {} ({} punten verlies)",
        choices(&a.worst_path),
        a.worst_loss
    );
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
