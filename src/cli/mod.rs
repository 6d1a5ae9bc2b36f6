//! The command line: validate, analyze, graph and play work without a window.

mod analyze;
mod export;
mod import;
mod play;
mod report;
mod review;
mod settings;
mod validate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::core::store::storage::Store;

pub use play::PlayArgs;

#[derive(Parser, Debug)]
#[command(
    name = "gesprekstrainer",
    version,
    about = "Oefen de informele aanpak: telefoongesprekken met geëscaleerde burgers."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of everything shown: nl or en (default: GESPREKSTRAINER_LANG, LC_ALL,
    /// LC_MESSAGES or LANG; otherwise Dutch). Scenario content stays in its own language.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<crate::core::i18n::Lang>,
    /// A shared scenario folder (e.g. on the network), besides the built-in scenarios and the
    /// data folder's own ones; give it more than once for more folders. Also:
    /// GESPREKSTRAINER_SCENARIOS.
    #[arg(long = "scenarios", global = true, value_name = "MAP")]
    pub scenarios: Vec<PathBuf>,
}

fn parse_lang(s: &str) -> Result<crate::core::i18n::Lang, String> {
    crate::core::i18n::Lang::parse(s)
        .ok_or_else(|| format!("'{s}': kies nl of en / choose nl or en"))
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check scenario files or folders (default: the built-in scenarios).
    Validate {
        paths: Vec<PathBuf>,
        /// Treat warnings (authoring smells) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Reachable outcomes, path count, best and worst score, the best path.
    Analyze { path: String },
    /// Write the scenario as a Graphviz or Mermaid graph.
    Graph {
        path: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// Play a call in the terminal, or unattended with --auto / --choose.
    Play(PlayArgs),
    /// Export a trainee's progress for the return day: HTML report, CSV, raw data, xAPI.
    /// The organisation's settings (see `settings`) give the defaults of the options below.
    Export {
        #[arg(long)]
        profile: String,
        #[arg(long)]
        out: PathBuf,
        /// Base IRI for xAPI activity ids and the actor's account (your organisation's site).
        #[arg(long)]
        home_page: Option<String>,
        /// Also send the statements to this Learning Record Store (its xAPI base URL).
        #[arg(long, conflicts_with = "no_lrs")]
        lrs: Option<String>,
        /// LRS user for basic authentication; the password comes from GESPREKSTRAINER_LRS_PASSWORD.
        #[arg(long)]
        lrs_user: Option<String>,
        /// Only write the files, even when the settings name an LRS.
        #[arg(long)]
        no_lrs: bool,
    },
    /// Review a group's exports (folders or export.ron files) for the return day.
    Review {
        paths: Vec<PathBuf>,
        /// Write the group report (groep.html, groep.csv) into this folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Import scenario packs (a folder or .zip with pakket.ron) into the data folder's scenarios.
    Import {
        #[arg(required = true)]
        packs: Vec<PathBuf>,
    },
    /// Create a profile or set its course group code and learning goals.
    Profile {
        name: String,
        #[arg(long)]
        group: Option<String>,
        /// A personal learning goal (give it once or twice).
        #[arg(long = "goal")]
        goals: Vec<String>,
    },
    /// Show the organisation's settings in force, where each value comes from, and the file.
    Settings,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// Resolves a scenario by id or path and checks it; prints the errors and returns `None` if
/// it cannot be played or analysed.
pub(crate) fn load_valid(
    store: &Store,
    spec: &str,
    err: &mut dyn Write,
) -> Option<(
    crate::core::format::load::Loaded,
    crate::core::analysis::analyze::Analysis,
)> {
    use crate::core::format::validate::{Located, Severity};
    let loaded = match crate::core::store::library::resolve(store, spec) {
        Ok((l, _)) => l,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return None;
        }
    };
    let (diags, analysis) = crate::core::analysis::checks::check(&loaded);
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    for d in &errors {
        let _ = writeln!(err, "{}", Located(&loaded.path, d));
    }
    match analysis {
        Some(a) if errors.is_empty() => Some((loaded, a)),
        _ => None,
    }
}

/// Runs a command with the given streams; returns the process exit code.
/// Runs a command on the user data in `store`.
pub fn run(
    store: &Store,
    command: Command,
    input: &mut dyn std::io::BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let code = match command {
        Command::Validate { paths, strict } => validate::run(store, &paths, strict, out, err),
        Command::Analyze { path } => analyze::run(store, &path, out, err),
        Command::Graph { path, format } => analyze::graph(store, &path, format, out, err),
        Command::Play(args) => play::run(store, &args, input, out, err),
        Command::Export {
            profile,
            out: dir,
            home_page,
            lrs,
            lrs_user,
            no_lrs,
        } => {
            let flags = crate::core::store::settings::Flags {
                home_page,
                lrs_endpoint: lrs,
                lrs_user,
            };
            export::run(store, &profile, &dir, &flags, no_lrs, out, err)
        }
        Command::Review { paths, out: dir } => review::run(store, &paths, dir.as_ref(), out, err),
        Command::Import { packs } => import::run(store, &packs, out, err),
        Command::Profile { name, group, goals } => {
            export::profile(store, &name, group.as_deref(), &goals, out, err)
        }
        Command::Settings => settings::run(store, out, err),
    };
    ExitCode::from(code)
}
