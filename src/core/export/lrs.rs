//! Sending xAPI statements to a Learning Record Store (the standard `statements` endpoint, HTTP
//! basic authentication) and reading them back to check that nothing was lost.

use std::time::Duration;

use base64::Engine;
use serde_json::Value;

/// How long one request to the LRS may take.
const TIMEOUT: Duration = Duration::from_secs(30);
const XAPI_VERSION: &str = "1.0.3";

#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    Http(String, String),
    Answer(String),
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

    /// Posts all statements in one request; returns the ids the LRS stored.
    pub fn send(&self, statements: &[Value]) -> Result<Vec<String>, LrsError> {
        let ids: Vec<String> = self
            .agent
            .post(&self.endpoint)
            .header("Authorization", &self.auth)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .send_json(statements)
            .map_err(|e| LrsError::Http(self.endpoint.clone(), e.to_string()))?
            .body_mut()
            .read_json()
            .map_err(|e| LrsError::Answer(e.to_string()))?;
        Ok(ids)
    }

    /// The statements of one registration (one attempt), following `more` links.
    pub fn read_registration(&self, registration: &str) -> Result<Vec<Value>, LrsError> {
        let mut out = Vec::new();
        let mut url = format!("{}?registration={registration}&limit=500", self.endpoint);
        loop {
            let page: Value = self
                .agent
                .get(&url)
                .header("Authorization", &self.auth)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .call()
                .map_err(|e| LrsError::Http(url.clone(), e.to_string()))?
                .body_mut()
                .read_json()
                .map_err(|e| LrsError::Answer(e.to_string()))?;
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
