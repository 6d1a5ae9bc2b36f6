//! xAPI 1.0.3 statements for a Learning Record Store: ADL verbs, an account-based actor, one
//! `answered` per choice, one result statement per attempt.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::bundle::Bundle;
use crate::core::store::progress::Attempt;

/// Where activity ids and the actor's account live unless the organisation sets its own.
pub const DEFAULT_HOME_PAGE: &str = "https://example.org/gesprekstrainer";

const ADL: &str = "http://adlnet.gov/expapi/verbs/";

fn verb(name: &str, nl: &str) -> Value {
    json!({ "id": format!("{ADL}{name}"), "display": { "en-US": name, "nl-NL": nl } })
}

/// The namespace of every Gesprekstrainer registration (version 5 UUIDs):
/// `Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://example.org/gesprekstrainer/xapi/ids")`, written
/// out so it can never change (a test checks the derivation). It does not depend on the
/// organisation's home page: the same attempt keeps its ids whatever the settings say.
/// A registration is `new_v5(NAMESPACE, "profile|scenario|end time")`; statement `n` of the
/// attempt is `new_v5(registration, "n")`.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x6263_9511_899f_568f_8d00_8f1c_e5f8_dc8e);

/// An attempt's registration (version 5 UUID): the same attempt gives the same id on every
/// export, so an LRS keeps a re-sent statement once.
pub fn registration(profile: &str, a: &Attempt) -> Uuid {
    Uuid::new_v5(&NAMESPACE, attempt_key(profile, a).as_bytes())
}

/// What identifies an attempt: the trainee, the scenario and the moment it ended.
fn attempt_key(profile: &str, a: &Attempt) -> String {
    format!("{profile}|{}|{}", a.scenario_id, a.finished.to_rfc3339())
}

/// The registration under the earlier, hand-made scheme (SHA-256 in a version 4 layout). Those
/// ids are kept only for attempts an LRS already holds under them (see
/// `lrs::Lrs::sent_under_legacy_ids`), so an attempt sent before is never sent again under a new id.
pub fn legacy_registration(profile: &str, a: &Attempt) -> String {
    legacy_uuid(&attempt_key(profile, a))
}

fn legacy_uuid(seed: &str) -> String {
    let mut b = [0u8; 16];
    b.copy_from_slice(&Sha256::digest(seed.as_bytes())[..16]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    Uuid::from_bytes(b).hyphenated().to_string()
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

/// The statements of every attempt, all with version 5 ids.
pub fn statements(bundle: &Bundle, home_page: &str) -> Vec<Value> {
    statements_keeping(bundle, home_page, &BTreeSet::new())
}

/// The statements, keeping the earlier ids for the attempts whose legacy registration is in
/// `legacy` (attempts an LRS already holds under those ids).
pub fn statements_keeping(
    bundle: &Bundle,
    home_page: &str,
    legacy: &BTreeSet<String>,
) -> Vec<Value> {
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
        let old = legacy_registration(&bundle.profile.name, a);
        let keep_old = legacy.contains(&old);
        let new = registration(&bundle.profile.name, a);
        // Statement n of the attempt: named `n` under its registration.
        let id = |n: usize| {
            if keep_old {
                legacy_uuid(&format!("{old}|{n}"))
            } else {
                Uuid::new_v5(&new, n.to_string().as_bytes()).to_string()
            }
        };
        let registration = if keep_old {
            old.clone()
        } else {
            new.to_string()
        };
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
                "id": id(n),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_is_the_documented_derivation() {
        let derived = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            b"https://example.org/gesprekstrainer/xapi/ids",
        );
        assert_eq!(NAMESPACE, derived);
        assert_eq!(NAMESPACE.get_version_num(), 5);
    }

    /// Values computed outside Rust (Python's hashlib and uuid) from the earlier scheme and
    /// from RFC 9562 version 5.
    #[test]
    fn legacy_and_version_5_ids_match_an_independent_computation() {
        let key = "Piet|klacht-stadswinkel|2027-03-10T09:15:00+00:00";
        let old = legacy_uuid(key);
        assert_eq!(old, "afac75b3-69fc-4701-a5a1-942c39d344ff");
        assert_eq!(
            legacy_uuid(&format!("{old}|0")),
            "78594911-47ea-408f-902f-bb1ddcbe71d5"
        );
        let new = Uuid::new_v5(&NAMESPACE, key.as_bytes());
        assert_eq!(new.to_string(), "96f794bb-230c-5220-a42d-3740cd66ac54");
        assert_eq!(
            Uuid::new_v5(&new, b"0").to_string(),
            "e65399ce-1313-5ec4-bfbf-67e167c4c70c"
        );
    }
}
