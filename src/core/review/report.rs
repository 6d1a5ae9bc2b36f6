//! The group report for the trainer: HTML (overview, coverage, drill-down) and CSV.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::coverage::Coverage;
use super::{Group, Summary};
use crate::core::export::anchor::anchors;
use crate::core::export::csv::row;
use crate::core::export::html::{finished, turn_html};
use crate::core::format::technique::Skill;
use crate::core::i18n;
use crate::core::store::progress::Attempt;

/// The report's style sheet: constant markup, the only text not escaped.
const STYLE: &str = "
body{font-family:sans-serif;max-width:75em;margin:2em auto;color:#222} table{border-collapse:collapse;margin-bottom:1em} td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left} .fb{background:#f6f4e0;padding:.2em .5em} .refused{color:#a0281e}";

/// Red (0%) through yellow to green (100%), as a CSS colour.
fn heat(p: u8) -> String {
    format!("hsl({}, 70%, 80%)", u32::from(p) * 120 / 100)
}

fn pct(p: Option<u8>) -> String {
    p.map_or("—".to_owned(), |p| format!("{p}%"))
}

/// Anger (red) and trust (blue) after each turn of one call.
fn curve(a: &Attempt) -> Markup {
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
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" role="img"
            aria-label=(crate::tr!("reports-group-curve")) {
            rect width="400" height="100" fill="none" stroke="#999" {}
            polyline points=(line(&anger)) fill="none" stroke="#c0392b" stroke-width="2" {}
            polyline points=(line(&trust)) fill="none" stroke="#2a6fb0" stroke-width="2" {}
        }
    }
}

/// The organisations of the trainees, each once, in order of first appearance.
fn organisations(group: &Group) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for o in group
        .trainees
        .iter()
        .filter_map(|b| b.organisation.as_deref())
    {
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

pub fn to_html(group: &Group, summary: &Summary, coverage: &[Coverage]) -> String {
    let organisations = organisations(group);
    // One anchor per trainee's section; the overview links a row to the section of the same
    // trainee (rows and trainees come in the same order), and only then.
    let ids = anchors("t", group.trainees.iter().map(|b| b.profile.name.as_str()));
    let link = |i: usize, name: &str| {
        group
            .trainees
            .get(i)
            .filter(|b| b.profile.name == name)
            .map(|_| ids[i].as_str())
    };
    let page = html! {
        (DOCTYPE)
        html lang=(i18n::current().code()) {
            head {
                meta charset="utf-8";
                title { "Gesprekstrainer — " (crate::tr!("reports-group-title")) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (crate::tr!("reports-group-heading")) }
                @if !organisations.is_empty() {
                    p.org {
                        (crate::tr!(
                            "reports-group-organisations",
                            count = organisations.len(),
                            names = organisations.join(", ")
                        ))
                    }
                }
                p {
                    (crate::tr!(
                        "reports-group-counts",
                        trainees = group.trainees.len(),
                        attempts = group.trainees.iter().map(|b| b.attempts.len()).sum::<usize>()
                    ))
                }
                @if !group.refused.is_empty() {
                    h2 { (crate::tr!("reports-group-refused")) }
                    ul { @for r in &group.refused { li.refused { (r) } } }
                }
                h2 { (crate::tr!("reports-group-matrix")) }
                table {
                    tr {
                        th { (crate::tr!("reports-group-trainee")) }
                        th { (crate::tr!("reports-group-attempts")) }
                        @for s in Skill::ALL { th { (s.label()) } }
                    }
                    @for (i, r) in summary.rows.iter().enumerate() {
                        tr {
                            td {
                                @match link(i, &r.name) {
                                    Some(id) => { a href={ "#" (id) } { (r.name) } }
                                    None => { (r.name) }
                                }
                            }
                            td { (r.attempts) }
                            @for p in r.skills {
                                @match p {
                                    Some(p) => { td style={ "background:" (heat(p)) } { (p) "%" } }
                                    None => { td { "—" } }
                                }
                            }
                        }
                    }
                    tr {
                        th { (crate::tr!("reports-group-mean-spread")) }
                        td {}
                        @for m in summary.per_skill {
                            th { (m.map_or("—".to_owned(), |(m, s)| format!("{m:.0}% ± {s:.0}"))) }
                        }
                    }
                }
                h2 { (crate::tr!("reports-group-self")) }
                table {
                    tr {
                        th { (crate::tr!("reports-group-trainee")) }
                        @for s in Skill::ALL { th { (s.label()) } }
                    }
                    @for r in &summary.rows {
                        tr {
                            td { (r.name) }
                            @for s in Skill::ALL {
                                td {
                                    @match (r.self_after[s.index()], r.skills[s.index()]) {
                                        (Some(o), Some(m)) => {
                                            (o) "% / " (m) "% (" (format!("{:+}", i32::from(o) - i32::from(m))) ")"
                                        }
                                        (o, m) => { (pct(o)) " / " (pct(m)) }
                                    }
                                }
                            }
                        }
                    }
                }
                h2 { (crate::tr!("reports-group-hardest")) }
                table {
                    tr {
                        th { (crate::tr!("reports-group-scenario")) }
                        th { (crate::tr!("reports-group-attempts")) }
                        th { (crate::tr!("reports-group-average-score")) }
                    }
                    @for (id, n, m) in &summary.hardest {
                        tr { td { (id) } td { (n) } td { (format!("{m:.0}%")) } }
                    }
                }
                h2 { (crate::tr!("reports-group-outcomes")) }
                ul { @for (o, n) in &summary.outcomes { li { (o.label()) ": " (n) "×" } } }
                h2 { (crate::tr!("reports-group-goals")) }
                ul {
                    @for r in summary.rows.iter().filter(|r| !r.goals.is_empty()) {
                        li { b { (r.name) } ": " (r.goals.join(" · ")) }
                    }
                }
                h2 { (crate::tr!("reports-group-coverage")) }
                @for c in coverage { (coverage_html(c)) }
                h2 { (crate::tr!("reports-group-per-trainee")) }
                @for (b, id) in group.trainees.iter().zip(&ids) {
                    h3 id=(id) { (b.profile.name) }
                    @for a in &b.attempts {
                        details {
                            summary {
                                (finished(a)) " — " (a.scenario_id) " — "
                                (a.result.outcome_label_nl()) " — " (a.result.score_label())
                            }
                            (curve(a))
                            @for t in a.session.turns() { (turn_html(t)) }
                        }
                    }
                }
            }
        }
    };
    page.into_string() + "\n"
}

/// One scenario's coverage: counts, unreached nodes, and the responses nobody chose.
fn coverage_html(c: &Coverage) -> Markup {
    html! {
        h3 { (c.scenario_id) }
        p {
            (crate::tr!(
                "reports-group-coverage-counts",
                attempts = c.attempts,
                unchosen = c.unchosen.len(),
                responses = c.responses
            ))
        }
        @if !c.unreached.is_empty() {
            p { (crate::tr!("reports-group-unreached", nodes = c.unreached.join(", "))) }
        }
        @if !c.unchosen.is_empty() {
            details {
                summary { (crate::tr!("reports-group-unchosen")) }
                ul { @for (node, i, text) in &c.unchosen { li { (node) " #" (i) ": " (text) } } }
            }
        }
    }
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
