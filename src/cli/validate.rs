//! `gesprekstrainer validate [--strict]`: one line per problem, exit 1 when any file has an
//! error (with `--strict`, also a warning).

use crate::core::store::storage::Store;
use std::io::Write;
use std::path::PathBuf;

use crate::core::analysis::checks;
use crate::core::format::load::{self, LoadError, Loaded};
use crate::core::format::validate::{Located, Severity};
use crate::tr;

pub fn run(
    store: &Store,
    paths: &[PathBuf],
    strict: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    // Without paths: everything this user can play (built in, own folder, packs, shared).
    let loaded: Vec<Result<Loaded, LoadError>> = if paths.is_empty() {
        crate::core::store::library::load_all(store)
            .into_iter()
            .map(|r| r.map(|(l, _)| l))
            .collect()
    } else {
        match load::scenario_files(paths) {
            Ok(files) => files.iter().map(|f| load::load_file(f)).collect(),
            Err(e) => vec![Err(e)],
        }
    };
    if loaded.is_empty() {
        let _ = writeln!(
            err,
            "{}",
            tr!("terminal-error", message = tr!("validator-no-files"))
        );
        return 1;
    }
    let mut errors = 0;
    let mut warnings = 0;
    for l in &loaded {
        match l {
            Err(e) => {
                errors += 1;
                let _ = writeln!(err, "{e}");
            }
            Ok(l) => {
                for mut d in checks::check(l).0 {
                    if strict {
                        d.severity = Severity::Error;
                    }
                    match d.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                    }
                    let _ = writeln!(err, "{}", Located(&l.path, &d));
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "validator-summary",
            files = loaded.len(),
            errors = errors,
            warnings = warnings
        )
    );
    u8::from(errors > 0)
}
