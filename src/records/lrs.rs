//! The HTTP side of xAPI: POST statements to `<endpoint>/statements` with the
//! version header and Basic auth (ureq, blocking, with a total timeout). The
//! secret only ever goes into the Authorization header.

use std::time::Duration;

use super::xapi::XAPI_VERSION;
use crate::config::{LrsSettings, Secret};

/// What the LRS said, or why it could not be asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An HTTP status and the start of the response body.
    Status(u16, String),
    /// No answer: connection refused, timeout, DNS, TLS.
    Transport(String),
}

/// A client for one LRS.
pub struct LrsClient {
    agent: ureq::Agent,
    statements_url: String,
    authorization: String,
}

impl std::fmt::Debug for LrsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LrsClient")
            .field("statements_url", &self.statements_url)
            .finish_non_exhaustive()
    }
}

const BODY_LIMIT: u64 = 64 * 1024;

impl LrsClient {
    pub fn new(settings: &LrsSettings, secret: &Secret) -> LrsClient {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(settings.timeout_secs.max(1))))
            .user_agent(format!("ScamDrill/{}", env!("CARGO_PKG_VERSION")))
            .build();
        let credentials = format!("{}:{}", settings.key, secret.expose());
        LrsClient {
            agent: config.into(),
            statements_url: format!("{}/statements", settings.endpoint.trim_end_matches('/')),
            authorization: format!("Basic {}", base64(credentials.as_bytes())),
        }
    }

    pub fn statements_url(&self) -> &str {
        &self.statements_url
    }

    /// POST a JSON body (one statement or an array).
    pub fn post(&self, body: &str) -> Answer {
        let sent = self
            .agent
            .post(&self.statements_url)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization)
            .header("Content-Type", "application/json")
            .send(body);
        match sent {
            Ok(mut response) => {
                let status = response.status().as_u16();
                let text = response
                    .body_mut()
                    .with_config()
                    .limit(BODY_LIMIT)
                    .lossy_utf8(true)
                    .read_to_string()
                    .unwrap_or_default();
                Answer::Status(status, text)
            }
            Err(e) => Answer::Transport(e.to_string()),
        }
    }
}

/// Standard base64 with padding (for the Basic auth header).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"sim:simsecret"), "c2ltOnNpbXNlY3JldA==");
    }
}
