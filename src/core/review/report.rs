//! The group report for the trainer: HTML (overview, coverage, drill-down) and CSV.

use std::fmt::Write;

use super::coverage::Coverage;
use super::{Group, Summary};
use crate::core::export::csv::row;
use crate::core::export::html::{esc, turn_html};
use crate::core::format::technique::Skill;
use crate::core::i18n;
use crate::core::store::progress::Attempt;

/// Red (0%) through yellow to green (100%), as a CSS colour.
fn heat(p: u8) -> String {
    format!("hsl({}, 70%, 80%)", u32::from(p) * 120 / 100)
}

fn pct(p: Option<u8>) -> String {
    p.map_or("—".to_owned(), |p| format!("{p}%"))
}

/// Anger (red) and trust (blue) after each turn of one call.
fn curve(a: &Attempt) -> String {
    let (anger, trust) = a.session.mood_curve();
    let n = (anger.len().max(2) - 1) as f64;
    let line = |v: &[u8]| {
        v.iter()
            .enumerate()
            .map(|(i, x)| {
                format!(
                    "{:.0},{:.0}",
                    5.0 + 390.0 * i as f64 / n,
                    95.0 - 90.0 * f64::from(*x) / 100.0
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" role="img" aria-label="{}"><rect width="400" height="100" fill="none" stroke="#999"/><polyline points="{}" fill="none" stroke="#c0392b" stroke-width="2"/><polyline points="{}" fill="none" stroke="#2a6fb0" stroke-width="2"/></svg>"##,
        esc(&crate::tr!("reports-group-curve")),
        line(&anger),
        line(&trust)
    )
}

pub fn to_html(group: &Group, summary: &Summary, coverage: &[Coverage]) -> String {
    let mut h = format!(
        r#"<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><title>Gesprekstrainer — {}</title><style>
body{{font-family:sans-serif;max-width:75em;margin:2em auto;color:#222}} table{{border-collapse:collapse;margin-bottom:1em}} td,th{{border:1px solid #bbb;padding:.2em .5em;text-align:left}} .fb{{background:#f6f4e0;padding:.2em .5em}} .refused{{color:#a0281e}}</style></head><body><h1>{}</h1>"#,
        i18n::current().code(),
        esc(&crate::tr!("reports-group-title")),
        esc(&crate::tr!("reports-group-heading"))
    );
    let mut organisations: Vec<&str> = Vec::new();
    for o in group
        .trainees
        .iter()
        .filter_map(|b| b.organisation.as_deref())
    {
        if !organisations.contains(&o) {
            organisations.push(o);
        }
    }
    if !organisations.is_empty() {
        let _ = write!(
            h,
            "<p class=\"org\">{}</p>",
            esc(&crate::tr!(
                "reports-group-organisations",
                count = organisations.len(),
                names = organisations.join(", ")
            ))
        );
    }
    let _ = write!(
        h,
        "<p>{}</p>",
        esc(&crate::tr!(
            "reports-group-counts",
            trainees = group.trainees.len(),
            attempts = group
                .trainees
                .iter()
                .map(|b| b.attempts.len())
                .sum::<usize>()
        ))
    );
    if !group.refused.is_empty() {
        let _ = write!(
            h,
            "<h2>{}</h2><ul>",
            esc(&crate::tr!("reports-group-refused"))
        );
        for r in &group.refused {
            let _ = write!(h, "<li class=\"refused\">{}</li>", esc(r));
        }
        h.push_str("</ul>");
    }
    let _ = write!(
        h,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th>",
        esc(&crate::tr!("reports-group-matrix")),
        esc(&crate::tr!("reports-group-trainee")),
        esc(&crate::tr!("reports-group-attempts"))
    );
    for s in Skill::ALL {
        let _ = write!(h, "<th>{}</th>", esc(&s.label()));
    }
    h.push_str("</tr>");
    for r in &summary.rows {
        let _ = write!(
            h,
            "<tr><td><a href=\"#t-{}\">{}</a></td><td>{}</td>",
            esc(&r.name),
            esc(&r.name),
            r.attempts
        );
        for p in r.skills {
            match p {
                Some(p) => {
                    let _ = write!(h, "<td style=\"background:{}\">{p}%</td>", heat(p));
                }
                None => h.push_str("<td>—</td>"),
            }
        }
        h.push_str("</tr>");
    }
    let _ = write!(
        h,
        "<tr><th>{}</th><td></td>",
        esc(&crate::tr!("reports-group-mean-spread"))
    );
    for m in summary.per_skill {
        let _ = write!(
            h,
            "<th>{}</th>",
            m.map_or("—".to_owned(), |(m, s)| format!("{m:.0}% ± {s:.0}"))
        );
    }
    let _ = write!(
        h,
        "</tr></table><h2>{}</h2><table><tr><th>{}</th>",
        esc(&crate::tr!("reports-group-self")),
        esc(&crate::tr!("reports-group-trainee"))
    );
    for s in Skill::ALL {
        let _ = write!(h, "<th>{}</th>", esc(&s.label()));
    }
    h.push_str("</tr>");
    for r in &summary.rows {
        let _ = write!(h, "<tr><td>{}</td>", esc(&r.name));
        for s in Skill::ALL {
            let cell = match (r.self_after[s.index()], r.skills[s.index()]) {
                (Some(o), Some(m)) => format!("{o}% / {m}% ({:+})", i32::from(o) - i32::from(m)),
                (o, m) => format!("{} / {}", pct(o), pct(m)),
            };
            let _ = write!(h, "<td>{cell}</td>");
        }
        h.push_str("</tr>");
    }
    let _ = write!(
        h,
        "</table><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        crate::tr!("reports-group-hardest"),
        esc(&crate::tr!("reports-group-scenario")),
        esc(&crate::tr!("reports-group-attempts")),
        esc(&crate::tr!("reports-group-average-score"))
    );
    for (id, n, m) in &summary.hardest {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{n}</td><td>{m:.0}%</td></tr>",
            esc(id)
        );
    }
    let _ = write!(
        h,
        "</table><h2>{}</h2><ul>",
        esc(&crate::tr!("reports-group-outcomes"))
    );
    for (o, n) in &summary.outcomes {
        let _ = write!(h, "<li>{}: {n}×</li>", esc(&o.label()));
    }
    let _ = write!(
        h,
        "</ul><h2>{}</h2><ul>",
        esc(&crate::tr!("reports-group-goals"))
    );
    for r in summary.rows.iter().filter(|r| !r.goals.is_empty()) {
        let _ = write!(
            h,
            "<li><b>{}</b>: {}</li>",
            esc(&r.name),
            esc(&r.goals.join(" · "))
        );
    }
    let _ = write!(h, "</ul><h2>{}</h2>", crate::tr!("reports-group-coverage"));
    for c in coverage {
        let _ = write!(
            h,
            "<h3>{}</h3><p>{}</p>",
            esc(&c.scenario_id),
            esc(&crate::tr!(
                "reports-group-coverage-counts",
                attempts = c.attempts,
                unchosen = c.unchosen.len(),
                responses = c.responses
            ))
        );
        if !c.unreached.is_empty() {
            let _ = write!(
                h,
                "<p>{}</p>",
                esc(&crate::tr!(
                    "reports-group-unreached",
                    nodes = c.unreached.join(", ")
                ))
            );
        }
        if !c.unchosen.is_empty() {
            let _ = write!(
                h,
                "<details><summary>{}</summary><ul>",
                esc(&crate::tr!("reports-group-unchosen"))
            );
            for (node, i, text) in &c.unchosen {
                let _ = write!(h, "<li>{} #{i}: {}</li>", esc(node), esc(text));
            }
            h.push_str("</ul></details>");
        }
    }
    let _ = write!(
        h,
        "<h2>{}</h2>",
        esc(&crate::tr!("reports-group-per-trainee"))
    );
    for b in &group.trainees {
        let _ = write!(
            h,
            "<h3 id=\"t-{}\">{}</h3>",
            esc(&b.profile.name),
            esc(&b.profile.name)
        );
        for a in &b.attempts {
            let _ = write!(
                h,
                "<details><summary>{} — {} — {} — {}</summary>{}",
                a.finished.format("%d-%m-%Y %H:%M"),
                esc(&a.scenario_id),
                esc(&a.result.outcome_label_nl()),
                a.result.score_label(),
                curve(a)
            );
            for t in a.session.turns() {
                h.push_str(&turn_html(t));
            }
            h.push_str("</details>");
        }
    }
    h.push_str("</body></html>\n");
    h
}

/// One row per trainee and skill, Dutch spreadsheet conventions (BOM, `;`).
pub fn to_csv(summary: &Summary) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&[
        crate::tr!("reports-group-csv-trainee"),
        crate::tr!("reports-csv-group"),
        crate::tr!("reports-group-csv-attempts"),
        crate::tr!("reports-csv-skill"),
        crate::tr!("reports-group-csv-measured"),
        crate::tr!("reports-group-csv-self-after"),
        crate::tr!("reports-group-csv-difference"),
    ]));
    for r in &summary.rows {
        for s in Skill::ALL {
            let (m, o) = (r.skills[s.index()], r.self_after[s.index()]);
            let diff = match (o, m) {
                (Some(o), Some(m)) => (i32::from(o) - i32::from(m)).to_string(),
                _ => String::new(),
            };
            out.push_str(&row(&[
                r.name.clone(),
                r.group.clone().unwrap_or_default(),
                r.attempts.to_string(),
                s.label().to_owned(),
                m.map(|v| v.to_string()).unwrap_or_default(),
                o.map(|v| v.to_string()).unwrap_or_default(),
                diff,
            ]));
        }
    }
    out
}
