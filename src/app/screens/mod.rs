//! One file per screen: its logic (systems reacting to messages) and its draw function.

pub mod call;
pub mod debrief;
pub mod library;
pub mod preparation;
pub mod progress;
pub mod rating;
pub mod review;
pub mod start;

use bevy::prelude::*;

use super::messages::ScreenRequested;
use super::state::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        start::plugin,
        library::plugin,
        preparation::plugin,
        call::plugin,
        debrief::plugin,
        progress::plugin,
        rating::plugin,
        review::plugin,
    ))
    .add_systems(Update, navigate.in_set(super::AppSystems::Navigate));
}

fn navigate(mut requests: MessageReader<ScreenRequested>, mut next: ResMut<NextState<Screen>>) {
    if let Some(ScreenRequested(screen)) = requests.read().last() {
        next.set(*screen);
    }
}
