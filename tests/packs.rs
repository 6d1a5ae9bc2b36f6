//! Scenario packs as a trainer hands them out: imported from a .zip or a folder, refused file by
//! file with the reason, played in the terminal and in the window, exported and reviewed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const GOOD: &str = include_str!("../scenarios/klacht-stadswinkel.ron");

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gesprekstrainer"));
    c.env("GESPREKSTRAINER_DATA", data)
        .env("GESPREKSTRAINER_LANG", "nl")
        .env_remove("GESPREKSTRAINER_SCENARIOS");
    c
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gt-packs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The shipped call under another id and title: a trainer's own scenario.
fn own_scenario(id: &str) -> String {
    GOOD.replace("id: \"klacht-stadswinkel\"", &format!("id: \"{id}\""))
}

const BROKEN: &str = "Scenario(\n  id: \"kapot\",\n  title: 12,\n)\n";

fn manifest(version: &str) -> String {
    format!(
        "(title: \"Balie\", author: \"T. Rainer\", organisation: \"Gemeente X\", version: \"{version}\")\n"
    )
}

/// A zip as a trainer makes it: the pack folder zipped, plus whatever `extra` entries.
fn zip_pack(path: &Path, files: &[(&str, String)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in files {
        z.start_file(*name, options).unwrap();
        z.write_all(body.as_bytes()).unwrap();
    }
    z.finish().unwrap();
}

#[test]
fn a_zip_with_one_valid_and_one_invalid_scenario_imports_the_valid_one_and_names_the_other() {
    let dir = temp_dir("zip");
    let data = dir.join("data");
    let zip = dir.join("balie.zip");
    zip_pack(
        &zip,
        &[
            ("balie/pakket.ron", manifest("1.0")),
            ("balie/balie.ron", own_scenario("gemeente-x-balie")),
            ("balie/kapot.ron", BROKEN.to_owned()),
            ("../buiten.ron", own_scenario("ontsnapt")),
        ],
    );
    let out = bin(&data).arg("import").arg(&zip).output().unwrap();
    let (stdout, stderr) = text(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "refusals give exit 1: {stdout}{stderr}"
    );
    assert!(
        stdout.contains("1 scenario geïmporteerd (gemeente-x-balie)"),
        "{stdout}"
    );
    // File, line and column, and the reason.
    assert!(stderr.contains("balie/kapot.ron:3:"), "{stderr}");
    assert!(
        stderr.contains("buiten.ron: geweigerd, want dit pad zou buiten"),
        "{stderr}"
    );
    // Nothing outside the pack's folder, nothing of the refused files inside it.
    assert!(!dir.join("buiten.ron").exists() && !data.join("buiten.ron").exists());
    let pack = data.join("scenarios/gemeente-x-balie");
    let mut files: Vec<String> = std::fs::read_dir(&pack)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["gemeente-x-balie.ron", "pakket.ron"]);

    // Found by id everywhere a built-in one is.
    let analyze = bin(&data)
        .args(["analyze", "gemeente-x-balie"])
        .output()
        .unwrap();
    assert!(analyze.status.success(), "{:?}", text(&analyze));
    let validate = bin(&data).arg("validate").output().unwrap();
    let (v_out, v_err) = text(&validate);
    assert!(validate.status.success(), "{v_out}{v_err}");
    assert!(v_out.contains("21 bestand(en) gecontroleerd"), "{v_out}");
}

#[test]
fn the_imported_scenario_is_played_exported_and_reviewed_like_a_built_in_one() {
    let dir = temp_dir("play");
    let data = dir.join("data");
    let pack = dir.join("pakket");
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::write(pack.join("pakket.ron"), manifest("2.1")).unwrap();
    std::fs::write(pack.join("balie.ron"), own_scenario("gemeente-x-balie")).unwrap();
    std::fs::write(pack.join("kapot.ron"), BROKEN).unwrap();
    let imported = bin(&data).arg("import").arg(&pack).output().unwrap();
    let (i_out, i_err) = text(&imported);
    assert_eq!(imported.status.code(), Some(1), "{i_out}{i_err}");
    assert!(
        i_out.contains("1 scenario geïmporteerd (gemeente-x-balie)"),
        "{i_out}"
    );
    assert!(i_err.contains("kapot.ron:3:"), "{i_err}");

    let play = bin(&data)
        .args(["play", "gemeente-x-balie", "--auto", "best", "--seed", "3"])
        .args(["--profile", "Tess"])
        .output()
        .unwrap();
    let (p_out, p_err) = text(&play);
    assert!(play.status.success(), "{p_out}{p_err}");
    assert!(p_out.contains("Totaalscore: 100%"), "{p_out}");

    let exports = dir.join("export");
    let export = bin(&data)
        .args(["export", "--profile", "Tess", "--out"])
        .arg(&exports)
        .output()
        .unwrap();
    assert!(export.status.success(), "{:?}", text(&export));
    let ron = std::fs::read_to_string(exports.join("export.ron")).unwrap();
    assert!(ron.contains("scenario_id: \"gemeente-x-balie\""), "{ron}");
    let xapi = std::fs::read_to_string(exports.join("xapi.json")).unwrap();
    assert!(xapi.contains("gemeente-x-balie"));

    let review = bin(&data)
        .arg("review")
        .arg(&exports)
        .arg("--out")
        .arg(dir.join("groep"))
        .output()
        .unwrap();
    let (r_out, r_err) = text(&review);
    assert!(review.status.success(), "{r_out}{r_err}");
    assert!(
        r_out.contains("Moeilijkste scenario: gemeente-x-balie"),
        "{r_out}"
    );
    assert!(r_out.contains("Dekking gemeente-x-balie:"), "{r_out}");
    let html = std::fs::read_to_string(dir.join("groep/groep.html")).unwrap();
    assert!(html.contains("gemeente-x-balie"));
}

