//! Training records: the store, the recorder API, replay from stored logs,
//! anonymous sessions, schema versioning and retention.

use std::time::Duration;

use scamdrill::records::{Mode, Recorder, RecordsError, Trainee, retention, schema_version};
use time::OffsetDateTime;

use crate::common::engine;
use crate::records_support::{SAFE, WORST, config_from, config_text, count, db, record_run};

fn offline() -> scamdrill::config::LoadedConfig {
    config_from(&config_text(None, "UNUSED_SECRET"))
}

#[test]
fn recorder_is_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Recorder>();
}

/// A run's stored log names the pass mark it was scored with: the
/// curriculum's, else the play's own; replaying it from the database uses it
/// rather than the default 75.
#[test]
fn a_stored_log_carries_the_pass_mark_the_run_was_scored_with() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let who = Trainee::known("T-101", None).unwrap();
    let in_basics = rec
        .start_session(&who, Some("basics"), Mode::Trainee)
        .unwrap();
    let (run, _) = record_run(
        &engine,
        &rec,
        in_basics,
        "popup-locker",
        "en-GB",
        7,
        SAFE,
        true,
    );
    let log = rec.run_log(run).unwrap();
    assert_eq!(log.pass_mark, Some(60));
    assert_eq!(engine.replay(&log).unwrap().pass_mark, 60);

    let free = rec.start_session(&who, None, Mode::Trainee).unwrap();
    let mut play = engine.start("popup-locker", "en-GB", 8).unwrap();
    play.pass_mark = 85;
    let run = rec.start_run(free, &mut play).unwrap();
    rec.finish_run(run, &play).unwrap();
    let log = rec.run_log(run).unwrap();
    assert_eq!(log.pass_mark, Some(85));
    assert_eq!(engine.replay(&log).unwrap().pass_mark, 85);
}

#[test]
fn a_recorded_run_replays_to_the_same_score() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let who = Trainee::known("T-100", Some("Ann")).unwrap();
    let session = rec
        .start_session(&who, Some("basics"), Mode::Trainee)
        .unwrap();
    let (run, play) = record_run(
        &engine,
        &rec,
        session,
        "popup-locker",
        "en-GB",
        7,
        WORST,
        true,
    );
    let log = rec.run_log(run).unwrap();
    // The stored log is the run's log, with the pass mark it was scored
    // against (the curriculum's 60), so the replay needs nothing else.
    let mut expected = play.run.log();
    expected.pass_mark = Some(60);
    assert_eq!(log, expected, "the stored log is the run's log");
    let replayed = engine.replay(&log).unwrap();
    assert_eq!(replayed.pass_mark, 60);
    let conn = db(dir.path());
    let stored: String = conn
        .query_row(
            "SELECT score_json FROM run WHERE id = ?1",
            [run.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    let stored: scamdrill::scoring::ScenarioScore = serde_json::from_str(&stored).unwrap();
    assert_eq!(
        replayed.score(),
        stored,
        "re-scoring the stored log gives the stored score"
    );
    assert!(stored.critical && !stored.passed);
    let (points, passed, ra): (u32, bool, String) = conn
        .query_row(
            "SELECT points, passed, remote_access FROM run WHERE id = ?1",
            [run.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (points, passed, ra.as_str()),
        (stored.points, false, "granted")
    );
    let debrief: serde_json::Value = serde_json::from_str(
        &conn
            .query_row::<String, _, _>(
                "SELECT debrief_json FROM run WHERE id = ?1",
                [run.to_string()],
                |r| r.get(0),
            )
            .unwrap(),
    )
    .unwrap();
    assert_eq!(debrief["critical"], true);
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM event"),
        log.events.len() as i64
    );
    // No LRS configured: nothing is queued.
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM outbox"), 0);
}

#[test]
fn events_are_committed_as_they_happen() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let session = rec
        .start_session(&Trainee::known("T-101", None).unwrap(), None, Mode::Trainee)
        .unwrap();
    let mut play = engine.start("popup-locker", "en-US", 1).unwrap();
    let run = rec.start_run(session, &mut play).unwrap();
    let conn = db(dir.path());
    let stored = || count(&conn, "SELECT COUNT(*) FROM event");
    assert_eq!(stored(), 1, "the first Enter is stored at start");
    play.choose("open-link", 2_000).unwrap();
    assert_eq!(rec.record_new_events(run, &play.run).unwrap(), 2);
    assert_eq!(stored(), 3, "visible to another connection at once");
    play.mark("countdown", 2_500).unwrap();
    rec.record_event(run, play.run.events().last().unwrap())
        .unwrap();
    assert_eq!(stored(), 4);
    assert_eq!(
        rec.record_new_events(run, &play.run).unwrap(),
        0,
        "nothing stored twice"
    );
    let unfinished: Option<String> = conn
        .query_row("SELECT finished_at FROM run", [], |r| r.get(0))
        .unwrap();
    assert!(unfinished.is_none());
    // An unfinished run's log replays too.
    assert!(engine.replay(&rec.run_log(run).unwrap()).is_ok());
}

