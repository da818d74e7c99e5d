//! The database schema and its migrations. `PRAGMA user_version` holds the
//! number of migrations applied; each migration runs in its own transaction
//! with the version bump, so a crash leaves either the old or the new schema.

use rusqlite::Connection;

use super::error::{RecordsError, Result};

/// Migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: trainees, sessions, runs with their events, the xAPI outbox.
    r#"
    CREATE TABLE trainee (
        id           TEXT PRIMARY KEY,      -- opaque id from the employer, or 'anon-<uuid>'
        display_name TEXT,                  -- optional; never set for anonymous trainees
        anonymous    INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL
    );
    CREATE TABLE session (
        id          TEXT PRIMARY KEY,       -- UUID
        trainee_id  TEXT NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
        actor_name  TEXT NOT NULL,          -- xAPI account name (trainee id, or random)
        curriculum  TEXT,
        mode        TEXT NOT NULL,          -- 'trainee' | 'public'
        started_at  TEXT NOT NULL,
        ended_at    TEXT
    );
    CREATE INDEX session_trainee ON session(trainee_id);
    CREATE TABLE run (
        id            TEXT PRIMARY KEY,     -- UUID, also the xAPI registration
        session_id    TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        seq           INTEGER NOT NULL,     -- 1-based position in the session
        pack_id       TEXT NOT NULL,
        pack_version  TEXT NOT NULL,
        pack_kind     TEXT NOT NULL,
        locale        TEXT NOT NULL,
        seed          INTEGER NOT NULL,
        started_at    TEXT NOT NULL,
        finished_at   TEXT,                 -- set by finish_run
        completed     INTEGER NOT NULL DEFAULT 0,  -- reached an ending
        points        INTEGER,
        passed        INTEGER,
        critical      INTEGER,
        remote_access TEXT,
        outcome       TEXT,
        decision_ms   INTEGER,
        duration_ms   INTEGER,
        score_json    TEXT,                 -- scoring::ScenarioScore
        debrief_json  TEXT,                 -- debrief::Debrief
        UNIQUE (session_id, seq)
    );
    CREATE INDEX run_started ON run(started_at);
    CREATE TABLE event (
        run_id  TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
        seq     INTEGER NOT NULL,           -- 0-based index in the run's event log
        at_ms   INTEGER NOT NULL,
        body    TEXT NOT NULL,              -- runner::Event as JSON
        PRIMARY KEY (run_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE outbox (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        statement_id    TEXT NOT NULL UNIQUE,
        run_id          TEXT REFERENCES run(id) ON DELETE CASCADE,
        body            TEXT NOT NULL,      -- the statement, exactly as sent
        created_at      TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT,
        state           TEXT NOT NULL DEFAULT 'pending',  -- 'pending' | 'delivered' | 'rejected'
        delivered_at    TEXT
    );
    CREATE INDEX outbox_due ON outbox(state, next_attempt_ms);
    "#,
    // 2: the trainee's judgement after the last decision (1 = sure scam …
    // 6 = sure genuine; NULL when not asked or not answered) and the
    // curriculum block the run belongs to (pre-test, training, post-test,
    // booster; NULL outside a curriculum). Old rows keep NULL.
    r#"
    ALTER TABLE run ADD COLUMN judgement INTEGER;
    ALTER TABLE run ADD COLUMN block TEXT;
    "#,
    // 3: the pass mark the run is scored against (the curriculum's, else
    // the play's), so a replay from the database scores it the same way.
    // Old rows keep NULL: their logs carry no pass mark (the default).
    r#"
    ALTER TABLE run ADD COLUMN pass_mark INTEGER;
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Bring the database up to [`current_version`].
pub fn migrate(conn: &mut Connection, path: &std::path::Path) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > current_version() {
        return Err(RecordsError::TooNew {
            path: path.to_owned(),
            found,
            supported: current_version(),
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
