//! Plain-text transcript and result, readable in a terminal and by a screen reader.

use std::io::Write;

use crate::core::engine::result::CallResult;
use crate::core::engine::scoring::PASS_MARK;
use crate::core::engine::session::Turn;

pub fn turn(out: &mut dyn Write, t: &Turn, feedback: bool) {
    let cue = t
        .cue
        .as_deref()
        .map(|c| format!(" {c}"))
        .unwrap_or_default();
    let _ = writeln!(out, "Burger{cue}: {}", t.line);
    let _ = writeln!(out, "U ({}): {}", t.choice + 1, t.response);
    quality(out, t);
    if feedback {
        let _ = writeln!(out, "  Feedback: {}", t.feedback);
        if let Some(b) = &t.better {
            let _ = writeln!(out, "  Beter: {b}");
        }
        for n in &t.notes {
            let _ = writeln!(out, "  Let op: {n}");
        }
    }
    let _ = writeln!(
        out,
        "  [boosheid {}, vertrouwen {}]",
        t.mood_after.anger, t.mood_after.trust
    );
}

pub fn result(out: &mut dyn Write, r: &CallResult) {
    let _ = writeln!(out, "\n== Resultaat ==");
    let _ = writeln!(out, "Uitkomst: {}", r.outcome_label_nl());
    if let Some(v) = &r.variant {
        let _ = writeln!(out, "De burger vandaag: {v}");
    }
    let old = if r.score.is_legacy() {
        " — oude score, berekend vóór de beoordeling per beslissing"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "Totaalscore: {}% ({} van {} punten, {} time-out(s)){old}",
        r.score.overall, r.score.points, r.score.best, r.score.hints
    );
    let _ = writeln!(
        out,
        "Geslaagd: {}",
        if r.passed() {
            format!(
                "ja (minstens {}% en geen juridische bevindingen)",
                PASS_MARK
            )
        } else {
            format!(
                "nee (nodig: minstens {}% en geen juridische bevindingen)",
                PASS_MARK
            )
        }
    );
    if let Some(p) = r.score.preparation {
        let _ = writeln!(out, "Voorbereiding: {p}%");
    }
    if let Some(p) = r.score.after_call {
        let _ = writeln!(out, "Na het gesprek: {p}%");
    }
    for s in &r.score.skills {
        let pct = s.percent.map_or("n.v.t.".to_owned(), |p| format!("{p}%"));
        let _ = writeln!(
            out,
            "  {:<24} {:>7}  ({} van {})",
            s.skill.label(),
            pct,
            s.points,
            s.best
        );
    }
    if r.findings.is_empty() {
        let _ = writeln!(out, "Juridische bevindingen: geen");
    } else {
        let _ = writeln!(out, "Juridische bevindingen:");
        for f in &r.findings {
            let _ = writeln!(out, "  - {}", f.label());
        }
    }
    if !r.epilogue.is_empty() {
        let _ = writeln!(out, "Wat er daarna gebeurt:");
        for e in &r.epilogue {
            let _ = writeln!(out, "  - {e}");
        }
    }
    if !r.after_call.is_empty() {
        let _ = writeln!(out, "Na het gesprek:");
        for q in &r.after_call {
            let mark = if q.correct { "goed" } else { "niet goed" };
            let answer = q.answer.as_deref().unwrap_or("(geen antwoord)");
            let _ = writeln!(out, "  - {} — {answer} ({mark})", q.question);
            if !q.correct {
                let _ = writeln!(out, "    Beter: {}", q.best);
            }
        }
    }
    let _ = writeln!(out, "Oordeel van de burger:");
    for (text, yes) in r.verdict.lines_nl() {
        let _ = writeln!(out, "  {} {text}", if yes { "ja: " } else { "nee:" });
    }
}

/// The chosen answer's quality beside the best available one, and a best answer's text.
pub fn quality(out: &mut dyn Write, t: &Turn) {
    if let (Some(q), Some(b)) = (t.quality, t.best) {
        let _ = writeln!(
            out,
            "  Kwaliteit: {} (beste beschikbare: {})",
            q.label(),
            b.label()
        );
        if let Some(text) = &t.best_text {
            let _ = writeln!(out, "  Beste antwoord hier: {text}");
        }
    }
}
