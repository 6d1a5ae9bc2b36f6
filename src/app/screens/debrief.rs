//! Debrief screen: outcome, skill chart, escalation curve with "wat als?" practice from any
//! turn, verdict, legal findings, after-call answers, transcript.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::curve;
use crate::app::i18n::{K, t};
use crate::app::messages::{PracticeChosen, Rewound};
use crate::app::state::{ActiveCall, Lang, Notice, Practice, Screen, Settings};
use crate::app::widgets;
use crate::core::engine::session::Step;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (rewind, practise)
            .chain()
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Debrief)),
    );
}

/// Rewinds a copy of the finished call; the saved attempt is not touched.
fn rewind(
    mut asked: MessageReader<Rewound>,
    call: Option<ResMut<ActiveCall>>,
    mut notice: ResMut<Notice>,
) {
    let Some(mut call) = call else { return };
    let Some(Rewound(turn)) = asked.read().last() else {
        return;
    };
    let Some(session) = &call.session else { return };
    match session.rewind(&call.loaded.scenario, *turn) {
        Ok(s) => {
            call.practice = Some(Practice {
                from: *turn,
                session: s,
                result: None,
            })
        }
        Err(e) => notice.0 = Some(e.to_string()),
    }
}

/// An answer in the practice call, or the end of practising.
fn practise(mut chosen: MessageReader<PracticeChosen>, call: Option<ResMut<ActiveCall>>) {
    let Some(mut call) = call else { return };
    for PracticeChosen(id) in chosen.read() {
        let call = &mut *call;
        let Some(id) = id else {
            call.practice = None;
            continue;
        };
        let scenario = &call.loaded.scenario;
        let Some(p) = call.practice.as_mut() else {
            continue;
        };
        if p.session.choose(scenario, *id, None).is_err() {
            continue;
        }
        if p.session.is_ended() {
            let reference = call.analysis.reference_for(p.session.variant());
            p.result = Some(
                p.session
                    .finish(scenario, &reference, &call.prep, &call.after),
            );
        }
    }
}

/// The practice call under the curve: its line and answers, then its outcome.
fn practice_panel(
    ui: &mut egui::Ui,
    lang: Lang,
    call: &ActiveCall,
    p: &Practice,
) -> Option<Action> {
    let mut action = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.heading(format!("{} {}", t(lang, K::what_if), p.from));
            if ui.button(t(lang, K::what_if_stop)).clicked() {
                action = Some(Action::PracticeStop);
            }
        });
        ui.weak(t(lang, K::what_if_note));
        if let Some(last) = p.session.turns().get(p.from - 1..).and_then(<[_]>::last) {
            ui.label(format!("{}: {}", t(lang, K::you), last.response));
            widgets::feedback(ui, lang, last);
        }
        match p.session.step(&call.loaded.scenario) {
            Ok(Step::Line {
                cue, line, choices, ..
            }) => {
                widgets::citizen_line(ui, lang, cue, line);
                for (pos, c) in choices.iter().enumerate() {
                    if ui
                        .add(egui::Button::new(format!("{}. {}", pos + 1, c.text)).wrap())
                        .clicked()
                    {
                        action = Some(Action::PracticeRespond(c.id));
                    }
                }
            }
            Ok(Step::Ended { cue, line, .. }) => {
                widgets::citizen_line(ui, lang, cue, line);
                if let Some(r) = &p.result {
                    ui.strong(format!(
                        "{}: {} · {}",
                        t(lang, K::what_if_result),
                        r.outcome_label_nl(),
                        r.score_label()
                    ));
                }
            }
            Err(e) => {
                ui.label(e.to_string());
            }
        }
    });
    action
}

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
                if let Some(turn) = curve::escalation_curve(
                    &mut cols[1],
                    lang,
                    call.loaded.scenario.citizen.emotion,
                    session,
                    call.practice.as_ref().map(|p| &p.session),
                    true,
                ) {
                    action = Some(Action::Rewind(turn));
                }
                if call.practice.is_none() {
                    cols[1].weak(t(lang, K::what_if_hint));
                }
            });
            if let Some(p) = &call.practice
                && let Some(a) = practice_panel(ui, lang, call, p)
            {
                action = Some(a);
            }
            ui.columns(2, |cols| {
                // Left-aligned, not justified: columns justify text by default.
                let left = egui::Layout::top_down(egui::Align::Min);
                cols[0].with_layout(left, |ui| {
                    ui.heading(t(lang, K::verdict));
                    for (text, yes) in result.verdict.lines_nl() {
                        ui.label(format!("{} {text}", if yes { "✔" } else { "—" }));
                    }
                });
                cols[1].with_layout(left, |ui| {
                    ui.heading(t(lang, K::findings));
                    if result.findings.is_empty() {
                        ui.label(t(lang, K::no_findings));
                    }
                    let danger = crate::app::theme::palette(ui).danger;
                    for f in &result.findings {
                        ui.colored_label(danger, f.label());
                    }
                });
            });
            if !result.epilogue.is_empty() {
                ui.heading(t(lang, K::epilogue));
                for e in &result.epilogue {
                    ui.colored_label(crate::app::theme::palette(ui).danger, e);
                }
            }
            if !result.after_call.is_empty() {
                ui.heading(t(lang, K::after_call));
                for q in &result.after_call {
                    widgets::answered(ui, lang, q);
                }
            }
            if let Some(a) = super::rating::draw(ui, t(lang, K::rate_after), &call.self_after, true)
            {
                action = Some(a);
            }
            ui.heading(t(lang, K::transcript));
            for turn in session.turns() {
                widgets::citizen_line(ui, lang, turn.cue.as_deref(), &turn.line);
                ui.label(
                    egui::RichText::new(format!("{}: {}", t(lang, K::you), turn.response))
                        .color(crate::app::theme::palette(ui).you),
                );
                widgets::feedback(ui, lang, turn);
                ui.add_space(6.0);
            }
        });
    action
}
