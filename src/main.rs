//! Thin binary: parse the command line, then run a command or the simulator window.

use std::process::ExitCode;

use clap::Parser;
use gesprekstrainer::cli::{self, Cli};

fn main() -> ExitCode {
    let parsed = Cli::parse();
    gesprekstrainer::crash::install();
    use gesprekstrainer::core::i18n;
    i18n::set(parsed.lang.unwrap_or_else(i18n::from_env));
    gesprekstrainer::core::store::library::set_shared_dirs(parsed.scenarios);
    match parsed.command {
        Some(command) => {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let store = gesprekstrainer::core::store::storage::Store::from_env();
            cli::run(
                &store,
                command,
                &mut input,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            )
        }
        None => run_app(),
    }
}

#[cfg(feature = "app")]
fn run_app() -> ExitCode {
    // winit allows one event loop per process: say why not before trying to build one.
    if let Err(why) = gesprekstrainer::app::preflight() {
        eprintln!("{why}\n{}", gesprekstrainer::tr!("terminal-crash-hint"));
        return ExitCode::from(gesprekstrainer::crash::EXIT_CODE as u8);
    }
    gesprekstrainer::app::run()
}

#[cfg(not(feature = "app"))]
fn run_app() -> ExitCode {
    eprintln!("{}", gesprekstrainer::tr!("terminal-no-window"));
    ExitCode::from(2)
}
