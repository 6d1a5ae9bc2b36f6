//! `gesprekstrainer play`: an interactive call in the terminal, or an unattended replay.

use std::io::{BufRead, Write};

use clap::{Args, ValueEnum};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::report;
use crate::core::analysis::analyze::Analysis;
use crate::core::engine::scoring::correct_answers;
use crate::core::engine::session::{Mode, Session, Step};
use crate::core::format::load::Loaded;
use crate::core::format::scenario::{PrepQuestion, Scenario};
use crate::core::store::progress::{self, Attempt, CallInProgress};
use crate::core::store::storage::Store;
use crate::tr;

/// "fout: …" in the interface language.
fn error(message: impl std::fmt::Display) -> String {
    tr!("terminal-error", message = message.to_string())
}

#[derive(Args, Debug, Clone)]
pub struct PlayArgs {
    /// Scenario id (built-in) or path to a scenario file. With --attempt: the attempt's own
    /// scenario unless given.
    #[arg(required_unless_present = "attempt")]
    pub scenario: Option<String>,
    /// A saved attempt (.ron) to practise again from --from-turn: "wat als?". Never saved.
    #[arg(long, requires = "from_turn")]
    pub attempt: Option<std::path::PathBuf>,
    /// With --attempt: the turn (1-based) to start from; the turns before it are kept.
    #[arg(long, requires = "attempt")]
    pub from_turn: Option<usize>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_enum, default_value_t = ModeArg::Training)]
    pub mode: ModeArg,
    /// Play unattended: random, best or worst choices.
    #[arg(long, value_enum, conflicts_with = "choose")]
    pub auto: Option<Auto>,
    /// Play unattended with these choices (1-based), e.g. 2,1,3.
    #[arg(long, value_delimiter = ',')]
    pub choose: Option<Vec<usize>>,
    /// Preparation answers (1-based) for unattended play, e.g. 1,2,2.
    #[arg(long, value_delimiter = ',')]
    pub prep: Option<Vec<usize>>,
    /// Answers (1-based) to the questions after the call, for unattended play, one per
    /// question in file order (a question the call does not ask is skipped), e.g. 2,1.
    #[arg(long, value_delimiter = ',')]
    pub after: Option<Vec<usize>>,
    /// Save the call (after every choice) and the attempt under this profile.
    #[arg(long)]
    pub profile: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Training,
    Test,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Auto {
    Random,
    Best,
    Worst,
}

pub fn run(
    store: &Store,
    args: &PlayArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let attempt = match &args.attempt {
        Some(path) => match progress::read_attempt(path) {
            Ok(a) => Some(a),
            Err(e) => {
                let _ = writeln!(err, "{}", error(e));
                return 1;
            }
        },
        None => None,
    };
    let spec = match (&args.scenario, &attempt) {
        (Some(s), _) => s.clone(),
        (None, Some(a)) => a.scenario_id.clone(),
        (None, None) => unreachable!("clap requires a scenario or --attempt"),
    };
    let Some((loaded, analysis)) = super::load_valid(store, &spec, err) else {
        return 1;
    };
    if let (Some(a), Some(turn)) = (&attempt, args.from_turn) {
        let Some(session) = rewound(a, turn, &loaded, out, err) else {
            return 1;
        };
        // Practice: nothing is saved, whatever --profile says.
        let args = &PlayArgs {
            profile: None,
            ..args.clone()
        };
        return if args.auto.is_some() || args.choose.is_some() {
            unattended(store, args, &loaded, &analysis, Some(session), out, err)
        } else {
            interactive(
                store,
                args,
                &loaded,
                &analysis,
                Some(session),
                input,
                out,
                err,
            )
        };
    }
    if args.auto.is_some() || args.choose.is_some() {
        unattended(store, args, &loaded, &analysis, None, out, err)
    } else {
        interactive(store, args, &loaded, &analysis, None, input, out, err)
    }
}

/// The attempt's call rewound to `turn`, with the transcript up to there; `None` (with a
/// message) when the scenario changed since the attempt or the turn does not exist.
fn rewound(
    attempt: &Attempt,
    turn: usize,
    loaded: &Loaded,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Option<Session> {
    if attempt.scenario_id != loaded.scenario.id
        || attempt.scenario_version != loaded.scenario.version
        || attempt.content_hash != progress::content_hash(&loaded.source)
    {
        let _ = writeln!(
            err,
            "{}",
            error(tr!(
                "terminal-scenario-changed",
                id = attempt.scenario_id.as_str()
            ))
        );
        return None;
    }
    let session = match attempt.session.rewind(&loaded.scenario, turn) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "{}", error(e));
            return None;
        }
    };
    let _ = writeln!(out, "{}", tr!("terminal-rewind-start", turn = turn));
    let _ = writeln!(out, "{}", tr!("terminal-rewind-original", turn = turn));
    for t in session.turns() {
        let cue = t
            .cue
            .as_deref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-citizen", cue = cue, line = t.line.as_str())
        );
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-you", response = t.response.as_str())
        );
    }
    let _ = writeln!(out, "{}", tr!("terminal-rewind-choose-again"));
    Some(session)
}

