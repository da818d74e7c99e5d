//! Why a report could not be read from the LRS. Every message says what
//! happened and what to do; none contains the secret.

use crate::diagnostic::Diagnostic;

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Config(Box<Diagnostic>),
    #[error(
        "cannot reach the LRS at {url}: {why}\n  hint: check lrs.endpoint and the network; nothing was written"
    )]
    Unreachable { url: String, why: String },
    #[error(
        "the LRS refused the read key \"{key}\" ({status}): {body}\n  hint: check lrs.read_key and the secret in ${env}; the key must be allowed to read statements (statements/read); nothing was written"
    )]
    Refused {
        status: u16,
        key: String,
        env: String,
        body: String,
    },
    #[error("the LRS answered {status} to GET {url}: {body}\n  hint: nothing was written")]
    Status {
        status: u16,
        url: String,
        body: String,
    },
    #[error(
        "the LRS sent a page that is not an xAPI statement result ({url}): {why}\n  hint: check that lrs.endpoint is the xAPI endpoint; nothing was written"
    )]
    BadPage { url: String, why: String },
    #[error(
        "malformed statement {id} in the LRS: {why}\n  hint: it claims to be ScamDrill's but lacks what reports need (sent by another program, or edited); nothing was written"
    )]
    Malformed { id: String, why: String },
    #[error(
        "the LRS's \"more\" link {more} leaves {endpoint}: not followed (it would get the read key)\n  hint: nothing was written"
    )]
    ForeignMore { more: String, endpoint: String },
    #[error("the LRS's \"more\" links did not end after {0} pages\n  hint: nothing was written")]
    TooManyPages(usize),
    #[error(
        "cannot keep the runs read from the LRS in a temporary database: {0}\n  hint: check the free space in the temporary folder (TMPDIR); nothing was written"
    )]
    Scratch(String),
}

impl From<rusqlite::Error> for ReadError {
    fn from(e: rusqlite::Error) -> Self {
        ReadError::Scratch(e.to_string())
    }
}

impl From<Diagnostic> for ReadError {
    fn from(d: Diagnostic) -> Self {
        ReadError::Config(Box::new(d))
    }
}

/// The start of a response body, on one line.
pub(super) fn snippet(text: &str) -> String {
    let t: String = text.chars().take(300).collect();
    t.replace(['\r', '\n'], " ")
}