#[test]
fn an_id_that_is_taken_is_refused_and_only_a_newer_version_replaces_a_pack() {
    let dir = temp_dir("versions");
    let data = dir.join("data");
    let pack = dir.join("pakket");
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::write(pack.join("pakket.ron"), manifest("1.2")).unwrap();
    std::fs::write(pack.join("a.ron"), own_scenario("gemeente-x-balie")).unwrap();
    // A copy of a built-in scenario keeps the built-in id: refused, with the reason.
    std::fs::write(pack.join("b.ron"), GOOD).unwrap();
    let first = bin(&data).arg("import").arg(&pack).output().unwrap();
    let (_, stderr) = text(&first);
    let id_line = GOOD
        .lines()
        .position(|l| l.contains("id: \"klacht-stadswinkel\""))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!("b.ron:{id_line}:"))
            && stderr.contains(
                "de id \"klacht-stadswinkel\" is al in gebruik door een ingebouwd scenario"
            ),
        "{stderr}"
    );

    // The same version again: refused as a whole, nothing changes.
    let again = bin(&data).arg("import").arg(&pack).output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again).1.contains("versie 1.2 staat er al"),
        "{:?}",
        text(&again)
    );

    // A second pack may not take the first pack's id.
    let other = dir.join("ander");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(
        other.join("pakket.ron"),
        "(title: \"Ander\", organisation: \"Gemeente Y\", version: \"1\")",
    )
    .unwrap();
    std::fs::write(other.join("c.ron"), own_scenario("gemeente-x-balie")).unwrap();
    let taken = bin(&data).arg("import").arg(&other).output().unwrap();
    assert!(
        text(&taken)
            .1
            .contains("is al in gebruik door pakket Balie 1.2 (Gemeente X)"),
        "{:?}",
        text(&taken)
    );
    assert!(!data.join("scenarios/gemeente-y-ander").exists());

    // A newer version of the same pack replaces it; the old one is kept as a backup.
    std::fs::write(pack.join("pakket.ron"), manifest("1.10")).unwrap();
    std::fs::remove_file(pack.join("b.ron")).unwrap();
    let newer = bin(&data).arg("import").arg(&pack).output().unwrap();
    let (stdout, stderr) = text(&newer);
    assert!(newer.status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains("De vorige versie (1.2) is bewaard in"),
        "{stdout}"
    );
    let installed =
        std::fs::read_to_string(data.join("scenarios/gemeente-x-balie/pakket.ron")).unwrap();
    assert!(installed.contains("1.10"));
    let backups: Vec<_> = std::fs::read_dir(data.join("scenarios/.reservekopie"))
        .unwrap()
        .collect();
    assert_eq!(backups.len(), 1);
    // The backup is not loaded: the id is still found once, valid.
    let validate = bin(&data).arg("validate").output().unwrap();
    assert!(validate.status.success(), "{:?}", text(&validate));
}

