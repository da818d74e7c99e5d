//! Reports from the organisation's LRS: where the statements of every
//! machine meet (employees' own computers, a library's kiosks), so a
//! trainer's report, a certificate and a library's public figures can cover
//! them all with no server of ScamDrill's own.
//!
//! [`LrsReader`] pages through `GET <endpoint>/statements` (xAPI 1.0.3:
//! version header, Basic auth with a *read* key distinct from the write
//! key, `verb` / `activity` / `related_activities` / `agent` / `since` /
//! `until` filters, `more` links) and hands each page's statements to a
//! fold; nothing holds more than one page of statements. The folds rebuild
//! the same values the local reports are made from:
//! [`read_runs`] → [`RunRow`](crate::records::report::RunRow)s,
//! [`read_public`] → [`PublicSummary`](crate::records::public::PublicSummary),
//! [`read_certificate`] → [`CertificateData`](crate::records::report::CertificateData).
//! Only statements of actors of the configured `account_home_page` are
//! counted. A statement that is ScamDrill's but lacks what reports need
//! stops the read with [`ReadError::Malformed`]: a report is complete or
//! not made.

mod certificate;
mod client;
mod error;
mod public;
mod query;
mod runs;
mod statement;
mod window;

pub use certificate::{LrsCertificateError, read_certificate};
pub use client::{LrsReader, PAGE_SIZE, ReadCounts};
pub use error::ReadError;
pub use public::read_public;
pub use query::StatementQuery;
pub use runs::{RunTable, read_run_table, read_runs};

use crate::config::LoadedConfig;

/// A reader for the configuration's LRS with its read key, and the account
/// home page whose statements count.
pub fn reader_for(config: &LoadedConfig, page_size: u32) -> Result<(LrsReader, String), ReadError> {
    let (settings, secret) = config.lrs_read_credentials()?;
    Ok((
        LrsReader::new(&settings, &secret, page_size),
        settings.account_home_page.clone(),
    ))
}
