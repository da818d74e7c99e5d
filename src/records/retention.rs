//! The retention limit: sessions (with their runs, events and queued
//! statements) that started more than `retention_days` ago are deleted, and
//! so are trainees left without sessions. Runs at every start. Deleted pages
//! are overwritten (`secure_delete`), so the data does not linger in the file.

use rusqlite::{Connection, params};
use time::{Duration, OffsetDateTime};

use super::clock;
use super::error::Result;

/// What a prune removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PruneReport {
    pub sessions: u64,
    pub runs: u64,
    pub trainees: u64,
    /// Queued statements removed before delivery (the retention limit wins).
    pub undelivered: u64,
}

/// Delete personal data older than `days` before `now`.
pub fn prune(conn: &mut Connection, days: u32, now: OffsetDateTime) -> Result<PruneReport> {
    let cutoff = clock::iso(now - Duration::days(i64::from(days)));
    let tx = conn.transaction()?;
    let count = |sql: &str| {
        tx.query_row(sql, params![cutoff], |r| r.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
    };
    let runs = count(
        "SELECT COUNT(*) FROM run JOIN session ON run.session_id = session.id WHERE session.started_at < ?1",
    )?;
    let undelivered = count(
        "SELECT COUNT(*) FROM outbox JOIN run ON outbox.run_id = run.id JOIN session ON run.session_id = session.id
         WHERE session.started_at < ?1 AND outbox.state = 'pending'",
    )?;
    let sessions = tx.execute("DELETE FROM session WHERE started_at < ?1", params![cutoff])? as u64;
    // Statements of no run (a kiosk session's start, a thrown-away run) go by their own age.
    tx.execute(
        "DELETE FROM outbox WHERE run_id IS NULL AND created_at < ?1",
        params![cutoff],
    )?;
    let trainees = tx.execute(
        "DELETE FROM trainee WHERE created_at < ?1 AND NOT EXISTS (SELECT 1 FROM session WHERE session.trainee_id = trainee.id)",
        params![cutoff],
    )? as u64;
    tx.commit()?;
    Ok(PruneReport {
        sessions,
        runs,
        trainees,
        undelivered,
    })
}
