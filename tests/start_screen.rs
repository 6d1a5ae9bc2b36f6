//! The start screen on a shared training-room PC: with 200 profiles the new-profile field and
//! the trainer entrance stay in view at 1280×720, the list scrolls and the search narrows it.
//! Drawn on a plain egui context; what is on screen is read from its AccessKit output.

#![cfg(feature = "app")]

use bevy_egui::egui::{self, accesskit};
use gesprekstrainer::app::action::Action;
use gesprekstrainer::app::i18n::{K, t};
use gesprekstrainer::app::screens::start::{self, NEW_PROFILE_ID, StartForm};
use gesprekstrainer::app::state::{Lang, Settings};
use gesprekstrainer::core::store::progress;
use gesprekstrainer::core::store::storage::Store;

const SCREEN: egui::Vec2 = egui::vec2(1280.0, 720.0);

/// One frame (after a first layout pass) with the start screen; the AccessKit nodes by label.
fn frame(
    ctx: &egui::Context,
    store: &Store,
    form: &mut StartForm,
) -> (Vec<(String, accesskit::Rect)>, Option<Action>) {
    let settings = Settings::default();
    let mut action = None;
    let mut out = None;
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
            ..Default::default()
        };
        let mut o = ctx.run_ui(input, |ui| {
            action = egui::CentralPanel::default()
                .show(ui, |ui| start::draw(ui, &settings, store, form))
                .inner;
        });
        // No renderer here: the font textures are dropped on purpose.
        o.textures_delta.clear();
        out = Some(o);
    }
    let update = out
        .unwrap()
        .platform_output
        .accesskit_update
        .expect("AccessKit is on");
    let nodes = update
        .nodes
        .iter()
        .filter_map(|(_, n)| {
            let text = n.label().or(n.value())?;
            Some((text.to_owned(), n.bounds()?))
        })
        .collect();
    (nodes, action)
}

fn find<'a>(nodes: &'a [(String, accesskit::Rect)], label: &str) -> Option<&'a accesskit::Rect> {
    nodes.iter().find(|(l, _)| l == label).map(|(_, r)| r)
}

#[test]
fn two_hundred_profiles_leave_the_new_profile_and_the_trainer_entrance_in_view() {
    let data = std::env::temp_dir().join(format!("gt-start-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let store = Store::new(&data);
    for i in 0..200 {
        progress::ensure_profile(&store, &format!("Deelnemer {i:03}"), None).unwrap();
    }
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut form = StartForm::default();
    let (nodes, _) = frame(&ctx, &store, &mut form);

    let trainer = *find(&nodes, t(Lang::Nl, K::trainer_entrance)).expect("trainer entrance drawn");
    assert!(
        trainer.y1 <= f64::from(SCREEN.y),
        "trainer entrance off screen: {trainer:?}"
    );
    let field = ctx
        .read_response(egui::Id::new(NEW_PROFILE_ID))
        .expect("new-profile field drawn");
    assert!(field.rect.bottom() <= SCREEN.y, "{:?}", field.rect);
    assert!(find(&nodes, "200 / 200").is_some());
    assert!(nodes.iter().all(|(_, r)| r.y0 <= f64::from(SCREEN.y)));

    // Far more profiles than fit: the list scrolls, the entrance stays where it was.
    for i in 200..1500 {
        progress::ensure_profile(&store, &format!("Deelnemer {i:04}"), None).unwrap();
    }
    let mut form = StartForm::default();
    let (nodes, _) = frame(&ctx, &store, &mut form);
    let again = find(&nodes, t(Lang::Nl, K::trainer_entrance)).unwrap();
    assert_eq!(*again, trainer);
    let last = find(&nodes, "Deelnemer 1499");
    assert!(last.is_none_or(|r| r.y0 >= f64::from(SCREEN.y)), "{last:?}");

    form.search = "deelnemer 149".into();
    let (nodes, _) = frame(&ctx, &store, &mut form);
    assert!(
        find(&nodes, "11 / 1500").is_some(),
        "search narrows the list"
    );
    let shown = find(&nodes, "Deelnemer 1499").expect("a match is shown");
    assert!(shown.y1 <= f64::from(SCREEN.y));
    let _ = std::fs::remove_dir_all(&data);
}
