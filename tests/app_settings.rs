//! The organisation's settings in the window: a new profile gets the default group code.

#![cfg(feature = "app")]

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use gesprekstrainer::app::logic_plugin;
use gesprekstrainer::app::messages::ProfileChosen;
use gesprekstrainer::app::state::{DataStore, Trainee};
use gesprekstrainer::core::store::progress;
use gesprekstrainer::core::store::storage::Store;

fn app(store: &Store) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(DataStore(store.clone()))
        .add_plugins(logic_plugin);
    app.update();
    app
}

fn choose(app: &mut App, name: &str) {
    app.world_mut().write_message(ProfileChosen(name.into()));
    app.update();
    app.update();
}

#[test]
fn a_new_profile_in_the_window_gets_the_organisations_group_and_a_broken_file_is_reported() {
    let dir = std::env::temp_dir().join(format!("gt-app-settings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::new(&dir);
    std::fs::write(dir.join("organisatie.ron"), "(group: \"VT-9\")").unwrap();
    let mut app = app(&store);
    choose(&mut app, "Nieuw");
    assert_eq!(
        progress::read_profile(&store, "Nieuw")
            .unwrap()
            .group
            .as_deref(),
        Some("VT-9")
    );

    // A broken file: the profile is made without a group and the trainee is told why.
    std::fs::write(dir.join("organisatie.ron"), "(groep: \"VT-9\")").unwrap();
    let mut app = self::app(&store);
    choose(&mut app, "Ander");
    assert_eq!(progress::read_profile(&store, "Ander").unwrap().group, None);
    let problems = &app.world().resource::<Trainee>().problems;
    assert!(
        problems.iter().any(|p| p.contains("organisatie.ron:1:")),
        "{problems:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
