//! Sending xAPI statements to a Learning Record Store (the standard `statements` endpoint, HTTP
//! basic authentication) and reading them back to check that nothing was lost.
//!
//! Sending again is harmless: the ids are derived from the attempt, and an LRS keeps a statement
//! it already holds as it is (xAPI 1.0.3, 2.1.1: "MUST NOT make any modifications"; Ralph leaves
//! such statements out and answers 204 No Content when none was new). Attempts an LRS holds under
//! the ids of the earlier scheme keep those ids (`sent_under_legacy_ids`), because nothing on this
//! machine records what was sent: the LRS itself is the record.

use std::collections::BTreeSet;
use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use super::bundle::Bundle;
use super::xapi;

/// How long one request to the LRS may take.
const TIMEOUT: Duration = Duration::from_secs(30);
const XAPI_VERSION: &str = "1.0.3";

#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    Http(String, String),
    Answer(String),
    /// 409: the LRS holds different statements under ids of this batch and stored none of it.
    Conflict(String),
}

impl std::fmt::Display for LrsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            LrsError::Http(url, error) => crate::tr!(
                "reports-lrs-error",
                url = url.as_str(),
                error = error.as_str()
            ),
            LrsError::Answer(what) => crate::tr!("reports-lrs-unexpected", answer = what.as_str()),
            LrsError::Conflict(url) => crate::tr!("reports-lrs-conflict", url = url.as_str()),
        };
        f.write_str(&text)
    }
}

pub struct Lrs {
    endpoint: String,
    auth: String,
    agent: ureq::Agent,
}

impl Lrs {
    /// `endpoint` is the LRS's xAPI base, e.g. `http://127.0.0.1:8100/xAPI/`.
    pub fn new(endpoint: &str, user: &str, password: &str) -> Self {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .build()
            .new_agent();
        Lrs {
            endpoint: format!("{}/statements", endpoint.trim_end_matches('/')),
            auth: format!("Basic {token}"),
            agent,
        }
    }

    /// Posts all statements in one request; returns the ids the LRS newly stored (none when it
    /// held them all already: 204 No Content).
    pub fn send(&self, statements: &[Value]) -> Result<Vec<String>, LrsError> {
        let mut answer = self
            .agent
            .post(&self.endpoint)
            .header("Authorization", &self.auth)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .send_json(statements)
            .map_err(|e| match e {
                ureq::Error::StatusCode(409) => LrsError::Conflict(self.endpoint.clone()),
                e => LrsError::Http(self.endpoint.clone(), e.to_string()),
            })?;
        if answer.status() == 204 {
            return Ok(Vec::new());
        }
        answer
            .body_mut()
            .read_json()
            .map_err(|e| LrsError::Answer(e.to_string()))
    }

    /// The legacy registrations (`xapi::legacy_registration`) of the bundle's attempts that this
    /// LRS already holds statements for: those attempts keep their earlier ids.
    pub fn sent_under_legacy_ids(&self, bundle: &Bundle) -> Result<BTreeSet<String>, LrsError> {
        let mut found = BTreeSet::new();
        for a in &bundle.attempts {
            let old = xapi::legacy_registration(&bundle.profile.name, a);
            if self.has_registration(&old)? {
                found.insert(old);
            }
        }
        Ok(found)
    }

    /// Whether the LRS holds any statement of this registration.
    fn has_registration(&self, registration: &str) -> Result<bool, LrsError> {
        let url = format!("{}?registration={registration}&limit=1", self.endpoint);
        let page = self.get(&url)?;
        match page["statements"].as_array() {
            Some(list) => Ok(!list.is_empty()),
            None => Err(LrsError::Answer(crate::tr!("reports-lrs-no-statements"))),
        }
    }

    fn get(&self, url: &str) -> Result<Value, LrsError> {
        self.agent
            .get(url)
            .header("Authorization", &self.auth)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .call()
            .map_err(|e| LrsError::Http(url.to_owned(), e.to_string()))?
            .body_mut()
            .read_json()
            .map_err(|e| LrsError::Answer(e.to_string()))
    }

    /// The statements of one registration (one attempt), following `more` links.
    pub fn read_registration(&self, registration: &str) -> Result<Vec<Value>, LrsError> {
        let mut out = Vec::new();
        let mut url = format!("{}?registration={registration}&limit=500", self.endpoint);
        loop {
            let page = self.get(&url)?;
            let Some(list) = page["statements"].as_array() else {
                return Err(LrsError::Answer(crate::tr!("reports-lrs-no-statements")));
            };
            out.extend(list.iter().cloned());
            match page["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) if more.starts_with("http") => url = more.to_owned(),
                Some(more) => {
                    let base = self
                        .endpoint
                        .split('/')
                        .take(3)
                        .collect::<Vec<_>>()
                        .join("/");
                    url = format!("{base}{more}");
                }
                None => return Ok(out),
            }
        }
    }
}
