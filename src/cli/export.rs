//! `gesprekstrainer export` and `gesprekstrainer profile`: the return-day export (with the
//! organisation's settings) and profile details.

use crate::core::store::storage::Store;
use std::io::Write;
use std::path::Path;

use crate::core::export::{self, xapi};
use crate::core::store::progress;
use crate::core::store::settings::{self, Flags, Resolved};
use crate::tr;

/// "fout: …" in the interface language.
fn error(message: impl std::fmt::Display) -> String {
    tr!("terminal-error", message = message.to_string())
}

/// Writes the export; sends the statements to the LRS when the settings (or `--lrs`) name one,
/// unless `no_lrs`.
pub fn run(
    store: &Store,
    profile: &str,
    out_dir: &Path,
    flags: &Flags,
    no_lrs: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let settings = match settings::resolve(store, flags) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return 1;
        }
    };
    if !progress::profile_dir(store, profile).is_dir() {
        let _ = writeln!(
            err,
            "{}",
            error(tr!(
                "terminal-no-profile",
                name = profile,
                dir = store.root.display().to_string()
            ))
        );
        return 1;
    }
    let (bundle, problems) = export::collect(store, profile, &settings);
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
    match export::write_all(&bundle, out_dir, &settings) {
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
            match &settings.lrs_endpoint.value {
                Some(url) if !no_lrs => send_to_lrs(&bundle, &settings, url, out_dir, out, err),
                _ => 0,
            }
        }
        Err(e) => {
            let _ = writeln!(err, "{}", error(format!("{}: {e}", out_dir.display())));
            1
        }
    }
}

/// Creates a profile or updates its group code and learning goals. Without `--group`, a profile
/// that has no group gets the settings' default group.
pub fn profile(
    store: &Store,
    name: &str,
    group: Option<&str>,
    goals: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let has_group = || progress::read_profile(store, name).is_ok_and(|p| p.group.is_some());
    let default_group = if group.is_none() && !has_group() {
        match settings::resolve(store, &Flags::default()) {
            Ok(s) => s.group.value,
            Err(e) => {
                let _ = writeln!(err, "{e}");
                return 1;
            }
        }
    } else {
        None
    };
    let group = group.or(default_group.as_deref());
    let result = progress::ensure_profile(store, name, group)
        .and_then(|()| progress::update_profile(store, name, group, goals));
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
/// Attempts the LRS already holds under the earlier ids keep them, in `xapi.json` too.
fn send_to_lrs(
    bundle: &export::bundle::Bundle,
    settings: &Resolved,
    url: &str,
    out_dir: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let password = std::env::var(settings::LRS_PASSWORD_ENV).unwrap_or_default();
    let user = settings.lrs_user.value.as_deref().unwrap_or_default();
    let lrs = export::lrs::Lrs::new(url, user, &password);
    let fail = |err: &mut dyn Write, e: &dyn std::fmt::Display| {
        let _ = writeln!(err, "{}", error(e));
        1
    };
    let legacy = match lrs.sent_under_legacy_ids(bundle) {
        Ok(l) => l,
        Err(e) => return fail(err, &e),
    };
    let statements = xapi::statements_keeping(bundle, &settings.home_page.value, &legacy);
    if !legacy.is_empty() {
        if let Err(e) = export::write_statements(out_dir, &statements) {
            return fail(err, &format!("{}: {e}", out_dir.display()));
        }
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-lrs-legacy", attempts = legacy.len())
        );
    }
    let stored = match lrs.send(&statements) {
        Ok(ids) => ids,
        Err(e) => return fail(err, &e),
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
                return fail(
                    err,
                    &tr!("terminal-read-back-failed", message = e.to_string()),
                );
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
    let already = statements.len().saturating_sub(stored.len());
    if already > 0 {
        let _ = writeln!(out, "{}", tr!("terminal-lrs-already", count = already));
    }
    if found < statements.len() {
        return fail(
            err,
            &tr!(
                "terminal-lrs-lost",
                found = found.to_string(),
                total = statements.len().to_string()
            ),
        );
    }
    0
}