fn unattended(
    store: &Store,
    args: &PlayArgs,
    loaded: &Loaded,
    analysis: &Analysis,
    from: Option<Session>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mode = mode_of(args);
    let s = &loaded.scenario;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    let prep = unattended_answers(&s.preparation, args.prep.as_deref(), args.auto, &mut rng);
    let after = unattended_answers(&s.after_call, args.after.as_deref(), args.auto, &mut rng);
    let rewound = from.is_some();
    let mut session = match from.map_or_else(|| Session::start(s, args.seed, mode), Ok) {
        Ok(x) => x,
        Err(e) => {
            let _ = writeln!(err, "{}: {}", loaded.path.display(), error(e));
            return 1;
        }
    };
    let path: Vec<usize> = match (args.auto, &args.choose) {
        // From a rewound moment the analyzer's paths (which start at the beginning) do not
        // apply: best plays the best answer at every moment, worst is refused.
        (Some(Auto::Worst), _) if rewound => {
            let _ = writeln!(err, "{}", error(tr!("terminal-auto-worst-rewound")));
            return 2;
        }
        (Some(Auto::Best), _) if rewound => {
            let mut ahead = session.clone();
            if let Err(e) = crate::core::analysis::replay::continue_clean(s, &mut ahead) {
                let _ = writeln!(err, "{}", error(e));
                return 2;
            }
            ahead.turns()[session.turns().len()..]
                .iter()
                .map(|t| t.choice)
                .collect()
        }
        (Some(Auto::Best), _) => analysis.clean_for(session.variant()).path.clone(),
        (Some(Auto::Worst), _) => analysis.worst_path.clone(),
        (_, Some(c)) => c.clone().into_iter().map(|x| x.wrapping_sub(1)).collect(),
        _ => Vec::new(),
    };
    let clock = std::time::Instant::now();
    let mut i = 0;
    while !session.is_ended() {
        let choice = if args.auto == Some(Auto::Random) {
            let n = match session.step(s) {
                Ok(Step::Line { choices, .. }) => choices.len(),
                _ => 0,
            };
            // Ids are the file order; the draw is over them, not over the screen order.
            rng.random_range(0..n.max(1))
        } else if let Some(&c) = path.get(i) {
            c
        } else {
            let _ = writeln!(err, "{}", error(tr!("terminal-choices-ran-out", turns = i)));
            return 2;
        };
        i += 1;
        let at = Some(clock.elapsed().as_millis() as u64);
        if let Err(e) = session.choose(s, choice, at) {
            let _ = writeln!(
                err,
                "{}",
                error(tr!(
                    "terminal-turn-error",
                    turn = i,
                    message = e.to_string()
                ))
            );
            return 2;
        }
        if let Some(t) = session.turns().last() {
            report::turn(out, t, mode == Mode::Training);
        }
        save_progress(store, args, &session, &prep, err);
    }
    let mut answers = |_: &[bool], _: &mut dyn Write| Some(after.clone());
    finish(
        store,
        args,
        loaded,
        analysis,
        &session,
        &prep,
        &mut answers,
        out,
        err,
    )
}

fn mode_of(args: &PlayArgs) -> Mode {
    match args.mode {
        ModeArg::Training => Mode::Training,
        ModeArg::Test => Mode::Test,
    }
}

/// Answers for unattended play: as given (1-based), or correct, wrong or random with `--auto`.
fn unattended_answers(
    questions: &[PrepQuestion],
    given: Option<&[usize]>,
    auto: Option<Auto>,
    rng: &mut ChaCha8Rng,
) -> Vec<Option<usize>> {
    match (given, auto) {
        (Some(p), _) => (0..questions.len())
            .map(|i| p.get(i).and_then(|c| c.checked_sub(1)))
            .collect(),
        (None, Some(Auto::Best)) => correct_answers(questions),
        (None, Some(Auto::Worst)) => questions
            .iter()
            .map(|q| q.options.iter().position(|o| !o.correct))
            .collect(),
        (None, Some(Auto::Random)) => questions
            .iter()
            .map(|q| Some(rng.random_range(0..q.options.len().max(1))))
            .collect(),
        (None, None) => vec![None; questions.len()],
    }
}

