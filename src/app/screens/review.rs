//! Trainer screen (return day): read a group's exports, see where the group stands, drill down.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};

use crate::app::action::Action;
use crate::app::messages::ReviewRequested;
use crate::app::state::{ScenarioLibrary, Screen, Settings};
use crate::app::widgets;
use crate::core::format::library;
use crate::core::format::technique::Skill;
use crate::core::review::{self, Group, Summary, coverage::Coverage};
use crate::core::store::storage;

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

fn import(mut asked: MessageReader<ReviewRequested>, mut state: ResMut<Review>) {
    let Some(ReviewRequested(paths)) = asked.read().last() else {
        return;
    };
    let group = review::import(paths);
    let summary = review::summarise(&group);
    let coverage = library::load_builtin()
        .into_iter()
        .flatten()
        .map(|l| crate::core::review::coverage::coverage(&l.scenario, &group))
        .collect();
    *state = Review {
        loaded: Some((group, summary, coverage)),
        trainee: None,
        attempt: None,
    };
}

/// The folder field of the trainer screen.
pub struct ReviewForm {
    pub folder: String,
}

impl Default for ReviewForm {
    fn default() -> Self {
        ReviewForm {
            folder: storage::data_dir().join("exports").display().to_string(),
        }
    }
}

fn heat(p: u8) -> Color32 {
    let p = f32::from(p) / 100.0;
    Color32::from_rgb((230.0 - 90.0 * p) as u8, (140.0 + 90.0 * p) as u8, 140)
}

pub fn draw(
    ui: &mut egui::Ui,
    settings: &Settings,
    lib: &ScenarioLibrary,
    state: &mut Review,
    form: &mut ReviewForm,
) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading("Terugkomdag: exports van de groep");
        if ui.button("Terug (Esc)").clicked() {
            action = Some(Action::Go(Screen::Start));
        }
    });
    ui.horizontal(|ui| {
        ui.label("Map met exports:");
        ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(500.0));
        if ui.button("Inlezen").clicked() {
            action = Some(Action::Review(vec![PathBuf::from(form.folder.trim())]));
        }
    });
    let _ = settings;
    let Some((group, summary, coverage)) = &state.loaded else {
        return action;
    };
    ui.label(format!(
        "{} deelnemer(s); {} bestand(en) geweigerd.",
        group.trainees.len(),
        group.refused.len()
    ));
    for r in &group.refused {
        ui.colored_label(crate::app::theme::palette(ui).danger, r);
    }
    egui::ScrollArea::vertical()
        .id_salt("review")
        .show(ui, |ui| {
            egui::Grid::new("overview").striped(true).show(ui, |ui| {
                ui.strong("Deelnemer");
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
                ui.strong("Gemiddeld ± spreiding");
                for m in summary.per_skill {
                    ui.strong(m.map_or("—".to_owned(), |(m, s)| format!("{m:.0}% ± {s:.0}")));
                }
                ui.end_row();
            });
            ui.separator();
            ui.strong("Moeilijkste scenario's");
            for (id, n, m) in summary.hardest.iter().take(5) {
                ui.label(format!("{id}: gemiddeld {m:.0}% over {n} poging(en)"));
            }
            ui.strong("Uitkomsten");
            for (o, n) in &summary.outcomes {
                ui.label(format!("{}: {n}×", o.label()));
            }
            ui.strong("Niet gekozen antwoorden");
            for c in coverage {
                ui.label(format!(
                    "{}: {} van {} antwoorden door niemand gekozen; niet bereikt: {}",
                    c.scenario_id,
                    c.unchosen.len(),
                    c.responses,
                    c.unreached.join(", ")
                ));
            }
            if let Some(t) = state.trainee.and_then(|i| group.trainees.get(i)) {
                ui.separator();
                ui.heading(&t.profile.name);
                if !t.learning_goals.is_empty() {
                    ui.label(format!("Leerdoelen: {}", t.learning_goals.join(" · ")));
                }
                for (k, a) in t.attempts.iter().enumerate() {
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
                if let Some(a) = state.attempt.and_then(|k| t.attempts.get(k)) {
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
                        ui.label(format!("U: {}", turn.response));
                        widgets::feedback(ui, settings.lang, turn);
                    }
                }
            }
        });
    action
}
