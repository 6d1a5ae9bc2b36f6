//! The printable, self-contained HTML report for the return day (charts as inline SVG).

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::bundle::Bundle;
use crate::core::format::technique::Skill;
use crate::core::i18n;
use crate::core::store::progress::{Attempt, rating_percent};

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Average percent per skill over all attempts (None where no attempt scored the skill).
pub fn skill_averages(attempts: &[Attempt]) -> [Option<u8>; 8] {
    let mut out = [None; 8];
    for s in Skill::ALL {
        let v: Vec<u32> = attempts
            .iter()
            .filter_map(|a| a.result.score.percent_of(s))
            .map(u32::from)
            .collect();
        if !v.is_empty() {
            out[s.index()] = Some((v.iter().sum::<u32>() / v.len() as u32) as u8);
        }
    }
    out
}

/// Horizontal bars, one per skill, 0–100%.
fn skill_chart(values: &[Option<u8>; 8]) -> String {
    let row = 26;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="560" height="{}" role="img" aria-label="{}">"#,
        row * 8 + 10,
        esc(&crate::tr!("reports-html-skills-chart"))
    );
    for s in Skill::ALL {
        let y = s.index() as i32 * row + 4;
        let _ = write!(
            svg,
            r#"<text x="0" y="{}" font-size="13">{}</text>"#,
            y + 15,
            esc(&s.label())
        );
        let _ = write!(
            svg,
            r##"<rect x="190" y="{y}" width="300" height="18" fill="#eee"/>"##
        );
        match values[s.index()] {
            Some(p) => {
                let _ = write!(
                    svg,
                    r##"<rect x="190" y="{y}" width="{}" height="18" fill="#2a6fb0"/><text x="500" y="{}" font-size="13">{p}%</text>"##,
                    u32::from(p) * 3,
                    y + 15
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<text x="500" y="{}" font-size="13">{}</text>"#,
                    y + 15,
                    esc(&crate::tr!("reports-html-not-applicable"))
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Overall score per attempt, in order, as a line.
fn trend_chart(bundle: &Bundle) -> String {
    let (w, h) = (560.0, 140.0);
    let n = bundle.attempts.len().max(2) - 1;
    let pts: Vec<String> = bundle
        .attempts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            format!(
                "{:.1},{:.1}",
                10.0 + (w - 20.0) * i as f64 / n as f64,
                h - 10.0 - (h - 20.0) * f64::from(a.result.score.overall) / 100.0
            )
        })
        .collect();
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{}"><rect x="0" y="0" width="{w}" height="{h}" fill="none" stroke="#999"/><polyline points="{}" fill="none" stroke="#c0392b" stroke-width="2"/></svg>"##,
        esc(&crate::tr!("reports-html-trend-chart")),
        pts.join(" ")
    )
}

/// Mean of (self-rating after the call − measured score) over the rated skills of one attempt.
pub fn self_gap(a: &crate::core::store::progress::Attempt) -> Option<f64> {
    let ratings = a.self_after?;
    let gaps: Vec<f64> = a
        .result
        .score
        .skills
        .iter()
        .filter_map(|k| {
            Some(f64::from(rating_percent(ratings[k.skill.index()])?) - f64::from(k.percent?))
        })
        .collect();
    (!gaps.is_empty()).then(|| gaps.iter().sum::<f64>() / gaps.len() as f64)
}

/// One turn of a transcript: the citizen's line, the response, feedback, better, notes, mood.
pub fn turn_html(t: &crate::core::engine::session::Turn) -> String {
    let cue = t
        .cue
        .as_deref()
        .map(|c| format!(" <i>{}</i>", esc(c)))
        .unwrap_or_default();
    let mut h = format!(
        "<p class=\"burger\"><b>{}</b>{cue}: {}</p><p class=\"u\"><b>{}</b>: {}</p><div class=\"fb\">{}",
        esc(&crate::tr!("reports-html-citizen")),
        esc(&t.line),
        esc(&crate::tr!("reports-html-you")),
        esc(&t.response),
        esc(&t.feedback)
    );
    if let (Some(q), Some(best)) = (t.quality, t.best) {
        let _ = write!(
            h,
            "<br><b>{}</b> {} · <b>{}</b> {}",
            esc(&crate::tr!("reports-html-quality")),
            q.label(),
            esc(&crate::tr!("reports-html-best-available")),
            best.label()
        );
        if let Some(text) = &t.best_text {
            let _ = write!(
                h,
                "<br><b>{}</b> {}",
                esc(&crate::tr!("reports-html-best-answer")),
                esc(text)
            );
        }
    }
    if let Some(b) = &t.better {
        let _ = write!(
            h,
            "<br><b>{}</b> {}",
            esc(&crate::tr!("reports-html-better")),
            esc(b)
        );
    }
    for n in &t.notes {
        let _ = write!(h, "<br><i>{}</i>", esc(n));
    }
    let _ = write!(
        h,
        "<br><small>{}</small></div>",
        esc(&crate::tr!(
            "reports-html-mood",
            anger = i64::from(t.mood_after.anger),
            trust = i64::from(t.mood_after.trust)
        ))
    );
    h
}

/// The latest self-rating before (or after) a call, if the trainee gave one.
pub fn latest_self(attempts: &[Attempt], after: bool) -> Option<[u8; 8]> {
    attempts
        .iter()
        .rev()
        .find_map(|a| if after { a.self_after } else { a.self_before })
}

/// Self-rating (latest before and after a call) next to the measured average, per skill.
fn self_table(bundle: &Bundle) -> String {
    let measured = skill_averages(&bundle.attempts);
    let (before, after) = (
        latest_self(&bundle.attempts, false),
        latest_self(&bundle.attempts, true),
    );
    let fmt = |v: Option<u8>| v.map_or("—".to_owned(), |v| format!("{v}%"));
    let own = |r: Option<[u8; 8]>, s: Skill| r.and_then(|r| rating_percent(r[s.index()]));
    let mut h = format!(
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&crate::tr!("reports-html-self-heading")),
        esc(&crate::tr!("reports-html-skill")),
        esc(&crate::tr!("reports-html-measured-average")),
        esc(&crate::tr!("reports-html-self-before")),
        esc(&crate::tr!("reports-html-self-after"))
    );
    for s in Skill::ALL {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&s.label()),
            fmt(measured[s.index()]),
            fmt(own(before, s)),
            fmt(own(after, s))
        );
    }
    let _ = write!(
        h,
        "</table><h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&crate::tr!("reports-html-gap-heading")),
        esc(&crate::tr!("reports-html-date")),
        esc(&crate::tr!("reports-html-scenario")),
        esc(&crate::tr!("reports-html-average-gap"))
    );
    for a in &bundle.attempts {
        if let Some(gap) = self_gap(a) {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                a.finished.format("%d-%m-%Y %H:%M"),
                esc(&a.scenario_id),
                esc(&crate::tr!(
                    "reports-html-gap-points",
                    gap = format!("{gap:+.0}")
                ))
            );
        }
    }
    let _ = write!(
        h,
        "</table><p><small>{}</small></p>",
        esc(&crate::tr!("reports-html-self-scale"))
    );
    h
}

