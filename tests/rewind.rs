//! "What if?": rewinding a call to a turn gives exactly the call a fresh start with the same
//! choices would give, over every shipped scenario; and `play --attempt … --from-turn N`.

use std::process::Command;

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::session::{Mode, RewindError, Session, Step};
use gesprekstrainer::core::format::library;
use gesprekstrainer::core::format::scenario::Scenario;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn shipped() -> Vec<Scenario> {
    library::load_builtin()
        .into_iter()
        .map(|l| l.expect("shipped scenarios load").scenario)
        .collect()
}

/// A fresh call that makes these choices (file-order ids).
fn fresh(sc: &Scenario, seed: u64, mode: Mode, choices: &[usize]) -> Session {
    let mut s = Session::start(sc, seed, mode).unwrap();
    for &c in choices {
        s.choose(sc, c, None).unwrap();
    }
    s
}

/// Another answer than `not` at the current moment, if there is one.
fn other(sc: &Scenario, s: &Session, not: usize, rng: &mut ChaCha8Rng) -> Option<usize> {
    let Ok(Step::Line { choices, .. }) = s.step(sc) else {
        return None;
    };
    let others: Vec<usize> = choices.iter().map(|c| c.id).filter(|&c| c != not).collect();
    (!others.is_empty()).then(|| others[rng.random_range(0..others.len())])
}

#[test]
fn rewinding_to_turn_two_and_choosing_again_is_a_fresh_call_with_those_choices() {
    let mut checked = 0;
    for sc in shipped() {
        let a = analyze(&sc);
        for seed in [1u64, 2, 3] {
            let mode = if seed == 2 {
                Mode::Test
            } else {
                Mode::Training
            };
            let mut original = Session::start(&sc, seed, mode).unwrap();
            for &c in &a.clean_for(original.variant()).path {
                original.choose(&sc, c, None).unwrap();
            }
            let before = original.clone();
            let mut rng = ChaCha8Rng::seed_from_u64(seed);

            let mut rewound = original.rewind(&sc, 2).unwrap();
            assert_eq!(
                original, before,
                "{}: rewinding changed the original",
                sc.id
            );
            assert_eq!(rewound.turns().len(), 1);
            let first = original.turns()[0].choice;
            let second = original.turns()[1].choice;
            let Some(instead) = other(&sc, &rewound, second, &mut rng) else {
                continue;
            };
            let mut choices = vec![first, instead];
            rewound.choose(&sc, instead, None).unwrap();
            // A few more moves, then the state must be the fresh call's, field for field.
            for _ in 0..3 {
                let Ok(Step::Line { choices: c, .. }) = rewound.step(&sc) else {
                    break;
                };
                let pick = c[rng.random_range(0..c.len())].id;
                rewound.choose(&sc, pick, None).unwrap();
                choices.push(pick);
            }
            let expected = fresh(&sc, seed, mode, &choices);
            // The whole engine state, field for field (the session's own equality).
            assert_eq!(rewound, expected, "{} seed {seed}", sc.id);
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} rewinds checked");
}

#[test]
fn turn_one_is_a_fresh_call_and_out_of_range_is_an_error() {
    for sc in shipped() {
        let a = analyze(&sc);
        let mut s = Session::start(&sc, 5, Mode::Training).unwrap();
        let path = a.clean_for(s.variant()).path.clone();
        for &c in &path {
            s.choose(&sc, c, None).unwrap();
        }
        assert!(s.is_ended());
        assert_eq!(
            s.rewind(&sc, 1).unwrap(),
            Session::start(&sc, 5, Mode::Training).unwrap()
        );
        let n = s.turns().len();
        // The last answered turn can be tried again; an ended call has no turn after it.
        assert_eq!(s.rewind(&sc, n).unwrap().turns().len(), n - 1);
        assert_eq!(
            s.rewind(&sc, n + 1),
            Err(RewindError::NoSuchTurn {
                turn: n + 1,
                last: n
            })
        );
        assert!(matches!(
            s.rewind(&sc, 0),
            Err(RewindError::NoSuchTurn { turn: 0, .. })
        ));
    }
}

#[test]
fn time_outs_before_the_turn_are_kept_and_later_ones_dropped() {
    let sc = &shipped()[0];
    let a = analyze(sc);
    let mut s = Session::start(sc, 9, Mode::Training).unwrap();
    let path = a.clean_for(s.variant()).path.clone();
    s.time_out(sc);
    s.choose(sc, path[0], Some(1000)).unwrap();
    s.choose(sc, path[1], None).unwrap();
    s.time_out(sc);
    s.time_out(sc);
    s.choose(sc, path[2], None).unwrap();
    assert_eq!(s.hints(), 3);
    assert_eq!(s.rewind(sc, 1).unwrap().hints(), 0);
    assert_eq!(s.rewind(sc, 2).unwrap().hints(), 1);
    // The kept turn keeps its clock time.
    assert_eq!(s.rewind(sc, 2).unwrap().turns()[0].at_ms, Some(1000));
    assert_eq!(s.rewind(sc, 3).unwrap().hints(), 1);
    assert_eq!(s.rewind(sc, 4).unwrap().hints(), 3);
    // Replaying keeps each turn's count, so a re-scored attempt rewinds the same way.
    assert_eq!(s.replay(sc).unwrap(), s);
}

fn bin(data: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gesprekstrainer"));
    // The Dutch texts below, whatever the machine's language.
    c.env("GESPREKSTRAINER_LANG", "nl");
    c.env("GESPREKSTRAINER_DATA", data);
    c
}

#[test]
fn the_terminal_practises_from_a_turn_of_a_saved_attempt_without_saving() {
    let data = std::env::temp_dir().join(format!("gt-rewind-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let out = bin(&data)
        .args([
            "play",
            "klacht-stadswinkel",
            "--auto",
            "best",
            "--profile",
            "Oefen",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let attempts = data.join("profiles").join("Oefen").join("pogingen");
    let files: Vec<_> = std::fs::read_dir(&attempts).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let file = files[0].path();

    let out = bin(&data)
        .args(["play", "--attempt"])
        .arg(&file)
        .args(["--from-turn", "2", "--auto", "random", "--profile", "Oefen"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("Oefenen vanaf beurt 2: dit wordt niet bewaard."),
        "{stdout}"
    );
    assert!(stdout.contains("== Resultaat =="), "{stdout}");
    assert!(!stdout.contains("Opgeslagen:"), "{stdout}");
    assert_eq!(std::fs::read_dir(&attempts).unwrap().count(), 1);

    let out = bin(&data)
        .args(["play", "--attempt"])
        .arg(&file)
        .args(["--from-turn", "99", "--auto", "best"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("beurt 99 bestaat niet"));

    std::fs::write(data.join("kapot.ron"), "Attempt(format: ").unwrap();
    let out = bin(&data)
        .args(["play", "--attempt"])
        .arg(data.join("kapot.ron"))
        .args(["--from-turn", "2", "--auto", "best"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is beschadigd"));
    assert!(
        data.join("kapot.ron").exists(),
        "a named file is never moved"
    );
    let _ = std::fs::remove_dir_all(&data);
}
