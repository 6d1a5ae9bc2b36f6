//! Progress screen: per-skill trend, scenarios done and best score, self-rating next to measured
//! score, and the export for the return day.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, Pos2, Stroke, Vec2};

use crate::app::action::Action;
use crate::app::i18n::{K, lang_tr, t};
use crate::app::messages::ExportRequested;
use crate::app::state::{Lang, Notice, Screen, Settings, Trainee};
use crate::core::export;
use crate::core::format::technique::Skill;
use crate::core::store::progress::rating_percent;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        export_now
            .in_set(crate::app::AppSystems::React)
            .run_if(in_state(Screen::Progress)),
    );
}

fn export_now(
    mut asked: MessageReader<ExportRequested>,
    store: Res<crate::app::state::DataStore>,
    trainee: Res<Trainee>,
    mut notice: ResMut<Notice>,
) {
    if asked.read().last().is_none() {
        return;
    }
    let Some(name) = &trainee.name else { return };
    // The same settings as `gesprekstrainer export`; a broken settings file stops the export.
    let settings = match crate::core::store::settings::resolve(&store.0, &Default::default()) {
        Ok(s) => s,
        Err(e) => {
            notice.0 = Some(crate::tr!("window-export-failed", error = e.to_string()));
            return;
        }
    };
    let (bundle, problems) = export::collect(&store.0, name, &settings);
    let dir = store.exports().join(format!(
        "{}-{}",
        crate::core::store::progress::profile_dir(&store.0, name)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        chrono::Local::now().format("%Y%m%d-%H%M%S")
    ));
    notice.0 = Some(match export::write_all(&bundle, &dir, &settings) {
        Ok(_) if problems.is_empty() => {
            crate::tr!("window-exported", dir = dir.display().to_string())
        }
        Ok(_) => crate::tr!(
            "window-exported-skipping",
            dir = dir.display().to_string(),
            skipped = problems.len()
        ),
        Err(e) => crate::tr!("window-export-failed", error = e.to_string()),
    });
}

const COLORS: [Color32; 8] = [
    Color32::from_rgb(31, 119, 180),
    Color32::from_rgb(255, 127, 14),
    Color32::from_rgb(44, 160, 44),
    Color32::from_rgb(214, 39, 40),
    Color32::from_rgb(148, 103, 189),
    Color32::from_rgb(140, 86, 75),
    Color32::from_rgb(227, 119, 194),
    Color32::from_rgb(90, 90, 90),
];

/// One line per skill: its percentage in each attempt, oldest left.
fn trend(ui: &mut egui::Ui, trainee: &Trainee) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(460.0, 180.0), egui::Sense::hover());
    let p = ui.painter_at(rect);
    p.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, Color32::GRAY),
        egui::StrokeKind::Inside,
    );
    let n = trainee.attempts.len().max(2) - 1;
    for s in Skill::ALL {
        let pts: Vec<Pos2> = trainee
            .attempts
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.result.score.percent_of(s).map(|v| (i, v)))
            .map(|(i, v)| {
                Pos2::new(
                    rect.left() + rect.width() * i as f32 / n as f32,
                    rect.bottom() - rect.height() * f32::from(v) / 100.0,
                )
            })
            .collect();
        p.add(egui::Shape::line(pts, Stroke::new(2.0, COLORS[s.index()])));
    }
    ui.horizontal_wrapped(|ui| {
        for s in Skill::ALL {
            ui.colored_label(COLORS[s.index()], s.label());
        }
    });
}

/// Measured average and the latest self-ratings per skill, with the gap.
fn self_vs_measured(ui: &mut egui::Ui, lang: Lang, trainee: &Trainee) {
    let averages = export::html::skill_averages(&trainee.attempts);
    let before = export::html::latest_self(&trainee.attempts, false);
    let after = export::html::latest_self(&trainee.attempts, true);
    egui::Grid::new("self-vs-measured")
        .striped(true)
        .show(ui, |ui| {
            for k in [
                K::column_skill,
                K::column_measured,
                K::column_self_before,
                K::column_self_after,
                K::column_difference,
            ] {
                ui.strong(t(lang, k));
            }
            ui.end_row();
            for s in Skill::ALL {
                let m = averages[s.index()];
                let fmt = |v: Option<u8>| v.map_or("—".to_owned(), |v| format!("{v}%"));
                let own = |r: Option<[u8; 8]>| r.and_then(|r| rating_percent(r[s.index()]));
                ui.label(s.label());
                ui.label(fmt(m));
                ui.label(fmt(own(before)));
                ui.label(fmt(own(after)));
                match (own(after).or(own(before)), m) {
                    (Some(o), Some(m)) => ui.label(format!("{:+}", i32::from(o) - i32::from(m))),
                    _ => ui.label("—"),
                };
                ui.end_row();
            }
        });
}

pub fn draw(ui: &mut egui::Ui, settings: &Settings, trainee: &Trainee) -> Option<Action> {
    let lang = settings.lang;
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading(lang_tr(
            "window-progress-title",
            lang,
            &[("name", trainee.name.as_deref().unwrap_or("?").into())],
        ));
        if ui.button(t(lang, K::export)).clicked() {
            action = Some(Action::Export);
        }
        if ui.button(t(lang, K::back)).clicked() {
            action = Some(Action::Go(Screen::Library));
        }
    });
    if trainee.attempts.is_empty() {
        ui.label(t(lang, K::no_calls_yet));
        return action;
    }
    egui::ScrollArea::vertical()
        .id_salt("progress")
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                cols[0].strong(t(lang, K::score_per_skill));
                trend(&mut cols[0], trainee);
                cols[1].strong(t(lang, K::self_vs_measured));
                self_vs_measured(&mut cols[1], lang, trainee);
            });
            let gaps: Vec<String> = trainee
                .attempts
                .iter()
                .filter_map(|a| {
                    export::html::self_gap(a)
                        .map(|g| format!("{} {g:+.0}", a.finished.format("%d-%m")))
                })
                .collect();
            if !gaps.is_empty() {
                ui.label(lang_tr(
                    "window-self-gap",
                    lang,
                    &[("gaps", gaps.join(" · ").into())],
                ));
            }
            ui.strong(t(lang, K::scenarios_done));
            let mut ids: Vec<&str> = trainee
                .attempts
                .iter()
                .map(|a| a.scenario_id.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            egui::Grid::new("scenarios-done")
                .striped(true)
                .show(ui, |ui| {
                    for id in ids {
                        let runs: Vec<u8> = trainee
                            .attempts
                            .iter()
                            .filter(|a| a.scenario_id == id)
                            .map(|a| a.result.score.overall)
                            .collect();
                        ui.label(id);
                        ui.label(format!("{}×", runs.len()));
                        ui.label(lang_tr(
                            "window-best-percent",
                            lang,
                            &[("percent", runs.iter().max().copied().unwrap_or(0).into())],
                        ));
                        ui.end_row();
                    }
                });
        });
    action
}
