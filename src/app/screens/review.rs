//! Trainer screen (return day): read a group's exports, see where the group stands, drill down.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};

use crate::app::action::Action;
use crate::app::i18n::{K, lang_tr, t};
use crate::app::messages::ReviewRequested;
use crate::app::state::{ScenarioLibrary, Screen, Settings};
use crate::app::widgets;
use crate::core::format::technique::Skill;
use crate::core::review::{self, Group, Summary, coverage::Coverage};
use crate::core::store::storage::Store;

/// The imported group and what the trainer selected.
#[derive(Resource, Default)]
pub struct Review {
    pub loaded: Option<(Group, Summary, Vec<Coverage>)>,
    pub trainee: Option<usize>,
    pub attempt: Option<usize>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Review>().add_systems(
        Update,
        import
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Review)),
    );
}

fn import(
    mut asked: MessageReader<ReviewRequested>,
    store: Res<crate::app::state::DataStore>,
    mut state: ResMut<Review>,
) {
    let Some(ReviewRequested(paths)) = asked.read().last() else {
        return;
    };
    let group = review::import(&store.0, paths);
    let summary = review::summarise(&group);
    let coverage = crate::core::store::library::loaded(&store.0)
        .into_iter()
        .map(|(l, _)| crate::core::review::coverage::coverage(&l.scenario, &group))
        .collect();
    *state = Review {
        loaded: Some((group, summary, coverage)),
        trainee: None,
        attempt: None,
    };
}

/// The folder field of the trainer screen (empty until the screen first shows: then the data
/// folder's exports).
#[derive(Default)]
pub struct ReviewForm {
    pub folder: String,
}

fn heat(p: u8) -> Color32 {
    let p = f32::from(p) / 100.0;
    Color32::from_rgb((230.0 - 90.0 * p) as u8, (140.0 + 90.0 * p) as u8, 140)
}

pub fn draw(
    ui: &mut egui::Ui,
    settings: &Settings,
    store: &Store,
    lib: &ScenarioLibrary,
    state: &mut Review,
    form: &mut ReviewForm,
) -> Option<Action> {
    let lang = settings.lang;
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading(t(lang, K::review_title));
        if ui.button(t(lang, K::back)).clicked() {
            action = Some(Action::Go(Screen::Start));
        }
    });
    if form.folder.is_empty() {
        form.folder = store.exports().display().to_string();
    }
    ui.horizontal(|ui| {
        ui.label(t(lang, K::review_folder));
        ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(500.0));
        if ui.button(t(lang, K::review_read)).clicked() {
            action = Some(Action::Review(vec![PathBuf::from(form.folder.trim())]));
        }
        if ui.button(crate::tr!("window-pick-folder")).clicked() {
            action = Some(Action::Pick(crate::app::picker::PickFor::Exports));
        }
        ui.weak(crate::tr!("window-review-drop-hint"));
    });
    let Some((group, summary, coverage)) = &state.loaded else {
        return action;
    };
    ui.label(lang_tr(
        "window-review-counts",
        lang,
        &[
            ("trainees", group.trainees.len().into()),
            ("refused", group.refused.len().into()),
        ],
    ));
    for r in &group.refused {
        ui.colored_label(crate::app::theme::palette(ui).danger, r);
    }
    egui::ScrollArea::vertical()
        .id_salt("review")
        .show(ui, |ui| {
            egui::Grid::new("overview").striped(true).show(ui, |ui| {
                ui.strong(t(lang, K::review_trainee));
                for s in Skill::ALL {
                    ui.strong(s.label());
                }
                ui.end_row();
                for (i, r) in summary.rows.iter().enumerate() {
                    if ui
                        .selectable_label(state.trainee == Some(i), &r.name)
                        .clicked()
                    {
                        state.trainee = Some(i);
                        state.attempt = None;
                    }
                    for p in r.skills {
                        match p {
                            Some(p) => ui.label(
                                egui::RichText::new(format!("{p}%")).background_color(heat(p)),
                            ),
                            None => ui.label("—"),
                        };
                    }
                    ui.end_row();
                }
                ui.strong(t(lang, K::review_mean));
                for m in summary.per_skill {
                    ui.strong(m.map_or("—".to_owned(), |(m, s)| format!("{m:.0}% ± {s:.0}")));
                }
                ui.end_row();
            });
            ui.separator();
            ui.strong(t(lang, K::review_hardest));
            for (id, n, m) in summary.hardest.iter().take(5) {
                ui.label(lang_tr(
                    "window-review-hardest-line",
                    lang,
                    &[
                        ("id", id.as_str().into()),
                        ("mean", format!("{m:.0}").into()),
                        ("attempts", (*n).into()),
                    ],
                ));
            }
            ui.strong(t(lang, K::review_outcomes));
            for (o, n) in &summary.outcomes {
                ui.label(format!("{}: {n}×", o.label()));
            }
            ui.strong(t(lang, K::review_unchosen));
            for c in coverage {
                ui.label(lang_tr(
                    "window-review-unchosen-line",
                    lang,
                    &[
                        ("id", c.scenario_id.as_str().into()),
                        ("unchosen", c.unchosen.len().into()),
                        ("responses", c.responses.into()),
                        ("unreached", c.unreached.join(", ").into()),
                    ],
                ));
            }
            if let Some(one) = state.trainee.and_then(|i| group.trainees.get(i)) {
                ui.separator();
                ui.heading(&one.profile.name);
                if !one.learning_goals.is_empty() {
                    ui.label(lang_tr(
                        "window-review-goals",
                        lang,
                        &[("goals", one.learning_goals.join(" · ").into())],
                    ));
                }
                for (k, a) in one.attempts.iter().enumerate() {
                    let label = format!(
                        "{} — {} — {} — {}",
                        a.finished.format("%d-%m-%Y %H:%M"),
                        a.scenario_id,
                        a.result.outcome_label_nl(),
                        a.result.score_label()
                    );
                    if ui
                        .selectable_label(state.attempt == Some(k), label)
                        .clicked()
                    {
                        state.attempt = Some(k);
                    }
                }
                if let Some(a) = state.attempt.and_then(|k| one.attempts.get(k)) {
                    // The emotion the first line measures, when the scenario is known here.
                    let emotion = lib
                        .get(&a.scenario_id)
                        .map(|(l, _)| l.scenario.citizen.emotion)
                        .unwrap_or_default();
                    crate::app::curve::escalation_curve(
                        ui,
                        settings.lang,
                        emotion,
                        &a.session,
                        None,
                        false,
                    );
                    for turn in a.session.turns() {
                        widgets::citizen_line(ui, settings.lang, turn.cue.as_deref(), &turn.line);
                        ui.label(format!("{}: {}", t(lang, K::you), turn.response));
                        widgets::feedback(ui, settings.lang, turn);
                    }
                }
            }
        });
    action
}
