//! When the program cannot go on: a short message in the interface language that names the
//! cause, a log file with the details, exit code 2 — never a Rust backtrace on the trainee's
//! screen.

use std::io::Write;
use std::path::PathBuf;

use crate::core::store::storage;
use crate::tr;

/// The exit code for "could not start or had to stop".
pub const EXIT_CODE: i32 = 2;

/// What to tell the user about a panic message: the cause in plain words, in the interface
/// language (the name stays for now).
pub fn cause_nl(message: &str) -> &'static str {
    let m = message.to_lowercase();
    if m.contains("event loop") || m.contains("display") || m.contains("x11") {
        crate::core::i18n::tr_static("terminal-crash-no-display")
    } else if m.contains("gpu") || m.contains("adapter") || m.contains("vulkan") {
        crate::core::i18n::tr_static("terminal-crash-no-gpu")
    } else {
        crate::core::i18n::tr_static("terminal-crash-unexpected")
    }
}

/// The hint that always follows: the terminal works without a window. This is the Dutch text;
/// what is shown comes from `terminal-crash-hint` in the interface language.
pub const TERMINAL_HINT: &str = "U kunt ook in de terminal oefenen, zonder venster: gesprekstrainer play klacht-stadswinkel (of een ander scenario-id).";

/// Installs the panic hook: the message (in the interface language) on stderr, the details in a log file in the data
/// folder, then exit with [`EXIT_CODE`].
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = match (
            info.payload().downcast_ref::<&str>(),
            info.payload().downcast_ref::<String>(),
        ) {
            (Some(s), _) => (*s).to_owned(),
            (_, Some(s)) => s.clone(),
            _ => tr!("terminal-crash-no-message"),
        };
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let log = write_log(&message, &place);
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", cause_nl(&message));
        let _ = writeln!(err, "{}", tr!("terminal-crash-hint"));
        match log {
            Some(path) => {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(
                        "terminal-crash-details-in",
                        path = path.display().to_string()
                    )
                );
            }
            None => {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(
                        "terminal-crash-details",
                        message = message.as_str(),
                        place = place.as_str()
                    )
                );
            }
        }
        std::process::exit(EXIT_CODE);
    }));
}

/// Writes the message, its place and a backtrace to `logs/fout-<time>.log` in the data folder.
fn write_log(message: &str, place: &str) -> Option<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    // A panic can come from anywhere: the hook finds the data folder the way start-up does.
    let path = storage::Store::from_env()
        .logs()
        .join(format!("fout-{stamp}.log"));
    let text = format!(
        "Gesprekstrainer {}\n{message}\n{}\n\n{}\n",
        env!("CARGO_PKG_VERSION"),
        tr!("terminal-crash-log-at", place = place),
        std::backtrace::Backtrace::force_capture()
    );
    storage::write_atomic(&path, text.as_bytes()).ok()?;
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::cause_nl;

    #[test]
    fn the_known_start_failures_are_named() {
        assert!(cause_nl("Failed to build event loop: NotSupported").contains("beeldscherm"));
        assert!(
            cause_nl("Unable to find a GPU! Make sure you have installed required drivers!")
                .contains("grafische kaart")
        );
        assert!(cause_nl("index out of bounds").contains("onverwachte fout"));
    }
}
