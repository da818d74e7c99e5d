//! The recorder: the one object the GUI and the CLI use to keep training
//! records while people play.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::Connection;
use uuid::Uuid;

use super::clock;
use super::delivery::{PassReport, RetryPolicy};
use super::error::{RecordsError, Result};
use super::forwarder::Forwarder;
use super::ids::{Mode, RunId, SessionId, Trainee};
use super::lrs::LrsClient;
use super::outbox::{self, OutboxCounts};
use super::public::{self, Abandoned, DayRange, Discarded, PublicSummary};
use super::retention::{self, PruneReport};
use super::runs::{self, Finished, NewRun, SessionInfo};
use super::store;
use super::xapi::{CurriculumFacts, Decision, RunFacts, SessionFacts, decisions_of};
use crate::config::{Config, LoadedConfig};
use crate::locale::bidi::strip_marks;
use crate::outcome::RunOutcome;
use crate::play::Play;
use crate::runner::{Event, Run, RunLog};
use crate::scoring::{ScenarioScore, score_curriculum};

/// A run being recorded by this process.
struct LiveRun {
    facts: RunFacts,
    decisions: BTreeMap<String, Decision>,
    /// Events of the run's log already stored.
    stored: usize,
    /// The curriculum block (`pre-test`, `training`, `post-test`, `booster`).
    block: Option<&'static str>,
}

impl LiveRun {
    /// A statement of this run, tagged with its block.
    fn tagged(&self, mut s: super::xapi::Statement) -> super::xapi::Statement {
        if let Some(b) = self.block {
            s.tag_block(b);
        }
        s
    }
}

struct Inner {
    conn: Connection,
    runs: HashMap<RunId, LiveRun>,
}

/// Keeps training records: trainees, sessions, runs with their full event
/// logs, scores and debriefs, in an SQLite database in the data folder, and
/// queues xAPI statements for the organisation's LRS, which a background
/// thread sends with retries. Open one per program with [`Recorder::open`]
/// (it migrates the database and prunes data past the retention limit), then
/// call [`start_session`](Recorder::start_session) for a trainee (or an
/// anonymous kiosk visitor), [`start_run`](Recorder::start_run) when a
/// scenario starts, [`record_new_events`](Recorder::record_new_events) (or
/// [`record_event`](Recorder::record_event)) after every input so each event
/// is committed as it happens, and [`finish_run`](Recorder::finish_run) at the
/// debrief. Every call is a short transaction; a crash loses at most the event
/// in flight. The LRS is never waited on: statements sit in the outbox until
/// it takes them. `Recorder` is `Send + Sync` (the connection is behind a
/// mutex), so the GUI can keep it as a resource.
pub struct Recorder {
    inner: Mutex<Inner>,
    config: Config,
    db_path: PathBuf,
    forwarder: Option<Forwarder>,
    pruned: PruneReport,
}

