//! Generated groups of exports, for tests and the review benchmark.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::core::analysis::analyze::{Analysis, analyze};
use crate::core::engine::session::{Mode, Session, Step};
use crate::core::export::bundle::{self, Bundle, EXPORT_FORMAT};
use crate::core::format::load::Loaded;
use crate::core::store::progress::{Attempt, FORMAT_VERSION, Profile};
use crate::core::store::storage;

/// One trainee's export with `attempts` random-walk calls over the given scenarios.
pub fn trainee(i: usize, attempts: usize, scenarios: &[(Loaded, Analysis)]) -> Bundle {
    let mut rng = ChaCha8Rng::seed_from_u64(i as u64);
    let mut list = Vec::new();
    for k in 0..attempts {
        let (l, a) = &scenarios[(i + k) % scenarios.len()];
        let mut s = Session::start(&l.scenario, (i * 31 + k) as u64, Mode::Training)
            .expect("valid scenario");
        while let Ok(Step::Line { choices, .. }) = s.step(&l.scenario) {
            // Mostly the first (often good) response, sometimes another: a group of mixed skill.
            let c = if rng.random_bool(0.6) {
                0
            } else {
                rng.random_range(0..choices.len())
            };
            if s.choose(&l.scenario, c, None).is_err() {
                break;
            }
        }
        let prep = crate::core::engine::scoring::correct_prep(&l.scenario);
        let after = crate::core::engine::scoring::correct_answers(&l.scenario.after_call);
        let r = s.finish(&l.scenario, &a.reference_for(s.variant()), &prep, &after);
        let mut att = Attempt::new(l, s, prep, after, r);
        att.self_after = Some([rng.random_range(1..=5u8); 8]);
        list.push(att);
    }
    Bundle {
        format: EXPORT_FORMAT,
        exported: Utc::now(),
        profile: Profile {
            format: FORMAT_VERSION,
            name: format!("Deelnemer {i:05}"),
            group: Some("TEST".into()),
            created: Utc::now(),
            goals: vec!["Eerst erkennen".into()],
            display: None,
        },
        learning_goals: vec!["Eerst erkennen".into()],
        attempts: list,
        organisation: None,
    }
}

/// Writes `n` trainee exports as `dir/deelnemer-NNNNN/export.ron`; returns the folders.
pub fn write_group(dir: &Path, n: usize, attempts: usize) -> std::io::Result<Vec<PathBuf>> {
    let scenarios: Vec<(Loaded, Analysis)> = crate::core::format::library::load_builtin()
        .into_iter()
        .flatten()
        .map(|l| {
            let a = analyze(&l.scenario);
            (l, a)
        })
        .collect();
    let mut out = Vec::new();
    for i in 0..n {
        let b = trainee(i, attempts, &scenarios);
        let folder = dir.join(format!("deelnemer-{i:05}"));
        storage::write_atomic(
            &folder.join("export.ron"),
            bundle::to_text(&b)
                .map_err(std::io::Error::other)?
                .as_bytes(),
        )?;
        out.push(folder);
    }
    Ok(out)
}
