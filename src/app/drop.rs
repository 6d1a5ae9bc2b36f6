//! Files dropped on the window: a scenario pack on the library imports it, exports on the
//! trainer's screen are read for review; elsewhere a notice says where to drop what.

use bevy::prelude::*;
use bevy::window::FileDragAndDrop;

use super::messages::{PackImportRequested, ReviewRequested};
use super::state::{Notice, Screen};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<FileDragAndDrop>()
        .add_systems(Update, dropped.in_set(super::AppSystems::React));
}

fn dropped(
    mut drops: MessageReader<FileDragAndDrop>,
    screen: Res<State<Screen>>,
    mut packs: MessageWriter<PackImportRequested>,
    mut reviews: MessageWriter<ReviewRequested>,
    mut notice: ResMut<Notice>,
) {
    let paths: Vec<_> = drops
        .read()
        .filter_map(|d| match d {
            FileDragAndDrop::DroppedFile { path_buf, .. } => Some(path_buf.clone()),
            _ => None,
        })
        .collect();
    if paths.is_empty() {
        return;
    }
    match screen.get() {
        Screen::Library => {
            packs.write_batch(paths.into_iter().map(PackImportRequested));
        }
        Screen::Review => {
            reviews.write(ReviewRequested(paths));
        }
        _ => notice.0 = Some(crate::tr!("window-drop-where")),
    }
}
