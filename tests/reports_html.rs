//! The HTML reports escape every value from data and link with valid, unique anchors: a trainee
//! named `Anne "de" <b>Vries</b> & Zn`, scripts in a learning goal and in scenario text, and two
//! trainees whose names differ only in case and spaces.

use std::collections::HashMap;

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::engine::scoring;
use gesprekstrainer::core::engine::session::{Mode, Session};
use gesprekstrainer::core::export::anchor::anchors;
use gesprekstrainer::core::export::bundle::{self, Bundle};
use gesprekstrainer::core::export::html;
use gesprekstrainer::core::format::load::{Loaded, load_bytes};
use gesprekstrainer::core::i18n::{self, Lang};
use gesprekstrainer::core::review::{self, coverage, report};
use gesprekstrainer::core::store::progress::{self, Attempt, Profile};

const SCRIPT: &str = "<script>alert(1)</script>";
const ANNE: &str = "Anne \"de\" <b>Vries</b> & Zn";

/// A built-in scenario whose every feedback text starts with a script.
fn scenario_with_script() -> Loaded {
    let path = gesprekstrainer::core::format::library::source_dir().join("klacht-stadswinkel.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("feedback: \"", &format!("feedback: \"{SCRIPT} "));
    assert_ne!(edited, text);
    load_bytes(&path, edited.as_bytes()).unwrap()
}

/// A trainee with one call on the best path (with a self-rating), in memory.
fn trainee(name: &str, goals: &[&str], l: &Loaded) -> Bundle {
    let a = analyze(&l.scenario);
    let mut s = Session::start(&l.scenario, 1, Mode::Training).unwrap();
    for (i, &c) in a.best_path.iter().enumerate() {
        s.choose(&l.scenario, c, Some(1000 * (i as u64 + 1)))
            .unwrap();
    }
    let prep = scoring::correct_prep(&l.scenario);
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &prep, &[]);
    let mut attempt = Attempt::new(l, s, prep, vec![], r);
    attempt.self_after = Some([3; 8]);
    let goals: Vec<String> = goals.iter().map(|g| (*g).to_owned()).collect();
    Bundle {
        format: bundle::EXPORT_FORMAT,
        exported: chrono::Utc::now(),
        profile: Profile {
            format: progress::FORMAT_VERSION,
            name: name.to_owned(),
            group: Some("GRP <1>".to_owned()),
            created: chrono::Utc::now(),
            goals: goals.clone(),
            display: None,
        },
        learning_goals: goals,
        attempts: vec![attempt],
        organisation: Some("Gemeente <Zuid> & \"Noord\"".to_owned()),
    }
}

/// The values of `attr="…"` in the page, in order.
fn values<'a>(page: &'a str, attr: &str) -> Vec<&'a str> {
    let open = format!(" {attr}=\"");
    page.match_indices(&open)
        .map(|(i, _)| {
            let rest = &page[i + open.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// Every `href="#x"` has exactly one `id="x"`, every id is unique and made of a-z, 0-9 and `-`.
fn check_anchors(page: &str) {
    let ids = values(page, "id");
    let mut count: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        *count.entry(id).or_default() += 1;
        assert!(
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "invalid id {id:?}"
        );
    }
    assert!(count.values().all(|&n| n == 1), "duplicate ids: {count:?}");
    let links: Vec<&str> = values(page, "href");
    assert!(!links.is_empty(), "the page links to its sections");
    for href in links {
        let target = href.strip_prefix('#').expect("only links within the page");
        assert_eq!(count.get(target), Some(&1), "href=\"{href}\" has no id");
    }
}

/// Every element opened is closed in order (void elements aside): data added no tags.
fn check_nesting(page: &str) {
    let mut stack: Vec<&str> = Vec::new();
    for (i, _) in page.match_indices('<') {
        let tag = &page[i + 1..i + page[i..].find('>').unwrap()];
        if tag.starts_with('!') {
            continue;
        }
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap();
        if tag.starts_with('/') {
            assert_eq!(stack.pop(), Some(name), "</{name}> at byte {i}");
        } else if !["meta", "br"].contains(&name) && !tag.ends_with('/') {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "not closed: {stack:?}");
}

/// No script or bold tag from data; the escaped texts are there.
fn check_escaped(page: &str) {
    assert!(!page.to_lowercase().contains("<script"), "a raw script");
    assert!(!page.contains("<b>Vries</b>"), "a raw <b> from a name");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("Anne &quot;de&quot; &lt;b&gt;Vries&lt;/b&gt; &amp; Zn"));
    assert!(page.contains("Gemeente &lt;Zuid&gt; &amp; &quot;Noord&quot;"));
}

#[test]
fn both_reports_escape_data_and_link_with_unique_anchors() {
    i18n::set(Lang::Nl);
    let l = scenario_with_script();
    let anne = trainee(ANNE, &[&format!("Eerst erkennen {SCRIPT}")], &l);

    let page = html::to_html(&anne, chrono::NaiveDate::from_ymd_opt(2027, 3, 12));
    check_escaped(&page);
    check_anchors(&page);
    check_nesting(&page);
    assert!(page.contains("<p class=\"org\">Organisatie: Gemeente &lt;Zuid&gt;"));
    assert!(page.contains("Groep: GRP &lt;1&gt;"));

    // Two names that differ only in case and spaces, and the same name twice.
    let group = review::Group {
        trainees: vec![
            anne.clone(),
            trainee("Piet Jansen", &[], &l),
            trainee("piet  jansen", &[], &l),
            trainee("Piet Jansen", &[], &l),
        ],
        refused: vec![format!("kapot.ron: {SCRIPT}")],
    };
    let summary = review::summarise(&group);
    let cov = [coverage::coverage(&l.scenario, &group)];
    let page = report::to_html(&group, &summary, &cov);
    check_escaped(&page);
    check_anchors(&page);
    check_nesting(&page);
    let sections: Vec<&str> = page
        .match_indices("<h3 id=\"")
        .map(|(i, _)| &page[i + 8..i + 8 + page[i + 8..].find('"').unwrap()])
        .collect();
    assert_eq!(
        sections,
        [
            "t-anne-de-b-vries-b-zn",
            "t-piet-jansen",
            "t-piet-jansen-2",
            "t-piet-jansen-3"
        ]
    );
    assert_eq!(
        values(&page, "href").len(),
        4,
        "each row links to its section"
    );
}

#[test]
fn anchors_differ_for_names_that_differ_only_in_case_or_spaces() {
    let got = anchors(
        "t",
        ["Piet Jansen", "piet jansen", "PIET  JANSEN", "Piet-Jansen"],
    );
    assert_eq!(got[0], "t-piet-jansen");
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 4, "{got:?}");
    assert!(got.iter().all(|a| a.starts_with("t-piet-jansen")));
}
