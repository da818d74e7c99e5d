//! Rebuilding the runs a trainers' report covers from the LRS, into the
//! same [`RunRow`]s the local report reads: one accumulator per run
//! (registration), filled from the `attempted` statements of runs that
//! started in the period, then from the `completed` / `terminated` ones;
//! runs thrown away (`abandoned`) are dropped. Display names never leave
//! the machine they were typed on, so rows read from the LRS have none.

use rusqlite::{Connection, OptionalExtension, params};

use super::client::{LrsReader, ReadCounts};
use super::error::ReadError;
use super::statement::{RunStatement, run_statement};
use super::window::Window;
use crate::records::clock;
use crate::records::report::{ReportFilter, RunRow};
use crate::records::xapi::iri;

/// The runs rebuilt from the LRS, kept in a temporary on-disk SQLite
/// database (deleted when the table is dropped) rather than in memory: a
/// run's row is complete only after every pass (attempted, then completed /
/// terminated, answered, abandoned), and the report needs the rows in start
/// order, so they wait on disk, keyed by registration, and come out ordered
/// one at a time. Memory stays that of SQLite's page cache whatever the
/// number of runs.
pub struct RunTable {
    conn: Connection,
}

const SCRATCH_SCHEMA: &str = "
    PRAGMA journal_mode = OFF;
    PRAGMA synchronous = OFF;
    PRAGMA temp_store = FILE;
    CREATE TABLE run (
        run_id       TEXT PRIMARY KEY,
        session_id   TEXT NOT NULL,
        trainee_id   TEXT NOT NULL,
        anonymous    INTEGER NOT NULL,
        curriculum   TEXT,
        mode         TEXT NOT NULL,
        pack_id      TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        pack_kind    TEXT NOT NULL,
        locale       TEXT NOT NULL,
        started_at   TEXT NOT NULL,
        block        TEXT,
        finished_at  TEXT,
        completed    INTEGER NOT NULL DEFAULT 0,
        score_json   TEXT,
        title        TEXT,
        flags_json   TEXT,
        judgement    INTEGER
    );
";

impl RunTable {
    fn new() -> Result<Self, ReadError> {
        // An empty path: SQLite's private temporary database, on disk in
        // the temporary folder and deleted when the connection closes.
        let conn = Connection::open("")?;
        conn.execute_batch(SCRATCH_SCHEMA)?;
        Ok(RunTable { conn })
    }

    /// How many runs.
    pub fn len(&self) -> Result<usize, ReadError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM run", [], |r| r.get(0))?;
        Ok(n as usize)
    }

    pub fn is_empty(&self) -> Result<bool, ReadError> {
        Ok(self.len()? == 0)
    }

    /// How many anonymous sessions the runs come from.
    pub fn anonymous_sessions(&self) -> Result<usize, ReadError> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(DISTINCT session_id) FROM run WHERE anonymous",
            [],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// Hand each run to `f`, oldest first as the local report orders them
    /// (start time, then session, then run), one at a time; stops at `f`'s
    /// first error.
    pub fn for_each<E: From<ReadError>>(
        &self,
        mut f: impl FnMut(RunRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut st = self
            .conn
            .prepare(
                "SELECT run_id, session_id, trainee_id, anonymous, curriculum, mode, pack_id,
                        pack_version, pack_kind, locale, started_at, block, finished_at, completed,
                        score_json, title, flags_json, judgement
                 FROM run ORDER BY started_at, session_id, run_id",
            )
            .map_err(ReadError::from)?;
        let mut rows = st.query([]).map_err(ReadError::from)?;
        while let Some(r) = rows.next().map_err(ReadError::from)? {
            let row = row_of(r).map_err(ReadError::from)?;
            f(row)?;
        }
        Ok(())
    }
}

