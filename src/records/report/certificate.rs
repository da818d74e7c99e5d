//! Completion certificates: a trainee who played every pack of a curriculum
//! and passed it (mean points at or above the pass mark, no critical
//! failure) gets a printable HTML page with their name (or id), the
//! curriculum, the score and the date.

use std::fmt::Write;

use rusqlite::{Connection, OptionalExtension, params};

use super::escape::html_escape as esc;
use crate::config::Config;
use crate::locale::bidi::strip_marks;
use crate::scoring::{ScenarioScore, score_curriculum};

/// Why no certificate can be made.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("no trainee \"{0}\" in the records")]
    NoTrainee(String),
    #[error("trainee \"{0}\" has no session in a curriculum; pass --curriculum NAME")]
    NoCurriculum(String),
    #[error("no curriculum \"{0}\" in the configuration")]
    UnknownCurriculum(String),
    #[error(
        "trainee \"{trainee}\" has not finished curriculum \"{curriculum}\": not yet played to an ending: {missing}"
    )]
    Incomplete {
        trainee: String,
        curriculum: String,
        missing: String,
    },
    #[error(
        "trainee \"{trainee}\" has not passed curriculum \"{curriculum}\": mean {mean:.1} points (pass mark {pass_mark}), {critical} critical failure(s)"
    )]
    NotPassed {
        trainee: String,
        curriculum: String,
        mean: f64,
        pass_mark: u32,
        critical: usize,
    },
    #[error("records database: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// What a certificate shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateData {
    pub organisation: String,
    pub trainee_id: String,
    /// The display name, or the id when there is none.
    pub shown_name: String,
    pub curriculum: String,
    pub mean_points: f64,
    pub pass_mark: u32,
    /// (title, points) per scenario, in curriculum order.
    pub scenarios: Vec<(String, u32)>,
    /// UTC day the last scenario was finished (`YYYY-MM-DD`).
    pub date: String,
}

