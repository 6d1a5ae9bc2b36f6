//! The egui layer: one drawing system that shows the current screen; what was clicked or typed
//! becomes an `Action`, and actions become messages for the screen systems to decide on.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::action::Action;
use super::messages::*;
use super::screens::{call, debrief, library, preparation, progress, review, start};
use super::state::{ActiveCall, Notice, ScenarioLibrary, Screen, Settings, Trainee};
use super::theme;

/// Smallest and largest text zoom (Ctrl − / Ctrl +).
const ZOOM_RANGE: (f32, f32) = (0.7, 2.0);
const ZOOM_STEP: f32 = 0.1;

#[derive(SystemParam)]
pub struct Writers<'w> {
    profile: MessageWriter<'w, ProfileChosen>,
    resumed: MessageWriter<'w, CallResumed>,
    discarded: MessageWriter<'w, CallDiscarded>,
    scenario: MessageWriter<'w, ScenarioChosen>,
    prep: MessageWriter<'w, PrepAnswered>,
    after_call: MessageWriter<'w, AfterCallAnswered>,
    started: MessageWriter<'w, CallStarted>,
    response: MessageWriter<'w, ResponseChosen>,
    time_out: MessageWriter<'w, TimeOutTaken>,
    cont: MessageWriter<'w, Continued>,
    rated: MessageWriter<'w, SkillRated>,
    export: MessageWriter<'w, ExportRequested>,
    review: MessageWriter<'w, ReviewRequested>,
    pack: MessageWriter<'w, PackImportRequested>,
    pick: MessageWriter<'w, PickRequested>,
    screen: MessageWriter<'w, ScreenRequested>,
    rewound: MessageWriter<'w, Rewound>,
    practice: MessageWriter<'w, PracticeChosen>,
}

/// Forms that keep typed text between frames.
#[derive(Resource, Default)]
struct Forms {
    start: start::StartForm,
    review: review::ReviewForm,
    library: library::LibraryForm,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Forms>()
        .add_systems(EguiPrimaryContextPass, draw)
        .add_systems(OnEnter(Screen::Library), |mut forms: ResMut<Forms>| {
            forms.library.has_interrupted = None
        })
        .add_systems(OnEnter(Screen::Start), |mut forms: ResMut<Forms>| {
            forms.start = start::StartForm::default()
        });
}

/// Keys that work on a screen without the mouse.
fn keys(ctx: &egui::Context, screen: Screen, call: Option<&ActiveCall>) -> Option<Action> {
    // Only a text field swallows the keys; a focused card or line does not.
    let typing = ctx.text_edit_focused();
    ctx.input(|i| {
        if i.key_pressed(egui::Key::Escape) {
            return match screen {
                Screen::Library | Screen::Debrief => {
                    Some(Action::Go(if screen == Screen::Library {
                        Screen::Start
                    } else {
                        Screen::Library
                    }))
                }
                Screen::Preparation | Screen::Progress => Some(Action::Go(Screen::Library)),
                Screen::Review => Some(Action::Go(Screen::Start)),
                _ => None,
            };
        }
        if typing {
            return None;
        }
        let digits = [
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        let digit = digits.iter().position(|k| i.key_pressed(*k));
        match screen {
            Screen::Library => return digit.map(Action::Card),
            Screen::Preparation if i.key_pressed(egui::Key::Enter) => {
                return Some(Action::Start { test_mode: false });
            }
            Screen::Call => {}
            _ => return None,
        }
        if i.key_pressed(egui::Key::Enter) {
            return Some(Action::Continue);
        }
        if i.key_pressed(egui::Key::T) && call.is_some_and(|c| c.feedback_for.is_none()) {
            return Some(Action::TimeOut);
        }
        // A position on screen; `draw` maps it to the response shown there.
        digit.filter(|d| *d < 5).map(Action::Position)
    })
}

/// The new zoom factor when Ctrl + or Ctrl − was pressed.
fn zoom_keys(ctx: &egui::Context, zoom: f32) -> Option<f32> {
    ctx.input(|i| {
        let plus = i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals);
        if i.modifiers.command && plus {
            Some((zoom + ZOOM_STEP).min(ZOOM_RANGE.1))
        } else if i.modifiers.command && i.key_pressed(egui::Key::Minus) {
            Some((zoom - ZOOM_STEP).max(ZOOM_RANGE.0))
        } else {
            None
        }
    })
}

