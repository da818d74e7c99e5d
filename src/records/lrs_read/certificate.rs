//! A trainee's certificate from the LRS: their latest completed run of each
//! pack of the curriculum, from the `completed` statements of their account,
//! then the same pass check as for local records
//! ([`certificate_of`](crate::records::report::certificate_of)). Names stay
//! on the machine they were typed on: the certificate shows the trainee id.

use std::collections::HashMap;

use serde_json::json;

use super::client::LrsReader;
use super::error::ReadError;
use super::query::StatementQuery;
use super::statement::{RunStatement, run_statement};
use crate::config::Config;
use crate::records::report::{CertificateData, CertificateError, LatestRun, certificate_of};
use crate::records::xapi::iri;

/// A statement of a run by `trainee`.
fn mine<'a>(v: &'a serde_json::Value, home_page: &str, trainee: &str) -> Option<RunStatement<'a>> {
    run_statement(v, home_page).filter(|s| s.actor_name().ok() == Some(trainee))
}

/// Why no certificate came from the LRS.
#[derive(Debug, thiserror::Error)]
pub enum LrsCertificateError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Certificate(#[from] CertificateError),
}

/// The certificate of `trainee` (an account of `home_page`) for
/// `curriculum`, or the one of their latest run in a curriculum.
pub fn read_certificate(
    reader: &LrsReader,
    config: &Config,
    home_page: &str,
    trainee: &str,
    curriculum: Option<&str>,
    until: &str,
) -> Result<CertificateData, LrsCertificateError> {
    let agent =
        json!({ "objectType": "Agent", "account": { "homePage": home_page, "name": trainee } })
            .to_string();
    let by_trainee = |verb: &str| StatementQuery {
        agent: Some(agent.clone()),
        until: Some(until.to_owned()),
        ..StatementQuery::verb(verb, reader.page_size())
    };
    // Is the trainee there at all, and which curriculum did they play last?
    let mut seen = false;
    let mut last: Option<(String, String)> = None;
    reader.for_each(&by_trainee(iri::VERB_ATTEMPTED), |v| {
        let Some(s) = mine(v, home_page, trainee) else {
            return Ok(());
        };
        seen = true;
        if let Some(c) = s.curriculum()? {
            let at = s.timestamp()?;
            if last.as_ref().is_none_or(|(t, _)| at > *t) {
                last = Some((at, c));
            }
        }
        Ok(())
    })?;
    if !seen {
        return Err(CertificateError::NoTrainee(trainee.to_owned()).into());
    }
    let cur_name = match curriculum {
        Some(c) => c.to_owned(),
        None => last
            .map(|(_, c)| c)
            .ok_or_else(|| CertificateError::NoCurriculum(trainee.to_owned()))?,
    };
    let cur = config
        .curriculum(&cur_name)
        .ok_or_else(|| CertificateError::UnknownCurriculum(cur_name.clone()))?;

    let mut latest: HashMap<String, LatestRun> = HashMap::new();
    let mut q = by_trainee(iri::VERB_COMPLETED);
    q.activity = Some(iri::curriculum(&cur_name));
    q.related_activities = true;
    reader.for_each(&q, |v| {
        let Some(s) = mine(v, home_page, trainee) else {
            return Ok(());
        };
        if s.curriculum()?.as_deref() != Some(cur_name.as_str()) {
            return Ok(());
        }
        let run = LatestRun {
            score: s.score()?,
            title: s.title()?,
            finished_at: s.timestamp()?,
        };
        let pack = s.pack_id()?;
        if latest
            .get(&pack)
            .is_none_or(|l| run.finished_at > l.finished_at)
        {
            latest.insert(pack, run);
        }
        Ok(())
    })?;
    let runs = cur
        .packs
        .iter()
        .chain(&cur.genuine)
        .map(|p| (p.clone(), latest.remove(p)))
        .collect();
    Ok(certificate_of(config, trainee, None, &cur_name, runs)?)
}
