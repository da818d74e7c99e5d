//! A library's anonymous figures across all its kiosks, from the LRS: the
//! kiosk sessions (`initialized`) that started on the range's days, the
//! runs of those sessions (`attempted`), their scores and red flags
//! (`completed`), less the runs thrown away (`abandoned`); then the same
//! counting and small-group suppression as on one kiosk
//! ([`crate::records::public`]). Session ids only tell sessions apart here.

use std::collections::HashMap;

use super::client::{LrsReader, ReadCounts};
use super::error::ReadError;
use super::statement::{run_statement, session_started};
use super::window::Window;
use crate::model::PackKind;
use crate::records::public::{DayRange, PublicRows, PublicRun, PublicSummary, summarise};
use crate::records::xapi::iri;

/// The public summary of `range` over every kiosk whose statements reach
/// the LRS with accounts of `home_page`.
pub fn read_public(
    reader: &LrsReader,
    range: DayRange,
    home_page: &str,
    until: &str,
) -> Result<(PublicSummary, ReadCounts), ReadError> {
    let (start, end) = range.utc_bounds();
    let window = Window::new(&start, until);
    let mut total = ReadCounts::default();
    let mut add = |c: ReadCounts| {
        total.pages += c.pages;
        total.statements += c.statements;
    };
    let mut sessions: HashMap<String, usize> = HashMap::new();
    let mut q = window.query(iri::VERB_INITIALIZED, reader.page_size());
    q.activity = Some(iri::public_session());
    add(reader.for_each(&q, |v| {
        if let Some((session, at)) = session_started(v, home_page)?
            && at >= start
            && at < end
        {
            let next = sessions.len();
            sessions.entry(session).or_insert(next);
        }
        Ok(())
    })?);

    let mut runs: HashMap<String, PublicRun> = HashMap::new();
    add(reader.for_each(
        &window.query(iri::VERB_ATTEMPTED, reader.page_size()),
        |v| {
            let Some(s) = run_statement(v, home_page) else {
                return Ok(());
            };
            let Some(&session) = sessions.get(s.session()?) else {
                return Ok(());
            };
            runs.entry(s.registration()?.to_owned())
                .or_insert(PublicRun {
                    session,
                    pack_id: s.pack_id()?,
                    genuine: s.pack_kind()? == "Genuine",
                    score: None,
                    flags: Vec::new(),
                    judgement: None,
                });
            Ok(())
        },
    )?);
    add(reader.for_each(
        &window.query(iri::VERB_COMPLETED, reader.page_size()),
        |v| {
            let Some(s) = run_statement(v, home_page) else {
                return Ok(());
            };
            let Some(run) = runs.get_mut(s.registration()?) else {
                return Ok(());
            };
            let score = s.score()?;
            run.genuine = score.kind == PackKind::Genuine;
            run.flags = s
                .red_flags()?
                .into_iter()
                .map(|(id, _, spotted)| (id, !spotted))
                .collect();
            run.score = Some(score);
            Ok(())
        },
    )?);
    add(
        reader.for_each(&window.query(iri::VERB_ANSWERED, reader.page_size()), |v| {
            let Some(s) = run_statement(v, home_page) else {
                return Ok(());
            };
            if let Some(rating) = s.judgement()
                && let Some(run) = runs.get_mut(s.registration()?)
            {
                run.judgement = Some(rating);
            }
            Ok(())
        })?,
    );
    add(reader.for_each(
        &window.query(iri::VERB_ABANDONED, reader.page_size()),
        |v| {
            if let Some(s) = run_statement(v, home_page) {
                runs.remove(s.registration()?);
            }
            Ok(())
        },
    )?);
    let rows = PublicRows {
        sessions: sessions.len(),
        runs: runs.into_values().collect(),
    };
    Ok((summarise(range, &rows), total))
}