/// The after-call answers: `asked[i]` says whether question `i` is asked; `None` stops.
type AfterCall<'a> = dyn FnMut(&[bool], &mut dyn Write) -> Option<Vec<Option<usize>>> + 'a;

#[allow(clippy::too_many_arguments)]
fn finish(
    store: &Store,
    args: &PlayArgs,
    loaded: &Loaded,
    analysis: &Analysis,
    session: &Session,
    prep: &[Option<usize>],
    after_call: &mut AfterCall,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let s = &loaded.scenario;
    if let Ok(Step::Ended { cue, line, .. }) = session.step(s) {
        let cue = cue.map(|c| format!(" {c}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-citizen", cue = cue, line = line.to_string())
        );
    }
    let asked = session.asked_after_call(s);
    let Some(after) = after_call(&asked, out) else {
        let _ = writeln!(out, "\n{}", tr!("terminal-stopped-before-after-call"));
        return 0;
    };
    if session.mode() == Mode::Test {
        let _ = writeln!(out, "\n{}", tr!("terminal-feedback-per-turn"));
        for t in session.turns() {
            report::turn(out, t, true);
        }
    }
    let result = session.finish(s, &analysis.reference_for(session.variant()), prep, &after);
    report::result(out, &result);
    if let Some(name) = &args.profile {
        let attempt = Attempt::new(loaded, session.clone(), prep.to_vec(), after, result);
        match progress::save_attempt(store, name, &attempt) {
            Ok(p) => {
                let _ = writeln!(
                    out,
                    "{}",
                    tr!("terminal-saved", path = p.display().to_string())
                );
            }
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}",
                    error(tr!("terminal-attempt-not-saved", message = e.to_string()))
                );
                return 1;
            }
        }
    }
    0
}

fn save_progress(
    store: &Store,
    args: &PlayArgs,
    session: &Session,
    prep: &[Option<usize>],
    err: &mut dyn Write,
) {
    if let Some(name) = &args.profile
        && let Err(e) = progress::save_current(
            store,
            name,
            &CallInProgress::new(session.clone(), prep.to_vec(), 0),
        )
    {
        let _ = writeln!(
            err,
            "{}",
            tr!(
                "terminal-warning",
                message = tr!("terminal-progress-not-saved", message = e.to_string())
            )
        );
    }
}

fn ask(input: &mut dyn BufRead, out: &mut dyn Write, prompt: &str) -> Option<String> {
    let _ = write!(out, "{prompt}");
    let _ = out.flush();
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim().to_owned()),
    }
}

#[allow(clippy::too_many_arguments)]
fn interactive(
    store: &Store,
    args: &PlayArgs,
    loaded: &Loaded,
    analysis: &Analysis,
    from: Option<Session>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mode = mode_of(args);
    let s: &Scenario = &loaded.scenario;
    let rewound = from.is_some();
    let mut session = from;
    let mut prep = vec![None; s.preparation.len()];
    let current = match &args.profile {
        Some(name) => progress::load_current(store, name).unwrap_or_else(|e| {
            // The broken file was set aside; say so and start fresh.
            let _ = writeln!(err, "{}", tr!("terminal-warning", message = e.to_string()));
            None
        }),
        None => None,
    };
    if let Some(saved) = current
        && saved.session.check_scenario(s).is_ok()
        && !saved.session.is_ended()
    {
        let _ = writeln!(
            out,
            "{}",
            tr!("terminal-resume-offer", turns = saved.session.turns().len())
        );
        let yes = tr!("terminal-yes-letter");
        if ask(input, out, &format!("{} ", tr!("terminal-resume-question")))
            .is_some_and(|a| a.eq_ignore_ascii_case(&yes))
        {
            prep = saved.prep;
            session = Some(saved.session);
        }
    }
    if rewound {
        return call(
            store, args, loaded, analysis, session, prep, input, out, err,
        );
    }
    let _ = writeln!(out, "== {} ==\n{}\n", s.title, s.summary);
    let _ = writeln!(
        out,
        "{}",
        tr!("terminal-dossier", decision = s.dossier.decision.as_str())
    );
    for (title, items) in [
        (tr!("terminal-dossier-facts"), &s.dossier.facts),
        (tr!("terminal-dossier-deadlines"), &s.dossier.deadlines),
        (tr!("terminal-dossier-room"), &s.dossier.room),
        (
            tr!("terminal-dossier-third-parties"),
            &s.dossier.third_parties,
        ),
    ] {
        if !items.is_empty() {
            let _ = writeln!(out, "{title}:");
            for i in items {
                let _ = writeln!(out, "  - {i}");
            }
        }
    }
    if session.is_none() {
        let _ = writeln!(out, "\n{}", tr!("terminal-preparation"));
        let all = vec![true; s.preparation.len()];
        match ask_questions(&s.preparation, &all, mode, input, out) {
            Some(p) => prep = p,
            None => return 0,
        }
    }
    call(
        store, args, loaded, analysis, session, prep, input, out, err,
    )
}

