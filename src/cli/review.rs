//! `gesprekstrainer review`: a group's exports for the return day, on screen and as HTML/CSV.

use std::io::Write;
use std::path::PathBuf;

use crate::core::format::library;
use crate::core::format::technique::Skill;
use crate::core::review::{self, coverage, report};
use crate::core::store::storage;

pub fn run(
    paths: &[PathBuf],
    out_dir: Option<&PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if paths.is_empty() {
        let _ = writeln!(
            err,
            "fout: geef de mappen of bestanden met exports (export.ron)"
        );
        return 1;
    }
    let group = review::import(paths);
    for r in &group.refused {
        let _ = writeln!(err, "geweigerd: {r}");
    }
    if group.trainees.is_empty() {
        let _ = writeln!(err, "fout: geen enkele bruikbare export gevonden");
        return 1;
    }
    let summary = review::summarise(&group);
    let _ = writeln!(
        out,
        "{} deelnemer(s), {} geweigerd bestand(en)",
        group.trainees.len(),
        group.refused.len()
    );
    let _ = writeln!(out, "Vaardigheid                      gemiddeld  spreiding");
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
            "Moeilijkste scenario: {id} ({n} pogingen, gemiddeld {m:.0}%)"
        );
    }
    let scenarios: Vec<_> = library::load_builtin().into_iter().flatten().collect();
    let coverage: Vec<coverage::Coverage> = scenarios
        .iter()
        .map(|l| coverage::coverage(&l.scenario, &group))
        .collect();
    for c in &coverage {
        let _ = writeln!(
            out,
            "Dekking {}: {} van {} antwoorden door niemand gekozen, {} knopen/einden niet bereikt",
            c.scenario_id,
            c.unchosen.len(),
            c.responses,
            c.unreached.len()
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
                let _ = writeln!(err, "fout: {}: {e}", path.display());
                return 1;
            }
            let _ = writeln!(out, "Geschreven: {}", path.display());
        }
    }
    0
}
