//! The group report for the trainer: HTML (overview, coverage, drill-down) and CSV.

use std::fmt::Write;

use super::coverage::Coverage;
use super::{Group, Summary};
use crate::core::export::csv::row;
use crate::core::export::html::{esc, turn_html};
use crate::core::format::technique::Skill;
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
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" role="img" aria-label="Escalatiecurve"><rect width="400" height="100" fill="none" stroke="#999"/><polyline points="{}" fill="none" stroke="#c0392b" stroke-width="2"/><polyline points="{}" fill="none" stroke="#2a6fb0" stroke-width="2"/></svg>"##,
        line(&anger),
        line(&trust)
    )
}

pub fn to_html(group: &Group, summary: &Summary, coverage: &[Coverage]) -> String {
    let mut h = String::from(
        r#"<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gesprekstrainer — terugkomdag</title><style>
body{font-family:sans-serif;max-width:75em;margin:2em auto;color:#222} table{border-collapse:collapse;margin-bottom:1em} td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left} .fb{background:#f6f4e0;padding:.2em .5em} .refused{color:#a0281e}</style></head><body><h1>Terugkomdag: overzicht van de groep</h1>"#,
    );
    let _ = write!(
        h,
        "<p>{} deelnemer(s), {} poging(en).</p>",
        group.trainees.len(),
        group
            .trainees
            .iter()
            .map(|b| b.attempts.len())
            .sum::<usize>()
    );
    if !group.refused.is_empty() {
        h.push_str("<h2>Geweigerde bestanden</h2><ul>");
        for r in &group.refused {
            let _ = write!(h, "<li class=\"refused\">{}</li>", esc(r));
        }
        h.push_str("</ul>");
    }
    h.push_str("<h2>Deelnemers × vaardigheden</h2><table><tr><th>Deelnemer</th><th>Pogingen</th>");
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
    h.push_str("<tr><th>Gemiddeld ± spreiding</th><td></td>");
    for m in summary.per_skill {
        let _ = write!(
            h,
            "<th>{}</th>",
            m.map_or("—".to_owned(), |(m, s)| format!("{m:.0}% ± {s:.0}"))
        );
    }
    h.push_str("</tr></table><h2>Zelfbeeld naast gemeten score (laatste zelfbeoordeling na een gesprek)</h2><table><tr><th>Deelnemer</th>");
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
    h.push_str("</table><h2>Moeilijkste scenario's</h2><table><tr><th>Scenario</th><th>Pogingen</th><th>Gemiddelde score</th></tr>");
    for (id, n, m) in &summary.hardest {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{n}</td><td>{m:.0}%</td></tr>",
            esc(id)
        );
    }
    h.push_str("</table><h2>Bereikte uitkomsten</h2><ul>");
    for (o, n) in &summary.outcomes {
        let _ = write!(h, "<li>{}: {n}×</li>", esc(&o.label()));
    }
    h.push_str("</ul><h2>Leerdoelen</h2><ul>");
    for r in summary.rows.iter().filter(|r| !r.goals.is_empty()) {
        let _ = write!(
            h,
            "<li><b>{}</b>: {}</li>",
            esc(&r.name),
            esc(&r.goals.join(" · "))
        );
    }
    h.push_str("</ul><h2>Dekking van de scenario's</h2>");
    for c in coverage {
        let _ = write!(
            h,
            "<h3>{}</h3><p>{} poging(en); {} van {} antwoorden door niemand gekozen.</p>",
            esc(&c.scenario_id),
            c.attempts,
            c.unchosen.len(),
            c.responses
        );
        if !c.unreached.is_empty() {
            let _ = write!(
                h,
                "<p>Door niemand bereikt: {}</p>",
                esc(&c.unreached.join(", "))
            );
        }
        if !c.unchosen.is_empty() {
            h.push_str("<details><summary>Niet gekozen antwoorden</summary><ul>");
            for (node, i, text) in &c.unchosen {
                let _ = write!(h, "<li>{} #{i}: {}</li>", esc(node), esc(text));
            }
            h.push_str("</ul></details>");
        }
    }
    h.push_str("<h2>Per deelnemer</h2>");
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
        "deelnemer",
        "groep",
        "pogingen",
        "vaardigheid",
        "gemeten",
        "zelf achteraf",
        "verschil",
    ]
    .map(str::to_owned)));
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
