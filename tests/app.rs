//! Headless app tests: the real screen plugins on `MinimalPlugins`, driven with messages.

#![cfg(feature = "app")]

use std::sync::Once;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use gesprekstrainer::app::logic_plugin;
use gesprekstrainer::app::messages::*;
use gesprekstrainer::app::state::{
    ActiveCall, DataStore, Notice, ScenarioLibrary, Screen, Trainee,
};
use gesprekstrainer::core::store::progress;
use gesprekstrainer::core::store::storage::Store;

static DATA: Once = Once::new();

/// The tests' data folder, given to the app as a resource (no environment variable).
fn store() -> Store {
    let dir = std::env::temp_dir().join(format!("gt-app-tests-{}", std::process::id()));
    DATA.call_once(|| {
        let _ = std::fs::remove_dir_all(&dir);
    });
    Store::new(dir)
}

fn app() -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(DataStore(store()))
        .add_plugins(logic_plugin);
    app.update();
    app
}

fn send<M: Message>(app: &mut App, m: M) {
    app.world_mut().write_message(m);
    // One frame to act on the message, one for the screen change to land.
    app.update();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn call(app: &App) -> &ActiveCall {
    app.world().resource::<ActiveCall>()
}

#[test]
fn a_whole_call_through_every_screen() {
    let mut app = app();
    assert_eq!(screen(&app), Screen::Start);
    assert!(app.world().resource::<ScenarioLibrary>().scenarios.len() >= 2);

    send(&mut app, ProfileChosen("Headless".into()));
    assert_eq!(screen(&app), Screen::Library);
    send(&mut app, ScenarioChosen("klacht-stadswinkel".into()));
    assert_eq!(screen(&app), Screen::Preparation);
    for (question, option) in [(0, 0), (1, 1), (2, 1)] {
        send(&mut app, PrepAnswered { question, option });
    }
    assert_eq!(call(&app).prep, vec![Some(0), Some(1), Some(1)]);
    send(
        &mut app,
        CallStarted {
            seed: 11,
            test_mode: false,
        },
    );
    assert_eq!(screen(&app), Screen::Call);

    let mut chosen = 0;
    while !call(&app).session.as_ref().unwrap().is_ended() {
        assert!(chosen < 60, "the call does not end");
        chosen += 1;
        send(&mut app, ResponseChosen(0));
        // Training mode: the feedback shows; a second choice is ignored until Enter.
        assert!(call(&app).feedback_for.is_some());
        let turns = call(&app).session.as_ref().unwrap().turns().len();
        send(&mut app, ResponseChosen(1));
        assert_eq!(call(&app).session.as_ref().unwrap().turns().len(), turns);
        send(&mut app, Continued);
    }
    let session = call(&app).session.as_ref().unwrap();
    assert!(session.is_ended());
    assert_eq!(session.turns().len(), chosen);
    assert!(chosen >= 10, "a call of {chosen} turns");
    assert!(session.turns().iter().all(|t| t.at_ms.is_some()));
    // The call in progress was saved after every choice.
    assert!(
        progress::profile_dir(&store(), "Headless")
            .join("lopend.ron")
            .is_file()
    );

    send(&mut app, Continued);
    assert_eq!(screen(&app), Screen::Debrief);
    let result = call(&app).result.clone().expect("a result on the debrief");
    assert_eq!(format!("{:?}", result.outcome), "ComplaintSettled");
    assert_eq!(result.score.overall, 100);
    assert_eq!(app.world().resource::<Trainee>().attempts.len(), 1);
    assert!(
        !progress::profile_dir(&store(), "Headless")
            .join("lopend.ron")
            .exists()
    );

    send(&mut app, ScreenRequested(Screen::Library));
    assert_eq!(screen(&app), Screen::Library);
}

#[test]
fn a_killed_call_is_resumed_with_its_preparation() {
    let mut first = app();
    send(&mut first, ProfileChosen("Onderbroken".into()));
    send(&mut first, ScenarioChosen("bijstand-terugvordering".into()));
    send(
        &mut first,
        PrepAnswered {
            question: 0,
            option: 0,
        },
    );
    send(
        &mut first,
        CallStarted {
            seed: 5,
            test_mode: true,
        },
    );
    send(&mut first, ResponseChosen(0));
    send(&mut first, ResponseChosen(0));
    let before = call(&first).session.clone().unwrap();
    assert_eq!(before.turns().len(), 2);
    drop(first); // the program is killed

    let mut second = app();
    send(&mut second, ProfileChosen("Onderbroken".into()));
    send(&mut second, CallResumed);
    assert_eq!(screen(&second), Screen::Call);
    let resumed = call(&second);
    assert_eq!(resumed.session.as_ref(), Some(&before));
    assert_eq!(resumed.prep[0], Some(0));
}

#[test]
fn time_out_gives_a_tip_and_costs_a_point() {
    let mut app = app();
    send(&mut app, ProfileChosen("Tip".into()));
    send(&mut app, ScenarioChosen("klacht-stadswinkel".into()));
    send(
        &mut app,
        CallStarted {
            seed: 1,
            test_mode: true,
        },
    );
    send(&mut app, TimeOutTaken);
    let c = call(&app);
    assert!(
        c.hint.as_deref().is_some_and(|h| h.contains("Denk aan")),
        "{:?}",
        c.hint
    );
    assert_eq!(c.session.as_ref().unwrap().hints(), 1);
    // A second time-out at the same moment shows the same tip and costs nothing more.
    send(&mut app, TimeOutTaken);
    assert_eq!(call(&app).session.as_ref().unwrap().hints(), 1);
}

#[test]
fn unknown_scenarios_and_out_of_range_choices_change_nothing() {
    let mut app = app();
    send(&mut app, ProfileChosen("Fout".into()));
    send(&mut app, ScenarioChosen("bestaat-niet".into()));
    assert_eq!(screen(&app), Screen::Library);
    send(&mut app, ScenarioChosen("klacht-stadswinkel".into()));
    send(
        &mut app,
        CallStarted {
            seed: 1,
            test_mode: true,
        },
    );
    send(&mut app, ResponseChosen(7));
    assert!(call(&app).session.as_ref().unwrap().turns().is_empty());
    assert!(
        app.world()
            .resource::<gesprekstrainer::app::state::Notice>()
            .0
            .is_some()
    );
}

#[test]
fn invalid_files_do_not_block_the_library_and_edits_reload() {
    let dir = std::env::temp_dir().join(format!("gt-app-lib-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let good = include_str!("../scenarios/klacht-stadswinkel.ron");
    std::fs::write(dir.join("goed.ron"), good).unwrap();
    std::fs::write(dir.join("kapot.ron"), "Scenario(id: \"half").unwrap();
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(
            gesprekstrainer::app::screens::library::ScenarioSource::Folder(dir.clone()),
        )
        .add_plugins(logic_plugin);
    app.update();
    let lib = app.world().resource::<ScenarioLibrary>();
    assert_eq!(lib.scenarios.len(), 1);
    assert_eq!(lib.invalid.len(), 1);
    assert!(lib.invalid[0].contains("kapot.ron:1:"), "{:?}", lib.invalid);

    // An author fixes the file while the app runs: the library picks it up.
    send(&mut app, ProfileChosen("Auteur".into()));
    let fixed = good.replace("id: \"klacht-stadswinkel\"", "id: \"klacht-kopie\"");
    std::fs::write(dir.join("kapot.ron"), fixed).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    app.update();
    app.update();
    let lib = app.world().resource::<ScenarioLibrary>();
    assert_eq!(lib.scenarios.len(), 2, "{:?}", lib.invalid);
    assert!(lib.invalid.is_empty());
}

#[test]
fn self_ratings_travel_with_the_attempt_and_export_from_the_progress_screen() {
    let mut app = app();
    send(&mut app, ProfileChosen("Zelfbeeld".into()));
    send(&mut app, ScenarioChosen("klacht-stadswinkel".into()));
    send(
        &mut app,
        SkillRated {
            after: false,
            skill: 0,
            value: 4,
        },
    );
    send(
        &mut app,
        SkillRated {
            after: false,
            skill: 1,
            value: 9,
        },
    ); // out of range: ignored
    send(
        &mut app,
        CallStarted {
            seed: 2,
            test_mode: true,
        },
    );
    for c in [1, 2, 1] {
        send(&mut app, ResponseChosen(c));
    }
    send(&mut app, Continued);
    assert_eq!(screen(&app), Screen::Debrief);
    send(
        &mut app,
        SkillRated {
            after: true,
            skill: 3,
            value: 2,
        },
    );
    let saved = call(&app).saved.clone().expect("attempt saved");
    let text = std::fs::read_to_string(&saved).unwrap();
    let attempt: gesprekstrainer::core::store::progress::Attempt = ron::from_str(&text).unwrap();
    assert_eq!(attempt.self_before, Some([4, 0, 0, 0, 0, 0, 0, 0]));
    assert_eq!(attempt.self_after, Some([0, 0, 0, 2, 0, 0, 0, 0]));

    send(&mut app, ScreenRequested(Screen::Progress));
    assert_eq!(screen(&app), Screen::Progress);
    send(&mut app, ExportRequested);
    let notice = app
        .world()
        .resource::<gesprekstrainer::app::state::Notice>()
        .0
        .clone()
        .unwrap();
    assert!(notice.starts_with("Geëxporteerd naar "), "{notice}");
    let dir = std::path::PathBuf::from(notice.trim_start_matches("Geëxporteerd naar "));
    assert!(gesprekstrainer::core::export::bundle::read(&dir.join("export.ron")).is_ok());
}

#[test]
fn the_trainer_screen_reads_a_group_and_refuses_edited_exports() {
    let dir = std::env::temp_dir().join(format!("gt-app-review-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let folders = gesprekstrainer::core::review::sample::write_group(&dir, 4, 1).unwrap();
    std::fs::write(folders[0].join("export.ron"), "// sha256: 0\n()").unwrap();
    let mut app = app();
    send(&mut app, ScreenRequested(Screen::Review));
    assert_eq!(screen(&app), Screen::Review);
    send(&mut app, ReviewRequested(vec![dir]));
    let review = app
        .world()
        .resource::<gesprekstrainer::app::screens::review::Review>();
    let (group, summary, coverage) = review.loaded.as_ref().expect("the group is loaded");
    assert_eq!(group.trainees.len(), 3);
    assert_eq!(group.refused.len(), 1);
    assert_eq!(summary.rows.len(), 3);
    assert_eq!(
        coverage.len(),
        gesprekstrainer::core::format::library::BUILTIN.len()
    );
}

#[test]
fn what_if_on_the_debrief_practises_from_a_turn_without_touching_the_attempt() {
    let mut app = app();
    send(&mut app, ProfileChosen("WatAls".into()));
    send(&mut app, ScenarioChosen("uwv-ww".into()));
    send(
        &mut app,
        CallStarted {
            seed: 3,
            test_mode: true,
        },
    );
    let mut guard = 0;
    while !call(&app).session.as_ref().unwrap().is_ended() {
        guard += 1;
        assert!(guard < 60, "the call does not end");
        send(&mut app, ResponseChosen(0));
    }
    send(&mut app, Continued);
    assert_eq!(screen(&app), Screen::Debrief);
    let original = call(&app).session.clone().unwrap();
    let saved = call(&app).saved.clone().expect("the attempt was saved");
    let saved_text = std::fs::read_to_string(&saved).unwrap();

    send(&mut app, Rewound(2));
    let scenario = call(&app).loaded.scenario.clone();
    let practice = call(&app).practice.clone().expect("practising from turn 2");
    assert_eq!(practice.from, 2);
    assert_eq!(practice.session, original.rewind(&scenario, 2).unwrap());
    // Another answer than the original at turn 2, then play on until the end.
    let other = if original.turns()[1].choice == 0 {
        1
    } else {
        0
    };
    send(&mut app, PracticeChosen(Some(other)));
    let mut guard = 0;
    while !call(&app).practice.as_ref().unwrap().session.is_ended() {
        guard += 1;
        assert!(guard < 60, "the practice call does not end");
        send(&mut app, PracticeChosen(Some(0)));
    }
    let practice = call(&app).practice.clone().unwrap();
    assert_eq!(practice.session.turns()[1].choice, other);
    assert!(practice.result.is_some(), "the practice call is scored");
    // The real call, the attempt in memory and the file on disk are unchanged.
    assert_eq!(call(&app).session.as_ref(), Some(&original));
    assert_eq!(app.world().resource::<Trainee>().attempts.len(), 1);
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), saved_text);
    assert_eq!(screen(&app), Screen::Debrief);

    send(&mut app, PracticeChosen(None));
    assert!(call(&app).practice.is_none());
    // A turn that does not exist changes nothing.
    send(&mut app, Rewound(999));
    assert!(call(&app).practice.is_none());
}

#[test]
fn after_call_questions_are_answered_on_the_ended_call_and_saved() {
    let mut app = app();
    send(&mut app, ProfileChosen("NaHetGesprek".into()));
    send(&mut app, ScenarioChosen("urgentie-signaal".into()));
    send(
        &mut app,
        CallStarted {
            seed: 7,
            test_mode: true,
        },
    );
    let variant = call(&app)
        .session
        .as_ref()
        .unwrap()
        .variant()
        .map(str::to_owned);
    let path = call(&app)
        .analysis
        .clean_for(variant.as_deref())
        .path
        .clone();
    for c in path {
        send(&mut app, ResponseChosen(c));
    }
    let c = call(&app);
    let session = c.session.clone().unwrap();
    assert!(session.is_ended());
    let asked = session.asked_after_call(&c.loaded.scenario);
    let questions = c.loaded.scenario.after_call.clone();
    assert!(
        asked.contains(&true),
        "the clean call asks after-call questions"
    );
    // Moving on before answering them is refused, with a message.
    send(&mut app, Continued);
    assert_eq!(screen(&app), Screen::Call);
    assert!(call(&app).result.is_none());
    assert!(app.world().resource::<Notice>().0.is_some());
    for (q, (question, is_asked)) in questions.iter().zip(asked.iter()).enumerate() {
        let right = question.options.iter().position(|o| o.correct).unwrap();
        send(
            &mut app,
            AfterCallAnswered {
                question: q,
                option: right,
            },
        );
        let stored = call(&app).after[q];
        // Only questions this call asks take an answer.
        assert_eq!(stored, is_asked.then_some(right), "question {q}");
    }
    // An option that does not exist changes nothing.
    let first = asked.iter().position(|a| *a).unwrap();
    send(
        &mut app,
        AfterCallAnswered {
            question: first,
            option: 99,
        },
    );
    assert!(call(&app).after[first].is_some());

    send(&mut app, Continued);
    assert_eq!(screen(&app), Screen::Debrief);
    let result = call(&app).result.clone().unwrap();
    assert_eq!(
        result.after_call.len(),
        asked.iter().filter(|a| **a).count()
    );
    assert_eq!(result.score.after_call, Some(100));
    let saved = app.world().resource::<Trainee>().attempts[0].clone();
    assert_eq!(saved.after, call(&app).after);
    assert_eq!(saved.result.after_call, result.after_call);
}
