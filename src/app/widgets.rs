//! Small drawing helpers: avatar, mood bars, lines, feedback, skill bars, answered questions.

use bevy_egui::egui::{self, Color32};

use super::i18n::{K, lang_tr, t};
use super::state::Lang;
use crate::core::engine::citizen::Mood;
use crate::core::engine::result::AnsweredQuestion;
use crate::core::engine::scoring::SkillScore;
use crate::core::engine::session::Turn;
use crate::core::format::situation::Emotion;

use super::theme;

/// A labelled meter: "Boosheid" and a bar with the value; a screen reader hears
/// "Boosheid: 64 van 100".
fn bar(ui: &mut egui::Ui, lang: Lang, label: &str, value: u8, color: Color32) {
    ui.horizontal(|ui| {
        ui.add_sized([90.0, 16.0], egui::Label::new(label));
        let response = ui.add(
            egui::ProgressBar::new(f32::from(value) / 100.0)
                .desired_width(200.0)
                .fill(color)
                .text(format!("{value}")),
        );
        let spoken = lang_tr(
            "window-meter-spoken",
            lang,
            &[("label", label.into()), ("value", value.into())],
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::ProgressIndicator, true, &spoken)
        });
    });
}

/// The mood indicator: anger and trust as bars.
/// The name of the citizen's first meter: the emotion it measures.
pub fn emotion_label(lang: Lang, emotion: Emotion) -> &'static str {
    match emotion {
        Emotion::Boos => t(lang, K::anger),
        Emotion::Verdrietig => t(lang, K::grief),
        Emotion::Angstig => t(lang, K::fear),
    }
}

pub fn mood(ui: &mut egui::Ui, lang: Lang, emotion: Emotion, mood: Mood) {
    bar(
        ui,
        lang,
        emotion_label(lang, emotion),
        mood.anger,
        theme::palette(ui).anger,
    );
    bar(
        ui,
        lang,
        t(lang, K::trust),
        mood.trust,
        theme::palette(ui).trust,
    );
}

pub fn citizen_line(ui: &mut egui::Ui, lang: Lang, cue: Option<&str>, line: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{}:", t(lang, K::citizen)));
        if let Some(c) = cue {
            ui.label(egui::RichText::new(c).italics());
        }
        ui.label(line);
    });
}

pub fn feedback(ui: &mut egui::Ui, lang: Lang, turn: &Turn) {
    egui::Frame::group(ui.style())
        .fill(theme::palette(ui).feedback)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(format!("{}: {}", t(lang, K::feedback), turn.feedback));
            if let (Some(q), Some(best)) = (turn.quality, turn.best) {
                let color = if q == best {
                    theme::palette(ui).success
                } else {
                    theme::palette(ui).danger
                };
                ui.label(
                    egui::RichText::new(format!(
                        "{}: {} · {}: {}",
                        t(lang, K::quality),
                        q.label(),
                        t(lang, K::best_available),
                        best.label()
                    ))
                    .color(color),
                );
                if let Some(text) = &turn.best_text {
                    ui.label(
                        egui::RichText::new(format!("{}: {text}", t(lang, K::best_answer)))
                            .italics(),
                    );
                }
            }
            if let Some(b) = &turn.better {
                ui.label(
                    egui::RichText::new(format!("{}: {b}", t(lang, K::better)))
                        .color(theme::palette(ui).success),
                );
            }
            for n in &turn.notes {
                ui.label(egui::RichText::new(format!("{}: {n}", t(lang, K::note))).italics());
            }
        });
}

/// Horizontal bars per skill, with the percentage (or n.v.t.).
pub fn skill_bars(ui: &mut egui::Ui, skills: &[SkillScore]) {
    for s in skills {
        ui.horizontal(|ui| {
            ui.add_sized([170.0, 16.0], egui::Label::new(s.skill.label()));
            match s.percent {
                Some(p) => ui.add(
                    egui::ProgressBar::new(f32::from(p) / 100.0)
                        .desired_width(180.0)
                        .text(format!("{p}%")),
                ),
                // (No language passed in: the one `ui.rs` set for this frame.)
                None => ui.weak(t(crate::core::i18n::current(), K::not_applicable)),
            };
        });
    }
}

/// An after-call question with the trainee's answer, its feedback and, if wrong, the right one.
pub fn answered(ui: &mut egui::Ui, lang: Lang, q: &AnsweredQuestion) {
    ui.strong(&q.question);
    let (mark, color) = if q.correct {
        ("✔", theme::palette(ui).success)
    } else {
        ("✘", theme::palette(ui).danger)
    };
    let answer = q.answer.as_deref().unwrap_or(t(lang, K::no_answer));
    ui.colored_label(color, format!("{mark} {answer}"));
    if let Some(f) = &q.feedback {
        ui.label(f);
    }
    if !q.correct {
        ui.label(format!("{}: {}", t(lang, K::better), q.best));
    }
    ui.add_space(4.0);
}
