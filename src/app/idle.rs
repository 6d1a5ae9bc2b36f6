//! Keeps an idle window idle.
//!
//! Every frame costs: under Mesa's software Vulkan ~40 ms of CPU at 1280×720, so a window that
//! should use under 1% of a core may draw about one frame every 4 s. Frames come with input, when
//! the UI state changed (`redraw_after_changes`), and at the wake-ups `schedule_wake_up` sets:
//! the next whole minute of the call clock during a call, every 15 s in the library (new or edited
//! scenario files), and otherwise rarely.
//!
//! bevy_egui 0.42 pushes an `egui::Event::ModifiersChanged` into egui's input on every frame,
//! changed or not (`write_egui_input_system`). egui treats any input event as a reason to repaint
//! at once, so every frame requests the next one and a `desktop_app` window that should sleep
//! redraws continuously (~170% CPU under Xvfb with software Vulkan). This system drops that event
//! when the modifiers did not change, between bevy_egui's input processing and the egui pass.

use std::time::Duration;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

use super::state::{ActiveCall, Notice, ScenarioLibrary, Screen, Settings, Trainee};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Last, (redraw_after_changes, schedule_wake_up));
    if std::env::var_os("GESPREKSTRAINER_TRACE_FRAMES").is_some() {
        app.add_systems(Last, trace_frames);
    }
}

/// `GESPREKSTRAINER_TRACE_FRAMES=1`: one line per frame on stderr with what asked for it (egui's
/// repaint causes, Bevy's redraw requests). For finding what keeps an idle window awake.
fn trace_frames(
    mut contexts: Query<&mut bevy_egui::EguiContext>,
    mut redraws: MessageReader<RequestRedraw>,
    time: Res<Time<Real>>,
    windows: Query<&Window>,
    winit: Res<WinitSettings>,
) {
    let requested = redraws.read().count();
    let focused = windows.iter().any(|w| w.focused);
    for mut ctx in &mut contexts {
        let ctx = ctx.get_mut();
        let causes: Vec<String> = ctx.repaint_causes().iter().map(|c| c.to_string()).collect();
        eprintln!(
            "frame wall={:.3} t={:.3}s redraw_requests={requested} egui_wants_repaint={} focused={focused} mode={:?} causes={causes:?}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |d| d.as_secs_f64()),
            time.elapsed_secs_f64(),
            ctx.has_requested_repaint(),
            winit.focused_mode,
        );
    }
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

/// How often the library looks for new or edited scenario files while nobody touches the window.
pub(super) const LIBRARY_WAKE: Duration = Duration::from_secs(15);
/// Screens that show nothing time-dependent still wake now and then (a safety net, ~0.01% CPU).
const QUIET_WAKE: Duration = Duration::from_secs(300);

/// The wait before the next frame when nothing happens, for what is on screen now.
pub(super) fn wake_up_after(screen: &Screen, call: Option<&ActiveCall>) -> Duration {
    let running = call.and_then(|c| c.session.as_ref().map(|s| (c, s)));
    match (screen, running) {
        (Screen::Call, Some((c, s))) if !s.is_ended() => {
            // The clock shows whole minutes: wake just after the next one begins.
            Duration::from_millis(60_000 - c.elapsed_ms % 60_000 + 100)
        }
        (Screen::Library, _) => LIBRARY_WAKE,
        _ => QUIET_WAKE,
    }
}

/// bevy_winit draws an extra frame whenever the update mode changes, and a reactive wait counts
/// from the start of each frame. So the wait is only set anew when it would wake the window more
/// than a second off; otherwise every frame would change it and the window would never sleep.
fn schedule_wake_up(
    screen: Res<State<Screen>>,
    call: Option<Res<ActiveCall>>,
    mut winit: ResMut<WinitSettings>,
) {
    let wanted = wake_up_after(screen.get(), call.as_deref());
    let close = match winit.focused_mode {
        UpdateMode::Reactive { wait, .. } => wait.abs_diff(wanted) <= Duration::from_secs(1),
        UpdateMode::Continuous => false,
    };
    if !close {
        winit.focused_mode = UpdateMode::reactive(wanted);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::analyze::analyze;
    use crate::core::engine::session::{Mode, Session};
    use crate::core::format::library;

    fn call_at(elapsed_ms: u64) -> ActiveCall {
        let loaded = library::load_builtin().into_iter().next().unwrap().unwrap();
        let analysis = analyze(&loaded.scenario);
        let mut c = ActiveCall::new(loaded, analysis);
        c.session = Some(Session::start(&c.loaded.scenario, 1, Mode::Training).unwrap());
        c.elapsed_ms = elapsed_ms;
        c
    }

    #[test]
    fn a_waiting_call_wakes_just_after_the_clock_reaches_the_next_minute() {
        let wait_ms = |ms: u64| wake_up_after(&Screen::Call, Some(&call_at(ms))).as_millis();
        assert_eq!(wait_ms(0), 60_100);
        assert_eq!(wait_ms(59_000), 1_100);
        assert_eq!(wait_ms(60_000), 60_100);
        assert_eq!(wait_ms(125_500), 54_600);
    }

    #[test]
    fn screens_without_a_clock_sleep_long_and_the_library_looks_for_new_files() {
        assert_eq!(wake_up_after(&Screen::Library, None), LIBRARY_WAKE);
        assert_eq!(
            wake_up_after(&Screen::Debrief, Some(&call_at(30_000))),
            QUIET_WAKE
        );
        // An ended call's clock stands still.
        let mut ended = call_at(30_000);
        ended.session = None;
        assert_eq!(wake_up_after(&Screen::Call, Some(&ended)), QUIET_WAKE);
        assert!(QUIET_WAKE > Duration::from_secs(60));
    }
}
