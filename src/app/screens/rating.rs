//! Self-assessment: the trainee rates each skill 1–5 before the call and after the debrief.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::messages::SkillRated;
use crate::app::state::{ActiveCall, Notice, Trainee};
use crate::core::format::technique::Skill;
use crate::core::store::progress;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, rate.in_set(crate::app::AppSystems::React));
}

fn rate(
    mut rated: MessageReader<SkillRated>,
    call: Option<ResMut<ActiveCall>>,
    mut trainee: ResMut<Trainee>,
    mut notice: ResMut<Notice>,
) {
    let Some(mut call) = call else { return };
    let mut after_changed = false;
    for r in rated.read() {
        if r.skill >= 8 || !(1..=5).contains(&r.value) {
            continue;
        }
        if r.after {
            call.self_after[r.skill] = r.value;
            after_changed = true;
        } else {
            call.self_before[r.skill] = r.value;
        }
    }
    // The attempt is already saved when the debrief shows: rewrite it with the new rating.
    if after_changed
        && let Some(path) = call.saved.clone()
        && let Some(attempt) = trainee
            .attempts
            .iter_mut()
            .rev()
            .find(|a| Some(&a.session) == call.session.as_ref())
    {
        attempt.self_after = Some(call.self_after);
        if let Err(e) = progress::update_attempt(&path, attempt) {
            notice.0 = Some(crate::tr!("window-rating-not-saved", error = e.to_string()));
        }
    }
}

/// Eight rows of 1–5 buttons; returns the click as an action.
pub fn draw(ui: &mut egui::Ui, title: &str, ratings: &[u8; 8], after: bool) -> Option<Action> {
    let mut action = None;
    ui.strong(title);
    egui::Grid::new(if after {
        "rating-after"
    } else {
        "rating-before"
    })
    .show(ui, |ui| {
        for s in Skill::ALL {
            ui.label(s.label());
            for v in 1..=5u8 {
                if ui
                    .selectable_label(ratings[s.index()] == v, v.to_string())
                    .clicked()
                {
                    action = Some(Action::Rate {
                        after,
                        skill: s.index(),
                        value: v,
                    });
                }
            }
            ui.end_row();
        }
    });
    action
}
