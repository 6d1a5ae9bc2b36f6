//! Debrief screen: outcome, skill chart, escalation curve, verdict, legal findings, transcript.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::i18n::{K, t};
use crate::app::state::{ActiveCall, Screen, Settings};
use crate::app::widgets;

pub(super) fn plugin(_app: &mut App) {}

pub fn draw(ui: &mut egui::Ui, settings: &Settings, call: &ActiveCall) -> Option<Action> {
    let lang = settings.lang;
    let (Some(result), Some(session)) = (&call.result, &call.session) else {
        return None;
    };
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading(format!(
            "{} — {}",
            t(lang, K::debrief),
            call.loaded.scenario.title
        ));
        if ui.button(t(lang, K::to_library)).clicked() {
            action = Some(Action::Go(Screen::Library));
        }
    });
    ui.label(format!(
        "{}: {}",
        t(lang, K::outcome),
        result.outcome_label_nl()
    ));
    ui.strong(format!(
        "{}: {}% · {}",
        t(lang, K::overall),
        result.score.overall,
        if result.passed() {
            t(lang, K::passed)
        } else {
            t(lang, K::not_passed)
        }
    ));
    if let Some(v) = &result.variant {
        ui.label(format!("{}: {v}", t(lang, K::variant)));
    }
    if let Some(p) = result.score.preparation {
        ui.label(format!("{}: {p}%", t(lang, K::preparation_score)));
    }
    if let Some(p) = result.score.after_call {
        ui.label(format!("{}: {p}%", t(lang, K::after_call_score)));
    }
    egui::ScrollArea::vertical()
        .id_salt("debrief")
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                cols[0].heading(t(lang, K::skills));
                widgets::skill_bars(&mut cols[0], &result.score.skills);
                cols[1].heading(t(lang, K::curve));
                widgets::escalation_curve(
                    &mut cols[1],
                    lang,
                    call.loaded.scenario.citizen.emotion,
                    session,
                );
            });
            ui.columns(2, |cols| {
                cols[0].heading(t(lang, K::verdict));
                for (text, yes) in result.verdict.lines_nl() {
                    cols[0].label(format!("{} {text}", if yes { "✔" } else { "—" }));
                }
                cols[1].heading(t(lang, K::findings));
                if result.findings.is_empty() {
                    cols[1].label(t(lang, K::no_findings));
                }
                for f in &result.findings {
                    cols[1].colored_label(egui::Color32::from_rgb(170, 40, 20), f.label_nl());
                }
            });
            if !result.epilogue.is_empty() {
                ui.heading(t(lang, K::epilogue));
                for e in &result.epilogue {
                    ui.colored_label(egui::Color32::from_rgb(170, 40, 20), e);
                }
            }
            if !result.after_call.is_empty() {
                ui.heading(t(lang, K::after_call));
                for q in &result.after_call {
                    widgets::answered(ui, lang, q);
                }
            }
            if let Some(a) =
                super::rating::draw(ui, "En nu, na dit gesprek? (1–5)", &call.self_after, true)
            {
                action = Some(a);
            }
            ui.heading(t(lang, K::transcript));
            for turn in session.turns() {
                widgets::citizen_line(ui, lang, turn.cue.as_deref(), &turn.line);
                ui.label(
                    egui::RichText::new(format!("{}: {}", t(lang, K::you), turn.response))
                        .color(egui::Color32::from_rgb(30, 30, 110)),
                );
                widgets::feedback(ui, lang, turn);
                ui.add_space(6.0);
            }
        });
    action
}
