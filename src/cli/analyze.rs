//! `gesprekstrainer analyze` and `gesprekstrainer graph`.

use crate::core::store::storage::Store;
use std::io::Write;

use super::GraphFormat;
use crate::core::analysis::analyze::PathCount;
use crate::core::analysis::{diagram, replay};
use crate::core::engine::session::variant_for;
use crate::core::format::technique::Skill;
use crate::tr;

fn choices(p: &[usize]) -> String {
    p.iter()
        .map(|c| (c + 1).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn run(store: &Store, spec: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some((loaded, a)) = super::load_valid(store, spec, err) else {
        return 1;
    };
    let s = &loaded.scenario;
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-scenario",
            id = s.id.as_str(),
            title = s.title.as_str()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-size",
            nodes = a.nodes.to_string(),
            endings = a.endings.to_string(),
            responses = a.responses.to_string()
        )
    );
    let paths = match a.paths {
        PathCount::Exact(n) if n == u128::MAX => tr!("terminal-analyze-paths-max"),
        PathCount::Exact(n) => n.to_string(),
        PathCount::Unknown => tr!("terminal-analyze-paths-unknown"),
    };
    let kind = if a.exact {
        tr!("terminal-analyze-exact", states = a.states.to_string())
    } else {
        tr!("terminal-analyze-beam")
    };
    let _ = writeln!(out, "{}", tr!("terminal-analyze-kind", kind = kind));
    let _ = writeln!(out, "{}", tr!("terminal-analyze-path-count", paths = paths));
    let _ = writeln!(out, "{}", tr!("terminal-analyze-outcomes"));
    for o in &a.outcomes {
        let _ = writeln!(out, "  - {}", o.label());
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-endings",
            endings = a.reachable_endings.join(", ")
        )
    );
    let (choice, mean, longest) = replay::choice_stats(s);
    let percent = if choice > 0 {
        100.0 * longest as f64 / choice as f64
    } else {
        0.0
    };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-choices",
            choices = choice.to_string(),
            mean = format!("{mean:.2}"),
            longest = longest.to_string(),
            percent = format!("{percent:.0}")
        )
    );
    if let Ok(routes) = replay::clean_routes(s, 1, 10_000) {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-analyze-routes", routes = routes.len().to_string())
        );
    }
    let c = &a.clean;
    let ends: Vec<String> = c.outcomes.iter().map(|o| o.label()).collect();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-clean",
            states = c.states.to_string(),
            outcomes = ends.join("; ")
        )
    );
    // The yardstick, curve and paths below are for --seed 1 (the default) and the variant it draws.
    let variant = variant_for(s, 1);
    let r = a.reference_for(variant);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-yardstick",
            decisions = r.decisions.to_string()
        )
    );
    for sk in Skill::ALL {
        let _ = writeln!(out, "  {:<32} {:>3}", sk.label(), r.skills[sk.index()]);
    }
    for (id, c) in &a.variants {
        let label = s.citizen.variant(id).map_or("", |v| v.label.as_str());
        let outcomes: Vec<String> = c.outcomes.iter().map(|o| o.label()).collect();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "terminal-analyze-variant",
                id = id.to_string(),
                label = label,
                decisions = c.reference.decisions.to_string(),
                outcomes = outcomes.join("; ")
            )
        );
    }
    let best = &a.clean_for(variant).path;
    if let Some(v) = variant {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-analyze-paths-variant", variant = v.to_string())
        );
    }
    if let Ok(session) = replay::play(s, 1, best) {
        let (anger, _) = session.mood_curve();
        let curve: Vec<String> = anger.iter().map(u8::to_string).collect();
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-analyze-anger-curve", curve = curve.join(" → "))
        );
        if let Some(t) = anger.iter().position(|&x| x < 40) {
            let _ = writeln!(out, "{}", tr!("terminal-analyze-calm-after", turns = t));
        }
    }
    if let Ok(rec) = replay::recoveries(s, &a, 1)
        && let Some(best) = rec.iter().max_by(|x, y| x.raw.total_cmp(&y.raw))
    {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "terminal-analyze-recovery",
                score = format!("{:.1}", best.raw),
                choices = choices(&best.choices)
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr!("terminal-analyze-best-path", choices = choices(best))
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-analyze-worst-path",
            choices = choices(&a.worst_path),
            loss = a.worst_loss.to_string()
        )
    );
    0
}

pub fn graph(
    store: &Store,
    spec: &str,
    format: GraphFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match crate::core::store::library::resolve(store, spec) {
        Ok((l, _)) => {
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
