//! The validator: semantic checks on a parsed scenario, reported as `file:line:col: error: …`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use super::condition::VarRef;
use super::load::{Loaded, Pos, find_nth};
use super::quality;
use super::scenario::{Flag, Next, Scenario};
use crate::core::analysis::graph::{Dest, Graph};

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
            Severity::Error => "error",
            Severity::Warning => "warning",
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
        let pos = find_nth(self.source, &format!("\"{id}\""), nth);
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
            message: "the scenario has no id".into(),
        });
    }
    if s.citizen.anger > 100 || s.citizen.trust > 100 {
        c.error(&s.citizen.name, "anger and trust go from 0 to 100".into());
    }
    if s.max_turns == 0 {
        c.out.push(Diagnostic {
            severity: Severity::Error,
            pos: None,
            message: "max_turns must be at least 1".into(),
        });
    }
    if s.nodes.is_empty() {
        c.out.push(Diagnostic {
            severity: Severity::Error,
            pos: None,
            message: "the scenario has no nodes".into(),
        });
    }
    if s.language != "nl" && s.language != "en" {
        c.warn(
            &s.language,
            format!("language '{}' is neither 'nl' nor 'en'", s.language),
        );
    }
    check_ids(s, &mut c);
    check_preparation(s, &mut c);
    check_nodes(s, &mut c);
    check_variables(s, &mut c);
    check_reachability(s, &mut c);
    check_quality(s, &mut c);
    sort(&mut c.out);
    c.out
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

/// A diagnostic at the definition of `id` (`id: "…"`), else its first quoted occurrence.
pub fn at_id(source: &str, severity: Severity, id: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        pos: find_nth(source, &format!("id: \"{id}\""), 0)
            .or_else(|| find_nth(source, &format!("\"{id}\""), 0)),
        message,
    }
}

fn check_quality(s: &Scenario, c: &mut Checker) {
    for n in &s.nodes {
        if !n.responses.is_empty() && n.responses.iter().all(quality::has_trap) {
            c.error(
                &n.id,
                format!(
                    "every answer in node '{}' carries a legal trap: give the trainee a lawful answer",
                    n.id
                ),
            );
        }
        let best = n.responses.iter().map(quality::marked).max();
        for (i, r) in n.responses.iter().enumerate() {
            let at = format!("node '{}' response {}", n.id, i + 1);
            if r.better.is_some() && Some(quality::marked(r)) == best {
                c.warn(
                    &n.id,
                    format!(
                        "{at} has 'better:' yet earns as much as the best answer of the node; mark its quality (quality: Acceptable, Weak or Harmful)"
                    ),
                );
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
                message: "a node or ending has an empty id".into(),
            });
        } else if *count == 2 {
            c.at(
                Severity::Error,
                id,
                1,
                format!("duplicate id '{id}': node and ending ids must be unique"),
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
                format!("duplicate interest id '{}'", i.id),
            );
        }
    }
    if s.citizen.interests.is_empty() {
        c.warn(
            &s.citizen.name,
            "the citizen has no hidden interest to uncover".into(),
        );
    }
}

fn check_preparation(s: &Scenario, c: &mut Checker) {
    let mut ids = HashSet::new();
    for q in &s.preparation {
        if !ids.insert(q.id.as_str()) {
            c.at(
                Severity::Error,
                &q.id,
                1,
                format!("duplicate preparation question id '{}'", q.id),
            );
        }
        if q.options.is_empty() {
            c.error(
                &q.id,
                format!("preparation question '{}' has no options", q.id),
            );
        } else if !q.options.iter().any(|o| o.correct) {
            c.error(
                &q.id,
                format!("preparation question '{}' has no correct option", q.id),
            );
        }
        if q.options.iter().any(|o| o.feedback.trim().is_empty()) {
            c.error(
                &q.id,
                format!(
                    "preparation question '{}' has an option without feedback",
                    q.id
                ),
            );
        }
    }
}

fn check_nodes(s: &Scenario, c: &mut Checker) {
    let g = Graph::new(s);
    if g.start == Dest::Unknown {
        c.error(&s.start, format!("start '{}' is not a node", s.start));
    }
    if let Some(rule) = &s.escalation
        && g.dest(&rule.goto) == Dest::Unknown
    {
        c.error(
            &rule.goto,
            format!("escalation goes to unknown node or ending '{}'", rule.goto),
        );
    }
    for n in &s.nodes {
        if n.lines.iter().all(|l| l.trim().is_empty()) {
            c.error(
                &n.id,
                format!("node '{}' has no line for the citizen", n.id),
            );
        }
        if n.responses.is_empty() {
            c.error(
                &n.id,
                format!(
                    "node '{}' is a dead end: it has no responses and is not an ending",
                    n.id
                ),
            );
        } else if n.responses.len() > 5 {
            c.warn(
                &n.id,
                format!(
                    "node '{}' offers {} responses; the call screen shows at most 5 keys",
                    n.id,
                    n.responses.len()
                ),
            );
        }
        for (i, r) in n.responses.iter().enumerate() {
            let at = format!("node '{}' response {}", n.id, i + 1);
            if r.text.trim().is_empty() {
                c.error(&n.id, format!("{at} has no text"));
            }
            if r.feedback.trim().is_empty() {
                c.error(&n.id, format!("{at} has no feedback"));
            }
            if r.tags.is_empty() {
                c.warn(
                    &n.id,
                    format!("{at} has no technique tags, so it scores nothing"),
                );
            }
            for t in r.next.targets() {
                if g.dest(t) == Dest::Unknown {
                    c.error(t, format!("{at} goes to unknown node or ending '{t}'"));
                }
            }
        }
    }
    for e in &s.endings {
        if e.lines.iter().all(|l| l.trim().is_empty()) {
            c.error(&e.id, format!("ending '{}' has no closing line", e.id));
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
            c.error(u, format!("a response uncovers unknown interest '{u}'"));
        }
    }
    for i in &interests {
        if !uncovered.contains(i) {
            c.warn(i, format!("no response uncovers interest '{i}'"));
        }
    }
    let mut problems = Vec::new();
    for n in &s.nodes {
        for r in &n.responses {
            if let Next::Branch { cases, .. } = &r.next {
                for case in cases {
                    case.when.for_each_variable(&mut |v| match v {
                        VarRef::Flag(f) if !set_flags.contains(f) => problems.push((
                            f.to_owned(),
                            format!(
                                "condition in node '{}' tests flag '{f}', which no response sets",
                                n.id
                            ),
                        )),
                        VarRef::Interest(i) if !interests.contains(i) => problems.push((
                            i.to_owned(),
                            format!("condition in node '{}' tests unknown interest '{i}'", n.id),
                        )),
                        VarRef::Node(x) if !nodes.contains(x) => problems.push((
                            x.to_owned(),
                            format!(
                                "condition in node '{}' tests visits to unknown node '{x}'",
                                n.id
                            ),
                        )),
                        _ => {}
                    });
                }
            }
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
                format!("node '{}' can never be reached from the start", n.id),
            );
        }
    }
    for (e, reached) in s.endings.iter().zip(&endings) {
        if !reached {
            c.error(&e.id, format!("ending '{}' can never be reached", e.id));
        }
    }
    if !s.endings.iter().any(|e| e.outcome.rank() >= 3) {
        c.warn(&s.id, "no ending reaches a good informal outcome".into());
    }
}

pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}