#[expect(
    clippy::too_many_arguments,
    reason = "one drawing system reads every screen's state"
)]
fn draw(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    mut settings: ResMut<Settings>,
    lib: Res<ScenarioLibrary>,
    trainee: Res<Trainee>,
    store: Res<super::state::DataStore>,
    call: Option<Res<ActiveCall>>,
    notice: Res<Notice>,
    mut forms: ResMut<Forms>,
    mut review_state: ResMut<review::Review>,
    mut out: Writers,
    mut fonts_installed: Local<bool>,
    mut applied: Local<Option<bool>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    if !*fonts_installed {
        theme::install_fonts(&ctx);
        *fonts_installed = true;
    }
    // Everything drawn below, core labels included, follows the chosen language.
    if crate::core::i18n::current() != settings.lang {
        crate::core::i18n::set(settings.lang);
    }
    if *applied != Some(settings.dark) {
        theme::apply(&ctx, settings.dark);
        *applied = Some(settings.dark);
    }
    if let Some(z) = zoom_keys(&ctx, settings.zoom) {
        settings.zoom = z;
    }
    if ctx.zoom_factor() != settings.zoom {
        ctx.set_zoom_factor(settings.zoom);
    }
    let screen = *screen.get();
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let mut action = keys(&ctx, screen, call.as_deref());
    egui::Panel::top("top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            ui.strong(super::i18n::t(settings.lang, super::i18n::K::app_title));
            if let Some(name) = &trainee.name {
                ui.label(format!("· {name}"));
            }
        });
    });
    if let Some(text) = &notice.0 {
        egui::Panel::bottom("notice").show(&mut root, |ui| {
            ui.colored_label(theme::palette(ui).danger, text);
        });
    }
    let drawn = match (screen, call.as_deref()) {
        (Screen::Start, _) => {
            egui::CentralPanel::default()
                .show(&mut root, |ui| {
                    start::draw(ui, &settings, &store.0, &mut forms.start)
                })
                .inner
        }
        (Screen::Library, _) => {
            let Forms { library: form, .. } = &mut *forms;
            egui::CentralPanel::default()
                .show(&mut root, |ui| {
                    library::draw(ui, &settings, &store.0, &lib, &trainee, form)
                })
                .inner
        }
        (Screen::Preparation, Some(c)) => {
            egui::CentralPanel::default()
                .show(&mut root, |ui| preparation::draw(ui, &settings, c))
                .inner
        }
        (Screen::Call, Some(c)) => call::draw(&mut root, &settings, c),
        (Screen::Review, _) => {
            let Forms { review: form, .. } = &mut *forms;
            egui::CentralPanel::default()
                .show(&mut root, |ui| {
                    review::draw(ui, &settings, &store.0, &lib, &mut review_state, form)
                })
                .inner
        }
        (Screen::Progress, _) => {
            egui::CentralPanel::default()
                .show(&mut root, |ui| progress::draw(ui, &settings, &trainee))
                .inner
        }
        (Screen::Debrief, Some(c)) => {
            egui::CentralPanel::default()
                .show(&mut root, |ui| debrief::draw(ui, &settings, c))
                .inner
        }
        _ => None,
    };
    action = drawn.or(action);
    if let (Some(Action::Position(p)), Some(c)) = (&action, call.as_deref()) {
        action = call::choice_at(c, *p).map(Action::Respond);
    }
    if let Some(Action::Card(n)) = action {
        action = library::visible(&lib, &forms.library)
            .nth(n)
            .map(|l| Action::Scenario(l.scenario.id.clone()));
    }
    if let Some(a) = action {
        dispatch(a, &mut settings, &mut out);
        // The screen systems act on it in the next frame: make sure that frame comes.
        ctx.request_repaint();
    }
    Ok(())
}

fn dispatch(action: Action, settings: &mut Settings, out: &mut Writers) {
    match action {
        Action::Profile(name) => {
            out.profile.write(ProfileChosen(name));
        }
        Action::Lang(lang) => settings.lang = lang,
        Action::Dark(dark) => settings.dark = dark,
        Action::Resume => {
            out.resumed.write(CallResumed);
        }
        Action::Discard => {
            out.discarded.write(CallDiscarded);
        }
        Action::Scenario(id) => {
            out.scenario.write(ScenarioChosen(id));
        }
        // Turned into `Scenario` / `Respond` in `draw`, where the screen's order is known.
        Action::Card(_) | Action::Position(_) => {}
        Action::Prep(question, option) => {
            out.prep.write(PrepAnswered { question, option });
        }
        Action::AfterCall(question, option) => {
            out.after_call.write(AfterCallAnswered { question, option });
        }
        Action::Start { test_mode } => {
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs());
            out.started.write(CallStarted { seed, test_mode });
        }
        Action::Respond(i) => {
            out.response.write(ResponseChosen(i));
        }
        Action::Rewind(turn) => {
            out.rewound.write(Rewound(turn));
        }
        Action::PracticeRespond(id) => {
            out.practice.write(PracticeChosen(Some(id)));
        }
        Action::PracticeStop => {
            out.practice.write(PracticeChosen(None));
        }
        Action::TimeOut => {
            out.time_out.write(TimeOutTaken);
        }
        Action::Continue => {
            out.cont.write(Continued);
        }
        Action::Rate {
            after,
            skill,
            value,
        } => {
            out.rated.write(SkillRated {
                after,
                skill,
                value,
            });
        }
        Action::Review(paths) => {
            out.review.write(ReviewRequested(paths));
        }
        Action::ImportPack(path) => {
            out.pack.write(PackImportRequested(path));
        }
        Action::Pick(purpose) => {
            out.pick.write(PickRequested(purpose));
        }
        Action::Export => {
            out.export.write(ExportRequested);
        }
        Action::Go(screen) => {
            out.screen.write(ScreenRequested(screen));
        }
    }
}
