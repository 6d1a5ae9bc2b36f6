//! The built-in scenarios (compiled in) and loading a folder of scenario files. The user's own
//! scenarios and packs are added in `core::store::library`.

use std::path::{Path, PathBuf};

use super::load::{self, LoadError, Loaded};

/// The built-in scenarios, compiled into the binary so the program works from any folder.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "klacht-stadswinkel.ron",
        include_str!("../../../scenarios/klacht-stadswinkel.ron"),
    ),
    (
        "bijstand-terugvordering.ron",
        include_str!("../../../scenarios/bijstand-terugvordering.ron"),
    ),
    (
        "uitbouw-buurman.ron",
        include_str!("../../../scenarios/uitbouw-buurman.ron"),
    ),
    (
        "wmo-dochter.ron",
        include_str!("../../../scenarios/wmo-dochter.ron"),
    ),
    (
        "container-zienswijze.ron",
        include_str!("../../../scenarios/container-zienswijze.ron"),
    ),
    (
        "parkeren-laden.ron",
        include_str!("../../../scenarios/parkeren-laden.ron"),
    ),
    ("uwv-ww.ron", include_str!("../../../scenarios/uwv-ww.ron")),
    (
        "toeslagen-wantrouwen.ron",
        include_str!("../../../scenarios/toeslagen-wantrouwen.ron"),
    ),
    (
        "handhaving-schutting.ron",
        include_str!("../../../scenarios/handhaving-schutting.ron"),
    ),
    (
        "festival-nachtdienst.ron",
        include_str!("../../../scenarios/festival-nachtdienst.ron"),
    ),
    (
        "subsidie-sportclub.ron",
        include_str!("../../../scenarios/subsidie-sportclub.ron"),
    ),
    (
        "woz-gemachtigde.ron",
        include_str!("../../../scenarios/woz-gemachtigde.ron"),
    ),
    (
        "duo-intrekken.ron",
        include_str!("../../../scenarios/duo-intrekken.ron"),
    ),
    (
        "belasting-weduwe.ron",
        include_str!("../../../scenarios/belasting-weduwe.ron"),
    ),
    (
        "woo-hoorzitting.ron",
        include_str!("../../../scenarios/woo-hoorzitting.ron"),
    ),
    (
        "kwijtschelding-aanvraag.ron",
        include_str!("../../../scenarios/kwijtschelding-aanvraag.ron"),
    ),
    (
        "jeugdhulp-tolk.ron",
        include_str!("../../../scenarios/jeugdhulp-tolk.ron"),
    ),
    (
        "urgentie-signaal.ron",
        include_str!("../../../scenarios/urgentie-signaal.ron"),
    ),
    (
        "leerplicht-verlof.ron",
        include_str!("../../../scenarios/leerplicht-verlof.ron"),
    ),
    (
        "cjib-terugbellen.ron",
        include_str!("../../../scenarios/cjib-terugbellen.ron"),
    ),
];

/// The folder with the scenario files in the source tree (for authors: edits show up here).
pub fn source_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

/// Loads the built-in scenarios: from the binary, or in a debug build from the source folder if
/// it exists (authors see their edits without rebuilding). A release build never reads the source
/// folder, so an installed program behaves the same wherever it was built.
pub fn load_builtin() -> Vec<Result<Loaded, LoadError>> {
    let dir = source_dir();
    if cfg!(debug_assertions) && dir.is_dir() {
        return load_dir(&dir);
    }
    BUILTIN
        .iter()
        .map(|(name, text)| load::load_bytes(&Path::new("scenarios").join(name), text.as_bytes()))
        .collect()
}

/// A built-in scenario by id.
pub fn builtin(id: &str) -> Option<Loaded> {
    load_builtin()
        .into_iter()
        .flatten()
        .find(|l| l.scenario.id == id)
}

/// Loads every `.ron` file in a folder; each file succeeds or fails on its own.
pub fn load_dir(dir: &Path) -> Vec<Result<Loaded, LoadError>> {
    match load::scenario_files(&[dir.to_owned()]) {
        Ok(files) => files.iter().map(|f| load::load_file(f)).collect(),
        Err(e) => vec![Err(e)],
    }
}
