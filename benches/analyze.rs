//! Benchmark: validate + analyze the shipped scenarios, and generated scenarios of 1k–100k nodes.
//! Run: `cargo bench --bench analyze`. Prints what it measured on this machine.

use std::path::Path;
use std::time::{Duration, Instant};

use gesprekstrainer::core::analysis::analyze::analyze;
use gesprekstrainer::core::format::generate::synthetic;
use gesprekstrainer::core::format::library;
use gesprekstrainer::core::format::load::load_bytes;
use gesprekstrainer::core::format::validate::validate;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let runs = 21;
    let shipped: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            for l in library::load_builtin() {
                let l = l.expect("shipped scenarios load");
                std::hint::black_box(validate(&l));
                std::hint::black_box(analyze(&l.scenario));
            }
            t.elapsed()
        })
        .collect();
    let n = library::load_builtin().len();
    println!(
        "shipped scenarios ({n}): load + validate + analyze, median of {runs}: {:.1} ms",
        ms(median(shipped))
    );

    for nodes in [1_000, 10_000, 100_000] {
        let text = ron::ser::to_string(&synthetic(nodes)).expect("serialises");
        let reps = if nodes >= 100_000 { 3 } else { 7 };
        let mut load = Vec::new();
        let mut check = Vec::new();
        let mut anal = Vec::new();
        let mut exact = false;
        for _ in 0..reps {
            let t = Instant::now();
            let l = load_bytes(Path::new("synthetisch.ron"), text.as_bytes()).expect("loads");
            load.push(t.elapsed());
            let t = Instant::now();
            let d = validate(&l);
            check.push(t.elapsed());
            assert!(
                d.iter()
                    .all(|d| d.severity != gesprekstrainer::core::format::validate::Severity::Error),
                "{d:?}"
            );
            let t = Instant::now();
            let a = analyze(&l.scenario);
            anal.push(t.elapsed());
            exact = a.exact;
        }
        let (l, c, a) = (median(load), median(check), median(anal));
        println!(
            "{nodes:>6} nodes ({:.1} MB RON): parse {:.1} ms, validate {:.1} ms, analyze {:.1} ms ({}), validate + analyze {:.1} ms",
            text.len() as f64 / 1e6,
            ms(l),
            ms(c),
            ms(a),
            if exact { "exact" } else { "beam search" },
            ms(c + a)
        );
    }
}
