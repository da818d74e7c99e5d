//! Opening the records database: one SQLite file in the data folder, in WAL
//! mode with full syncs, foreign keys on, migrated to the current schema.
//! Every write elsewhere is a transaction, so a killed process leaves every
//! committed event and result intact.
//!
//! Transactions begin IMMEDIATE: they take the write lock at `BEGIN`, where
//! SQLite waits for another writer (the background sender, a second app on
//! the same data folder) up to the busy timeout. A deferred transaction that
//! reads first and writes later fails at once with "database is locked" when
//! another connection writes in between, since SQLite never waits to turn a
//! read into a write.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use super::error::{RecordsError, Result};
use super::schema;

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "scamdrill-records.sqlite3";

pub fn db_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DB_FILE)
}

fn connect(path: &Path) -> Result<Connection> {
    let wrap = |source| RecordsError::Open {
        path: path.to_owned(),
        source,
    };
    let mut conn = Connection::open(path).map_err(wrap)?;
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    conn.busy_timeout(Duration::from_secs(10)).map_err(wrap)?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(wrap)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(RecordsError::Corrupt(format!(
            "{}: cannot switch to WAL mode (got {mode})",
            path.display()
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(wrap)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(wrap)?;
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(wrap)?;
    Ok(conn)
}

/// Open (creating the folder and file if needed) and migrate.
pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|source| RecordsError::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    let path = db_path(data_dir);
    let mut conn = connect(&path)?;
    schema::migrate(&mut conn, &path)?;
    Ok(conn)
}

/// A second connection to a database [`open`] already migrated (the
/// background sender's own).
pub fn reopen(path: &Path) -> Result<Connection> {
    connect(path)
}
