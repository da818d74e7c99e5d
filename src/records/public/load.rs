//! Reading the public sessions of a range and their runs. Session ids are
//! only used here, to tell sessions apart; they never leave this module.

use std::collections::HashMap;

use rusqlite::{Connection, params};
use serde_json::Value;

use super::range::DayRange;
use crate::records::RecordsError;
use crate::scoring::ScenarioScore;

/// One run of a public session, as the figures need it.
pub(crate) struct PublicRun {
    /// Which session (0, 1, …: an index, not an id).
    pub session: usize,
    pub pack_id: String,
    pub genuine: bool,
    /// The score, for a run played to an ending whose score reads back.
    pub score: Option<ScenarioScore>,
    /// Red flags shown in the run: (flag id, missed).
    pub flags: Vec<(String, bool)>,
    /// The visitor's judgement after the last decision (1 sure scam … 6 sure genuine).
    pub judgement: Option<u8>,
}

/// The public sessions of a range: how many, and their runs.
pub(crate) struct PublicRows {
    pub sessions: usize,
    pub runs: Vec<PublicRun>,
}

/// Red flags shown in a run, from its stored debrief; when that does not
/// read back, the score's missed flags (the flags spotted are then unknown).
fn flags_of(debrief: Option<&str>, score: &ScenarioScore) -> Vec<(String, bool)> {
    let notes = debrief
        .and_then(|d| serde_json::from_str::<Value>(d).ok())
        .and_then(|v| v.get("red_flags").and_then(Value::as_array).cloned());
    match notes {
        Some(notes) => notes
            .iter()
            .filter_map(|n| {
                let id = n.get("id")?.as_str()?.to_owned();
                let spotted = n.get("spotted").and_then(Value::as_bool).unwrap_or(false);
                Some((id, !spotted))
            })
            .collect(),
        None => score
            .flags_missed
            .iter()
            .map(|id| (id.clone(), true))
            .collect(),
    }
}

pub(super) fn load(conn: &Connection, range: &DayRange) -> Result<PublicRows, RecordsError> {
    let (from, to) = range.utc_bounds();
    let mut st = conn.prepare(
        "SELECT session.id, run.pack_id, run.pack_kind, run.completed, run.score_json, run.debrief_json, run.judgement
         FROM session LEFT JOIN run ON run.session_id = session.id
         WHERE session.mode = 'public' AND session.started_at >= ?1 AND session.started_at < ?2
         ORDER BY session.started_at, session.id, run.seq",
    )?;
    let rows = st.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<bool>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<u8>>(6)?,
        ))
    })?;
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut runs = Vec::new();
    for row in rows {
        let (session_id, pack_id, kind, completed, score_json, debrief_json, judgement) = row?;
        let next = index.len();
        let session = *index.entry(session_id).or_insert(next);
        // A session without runs comes back once, with no run columns.
        let Some(pack_id) = pack_id else { continue };
        let score = score_json
            .filter(|_| completed == Some(true))
            .and_then(|j| serde_json::from_str::<ScenarioScore>(&j).ok());
        let genuine = match (&score, kind.as_deref()) {
            (Some(s), _) => s.kind == crate::model::PackKind::Genuine,
            (None, k) => k == Some("Genuine"),
        };
        let flags = score
            .as_ref()
            .map(|s| flags_of(debrief_json.as_deref(), s))
            .unwrap_or_default();
        runs.push(PublicRun {
            session,
            pack_id,
            genuine,
            score,
            flags,
            judgement,
        });
    }
    Ok(PublicRows {
        sessions: index.len(),
        runs,
    })
}
