//! Data-driven tests: every shipped scenario validates, plays to its best outcome, and never gets stuck.

use std::path::Path;

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::analysis::checks;
use gesprekstrainer::core::engine::session::{Mode, Session, Step};
use gesprekstrainer::core::engine::verdict::Verdict;
use gesprekstrainer::core::format::library::{self, BUILTIN};
use gesprekstrainer::core::format::load::{Loaded, load_file};
use gesprekstrainer::core::format::validate::{Located, Severity};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn shipped() -> Vec<Loaded> {
    let loaded = library::load_dir(&library::source_dir());
    assert!(!loaded.is_empty(), "no scenarios found");
    loaded
        .into_iter()
        .map(|l| l.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[test]
fn every_scenario_validates_without_errors() {
    for l in shipped() {
        // The whole check, clean calls included.
        let errors: Vec<String> = checks::check(&l)
            .0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| Located(&l.path, d).to_string())
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

#[test]
fn every_file_is_built_in_and_ids_are_unique() {
    let mut files: Vec<String> = std::fs::read_dir(library::source_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    files.sort();
    let mut builtin: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
    builtin.sort();
    assert_eq!(
        files, builtin,
        "library.rs BUILTIN must list every file in scenarios/"
    );
    let mut ids: Vec<String> = shipped().into_iter().map(|l| l.scenario.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate scenario ids");
}

/// The correct preparation answers.
fn best_prep(l: &Loaded) -> Vec<Option<usize>> {
    gesprekstrainer::core::engine::scoring::correct_prep(&l.scenario)
}

/// Plays the choices (0-based) and returns the session.
fn play(l: &Loaded, seed: u64, choices: &[usize]) -> Session {
    let mut s = Session::start(&l.scenario, seed, Mode::Training).unwrap();
    for &c in choices {
        if s.is_ended() {
            break;
        }
        s.choose(&l.scenario, c, None).unwrap();
    }
    s
}

#[test]
fn best_path_reaches_a_good_outcome_with_full_score() {
    for l in shipped() {
        let a = analyze(&l.scenario);
        let s = play(&l, 7, &a.best_path);
        assert!(
            s.is_ended(),
            "{}: best path does not end the call",
            l.scenario.id
        );
        let outcome = s.outcome(&l.scenario).unwrap();
        assert_eq!(
            outcome.rank(),
            3,
            "{}: best path ends in {outcome:?}",
            l.scenario.id
        );
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &best_prep(&l));
        assert_eq!(r.score.overall, 100, "{}", l.scenario.id);
        assert!(
            r.findings.is_empty(),
            "{}: best path falls into {:?}",
            l.scenario.id,
            r.findings
        );
    }
}

#[test]
fn worst_path_scores_far_below_the_best() {
    for l in shipped() {
        let a = analyze(&l.scenario);
        let s = play(&l, 7, &a.worst_path);
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
        // It loses more credit than any other call the analyzer found, and does not pass.
        assert!(
            r.score.overall < 70 && !r.passed(),
            "{}: worst path scores {}%",
            l.scenario.id,
            r.score.overall
        );
    }
}

#[test]
fn thousand_seeded_random_walks_per_scenario_always_end() {
    for l in shipped() {
        let sc = &l.scenario;
        let mut outcomes = std::collections::BTreeSet::new();
        for seed in 0..1000u64 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut s = Session::start(sc, seed, Mode::Test).unwrap();
            let mut turns = 0;
            while !s.is_ended() {
                let n = match s.step(sc).unwrap() {
                    Step::Line { choices, .. } => choices.len(),
                    Step::Ended { .. } => unreachable!(),
                };
                s.choose(sc, rng.random_range(0..n), None).unwrap();
                turns += 1;
                assert!(
                    turns <= sc.max_turns,
                    "{}: seed {seed} runs past max_turns",
                    sc.id
                );
            }
            outcomes.insert(s.outcome(sc).unwrap());
        }
        assert!(
            outcomes.len() >= 3,
            "{}: random walks reach only {outcomes:?}",
            sc.id
        );
    }
}

#[test]
fn same_seed_same_call_and_seeds_vary_the_lines() {
    for l in shipped() {
        let a = analyze(&l.scenario);
        let one = play(&l, 42, &a.best_path);
        let two = play(&l, 42, &a.best_path);
        assert_eq!(one, two);
        let lines = |s: &Session| s.turns().iter().map(|t| t.line.clone()).collect::<Vec<_>>();
        let differs = (0..20).any(|seed| lines(&play(&l, seed, &a.best_path)) != lines(&one));
        assert!(
            differs,
            "{}: no line variants differ between seeds",
            l.scenario.id
        );
    }
}

#[test]
fn an_interrupted_call_resumes_exactly() {
    for l in shipped() {
        let a = analyze(&l.scenario);
        let full = play(&l, 3, &a.best_path);
        let half = a.best_path.len() / 2;
        let first = play(&l, 3, &a.best_path[..half]);
        let saved = ron::ser::to_string(&first).unwrap();
        let mut resumed: Session = ron::from_str(&saved).unwrap();
        resumed.check_scenario(&l.scenario).unwrap();
        for &c in &a.best_path[half..] {
            resumed.choose(&l.scenario, c, None).unwrap();
        }
        assert_eq!(resumed, full, "{}", l.scenario.id);
    }
}

fn klacht() -> Loaded {
    load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/klacht-stadswinkel.ron"
    )))
    .unwrap()
}