fn corrupt(i: usize, e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
}

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<RunRow> {
    let score: Option<String> = r.get(14)?;
    let flags: Option<String> = r.get(16)?;
    Ok(RunRow {
        run_id: r.get(0)?,
        session_id: r.get(1)?,
        trainee_id: r.get(2)?,
        display_name: None,
        anonymous: r.get(3)?,
        curriculum: r.get(4)?,
        mode: r.get(5)?,
        pack_id: r.get(6)?,
        pack_version: r.get(7)?,
        pack_kind: r.get(8)?,
        locale: r.get(9)?,
        started_at: r.get(10)?,
        block: r.get(11)?,
        finished_at: r.get(12)?,
        completed: r.get(13)?,
        score: score
            .map(|j| serde_json::from_str(&j).map_err(|e| corrupt(14, e)))
            .transpose()?,
        title: r.get(15)?,
        flag_labels: flags
            .map(|j| serde_json::from_str(&j).map_err(|e| corrupt(16, e)))
            .transpose()?
            .unwrap_or_default(),
        judgement: r.get(17)?,
    })
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, ReadError> {
    serde_json::to_string(v).map_err(|e| ReadError::Scratch(e.to_string()))
}

/// The runs `filter` selects, rebuilt from the statements of actors of
/// `home_page` into a [`RunTable`]. `until` is when the report started:
/// statements stored after it are left for the next report.
pub fn read_run_table(
    reader: &LrsReader,
    filter: &ReportFilter,
    home_page: &str,
    until: &str,
) -> Result<(RunTable, ReadCounts), ReadError> {
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
    let table = RunTable::new()?;
    let conn = &table.conn;
    let tx = conn.unchecked_transaction()?;
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
        let r = started(&s, started_at, curriculum)?;
        // The first `attempted` of a registration counts.
        conn.prepare_cached(
            "INSERT OR IGNORE INTO run (run_id, session_id, trainee_id, anonymous, curriculum, mode,
                 pack_id, pack_version, pack_kind, locale, started_at, block)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            r.run_id,
            r.session_id,
            r.trainee_id,
            r.anonymous,
            r.curriculum,
            r.mode,
            r.pack_id,
            r.pack_version,
            r.pack_kind,
            r.locale,
            r.started_at,
            r.block
        ])?;
        Ok(())
    })?);

    for (verb, completed) in [(iri::VERB_COMPLETED, true), (iri::VERB_TERMINATED, false)] {
        add(reader.for_each(&query(verb), |v| {
            let Some(s) = run_statement(v, home_page) else {
                return Ok(());
            };
            let registration = s.registration()?;
            let was_completed: Option<bool> = conn
                .prepare_cached("SELECT completed FROM run WHERE run_id = ?1")?
                .query_row(params![registration], |r| r.get(0))
                .optional()?;
            let Some(was_completed) = was_completed else {
                return Ok(());
            };
            if was_completed && !completed {
                return Ok(());
            }
            let e = ended(&s)?;
            conn.prepare_cached(
                "UPDATE run SET completed = ?2, finished_at = ?3, score_json = ?4, title = ?5,
                     flags_json = ?6 WHERE run_id = ?1",
            )?
            .execute(params![
                registration,
                completed,
                e.finished_at,
                json(&e.score)?,
                e.title,
                json(&e.flag_labels)?
            ])?;
            Ok(())
        })?);
    }

    add(reader.for_each(&query(iri::VERB_ANSWERED), |v| {
        let Some(s) = run_statement(v, home_page) else {
            return Ok(());
        };
        if let Some(rating) = s.judgement() {
            conn.prepare_cached("UPDATE run SET judgement = ?2 WHERE run_id = ?1")?
                .execute(params![s.registration()?, rating])?;
        }
        Ok(())
    })?);

    add(reader.for_each(&query(iri::VERB_ABANDONED), |v| {
        if let Some(s) = run_statement(v, home_page) {
            conn.prepare_cached("DELETE FROM run WHERE run_id = ?1")?
                .execute(params![s.registration()?])?;
        }
        Ok(())
    })?);
    tx.commit()?;
    Ok((table, total))
}

/// The runs `filter` selects, oldest first, as the local report orders
/// them (start time, then session), rebuilt from the statements of actors
/// of `home_page`, all in memory ([`read_run_table`] hands them out one at
/// a time instead).
pub fn read_runs(
    reader: &LrsReader,
    filter: &ReportFilter,
    home_page: &str,
    until: &str,
) -> Result<(Vec<RunRow>, ReadCounts), ReadError> {
    let (table, counts) = read_run_table(reader, filter, home_page, until)?;
    let mut rows = Vec::new();
    table.for_each(|r| {
        rows.push(r);
        Ok::<(), ReadError>(())
    })?;
    Ok((rows, counts))
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

/// What a run's `completed` (or `terminated`) statement tells.
struct Ended {
    finished_at: String,
    score: crate::scoring::ScenarioScore,
    title: String,
    flag_labels: Vec<(String, String)>,
}

fn ended(s: &RunStatement<'_>) -> Result<Ended, ReadError> {
    Ok(Ended {
        finished_at: s.timestamp()?,
        score: s.score()?,
        title: s.title()?,
        flag_labels: s
            .red_flags()?
            .into_iter()
            .map(|(id, label, _)| (id, label))
            .collect(),
    })
}
