//! Discarding the run of a visitor who walked away.
//!
//! When a kiosk sits idle past `public_mode.idle_timeout_secs` the GUI goes
//! back to its start screen, and the run the visitor left half-played is
//! deleted rather than kept as an unfinished record: it belongs to nobody
//! who can come back to it, a partial run says little, and a kiosk should
//! keep no trace of a stranger's half-made choices. The run row goes with
//! its events and every outbox row it queued, in one transaction:
//!
//! * statements still **pending** (queued, not yet sent) are dropped, so the
//!   LRS never hears of the rest of the run;
//! * statements the LRS already **has** cannot be recalled: it keeps the
//!   `attempted` (and any `answered`) statements that went out before the
//!   discard, all with the session's random account only; their local
//!   copies go too. A statement in flight at that moment may still arrive.
//!
//! A run that reached an ending is a complete, scored record and is kept
//! (the visitor walked away from the debrief, not from the scenario). The
//! session itself is kept (end it with `Recorder::end_session`): it still
//! counts as a session in the public summary.

use rusqlite::{Connection, OptionalExtension, params};

use crate::records::{RecordsError, RunId};

/// What [`Recorder::discard_run`](crate::records::Recorder::discard_run) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discarded {
    /// The run was deleted with its events and queued statements.
    Removed {
        events: u64,
        /// Statements that were queued and not yet sent.
        unsent_statements: u64,
    },
    /// The run had reached an ending: kept as it is.
    KeptCompleted,
}

/// Delete an unfinished run (inside the caller's transaction).
pub(crate) fn discard_run(conn: &Connection, run: RunId) -> Result<Discarded, RecordsError> {
    let id = run.to_string();
    let completed: Option<bool> = conn
        .query_row(
            "SELECT completed FROM run WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    match completed {
        None => Err(RecordsError::UnknownRun(id)),
        Some(true) => Ok(Discarded::KeptCompleted),
        Some(false) => {
            let events = conn.execute("DELETE FROM event WHERE run_id = ?1", params![id])?;
            let unsent = conn.execute(
                "DELETE FROM outbox WHERE run_id = ?1 AND state = 'pending'",
                params![id],
            )?;
            conn.execute("DELETE FROM outbox WHERE run_id = ?1", params![id])?;
            conn.execute("DELETE FROM run WHERE id = ?1", params![id])?;
            Ok(Discarded::Removed {
                events: events as u64,
                unsent_statements: unsent as u64,
            })
        }
    }
}

/// What [`discard_unfinished_public_runs`] cleaned up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Abandoned {
    /// Unfinished runs of public sessions deleted (with events and statements).
    pub runs: u64,
    /// Public sessions left open that were closed.
    pub sessions: u64,
}

/// At kiosk start-up: delete every unfinished run of a public session (a
/// crash or power cut left it; its visitor is gone) exactly as
/// [`discard_run`] does, and close public sessions left open, with their
/// start time as end. Inside the caller's transaction. Only a kiosk process
/// may call this, before it starts a session of its own: another process's
/// live public run would be discarded too.
pub(crate) fn discard_unfinished_public_runs(conn: &Connection) -> Result<Abandoned, RecordsError> {
    let ids: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT run.id FROM run JOIN session ON session.id = run.session_id \
             WHERE session.mode = 'public' AND run.completed = 0 ORDER BY run.id",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut done = Abandoned::default();
    for id in ids {
        let run = id
            .parse()
            .map_err(|_| RecordsError::UnknownRun(id.clone()))?;
        if matches!(discard_run(conn, run)?, Discarded::Removed { .. }) {
            done.runs += 1;
        }
    }
    done.sessions = conn.execute(
        "UPDATE session SET ended_at = started_at WHERE mode = 'public' AND ended_at IS NULL",
        [],
    )? as u64;
    Ok(done)
}
