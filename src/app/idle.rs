//! Keeps an idle window idle.
//!
//! bevy_egui 0.42 pushes an `egui::Event::ModifiersChanged` into egui's input on every frame,
//! changed or not (`write_egui_input_system`). egui treats any input event as a reason to repaint
//! at once, so every frame requests the next one and a `desktop_app` window that should sleep
//! redraws continuously (~170% CPU under Xvfb with software Vulkan). This system drops that event
//! when the modifiers did not change, between bevy_egui's input processing and the egui pass.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

use super::state::{ActiveCall, Notice, ScenarioLibrary, Screen, Settings, Trainee};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Last, redraw_after_changes);
}

/// In reactive mode a frame only comes with input. A choice is acted on in the frame after the
/// click and a screen change lands one frame later still, so ask for frames until all is shown.
#[expect(
    clippy::too_many_arguments,
    reason = "one check over every piece of state the UI shows"
)]
fn redraw_after_changes(
    screen: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    call: Option<Res<ActiveCall>>,
    trainee: Res<Trainee>,
    lib: Res<ScenarioLibrary>,
    settings: Res<Settings>,
    notice: Res<Notice>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let pending = matches!(*next, NextState::Pending(_) | NextState::PendingIfNeq(_));
    let changed = screen.is_changed()
        || call.is_some_and(|c| c.is_changed())
        || trainee.is_changed()
        || lib.is_changed()
        || settings.is_changed()
        || notice.is_changed();
    if pending || changed {
        redraw.write(RequestRedraw);
    }
}

fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<Vec<(Entity, egui::Modifiers)>>,
) {
    for (entity, mut input) in &mut inputs {
        let previous = last.iter().find(|(e, _)| *e == entity).map(|(_, m)| *m);
        let mut seen = previous;
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(m) => {
                let changed = seen != Some(*m);
                seen = Some(*m);
                changed
            }
            _ => true,
        });
        if let Some(m) = seen {
            match last.iter_mut().find(|(e, _)| *e == entity) {
                Some(slot) => slot.1 = m,
                None => last.push((entity, m)),
            }
        }
    }
}
