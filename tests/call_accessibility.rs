//! What a screen reader gets from the call screen: the call view drawn on a plain egui context
//! with AccessKit on (bevy_egui only turns AccessKit on with a real window), read from its
//! tree update.

#![cfg(feature = "app")]

use bevy_egui::egui::{self, accesskit};
use gesprekstrainer::app::screens::call;
use gesprekstrainer::app::state::{ActiveCall, Lang, Settings};
use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::session::{Mode, Session, Step};
use gesprekstrainer::core::format::library;
use gesprekstrainer::core::i18n;

/// The language is global (core labels follow it): one test at a time sets and draws.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn frame(ctx: &egui::Context, c: &ActiveCall, lang: Lang) -> accesskit::TreeUpdate {
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    // As the window does every frame: core labels (phases, outcomes) follow too.
    i18n::set(lang);
    let mut update = None;
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 720.0),
            )),
            ..Default::default()
        };
        let mut out = ctx.run_ui(input, |ui| {
            call::draw(ui, &settings, c);
        });
        out.textures_delta.clear();
        update = out.platform_output.accesskit_update;
    }
    update.expect("AccessKit is on")
}

fn labels(u: &accesskit::TreeUpdate) -> Vec<(accesskit::NodeId, accesskit::Role, String)> {
    u.nodes
        .iter()
        .filter_map(|(id, n)| Some((*id, n.role(), n.label().or(n.value())?.to_owned())))
        .collect()
}

/// The call "klacht-stadswinkel", started.
fn started_call() -> ActiveCall {
    let loaded = library::load_builtin()
        .into_iter()
        .map(Result::unwrap)
        .find(|l| l.scenario.id == "klacht-stadswinkel")
        .unwrap();
    let analysis = analyze(&loaded.scenario);
    let mut c = ActiveCall::new(loaded, analysis);
    c.session = Some(Session::start(&c.loaded.scenario, 4, Mode::Training).unwrap());
    c
}

#[test]
fn the_call_screen_reads_out_the_line_the_meters_and_every_answer() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let c = started_call();
    let s = c.session.as_ref().unwrap();
    let Ok(Step::Line { line, choices, .. }) = s.step(&c.loaded.scenario) else {
        panic!("the call starts with a line");
    };
    let (line, answers) = (line.to_owned(), choices.len());
    let mood = s.mood();

    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let u = frame(&ctx, &c, Lang::Nl);
    let nodes = labels(&u);
    let has = |want: &str| nodes.iter().any(|(_, _, l)| l == want);

    // The citizen's new line is a labelled node and has the focus, so it is read out first.
    let spoken = format!("Burger: {line}");
    let line_node = nodes
        .iter()
        .find(|(_, _, l)| l.ends_with(&line) && l.starts_with("Burger:"))
        .unwrap_or_else(|| panic!("no node for the line {spoken:?}: {nodes:#?}"));
    assert_eq!(u.focus, line_node.0, "the new line has the focus");
    // The meters and the face say what they show.
    assert!(
        has(&format!("Boosheid: {} van 100", mood.anger)),
        "{nodes:#?}"
    );
    assert!(has(&format!("Vertrouwen: {} van 100", mood.trust)));
    assert!(
        nodes
            .iter()
            .any(|(_, _, l)| l.contains("Boosheid") && l.contains(&c.loaded.scenario.citizen.name))
    );
    // Every answer is a button named with its number.
    let buttons: Vec<&String> = nodes
        .iter()
        .filter(|(_, r, l)| {
            *r == accesskit::Role::Button && l.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        })
        .map(|(_, _, l)| l)
        .collect();
    assert_eq!(buttons.len(), answers, "{buttons:?}");
    // (The tree update lists nodes in no particular order.)
    for i in 1..=answers {
        assert!(
            buttons.iter().any(|b| b.starts_with(&format!("{i}. "))),
            "{i}: {buttons:?}"
        );
    }
    assert!(
        nodes
            .iter()
            .any(|(_, r, l)| *r == accesskit::Role::Button && l.starts_with("Time-out"))
    );
    // The call guide names the phase.
    assert!(has("Opening"));
}

/// With the profile's language set to English the same screen speaks English: the window's own
/// labels, the screen-reader texts of the meters and the face, and no Dutch label left over.
/// (The citizen's lines are scenario content and stay Dutch.)
#[test]
fn in_english_the_call_screen_reads_out_english_labels() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let c = started_call();
    let s = c.session.as_ref().unwrap();
    let Ok(Step::Line { line, .. }) = s.step(&c.loaded.scenario) else {
        panic!("the call starts with a line");
    };
    let line = line.to_owned();
    let mood = s.mood();
    let name = c.loaded.scenario.citizen.name.clone();

    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let u = frame(&ctx, &c, Lang::En);
    i18n::set(Lang::Nl);
    let nodes = labels(&u);
    let has = |want: &str| nodes.iter().any(|(_, _, l)| l == want);

    assert!(has(&format!("Citizen: {line}")), "{nodes:#?}");
    assert!(
        has(&format!("Anger: {} out of 100", mood.anger)),
        "{nodes:#?}"
    );
    assert!(has(&format!("Trust: {} out of 100", mood.trust)));
    assert!(has(&format!(
        "{name}: Anger {} out of 100, Trust {} out of 100",
        mood.anger, mood.trust
    )));
    assert!(has("Your answer (keys 1–5):"));
    assert!(has("Call time: < 1 min"));
    assert!(nodes.iter().any(|(_, r, l)| *r == accesskit::Role::Button
        && l == "Time-out: trainer's tip (T, costs 1 point)"));
    // The window's own words, not the scenario's (its line and answers stay Dutch).
    let own: Vec<&String> = nodes
        .iter()
        .filter(|(_, r, l)| {
            let answer =
                *r == accesskit::Role::Button && l.starts_with(|ch: char| ch.is_ascii_digit());
            !answer && !l.contains(&line)
        })
        .map(|(_, _, l)| l)
        .collect();
    for dutch in [
        "Burger",
        "Boosheid",
        "Vertrouwen",
        "van 100",
        "Uw antwoord",
        "Gesprekstijd",
    ] {
        assert!(
            !own.iter().any(|l| l.contains(dutch)),
            "{dutch:?} left in English: {own:#?}"
        );
    }
}
