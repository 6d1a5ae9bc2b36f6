//! The printable, self-contained HTML report for the return day (charts as inline SVG).

use chrono::{Datelike, NaiveDate};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::anchor::anchors;
use super::bundle::Bundle;
use crate::core::format::technique::Skill;
use crate::core::i18n;
use crate::core::store::progress::{Attempt, rating_percent};

/// The report's style sheet: constant markup, the only text not escaped.
const STYLE: &str = "
body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222} table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}
.burger{color:#444} .u{color:#1a2a6c} .fb{background:#f6f4e0;padding:.3em .6em;margin:.2em 0 .8em} .trap{color:#a0281e}
@media print{details{display:block} .attempt{page-break-inside:avoid}}";

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
fn skill_chart(values: &[Option<u8>; 8]) -> Markup {
    const ROW: i32 = 26;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width="560" height=(ROW * 8 + 10) role="img"
            aria-label=(crate::tr!("reports-html-skills-chart")) {
            @for s in Skill::ALL {
                @let y = s.index() as i32 * ROW + 4;
                text x="0" y=(y + 15) font-size="13" { (s.label()) }
                rect x="190" y=(y) width="300" height="18" fill="#eee" {}
                @match values[s.index()] {
                    Some(p) => {
                        rect x="190" y=(y) width=(u32::from(p) * 3) height="18" fill="#2a6fb0" {}
                        text x="500" y=(y + 15) font-size="13" { (p) "%" }
                    }
                    None => {
                        text x="500" y=(y + 15) font-size="13" {
                            (crate::tr!("reports-html-not-applicable"))
                        }
                    }
                }
            }
        }
    }
}

/// Overall score per attempt, in order, as a line.
fn trend_chart(bundle: &Bundle) -> Markup {
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
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(w) height=(h) role="img"
            aria-label=(crate::tr!("reports-html-trend-chart")) {
            rect x="0" y="0" width=(w) height=(h) fill="none" stroke="#999" {}
            polyline points=(pts.join(" ")) fill="none" stroke="#c0392b" stroke-width="2" {}
        }
    }
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
pub fn turn_html(t: &crate::core::engine::session::Turn) -> Markup {
    html! {
        p.burger {
            b { (crate::tr!("reports-html-citizen")) }
            @if let Some(cue) = &t.cue { " " i { (cue) } }
            ": " (t.line)
        }
        p.u { b { (crate::tr!("reports-html-you")) } ": " (t.response) }
        div.fb {
            (t.feedback)
            @if let (Some(q), Some(best)) = (t.quality, t.best) {
                br;
                b { (crate::tr!("reports-html-quality")) } " " (q.label()) " · "
                b { (crate::tr!("reports-html-best-available")) } " " (best.label())
                @if let Some(text) = &t.best_text {
                    br; b { (crate::tr!("reports-html-best-answer")) } " " (text)
                }
            }
            @if let Some(better) = &t.better {
                br; b { (crate::tr!("reports-html-better")) } " " (better)
            }
            @for note in &t.notes { br; i { (note) } }
            br;
            small {
                (crate::tr!(
                    "reports-html-mood",
                    anger = i64::from(t.mood_after.anger),
                    trust = i64::from(t.mood_after.trust)
                ))
            }
        }
    }
}

/// The latest self-rating before (or after) a call, if the trainee gave one.
pub fn latest_self(attempts: &[Attempt], after: bool) -> Option<[u8; 8]> {
    attempts
        .iter()
        .rev()
        .find_map(|a| if after { a.self_after } else { a.self_before })
}

/// Self-rating (latest before and after a call) next to the measured average, per skill.
fn self_table(bundle: &Bundle) -> Markup {
    let measured = skill_averages(&bundle.attempts);
    let (before, after) = (
        latest_self(&bundle.attempts, false),
        latest_self(&bundle.attempts, true),
    );
    let fmt = |v: Option<u8>| v.map_or("—".to_owned(), |v| format!("{v}%"));
    let own = |r: Option<[u8; 8]>, s: Skill| r.and_then(|r| rating_percent(r[s.index()]));
    html! {
        h2 { (crate::tr!("reports-html-self-heading")) }
        table {
            tr {
                th { (crate::tr!("reports-html-skill")) }
                th { (crate::tr!("reports-html-measured-average")) }
                th { (crate::tr!("reports-html-self-before")) }
                th { (crate::tr!("reports-html-self-after")) }
            }
            @for s in Skill::ALL {
                tr {
                    td { (s.label()) }
                    td { (fmt(measured[s.index()])) }
                    td { (fmt(own(before, s))) }
                    td { (fmt(own(after, s))) }
                }
            }
        }
        h3 { (crate::tr!("reports-html-gap-heading")) }
        table {
            tr {
                th { (crate::tr!("reports-html-date")) }
                th { (crate::tr!("reports-html-scenario")) }
                th { (crate::tr!("reports-html-average-gap")) }
            }
            @for a in &bundle.attempts {
                @if let Some(gap) = self_gap(a) {
                    tr {
                        td { (finished(a)) }
                        td { (a.scenario_id) }
                        td { (crate::tr!("reports-html-gap-points", gap = format!("{gap:+.0}"))) }
                    }
                }
            }
        }
        p { small { (crate::tr!("reports-html-self-scale")) } }
    }
}