#[test]
fn klacht_skilled_path_settles_the_complaint() {
    let l = klacht();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &best_prep(&l));
    assert_eq!(format!("{:?}", r.outcome), "ComplaintSettled");
    assert!(r.score.overall >= 90, "{}", r.score.overall);
    assert!(r.verdict.heard && r.verdict.respected && r.verdict.trusts);
    assert_eq!(r.uncovered, vec!["doop".to_owned(), "erkenning".to_owned()]);
}

#[test]
fn klacht_defensive_path_escalates_to_a_hang_up() {
    let l = klacht();
    // A good opening, then defend the colleague, then correct her about the ombudsman.
    let s = play(&l, 1, &[0, 2, 1]);
    let outcome = s.outcome(&l.scenario).expect("the call ended");
    assert_eq!(format!("{outcome:?}"), "HungUp");
    assert_eq!(s.turns().len(), 3);
    let v = Verdict::judge(&s);
    assert!(!v.heard && !v.trusts);
    // Defending at the very start and pushing a solution also ends it, even sooner.
    let s = play(&l, 1, &[1, 2]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn klacht_trap_path_is_flagged() {
    let l = klacht();
    let a = analyze(&l.scenario);
    // Good call, but promise a passport, name the colleague and close without writing.
    let s = play(&l, 1, &[0, 0, 0, 0, 1, 0, 1, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    let found: Vec<String> = r.findings.iter().map(|f| format!("{f:?}")).collect();
    assert_eq!(
        found,
        ["OutcomePromised", "PrivacyBreach", "NotConfirmedInWriting"]
    );
    assert_eq!(format!("{:?}", r.outcome), "Unresolved");
}

#[test]
fn explaining_too_early_costs_more_than_after_acknowledging() {
    let l = klacht();
    // Filling in at 'verhaal' keeps her angry; at 'gevoel': summarise (0) vs. "begrijp ik, maar…" (1).
    let summarised = play(&l, 1, &[0, 3, 0]);
    let explained = play(&l, 1, &[0, 3, 1]);
    assert!(summarised.mood().anger < explained.mood().anger);
    assert!(
        explained
            .turns()
            .last()
            .unwrap()
            .notes
            .iter()
            .any(|n| n.contains("te boos"))
    );
}

fn bijstand() -> Loaded {
    load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/bijstand-terugvordering.ron"
    )))
    .unwrap()
}

#[test]
fn bijstand_laat_maar_zitten_is_not_a_withdrawal() {
    let l = bijstand();
    let a = analyze(&l.scenario);
    // A fine call until "laat maar zitten" is taken as a withdrawal.
    let s = play(&l, 1, &[0, 0, 0, 0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[OralWithdrawalAccepted]");
    assert_eq!(format!("{:?}", r.outcome), "Unresolved");
    assert!(
        r.score
            .percent_of(gesprekstrainer::core::format::technique::Skill::Juridisch)
            .is_some_and(|p| p < 100)
    );
}

#[test]
fn bijstand_threat_handled_with_a_limit_turns_the_call() {
    let l = bijstand();
    // "Rustig maar" provokes the threat; acknowledging with a limit turns it, and the
    // author flag set there leads to the apology at the end.
    let s = play(&l, 1, &[0, 2, 0, 0, 0, 0, 0, 0, 0]);
    assert!(s.flags().contains("grens_gesteld"));
    assert!(s.turns().iter().any(|t| t.node == "afsluiten_na_dreiging"));
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(InformalSolution)"
    );
    // The same threat answered with only a limit ends the call.
    let s = play(&l, 1, &[0, 2, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

fn uitbouw() -> Loaded {
    load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/uitbouw-buurman.ron"
    )))
    .unwrap()
}

#[test]
fn uitbouw_promising_a_changed_permit_trades_away_the_neighbours_rights() {
    let l = uitbouw();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 0, 1, 0, 0]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(
        format!("{:?}", r.findings),
        "[OutcomePromised, ThirdPartyIgnored]"
    );
    // The skilled call reaches the informal solution without findings.
    let s = play(&l, 1, &[0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(InformalSolution)"
    );
}

#[test]
fn uitbouw_a_rough_start_is_remembered_and_defending_hangs_up() {
    let l = uitbouw();
    // Start defensively, then recover: the agreement node asks for it in writing (Visited).
    let s = play(&l, 1, &[1, 0, 0, 0, 0, 0]);
    assert_eq!(s.turns().last().unwrap().node, "schorsing");
    assert!(
        matches!(s.position(), gesprekstrainer::core::engine::session::Position::At(n) if n == "afspraak_voorzichtig")
    );
    // Defend twice: he hangs up.
    let s = play(&l, 1, &[1, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn wmo_the_daughter_gets_no_medical_details_without_authorisation() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/wmo-dochter.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    // A good call until the report is read out to her, and the objection is talked away.
    let s = play(&l, 1, &[0, 0, 0, 1, 2]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(
        format!("{:?}", r.findings),
        "[WithdrawalPushed, PrivacyBreach]"
    );
    assert_eq!(format!("{:?}", r.outcome), "FormalHearing");
    // Telling her not to be angry ends the call.
    let s = play(&l, 1, &[1, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn container_promising_another_spot_ignores_the_other_residents() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/container-zienswijze.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(
        format!("{:?}", r.findings),
        "[OutcomePromised, ThirdPartyIgnored]"
    );
    assert_eq!(
        format!("{:?}", r.outcome),
        "Unresolved",
        "a promise is no agreement"
    );
    // Defending, waving the worry away and lecturing: she hangs up.
    let s = play(&l, 1, &[1, 1, 1, 1, 2]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
    assert!(!Verdict::judge(&s).heard);
}

#[test]
fn parkeren_putting_the_objection_on_hold_misses_the_deadline() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/parkeren-laden.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[DeadlineMissed]");
    assert_eq!(format!("{:?}", r.outcome), "Unresolved");
    let s = play(&l, 1, &[1, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn uwv_laat_maar_is_not_a_withdrawal_and_the_call_can_recover() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/uwv-ww.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 1, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[OralWithdrawalAccepted]");
    // The same "laat maar", answered with a question, leads back to the letters and a solution.
    let s = play(&l, 1, &[0, 0, 1, 0, 0, 0, 0]);
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(InformalSolution)"
    );
    assert!(s.visited().contains("klaar"));
}

#[test]
fn toeslagen_tying_the_payment_plan_to_withdrawal_ends_the_call() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/toeslagen-wantrouwen.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[WithdrawalPushed]");
    assert_eq!(format!("{:?}", r.outcome), "HungUp");
    let s = play(&l, 1, &[0, 0, 0, 0, 0, 0]);
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(InformalSolution)"
    );
}

#[test]
fn handhaving_giving_in_to_a_threat_trades_away_the_neighbour() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/handhaving-schutting.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 1, 0, 0, 0]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(
        format!("{:?}", r.findings),
        "[OutcomePromised, ThirdPartyIgnored]"
    );
    // Without the calm limit (author flag `grens`) he stays stubborn and objects.
    assert_eq!(format!("{:?}", r.outcome), "FormalHearing");
    let s = play(&l, 1, &[0, 0, 0, 0, 0, 0]);
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(InformalSolution)"
    );
    let s = play(&l, 1, &[1, 2]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn festival_conditions_are_not_changed_on_the_phone() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/festival-nachtdienst.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(
        format!("{:?}", r.findings),
        "[OutcomePromised, ThirdPartyIgnored]"
    );
    assert_eq!(format!("{:?}", r.outcome), "Unresolved");
    let s = play(&l, 1, &[0, 1, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn subsidie_no_exception_by_phone_and_no_open_deadline() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/subsidie-sportclub.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    let s = play(&l, 1, &[0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[OutcomePromised]");
    let s = play(&l, 1, &[0, 0, 0, 0, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[DeadlineMissed]");
    let s = play(&l, 1, &[1, 1]);
    assert_eq!(format!("{:?}", s.outcome(&l.scenario)), "Some(HungUp)");
}

#[test]
fn woz_the_representative_is_the_one_you_call() {
    let l = load_file(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/woz-gemachtigde.ron"
    )))
    .unwrap();
    let a = analyze(&l.scenario);
    // Calling the owner directly, then defending it: the representative ends the call.
    let s = play(&l, 1, &[1, 1]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[PrivacyBreach]");
    assert_eq!(format!("{:?}", r.outcome), "HungUp");
    // Putting the objection on hold past the deadline.
    let s = play(&l, 1, &[0, 0, 2]);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[]);
    assert_eq!(format!("{:?}", r.findings), "[DeadlineMissed]");
    // The stock answer leads to the formal hearing.
    let s = play(&l, 1, &[0, 1]);
    assert_eq!(
        format!("{:?}", s.outcome(&l.scenario)),
        "Some(FormalHearing)"
    );
}

#[test]
fn every_scenario_runs_the_call_guide_from_opening_to_closing() {
    use gesprekstrainer::core::format::technique::Phase;
    for l in shipped() {
        let phases: std::collections::BTreeSet<Phase> =
            l.scenario.nodes.iter().map(|n| n.phase).collect();
        for needed in [
            Phase::Opening,
            Phase::Verhaal,
            Phase::Afspraken,
            Phase::Afsluiten,
        ] {
            assert!(
                phases.contains(&needed),
                "{}: no {needed:?} node",
                l.scenario.id
            );
        }
        assert!(
            phases.contains(&Phase::Samenvatten) || phases.contains(&Phase::Doorvragen),
            "{}: no summarising or probing",
            l.scenario.id
        );
        assert!(
            phases.contains(&Phase::Uitleggen) || phases.contains(&Phase::Oplossingen),
            "{}: no explaining or solutions",
            l.scenario.id
        );
        assert!(
            !l.scenario.citizen.interests.is_empty(),
            "{}: no hidden interest",
            l.scenario.id
        );
        let traps = l.scenario.nodes.iter().flat_map(|n| &n.responses).any(|r| {
            r.flags
                .iter()
                .any(|f| matches!(f, gesprekstrainer::core::format::scenario::Flag::Trap(_)))
        });
        assert!(traps, "{}: no legal trap", l.scenario.id);
    }
}

#[test]
fn the_library_spans_domains_case_types_and_difficulties() {
    use std::collections::BTreeMap;
    let all = shipped();
    assert_eq!(all.len(), 12);
    let domains: std::collections::BTreeSet<&str> =
        all.iter().map(|l| l.scenario.domain.as_str()).collect();
    assert!(domains.len() >= 6);
    let mut by_level: BTreeMap<String, usize> = BTreeMap::new();
    let mut types = std::collections::BTreeSet::new();
    for l in &all {
        *by_level
            .entry(format!("{:?}", l.scenario.difficulty))
            .or_default() += 1;
        types.insert(format!("{:?}", l.scenario.case_type));
    }
    assert_eq!(
        by_level.values().copied().collect::<Vec<_>>(),
        [4, 4, 4],
        "{by_level:?}"
    );
    for t in ["Bezwaar", "Klacht", "Zienswijze", "Besluit"] {
        assert!(types.contains(t), "no {t}");
    }
}

/// The skilled civil servant of each scenario, as its author scripted it: the first response
/// in the file at every moment (the screen shows them shuffled).
#[test]
fn every_scripted_skilled_call_reaches_a_good_outcome_with_at_least_90_percent() {
    for l in shipped() {
        let a = analyze(&l.scenario);
        let mut s = Session::start(&l.scenario, 9, Mode::Training).unwrap();
        while !s.is_ended() {
            s.choose(&l.scenario, 0, None).unwrap();
        }
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &best_prep(&l));
        assert_eq!(r.outcome.rank(), 3, "{}: {:?}", l.scenario.id, r.outcome);
        assert!(
            r.score.overall >= 90,
            "{}: {}%",
            l.scenario.id,
            r.score.overall
        );
        assert!(r.findings.is_empty(), "{}: {:?}", l.scenario.id, r.findings);
        assert!(
            r.verdict.heard && r.verdict.respected,
            "{}: {:?}",
            l.scenario.id,
            r.verdict
        );
    }
}
