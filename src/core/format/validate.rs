//! The validator: semantic checks on a parsed scenario, reported as `file:line:col: error: …`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use super::condition::Condition;
use super::condition::VarRef;
use super::load::{Loaded, Pos, find_nth};
use super::quality;
use super::scenario::{Flag, Next, PrepQuestion, Scenario};
use crate::core::analysis::graph::{Dest, Graph};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub pos: Option<Pos>,
    pub message: String,
}

/// A diagnostic with the file it belongs to, printed like a compiler message.
pub struct Located<'a>(pub &'a Path, pub &'a Diagnostic);

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.1.severity {
            Severity::Error => tr!("validator-error"),
            Severity::Warning => tr!("validator-warning"),
        };
        match self.1.pos {
            Some(p) => write!(
                f,
                "{}:{}:{}: {sev}: {}",
                self.0.display(),
                p.line,
                p.col,
                self.1.message
            ),
            None => write!(f, "{}: {sev}: {}", self.0.display(), self.1.message),
        }
    }
}

struct Checker<'a> {
    source: &'a str,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Reports at the definition of `id` (its n-th quoted occurrence), or without a position.
    fn at(&mut self, severity: Severity, id: &str, nth: usize, message: String) {
        let pos = if nth == 0 {
            definition(self.source, id)
        } else {
            find_nth(self.source, &format!("\"{id}\""), nth)
        };
        self.out.push(Diagnostic {
            severity,
            pos,
            message,
        });
    }
    fn error(&mut self, id: &str, message: String) {
        self.at(Severity::Error, id, 0, message);
    }
    fn warn(&mut self, id: &str, message: String) {
        self.at(Severity::Warning, id, 0, message);
    }
}

/// Every problem in a loaded scenario, errors and warnings, in file order where possible.
pub fn validate(loaded: &Loaded) -> Vec<Diagnostic> {
    let s: &Scenario = &loaded.scenario;
    let mut c = Checker {
        source: &loaded.source,
        out: Vec::new(),
    };
    if s.id.trim().is_empty() {
        c.out.push(Diagnostic {
            severity: Severity::Error,
            pos: None,
            message: tr!("validator-no-id"),
        });
    }
    if s.citizen.anger > 100 || s.citizen.trust > 100 {
        c.error(&s.citizen.name, tr!("validator-mood-range"));
    }
    if s.max_turns == 0 {
        c.out.push(Diagnostic {
            severity: Severity::Error,
            pos: None,
            message: tr!("validator-max-turns"),
        });
    }
    if s.nodes.is_empty() {
        c.out.push(Diagnostic {
            severity: Severity::Error,
            pos: None,
            message: tr!("validator-no-nodes"),
        });
    }
    if s.language != "nl" && s.language != "en" {
        c.warn(
            &s.language,
            tr!("validator-language", language = s.language.as_str()),
        );
    }
    check_ids(s, &mut c);
    check_preparation(s, &mut c);
    check_nodes(s, &mut c);
    check_variables(s, &mut c);
    check_reachability(s, &mut c);
    check_quality(s, &mut c);
    check_smells(s, &mut c);
    sort(&mut c.out);
    c.out
}

/// At most this share of choice nodes may have their best answer as the longest one.
pub const MAX_BEST_LONGEST: f64 = 0.5;

/// Is a best answer of this node (by its mark) the longest option (a tie counts as longest)?
pub fn best_is_longest(node: &super::scenario::Node) -> bool {
    let best = node.responses.iter().map(quality::marked).max();
    let longest = node
        .responses
        .iter()
        .map(|r| r.text.chars().count())
        .max()
        .unwrap_or(0);
    node.responses
        .iter()
        .any(|r| Some(quality::marked(r)) == best && r.text.chars().count() == longest)
}

/// Authoring smells: choices that give the answer away or leave nothing to choose.
fn check_smells(s: &Scenario, c: &mut Checker) {
    let mut choice_nodes = 0;
    let mut longest = 0;
    for n in &s.nodes {
        match n.responses.len() {
            0 => {}
            1 => c.warn(&n.id, tr!("validator-single-answer", node = n.id.as_str())),
            k => {
                choice_nodes += 1;
                longest += usize::from(best_is_longest(n));
                if k < 3 {
                    c.warn(
                        &n.id,
                        tr!("validator-few-answers", node = n.id.as_str(), count = k),
                    );
                }
            }
        }
    }
    if choice_nodes > 0 && longest as f64 > MAX_BEST_LONGEST * choice_nodes as f64 {
        c.warn(
            &s.id,
            tr!(
                "validator-best-longest",
                longest = longest,
                total = choice_nodes
            ),
        );
    }
    let mut used = HashSet::new();
    for r in s.nodes.iter().flat_map(|n| &n.responses) {
        if let Next::Branch { cases, .. } = &r.next {
            for case in cases {
                case.when.for_each_variable(&mut |v| {
                    if let VarRef::Interest(i) = v {
                        used.insert(i.to_owned());
                    }
                });
            }
        }
    }
    for i in &s.citizen.interests {
        if !used.contains(&i.id) {
            c.warn(&i.id, tr!("validator-interest-unused", id = i.id.as_str()));
        }
    }
}

