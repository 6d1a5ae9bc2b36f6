//! The return-day export: round trip, tamper detection, CSV conventions, xAPI 1.0.3 structure.

use std::sync::Once;

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::session::{Mode, Session};
use gesprekstrainer::core::export::{self, bundle, csv, xapi};
use gesprekstrainer::core::store::progress::{self, Attempt};
use gesprekstrainer::core::store::settings::{self, Flags, Resolved};
use gesprekstrainer::core::store::storage::Store;
use serde_json::Value;

static DATA: Once = Once::new();

/// The built-in settings: no settings file, nothing from the environment.
fn defaults() -> Resolved {
    let none = std::env::temp_dir().join("gt-export-tests-geen-instellingen.ron");
    settings::resolve_from(&none, &Flags::default(), &|_| None).unwrap()
}

/// The tests' private data folder, passed like the program passes its own.
fn store() -> Store {
    let dir = std::env::temp_dir().join(format!("gt-export-tests-{}", std::process::id()));
    DATA.call_once(|| {
        let _ = std::fs::remove_dir_all(&dir);
    });
    Store::new(dir)
}

/// A profile with two finished calls, stored in a private data folder.
fn profile(name: &str) -> bundle::Bundle {
    progress::ensure_profile(&store(), name, Some("GRP-7")).unwrap();
    progress::update_profile(
        &store(),
        name,
        None,
        &["Eerst erkennen; dan \"uitleggen\"".to_owned()],
    )
    .unwrap();
    for (id, best) in [
        ("klacht-stadswinkel", true),
        ("bijstand-terugvordering", false),
    ] {
        let l = gesprekstrainer::core::format::library::builtin(id).unwrap();
        let a = analyze(&l.scenario);
        let mut s = Session::start(&l.scenario, 3, Mode::Training).unwrap();
        let path = if best { &a.best_path } else { &a.worst_path };
        for (i, &c) in path.iter().enumerate() {
            s.choose(&l.scenario, c, Some(1500 * (i as u64 + 1)))
                .unwrap();
        }
        let prep = gesprekstrainer::core::engine::scoring::correct_prep(&l.scenario);
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &prep, &[]);
        progress::save_attempt(&store(), name, &Attempt::new(&l, s, prep, vec![], r)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let (b, problems) = export::collect(&store(), name, &defaults());
    assert!(problems.is_empty(), "{problems:?}");
    b
}

#[test]
fn export_and_import_round_trip_and_edits_are_detected() {
    let b = profile("Ronde Trip");
    assert_eq!(b.attempts.len(), 2);
    assert_eq!(b.profile.group.as_deref(), Some("GRP-7"));
    let dir = std::env::temp_dir().join(format!("gt-export-out-{}", std::process::id()));
    let files = export::write_all(&b, &dir, &defaults()).unwrap();
    assert_eq!(files.len(), 4);
    let back = bundle::read(&dir.join("export.ron")).unwrap();
    assert_eq!(back, b);

    let text = std::fs::read_to_string(dir.join("export.ron")).unwrap();
    let edited = text.replacen("overall: 100,", "overall: 99,", 1);
    assert_ne!(edited, text, "the export holds a 100% score to edit");
    let e = bundle::from_text("x.ron", &edited).unwrap_err();
    assert!(matches!(e, bundle::ImportError::Tampered(_)), "{e}");
    assert!(e.to_string().contains("bewerkt"));
    let e = bundle::from_text("x.ron", text.split_once('\n').unwrap().1).unwrap_err();
    assert!(matches!(e, bundle::ImportError::NoChecksum(_)), "{e}");

    let mut newer = b.clone();
    newer.format = bundle::EXPORT_FORMAT + 1;
    let e = bundle::from_text("n.ron", &bundle::to_text(&newer).unwrap()).unwrap_err();
    assert!(matches!(e, bundle::ImportError::Newer(..)), "{e}");
}

#[test]
fn csv_is_for_dutch_spreadsheets() {
    let b = profile("Csv Proef");
    let text = csv::to_csv(&b);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        lines.len(),
        1 + 2 * 8,
        "header + one row per attempt and skill"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.split(';').count() == csv::HEADER.len()),
        "{lines:?}"
    );
    assert_eq!(csv::field("a;b \"c\""), "\"a;b \"\"c\"\"\"");
}

