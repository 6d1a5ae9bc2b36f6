//! The escalation curve: the citizen's emotion and trust per turn, each turn numbered and marked
//! by the quality of the chosen answer, clickable to rewind to that turn, with an optional
//! second call ("wat als?") drawn dashed beside the original.

use bevy_egui::egui::{self, Color32, Pos2, Rect, Stroke, Vec2};

use super::i18n::{K, lang_tr, t};
use super::state::Lang;
use super::widgets::emotion_label;
use crate::core::engine::session::Session;
use crate::core::format::quality::Quality;
use crate::core::format::situation::Emotion;

/// The colour of an answer's quality (the legend says which is which).
pub fn quality_color(q: Option<Quality>) -> Color32 {
    match q {
        Some(Quality::Best) => Color32::from_rgb(20, 120, 50),
        Some(Quality::Acceptable) => Color32::from_rgb(90, 150, 60),
        Some(Quality::Weak) => Color32::from_rgb(215, 135, 0),
        Some(Quality::Harmful) => Color32::from_rgb(185, 25, 25),
        None => Color32::GRAY,
    }
}

const HEIGHT: f32 = 170.0;
const AXIS: f32 = 18.0;

/// Draws the curve of `session`, and of `practice` dashed beside it. Returns the turn (1-based)
/// the trainee clicked, to rewind to: a point `i` is the mood after turn `i`, so clicking it
/// asks to try turn `i` again (the start point asks for turn 1).
pub fn escalation_curve(
    ui: &mut egui::Ui,
    lang: Lang,
    emotion: Emotion,
    session: &Session,
    practice: Option<&Session>,
    clickable: bool,
) -> Option<usize> {
    let width = ui.available_width().min(520.0);
    let sense = if clickable {
        egui::Sense::click()
    } else {
        egui::Sense::hover()
    };
    let (outer, response) = ui.allocate_exact_size(Vec2::new(width, HEIGHT + AXIS), sense);
    let frame = Rect::from_min_max(
        outer.min + Vec2::new(2.0, 4.0),
        Pos2::new(outer.max.x - 2.0, outer.min.y + HEIGHT),
    );
    // The first and last points (and their numbers) sit inside the frame, not on its edge.
    let plot = frame.shrink2(Vec2::new(12.0, 6.0));
    let p = ui.painter_at(outer);
    p.rect_stroke(
        frame,
        2.0,
        Stroke::new(1.0, Color32::GRAY),
        egui::StrokeKind::Outside,
    );
    let pal = super::theme::palette(ui);
    let (anger, trust) = session.mood_curve();
    let points = practice.map_or(anger.len(), |s| s.mood_curve().0.len().max(anger.len()));
    let n = points.max(2) - 1;
    let x = |i: usize| plot.left() + plot.width() * i as f32 / n as f32;
    let at =
        |i: usize, v: u8| Pos2::new(x(i), plot.bottom() - plot.height() * f32::from(v) / 100.0);
    let line = |values: &[u8]| -> Vec<Pos2> {
        values.iter().enumerate().map(|(i, v)| at(i, *v)).collect()
    };
    if let Some(s) = practice {
        let (a, tr) = s.mood_curve();
        for (values, color) in [(&a, pal.anger), (&tr, pal.trust)] {
            p.extend(egui::Shape::dashed_line(
                &line(values),
                Stroke::new(2.0, color.gamma_multiply(0.6)),
                6.0,
                4.0,
            ));
        }
    }
    for (values, color) in [(&anger, pal.anger), (&trust, pal.trust)] {
        p.add(egui::Shape::line(line(values), Stroke::new(2.0, color)));
    }
    // Each answered turn: a dot in the colour of its quality, its number under the axis.
    let step = (n / 20).max(1);
    for (i, turn) in session.turns().iter().enumerate() {
        let k = i + 1;
        p.circle_filled(at(k, anger[k]), 4.5, quality_color(turn.quality));
        if k % step == 0 {
            p.text(
                Pos2::new(x(k), frame.bottom() + 3.0),
                egui::Align2::CENTER_TOP,
                k.to_string(),
                egui::FontId::proportional(11.0),
                ui.visuals().text_color(),
            );
        }
    }
    let summary = lang_tr(
        "window-curve-spoken",
        lang,
        &[
            ("emotion", emotion_label(lang, emotion).into()),
            ("anger-from", anger.first().copied().unwrap_or(0).into()),
            ("anger-to", anger.last().copied().unwrap_or(0).into()),
            ("trust-from", trust.first().copied().unwrap_or(0).into()),
            ("trust-to", trust.last().copied().unwrap_or(0).into()),
            ("turns", session.turns().len().into()),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &summary));
    let nearest = |pos: Pos2| ((pos.x - plot.left()) / plot.width() * n as f32).round() as usize;
    let mut clicked = None;
    if let Some(pos) = response.hover_pos() {
        let k = nearest(pos).min(session.turns().len());
        let text = match session.turns().get(k.max(1) - 1) {
            Some(turn) if k > 0 => format!(
                "{} {k}: {}",
                t(lang, K::turn),
                turn.quality.map_or_else(|| "—".to_owned(), Quality::label)
            ),
            _ => t(lang, K::start_point).to_owned(),
        };
        let hint = if clickable {
            format!("{text} · {}", t(lang, K::click_to_rewind))
        } else {
            text
        };
        response.clone().on_hover_text_at_pointer(hint);
        if response.clicked() && !session.turns().is_empty() {
            clicked = Some(k.clamp(1, session.turns().len()));
        }
    }
    legend(ui, lang, emotion, practice.is_some());
    clicked
}

fn legend(ui: &mut egui::Ui, lang: Lang, emotion: Emotion, practice: bool) {
    let pal = super::theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(pal.anger, emotion_label(lang, emotion));
        ui.colored_label(pal.trust, t(lang, K::trust));
        if practice {
            ui.weak(t(lang, K::dashed_what_if));
        }
        ui.separator();
        for q in [
            Quality::Best,
            Quality::Acceptable,
            Quality::Weak,
            Quality::Harmful,
        ] {
            // A painted dot (the font has no reliable bullet glyph), kept with its word. A nested
            // layout does not wrap by itself, so start a new row when the word would not fit.
            let body = egui::TextStyle::Body.resolve(ui.style());
            let word = ui
                .painter()
                .layout_no_wrap(q.label().to_owned(), body, egui::Color32::PLACEHOLDER)
                .size()
                .x;
            if ui.available_size_before_wrap().x < word + 10.0 + 3.0 * ui.spacing().item_spacing.x {
                ui.end_row();
            }
            ui.horizontal(|ui| {
                let (dot, _) = ui.allocate_exact_size(Vec2::splat(10.0), egui::Sense::hover());
                ui.painter()
                    .circle_filled(dot.center(), 4.5, quality_color(Some(q)));
                ui.label(q.label());
            });
        }
    });
}
