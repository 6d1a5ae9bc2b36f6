//! Attempts saved before decision-quality scoring stay readable: re-scored where the scenario
//! is unchanged, otherwise shown with their old score and marked as such.

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::analysis::replay;
use gesprekstrainer::core::format::load::ron_options;
use gesprekstrainer::core::store::progress::Attempt;
use gesprekstrainer::core::store::rescore::rescore;

/// An attempt as the previous version wrote it: no qualities, points per turn, the old score.
fn legacy_text() -> (String, gesprekstrainer::core::format::load::Loaded) {
    let l = gesprekstrainer::core::format::library::builtin("uwv-ww").unwrap();
    let a = analyze(&l.scenario);
    let s = replay::play(&l.scenario, 5, &[0, 1, 0, 0, 0, 0, 0]).unwrap();
    let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &[], &[]);
    let attempt = Attempt::new(&l, s, vec![None, None], vec![], r);
    let mut text = ron::ser::to_string(&attempt).unwrap();
    for field in [
        "quality",
        "best",
        "best_text",
        "skills",
        "consequence",
        "raw",
        "preparation",
        "method",
        "misinformed",
        "epilogue",
        "summarised",
        "escalations",
    ] {
        text = strip_field(&text, field);
    }
    (text, l)
}

/// Removes every `field:value,` (value: a token, string, list or nested value) from compact RON.
fn strip_field(text: &str, field: &str) -> String {
    let key = format!("{field}:");
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(&key) {
        let before = &rest[..i];
        // Only whole field names (preceded by '(' or ',').
        if !(before.ends_with('(') || before.ends_with(',')) {
            out.push_str(&rest[..i + key.len()]);
            rest = &rest[i + key.len()..];
            continue;
        }
        let value = &rest[i + key.len()..];
        // Score.best (a number) and Score.skills (a list of structs) stay: only the turn's
        // optional quality and its list of skill names go.
        let turn_only = match field {
            "best" => value.starts_with("Some(") || value.starts_with("None"),
            "skills" => value.starts_with('[') && !value.starts_with("[("),
            _ => true,
        };
        if !turn_only {
            out.push_str(&rest[..i + key.len()]);
            rest = value;
            continue;
        }
        out.push_str(before);
        let mut depth = 0i32;
        let mut in_str = false;
        let mut end = value.len();
        for (k, c) in value.char_indices() {
            match c {
                '"' => in_str = !in_str,
                '(' | '[' if !in_str => depth += 1,
                ')' | ']' if !in_str => depth -= 1,
                ',' if !in_str && depth == 0 => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
            if depth < 0 {
                end = k;
                break;
            }
        }
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn an_attempt_from_the_previous_version_loads_and_is_rescored() {
    let (text, l) = legacy_text();
    assert!(!text.contains("quality:") && !text.contains("method:"));
    let mut old: Attempt = ron_options()
        .from_str(&text)
        .expect("old attempts still load");
    assert!(old.result.score.is_legacy());
    assert!(old.session.turns().iter().all(|t| t.quality.is_none()));
    let a = analyze(&l.scenario);
    let mut list = vec![old.clone()];
    assert_eq!(rescore(&mut list, &[(l.clone(), a)]), 1);
    let new = &list[0];
    assert!(!new.result.score.is_legacy());
    assert!(new.result.score.raw < 100.0, "one weaker answer was given");
    assert!(new.session.turns().iter().all(|t| t.quality.is_some()));
    // An edited scenario: the attempt keeps its old score, marked as such.
    old.content_hash = "0000000000000000".into();
    let mut list = vec![old];
    assert_eq!(rescore(&mut list, &[(l.clone(), analyze(&l.scenario))]), 0);
    assert!(list[0].result.score.is_legacy());
}
