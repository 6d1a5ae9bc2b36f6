//! Plain-text transcript and result, readable in a terminal and by a screen reader.

use std::io::Write;

use crate::core::engine::result::CallResult;
use crate::core::engine::scoring::PASS_MARK;
use crate::core::engine::session::Turn;
use crate::tr;

pub fn turn(out: &mut dyn Write, t: &Turn, feedback: bool) {
    let cue = t
        .cue
        .as_deref()
        .map(|c| format!(" {c}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}",
        tr!("terminal-citizen", cue = cue, line = t.line.as_str())
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-you-numbered",
            number = t.choice + 1,
            response = t.response.as_str()
        )
    );
    quality(out, t);
    if feedback {
        let _ = writeln!(
            out,
            "  {}",
            tr!("terminal-feedback", feedback = t.feedback.as_str())
        );
        if let Some(b) = &t.better {
            let _ = writeln!(out, "  {}", tr!("terminal-better", better = b.as_str()));
        }
        for n in &t.notes {
            let _ = writeln!(out, "  {}", tr!("terminal-note", note = n.as_str()));
        }
    }
    let _ = writeln!(
        out,
        "  [{}]",
        tr!(
            "terminal-mood",
            anger = t.mood_after.anger.to_string(),
            trust = t.mood_after.trust.to_string()
        )
    );
}

pub fn result(out: &mut dyn Write, r: &CallResult) {
    let _ = writeln!(out, "\n{}", tr!("terminal-result"));
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-outcome",
            outcome = r.outcome_label_nl().to_string()
        )
    );
    if let Some(v) = &r.variant {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-citizen-today", variant = v.to_string())
        );
    }
    let old = if r.score.is_legacy() {
        format!(" {}", tr!("terminal-legacy-score"))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{}{old}",
        tr!(
            "terminal-total-score",
            percent = r.score.overall.to_string(),
            points = r.score.points.to_string(),
            best = r.score.best.to_string(),
            hints = r.score.hints
        )
    );
    let passed = if r.passed() {
        tr!("terminal-passed-yes", mark = PASS_MARK.to_string())
    } else {
        tr!("terminal-passed-no", mark = PASS_MARK.to_string())
    };
    let _ = writeln!(out, "{passed}");
    if let Some(p) = r.score.preparation {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-preparation-score", percent = p.to_string())
        );
    }
    if let Some(p) = r.score.after_call {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-after-call-score", percent = p.to_string())
        );
    }
    // 24 columns for the skill names, wider when a name in this language needs it.
    let width = r
        .score
        .skills
        .iter()
        .map(|s| s.skill.label().chars().count())
        .max()
        .unwrap_or(0)
        .max(24);
    for s in &r.score.skills {
        let pct = s
            .percent
            .map_or(tr!("terminal-not-applicable"), |p| format!("{p}%"));
        let _ = writeln!(
            out,
            "  {:<width$} {:>7}  {}",
            s.skill.label(),
            pct,
            tr!(
                "terminal-skill-points",
                points = s.points.to_string(),
                best = s.best.to_string()
            )
        );
    }
    if r.findings.is_empty() {
        let _ = writeln!(out, "{}", tr!("terminal-findings-none"));
    } else {
        let _ = writeln!(out, "{}", tr!("terminal-findings"));
        for f in &r.findings {
            let _ = writeln!(out, "  - {}", f.label());
        }
    }
    if !r.epilogue.is_empty() {
        let _ = writeln!(out, "{}", tr!("terminal-epilogue"));
        for e in &r.epilogue {
            let _ = writeln!(out, "  - {e}");
        }
    }
    if !r.after_call.is_empty() {
        let _ = writeln!(out, "{}", tr!("terminal-after-call-answers"));
        for q in &r.after_call {
            let mark = if q.correct {
                tr!("terminal-answer-good")
            } else {
                tr!("terminal-answer-not-good")
            };
            let answer = q
                .answer
                .clone()
                .unwrap_or_else(|| tr!("terminal-no-answer"));
            let _ = writeln!(out, "  - {} — {answer} ({mark})", q.question);
            if !q.correct {
                let _ = writeln!(
                    out,
                    "    {}",
                    tr!("terminal-better", better = q.best.as_str())
                );
            }
        }
    }
    let _ = writeln!(out, "{}", tr!("terminal-verdict"));
    // "ja: " and "nee:": both marks padded to the longer one, so the verdicts line up.
    let (yes_mark, no_mark) = (tr!("terminal-verdict-yes"), tr!("terminal-verdict-no"));
    let width = yes_mark.chars().count().max(no_mark.chars().count());
    for (text, yes) in r.verdict.lines_nl() {
        let mark = if yes { &yes_mark } else { &no_mark };
        let _ = writeln!(out, "  {mark:<width$} {text}");
    }
}

/// The chosen answer's quality beside the best available one, and a best answer's text.
pub fn quality(out: &mut dyn Write, t: &Turn) {
    if let (Some(q), Some(b)) = (t.quality, t.best) {
        let _ = writeln!(
            out,
            "  {}",
            tr!("terminal-quality", quality = q.label(), best = b.label())
        );
        if let Some(text) = &t.best_text {
            let _ = writeln!(
                out,
                "  {}",
                tr!("terminal-best-answer-here", text = text.as_str())
            );
        }
    }
}
