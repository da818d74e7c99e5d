//! The outbox: statements waiting for the LRS. A statement is queued in the
//! same transaction as the event or result it reports, with its fixed id, and
//! leaves the queue only when the LRS has it (or refused it for good).

use rusqlite::{Connection, params};

use super::clock;
use super::error::Result;
use super::xapi::Statement;

/// A queued statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    pub seq: i64,
    pub statement_id: String,
    pub body: String,
    pub attempts: i64,
}

/// How many statements are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: u64,
    pub delivered: u64,
    pub rejected: u64,
}

/// Queue a statement (inside the caller's transaction). Queuing the same id
/// twice keeps the first.
pub fn enqueue(conn: &Connection, run_id: Option<&str>, s: &Statement) -> Result<()> {
    let body = serde_json::to_string(&s.json)
        .map_err(|e| super::error::RecordsError::Corrupt(e.to_string()))?;
    conn.execute(
        "INSERT OR IGNORE INTO outbox (statement_id, run_id, body, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![s.id.hyphenated().to_string(), run_id, body, clock::iso(clock::now())],
    )?;
    Ok(())
}

/// Pending statements after queue position `after_seq` that are due at
/// `now_ms` (every pending one when `ignore_schedule`), oldest first.
pub fn due(
    conn: &Connection,
    now_ms: i64,
    ignore_schedule: bool,
    after_seq: i64,
    limit: usize,
) -> Result<Vec<Queued>> {
    let mut st = conn.prepare_cached(
        "SELECT seq, statement_id, body, attempts FROM outbox
         WHERE state = 'pending' AND seq > ?4 AND (?1 OR next_attempt_ms <= ?2) ORDER BY seq LIMIT ?3",
    )?;
    let rows = st.query_map(
        params![ignore_schedule, now_ms, limit as i64, after_seq],
        |r| {
            Ok(Queued {
                seq: r.get(0)?,
                statement_id: r.get(1)?,
                body: r.get(2)?,
                attempts: r.get(3)?,
            })
        },
    )?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// When the next pending statement falls due (Unix ms), if any is pending.
pub fn next_due_ms(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn.query_row(
        "SELECT MIN(next_attempt_ms) FROM outbox WHERE state = 'pending'",
        [],
        |r| r.get::<_, Option<i64>>(0),
    )?)
}

pub fn mark_delivered(conn: &Connection, seqs: &[i64]) -> Result<()> {
    let now = clock::iso(clock::now());
    let tx = conn.unchecked_transaction()?;
    {
        let mut st = tx.prepare_cached("UPDATE outbox SET state = 'delivered', delivered_at = ?2, last_error = NULL WHERE seq = ?1")?;
        for s in seqs {
            st.execute(params![s, now])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// The LRS refused the statement itself (400): retrying cannot help.
pub fn mark_rejected(conn: &Connection, seq: i64, error: &str) -> Result<()> {
    conn.execute("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?2 WHERE seq = ?1", params![seq, error])?;
    Ok(())
}

/// A failed attempt: count it and schedule the next one.
pub fn mark_failed(
    conn: &Connection,
    seqs: &[i64],
    error: &str,
    next_attempt_ms: i64,
) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    {
        let mut st = tx.prepare_cached("UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_ms = ?3 WHERE seq = ?1")?;
        for s in seqs {
            st.execute(params![s, error, next_attempt_ms])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Hold every pending statement back until `until_ms` (the LRS is unreachable).
pub fn defer_pending(conn: &Connection, until_ms: i64) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET next_attempt_ms = MAX(next_attempt_ms, ?1) WHERE state = 'pending'",
        params![until_ms],
    )?;
    Ok(())
}

pub fn counts(conn: &Connection) -> Result<OutboxCounts> {
    let mut c = OutboxCounts::default();
    let mut st = conn.prepare_cached("SELECT state, COUNT(*) FROM outbox GROUP BY state")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    for row in rows {
        let (state, n) = row?;
        let n = n.max(0) as u64;
        match state.as_str() {
            "pending" => c.pending = n,
            "delivered" => c.delivered = n,
            "rejected" => c.rejected = n,
            _ => {}
        }
    }
    Ok(c)
}
