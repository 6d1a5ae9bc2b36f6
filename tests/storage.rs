//! Storage that loses nothing: kills mid-write, corrupt files and files from a newer version.

use std::process::{Command, Stdio};
use std::sync::Once;
use std::time::Duration;

use gesprekstrainer::core::engine::session::{Mode, Session};
use gesprekstrainer::core::store::progress::{self, Attempt, CallInProgress};
use gesprekstrainer::core::store::storage::Store;

static DATA: Once = Once::new();

fn data_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gt-storage-tests-{}", std::process::id()));
    DATA.call_once(|| {
        let _ = std::fs::remove_dir_all(&dir);
    });
    dir
}

/// The tests' data folder, passed like the program passes its own (no environment variable).
fn store() -> Store {
    Store::new(data_dir())
}

fn some_call() -> CallInProgress {
    let l = gesprekstrainer::core::format::library::builtin("klacht-stadswinkel").unwrap();
    let mut s = Session::start(&l.scenario, 1, Mode::Training).unwrap();
    s.choose(&l.scenario, 0, Some(800)).unwrap();
    CallInProgress::new(s, vec![Some(0)], 1200)
}

#[test]
fn killing_the_program_while_it_saves_never_leaves_a_broken_file() {
    let data = data_dir();
    let bin = env!("CARGO_BIN_EXE_gesprekstrainer");
    for i in 0..25u64 {
        let mut child = Command::new(bin)
            .env("GESPREKSTRAINER_LANG", "nl")
            .args([
                "play",
                "bijstand-terugvordering",
                "--auto",
                "random",
                "--seed",
                &i.to_string(),
                "--profile",
                "Kill",
            ])
            .env("GESPREKSTRAINER_DATA", &data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(2 + (i * 7) % 40));
        let _ = child.kill();
        let _ = child.wait();
        let dir = data.join("profiles/Kill");
        if let Ok(text) = std::fs::read_to_string(dir.join("lopend.ron")) {
            ron::from_str::<CallInProgress>(&text).expect("lopend.ron is old or new, never half");
        }
        let (_, problems) = progress::load_attempts(&store(), "Kill");
        assert!(problems.is_empty(), "{problems:?}");
    }
}

#[test]
fn a_corrupt_call_in_progress_is_set_aside_not_overwritten() {
    data_dir();
    let dir = progress::profile_dir(&store(), "Kapot");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lopend.ron"),
        "(format: 1, prep: [Some(0)], elapsed_ms: 12",
    )
    .unwrap();
    let e = progress::load_current(&store(), "Kapot").unwrap_err();
    assert!(
        e.contains("is beschadigd") && e.contains("opzijgezet"),
        "{e}"
    );
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("lopend.ron.apart-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(dir.join(&aside[0])).unwrap(),
        "(format: 1, prep: [Some(0)], elapsed_ms: 12"
    );
    // The program goes on: nothing in progress now, and a new call saves next to the set-aside one.
    assert_eq!(progress::load_current(&store(), "Kapot"), Ok(None));
    progress::save_current(&store(), "Kapot", &some_call()).unwrap();
    assert!(progress::load_current(&store(), "Kapot").unwrap().is_some());
    assert!(dir.join(&aside[0]).is_file());
}

#[test]
fn files_from_a_newer_version_are_set_aside_and_the_rest_loads() {
    data_dir();
    let call = some_call();
    let l = gesprekstrainer::core::format::library::builtin("klacht-stadswinkel").unwrap();
    let a = gesprekstrainer::core::analysis::analyze::analyze(&l.scenario);
    let result = call.session.finish(
        &l.scenario,
        &a.reference_for(call.session.variant()),
        &[],
        &[],
    );
    let good = Attempt::new(&l, call.session.clone(), vec![], vec![], result);
    progress::save_attempt(&store(), "Nieuw", &good).unwrap();
    let mut future = good.clone();
    future.format = progress::FORMAT_VERSION + 1;
    let future_path =
        progress::profile_dir(&store(), "Nieuw").join("pogingen/29990101T000000000Z-toekomst.ron");
    std::fs::write(
        &future_path,
        ron::ser::to_string(&future)
            .unwrap()
            .replace("format:1", "format:2,nieuw_veld:\"x\""),
    )
    .unwrap();
    let (attempts, problems) = progress::load_attempts(&store(), "Nieuw");
    assert_eq!(attempts, vec![good]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("nieuwere versie"), "{}", problems[0]);
    assert!(!future_path.exists(), "set aside under another name");
}

#[test]
fn a_leftover_temporary_file_from_a_crash_is_ignored() {
    data_dir();
    progress::save_current(&store(), "Tmp", &some_call()).unwrap();
    let dir = progress::profile_dir(&store(), "Tmp");
    // As if the program died after writing the temporary file but before the rename.
    std::fs::write(dir.join(".lopend.ron.999.tmp"), "(half").unwrap();
    assert_eq!(
        progress::load_current(&store(), "Tmp").unwrap(),
        Some(some_call())
    );
}
