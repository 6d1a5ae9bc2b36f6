//! Trainer review on generated groups of exports, including refused ones.

use gesprekstrainer::core::export::bundle;
use gesprekstrainer::core::format::technique::Skill;
use gesprekstrainer::core::review::{self, coverage, report, sample};
use gesprekstrainer::core::store::storage::Store;

fn group_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("gt-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn a_group_with_refused_exports_still_loads_the_rest() {
    let dir = group_dir("refused");
    let folders = sample::write_group(&dir, 12, 2).unwrap();
    // Edited by hand, a file from a newer version, and something that is no export at all.
    let edited = folders[0].join("export.ron");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(
        &edited,
        text.replacen("Deelnemer 00000", "Deelnemer 99999", 1),
    )
    .unwrap();
    let mut newer = bundle::read(&folders[1].join("export.ron")).unwrap();
    newer.format += 1;
    std::fs::write(
        folders[1].join("export.ron"),
        bundle::to_text(&newer).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("notities.ron"), "geen export").unwrap();

    let group = review::import(
        &Store::new(std::env::temp_dir().join("gt-review-geen-eigen-scenarios")),
        &[dir.clone(), dir.join("bestaat-niet")],
    );
    assert_eq!(group.trainees.len(), 10);
    assert_eq!(group.refused.len(), 4, "{:?}", group.refused);
    assert!(group.refused.iter().any(|r| r.contains("bewerkt")));
    assert!(group.refused.iter().any(|r| r.contains("nieuwer")));
    assert!(
        group
            .refused
            .iter()
            .any(|r| r.contains("geen controlegetal"))
    );
    assert!(group.refused.iter().any(|r| r.contains("bestaat niet")));

    let summary = review::summarise(&group);
    assert_eq!(summary.rows.len(), 10);
    let attempts: usize = summary.hardest.iter().map(|h| h.1).sum();
    assert_eq!(attempts, 20);
    assert!(
        summary.hardest.windows(2).all(|w| w[0].2 <= w[1].2),
        "hardest first"
    );
    let outcomes: usize = summary.outcomes.iter().map(|o| o.1).sum();
    assert_eq!(outcomes, 20);
    for s in Skill::ALL {
        if let Some((m, sd)) = summary.per_skill[s.index()] {
            assert!((0.0..=100.0).contains(&m) && sd >= 0.0);
        }
    }
}

#[test]
fn coverage_names_the_branches_nobody_took() {
    let dir = group_dir("coverage");
    sample::write_group(&dir, 6, 2).unwrap();
    let group = review::import(
        &Store::new(std::env::temp_dir().join("gt-review-geen-eigen-scenarios")),
        &[dir],
    );
    // A scenario the sample group played (it spreads its calls over the whole library).
    let id = group.trainees[0].attempts[0].scenario_id.clone();
    let played = gesprekstrainer::core::format::library::builtin(&id).unwrap();
    let c = coverage::coverage(&played.scenario, &group);
    assert!(c.attempts > 0);
    let chosen: usize = c.responses - c.unchosen.len();
    assert!(chosen > 0 && !c.unchosen.is_empty());
    // Every unchosen response really was never chosen.
    for (node, i, _) in &c.unchosen {
        let picked = group
            .trainees
            .iter()
            .flat_map(|b| &b.attempts)
            .filter(|a| a.scenario_id == id)
            .flat_map(|a| a.session.turns())
            .any(|t| &t.node == node && t.choice + 1 == *i);
        assert!(!picked, "{node} #{i}");
    }
    // An empty group covers nothing.
    let empty = review::Group {
        trainees: vec![],
        refused: vec![],
    };
    assert_eq!(
        coverage::coverage(&played.scenario, &empty).unchosen.len(),
        c.responses
    );
}

#[test]
fn group_report_and_csv() {
    let dir = group_dir("report");
    sample::write_group(&dir, 3, 1).unwrap();
    let group = review::import(
        &Store::new(std::env::temp_dir().join("gt-review-geen-eigen-scenarios")),
        &[dir],
    );
    let summary = review::summarise(&group);
    let html = report::to_html(&group, &summary, &[]);
    assert!(html.contains("Deelnemer 00002") && html.contains("hsl(") && html.contains("<svg"));
    let csv = report::to_csv(&summary);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(
        csv.trim_start_matches('\u{feff}').lines().count(),
        1 + 3 * 8
    );
}
