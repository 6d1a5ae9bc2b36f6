//! `gesprekstrainer settings`: the organisation's settings in force, where each value came from,
//! and the settings file's path (with an example to copy when there is none).

use crate::core::store::storage::Store;
use std::io::Write;

use crate::core::export::html::long_date;
use crate::core::store::settings::{self, Flags, Resolved, Setting, Source};
use crate::tr;

pub fn run(store: &Store, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match settings::resolve(store, &Flags::default()) {
        Ok(s) => {
            let _ = out.write_all(show(&s).as_bytes());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            1
        }
    }
}

/// The settings as printed: a heading, the file, one aligned line per value, and the example
/// when the file is missing.
fn show(s: &Resolved) -> String {
    let text = |v: &Setting<Option<String>>| {
        v.value
            .clone()
            .unwrap_or_else(|| tr!("terminal-settings-not-set"))
    };
    let password = if s.lrs_password_set {
        (
            tr!("terminal-settings-password-set"),
            Source::Environment(settings::LRS_PASSWORD_ENV),
        )
    } else {
        (tr!("terminal-settings-not-set"), Source::Default)
    };
    let rows = [
        (
            tr!("terminal-settings-organisation"),
            text(&s.organisation),
            &s.organisation.source,
        ),
        (
            tr!("terminal-settings-home-page"),
            s.home_page.value.clone(),
            &s.home_page.source,
        ),
        (
            tr!("terminal-settings-lrs"),
            text(&s.lrs_endpoint),
            &s.lrs_endpoint.source,
        ),
        (
            tr!("terminal-settings-lrs-user"),
            text(&s.lrs_user),
            &s.lrs_user.source,
        ),
        (
            tr!("terminal-settings-lrs-password"),
            password.0,
            &password.1,
        ),
        (
            tr!("terminal-settings-group"),
            text(&s.group),
            &s.group.source,
        ),
        (
            tr!("terminal-settings-return-day"),
            s.return_day
                .value
                .map(long_date)
                .unwrap_or_else(|| tr!("terminal-settings-not-set")),
            &s.return_day.source,
        ),
    ];
    let path = s.file.display().to_string();
    let mut o = format!("{}\n", tr!("terminal-settings-heading"));
    o.push_str(&if s.file_exists {
        tr!("terminal-settings-file", path = path.as_str())
    } else {
        tr!("terminal-settings-file-missing", path = path.as_str())
    });
    o.push('\n');
    let label_width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    for (label, value, source) in &rows {
        o.push_str(&format!(
            "  {label:<label_width$}  {value:<value_width$}  ({source})\n"
        ));
    }
    if !s.file_exists {
        o.push('\n');
        o.push_str(&tr!("terminal-settings-example", path = path.as_str()));
        o.push('\n');
        o.push_str(settings::EXAMPLE);
    }
    o
}