/// Sorts diagnostics in file order, errors before warnings at the same place.
pub fn sort(out: &mut [Diagnostic]) {
    out.sort_by_key(|d| {
        (
            d.pos.map_or((usize::MAX, 0), |p| (p.line, p.col)),
            std::cmp::Reverse(d.severity),
        )
    });
}

/// Where `id` is defined: a node or ending (`id: "…"` followed by its phase or outcome), else
/// any `id: "…"`, else its first quoted occurrence.
pub fn definition(source: &str, id: &str) -> Option<Pos> {
    let key = format!("id: \"{id}\"");
    let defining = source.match_indices(&key).find(|(at, _)| {
        let rest = source[at + key.len()..].trim_start_matches([',', ' ', '\n', '\r', '\t']);
        rest.starts_with("phase:") || rest.starts_with("outcome:")
    });
    defining
        .map(|(at, _)| super::load::pos_at(source, at))
        .or_else(|| find_nth(source, &key, 0))
        .or_else(|| find_nth(source, &format!("\"{id}\""), 0))
}

/// A diagnostic at the definition of `id`.
pub fn at_id(source: &str, severity: Severity, id: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        pos: definition(source, id),
        message,
    }
}

fn check_quality(s: &Scenario, c: &mut Checker) {
    for n in &s.nodes {
        if !n.responses.is_empty() && n.responses.iter().all(quality::has_trap) {
            c.error(&n.id, tr!("validator-all-traps", node = n.id.as_str()));
        }
        let best = n.responses.iter().map(quality::marked).max();
        for (i, r) in n.responses.iter().enumerate() {
            let at = answer_at(&n.id, i);
            if r.better.is_some() && Some(quality::marked(r)) == best {
                c.warn(&n.id, tr!("validator-better-on-best", at = at));
            }
        }
    }
}

fn check_ids(s: &Scenario, c: &mut Checker) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let ids = s
        .nodes
        .iter()
        .map(|n| n.id.as_str())
        .chain(s.endings.iter().map(|e| e.id.as_str()));
    for id in ids {
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if id.trim().is_empty() {
            c.out.push(Diagnostic {
                severity: Severity::Error,
                pos: None,
                message: tr!("validator-empty-id"),
            });
        } else if *count == 2 {
            c.at(
                Severity::Error,
                id,
                1,
                tr!("validator-duplicate-id", id = id),
            );
        }
    }
    let mut interests = HashSet::new();
    for i in &s.citizen.interests {
        if !interests.insert(i.id.as_str()) {
            c.at(
                Severity::Error,
                &i.id,
                1,
                tr!("validator-duplicate-interest", id = i.id.as_str()),
            );
        }
    }
    if s.citizen.interests.is_empty() {
        c.warn(&s.citizen.name, tr!("validator-no-interest"));
    }
}

fn check_preparation(s: &Scenario, c: &mut Checker) {
    let mut ids = HashSet::new();
    for (kind, list) in [
        (tr!("validator-kind-preparation"), &s.preparation),
        (tr!("validator-kind-after-call"), &s.after_call),
    ] {
        for q in list {
            check_question(&kind, q, &mut ids, c);
        }
    }
    for q in s.preparation.iter().filter(|q| q.when.is_some()) {
        c.error(&q.id, tr!("validator-prep-when", id = q.id.as_str()));
    }
    for sit in &s.situations {
        if let Err(missing) = sit.evidence(s) {
            let pos = find_nth(c.source, &format!("{sit:?}"), 1);
            c.out.push(Diagnostic {
                severity: Severity::Error,
                pos,
                message: tr!(
                    "validator-situation-missing",
                    label = sit.label(),
                    name = format!("{sit:?}"),
                    missing = missing
                ),
            });
        }
    }
}

fn check_question<'a>(
    kind: &str,
    q: &'a PrepQuestion,
    ids: &mut HashSet<&'a str>,
    c: &mut Checker,
) {
    if !ids.insert(q.id.as_str()) {
        c.at(
            Severity::Error,
            &q.id,
            1,
            tr!("validator-duplicate-question", id = q.id.as_str()),
        );
    }
    if q.options.is_empty() {
        c.error(
            &q.id,
            tr!(
                "validator-question-no-options",
                kind = kind,
                id = q.id.as_str()
            ),
        );
    } else if !q.options.iter().any(|o| o.correct) {
        c.error(
            &q.id,
            tr!(
                "validator-question-no-correct",
                kind = kind,
                id = q.id.as_str()
            ),
        );
    }
    if q.options.iter().any(|o| o.feedback.trim().is_empty()) {
        c.error(
            &q.id,
            tr!(
                "validator-question-no-feedback",
                kind = kind,
                id = q.id.as_str()
            ),
        );
    }
}

