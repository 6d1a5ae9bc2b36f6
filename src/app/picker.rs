//! Native file and folder pickers (rfd over the desktop's XDG portal). The dialog runs on its own
//! thread so the window keeps drawing; the choice comes back through a channel and wakes the
//! event loop. Where no picker is available (no portal, no zenity) a notice says to type the
//! path or drop the file on the window instead.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use super::messages::{PackImportRequested, PickRequested, ReviewRequested};
use super::state::Notice;

/// What a picker is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickFor {
    /// A scenario pack as a .zip.
    PackZip,
    /// A scenario pack as a folder.
    PackFolder,
    /// A folder of trainees' exports for the trainer's review.
    Exports,
}

/// The channel the picker threads answer on.
#[derive(Resource)]
struct Picked {
    tx: Sender<(PickFor, Option<PathBuf>)>,
    rx: Mutex<Receiver<(PickFor, Option<PathBuf>)>>,
    /// A dialog is open: a second click does not open another.
    open: bool,
}

pub(super) fn plugin(app: &mut App) {
    let (tx, rx) = channel();
    app.insert_resource(Picked {
        tx,
        rx: Mutex::new(rx),
        open: false,
    })
    .add_systems(Update, (open_picker, receive_choice));
}

fn open_picker(
    mut asked: MessageReader<PickRequested>,
    mut picked: ResMut<Picked>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
) {
    let Some(PickRequested(purpose)) = asked.read().last().copied() else {
        return;
    };
    if picked.open {
        return;
    }
    picked.open = true;
    let tx = picked.tx.clone();
    let proxy = proxy.map(|p| (*p).clone());
    let title = crate::tr!(match purpose {
        PickFor::PackZip | PickFor::PackFolder => "window-pick-pack-title",
        PickFor::Exports => "window-pick-exports-title",
    });
    std::thread::spawn(move || {
        let dialog = rfd::FileDialog::new().set_title(title);
        let choice = match purpose {
            PickFor::PackZip => dialog.add_filter("zip", &["zip"]).pick_file(),
            PickFor::PackFolder | PickFor::Exports => dialog.pick_folder(),
        };
        let _ = tx.send((purpose, choice));
        if let Some(proxy) = proxy {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }
    });
}

fn receive_choice(
    mut picked: ResMut<Picked>,
    mut packs: MessageWriter<PackImportRequested>,
    mut reviews: MessageWriter<ReviewRequested>,
    mut notice: ResMut<Notice>,
) {
    let received = picked.rx.lock().ok().and_then(|rx| rx.try_recv().ok());
    let Some((purpose, choice)) = received else {
        return;
    };
    picked.open = false;
    match (purpose, choice) {
        (PickFor::PackZip | PickFor::PackFolder, Some(path)) => {
            packs.write(PackImportRequested(path));
        }
        (PickFor::Exports, Some(path)) => {
            reviews.write(ReviewRequested(vec![path]));
        }
        (_, None) => notice.0 = Some(crate::tr!("window-pick-none")),
    }
}
