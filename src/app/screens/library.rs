//! Library screen: scenario cards with done/best score, filters, a recommendation, invalid files.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::action::Action;
use crate::app::i18n::{self, K, t};
use crate::app::messages::{CallDiscarded, CallResumed, PackImportRequested, ScenarioChosen};
use crate::app::picker::PickFor;
use crate::app::state::{ActiveCall, Notice, ScenarioLibrary, Screen, Settings, Trainee};
use crate::core::analysis::checks;
use crate::core::format::library;
use crate::core::format::scenario::Difficulty;
use crate::core::format::technique::Skill;
use crate::core::format::validate;
use crate::core::store::library::{self as store_library, Origin};
use crate::core::store::storage::Store;
use crate::core::store::{packs, progress};

/// How often the scenario folder is checked for edits while the app runs.
const RELOAD_EVERY: Duration = Duration::from_secs(2);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ScenarioLibrary>()
        .init_resource::<ScenarioSource>()
        .add_systems(Startup, load_library)
        .add_systems(
            Update,
            (
                choose_scenario,
                resume_call,
                discard_call,
                reload_changed_files,
                import_pack,
            )
                .in_set(crate::app::AppSystems::React)
                .run_if(in_state(Screen::Library)),
        );
}

/// Which scenarios the library shows: everything the user can play (built in, own folder,
/// packs, shared folders), or one folder (tests, and authors trying a folder out).
#[derive(Resource, Debug, Clone, Default)]
pub enum ScenarioSource {
    #[default]
    All,
    Folder(PathBuf),
}

impl ScenarioSource {
    fn load(&self, store: &Store) -> Vec<store_library::Found> {
        match self {
            ScenarioSource::All => store_library::load_all(store),
            ScenarioSource::Folder(dir) => store_library::load_folder(dir, true),
        }
    }

    /// The folders whose files are watched for edits.
    fn watched(&self, store: &Store) -> Vec<PathBuf> {
        match self {
            ScenarioSource::All => {
                let mut dirs = vec![store.scenarios()];
                if cfg!(debug_assertions) {
                    dirs.push(library::source_dir());
                }
                dirs.extend(store_library::shared_dirs());
                dirs
            }
            ScenarioSource::Folder(dir) => vec![dir.clone()],
        }
    }
}

/// Every scenario file in the watched folders and their packs, with its modification time.
fn folder_stamp(source: &ScenarioSource, store: &Store) -> Vec<(PathBuf, Option<SystemTime>)> {
    let mut folders = Vec::new();
    for dir in source.watched(store) {
        let subdirs = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir() && !packs::is_hidden(p));
        folders.extend(subdirs);
        folders.push(dir);
    }
    folders
        .iter()
        .flat_map(|d| {
            crate::core::format::load::scenario_files(std::slice::from_ref(d)).unwrap_or_default()
        })
        .map(|f| {
            let m = std::fs::metadata(&f).and_then(|m| m.modified()).ok();
            (f, m)
        })
        .collect()
}

/// Loads and checks every scenario; invalid files become a notice, they never block the rest.
pub fn load_library(
    source: Res<ScenarioSource>,
    store: Res<crate::app::state::DataStore>,
    mut lib: ResMut<ScenarioLibrary>,
) {
    let mut scenarios = Vec::new();
    let mut origins = Vec::new();
    let mut invalid = Vec::new();
    for found in source.load(&store.0) {
        match found {
            Err(e) => invalid.push(e.to_string()),
            Ok((l, origin)) => {
                let (diags, analysis) = checks::check_quick(&l);
                if let Some(a) = analysis.filter(|_| !validate::has_errors(&diags)) {
                    if origin != Origin::Builtin {
                        origins.push((l.scenario.id.clone(), origin));
                    }
                    scenarios.push((l, a));
                } else {
                    for d in diags
                        .iter()
                        .filter(|d| d.severity == validate::Severity::Error)
                    {
                        invalid.push(validate::Located(&l.path, d).to_string());
                    }
                }
            }
        }
    }
    scenarios.sort_by(|(a, _), (b, _)| {
        (a.scenario.difficulty, &a.scenario.title).cmp(&(b.scenario.difficulty, &b.scenario.title))
    });
    *lib = ScenarioLibrary {
        scenarios,
        origins,
        invalid,
        stamp: folder_stamp(&source, &store.0),
    };
}

fn reload_changed_files(
    time: Res<Time<Real>>,
    mut since: Local<Duration>,
    source: Res<ScenarioSource>,
    store: Res<crate::app::state::DataStore>,
    lib: ResMut<ScenarioLibrary>,
) {
    *since += time.delta();
    if *since < RELOAD_EVERY {
        return;
    }
    *since = Duration::ZERO;
    if folder_stamp(&source, &store.0) != lib.stamp {
        load_library(source, store, lib);
    }
}

