//! `gesprekstrainer import PACK…`: scenario packs into the data folder, one line per scenario
//! imported or refused. Exit 1 when anything was refused (the rest is imported all the same).

use std::io::Write;
use std::path::PathBuf;

use crate::core::store::library;
use crate::core::store::storage::Store;
use crate::tr;

pub fn run(store: &Store, packs: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = 0;
    for pack in packs {
        match library::import_pack(store, pack) {
            Ok(report) => {
                for line in report.done_lines() {
                    let _ = writeln!(out, "{line}");
                }
                for line in report.refused_lines() {
                    let _ = writeln!(err, "{line}");
                    code = 1;
                }
                if report.imported.is_empty() {
                    code = 1;
                }
            }
            Err(e) => {
                let _ = writeln!(err, "{}", tr!("terminal-error", message = e.to_string()));
                code = 1;
            }
        }
    }
    if !packs.is_empty() {
        let dir = store.scenarios();
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-imported-into", dir = dir.display().to_string())
        );
    }
    code
}
