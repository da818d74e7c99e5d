//! The runs a report covers: every run with its session and trainee,
//! filtered by start date and curriculum.

use rusqlite::{Connection, params};
use time::Date;

use crate::records::clock;
use crate::records::error::{RecordsError, Result};
use crate::scoring::ScenarioScore;

/// Which runs a report covers. Dates are inclusive, in UTC.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportFilter {
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub curriculum: Option<String>,
}

/// One run with who played it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRow {
    pub run_id: String,
    pub session_id: String,
    pub trainee_id: String,
    pub display_name: Option<String>,
    pub anonymous: bool,
    pub curriculum: Option<String>,
    pub mode: String,
    pub pack_id: String,
    pub pack_version: String,
    pub pack_kind: String,
    pub locale: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    /// Reached an ending.
    pub completed: bool,
    pub score: Option<ScenarioScore>,
    /// The scenario title and red-flag labels from the stored debrief.
    pub title: Option<String>,
    pub flag_labels: Vec<(String, String)>,
    /// The judgement after the last decision: 1 (sure scam) … 6 (sure genuine).
    pub judgement: Option<u8>,
    /// The curriculum block: `pre-test`, `training`, `post-test`, `booster`.
    pub block: Option<String>,
}

impl RunRow {
    /// A scored run that reached an ending (what charts count).
    pub fn scored(&self) -> Option<&ScenarioScore> {
        if self.completed {
            self.score.as_ref()
        } else {
            None
        }
    }
}

fn debrief_labels(json: Option<&str>) -> (Option<String>, Vec<(String, String)>) {
    let Some(v) = json.and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok()) else {
        return (None, Vec::new());
    };
    let strip = |s: &str| crate::locale::bidi::strip_marks(s);
    let title = v.get("title").and_then(|t| t.as_str()).map(strip);
    let flags = v
        .get("red_flags")
        .and_then(|f| f.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|f| {
                    Some((
                        f.get("id")?.as_str()?.to_owned(),
                        strip(f.get("label")?.as_str()?),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    (title, flags)
}

fn bounds(filter: &ReportFilter) -> (String, String) {
    let from = filter.from.map(clock::day_start).unwrap_or_default();
    let to = filter
        .to
        .and_then(|d| d.next_day())
        .map(clock::day_start)
        .unwrap_or_else(|| "9999".to_owned());
    (from, to)
}

/// Hand each run the filter selects to `f`, oldest first, one at a time
/// (nothing holds more than the row at hand); stops at `f`'s first error.
pub fn for_each_run<E: From<RecordsError>>(
    conn: &Connection,
    filter: &ReportFilter,
    mut f: impl FnMut(RunRow) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let (from, to) = bounds(filter);
    let mut st = conn
        .prepare(
            "SELECT run.id, session.id, trainee.id, trainee.display_name, trainee.anonymous, session.curriculum, session.mode,
                run.pack_id, run.pack_version, run.pack_kind, run.locale, run.started_at, run.finished_at, run.completed,
                run.score_json, run.debrief_json, run.judgement, run.block
         FROM run JOIN session ON run.session_id = session.id JOIN trainee ON session.trainee_id = trainee.id
         WHERE run.started_at >= ?1 AND run.started_at < ?2 AND (?3 IS NULL OR session.curriculum = ?3)
         ORDER BY run.started_at, session.id, run.seq",
        )
        .map_err(RecordsError::from)?;
    let rows = st
        .query_map(params![from, to, filter.curriculum], |r| {
            let score_json: Option<String> = r.get(14)?;
            let debrief_json: Option<String> = r.get(15)?;
            let (title, flag_labels) = debrief_labels(debrief_json.as_deref());
            Ok(RunRow {
                run_id: r.get(0)?,
                session_id: r.get(1)?,
                trainee_id: r.get(2)?,
                display_name: r.get(3)?,
                anonymous: r.get(4)?,
                curriculum: r.get(5)?,
                mode: r.get(6)?,
                pack_id: r.get(7)?,
                pack_version: r.get(8)?,
                pack_kind: r.get(9)?,
                locale: r.get(10)?,
                started_at: r.get(11)?,
                finished_at: r.get(12)?,
                completed: r.get(13)?,
                score: score_json.and_then(|j| serde_json::from_str(&j).ok()),
                title,
                flag_labels,
                judgement: r.get(16)?,
                block: r.get(17)?,
            })
        })
        .map_err(RecordsError::from)?;
    for row in rows {
        f(row.map_err(RecordsError::from)?)?;
    }
    Ok(())
}

/// Load the runs the filter selects, oldest first.
pub fn load_runs(conn: &Connection, filter: &ReportFilter) -> Result<Vec<RunRow>> {
    let mut out = Vec::new();
    for_each_run(conn, filter, |r| {
        out.push(r);
        Ok::<(), RecordsError>(())
    })?;
    Ok(out)
}

/// How many anonymous sessions the runs the filter selects come from.
pub fn anonymous_sessions(conn: &Connection, filter: &ReportFilter) -> Result<usize> {
    let (from, to) = bounds(filter);
    let n: i64 = conn.query_row(
        "SELECT COUNT(DISTINCT session.id)
         FROM run JOIN session ON run.session_id = session.id JOIN trainee ON session.trainee_id = trainee.id
         WHERE trainee.anonymous AND run.started_at >= ?1 AND run.started_at < ?2
           AND (?3 IS NULL OR session.curriculum = ?3)",
        params![from, to, filter.curriculum],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}
