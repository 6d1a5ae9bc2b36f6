//! xAPI 1.0.3 statements for a Learning Record Store: ADL verbs, an account-based actor, one
//! `answered` per choice, one result statement per attempt.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::bundle::{Bundle, sha256_hex};
use crate::core::store::progress::Attempt;

/// Where activity ids and the actor's account live unless the organisation sets its own.
pub const DEFAULT_HOME_PAGE: &str = "https://example.org/gesprekstrainer";

const ADL: &str = "http://adlnet.gov/expapi/verbs/";

fn verb(name: &str, nl: &str) -> Value {
    json!({ "id": format!("{ADL}{name}"), "display": { "en-US": name, "nl-NL": nl } })
}

/// A UUID (version 4 layout) derived from `seed`, so a re-export gives the same ids and an LRS
/// does not store a statement twice.
pub fn uuid_from(seed: &str) -> String {
    let h = sha256_hex(seed.as_bytes());
    let mut b: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap_or(0))
        .collect();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// ISO 8601 duration with seconds, e.g. `PT83.25S`.
pub fn iso_duration(ms: u64) -> String {
    format!("PT{}.{:02}S", ms / 1000, (ms % 1000) / 10)
}

fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn duration_ms(a: &Attempt) -> u64 {
    a.session
        .turns()
        .iter()
        .filter_map(|t| t.at_ms)
        .max()
        .unwrap_or(0)
}

pub fn statements(bundle: &Bundle, home_page: &str) -> Vec<Value> {
    let base = home_page.trim_end_matches('/');
    let actor = json!({
        "objectType": "Agent",
        "name": bundle.profile.name,
        "account": { "homePage": base, "name": bundle.profile.name },
    });
    let mut out = Vec::new();
    for a in &bundle.attempts {
        let dur = duration_ms(a);
        let started = a.finished - Duration::milliseconds(dur as i64);
        let registration = uuid_from(&format!(
            "{}|{}|{}",
            bundle.profile.name,
            a.scenario_id,
            a.finished.to_rfc3339()
        ));
        let scenario = json!({
            "objectType": "Activity",
            "id": format!("{base}/scenario/{}", a.scenario_id),
            "definition": {
                "name": { "nl-NL": a.scenario_id },
                "type": "http://adlnet.gov/expapi/activities/simulation",
            },
        });
        let context = |extra: Option<(&str, Value)>| {
            let mut c = json!({
                "registration": registration,
                "platform": "Gesprekstrainer",
                "language": "nl-NL",
                "contextActivities": { "parent": [ { "id": format!("{base}/scenario/{}", a.scenario_id), "objectType": "Activity" } ] },
            });
            if let Some((k, v)) = extra {
                c["extensions"] = json!({ format!("{base}/xapi/{k}"): v });
            }
            c
        };
        let statement = |n: usize,
                         verb: Value,
                         object: Value,
                         result: Option<Value>,
                         at: DateTime<Utc>,
                         ctx: Value| {
            let mut s = json!({
                "id": uuid_from(&format!("{registration}|{n}")),
                "actor": actor,
                "verb": verb,
                "object": object,
                "timestamp": timestamp(at),
                "context": ctx,
            });
            if let Some(r) = result {
                s["result"] = r;
            }
            s
        };
        out.push(statement(
            0,
            verb("attempted", "heeft geprobeerd"),
            scenario.clone(),
            None,
            started,
            context(None),
        ));
        for (i, t) in a.session.turns().iter().enumerate() {
            let at = started + Duration::milliseconds(t.at_ms.unwrap_or(0) as i64);
            let object = json!({
                "objectType": "Activity",
                "id": format!("{base}/scenario/{}/{}", a.scenario_id, t.node),
                "definition": {
                    "name": { "nl-NL": t.line },
                    "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                    "interactionType": "choice",
                },
            });
            let tags: Vec<String> = t.tags.iter().map(|x| format!("{x:?}")).collect();
            let quality =
                |q: Option<crate::core::format::quality::Quality>| q.map(|q| format!("{q:?}"));
            let result = json!({
                "response": t.response,
                "extensions": {
                    format!("{base}/xapi/techniques"): tags,
                    format!("{base}/xapi/choice"): t.choice + 1,
                    format!("{base}/xapi/quality"): quality(t.quality),
                    format!("{base}/xapi/best-available"): quality(t.best),
                },
            });
            out.push(statement(
                i + 1,
                verb("answered", "heeft geantwoord"),
                object,
                Some(result),
                at,
                context(None),
            ));
        }
        let n = a.session.turns().len() + 1;
        for (k, s) in a.result.score.skills.iter().enumerate() {
            let Some(p) = s.percent else { continue };
            let result = json!({ "score": { "scaled": f64::from(p) / 100.0, "raw": s.points.clamp(0, s.best.max(0)), "min": 0, "max": s.best.max(0) } });
            out.push(statement(
                n + k,
                verb("scored", "heeft gescoord"),
                scenario.clone(),
                Some(result),
                a.finished,
                context(Some(("skill", json!(format!("{:?}", s.skill))))),
            ));
        }
        // Passed: the pass mark and no legal findings, whatever the ending (the citizen
        // chooses the route).
        let success = a.result.passed();
        let mut done = json!({ "completion": true, "duration": iso_duration(dur) });
        if let Some(v) = a.session.variant() {
            done["extensions"] = json!({ format!("{base}/xapi/variant"): v });
        }
        if let Some(p) = a.result.score.after_call {
            done["extensions"][format!("{base}/xapi/after-call")] = json!(p);
        }
        out.push(statement(
            n + 8,
            verb("completed", "heeft afgerond"),
            scenario.clone(),
            Some(done),
            a.finished,
            context(Some(("outcome", json!(format!("{:?}", a.result.outcome))))),
        ));
        let result = json!({
            "score": { "scaled": f64::from(a.result.score.overall) / 100.0, "raw": a.result.score.points.clamp(0, a.result.score.best.max(0)), "min": 0, "max": a.result.score.best.max(0) },
            "success": success,
            "completion": true,
            "duration": iso_duration(dur),
        });
        let (name, nl) = if success {
            ("passed", "is geslaagd")
        } else {
            ("failed", "is niet geslaagd")
        };
        out.push(statement(
            n + 9,
            verb(name, nl),
            scenario.clone(),
            Some(result),
            a.finished,
            context(None),
        ));
        // The questions after the call: one `answered` each, after the attempt's own ids.
        for (k, q) in a.result.after_call.iter().enumerate() {
            let object = json!({
                "objectType": "Activity",
                "id": format!("{base}/scenario/{}/na-gesprek/{}", a.scenario_id, q.id),
                "definition": {
                    "name": { "nl-NL": q.question },
                    "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                    "interactionType": "choice",
                },
            });
            let mut result = json!({ "success": q.correct });
            if let Some(r) = &q.answer {
                result["response"] = json!(r);
            }
            out.push(statement(
                n + 10 + k,
                verb("answered", "heeft geantwoord"),
                object,
                Some(result),
                a.finished,
                context(Some(("phase", json!("after-call")))),
            ));
        }
    }
    out
}