/// A date written out in the interface language: "12 maart 2027", "March 12, 2027".
pub fn long_date(d: NaiveDate) -> String {
    crate::tr!(
        "reports-long-date",
        day = d.day().to_string(),
        month = i64::from(d.month()),
        year = d.year().to_string()
    )
}

/// The organisation and the return day (from the settings) as one header line, if either is set.
fn organisation_line(bundle: &Bundle, return_day: Option<NaiveDate>) -> String {
    let parts: Vec<String> = [
        bundle
            .organisation
            .as_deref()
            .map(|name| crate::tr!("reports-html-organisation", name = name)),
        return_day.map(|d| crate::tr!("reports-html-return-day", date = long_date(d))),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return String::new();
    }
    format!("<p class=\"org\">{}</p>", esc(&parts.join(" · ")))
}

/// The trainee's report; `return_day` comes from the organisation's settings.
pub fn to_html(bundle: &Bundle, return_day: Option<NaiveDate>) -> String {
    let p = &bundle.profile;
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Gesprekstrainer — {name}</title><style>
body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}} table{{border-collapse:collapse}} td,th{{border:1px solid #bbb;padding:.2em .5em;text-align:left}}
.burger{{color:#444}} .u{{color:#1a2a6c}} .fb{{background:#f6f4e0;padding:.3em .6em;margin:.2em 0 .8em}} .trap{{color:#a0281e}}
@media print{{details{{display:block}} .attempt{{page-break-inside:avoid}}}}</style></head><body>
<h1>{title}</h1>{organisation}<p>{summary}</p>"#,
        lang = i18n::current().code(),
        name = esc(&p.name),
        title = esc(&crate::tr!("reports-html-title", name = p.name.as_str())),
        organisation = organisation_line(bundle, return_day),
        summary = esc(&crate::tr!(
            "reports-html-summary",
            group = p.group.as_deref().unwrap_or("—"),
            date = bundle.exported.format("%d-%m-%Y").to_string(),
            n = bundle.attempts.len()
        ))
    );
    let _ = write!(h, "<h2>{}</h2>", esc(&crate::tr!("reports-html-goals")));
    if bundle.learning_goals.is_empty() {
        let _ = write!(h, "<p>{}</p>", esc(&crate::tr!("reports-html-no-goals")));
    } else {
        h.push_str("<ul>");
        for g in &bundle.learning_goals {
            let _ = write!(h, "<li>{}</li>", esc(g));
        }
        h.push_str("</ul>");
    }
    let _ = write!(
        h,
        "<h2>{}</h2>{}",
        esc(&crate::tr!("reports-html-skills-chart")),
        skill_chart(&skill_averages(&bundle.attempts))
    );
    let _ = write!(
        h,
        "<h2>{}</h2>{}",
        esc(&crate::tr!("reports-html-trend-chart")),
        trend_chart(bundle)
    );
    h.push_str(&self_table(bundle));
    let _ = write!(
        h,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&crate::tr!("reports-html-attempts")),
        esc(&crate::tr!("reports-html-date")),
        esc(&crate::tr!("reports-html-scenario")),
        esc(&crate::tr!("reports-html-outcome")),
        esc(&crate::tr!("reports-html-score")),
        esc(&crate::tr!("reports-html-findings"))
    );
    for a in &bundle.attempts {
        let findings = a
            .result
            .findings
            .iter()
            .map(|f| esc(&f.label()))
            .collect::<Vec<_>>()
            .join("<br>");
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"trap\">{}</td></tr>",
            a.finished.format("%d-%m-%Y %H:%M"),
            esc(&a.scenario_id),
            esc(&a.result.outcome_label_nl()),
            a.result.score_label(),
            findings
        );
    }
    let _ = write!(
        h,
        "</table><h2>{}</h2>",
        esc(&crate::tr!("reports-html-transcripts"))
    );
    for a in &bundle.attempts {
        let _ = write!(
            h,
            "<div class=\"attempt\"><h3>{} — {} ({})</h3>",
            esc(&a.scenario_id),
            a.finished.format("%d-%m-%Y %H:%M"),
            a.result.score_label()
        );
        if let Some(v) = &a.result.variant {
            let _ = write!(
                h,
                "<p><i>{}</i></p>",
                esc(&crate::tr!("reports-html-variant", variant = v.as_str()))
            );
        }
        for t in a.session.turns() {
            h.push_str(&turn_html(t));
        }
        for e in &a.result.epilogue {
            let _ = write!(
                h,
                "<p class=\"trap\"><b>{}</b> {}</p>",
                esc(&crate::tr!("reports-html-afterwards")),
                esc(e)
            );
        }
        h.push_str(&after_call_html(&a.result));
        h.push_str("</div>");
    }
    h.push_str("</body></html>\n");
    h
}

/// The after-call questions of one attempt with the answers, their score line first.
fn after_call_html(r: &crate::core::engine::result::CallResult) -> String {
    let mut h = String::new();
    if r.after_call.is_empty() {
        return h;
    }
    let _ = write!(
        h,
        "<h4>{}</h4><ul>",
        esc(&crate::tr!(
            "reports-html-after-call",
            percent = i64::from(r.score.after_call.unwrap_or(0))
        ))
    );
    for q in &r.after_call {
        let no_answer = crate::tr!("reports-html-no-answer");
        let answer = q.answer.as_deref().unwrap_or(&no_answer);
        let mark = if q.correct {
            crate::tr!("reports-html-right")
        } else {
            crate::tr!("reports-html-wrong")
        };
        let _ = write!(
            h,
            "<li>{}<br><i>{}</i> ({})",
            esc(&q.question),
            esc(answer),
            esc(&mark)
        );
        if !q.correct {
            let _ = write!(
                h,
                "<br>{} {}",
                esc(&crate::tr!("reports-html-better")),
                esc(&q.best)
            );
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    h
}
