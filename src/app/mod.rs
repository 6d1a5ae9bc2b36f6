//! The Bevy shell around the core: one plugin per screen, egui for the widgets.

pub mod action;
pub mod conversation;
pub mod curve;
mod drop;
pub mod face;
pub mod i18n;
mod idle;
pub mod messages;
pub mod picker;
pub mod screens;
pub mod state;
pub mod theme;
pub mod ui;
pub mod widgets;

use std::process::ExitCode;

use bevy::prelude::*;
use std::time::Duration;

use bevy::winit::{UpdateMode, WinitSettings};

/// How often a window nobody touches wakes up.
use state::{Notice, Screen, Settings, Trainee};

/// Order inside a frame: act on the trainee's messages, then change screens.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    React,
    Navigate,
}

/// Everything except drawing: state, messages and the screens' logic. Runs headless in tests.
pub fn logic_plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_resource::<state::DataStore>()
        .init_resource::<Settings>()
        .init_resource::<Trainee>()
        .init_resource::<Notice>()
        .configure_sets(Update, (AppSystems::React, AppSystems::Navigate).chain())
        .add_plugins((messages::plugin, screens::plugin, drop::plugin));
}

/// The window: Bevy's default plugins (with the explicit feature list), egui and the UI.
pub fn window_plugin(app: &mut App) {
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            // The profile's language is not known yet: the terminal's (`--lang`, environment).
            title: i18n::t(crate::core::i18n::current(), i18n::K::app_title).into(),
            resolution: (1280, 720).into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    // Redraw only on input, on changes, or at the wake-up the screen needs (see `idle`).
    .insert_resource(WinitSettings {
        focused_mode: UpdateMode::reactive(idle::LIBRARY_WAKE),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
    })
    .insert_resource(ClearColor(Color::srgb(0.96, 0.96, 0.96)))
    .add_systems(Startup, |mut commands: Commands| {
        // egui draws over the camera's output without multisampling; the camera's own 4× MSAA
        // pass only cleared the screen and halved the frame rate under software rendering.
        commands.spawn((Camera2d, Msaa::Off));
    })
    .add_plugins((ui::plugin, idle::plugin, picker::plugin));
}

/// Can a window open here? On Linux the window needs an X display (`DISPLAY`; under Wayland,
/// XWayland provides one). A missing graphics driver is caught by the panic hook
/// (`crate::crash`), which names it.
pub fn preflight() -> Result<(), String> {
    let unset = |v: &str| std::env::var_os(v).is_none_or(|x| x.is_empty());
    if cfg!(all(unix, not(target_os = "macos"))) && unset("DISPLAY") {
        return Err(if unset("WAYLAND_DISPLAY") {
            crate::tr!("window-no-display")
        } else {
            crate::tr!("window-needs-x11")
        });
    }
    Ok(())
}

/// Starts the simulator window.
pub fn run() -> ExitCode {
    let mut app = App::new();
    app.add_plugins(window_plugin).add_plugins(logic_plugin);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