#[test]
fn anonymous_sessions_store_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let a = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    let b = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    record_run(&engine, &rec, a, "popup-locker", "en-US", 1, SAFE, false);
    record_run(&engine, &rec, b, "popup-locker", "en-US", 2, SAFE, false);
    let conn = db(dir.path());
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM trainee WHERE anonymous = 1 AND display_name IS NULL AND id LIKE 'anon-%'"
        ),
        2
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(DISTINCT actor_name) FROM session"),
        2,
        "a random id per session"
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM session WHERE mode = 'public'"),
        2
    );
    // A named trainee cannot be put in a public session.
    let named = Trainee::known("T-1", Some("Bob")).unwrap();
    assert!(matches!(
        rec.start_session(&named, None, Mode::Public),
        Err(RecordsError::NamedPublicSession)
    ));
}

#[test]
fn bad_trainee_ids_and_curricula_are_refused() {
    assert!(Trainee::known("", None).is_err());
    assert!(Trainee::known("   ", None).is_err());
    assert!(Trainee::known("a\u{7}b", None).is_err());
    assert!(Trainee::known(&"x".repeat(129), None).is_err());
    assert!(Trainee::known("anon-123", None).is_err());
    let t = Trainee::known("  T-9 ", Some("  ")).unwrap();
    assert_eq!(
        t,
        Trainee::Known {
            id: "T-9".into(),
            display_name: None
        }
    );
    let dir = tempfile::tempdir().unwrap();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    assert!(matches!(
        rec.start_session(&t, Some("nope"), Mode::Trainee),
        Err(RecordsError::UnknownCurriculum(_))
    ));
    let mut play = engine().start("popup-locker", "en-US", 1).unwrap();
    let missing = scamdrill::records::SessionId(uuid::Uuid::new_v4());
    assert!(matches!(
        rec.start_run(missing, &mut play),
        Err(RecordsError::UnknownSession(_))
    ));
}

#[test]
fn schema_is_versioned_and_reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    {
        let rec = Recorder::open(&offline(), dir.path()).unwrap();
        let s = rec
            .start_session(&Trainee::known("T-2", None).unwrap(), None, Mode::Trainee)
            .unwrap();
        record_run(&engine, &rec, s, "popup-locker", "en-US", 1, SAFE, false);
    }
    let conn = db(dir.path());
    assert_eq!(count(&conn, "PRAGMA user_version"), schema_version());
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    let _rec = Recorder::open(&offline(), dir.path()).unwrap();
    let conn = db(dir.path());
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE finished_at IS NOT NULL"
        ),
        1
    );
    // A database from a newer ScamDrill is refused, not damaged.
    conn.pragma_update(None, "user_version", schema_version() + 1)
        .unwrap();
    drop(conn);
    match Recorder::open(&offline(), dir.path()) {
        Err(RecordsError::TooNew { found, .. }) => assert_eq!(found, schema_version() + 1),
        other => panic!("expected TooNew, got {:?}", other.err()),
    }
}

#[test]
fn retention_prunes_old_personal_data_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    {
        let rec = Recorder::open(&offline(), dir.path()).unwrap();
        let old = rec
            .start_session(
                &Trainee::known("T-old", Some("Old Name")).unwrap(),
                None,
                Mode::Trainee,
            )
            .unwrap();
        record_run(&engine, &rec, old, "popup-locker", "en-US", 1, SAFE, false);
        let recent = rec
            .start_session(
                &Trainee::known("T-new", Some("New Name")).unwrap(),
                None,
                Mode::Trainee,
            )
            .unwrap();
        record_run(
            &engine,
            &rec,
            recent,
            "popup-locker",
            "en-US",
            2,
            WORST,
            false,
        );
        let conn = db(dir.path());
        // Age the first session and its trainee past the 30-day limit.
        conn.execute(
            "UPDATE session SET started_at = '2020-01-01T00:00:00.000Z' WHERE id = ?1",
            [old.to_string()],
        )
        .unwrap();
        conn.execute(
            "UPDATE trainee SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = 'T-old'",
            [],
        )
        .unwrap();
    }
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let pruned = rec.pruned();
    assert_eq!((pruned.sessions, pruned.runs, pruned.trainees), (1, 1, 1));
    let conn = db(dir.path());
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM trainee WHERE id = 'T-old'"),
        0
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM session"), 1);
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), 1);
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM event WHERE run_id NOT IN (SELECT id FROM run)"
        ),
        0
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM trainee WHERE id = 'T-new'"),
        1
    );
    let text = std::fs::read(scamdrill::records::db_path(dir.path())).unwrap();
    assert!(
        !text.windows(8).any(|w| w == b"Old Name"),
        "deleted names are overwritten in the file"
    );
}

#[test]
fn retention_prune_counts_and_keeps_recent_rows() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let s = rec
        .start_session(&Trainee::known("T-3", None).unwrap(), None, Mode::Trainee)
        .unwrap();
    record_run(&engine, &rec, s, "popup-locker", "en-US", 1, SAFE, false);
    drop(rec);
    let mut conn = db(dir.path());
    let now = OffsetDateTime::now_utc();
    assert_eq!(
        retention::prune(&mut conn, 1, now).unwrap(),
        Default::default(),
        "a session from today stays"
    );
    let later = now + time::Duration::days(2);
    let r = retention::prune(&mut conn, 1, later).unwrap();
    assert_eq!((r.sessions, r.runs, r.trainees), (1, 1, 1));
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM event"), 0);
    let _ = Duration::ZERO;
}
