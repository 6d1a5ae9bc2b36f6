//! Call screen: the phone call itself — citizen, mood, transcript, responses, feedback, time-out.

use crate::core::store::storage::Store;
use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::i18n::{K, lang_tr, t};
use crate::app::messages::{AfterCallAnswered, Continued, ResponseChosen, TimeOutTaken};
use crate::app::state::Lang;
use crate::app::state::{ActiveCall, Notice, Screen, Settings, Trainee};
use crate::app::widgets;
use crate::app::{conversation, face, theme};
use crate::core::engine::session::{Mode, Session, Step};
use crate::core::format::technique::Phase;
use crate::core::store::progress::{self, Attempt, CallInProgress};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (tick_clock, respond, time_out, answer_after_call, proceed)
            .chain()
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Call)),
    );
}

/// Real time: virtual time clamps each frame to 250 ms, and a reactive window has long gaps.
fn tick_clock(time: Res<Time<Real>>, call: Option<ResMut<ActiveCall>>) {
    if let Some(mut call) = call
        && call.session.as_ref().is_some_and(|s| !s.is_ended())
    {
        // Not a change worth a redraw: the clock on screen follows the next frame that comes
        // anyway (input, or the reactive wake-up), so a waiting call keeps the CPU idle.
        call.bypass_change_detection().elapsed_ms += time.delta().as_millis() as u64;
    }
}

fn save(store: &Store, trainee: &Trainee, call: &ActiveCall, notice: &mut Notice) {
    let (Some(name), Some(session)) = (&trainee.name, &call.session) else {
        return;
    };
    let current = CallInProgress::new(session.clone(), call.prep.clone(), call.elapsed_ms);
    if let Err(e) = progress::save_current(store, name, &current) {
        notice.0 = Some(crate::tr!("window-call-not-saved", error = e.to_string()));
    }
}

fn respond(
    mut chosen: MessageReader<ResponseChosen>,
    call: Option<ResMut<ActiveCall>>,
    trainee: Res<Trainee>,
    store: Res<crate::app::state::DataStore>,
    mut notice: ResMut<Notice>,
) {
    let Some(mut call) = call else { return };
    for ResponseChosen(i) in chosen.read() {
        // While feedback is showing, a new choice first dismisses it (as Enter does).
        if call.feedback_for.is_some() {
            continue;
        }
        let call = &mut *call;
        let Some(session) = call.session.as_mut() else {
            return;
        };
        if session.is_ended() {
            continue;
        }
        match session.choose(&call.loaded.scenario, *i, Some(call.elapsed_ms)) {
            Ok(_) => {
                let n = session.turns().len() - 1;
                call.hint = None;
                if session.mode() == Mode::Training {
                    call.feedback_for = Some(n);
                }
            }
            Err(e) => notice.0 = Some(e.to_string()),
        }
        save(&store.0, &trainee, call, &mut notice);
    }
}

fn time_out(
    mut asked: MessageReader<TimeOutTaken>,
    call: Option<ResMut<ActiveCall>>,
    trainee: Res<Trainee>,
    store: Res<crate::app::state::DataStore>,
    mut notice: ResMut<Notice>,
) {
    let Some(mut call) = call else { return };
    if asked.read().last().is_none() || call.hint.is_some() {
        return;
    }
    let call = &mut *call;
    if let Some(session) = call.session.as_mut() {
        call.hint = session.time_out(&call.loaded.scenario).map(|h| h.text);
    }
    save(&store.0, &trainee, call, &mut notice);
}

fn answer_after_call(
    mut answers: MessageReader<AfterCallAnswered>,
    call: Option<ResMut<ActiveCall>>,
) {
    let Some(mut call) = call else { return };
    for a in answers.read() {
        let asked = call.session.as_ref().is_some_and(|s| {
            s.is_ended() && s.asked_after_call(&call.loaded.scenario).get(a.question) == Some(&true)
        });
        let valid = call
            .loaded
            .scenario
            .after_call
            .get(a.question)
            .is_some_and(|q| a.option < q.options.len());
        if asked && valid {
            call.after[a.question] = Some(a.option);
        }
    }
}

