//! Start screen: choose or create a trainee profile, pick the language.

use crate::core::store::storage::Store;
use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::i18n::{K, lang_tr, t};
use crate::app::messages::ProfileChosen;
use crate::app::state::{Lang, Notice, Screen, Settings, Trainee};
use crate::core::store::progress;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        choose_profile
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Start)),
    )
    .add_systems(
        Update,
        remember_display.after(crate::app::AppSystems::React),
    );
}

/// Writes the window preferences to the profile when they change (text size, theme, language).
fn remember_display(
    settings: Res<Settings>,
    trainee: Res<Trainee>,
    store: Res<crate::app::state::DataStore>,
    mut notice: ResMut<Notice>,
) {
    if !settings.is_changed() {
        return;
    }
    if let Some(name) = &trainee.name
        && let Err(e) = progress::save_display(&store.0, name, settings.display())
    {
        // In the language just chosen, if that was the change.
        notice.0 = Some(lang_tr(
            "window-display-not-saved",
            settings.lang,
            &[("error", e.to_string().into())],
        ));
    }
}

fn choose_profile(
    mut chosen: MessageReader<ProfileChosen>,
    store: Res<crate::app::state::DataStore>,
    mut trainee: ResMut<Trainee>,
    mut settings: ResMut<Settings>,
    lib: Option<Res<crate::app::state::ScenarioLibrary>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(ProfileChosen(name)) = chosen.read().last() else {
        return;
    };
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    let (mut attempts, mut problems) = progress::load_attempts(&store.0, name);
    // Attempts from before decision-quality scoring: re-scored where the scenario is unchanged.
    if let Some(lib) = &lib {
        crate::core::store::rescore::rescore(&mut attempts, &lib.scenarios);
    }
    if let Err(e) = progress::load_current(&store.0, name) {
        problems.push(e);
    }
    // A new profile gets the organisation's default group code, as `gesprekstrainer profile`
    // gives it; a broken settings file is reported and the profile is made without one.
    let group = match crate::core::store::settings::resolve(&store.0, &Default::default()) {
        Ok(s) => s.group.value,
        Err(e) => {
            problems.push(e.to_string());
            None
        }
    };
    if let Err(e) = progress::ensure_profile(&store.0, name, group.as_deref()) {
        problems.push(crate::tr!(
            "window-profile-not-saved",
            error = e.to_string()
        ));
    }
    // The window as this trainee left it: text size, theme, language.
    if let Some(d) = progress::read_profile(&store.0, name)
        .ok()
        .and_then(|p| p.display)
    {
        settings.set_display(d);
    }
    *trainee = Trainee {
        name: Some(name.to_owned()),
        attempts,
        problems,
    };
    next.set(Screen::Library);
}

/// What the start screen keeps between frames (the name being typed, the search).
#[derive(Default)]
pub struct StartForm {
    pub new_name: String,
    pub search: String,
    pub profiles: Option<Vec<String>>,
    /// A field gets the keyboard focus once, when the screen opens.
    pub focused: bool,
}

/// The id of the new-profile field (tests find it by this id).
pub const NEW_PROFILE_ID: &str = "start-new-profile";

pub fn draw(
    ui: &mut egui::Ui,
    settings: &Settings,
    store: &Store,
    form: &mut StartForm,
) -> Option<Action> {
    let lang = settings.lang;
    let mut action = None;
    ui.heading(t(lang, K::app_title));
    ui.label(t(lang, K::welcome));
    ui.add_space(12.0);
    let profiles = form
        .profiles
        .get_or_insert_with(|| progress::list_profiles(store));
    let has_profiles = !profiles.is_empty();
    // What must always be in view comes first: a new profile, the language, the trainers.
    ui.label(t(lang, K::new_profile));
    ui.horizontal(|ui| {
        let edit = ui
            .add(egui::TextEdit::singleline(&mut form.new_name).id(egui::Id::new(NEW_PROFILE_ID)));
        if !form.focused && !has_profiles {
            edit.request_focus();
            form.focused = true;
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t(lang, K::start)).clicked() || entered) && !form.new_name.trim().is_empty() {
            action = Some(Action::Profile(form.new_name.trim().to_owned()));
        }
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(t(lang, K::language));
        for (l, name) in [(Lang::Nl, "Nederlands"), (Lang::En, "English")] {
            if ui.selectable_label(lang == l, name).clicked() {
                action = Some(Action::Lang(l));
            }
        }
        ui.separator();
        ui.label(t(lang, K::theme));
        for (dark, key) in [(false, K::light), (true, K::dark)] {
            if ui
                .selectable_label(settings.dark == dark, t(lang, key))
                .clicked()
            {
                action = Some(Action::Dark(dark));
            }
        }
        ui.separator();
        if ui.button(t(lang, K::trainer_entrance)).clicked() {
            action = Some(Action::Go(Screen::Review));
        }
    });
    if !has_profiles {
        return action;
    }
    ui.add_space(12.0);
    ui.strong(t(lang, K::choose_profile));
    let search =
        ui.add(egui::TextEdit::singleline(&mut form.search).hint_text(t(lang, K::search_profile)));
    if !form.focused {
        search.request_focus();
        form.focused = true;
    }
    let needle = form.search.trim().to_lowercase();
    let shown: Vec<&String> = profiles
        .iter()
        .filter(|p| needle.is_empty() || p.to_lowercase().contains(&needle))
        .collect();
    // Enter in the search field opens the profile when exactly one matches.
    if search.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let [only] = shown.as_slice()
    {
        action = Some(Action::Profile((*only).clone()));
    }
    ui.weak(format!("{} / {}", shown.len(), profiles.len()));
    egui::ScrollArea::vertical()
        .id_salt("profiles")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for p in shown {
                    if ui.button(p.as_str()).clicked() {
                        action = Some(Action::Profile(p.clone()));
                    }
                }
            });
        });
    action
}