#[test]
fn a_shared_folder_adds_scenarios_and_a_missing_one_is_named() {
    let dir = temp_dir("shared");
    let data = dir.join("data");
    let shared = dir.join("netwerk");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::write(shared.join("eigen.ron"), own_scenario("netwerk-scenario")).unwrap();
    let flag = bin(&data)
        .arg("--scenarios")
        .arg(&shared)
        .args(["analyze", "netwerk-scenario"])
        .output()
        .unwrap();
    assert!(flag.status.success(), "{:?}", text(&flag));
    let env = bin(&data)
        .env("GESPREKSTRAINER_SCENARIOS", &shared)
        .args(["analyze", "netwerk-scenario"])
        .output()
        .unwrap();
    assert!(env.status.success(), "{:?}", text(&env));
    let without = bin(&data)
        .args(["analyze", "netwerk-scenario"])
        .output()
        .unwrap();
    assert!(!without.status.success());

    let missing = bin(&data)
        .arg("--scenarios")
        .arg(dir.join("weg"))
        .arg("validate")
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(text(&missing).1.contains("weg"), "{:?}", text(&missing));
}

#[test]
fn a_file_that_is_not_a_pack_is_refused_with_the_reason() {
    let dir = temp_dir("notapack");
    let data = dir.join("data");
    let folder = dir.join("los");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("a.ron"), own_scenario("los-scenario")).unwrap();
    let out = bin(&data).arg("import").arg(&folder).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).1.contains("pakket.ron ontbreekt"),
        "{:?}",
        text(&out)
    );
    std::fs::write(dir.join("geen.zip"), "dit is geen zip").unwrap();
    let out = bin(&data)
        .arg("import")
        .arg(dir.join("geen.zip"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).1.contains("kan niet worden gelezen"),
        "{:?}",
        text(&out)
    );
    std::fs::write(
        folder.join("pakket.ron"),
        "(title: \"Los\", version: \"eerste\")",
    )
    .unwrap();
    let out = bin(&data).arg("import").arg(&folder).output().unwrap();
    assert!(
        text(&out).1.contains("versie uit getallen"),
        "{:?}",
        text(&out)
    );
    assert!(!data.join("scenarios").join("los").exists());
}

/// The window: a pack dropped on the library is imported, marked, played to the end and saved.
#[cfg(feature = "app")]
#[test]
fn a_pack_dropped_on_the_library_is_playable_in_the_window() {
    use bevy::prelude::*;
    use bevy::state::app::StatesPlugin;
    use bevy::window::FileDragAndDrop;
    use gesprekstrainer::app::logic_plugin;
    use gesprekstrainer::app::messages::*;
    use gesprekstrainer::app::state::{ActiveCall, Notice, ScenarioLibrary, Screen};
    use gesprekstrainer::core::store::library::Origin;

    let dir = temp_dir("window");
    let store = gesprekstrainer::core::store::storage::Store::new(dir.join("data"));
    let zip = dir.join("balie.zip");
    zip_pack(
        &zip,
        &[
            ("pakket.ron", manifest("1.0")),
            ("balie.ron", own_scenario("gemeente-x-balie")),
            ("kapot.ron", BROKEN.to_owned()),
        ],
    );
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(gesprekstrainer::app::state::DataStore(store.clone()))
        .add_plugins(logic_plugin);
    app.update();
    let send = |app: &mut App, m: &dyn Fn(&mut World)| {
        m(app.world_mut());
        app.update();
        app.update();
    };
    send(&mut app, &|w| {
        w.write_message(ProfileChosen("Tess".into()));
    });
    send(&mut app, &|w| {
        w.write_message(FileDragAndDrop::DroppedFile {
            window: Entity::PLACEHOLDER,
            path_buf: zip.clone(),
        });
    });
    let notice = app
        .world()
        .resource::<Notice>()
        .0
        .clone()
        .unwrap_or_default();
    assert!(notice.contains("1 scenario geïmporteerd"), "{notice}");
    assert!(notice.contains("kapot.ron:3:"), "{notice}");
    let lib = app.world().resource::<ScenarioLibrary>();
    assert!(lib.get("gemeente-x-balie").is_some());
    assert!(matches!(
        lib.origin("gemeente-x-balie"),
        Some(Origin::Pack(m)) if m.organisation == "Gemeente X"
    ));
    assert_eq!(lib.origin("klacht-stadswinkel"), None);

    send(&mut app, &|w| {
        w.write_message(ScenarioChosen("gemeente-x-balie".into()));
    });
    send(&mut app, &|w| {
        w.write_message(CallStarted {
            seed: 4,
            test_mode: true,
        });
    });
    let mut turns = 0;
    while !app
        .world()
        .resource::<ActiveCall>()
        .session
        .as_ref()
        .unwrap()
        .is_ended()
    {
        turns += 1;
        assert!(turns < 60, "the call does not end");
        send(&mut app, &|w| {
            w.write_message(ResponseChosen(0));
        });
    }
    send(&mut app, &|w| {
        w.write_message(Continued);
    });
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Debrief
    );
    let attempts = gesprekstrainer::core::store::progress::load_attempts(&store, "Tess").0;
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].scenario_id, "gemeente-x-balie");
}
