//! Benchmark: import and summarise a group's exports (100 / 1,000 / 10,000 trainees, 3 calls each).
//! Run: `cargo bench --bench review`. Prints what it measured on this machine.

use gesprekstrainer::core::store::storage::Store;
use std::time::Instant;

use gesprekstrainer::core::format::library;
use gesprekstrainer::core::review::{self, coverage, sample};

fn main() {
    let sizes: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![100, 1_000, 10_000]
    } else {
        sizes
    };
    let scenarios: Vec<_> = library::load_builtin().into_iter().flatten().collect();
    for n in sizes {
        let dir = std::env::temp_dir().join(format!("gt-review-bench-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        sample::write_group(&dir, n, 3).expect("writes the group");
        let made = t.elapsed();
        let bytes: u64 = walk_size(&dir);
        let t = Instant::now();
        let group = review::import(
            &Store::new(std::env::temp_dir().join("gt-review-geen-eigen-scenarios")),
            std::slice::from_ref(&dir),
        );
        let imported = t.elapsed();
        let summary = review::summarise(&group);
        let cov: Vec<_> = scenarios
            .iter()
            .map(|l| coverage::coverage(&l.scenario, &group))
            .collect();
        let total = t.elapsed();
        assert_eq!(group.trainees.len(), n);
        assert!(group.refused.is_empty());
        std::hint::black_box((&summary, &cov));
        println!(
            "{n:>6} exports ({:.0} MB; generated in {:.1} s): import {:.0} ms, import + summary + coverage {:.0} ms",
            bytes as f64 / 1e6,
            made.as_secs_f64(),
            imported.as_secs_f64() * 1000.0,
            total.as_secs_f64() * 1000.0
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn walk_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|it| {
            it.filter_map(|e| e.ok())
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        walk_size(&p)
                    } else {
                        e.metadata().map_or(0, |m| m.len())
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}
