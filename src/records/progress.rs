//! How far a trainee is through a curriculum: the latest completed run of
//! each of its packs (the runs a certificate counts), for the
//! curriculum-level statement sent when the last one is played.

use rusqlite::{Connection, OptionalExtension, params};

use super::error::Result;
use crate::config::Curriculum;
use crate::scoring::ScenarioScore;

/// The score of the trainee's latest completed run of every pack of the
/// curriculum (scams, then genuine packs), or `None` while one is missing.
pub(crate) fn curriculum_scores(
    conn: &Connection,
    trainee_id: &str,
    curriculum: &Curriculum,
) -> Result<Option<Vec<ScenarioScore>>> {
    let mut st = conn.prepare_cached(
        "SELECT run.score_json FROM run JOIN session ON run.session_id = session.id
         WHERE session.trainee_id = ?1 AND session.curriculum = ?2 AND run.pack_id = ?3 AND run.completed = 1 AND run.score_json IS NOT NULL
         ORDER BY run.finished_at DESC LIMIT 1",
    )?;
    let mut scores = Vec::new();
    for pack in curriculum.packs.iter().chain(&curriculum.genuine) {
        let json: Option<String> = st
            .query_row(params![trainee_id, curriculum.name, pack], |r| r.get(0))
            .optional()?;
        match json.and_then(|j| serde_json::from_str::<ScenarioScore>(&j).ok()) {
            Some(s) => scores.push(s),
            None => return Ok(None),
        }
    }
    Ok(Some(scores))
}