/// The call itself, from the start or from a resumed or rewound moment.
#[allow(clippy::too_many_arguments)]
fn call(
    store: &Store,
    args: &PlayArgs,
    loaded: &Loaded,
    analysis: &Analysis,
    session: Option<Session>,
    prep: Vec<Option<usize>>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mode = mode_of(args);
    let s: &Scenario = &loaded.scenario;
    let mut session = match session.map_or_else(|| Session::start(s, args.seed, mode), Ok) {
        Ok(x) => x,
        Err(e) => {
            let _ = writeln!(err, "{}", error(e));
            return 1;
        }
    };
    let clock = std::time::Instant::now();
    let _ = writeln!(out, "\n{}", tr!("terminal-call-heading"));
    while !session.is_ended() {
        let Ok(Step::Line {
            phase,
            cue,
            line,
            choices,
        }) = session.step(s)
        else {
            break;
        };
        let cue = cue.map(|c| format!(" {c}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "\n[{}] {}",
            phase.label(),
            tr!("terminal-citizen", cue = cue, line = line.to_string())
        );
        // The engine shuffles the answers per call, so the skilled one is not always number 1.
        for (pos, c) in choices.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", pos + 1, c.text);
        }
        let ids: Vec<usize> = choices.iter().map(|c| c.id).collect();
        let n = choices.len();
        let Some(a) = ask(input, out, &format!("{} ", tr!("terminal-choice-prompt"))) else {
            let _ = writeln!(out, "\n{}", tr!("terminal-call-interrupted"));
            return 0;
        };
        match a.as_str() {
            "s" | "S" => {
                let _ = writeln!(out, "{}", tr!("terminal-call-stopped"));
                return 0;
            }
            "t" | "T" => {
                if let Some(h) = session.time_out(s) {
                    let _ = writeln!(
                        out,
                        "{}",
                        tr!("terminal-trainer-tip", tip = h.text.as_str())
                    );
                }
                save_progress(store, args, &session, &prep, err);
                continue;
            }
            _ => {}
        }
        match a
            .parse::<usize>()
            .ok()
            .and_then(|x| x.checked_sub(1))
            .and_then(|x| ids.get(x).copied())
        {
            Some(c) => {
                let at = Some(clock.elapsed().as_millis() as u64);
                let chosen = session.choose(s, c, at).is_ok();
                if chosen
                    && let Some(t) = session.turns().last()
                    && mode == Mode::Training
                {
                    let _ = writeln!(
                        out,
                        "  {}",
                        tr!("terminal-feedback", feedback = t.feedback.as_str())
                    );
                    report::quality(out, t);
                    if let Some(b) = &t.better {
                        let _ = writeln!(out, "  {}", tr!("terminal-better", better = b.as_str()));
                    }
                    for note in &t.notes {
                        let _ = writeln!(out, "  {}", tr!("terminal-note", note = note.as_str()));
                    }
                }
                save_progress(store, args, &session, &prep, err);
            }
            None => {
                let _ = writeln!(out, "{}", tr!("terminal-type-a-number", count = n));
            }
        }
    }
    let mut answers = |asked: &[bool], out: &mut dyn Write| {
        if asked.iter().any(|a| *a) {
            let _ = writeln!(out, "\n{}", tr!("terminal-after-call"));
        }
        ask_questions(&s.after_call, asked, mode, input, out)
    };
    finish(
        store,
        args,
        loaded,
        analysis,
        &session,
        &prep,
        &mut answers,
        out,
        err,
    )
}

/// Asks the questions for which `asked[i]` holds; `None` when the input ends.
fn ask_questions(
    questions: &[PrepQuestion],
    asked: &[bool],
    mode: Mode,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Option<Vec<Option<usize>>> {
    let mut answers = vec![None; questions.len()];
    for (qi, q) in questions.iter().enumerate().filter(|(i, _)| asked[*i]) {
        let _ = writeln!(out, "{}", q.question);
        for (i, o) in q.options.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", i + 1, o.text);
        }
        let a = ask(input, out, &format!("{} ", tr!("terminal-answer-prompt")))?;
        if let Some(o) = a
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|&n| n < q.options.len())
        {
            answers[qi] = Some(o);
            if mode == Mode::Training {
                let _ = writeln!(out, "  {}", q.options[o].feedback);
            }
        }
    }
    Some(answers)
}