fn proceed(
    mut cont: MessageReader<Continued>,
    call: Option<ResMut<ActiveCall>>,
    mut trainee: ResMut<Trainee>,
    store: Res<crate::app::state::DataStore>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut call) = call else { return };
    if cont.read().last().is_none() {
        return;
    }
    if call.feedback_for.take().is_some() {
        return;
    }
    let call = &mut *call;
    let Some(session) = &call.session else { return };
    if !session.is_ended() {
        return;
    }
    let s = &call.loaded.scenario;
    if unanswered(call, session) {
        notice.0 = Some(answer_first());
        return;
    }
    if notice.0 == Some(answer_first()) {
        notice.0 = None;
    }
    let result = session.finish(
        s,
        &call.analysis.reference_for(session.variant()),
        &call.prep,
        &call.after,
    );
    if let Some(name) = trainee.name.clone() {
        let mut attempt = Attempt::new(
            &call.loaded,
            session.clone(),
            call.prep.clone(),
            call.after.clone(),
            result.clone(),
        );
        attempt.self_before = call
            .self_before
            .iter()
            .any(|r| *r > 0)
            .then_some(call.self_before);
        match progress::save_attempt(&store.0, &name, &attempt) {
            Ok(path) => {
                trainee.attempts.push(attempt);
                call.saved = Some(path);
            }
            Err(e) => {
                notice.0 = Some(crate::tr!(
                    "window-attempt-not-saved",
                    error = e.to_string()
                ))
            }
        }
    }
    call.result = Some(result);
    next.set(Screen::Debrief);
}

/// Height kept for the current line and the answers (or the feedback), in points.
const ANSWER_AREA: f32 = 330.0;

/// The id of the answer shown at this position (0-based), as the engine ordered them.
pub fn choice_at(call: &ActiveCall, position: usize) -> Option<usize> {
    let session = call.session.as_ref()?;
    match session.step(&call.loaded.scenario) {
        Ok(Step::Line { choices, .. }) => choices.get(position).map(|c| c.id),
        _ => None,
    }
}

fn call_guide(ui: &mut egui::Ui, current: Option<Phase>) {
    for p in Phase::ALL {
        let text = egui::RichText::new(p.label());
        if Some(p) == current {
            ui.label(text.strong().color(theme::palette(ui).accent));
        } else {
            ui.weak(p.label());
        }
    }
}

/// Shown when the trainee moves on before answering the after-call questions.
fn answer_first() -> String {
    crate::tr!("window-answer-first")
}

/// Does this ended call still have an after-call question without an answer?
fn unanswered(call: &ActiveCall, session: &Session) -> bool {
    session
        .asked_after_call(&call.loaded.scenario)
        .iter()
        .zip(&call.after)
        .any(|(asked, answer)| *asked && answer.is_none())
}

/// The questions for after the phone is down, as this call asks them.
fn after_call_questions(
    ui: &mut egui::Ui,
    lang: Lang,
    call: &ActiveCall,
    session: &Session,
) -> Option<Action> {
    let s = &call.loaded.scenario;
    let asked = session.asked_after_call(s);
    if !asked.contains(&true) {
        return None;
    }
    let mut action = None;
    ui.add_space(6.0);
    ui.heading(t(lang, K::after_call));
    for (qi, q) in s.after_call.iter().enumerate().filter(|(i, _)| asked[*i]) {
        ui.add_space(4.0);
        ui.strong(&q.question);
        for (oi, o) in q.options.iter().enumerate() {
            if ui.radio(call.after[qi] == Some(oi), &o.text).clicked() {
                action = Some(Action::AfterCall(qi, oi));
            }
        }
    }
    ui.add_space(6.0);
    action
}

