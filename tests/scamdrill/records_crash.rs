//! Crash safety: `scamdrill play` killed with SIGKILL in the middle of a run
//! loses at most the decision in flight; earlier results, the events already
//! made and their queued statements are intact and the database is sound.

use std::process::Stdio;
use std::time::Duration;

use rusqlite::params;
use scamdrill::records::RunId;
use scamdrill::scoring::ScenarioScore;

use crate::common::engine;
use crate::records_support::{
    SAFE, WORST, config_text, count, db, free_port, scamdrill, wait_until,
};

#[test]
fn killing_play_mid_run_keeps_every_earlier_result() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.ron");
    // An LRS nobody answers on: statements stay queued, so the outbox can be checked.
    std::fs::write(
        &cfg,
        config_text(
            Some(&format!("http://127.0.0.1:{}/xAPI/", free_port())),
            "SCAMDRILL_CRASH_TEST_SECRET",
        ),
    )
    .unwrap();
    let data = dir.path().join("data");
    let play = |choices: &[&str]| {
        let mut c = scamdrill();
        c.args([
            "play",
            "--scenario",
            "popup-locker",
            "--trainee",
            "T-kill",
            "--curriculum",
            "basics",
            "--choices",
            &choices.join(","),
            "--marks",
            "countdown",
        ])
        .arg("--config")
        .arg(&cfg)
        .arg("--data")
        .arg(&data)
        .env("SCAMDRILL_CRASH_TEST_SECRET", "simsecret");
        c
    };

    // An earlier, finished run.
    let out = play(SAFE).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A slow run, killed after its second decision is stored.
    let mut child = play(WORST)
        .arg("--pace-ms")
        .arg("700")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let conn = db(&data);
    let chosen = || {
        count(
            &conn,
            "SELECT COUNT(*) FROM event JOIN run ON event.run_id = run.id WHERE run.finished_at IS NULL AND event.body LIKE '{\"type\":\"choose\"%'",
        )
    };
    let reached = wait_until(Duration::from_secs(30), || chosen() >= 2);
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert!(reached, "the run never got to its second decision");
    assert!(!status.success(), "the process was killed, not finished");

    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM pragma_foreign_key_check"),
        0
    );

    let engine = engine();
    let mut st = conn
        .prepare("SELECT id, finished_at, score_json FROM run ORDER BY seq, started_at")
        .unwrap();
    let runs: Vec<(String, Option<String>, Option<String>)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(runs.len(), 2);
    let (done, killed): (Vec<_>, Vec<_>) = runs.into_iter().partition(|r| r.1.is_some());
    let (done, killed) = (&done[0], &killed[0]);

    // The finished run is intact: its stored log replays to its stored score.
    let conn_rec =
        scamdrill::records::runs::load_log(&conn, done.0.parse::<RunId>().unwrap()).unwrap();
    let mut replay = engine.replay(&conn_rec).unwrap();
    replay.pass_mark = 60;
    let stored: ScenarioScore = serde_json::from_str(done.2.as_deref().unwrap()).unwrap();
    assert_eq!(replay.score(), stored);
    assert!(stored.passed);

    // The killed run kept every event up to the kill, in order, and it replays.
    let log =
        scamdrill::records::runs::load_log(&conn, killed.0.parse::<RunId>().unwrap()).unwrap();
    let seqs: Vec<i64> = conn
        .prepare("SELECT seq FROM event WHERE run_id = ?1 ORDER BY seq")
        .unwrap()
        .query_map(params![killed.0], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        seqs,
        (0..seqs.len() as i64).collect::<Vec<_>>(),
        "no gap in the event log"
    );
    let decisions = log
        .events
        .iter()
        .filter(|e| matches!(e, scamdrill::runner::Event::Choose { .. }))
        .count();
    assert!(
        (2..WORST.len()).contains(&decisions),
        "{decisions} decisions stored"
    );
    let partial = engine.replay(&log).unwrap();
    assert!(!partial.run.is_finished());

    // Statements and events were committed together: one `answered` per stored decision.
    let answered = count(
        &conn,
        &format!(
            "SELECT COUNT(*) FROM outbox WHERE run_id = '{}' AND body LIKE '%/verbs/answered%'",
            killed.0
        ),
    );
    assert_eq!(answered, decisions as i64);

    // The program starts again on the same records and reports them.
    drop(st);
    drop(conn);
    let out = play(SAFE).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out_dir = dir.path().join("out");
    let out = scamdrill()
        .arg("report")
        .arg("--config")
        .arg(&cfg)
        .arg("--data")
        .arg(&data)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(out_dir.join("scamdrill-report.csv")).unwrap();
    assert_eq!(csv.matches("\"T-kill\"").count(), 3);
}
