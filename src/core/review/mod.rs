//! Trainer review for the return day: import a group's exports, summarise, find uncovered branches.

pub mod coverage;
pub mod report;
pub mod sample;

use std::path::{Path, PathBuf};

use super::export::bundle::{self, Bundle};
use super::export::html::{latest_self, skill_averages};
use crate::core::format::scenario::Outcome;
use crate::core::format::technique::Skill;
use crate::core::store::progress::rating_percent;

/// The exports that loaded, and the ones refused with their reason.
pub struct Group {
    pub trainees: Vec<Bundle>,
    pub refused: Vec<String>,
}

/// The `export.ron` files under the given files or folders (a folder is searched two levels deep).
pub fn find_exports(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut missing = Vec::new();
    fn walk(dir: &Path, depth: u32, files: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() && depth > 0 {
                walk(&p, depth - 1, files);
            } else if p.is_file() && p.extension().is_some_and(|x| x == "ron") {
                files.push(p);
            }
        }
    }
    for p in paths {
        if p.is_dir() {
            walk(p, 2, &mut files);
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            missing.push(crate::tr!(
                "reports-review-missing",
                path = p.display().to_string()
            ));
        }
    }
    (files, missing)
}

/// Reads every export, on all cores; a refused file never stops the others.
/// Attempts scored by an older version are re-scored against the scenarios in `store`.
pub fn import(store: &crate::core::store::storage::Store, paths: &[PathBuf]) -> Group {
    let (files, mut refused) = find_exports(paths);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    let results: Vec<Result<Bundle, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|f| bundle::read(f).map_err(|e| e.to_string()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut trainees = Vec::new();
    for r in results {
        match r {
            Ok(b) => trainees.push(b),
            Err(e) => refused.push(e),
        }
    }
    trainees.sort_by(|a, b| a.profile.name.cmp(&b.profile.name));
    // Exports made before decision-quality scoring: re-scored where the built-in scenario is
    // unchanged, otherwise kept with their old score (marked as such in every report).
    if trainees
        .iter()
        .flat_map(|b| &b.attempts)
        .any(|a| a.result.score.is_legacy())
    {
        let scenarios = crate::core::store::rescore::known_scenarios(store);
        for b in &mut trainees {
            crate::core::store::rescore::rescore(&mut b.attempts, &scenarios);
        }
    }
    Group { trainees, refused }
}

/// Mean and standard deviation of a list of percentages.
pub fn mean_spread(values: &[u8]) -> Option<(f64, f64)> {
    if values.is_empty() {
        return None;
    }
    let n = values.len() as f64;
    let mean = values.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    let var = values
        .iter()
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / n;
    Some((mean, var.sqrt()))
}

/// One trainee's row in the overview.
pub struct TraineeRow {
    pub name: String,
    pub group: Option<String>,
    pub attempts: usize,
    pub skills: [Option<u8>; 8],
    /// Latest self-rating after a call, on the 0–100 scale, per skill.
    pub self_after: [Option<u8>; 8],
    pub goals: Vec<String>,
}

pub struct Summary {
    pub rows: Vec<TraineeRow>,
    /// Mean and spread over the trainees, per skill.
    pub per_skill: [Option<(f64, f64)>; 8],
    /// (scenario, attempts, mean overall score), hardest first.
    pub hardest: Vec<(String, usize, f64)>,
    /// How often each outcome was reached.
    pub outcomes: Vec<(Outcome, usize)>,
}

pub fn summarise(group: &Group) -> Summary {
    let rows: Vec<TraineeRow> = group
        .trainees
        .iter()
        .map(|b| {
            let latest = latest_self(&b.attempts, true);
            TraineeRow {
                name: b.profile.name.clone(),
                group: b.profile.group.clone(),
                attempts: b.attempts.len(),
                skills: skill_averages(&b.attempts),
                self_after: Skill::ALL.map(|s| latest.and_then(|r| rating_percent(r[s.index()]))),
                goals: b.learning_goals.clone(),
            }
        })
        .collect();
    let per_skill = Skill::ALL.map(|s| {
        let v: Vec<u8> = rows.iter().filter_map(|r| r.skills[s.index()]).collect();
        mean_spread(&v)
    });
    let mut by_scenario: std::collections::BTreeMap<&str, Vec<u8>> = Default::default();
    let mut outcomes: std::collections::BTreeMap<Outcome, usize> = Default::default();
    for a in group.trainees.iter().flat_map(|b| &b.attempts) {
        by_scenario
            .entry(&a.scenario_id)
            .or_default()
            .push(a.result.score.overall);
        *outcomes.entry(a.result.outcome).or_default() += 1;
    }
    let mut hardest: Vec<(String, usize, f64)> = by_scenario
        .into_iter()
        .map(|(id, v)| (id.to_owned(), v.len(), mean_spread(&v).map_or(0.0, |m| m.0)))
        .collect();
    hardest.sort_by(|a, b| a.2.total_cmp(&b.2));
    Summary {
        rows,
        per_skill,
        hardest,
        outcomes: outcomes.into_iter().collect(),
    }
}
