//! Rebuilding the runs a trainers' report covers from the LRS, into the
//! same [`RunRow`]s the local report reads: one accumulator per run
//! (registration), filled from the `attempted` statements of runs that
//! started in the period, then from the `completed` / `terminated` ones;
//! runs thrown away (`abandoned`) are dropped. Display names never leave
//! the machine they were typed on, so rows read from the LRS have none.

use std::collections::HashMap;

use super::client::{LrsReader, ReadCounts};
use super::error::ReadError;
use super::statement::{RunStatement, run_statement};
use super::window::Window;
use crate::records::clock;
use crate::records::report::{ReportFilter, RunRow};
use crate::records::xapi::iri;

/// The runs `filter` selects, oldest first, as the local report orders
/// them (start time, then session), rebuilt from the statements of actors
/// of `home_page`. `until` is when the report started: statements stored
/// after it are left for the next report.
pub fn read_runs(
    reader: &LrsReader,
    filter: &ReportFilter,
    home_page: &str,
    until: &str,
) -> Result<(Vec<RunRow>, ReadCounts), ReadError> {
    let from = filter.from.map(clock::day_start).unwrap_or_default();
    let to = filter
        .to
        .and_then(|d| d.next_day())
        .map(clock::day_start)
        .unwrap_or_else(|| "9999".to_owned());
    let window = Window::new(&from, until);
    let query = |verb: &str| {
        let mut q = window.query(verb, reader.page_size());
        if let Some(c) = &filter.curriculum {
            q.activity = Some(iri::curriculum(c));
            q.related_activities = true;
        }
        q
    };
    let mut runs: HashMap<String, RunRow> = HashMap::new();
    let mut total = ReadCounts::default();
    let mut add = |c: ReadCounts| {
        total.pages += c.pages;
        total.statements += c.statements;
    };

    add(reader.for_each(&query(iri::VERB_ATTEMPTED), |v| {
        let Some(s) = run_statement(v, home_page) else {
            return Ok(());
        };
        let started_at = s.timestamp()?;
        if started_at < from || started_at >= to {
            return Ok(());
        }
        let curriculum = s.curriculum()?;
        if filter.curriculum.is_some() && curriculum != filter.curriculum {
            return Ok(());
        }
        let row = started(&s, started_at, curriculum)?;
        runs.entry(row.run_id.clone()).or_insert(row);
        Ok(())
    })?);

    for (verb, completed) in [(iri::VERB_COMPLETED, true), (iri::VERB_TERMINATED, false)] {
        add(reader.for_each(&query(verb), |v| {
            let Some(s) = run_statement(v, home_page) else {
                return Ok(());
            };
            let Some(row) = runs.get_mut(s.registration()?) else {
                return Ok(());
            };
            if row.completed && !completed {
                return Ok(());
            }
            ended(row, &s, completed)
        })?);
    }

    add(reader.for_each(&query(iri::VERB_ANSWERED), |v| {
        let Some(s) = run_statement(v, home_page) else {
            return Ok(());
        };
        if let Some(rating) = s.judgement()
            && let Some(row) = runs.get_mut(s.registration()?)
        {
            row.judgement = Some(rating);
        }
        Ok(())
    })?);

    add(reader.for_each(&query(iri::VERB_ABANDONED), |v| {
        if let Some(s) = run_statement(v, home_page) {
            runs.remove(s.registration()?);
        }
        Ok(())
    })?);

    let mut rows: Vec<RunRow> = runs.into_values().collect();
    rows.sort_by(|a, b| {
        (&a.started_at, &a.session_id, &a.run_id).cmp(&(&b.started_at, &b.session_id, &b.run_id))
    });
    Ok((rows, total))
}

/// A run as its `attempted` statement tells it.
fn started(
    s: &RunStatement<'_>,
    started_at: String,
    curriculum: Option<String>,
) -> Result<RunRow, ReadError> {
    let mode = s.mode()?.to_owned();
    let anonymous = s.anonymous() || mode == "public";
    let actor = s.actor_name()?;
    Ok(RunRow {
        run_id: s.registration()?.to_owned(),
        session_id: s.session()?.to_owned(),
        trainee_id: if anonymous {
            format!("anon-{actor}")
        } else {
            actor.to_owned()
        },
        display_name: None,
        anonymous,
        curriculum,
        mode,
        pack_id: s.pack_id()?,
        pack_version: s.pack_version()?.to_owned(),
        pack_kind: s.pack_kind()?.to_owned(),
        locale: s.language()?.to_owned(),
        started_at,
        finished_at: None,
        completed: false,
        score: None,
        title: None,
        flag_labels: Vec::new(),
        judgement: None,
        block: s.block(),
    })
}

/// Fill in what the run's `completed` (or `terminated`) statement tells.
fn ended(row: &mut RunRow, s: &RunStatement<'_>, completed: bool) -> Result<(), ReadError> {
    row.completed = completed;
    row.finished_at = Some(s.timestamp()?);
    row.score = Some(s.score()?);
    row.title = Some(s.title()?);
    row.flag_labels = s
        .red_flags()?
        .into_iter()
        .map(|(id, label, _)| (id, label))
        .collect();
    Ok(())
}