/// Open the database in `data_dir` and apply the retention limit (for
/// commands that read records: report, certificate, sync).
pub fn open_store(config: &Config, data_dir: &Path) -> Result<(Connection, PruneReport)> {
    let mut conn = store::open(data_dir)?;
    let pruned = retention::prune(&mut conn, config.retention_days, clock::now())?;
    if pruned.sessions > 0 || pruned.trainees > 0 {
        // Move the overwritten pages into the main file now, so deleted data
        // does not linger in the write-ahead log (best effort: readers may hold it).
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
    Ok((conn, pruned))
}

/// The LRS client and retry policy a configuration asks for, if it has an LRS.
pub fn lrs_client(config: &LoadedConfig) -> Result<Option<(LrsClient, RetryPolicy)>> {
    let Some(secret) = config.lrs_secret()? else {
        return Ok(None);
    };
    let Some(lrs) = &config.config.lrs else {
        return Ok(None);
    };
    let policy = RetryPolicy {
        initial: Duration::from_secs(lrs.retry_initial_secs),
        max: Duration::from_secs(lrs.retry_max_secs),
    };
    Ok(Some((LrsClient::new(lrs, &secret), policy)))
}

impl Recorder {
    /// Open the records in `data_dir` (created if needed) and start sending
    /// to the configured LRS. Fails, before anything is recorded, when the
    /// database cannot be opened or the LRS secret is missing.
    pub fn open(config: &LoadedConfig, data_dir: &Path) -> Result<Recorder> {
        let client = lrs_client(config)?;
        let (conn, pruned) = open_store(&config.config, data_dir)?;
        let db_path = store::db_path(data_dir);
        let forwarder = client.map(|(c, policy)| Forwarder::spawn(&db_path, c, policy));
        Ok(Recorder {
            inner: Mutex::new(Inner {
                conn,
                runs: HashMap::new(),
            }),
            config: config.config.clone(),
            db_path,
            forwarder,
            pruned,
        })
    }

    fn home_page(&self) -> String {
        self.config
            .lrs
            .as_ref()
            .map(|l| l.account_home_page.clone())
            .unwrap_or_default()
    }

    /// When the run just finished completes its session's curriculum (the
    /// latest completed run of every pack is there), the curriculum-level
    /// statements; inside the finishing transaction.
    fn curriculum_result(
        &self,
        conn: &Connection,
        facts: &RunFacts,
        at: time::OffsetDateTime,
    ) -> Result<Option<[super::xapi::Statement; 2]>> {
        let Some(cur) = facts
            .curriculum
            .as_deref()
            .and_then(|c| self.config.curriculum(c))
        else {
            return Ok(None);
        };
        let info = runs::session_info(conn, SessionId(facts.session))?;
        let Some(scores) = super::progress::curriculum_scores(conn, &info.trainee_id, cur)? else {
            return Ok(None);
        };
        let result = score_curriculum(&scores, cur.pass_mark);
        let c = CurriculumFacts {
            actor_home_page: facts.actor_home_page.clone(),
            actor_name: facts.actor_name.clone(),
            session: facts.session,
            mode: facts.mode.clone(),
            platform: facts.platform.clone(),
            curriculum: cur.name.clone(),
        };
        Ok(Some(c.result(facts.registration, &result, at)))
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn sending(&self) -> bool {
        self.config.lrs.is_some()
    }

    fn wake(&self) {
        if let Some(f) = &self.forwarder {
            f.wake();
        }
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// What the retention limit removed when the recorder opened.
    pub fn pruned(&self) -> PruneReport {
        self.pruned
    }

    /// Start a session. Public (kiosk) sessions must be anonymous; known
    /// trainees are stored with their opaque id and optional display name.
    /// `curriculum` must name one in the configuration.
    pub fn start_session(
        &self,
        who: &Trainee,
        curriculum: Option<&str>,
        mode: Mode,
    ) -> Result<SessionId> {
        if let Some(c) = curriculum
            && self.config.curriculum(c).is_none()
        {
            return Err(RecordsError::UnknownCurriculum(c.to_owned()));
        }
        let at = clock::now();
        let now = clock::iso(at);
        let id = SessionId(Uuid::new_v4());
        let (trainee_id, name, anonymous, actor_name) = match who {
            Trainee::Known { .. } if mode == Mode::Public => {
                return Err(RecordsError::NamedPublicSession);
            }
            Trainee::Known { id, display_name } => {
                (id.clone(), display_name.clone(), false, id.clone())
            }
            Trainee::Anonymous => {
                let random = Uuid::new_v4().hyphenated().to_string();
                (format!("anon-{random}"), None, true, random)
            }
        };
        let info = SessionInfo {
            trainee_id,
            actor_name,
            curriculum: curriculum.map(str::to_owned),
            mode,
        };
        let mut inner = self.lock();
        let tx = inner.conn.transaction()?;
        runs::upsert_trainee(&tx, &info.trainee_id, name.as_deref(), anonymous, &now)?;
        runs::insert_session(&tx, id, &info, &now)?;
        if self.sending() && mode == Mode::Public {
            let facts = SessionFacts {
                actor_home_page: self.home_page(),
                actor_name: info.actor_name.clone(),
                session: id.0,
                platform: RunFacts::platform_name(),
            };
            outbox::enqueue(&tx, None, &facts.initialized(at))?;
        }
        tx.commit()?;
        drop(inner);
        self.wake();
        Ok(id)
    }

    /// Mark a session ended (optional; sessions without an end still count).
    pub fn end_session(&self, session: SessionId) -> Result<()> {
        runs::end_session(&self.lock().conn, session, &clock::iso(clock::now()))
    }

    /// Start recording a play that was just started: stores the run and its
    /// first events, and queues the `attempted` statement. A session in a
    /// curriculum sets the play's pass mark to the curriculum's, so that the
    /// engine scores the run with the pass mark it is recorded with.
    pub fn start_run(&self, session: SessionId, play: &mut Play) -> Result<RunId> {
        let now = clock::now();
        let id = RunId(Uuid::new_v4());
        let log = play.run.log();
        let scenario = &play.run.pack().scenario;
        let mut inner = self.lock();
        let info = runs::session_info(&inner.conn, session)?;
        let curriculum = info
            .curriculum
            .as_deref()
            .and_then(|c| self.config.curriculum(c));
        let kind = format!("{:?}", scenario.kind);
        let facts = RunFacts {
            actor_home_page: self.home_page(),
            actor_name: info.actor_name.clone(),
            registration: id.0,
            session: session.0,
            mode: info.mode.key().to_owned(),
            platform: RunFacts::platform_name(),
            language: log.locale.clone(),
            pack_id: log.pack_id.clone(),
            pack_version: log.pack_version.clone(),
            title: strip_marks(&play.text.pack(&scenario.title)),
            curriculum: info.curriculum.clone(),
            seed: log.seed,
            pack_kind: kind.clone(),
            // Known ids may not start with "anon-" (see `Trainee::known`).
            anonymous: info.trainee_id.starts_with("anon-"),
        };
        let started_at = clock::iso(now);
        let block = curriculum
            .and_then(|c| c.block_of(&log.pack_id, &info.trainee_id))
            .map(crate::measure::Block::key);
        let tx = inner.conn.transaction()?;
        runs::insert_run(
            &tx,
            &NewRun {
                id,
                session,
                log: &log,
                kind: &kind,
                started_at: &started_at,
            },
        )?;
        if let Some(b) = block {
            runs::set_block(&tx, id, b)?;
        }
        if let Some(c) = curriculum {
            play.pass_mark = c.pass_mark;
        }
        runs::set_pass_mark(&tx, id, play.pass_mark)?;
        for (seq, e) in log.events.iter().enumerate() {
            runs::insert_event(&tx, id, seq, e)?;
        }
        let live = LiveRun {
            facts,
            decisions: decisions_of(play),
            stored: log.events.len(),
            block,
        };
        if self.sending() {
            let s = live.tagged(live.facts.attempted(now));
            outbox::enqueue(&tx, Some(&id.to_string()), &s)?;
        }
        tx.commit()?;
        inner.runs.insert(id, live);
        drop(inner);
        self.wake();
        Ok(id)
    }

    fn store_event(&self, inner: &mut Inner, run: RunId, event: &Event) -> Result<()> {
        let Inner {
            conn,
            runs: live_runs,
        } = inner;
        let live = live_runs
            .get_mut(&run)
            .ok_or_else(|| RecordsError::UnknownRun(run.to_string()))?;
        let tx = conn.transaction()?;
        runs::insert_event(&tx, run, live.stored, event)?;
        if self.sending()
            && let Event::Choose {
                step,
                choice,
                decision_ms,
                ..
            } = event
            && let Some(d) = live.decisions.get(step)
        {
            let s = live
                .facts
                .answered(live.stored, d, choice, *decision_ms, clock::now());
            outbox::enqueue(&tx, Some(&run.to_string()), &live.tagged(s))?;
        }
        if let Event::Judge { rating, .. } = event
            && let Some(r) = crate::measure::Rating::new(*rating)
        {
            runs::set_judgement(&tx, run, r.get())?;
            if self.sending() {
                let s = live.tagged(live.facts.judged(r, clock::now()));
                outbox::enqueue(&tx, Some(&run.to_string()), &s)?;
            }
        }
        tx.commit()?;
        live.stored += 1;
        Ok(())
    }

    /// Record the next event of a run's log (in log order), in its own transaction.
    pub fn record_event(&self, run: RunId, event: &Event) -> Result<()> {
        self.store_event(&mut self.lock(), run, event)?;
        self.wake();
        Ok(())
    }

    /// Record every event of `play_run`'s log not stored yet, one
    /// transaction each. Returns how many were new. Call after each input.
    pub fn record_new_events(&self, run: RunId, play_run: &Run) -> Result<usize> {
        self.store_new_events(run, play_run.events())
    }

    fn store_new_events(&self, run: RunId, events: &[Event]) -> Result<usize> {
        let mut inner = self.lock();
        let from = inner
            .runs
            .get(&run)
            .map(|l| l.stored)
            .ok_or_else(|| RecordsError::UnknownRun(run.to_string()))?;
        for e in events.iter().skip(from) {
            self.store_event(&mut inner, run, e)?;
        }
        drop(inner);
        let n = events.len().saturating_sub(from);
        if n > 0 {
            self.wake();
        }
        Ok(n)
    }

    /// Finish a run with the engine's outcome of `play` as it stands (see
    /// [`Recorder::record_outcome`]).
    pub fn finish_run(&self, run: RunId, play: &Play) -> Result<ScenarioScore> {
        let outcome = play.outcome();
        self.record_outcome(run, &outcome)?;
        Ok(outcome.score)
    }

    /// Finish a run (at its debrief, or when left): stores any events left,
    /// the engine's score and debrief as they are (nothing is scored again),
    /// and queues `passed`/`failed` and `completed` if the run reached an
    /// ending, `terminated` if not.
    pub fn record_outcome(&self, run: RunId, outcome: &RunOutcome) -> Result<()> {
        self.store_new_events(run, &outcome.log.events)?;
        let mut inner = self.lock();
        let live = inner
            .runs
            .remove(&run)
            .ok_or_else(|| RecordsError::UnknownRun(run.to_string()))?;
        let RunOutcome {
            score,
            debrief,
            completed,
            duration_ms,
            ..
        } = outcome;
        let (completed, duration_ms) = (*completed, *duration_ms);
        let now = clock::now();
        let finished_at = clock::iso(now);
        let tx = inner.conn.transaction()?;
        runs::finish_run(
            &tx,
            run,
            &Finished {
                score,
                debrief,
                completed,
                duration_ms,
                finished_at: &finished_at,
            },
        )?;
        if self.sending() {
            let run_key = run.to_string();
            if completed {
                for s in live.facts.ended(score, debrief, duration_ms, now) {
                    outbox::enqueue(&tx, Some(&run_key), &live.tagged(s))?;
                }
                if let Some(s) = self.curriculum_result(&tx, &live.facts, now)? {
                    for s in s {
                        outbox::enqueue(&tx, Some(&run_key), &s)?;
                    }
                }
            } else {
                let s = live.facts.terminated(score, debrief, duration_ms, now);
                outbox::enqueue(&tx, Some(&run_key), &live.tagged(s))?;
            }
        }
        tx.commit()?;
        drop(inner);
        self.wake();
        Ok(())
    }

    /// Throw away a run left unfinished, as when a kiosk visitor walks away
    /// and the idle timeout returns to the start screen: the run is deleted
    /// with its events and its queued statements, and stops being recorded.
    /// A run that reached an ending is kept. See [`public::Discarded`] for
    /// what happens to statements already sent; an `abandoned` statement is
    /// queued so that reports read from the LRS leave the run out too.
    pub fn discard_run(&self, run: RunId) -> Result<Discarded> {
        let mut inner = self.lock();
        let Inner {
            conn,
            runs: live_runs,
        } = &mut *inner;
        let tx = conn.transaction()?;
        let done = public::discard_run(&tx, run)?;
        // Statements of the run may already be in the LRS: tell it the run
        // was thrown away, so reports read from there leave it out too.
        if self.sending()
            && matches!(done, Discarded::Removed { .. })
            && let Some(live) = live_runs.get(&run)
        {
            outbox::enqueue(&tx, None, &live.facts.abandoned(clock::now()))?;
        }
        tx.commit()?;
        if matches!(done, Discarded::Removed { .. }) {
            live_runs.remove(&run);
        }
        drop(inner);
        self.wake();
        Ok(done)
    }

    /// Open the records for a kiosk: [`Recorder::open`], then
    /// [`Recorder::discard_abandoned_public_runs`], so runs a crash left
    /// half-played do not stay in the database. Call it only from the kiosk
    /// process (see that method).
    pub fn open_kiosk(config: &LoadedConfig, data_dir: &Path) -> Result<(Recorder, Abandoned)> {
        let rec = Recorder::open(config, data_dir)?;
        let done = rec.discard_abandoned_public_runs()?;
        Ok((rec, done))
    }

    /// Delete every unfinished run of a public (kiosk) session, with its
    /// events and statements as [`Recorder::discard_run`] does, and close the
    /// public sessions left open. For kiosk start-up, before the first
    /// session: a run of a public session still being played by another
    /// process on the same database would be deleted too.
    pub fn discard_abandoned_public_runs(&self) -> Result<Abandoned> {
        let mut inner = self.lock();
        let tx = inner.conn.transaction()?;
        let done = public::discard_unfinished_public_runs(&tx)?;
        tx.commit()?;
        Ok(done)
    }

    /// Anonymous figures over the public (kiosk) sessions of `range`, with
    /// small groups suppressed: what the facilitator's summary screen shows.
    /// See [`public`](super::public).
    pub fn public_summary(&self, range: DayRange) -> Result<PublicSummary> {
        public::day_summary(&self.lock().conn, range)
    }

    /// [`public_summary`](Self::public_summary) for today, in this
    /// computer's time zone (asked of the system on each call, outside the
    /// database lock: a few milliseconds on Unix, more on Windows).
    pub fn public_summary_today(&self) -> Result<PublicSummary> {
        self.public_summary(DayRange::today())
    }

    /// The stored event log of a run (replay it with `Engine::replay`).
    pub fn run_log(&self, run: RunId) -> Result<RunLog> {
        runs::load_log(&self.lock().conn, run)
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        outbox::counts(&self.lock().conn)
    }

    /// Try to send every queued statement now, waiting up to `timeout`.
    /// True when the queue is empty afterwards. Never fails: an LRS that is
    /// down just leaves statements queued.
    pub fn flush(&self, timeout: Duration) -> bool {
        if let Some(f) = &self.forwarder {
            f.flush(timeout);
        }
        self.outbox_counts().is_ok_and(|c| c.pending == 0)
    }

    /// What the background sender has done since the recorder opened.
    pub fn sent_so_far(&self) -> PassReport {
        self.forwarder
            .as_ref()
            .map(Forwarder::totals)
            .unwrap_or_default()
    }

    /// Stop the background sender, waiting up to `timeout` for a request in flight.
    pub fn shutdown(&self, timeout: Duration) {
        if let Some(f) = &self.forwarder {
            f.shutdown(timeout);
        }
    }
}
