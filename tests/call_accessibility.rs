//! What a screen reader gets from the call screen: the call view drawn on a plain egui context
//! with AccessKit on (bevy_egui only turns AccessKit on with a real window), read from its
//! tree update.

#![cfg(feature = "app")]

use bevy_egui::egui::{self, accesskit};
use gesprekstrainer::app::screens::call;
use gesprekstrainer::app::state::{ActiveCall, Settings};
use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::session::{Mode, Session, Step};
use gesprekstrainer::core::format::library;

fn frame(ctx: &egui::Context, c: &ActiveCall) -> accesskit::TreeUpdate {
    let settings = Settings::default();
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

#[test]
fn the_call_screen_reads_out_the_line_the_meters_and_every_answer() {
    let loaded = library::load_builtin()
        .into_iter()
        .map(Result::unwrap)
        .find(|l| l.scenario.id == "klacht-stadswinkel")
        .unwrap();
    let analysis = analyze(&loaded.scenario);
    let mut c = ActiveCall::new(loaded, analysis);
    let s = Session::start(&c.loaded.scenario, 4, Mode::Training).unwrap();
    let Ok(Step::Line { line, choices, .. }) = s.step(&c.loaded.scenario) else {
        panic!("the call starts with a line");
    };
    let (line, answers) = (line.to_owned(), choices.len());
    let mood = s.mood();
    c.session = Some(s);

    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let u = frame(&ctx, &c);
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
