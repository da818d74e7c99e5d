//! Training records: trainees, sessions and runs kept in an embedded SQLite
//! database, trainer reports and certificates, and xAPI statements sent to
//! the organisation's LRS through a store-and-forward outbox.
//!
//! Start with [`Recorder`]. The database lives in the data folder
//! ([`crate::config::default_data_dir`], or `--data DIR`), file [`DB_FILE`].

pub mod clock;
mod delivery;
mod error;
mod forwarder;
mod ids;
mod lrs;
pub mod lrs_read;
pub mod outbox;
mod progress;
pub mod public;
mod recorder;
pub mod report;
pub mod retention;
pub mod runs;
mod schema;
mod store;
pub mod xapi;

pub use delivery::{PassReport, RetryPolicy, deliver};
pub use error::RecordsError;
pub use ids::{Mode, RunId, SessionId, Trainee};
pub use lrs::{Answer, LrsClient};
pub use outbox::OutboxCounts;
pub use recorder::{Recorder, lrs_client, open_store};
pub use retention::PruneReport;
pub use schema::current_version as schema_version;
pub use store::{DB_FILE, db_path};