/// When an attempt finished, as the reports show it: "12-03-2027 14:05".
pub fn finished(a: &Attempt) -> String {
    a.finished.format("%d-%m-%Y %H:%M").to_string()
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
fn organisation_line(bundle: &Bundle, return_day: Option<NaiveDate>) -> Markup {
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
    html! {
        @if !parts.is_empty() { p.org { (parts.join(" · ")) } }
    }
}

/// The trainee's report; `return_day` comes from the organisation's settings.
pub fn to_html(bundle: &Bundle, return_day: Option<NaiveDate>) -> String {
    let p = &bundle.profile;
    // Each attempt's transcript is linked from its row in the attempts table.
    let keys: Vec<String> = bundle
        .attempts
        .iter()
        .map(|a| format!("{} {}", a.scenario_id, a.finished.format("%Y%m%d %H%M")))
        .collect();
    let ids = anchors("p", keys.iter().map(String::as_str));
    let page = html! {
        (DOCTYPE)
        html lang=(i18n::current().code()) {
            head {
                meta charset="utf-8";
                title { "Gesprekstrainer — " (p.name) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (crate::tr!("reports-html-title", name = p.name.as_str())) }
                (organisation_line(bundle, return_day))
                p {
                    (crate::tr!(
                        "reports-html-summary",
                        group = p.group.as_deref().unwrap_or("—"),
                        date = bundle.exported.format("%d-%m-%Y").to_string(),
                        n = bundle.attempts.len()
                    ))
                }
                h2 { (crate::tr!("reports-html-goals")) }
                @if bundle.learning_goals.is_empty() {
                    p { (crate::tr!("reports-html-no-goals")) }
                } @else {
                    ul { @for g in &bundle.learning_goals { li { (g) } } }
                }
                h2 { (crate::tr!("reports-html-skills-chart")) }
                (skill_chart(&skill_averages(&bundle.attempts)))
                h2 { (crate::tr!("reports-html-trend-chart")) }
                (trend_chart(bundle))
                (self_table(bundle))
                h2 { (crate::tr!("reports-html-attempts")) }
                table {
                    tr {
                        th { (crate::tr!("reports-html-date")) }
                        th { (crate::tr!("reports-html-scenario")) }
                        th { (crate::tr!("reports-html-outcome")) }
                        th { (crate::tr!("reports-html-score")) }
                        th { (crate::tr!("reports-html-findings")) }
                    }
                    @for (a, id) in bundle.attempts.iter().zip(&ids) {
                        tr {
                            td { (finished(a)) }
                            td { a href={ "#" (id) } { (a.scenario_id) } }
                            td { (a.result.outcome_label_nl()) }
                            td { (a.result.score_label()) }
                            td.trap {
                                @for (i, f) in a.result.findings.iter().enumerate() {
                                    @if i > 0 { br; }
                                    (f.label())
                                }
                            }
                        }
                    }
                }
                h2 { (crate::tr!("reports-html-transcripts")) }
                @for (a, id) in bundle.attempts.iter().zip(&ids) {
                    div.attempt id=(id) {
                        h3 { (a.scenario_id) " — " (finished(a)) " (" (a.result.score_label()) ")" }
                        @if let Some(v) = &a.result.variant {
                            p { i { (crate::tr!("reports-html-variant", variant = v.as_str())) } }
                        }
                        @for t in a.session.turns() { (turn_html(t)) }
                        @for e in &a.result.epilogue {
                            p.trap { b { (crate::tr!("reports-html-afterwards")) } " " (e) }
                        }
                        (after_call_html(&a.result))
                    }
                }
            }
        }
    };
    page.into_string() + "\n"
}

/// The after-call questions of one attempt with the answers, their score line first.
fn after_call_html(r: &crate::core::engine::result::CallResult) -> Markup {
    let no_answer = crate::tr!("reports-html-no-answer");
    html! {
        @if !r.after_call.is_empty() {
            h4 {
                (crate::tr!(
                    "reports-html-after-call",
                    percent = i64::from(r.score.after_call.unwrap_or(0))
                ))
            }
            ul {
                @for q in &r.after_call {
                    li {
                        (q.question) br;
                        i { (q.answer.as_deref().unwrap_or(&no_answer)) }
                        " ("
                        @if q.correct { (crate::tr!("reports-html-right")) }
                        @else { (crate::tr!("reports-html-wrong")) }
                        ")"
                        @if !q.correct {
                            br; (crate::tr!("reports-html-better")) " " (q.best)
                        }
                    }
                }
            }
        }
    }
}