/// Gather a trainee's latest completed run of each pack of the curriculum
/// (given, or the one of their latest session) and check it is a pass.
pub fn certificate_data(
    conn: &Connection,
    config: &Config,
    trainee: &str,
    curriculum: Option<&str>,
) -> Result<CertificateData, CertificateError> {
    let name: Option<Option<String>> = conn
        .query_row(
            "SELECT display_name FROM trainee WHERE id = ?1 AND anonymous = 0",
            params![trainee],
            |r| r.get(0),
        )
        .optional()?;
    let Some(display_name) = name else {
        return Err(CertificateError::NoTrainee(trainee.to_owned()));
    };
    let cur_name = match curriculum {
        Some(c) => c.to_owned(),
        None => conn
            .query_row(
                "SELECT curriculum FROM session WHERE trainee_id = ?1 AND curriculum IS NOT NULL ORDER BY started_at DESC LIMIT 1",
                params![trainee],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .ok_or_else(|| CertificateError::NoCurriculum(trainee.to_owned()))?,
    };
    let cur = config
        .curriculum(&cur_name)
        .ok_or_else(|| CertificateError::UnknownCurriculum(cur_name.clone()))?;
    let mut st = conn.prepare(
        "SELECT run.score_json, run.debrief_json, run.finished_at FROM run JOIN session ON run.session_id = session.id
         WHERE session.trainee_id = ?1 AND session.curriculum = ?2 AND run.pack_id = ?3 AND run.completed = 1 AND run.score_json IS NOT NULL
         ORDER BY run.finished_at DESC LIMIT 1",
    )?;
    let mut latest = Vec::new();
    for pack in cur.packs.iter().chain(&cur.genuine) {
        let row = st
            .query_row(params![trainee, cur_name, pack], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .optional()?;
        let parsed = row.and_then(|(s, d, f)| {
            let score = serde_json::from_str::<ScenarioScore>(&s).ok()?;
            let title = d
                .and_then(|d| serde_json::from_str::<serde_json::Value>(&d).ok())
                .and_then(|v| v.get("title").and_then(|t| t.as_str()).map(strip_marks))
                .unwrap_or_else(|| pack.clone());
            Some(LatestRun {
                score,
                title,
                finished_at: f,
            })
        });
        latest.push((pack.clone(), parsed));
    }
    certificate_of(config, trainee, display_name, &cur_name, latest)
}

/// A trainee's latest completed run of a pack: what a certificate counts.
#[derive(Debug, Clone, PartialEq)]
pub struct LatestRun {
    pub score: ScenarioScore,
    pub title: String,
    /// When it ended (`2026-11-25T09:20:00.000Z`).
    pub finished_at: String,
}

/// The certificate from the latest completed run of each pack of the
/// curriculum (in curriculum order; `None` for a pack not yet played to an
/// ending), or why there is none. Shared by the local records and the LRS.
pub fn certificate_of(
    config: &Config,
    trainee: &str,
    display_name: Option<String>,
    cur_name: &str,
    latest: Vec<(String, Option<LatestRun>)>,
) -> Result<CertificateData, CertificateError> {
    let cur = config
        .curriculum(cur_name)
        .ok_or_else(|| CertificateError::UnknownCurriculum(cur_name.to_owned()))?;
    let mut scores: Vec<ScenarioScore> = Vec::new();
    let mut scenarios = Vec::new();
    let mut missing = Vec::new();
    let mut last = String::new();
    for (pack, run) in latest {
        match run {
            Some(run) => {
                scenarios.push((run.title, run.score.points));
                scores.push(run.score);
                if run.finished_at > last {
                    last = run.finished_at;
                }
            }
            None => missing.push(pack),
        }
    }
    if !missing.is_empty() {
        return Err(CertificateError::Incomplete {
            trainee: trainee.to_owned(),
            curriculum: cur_name.to_owned(),
            missing: missing.join(", "),
        });
    }
    let result = score_curriculum(&scores, cur.pass_mark);
    if !result.passed {
        return Err(CertificateError::NotPassed {
            trainee: trainee.to_owned(),
            curriculum: cur_name.to_owned(),
            mean: result.mean_points,
            pass_mark: cur.pass_mark,
            critical: result.critical_failures,
        });
    }
    Ok(CertificateData {
        organisation: config.organisation.clone(),
        trainee_id: trainee.to_owned(),
        shown_name: display_name.unwrap_or_else(|| trainee.to_owned()),
        curriculum: cur_name.to_owned(),
        mean_points: result.mean_points,
        pass_mark: cur.pass_mark,
        scenarios,
        date: last.get(..10).unwrap_or_default().to_owned(),
    })
}

const STYLE: &str = "@page{size:A4 landscape;margin:12mm}body{font-family:Georgia,'Times New Roman',serif;color:#1b1f24;margin:0}\
.cert{border:6px double #0a3069;padding:28px 48px;margin:16px auto;max-width:960px;text-align:center}\
h1{font-size:2.4rem;letter-spacing:.04em;margin:.4rem 0 1.2rem;color:#0a3069}.name{font-size:2rem;font-weight:bold;margin:.6rem 0}\
.lead{font-size:1.15rem}.score{font-size:1.3rem;margin:1rem 0}table{margin:1rem auto;border-collapse:collapse;font-size:.95rem}\
td{padding:.15rem .8rem;border-bottom:1px solid #d0d7de;text-align:left}td.pts{text-align:right}\
.foot{display:flex;justify-content:space-between;margin-top:2.2rem;font-size:1rem}.foot div{border-top:1px solid #1b1f24;padding-top:.3rem;min-width:220px}\
.id{color:#57606a;font-size:.85rem}@media print{.cert{margin:0}}";

/// The certificate page.
pub fn certificate_html(c: &CertificateData) -> String {
    let org = if c.organisation.trim().is_empty() {
        "ScamDrill"
    } else {
        c.organisation.as_str()
    };
    let mut rows = String::new();
    for (title, pts) in &c.scenarios {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td class=\"pts\">{pts} / 100</td></tr>",
            esc(title)
        );
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Certificate — {name}</title><style>{STYLE}</style></head><body>\
         <div class=\"cert\"><p class=\"lead\">{org}</p><h1>Certificate of completion</h1><p class=\"lead\">This certifies that</p>\
         <p class=\"name\">{name}</p><p class=\"lead\">has completed the scam-awareness training curriculum</p>\
         <p class=\"name\" style=\"font-size:1.5rem\">{cur}</p>\
         <p class=\"score\">Score: {mean:.0} / 100 (pass mark {pass})</p><table>{rows}</table>\
         <div class=\"foot\"><div>Date: {date}</div><div>Trainer</div></div><p class=\"id\">Trainee id: {id}</p></div></body></html>\n",
        name = esc(&c.shown_name),
        org = esc(org),
        cur = esc(&c.curriculum),
        mean = c.mean_points,
        pass = c.pass_mark,
        date = esc(&c.date),
        id = esc(&c.trainee_id),
    )
}
