//! Preparation screen: the dossier and the call-guide checklist; answers count toward the score.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::i18n::{self, K, t};
use crate::app::messages::{CallStarted, PrepAnswered};
use crate::app::state::{ActiveCall, Notice, Screen, Settings};
use crate::core::engine::session::{Mode, Session};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (answer, start_call)
            .chain()
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Preparation)),
    );
}

fn answer(mut answers: MessageReader<PrepAnswered>, call: Option<ResMut<ActiveCall>>) {
    let Some(mut call) = call else { return };
    for a in answers.read() {
        let valid = call
            .loaded
            .scenario
            .preparation
            .get(a.question)
            .is_some_and(|q| a.option < q.options.len());
        if valid {
            call.prep[a.question] = Some(a.option);
        }
    }
}

fn start_call(
    mut started: MessageReader<CallStarted>,
    call: Option<ResMut<ActiveCall>>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(start) = started.read().last() else {
        return;
    };
    let Some(mut call) = call else { return };
    let mode = if start.test_mode {
        Mode::Test
    } else {
        Mode::Training
    };
    match Session::start(&call.loaded.scenario, start.seed, mode) {
        Ok(s) => {
            call.session = Some(s);
            call.elapsed_ms = 0;
            next.set(Screen::Call);
        }
        Err(e) => notice.0 = Some(e.to_string()),
    }
}

fn list(ui: &mut egui::Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    ui.strong(title);
    for i in items {
        ui.label(format!("• {i}"));
    }
}

pub fn draw(ui: &mut egui::Ui, settings: &Settings, call: &ActiveCall) -> Option<Action> {
    let lang = settings.lang;
    let s = &call.loaded.scenario;
    let mut action = None;
    ui.heading(&s.title);
    ui.label(format!(
        "{} · {} · {}",
        s.domain,
        i18n::case_type(lang, s.case_type),
        i18n::difficulty(lang, s.difficulty)
    ));
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 60.0)
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                // Left-aligned, not justified: columns justify text by default.
                let left = egui::Layout::top_down(egui::Align::Min);
                let (a, b) = cols.split_at_mut(1);
                a[0].with_layout(left, |ui| {
                    ui.heading(t(lang, K::dossier));
                    ui.label(&s.dossier.decision);
                    list(ui, t(lang, K::facts), &s.dossier.facts);
                    list(ui, t(lang, K::deadlines), &s.dossier.deadlines);
                    list(ui, t(lang, K::room), &s.dossier.room);
                    list(ui, t(lang, K::third_parties), &s.dossier.third_parties);
                    ui.add_space(6.0);
                    ui.strong(i18n::lang_tr(
                        "window-citizen-age",
                        lang,
                        &[
                            ("name", s.citizen.name.as_str().into()),
                            ("age", s.citizen.age.into()),
                        ],
                    ));
                    ui.label(&s.citizen.situation);
                });
                b[0].with_layout(left, |ui| {
                    ui.heading(t(lang, K::checklist));
                    if let Some(a) =
                        super::rating::draw(ui, t(lang, K::rate_before), &call.self_before, false)
                    {
                        action = Some(a);
                    }
                    for (qi, q) in s.preparation.iter().enumerate() {
                        ui.add_space(4.0);
                        ui.strong(&q.question);
                        for (oi, o) in q.options.iter().enumerate() {
                            if ui.radio(call.prep[qi] == Some(oi), &o.text).clicked() {
                                action = Some(Action::Prep(qi, oi));
                            }
                        }
                    }
                });
            });
        });
    ui.horizontal(|ui| {
        if ui.button(t(lang, K::start_training)).clicked() {
            action = Some(Action::Start { test_mode: false });
        }
        if ui.button(t(lang, K::start_test)).clicked() {
            action = Some(Action::Start { test_mode: true });
        }
        if ui.button(t(lang, K::back)).clicked() {
            action = Some(Action::Go(Screen::Library));
        }
    });
    action
}