pub fn draw(ui: &mut egui::Ui, settings: &Settings, call: &ActiveCall) -> Option<Action> {
    let lang = settings.lang;
    let s = &call.loaded.scenario;
    let session = call.session.as_ref()?;
    let mut action = None;
    let step = session.step(s).ok()?;
    let phase = match &step {
        Step::Line { phase, .. } => Some(*phase),
        Step::Ended { .. } => None,
    };
    egui::Panel::right("belwijzer")
        .default_size(220.0)
        .show(ui, |ui| {
            ui.heading(t(lang, K::phase));
            call_guide(ui, phase);
            ui.separator();
            // Whole minutes: the window wakes only when the minute changes (`idle`).
            let minutes = call.elapsed_ms / 60_000;
            let shown = if minutes == 0 {
                t(lang, K::under_a_minute).to_owned()
            } else {
                lang_tr("window-minutes", lang, &[("minutes", minutes.into())])
            };
            ui.label(format!("{}: {shown}", t(lang, K::call_time)));
            ui.separator();
            if ui.button(t(lang, K::time_out)).clicked() {
                action = Some(Action::TimeOut);
            }
            if let Some(h) = &call.hint {
                ui.label(egui::RichText::new(format!("{}: {h}", t(lang, K::hint))).italics());
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            face::face(ui, lang, &s.citizen.name, s.citizen.emotion, session.mood());
            ui.vertical(|ui| {
                ui.heading(format!("{} ({})", s.citizen.name, s.citizen.age));
                widgets::mood(ui, lang, s.citizen.emotion, session.mood());
            });
        });
        ui.separator();
        // The conversation takes what the answers leave; the answer area keeps its height
        // whether the cards or the feedback show, so nothing jumps.
        let transcript_height = (ui.available_height() - ANSWER_AREA).max(80.0);
        egui::ScrollArea::vertical()
            .id_salt("transcript")
            .max_height(transcript_height)
            .min_scrolled_height(transcript_height)
            .auto_shrink([false, false])
            .stick_to_bottom(true)
            .show(ui, |ui| {
                // Long lines wrap inside the bubbles and cards (scroll areas default to extend).
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                for turn in session.turns() {
                    conversation::turn(ui, lang, turn.cue.as_deref(), &turn.line, &turn.response);
                }
            });
        ui.add_space(6.0);
        let key = session.turns().len();
        egui::ScrollArea::vertical()
            .id_salt("answers")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                match step {
                    Step::Line {
                        cue, line, choices, ..
                    } => {
                        conversation::current_line(ui, lang, key, cue, line);
                        ui.add_space(4.0);
                        if let Some(n) = call.feedback_for {
                            widgets::feedback(ui, lang, &session.turns()[n]);
                            if ui.button(t(lang, K::continue_)).clicked() {
                                action = Some(Action::Continue);
                            }
                        } else {
                            ui.label(t(lang, K::your_answer));
                            for (pos, c) in choices.iter().enumerate() {
                                if conversation::answer_card(ui, pos + 1, c.text) {
                                    action = Some(Action::Respond(c.id));
                                }
                            }
                        }
                    }
                    Step::Ended { outcome, cue, line } => {
                        conversation::current_line(ui, lang, key, cue, line);
                        if let Some(n) = call.feedback_for {
                            widgets::feedback(ui, lang, &session.turns()[n]);
                        }
                        ui.strong(format!("{} {}", t(lang, K::call_ended), outcome.label()));
                        if let Some(a) = after_call_questions(ui, lang, call, session) {
                            action = Some(a);
                        }
                        let ready = !unanswered(call, session);
                        if ui
                            .add_enabled(ready, egui::Button::new(t(lang, K::to_debrief)))
                            .clicked()
                        {
                            action = Some(Action::Continue);
                        }
                    }
                }
            });
    });
    action
}