/// A pack dropped on the window or named in the import field: import it, say what happened and
/// show the new scenarios at once.
fn import_pack(
    mut asked: MessageReader<PackImportRequested>,
    source: Res<ScenarioSource>,
    store: Res<crate::app::state::DataStore>,
    lib: ResMut<ScenarioLibrary>,
    mut notice: ResMut<Notice>,
) {
    let results: Vec<String> = asked
        .read()
        .map(
            |PackImportRequested(path)| match store_library::import_pack(&store.0, path) {
                Ok(report) => import_summary(&report),
                Err(e) => e.to_string(),
            },
        )
        .collect();
    if !results.is_empty() {
        notice.0 = Some(results.join("\n"));
        load_library(source, store, lib);
    }
}

/// One message for the notice bar (the terminal prints the same lines).
pub fn import_summary(report: &packs::ImportReport) -> String {
    let mut lines = report.done_lines();
    lines.extend(report.refused_lines());
    lines.join("\n")
}

fn choose_scenario(
    mut chosen: MessageReader<ScenarioChosen>,
    lib: Res<ScenarioLibrary>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(ScenarioChosen(id)) = chosen.read().last() else {
        return;
    };
    if let Some((l, a)) = lib.get(id) {
        commands.insert_resource(ActiveCall::new(l.clone(), a.clone()));
        next.set(Screen::Preparation);
    }
}

fn resume_call(
    mut resumed: MessageReader<CallResumed>,
    store: Res<crate::app::state::DataStore>,
    trainee: Res<Trainee>,
    lib: Res<ScenarioLibrary>,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    if resumed.read().last().is_none() {
        return;
    }
    let Some(name) = &trainee.name else { return };
    match progress::load_current(&store.0, name) {
        Ok(Some(saved)) => match lib.get(saved.session.scenario_id()) {
            Some((l, a)) if saved.session.check_scenario(&l.scenario).is_ok() => {
                let mut call = ActiveCall::new(l.clone(), a.clone());
                call.prep = saved.prep;
                call.elapsed_ms = saved.elapsed_ms;
                call.session = Some(saved.session);
                commands.insert_resource(call);
                next.set(Screen::Call);
            }
            _ => {
                notice.0 = Some(crate::tr!(
                    "window-interrupted-unknown",
                    id = saved.session.scenario_id()
                ))
            }
        },
        Ok(None) => {}
        Err(e) => {
            notice.0 = Some(crate::tr!(
                "window-interrupted-unreadable",
                error = e.to_string()
            ))
        }
    }
}

fn discard_call(
    mut discarded: MessageReader<CallDiscarded>,
    store: Res<crate::app::state::DataStore>,
    trainee: Res<Trainee>,
    mut notice: ResMut<Notice>,
) {
    if discarded.read().last().is_none() {
        return;
    }
    if let Some(name) = &trainee.name
        && let Err(e) = progress::discard_current(&store.0, name)
    {
        notice.0 = Some(crate::tr!(
            "window-interrupted-not-discarded",
            error = e.to_string()
        ));
    }
}

/// Filter state of the library screen.
#[derive(Default)]
pub struct LibraryForm {
    pub difficulty: Option<Difficulty>,
    /// Whether an interrupted call exists for this profile (checked once per visit).
    pub has_interrupted: Option<bool>,
    /// The path typed into the pack import field.
    pub pack_path: String,
}

/// Average percent per skill over the trainee's attempts; the weakest skill, if any attempts.
pub fn weakest_skill(trainee: &Trainee) -> Option<Skill> {
    let mut sums = [(0u32, 0u32); 8];
    for a in &trainee.attempts {
        for s in &a.result.score.skills {
            if let Some(p) = s.percent {
                sums[s.skill.index()].0 += u32::from(p);
                sums[s.skill.index()].1 += 1;
            }
        }
    }
    Skill::ALL
        .iter()
        .filter(|s| sums[s.index()].1 > 0)
        .min_by_key(|s| sums[s.index()].0 / sums[s.index()].1)
        .copied()
}

/// The scenario that trains `skill` most, preferring ones not yet done well.
pub fn recommend<'a>(lib: &'a ScenarioLibrary, trainee: &Trainee, skill: Skill) -> Option<&'a str> {
    lib.scenarios
        .iter()
        .max_by_key(|(l, a)| {
            let best = best_score(trainee, &l.scenario.id).unwrap_or(0);
            (
                a.reference().skills[skill.index()] * u32::from(100 - best),
                std::cmp::Reverse(l.scenario.id.clone()),
            )
        })
        .map(|(l, _)| l.scenario.id.as_str())
}

pub fn best_score(trainee: &Trainee, id: &str) -> Option<u8> {
    trainee
        .attempts
        .iter()
        .filter(|a| a.scenario_id == id)
        .map(|a| a.result.score.overall)
        .max()
}

/// The scenarios the library shows with the current filter, in order.
pub fn visible<'a>(
    lib: &'a ScenarioLibrary,
    form: &'a LibraryForm,
) -> impl Iterator<Item = &'a crate::core::format::load::Loaded> + 'a {
    lib.scenarios
        .iter()
        .map(|(l, _)| l)
        .filter(|l| form.difficulty.is_none_or(|d| l.scenario.difficulty == d))
}

