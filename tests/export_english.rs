//! The reports in English: with `i18n::set(Lang::En)` the trainee's HTML report, the CSV and
//! the trainer's group report speak English (scenario content stays Dutch). Its own test binary,
//! because the language is process-wide.

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::scoring;
use gesprekstrainer::core::engine::session::{Mode, Session};
use gesprekstrainer::core::export::{self, csv};
use gesprekstrainer::core::i18n::{self, Lang};
use gesprekstrainer::core::review::{self, coverage, report};
use gesprekstrainer::core::store::progress::{self, Attempt};
use gesprekstrainer::core::store::settings;

#[test]
fn the_reports_are_written_in_english() {
    let dir = std::env::temp_dir().join(format!("gt-export-english-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = &gesprekstrainer::core::store::storage::Store::new(&dir);
    let name = "English Report";
    progress::ensure_profile(store, name, Some("GRP-EN")).unwrap();
    progress::update_profile(store, name, None, &["Acknowledge first".to_owned()]).unwrap();
    // A good call with the after-call questions, and a poor one with a legal finding.
    for (id, best) in [
        ("leerplicht-verlof", true),
        ("bijstand-terugvordering", false),
    ] {
        let l = gesprekstrainer::core::format::library::builtin(id).unwrap();
        let a = analyze(&l.scenario);
        let mut s = Session::start(&l.scenario, 3, Mode::Training).unwrap();
        let path = if best {
            a.clean_for(s.variant()).path.clone()
        } else {
            a.worst_path.clone()
        };
        for (i, &c) in path.iter().enumerate() {
            s.choose(&l.scenario, c, Some(1500 * (i as u64 + 1)))
                .unwrap();
        }
        let prep = scoring::correct_prep(&l.scenario);
        let after = scoring::correct_answers(&l.scenario.after_call);
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &prep, &after);
        progress::save_attempt(store, name, &Attempt::new(&l, s, prep, after, r)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // Built-in defaults: no settings file, no environment.
    let defaults = settings::resolve_from(
        &dir.join("geen-instellingen.ron"),
        &settings::Flags::default(),
        &|_| None,
    )
    .unwrap();
    let (mut b, problems) = export::collect(store, name, &defaults);
    assert!(problems.is_empty(), "{problems:?}");
    b.organisation = Some("Example Council".to_owned());
    let return_day = chrono::NaiveDate::from_ymd_opt(2027, 3, 12);
    assert!(b.attempts.iter().any(|a| !a.result.findings.is_empty()));

    i18n::set(Lang::En);
    let html = export::html::to_html(&b, return_day);
    let csv_text = csv::to_csv(&b);
    let group = review::Group {
        trainees: vec![b.clone()],
        refused: Vec::new(),
    };
    let summary = review::summarise(&group);
    let cov: Vec<_> = ["leerplicht-verlof", "bijstand-terugvordering"]
        .iter()
        .map(|id| {
            coverage::coverage(
                &gesprekstrainer::core::format::library::builtin(id)
                    .unwrap()
                    .scenario,
                &group,
            )
        })
        .collect();
    let group_html = report::to_html(&group, &summary, &cov);
    i18n::set(Lang::Nl);

    for heading in [
        "<html lang=\"en\">",
        "<h1>Gesprekstrainer: progress of English Report</h1>",
        "Organisation: Example Council · Return day: March 12, 2027",
        "Group: GRP-EN · exported on ",
        " · 2 attempts</p>",
        "<h2>Learning goals</h2>",
        "<h2>Average score per skill</h2>",
        "<h2>Overall score per attempt</h2>",
        "<h2>Self-assessment next to measured score</h2>",
        "<h2>Attempts</h2>",
        "<th>Legal findings</th>",
        "<h2>Call transcripts with feedback</h2>",
        "<b>Citizen</b>",
        "<b>Quality:</b>",
        "<h4>After the call (",
        "Empathy and acknowledgement",
        "Afterwards:",
    ] {
        assert!(
            html.contains(heading),
            "no {heading:?} in the English report"
        );
    }
    for dutch in [
        "Leerdoelen",
        "Gespreksverslagen",
        "Juridische bevindingen",
        "Kwaliteit:",
        "Na het gesprek (",
        "Daarna:",
        "poging(en)",
    ] {
        assert!(!html.contains(dutch), "{dutch:?} in the English report");
    }
    // A legal finding, in English.
    assert!(
        html.contains("Awb"),
        "the findings keep their article numbers"
    );
    assert!(!html.contains("Aangestuurd op intrekken") && !html.contains("Een uitkomst beloofd"));

    // The CSV keeps its columns and their order; only the names change.
    let header: Vec<&str> = csv_text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .split(';')
        .collect();
    assert_eq!(header.len(), csv::HEADER.len());
    assert_eq!(header[0], "profile");
    assert_eq!(header[6], "outcome");
    assert_eq!(header[16], "after the call");

    for heading in [
        "<h1>Return day: overview of the group</h1>",
        "Organisation: Example Council",
        "1 participant, 2 attempts.",
        "<h2>Participants × skills</h2>",
        "<h2>Hardest scenarios</h2>",
        "<h2>Coverage of the scenarios</h2>",
        "<h2>Per participant</h2>",
    ] {
        assert!(
            group_html.contains(heading),
            "no {heading:?} in the group report"
        );
    }

    // Back in Dutch, the same report is the Dutch one.
    let html = export::html::to_html(&b, return_day);
    assert!(
        html.contains("<h2>Gespreksverslagen met feedback</h2>") && html.contains("2 poging(en)")
    );
    assert!(html.contains("Organisatie: Example Council · Terugkomdag: 12 maart 2027"));
    let _ = std::fs::remove_dir_all(&dir);
}
