//! The scenario library: the built-in scenarios and loading a scenario by id or by file.

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

/// Loads the built-in scenarios (from the source folder if it exists, else from the binary).
pub fn load_builtin() -> Vec<Result<Loaded, LoadError>> {
    let dir = source_dir();
    if dir.is_dir() {
        return load_dir(&dir);
    }
    BUILTIN
        .iter()
        .map(|(name, text)| load::load_bytes(&Path::new("scenarios").join(name), text.as_bytes()))
        .collect()
}

/// Loads every `.ron` file in a folder; each file succeeds or fails on its own.
pub fn load_dir(dir: &Path) -> Vec<Result<Loaded, LoadError>> {
    match load::scenario_files(&[dir.to_owned()]) {
        Ok(files) => files.iter().map(|f| load::load_file(f)).collect(),
        Err(e) => vec![Err(e)],
    }
}

/// A scenario by file path, or by id among the built-in scenarios.
pub fn resolve(spec: &str) -> Result<Loaded, LoadError> {
    let path = Path::new(spec);
    if path.is_file() {
        return load::load_file(path);
    }
    let mut ids = Vec::new();
    for loaded in load_builtin().into_iter().flatten() {
        if loaded.scenario.id == spec {
            return Ok(loaded);
        }
        ids.push(loaded.scenario.id);
    }
    Err(LoadError {
        path: path.to_owned(),
        pos: None,
        message: crate::tr!("validator-unknown-scenario", ids = ids.join(", ")),
    })
}
