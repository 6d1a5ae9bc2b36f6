//! `gesprekstrainer export` and `gesprekstrainer profile`: the return-day export and profile details.

use std::io::Write;
use std::path::Path;

use crate::core::export::{self, xapi};
use crate::core::store::progress;
use crate::tr;

/// "fout: …" in the interface language.
fn error(message: impl std::fmt::Display) -> String {
    tr!("terminal-error", message = message.to_string())
}

pub fn run(
    profile: &str,
    out_dir: &Path,
    home_page: Option<&str>,
    lrs: Option<(String, String)>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if !progress::profile_dir(profile).is_dir() {
        let _ = writeln!(
            err,
            "{}",
            error(tr!(
                "terminal-no-profile",
                name = profile,
                dir = crate::core::store::storage::data_dir()
                    .display()
                    .to_string()
            ))
        );
        return 1;
    }
    let (bundle, problems) = export::collect(profile);
    for p in &problems {
        let _ = writeln!(
            err,
            "{}",
            tr!(
                "terminal-warning",
                message = tr!("terminal-skipped", problem = p.to_string())
            )
        );
    }
    match export::write_all(
        &bundle,
        out_dir,
        home_page.unwrap_or(xapi::DEFAULT_HOME_PAGE),
    ) {
        Ok(files) => {
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "terminal-exported",
                    attempts = bundle.attempts.len(),
                    name = bundle.profile.name.as_str()
                )
            );
            for f in files {
                let _ = writeln!(out, "  {}", f.display());
            }
            match lrs {
                Some((url, user)) => send_to_lrs(
                    &bundle,
                    home_page.unwrap_or(xapi::DEFAULT_HOME_PAGE),
                    &url,
                    &user,
                    out,
                    err,
                ),
                None => 0,
            }
        }
        Err(e) => {
            let _ = writeln!(err, "{}", error(format!("{}: {e}", out_dir.display())));
            1
        }
    }
}

/// Creates a profile or updates its group code and learning goals.
pub fn profile(
    name: &str,
    group: Option<&str>,
    goals: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let result = progress::ensure_profile(name, group)
        .and_then(|()| progress::update_profile(name, group, goals));
    match result {
        Ok(p) => {
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "terminal-profile",
                    name = p.name.as_str(),
                    group = p.group.as_deref().unwrap_or("—"),
                    goals = if p.goals.is_empty() {
                        tr!("terminal-no-goals")
                    } else {
                        p.goals.join(" | ")
                    }
                )
            );
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{}", error(e));
            1
        }
    }
}

/// Sends the statements to the LRS and reads every attempt back to check nothing was lost.
fn send_to_lrs(
    bundle: &export::bundle::Bundle,
    home_page: &str,
    url: &str,
    user: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let password = std::env::var("GESPREKSTRAINER_LRS_PASSWORD").unwrap_or_default();
    let statements = xapi::statements(bundle, home_page);
    let lrs = export::lrs::Lrs::new(url, user, &password);
    let stored = match lrs.send(&statements) {
        Ok(ids) => ids,
        Err(e) => {
            let _ = writeln!(err, "{}", error(e));
            return 1;
        }
    };
    let mut registrations: Vec<&str> = statements
        .iter()
        .filter_map(|s| s["context"]["registration"].as_str())
        .collect();
    registrations.sort_unstable();
    registrations.dedup();
    let mut found = 0;
    for r in registrations {
        match lrs.read_registration(r) {
            Ok(list) => found += list.len(),
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}",
                    error(tr!("terminal-read-back-failed", message = e.to_string()))
                );
                return 1;
            }
        }
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "terminal-lrs-sent",
            statements = statements.len(),
            stored = stored.len().to_string(),
            found = found.to_string()
        )
    );
    if found < statements.len() {
        let _ = writeln!(
            err,
            "{}",
            error(tr!(
                "terminal-lrs-lost",
                found = found.to_string(),
                total = statements.len().to_string()
            ))
        );
        return 1;
    }
    0
}