pub fn draw(
    ui: &mut egui::Ui,
    settings: &Settings,
    store: &Store,
    lib: &ScenarioLibrary,
    trainee: &Trainee,
    form: &mut LibraryForm,
) -> Option<Action> {
    let lang = settings.lang;
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading(t(lang, K::library));
        if ui.button(t(lang, K::my_progress)).clicked() {
            action = Some(Action::Go(Screen::Progress));
        }
    });
    let interrupted = *form.has_interrupted.get_or_insert_with(|| {
        trainee.name.as_deref().is_some_and(
            |n| matches!(progress::load_current(store, n), Ok(Some(c)) if !c.session.is_ended()),
        )
    });
    if interrupted {
        ui.group(|ui| {
            ui.label(t(lang, K::resume_offer));
            ui.horizontal(|ui| {
                if ui.button(t(lang, K::resume)).clicked() {
                    action = Some(Action::Resume);
                }
                if ui.button(t(lang, K::discard)).clicked() {
                    form.has_interrupted = Some(false);
                    action = Some(Action::Discard);
                }
            });
        });
    }
    if let Some(skill) = weakest_skill(trainee)
        && let Some(id) = recommend(lib, trainee, skill)
    {
        ui.label(format!(
            "{}: {id} ({}: {})",
            t(lang, K::recommended),
            t(lang, K::weakest),
            skill.label()
        ));
    }
    ui.horizontal(|ui| {
        if ui
            .selectable_label(form.difficulty.is_none(), t(lang, K::filter_all))
            .clicked()
        {
            form.difficulty = None;
        }
        for d in [
            Difficulty::Introductie,
            Difficulty::Gevorderd,
            Difficulty::Moeilijk,
        ] {
            if ui
                .selectable_label(form.difficulty == Some(d), i18n::difficulty(lang, d))
                .clicked()
            {
                form.difficulty = Some(d);
            }
        }
    });
    if lib.scenarios.is_empty() {
        ui.label(t(lang, K::no_scenarios));
    }
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 120.0)
        .show(ui, |ui| {
            for (n, l) in visible(lib, form).enumerate() {
                let s = &l.scenario;
                ui.group(|ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.strong(format!("{}. {}", n + 1, s.title));
                        ui.label(format!(
                            "· {} · {} · {}",
                            s.domain,
                            i18n::case_type(lang, s.case_type),
                            i18n::difficulty(lang, s.difficulty)
                        ));
                        if let Some(origin) = lib.origin(&s.id) {
                            origin_badge(ui, origin);
                        }
                    });
                    ui.label(&s.summary);
                    if !s.situations.is_empty() {
                        let tags: Vec<String> = s.situations.iter().map(|x| x.label()).collect();
                        ui.weak(format!("{}: {}", t(lang, K::situations), tags.join(" · ")));
                    }
                    ui.horizontal(|ui| {
                        match best_score(trainee, &s.id) {
                            Some(b) => ui.label(format!("{}: {b}%", t(lang, K::done_best))),
                            None => ui.weak(t(lang, K::not_done)),
                        };
                        if ui.button(t(lang, K::prepare)).clicked() {
                            action = Some(Action::Scenario(s.id.clone()));
                        }
                    });
                });
            }
        });
    import_row(ui, form, &mut action);
    for p in &trainee.problems {
        ui.colored_label(crate::app::theme::palette(ui).warning, p);
    }
    if !lib.invalid.is_empty() {
        ui.colored_label(
            crate::app::theme::palette(ui).warning,
            t(lang, K::invalid_files),
        );
        for e in &lib.invalid {
            ui.monospace(e);
        }
    }
    action
}

/// "Eigen scenario" or "Pakket: titel 1.2 (organisatie)" beside a card's title.
fn origin_badge(ui: &mut egui::Ui, origin: &Origin) {
    let text = match origin {
        Origin::Builtin => return,
        Origin::Own => crate::tr!("window-library-own"),
        Origin::Pack(m) => crate::tr!("window-library-pack", pack = m.describe()),
    };
    let pal = crate::app::theme::palette(ui);
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, pal.trust))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.colored_label(pal.trust, text));
}

/// A path field and button to import a pack; dropping a pack on the window does the same.
fn import_row(ui: &mut egui::Ui, form: &mut LibraryForm, action: &mut Option<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("window-pack-import-label"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut form.pack_path)
                .hint_text(crate::tr!("window-pack-import-hint"))
                .desired_width(360.0),
        );
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui.button(crate::tr!("window-pack-import")).clicked();
        let path = form.pack_path.trim();
        if (entered || clicked) && !path.is_empty() {
            *action = Some(Action::ImportPack(PathBuf::from(path)));
        }
        if ui.button(crate::tr!("window-pick-zip")).clicked() {
            *action = Some(Action::Pick(PickFor::PackZip));
        }
        if ui.button(crate::tr!("window-pick-folder")).clicked() {
            *action = Some(Action::Pick(PickFor::PackFolder));
        }
    });
    ui.weak(crate::tr!("window-pack-drop-hint"));
}
