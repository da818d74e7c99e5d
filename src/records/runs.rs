//! Rows for trainees, sessions, runs and their events. Every function runs
//! inside the caller's transaction.

use rusqlite::{Connection, OptionalExtension, params};

use super::error::{RecordsError, Result};
use super::ids::{Mode, RunId, SessionId};
use crate::debrief::Debrief;
use crate::runner::{Event, RunLog};
use crate::scoring::ScenarioScore;

/// What a session row says about who plays and how.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionInfo {
    pub trainee_id: String,
    pub actor_name: String,
    pub curriculum: Option<String>,
    pub mode: Mode,
}

/// A run row's identity (for a new run).
pub struct NewRun<'a> {
    pub id: RunId,
    pub session: SessionId,
    pub log: &'a RunLog,
    pub kind: &'a str,
    pub started_at: &'a str,
}

/// A run's results (for finishing it).
pub struct Finished<'a> {
    pub score: &'a ScenarioScore,
    pub debrief: &'a Debrief,
    pub completed: bool,
    pub duration_ms: u64,
    pub finished_at: &'a str,
}

pub fn upsert_trainee(
    conn: &Connection,
    id: &str,
    display_name: Option<&str>,
    anonymous: bool,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO trainee (id, display_name, anonymous, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(id) DO UPDATE SET display_name = COALESCE(excluded.display_name, trainee.display_name)",
        params![id, display_name, anonymous, now],
    )?;
    Ok(())
}

pub fn insert_session(
    conn: &Connection,
    id: SessionId,
    info: &SessionInfo,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO session (id, trainee_id, actor_name, curriculum, mode, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id.to_string(), info.trainee_id, info.actor_name, info.curriculum, info.mode.key(), now],
    )?;
    Ok(())
}

pub fn session_info(conn: &Connection, id: SessionId) -> Result<SessionInfo> {
    let row = conn
        .query_row(
            "SELECT trainee_id, actor_name, curriculum, mode FROM session WHERE id = ?1",
            params![id.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let (trainee_id, actor_name, curriculum, mode) =
        row.ok_or_else(|| RecordsError::UnknownSession(id.to_string()))?;
    let mode = Mode::from_key(&mode)
        .ok_or_else(|| RecordsError::Corrupt(format!("session {id} has mode {mode:?}")))?;
    Ok(SessionInfo {
        trainee_id,
        actor_name,
        curriculum,
        mode,
    })
}

pub fn end_session(conn: &Connection, id: SessionId, now: &str) -> Result<()> {
    conn.execute(
        "UPDATE session SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL",
        params![id.to_string(), now],
    )?;
    Ok(())
}

pub fn insert_run(conn: &Connection, r: &NewRun<'_>) -> Result<()> {
    conn.execute(
        "INSERT INTO run (id, session_id, seq, pack_id, pack_version, pack_kind, locale, seed, started_at)
         VALUES (?1, ?2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM run WHERE session_id = ?2), ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            r.id.to_string(),
            r.session.to_string(),
            r.log.pack_id,
            r.log.pack_version,
            r.kind,
            r.log.locale,
            r.log.seed as i64,
            r.started_at
        ],
    )?;
    Ok(())
}

pub fn event_at_ms(e: &Event) -> u64 {
    e.at_ms()
}

pub fn insert_event(conn: &Connection, run: RunId, seq: usize, e: &Event) -> Result<()> {
    let body = serde_json::to_string(e).map_err(|e| RecordsError::Corrupt(e.to_string()))?;
    conn.execute(
        "INSERT INTO event (run_id, seq, at_ms, body) VALUES (?1, ?2, ?3, ?4)",
        params![run.to_string(), seq as i64, event_at_ms(e) as i64, body],
    )?;
    Ok(())
}

pub fn finish_run(conn: &Connection, run: RunId, f: &Finished<'_>) -> Result<()> {
    let json =
        |v: Result<String, serde_json::Error>| v.map_err(|e| RecordsError::Corrupt(e.to_string()));
    let s = f.score;
    conn.execute(
        "UPDATE run SET finished_at = ?2, completed = ?3, points = ?4, passed = ?5, critical = ?6, remote_access = ?7,
                        outcome = ?8, decision_ms = ?9, duration_ms = ?10, score_json = ?11, debrief_json = ?12
         WHERE id = ?1",
        params![
            run.to_string(),
            f.finished_at,
            f.completed,
            s.points,
            s.passed,
            s.critical,
            s.remote_access.key(),
            s.outcome.map(|o| format!("{o:?}")),
            s.decision_ms.map(|d| d as i64),
            f.duration_ms as i64,
            json(serde_json::to_string(s))?,
            json(serde_json::to_string(f.debrief))?,
        ],
    )?;
    Ok(())
}

/// Store the trainee's judgement of a run (1 = sure scam … 6 = sure genuine).
pub fn set_judgement(conn: &Connection, run: RunId, rating: u8) -> Result<()> {
    conn.execute(
        "UPDATE run SET judgement = ?2 WHERE id = ?1",
        params![run.to_string(), rating],
    )?;
    Ok(())
}

/// Store the curriculum block a run belongs to (`pre-test`, `training`,
/// `post-test`, `booster`).
pub fn set_block(conn: &Connection, run: RunId, block: &str) -> Result<()> {
    conn.execute(
        "UPDATE run SET block = ?2 WHERE id = ?1",
        params![run.to_string(), block],
    )?;
    Ok(())
}

/// Store the pass mark a run is scored against.
pub fn set_pass_mark(conn: &Connection, run: RunId, pass_mark: u32) -> Result<()> {
    conn.execute(
        "UPDATE run SET pass_mark = ?2 WHERE id = ?1",
        params![run.to_string(), pass_mark],
    )?;
    Ok(())
}

/// The stored event log of a run, for replay.
pub fn load_log(conn: &Connection, run: RunId) -> Result<RunLog> {
    let head = conn
        .query_row(
            "SELECT pack_id, pack_version, locale, seed, pass_mark FROM run WHERE id = ?1",
            params![run.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<u32>>(4)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| RecordsError::UnknownRun(run.to_string()))?;
    let mut st = conn.prepare_cached("SELECT body FROM event WHERE run_id = ?1 ORDER BY seq")?;
    let bodies = st
        .query_map(params![run.to_string()], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let events = bodies
        .iter()
        .map(|b| {
            serde_json::from_str::<Event>(b)
                .map_err(|e| RecordsError::Corrupt(format!("run {run}: event: {e}")))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(RunLog {
        pack_id: head.0,
        pack_version: head.1,
        locale: head.2,
        seed: head.3 as u64,
        events,
        scoring: crate::scoring::SCORING_VERSION,
        pass_mark: head.4,
    })
}
