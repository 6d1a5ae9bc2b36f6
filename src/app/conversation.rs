//! The conversation on the call screen: earlier turns as speech bubbles (the citizen left, you
//! right), the citizen's current line (focused when it is new, so a screen reader reads it) and
//! the answers as numbered cards of equal width, reachable with Tab, Enter and the number keys.

use bevy_egui::egui::{self, Align, Layout, RichText, Stroke, Vec2};

use super::i18n::{K, t};
use super::state::Lang;
use super::theme;

/// The share of the width a bubble may take.
const BUBBLE: f32 = 0.78;

/// One earlier exchange: the citizen's line, then the trainee's answer on the right.
pub fn turn(ui: &mut egui::Ui, lang: Lang, cue: Option<&str>, line: &str, response: &str) {
    let p = theme::palette(ui);
    bubble(ui, p.panel, Stroke::NONE, |ui| {
        said(ui, t(lang, K::citizen), cue, line);
    });
    ui.with_layout(Layout::right_to_left(Align::TOP), |ui| {
        bubble(ui, p.card, Stroke::new(1.0, p.you), |ui| {
            // The bubble sits on the right; its text reads from the left.
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                ui.label(RichText::new(format!("{}: {response}", t(lang, K::you))).color(p.you));
            });
        });
    });
}

fn bubble(ui: &mut egui::Ui, fill: egui::Color32, stroke: Stroke, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width() * BUBBLE;
    egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(12, 8))
        .show(ui, |ui| {
            ui.set_max_width(width);
            add(ui);
        });
}

fn said(ui: &mut egui::Ui, who: &str, cue: Option<&str>, line: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{who}:"));
        if let Some(c) = cue {
            ui.label(RichText::new(c).italics());
        }
        ui.label(line);
    });
}

/// The citizen's line now: a card that takes the keyboard focus once per new line (`key` is
/// the turn number), so a screen reader reads it out.
pub fn current_line(ui: &mut egui::Ui, lang: Lang, key: usize, cue: Option<&str>, line: &str) {
    let p = theme::palette(ui);
    let frame = egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(2.0, p.accent))
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(14, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            said(ui, t(lang, K::citizen), cue, line);
        });
    let id = egui::Id::new("current-line");
    let spoken = match cue {
        Some(c) => format!("{}: {c} {line}", t(lang, K::citizen)),
        None => format!("{}: {line}", t(lang, K::citizen)),
    };
    let response = ui.interact(
        frame.response.rect,
        id,
        egui::Sense::focusable_noninteractive(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &spoken));
    let seen = ui.data(|d| d.get_temp::<usize>(id));
    if seen != Some(key) {
        response.request_focus();
        ui.data_mut(|d| d.insert_temp(id, key));
    }
}

/// One answer as a card: its number and its text, the same width as the others. Returns
/// whether it was chosen (click, or Enter/Space while it has the keyboard focus).
pub fn answer_card(ui: &mut egui::Ui, number: usize, text: &str) -> bool {
    let p = theme::palette(ui);
    let id = ui.id().with(("answer", number));
    let width = ui.available_width();
    let frame = egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.0, p.weak))
        .corner_radius(8)
        .inner_margin(egui::Margin::symmetric(12, 10))
        .show(ui, |ui| {
            ui.set_width(width - 26.0);
            ui.set_min_height(28.0);
            ui.horizontal(|ui| {
                ui.add_sized(
                    Vec2::new(28.0, 24.0),
                    egui::Label::new(RichText::new(number.to_string()).strong().color(p.accent)),
                );
                ui.add(egui::Label::new(text).wrap());
            });
        });
    let rect = frame.response.rect;
    let response = ui.interact(rect, id, egui::Sense::click());
    let label = format!("{number}. {text}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &label));
    let ring = if response.has_focus() {
        Some(Stroke::new(3.0, p.focus))
    } else if response.hovered() {
        Some(Stroke::new(2.0, p.accent))
    } else {
        None
    };
    if let Some(stroke) = ring {
        ui.painter()
            .rect_stroke(rect, 8, stroke, egui::StrokeKind::Outside);
    }
    response.clicked()
}