fn check_nodes(s: &Scenario, c: &mut Checker) {
    let g = Graph::new(s);
    if g.start == Dest::Unknown {
        c.error(
            &s.start,
            tr!("validator-unknown-start", start = s.start.as_str()),
        );
    }
    if let Some(rule) = &s.escalation
        && g.dest(&rule.goto) == Dest::Unknown
    {
        c.error(
            &rule.goto,
            tr!("validator-unknown-escalation", target = rule.goto.as_str()),
        );
    }
    for n in &s.nodes {
        if n.lines.iter().all(|l| l.trim().is_empty()) {
            c.error(&n.id, tr!("validator-node-no-line", node = n.id.as_str()));
        }
        if n.responses.is_empty() {
            c.error(&n.id, tr!("validator-dead-end", node = n.id.as_str()));
        } else if n.responses.len() > 5 {
            c.warn(
                &n.id,
                tr!(
                    "validator-too-many-answers",
                    node = n.id.as_str(),
                    count = n.responses.len()
                ),
            );
        }
        for (i, r) in n.responses.iter().enumerate() {
            let at = answer_at(&n.id, i);
            if r.text.trim().is_empty() {
                c.error(&n.id, tr!("validator-answer-no-text", at = at.as_str()));
            }
            if r.feedback.trim().is_empty() {
                c.error(&n.id, tr!("validator-answer-no-feedback", at = at.as_str()));
            }
            if r.tags.is_empty() {
                c.warn(&n.id, tr!("validator-answer-no-tags", at = at.as_str()));
            }
            for t in r.next.targets() {
                if g.dest(t) == Dest::Unknown {
                    c.error(
                        t,
                        tr!("validator-unknown-target", at = at.as_str(), target = t),
                    );
                }
            }
        }
    }
    for e in &s.endings {
        if e.lines.iter().all(|l| l.trim().is_empty()) {
            c.error(
                &e.id,
                tr!("validator-ending-no-line", ending = e.id.as_str()),
            );
        }
    }
}

fn check_variables(s: &Scenario, c: &mut Checker) {
    let interests: HashSet<&str> = s.citizen.interests.iter().map(|i| i.id.as_str()).collect();
    let nodes: HashSet<&str> = s.nodes.iter().map(|n| n.id.as_str()).collect();
    let mut set_flags = HashSet::new();
    let mut uncovered = HashSet::new();
    for r in s.nodes.iter().flat_map(|n| &n.responses) {
        for f in &r.flags {
            match f {
                Flag::Set(x) => {
                    set_flags.insert(x.as_str());
                }
                Flag::Uncovers(x) => {
                    uncovered.insert(x.as_str());
                }
                _ => {}
            }
        }
    }
    for u in &uncovered {
        if !interests.contains(u) {
            c.error(u, tr!("validator-unknown-interest-uncovered", id = *u));
        }
    }
    for i in &interests {
        if !uncovered.contains(i) {
            c.warn(i, tr!("validator-interest-never-uncovered", id = *i));
        }
    }
    let mut problems = Vec::new();
    let mut check = |cond: &Condition, place: &str| {
        cond.for_each_variable(&mut |v| match v {
            VarRef::Flag(f) if !set_flags.contains(f) => problems.push((
                f.to_owned(),
                tr!("validator-condition-flag", place = place, flag = f),
            )),
            VarRef::Interest(i) if !interests.contains(i) => problems.push((
                i.to_owned(),
                tr!("validator-condition-interest", place = place, id = i),
            )),
            VarRef::Node(x) if !nodes.contains(x) => problems.push((
                x.to_owned(),
                tr!("validator-condition-node", place = place, node = x),
            )),
            _ => {}
        });
    };
    for n in &s.nodes {
        for r in &n.responses {
            if let Next::Branch { cases, .. } = &r.next {
                for case in cases {
                    check(&case.when, &tr!("validator-in-node", node = n.id.as_str()));
                }
            }
        }
    }
    for q in &s.after_call {
        if let Some(w) = &q.when {
            check(w, &tr!("validator-at-question", id = q.id.as_str()));
        }
    }
    for (id, msg) in problems {
        c.error(&id, msg);
    }
}

fn check_reachability(s: &Scenario, c: &mut Checker) {
    let g = Graph::new(s);
    if g.start == Dest::Unknown {
        return;
    }
    let (nodes, endings) = g.reachable();
    for (n, reached) in s.nodes.iter().zip(&nodes) {
        if !reached {
            c.error(
                &n.id,
                tr!("validator-unreachable-node", node = n.id.as_str()),
            );
        }
    }
    for (e, reached) in s.endings.iter().zip(&endings) {
        if !reached {
            c.error(
                &e.id,
                tr!("validator-unreached-ending", ending = e.id.as_str()),
            );
        }
    }
    if !s.endings.iter().any(|e| e.outcome.rank() >= 3) {
        c.warn(&s.id, tr!("validator-no-good-ending"));
    }
}

/// "knoop 'id' antwoord n" (n 1-based), the place of an answer in a message.
fn answer_at(node: &str, index: usize) -> String {
    tr!("validator-answer-at", node = node, number = index + 1)
}

pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}
