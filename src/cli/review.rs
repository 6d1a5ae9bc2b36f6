//! `gesprekstrainer review`: a group's exports for the return day, on screen and as HTML/CSV.

use crate::core::store::storage::Store;
use std::io::Write;
use std::path::PathBuf;

use crate::core::format::technique::Skill;
use crate::core::review::{self, coverage, report};
use crate::core::store::storage;
use crate::tr;

pub fn run(
    store: &Store,
    paths: &[PathBuf],
    out_dir: Option<&PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if paths.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            tr!("terminal-error", message = tr!("terminal-review-no-paths"))
        );
        return 1;
    }
    let group = review::import(store, paths);
    for r in &group.refused {
        let _ = writeln!(err, "{}", tr!("terminal-refused", reason = r.to_string()));
    }
    if group.trainees.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            tr!(
                "terminal-error",
                message = tr!("terminal-review-none-usable")
            )
        );
        return 1;
    }
    let summary = review::summarise(&group);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-review-count",
            trainees = group.trainees.len(),
            refused = group.refused.len()
        )
    );
    let _ = writeln!(
        out,
        "{:<33}{:>9}  {:>9}",
        tr!("terminal-review-skill"),
        tr!("terminal-review-mean"),
        tr!("terminal-review-spread")
    );
    for s in Skill::ALL {
        match summary.per_skill[s.index()] {
            Some((m, sd)) => {
                let _ = writeln!(out, "  {:<30} {:>7.0}%  {:>9.0}", s.label(), m, sd);
            }
            None => {
                let _ = writeln!(out, "  {:<30} {:>8}", s.label(), "—");
            }
        }
    }
    if let Some((id, n, m)) = summary.hardest.first() {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "terminal-review-hardest",
                id = id.as_str(),
                attempts = *n,
                mean = format!("{m:.0}")
            )
        );
    }
    let scenarios: Vec<_> = crate::core::store::library::loaded(store)
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    let coverage: Vec<coverage::Coverage> = scenarios
        .iter()
        .map(|l| coverage::coverage(&l.scenario, &group))
        .collect();
    for c in &coverage {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "terminal-review-coverage",
                id = c.scenario_id.as_str(),
                unchosen = c.unchosen.len().to_string(),
                responses = c.responses.to_string(),
                unreached = c.unreached.len().to_string()
            )
        );
    }
    if let Some(dir) = out_dir {
        let files = [
            ("groep.html", report::to_html(&group, &summary, &coverage)),
            ("groep.csv", report::to_csv(&summary)),
        ];
        for (name, text) in files {
            let path = dir.join(name);
            if let Err(e) = storage::write_atomic(&path, text.as_bytes()) {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(
                        "terminal-error",
                        message = format!("{}: {e}", path.display())
                    )
                );
                return 1;
            }
            let _ = writeln!(
                out,
                "{}",
                tr!("terminal-written", path = path.display().to_string())
            );
        }
    }
    0
}