/// A UUID of this version (the third group starts with it) and the RFC variant.
fn is_uuid_v(s: &str, version: char) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
        && parts[2].starts_with(version)
        && parts[3].starts_with(['8', '9', 'a', 'b'])
}

/// Statement ids and registrations are name-based (version 5) UUIDs from the `uuid` crate.
fn is_uuid(s: &str) -> bool {
    is_uuid_v(s, '5')
}

#[test]
fn xapi_statements_follow_the_1_0_3_structure() {
    let b = profile("Xapi Proef");
    let statements = xapi::statements(&b, "https://leer.example.nl/gt/");
    let turns: usize = b.attempts.iter().map(|a| a.session.turns().len()).sum();
    let verb = |s: &Value| {
        s["verb"]["id"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned()
    };
    let count = |v: &str| statements.iter().filter(|s| verb(s) == v).count();
    assert_eq!(count("attempted"), 2);
    assert_eq!(count("answered"), turns);
    assert_eq!(count("completed"), 2);
    assert_eq!(count("passed") + count("failed"), 2);
    assert_eq!(
        count("passed"),
        1,
        "the skilled call passes, the defensive one fails"
    );
    assert!(count("scored") >= 8);
    let mut ids = std::collections::HashSet::new();
    for s in &statements {
        assert!(is_uuid(s["id"].as_str().unwrap()), "{}", s["id"]);
        assert!(
            ids.insert(s["id"].as_str().unwrap().to_owned()),
            "duplicate statement id"
        );
        assert!(
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .starts_with("http://adlnet.gov/expapi/verbs/")
        );
        assert!(s["verb"]["display"]["en-US"].is_string());
        let actor = &s["actor"];
        assert_eq!(actor["objectType"], "Agent");
        assert_eq!(actor["account"]["homePage"], "https://leer.example.nl/gt");
        assert!(
            actor.get("mbox").is_none(),
            "exactly one identifier: the account"
        );
        assert!(
            s["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with("https://leer.example.nl/gt/scenario/")
        );
        assert!(chrono::DateTime::parse_from_rfc3339(s["timestamp"].as_str().unwrap()).is_ok());
        assert!(is_uuid(s["context"]["registration"].as_str().unwrap()));
        if let Some(score) = s["result"].get("score") {
            let scaled = score["scaled"].as_f64().unwrap();
            assert!((-1.0..=1.0).contains(&scaled));
            let (raw, min, max) = (
                score["raw"].as_i64().unwrap(),
                score["min"].as_i64().unwrap(),
                score["max"].as_i64().unwrap(),
            );
            assert!(min <= raw && raw <= max, "{score}");
        }
        if let Some(ext) = s["result"].get("extensions") {
            assert!(
                ext.as_object()
                    .unwrap()
                    .keys()
                    .all(|k| k.starts_with("https://"))
            );
        }
    }
    let answered = statements.iter().find(|s| verb(s) == "answered").unwrap();
    assert!(answered["result"]["response"].as_str().unwrap().len() > 10);
    assert!(
        answered["result"]["extensions"]["https://leer.example.nl/gt/xapi/techniques"].is_array()
    );
    let result = statements.iter().find(|s| verb(s) == "passed").unwrap();
    assert_eq!(result["result"]["success"], true);
    assert_eq!(result["result"]["score"]["scaled"], 1.0);
    let d = result["result"]["duration"].as_str().unwrap();
    assert!(
        d.starts_with("PT") && d.ends_with('S') && d != "PT0.00S",
        "{d}"
    );
    // Re-exporting gives the same ids, so an LRS does not store a call twice.
    assert_eq!(
        xapi::statements(&b, "https://leer.example.nl/gt/"),
        statements
    );
}

#[test]
fn html_report_is_self_contained_and_escaped() {
    let mut b = profile("Html <Proef>");
    let html = export::html::to_html(&b, None);
    assert!(
        !html.contains("class=\"org\""),
        "no settings, no organisation line"
    );
    b.organisation = Some("Zuid & <Noord>".to_owned());
    let with_org = export::html::to_html(&b, chrono::NaiveDate::from_ymd_opt(2027, 3, 12));
    assert!(
        with_org.contains(
            "<p class=\"org\">Organisatie: Zuid &amp; &lt;Noord&gt; · Terugkomdag: 12 maart 2027</p>"
        ),
        "one escaped header line"
    );
    assert!(html.contains("<svg") && html.contains("Html &lt;Proef&gt;"));
    assert!(html.contains("Eerst erkennen; dan &quot;uitleggen&quot;"));
    assert!(!html.contains("<script") && !html.contains("src=\"http"));
    assert!(html.contains("Gespreksverslagen met feedback") && html.contains("Beter:"));
}

#[test]
fn the_self_rating_gap_is_shown_per_attempt() {
    let mut b = profile("Gat Proef");
    let a = &mut b.attempts[0];
    a.self_after = Some([5, 0, 0, 0, 0, 0, 0, 0]);
    let measured = f64::from(a.result.score.skills[0].percent.unwrap());
    assert_eq!(export::html::self_gap(a), Some(100.0 - measured));
    b.attempts[1].self_after = None;
    assert_eq!(export::html::self_gap(&b.attempts[1]), None);
    let html = export::html::to_html(&b, None);
    assert!(html.contains("Verschil zelfbeeld − meting per poging"));
    assert!(html.contains(&format!("{:+.0} procentpunt", 100.0 - measured)));
}

/// A call whose after-call questions were answered (one right, the others wrong): the answers
/// show in the HTML report, the CSV and the xAPI statements.
#[test]
fn after_call_answers_travel_to_every_export() {
    let name = "Na Het Gesprek";
    let _ = profile("Na Het Gesprek Basis"); // sets the private data folder
    progress::ensure_profile(&store(), name, None).unwrap();
    let l = gesprekstrainer::core::format::library::builtin("leerplicht-verlof").unwrap();
    let a = analyze(&l.scenario);
    let mut s = Session::start(&l.scenario, 2, Mode::Training).unwrap();
    for &c in &a.clean_for(s.variant()).path {
        s.choose(&l.scenario, c, None).unwrap();
    }
    let prep = gesprekstrainer::core::engine::scoring::correct_prep(&l.scenario);
    let mut after = gesprekstrainer::core::engine::scoring::correct_answers(&l.scenario.after_call);
    // All but the first answered wrongly.
    for (q, ans) in l.scenario.after_call.iter().zip(after.iter_mut()).skip(1) {
        *ans = q.options.iter().position(|o| !o.correct);
    }
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &prep, &after);
    let asked = r.after_call.len();
    assert!(asked >= 2, "the clean call asks the after-call questions");
    let expected = (100.0 / asked as f64).round() as u8;
    assert_eq!(r.score.after_call, Some(expected));
    progress::save_attempt(&store(), name, &Attempt::new(&l, s, prep, after, r.clone())).unwrap();
    let (b, problems) = export::collect(&store(), name, &defaults());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(b.attempts[0].result.after_call, r.after_call);

    let html = gesprekstrainer::core::export::html::to_html(&b, None);
    assert!(
        html.contains(&format!("Na het gesprek ({expected}%)")),
        "html"
    );
    assert!(html.contains("niet goed"));

    let csv_text = csv::to_csv(&b);
    let header: Vec<&str> = csv_text.lines().next().unwrap().split(';').collect();
    let col = header
        .iter()
        .position(|h| h.contains("na het gesprek"))
        .unwrap();
    let row: Vec<&str> = csv_text.lines().nth(1).unwrap().split(';').collect();
    assert_eq!(row[col], expected.to_string());

    let statements = xapi::statements(&b, xapi::DEFAULT_HOME_PAGE);
    let after_statements: Vec<&Value> = statements
        .iter()
        .filter(|s| {
            s["object"]["id"]
                .as_str()
                .is_some_and(|id| id.contains("/na-gesprek/"))
        })
        .collect();
    assert_eq!(after_statements.len(), asked);
    let right = after_statements
        .iter()
        .filter(|s| s["result"]["success"] == Value::Bool(true))
        .count();
    assert_eq!(right, 1);
    // Every statement id is unique, the new ones included.
    let mut ids: Vec<&str> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

/// The organisation's name travels in export.ron; an export without it (as earlier versions
/// wrote them) still verifies and imports.
#[test]
fn the_organisation_travels_and_older_exports_still_import() {
    let b = profile("Organisatie Proef");
    assert_eq!(b.organisation, None);
    let old_style = bundle::to_text(&b).unwrap();
    assert!(
        !old_style.contains("organisation"),
        "without a name the file is byte for byte what earlier versions wrote"
    );
    assert_eq!(bundle::from_text("oud.ron", &old_style).unwrap(), b);

    let mut with = b.clone();
    with.organisation = Some("Gemeente Zuid".to_owned());
    let text = bundle::to_text(&with).unwrap();
    assert!(
        text.contains("organisation: Some(\"Gemeente Zuid\")"),
        "{text}"
    );
    assert_eq!(bundle::from_text("nieuw.ron", &text).unwrap(), with);
    // The checksum covers the name too.
    let edited = text.replacen("Gemeente Zuid", "Gemeente Noord", 1);
    assert!(matches!(
        bundle::from_text("x.ron", &edited),
        Err(bundle::ImportError::Tampered(_))
    ));
}

/// An attempt an LRS already holds under the earlier ids keeps them; the others get version 5
/// ids. Both are stable from one export to the next.
#[test]
fn attempts_sent_before_keep_their_earlier_ids() {
    let b = profile("Oude Ids");
    let name = &b.profile.name;
    let (first, second) = (&b.attempts[0], &b.attempts[1]);
    let legacy: std::collections::BTreeSet<String> =
        [xapi::legacy_registration(name, first)].into();
    let statements = xapi::statements_keeping(&b, xapi::DEFAULT_HOME_PAGE, &legacy);
    let of = |reg: &str| -> Vec<&Value> {
        statements
            .iter()
            .filter(|s| s["context"]["registration"] == reg)
            .collect()
    };
    let old = of(&xapi::legacy_registration(name, first));
    let new = of(&xapi::registration(name, second).to_string());
    assert!(!old.is_empty() && !new.is_empty());
    assert_eq!(old.len() + new.len(), statements.len());
    assert!(
        old.iter()
            .all(|s| is_uuid_v(s["id"].as_str().unwrap(), '4'))
    );
    assert!(new.iter().all(|s| is_uuid(s["id"].as_str().unwrap())));
    assert!(of(&xapi::registration(name, first).to_string()).is_empty());
    // Without the legacy set, every attempt uses the new ids; the second attempt's are the same.
    let all_new = xapi::statements(&b, xapi::DEFAULT_HOME_PAGE);
    assert!(all_new.iter().all(|s| is_uuid(s["id"].as_str().unwrap())));
    let ids = |v: &[&Value]| v.iter().map(|s| s["id"].clone()).collect::<Vec<_>>();
    let second_again: Vec<&Value> = all_new
        .iter()
        .filter(|s| s["context"]["registration"] == xapi::registration(name, second).to_string())
        .collect();
    assert_eq!(ids(&second_again), ids(&new));
    assert_eq!(
        xapi::statements_keeping(&b, xapi::DEFAULT_HOME_PAGE, &legacy),
        statements
    );
}
