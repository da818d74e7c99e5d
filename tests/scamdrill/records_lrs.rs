//! xAPI to a real LRS (Ralph on loopback) and to LRSs that misbehave:
//! every statement is valid under Ralph's strict model, the outbox delivers
//! each statement exactly once across an LRS crash, resends count as
//! delivered, and a slow or failing LRS never blocks play.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use scamdrill::cli::all_paths_of;
use scamdrill::records::xapi::iri;
use scamdrill::records::{Mode, Recorder, RetryPolicy, Trainee, deliver, outbox};

use crate::common::engine;
use crate::records_support::{
    Fake, FakeLrs, Ralph, SAFE, WORST, config_from, config_text, count, db, free_port,
    outbox_statements, record_run, scamdrill, secret_env, validate_strictly, wait_until,
};

fn lrs_config(endpoint: &str) -> scamdrill::config::LoadedConfig {
    config_from(&config_text(Some(endpoint), secret_env()))
}

/// Record every path of every pack in its first locale (up to 40), the first path in
/// each other locale, a curriculum session and a public session.
#[test]
fn every_statement_the_project_makes_is_valid_xapi() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    // Nothing listens on this port: statements stay in the outbox.
    let rec = Recorder::open(
        &lrs_config(&format!("http://127.0.0.1:{}/xAPI/", free_port())),
        dir.path(),
    )
    .unwrap();
    let trainee = rec
        .start_session(
            &Trainee::known("T-valid", Some("Val Id")).unwrap(),
            Some("basics"),
            Mode::Trainee,
        )
        .unwrap();
    let public = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    let mut runs = 0;
    for pack in &engine.library.packs {
        let paths = all_paths_of(pack);
        // Every path (up to 40 per pack, to bound the test's time).
        for (i, path) in paths.iter().take(40).enumerate() {
            let choices: Vec<&str> = path.iter().map(String::as_str).collect();
            let session = if i % 2 == 0 { trainee } else { public };
            record_run(
                &engine,
                &rec,
                session,
                pack.id(),
                &pack.scenario.locales[0],
                i as u64,
                &choices,
                i % 3 == 0,
            );
            runs += 1;
        }
        for locale in pack.scenario.locales.iter().skip(1) {
            let choices: Vec<&str> = paths[0].iter().map(String::as_str).collect();
            record_run(&engine, &rec, trainee, pack.id(), locale, 9, &choices, true);
            runs += 1;
        }
    }
    let statements = outbox_statements(&db(dir.path()));
    assert!(
        runs > 10 && statements.len() > 4 * runs,
        "{runs} runs, {} statements",
        statements.len()
    );
    validate_strictly(&statements);

    let mut ids = BTreeSet::new();
    let mut verbs: BTreeMap<String, usize> = BTreeMap::new();
    let mut registrations: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let (mut kiosk_sessions, mut curriculum_results) = (0, 0);
    for s in &statements {
        assert!(
            ids.insert(s["id"].as_str().unwrap().to_owned()),
            "statement ids are unique"
        );
        let actor = s["actor"].as_object().unwrap();
        assert_eq!(
            actor.keys().cloned().collect::<BTreeSet<_>>(),
            ["account", "objectType"].map(String::from).into(),
            "opaque account only: {actor:?}"
        );
        assert_eq!(s["actor"]["account"]["homePage"], "https://lms.example.com");
        assert!(
            s.get("timestamp")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t.len() == 24 && t.ends_with('Z')),
            "{}",
            s["timestamp"]
        );
        let verb = s["verb"]["id"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let ctx = &s["context"];
        assert_eq!(
            ctx["platform"],
            format!("ScamDrill {}", env!("CARGO_PKG_VERSION"))
        );
        for key in ctx["extensions"].as_object().unwrap().keys().chain(
            s["result"]["extensions"]
                .as_object()
                .map(|o| o.keys())
                .into_iter()
                .flatten(),
        ) {
            assert!(
                key.starts_with(iri::BASE),
                "extension keys are IRIs on our domain: {key}"
            );
        }
        // A kiosk session's own statement, and a curriculum's result.
        let object = s["object"]["id"].as_str().unwrap();
        if object == iri::public_session() {
            assert_eq!(verb, "initialized");
            assert_eq!(ctx["extensions"][iri::extension("mode")], "public");
            kiosk_sessions += 1;
            continue;
        }
        if object == iri::curriculum("basics") {
            assert_eq!(s["object"]["definition"]["type"], iri::TYPE_COURSE);
            assert!(matches!(verb.as_str(), "passed" | "failed" | "completed"));
            let scaled = s["result"]["score"]["scaled"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&scaled));
            curriculum_results += 1;
            continue;
        }
        *verbs.entry(verb.clone()).or_default() += 1;
        let reg = ctx["registration"].as_str().unwrap().to_owned();
        registrations.entry(reg).or_default().insert(verb.clone());
        match verb.as_str() {
            "answered" => {
                let def = &s["object"]["definition"];
                assert_eq!(def["type"], iri::TYPE_INTERACTION);
                assert_eq!(def["interactionType"], "choice");
                let response = s["result"]["response"].as_str().unwrap();
                assert!(
                    def["choices"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|c| c["id"] == response),
                    "the response is one of the choices"
                );
                assert_eq!(
                    ctx["contextActivities"]["parent"][0]["definition"]["type"],
                    iri::TYPE_SIMULATION
                );
                let d = s["result"]["duration"].as_str().unwrap();
                assert!(d.starts_with("PT") && d.ends_with('S'), "{d}");
            }
            "passed" | "failed" | "completed" => {
                let scaled = s["result"]["score"]["scaled"].as_f64().unwrap();
                assert!((0.0..=1.0).contains(&scaled));
                match verb.as_str() {
                    "passed" => assert_eq!(s["result"]["success"], true),
                    "failed" => assert_eq!(s["result"]["success"], false),
                    _ => assert!(s["result"]["success"].is_boolean()),
                }
                assert_eq!(s["result"]["completion"], true);
            }
            "attempted" => assert_eq!(s["object"]["definition"]["type"], iri::TYPE_SIMULATION),
            other => panic!("unexpected verb {other}"),
        }
    }
    assert_eq!(kiosk_sessions, 1, "one statement for the kiosk session");
    assert!(
        curriculum_results > 0 && curriculum_results % 2 == 0,
        "the curriculum's verdict and completion, in pairs: {curriculum_results}"
    );
    assert_eq!(verbs["attempted"], runs);
    assert_eq!(
        verbs["completed"], runs,
        "every recorded run reached an ending"
    );
    assert_eq!(
        verbs.get("passed").copied().unwrap_or(0) + verbs.get("failed").copied().unwrap_or(0),
        runs
    );
    assert!(verbs["answered"] >= runs);
    assert!(
        registrations
            .values()
            .all(|v| v.contains("attempted") && v.contains("completed")),
        "one registration per attempt, shared by its statements"
    );
    // The curriculum is the grouping activity of the trainee's statements.
    assert!(statements.iter().any(
        |s| s["context"]["contextActivities"]["grouping"][0]["id"] == iri::curriculum("basics")
    ));
    // Public sessions send no trainee id.
    let public_actors: BTreeSet<&str> = statements
        .iter()
        .filter(|s| s["context"]["extensions"][iri::extension("mode")] == "public")
        .map(|s| s["actor"]["account"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        public_actors.len(),
        1,
        "one random id for the public session"
    );
    assert!(!public_actors.contains("T-valid"));
    assert!(
        statements.iter().all(|s| !s.to_string().contains("Val Id")),
        "display names never leave the machine"
    );
}

/// Play one pack path with a live recorder.
fn play_path(
    rec: &Recorder,
    session: scamdrill::records::SessionId,
    pack: &str,
    path: usize,
    seed: u64,
) {
    let engine = engine();
    let p = engine.pack(pack).unwrap().clone();
    let paths = all_paths_of(&p);
    let choices: Vec<&str> = paths[path % paths.len()]
        .iter()
        .map(String::as_str)
        .collect();
    record_run(
        &engine,
        rec,
        session,
        pack,
        "en-US",
        seed,
        &choices,
        seed.is_multiple_of(2),
    );
}

#[test]
fn an_lrs_killed_mid_curriculum_gets_every_statement_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let lrs_dir = dir.path().join("lrs");
    let data = dir.path().join("data");
    let mut ralph = Ralph::start(&lrs_dir);
    let rec = Recorder::open(&lrs_config(&ralph.endpoint()), &data).unwrap();
    let session = rec
        .start_session(
            &Trainee::known("T-crash", None).unwrap(),
            Some("basics"),
            Mode::Trainee,
        )
        .unwrap();
    let conn = db(&data);
    let pending = || count(&conn, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'");

    // Scenario 1 with the LRS up: delivered in the background.
    play_path(&rec, session, "popup-locker", 0, 1);
    assert!(
        wait_until(Duration::from_secs(30), || pending() == 0),
        "delivered while the LRS is up"
    );
    let before_crash = ralph.statements().len();
    assert!(before_crash >= 4);

    // Scenario 2 starts with the LRS up, then the LRS dies mid-scenario.
    let engine = engine();
    let mut play = engine.start("popup-locker", "en-US", 2).unwrap();
    let run = rec.start_run(session, &mut play).unwrap();
    play.choose("open-link", 3_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    assert!(wait_until(Duration::from_secs(30), || pending() == 0));
    ralph.kill();
    let t = Instant::now();
    for (i, c) in ["call", "follow", "allow", "disconnect"].iter().enumerate() {
        play.choose(c, 6_000 + i as u64 * 3_000).unwrap();
        rec.record_new_events(run, &play.run).unwrap();
    }
    rec.finish_run(run, &play).unwrap();
    // Scenarios 3 and 4 while the LRS is down.
    play_path(&rec, session, "popup-locker", 1, 3);
    play_path(&rec, session, "popup-locker", 2, 4);
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "an LRS that is down does not slow play: {:?}",
        t.elapsed()
    );
    assert!(
        !rec.flush(Duration::from_secs(5)),
        "nothing can be delivered while the LRS is down"
    );
    assert!(pending() > 0);
    let attempted: i64 = count(
        &conn,
        "SELECT MAX(attempts) FROM outbox WHERE state = 'pending'",
    );
    assert!(attempted >= 1, "the sender kept trying");

    // The LRS comes back on the same address with its data: the sender
    // delivers the rest by itself, with backoff.
    let ralph = Ralph::start_on(&lrs_dir, ralph.port);
    assert!(
        wait_until(Duration::from_secs(60), || pending() == 0),
        "delivered after the LRS came back: {} pending",
        pending()
    );
    let stored = ralph.statements();
    let queued: BTreeSet<String> = outbox_statements(&conn)
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in &stored {
        *seen
            .entry(s["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    assert!(
        seen.values().all(|n| *n == 1),
        "no statement stored twice: {seen:?}"
    );
    assert_eq!(
        seen.keys().cloned().collect::<BTreeSet<_>>(),
        queued,
        "every statement arrived"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"
        ),
        queued.len() as i64
    );
    assert_eq!(
        stored
            .iter()
            .filter(|s| s["verb"]["id"] == iri::VERB_ATTEMPTED)
            .count(),
        4
    );
    let of_scenarios =
        |s: &&serde_json::Value| s["object"]["definition"]["type"] == iri::TYPE_SIMULATION;
    assert_eq!(
        stored
            .iter()
            .filter(of_scenarios)
            .filter(|s| s["verb"]["id"] == iri::VERB_COMPLETED)
            .count(),
        4
    );
    // Each completed run completed the one-pack curriculum again.
    assert_eq!(
        stored
            .iter()
            .filter(|s| s["object"]["id"] == iri::curriculum("basics")
                && s["verb"]["id"] == iri::VERB_COMPLETED)
            .count(),
        4
    );
    rec.shutdown(Duration::from_secs(1));
}

#[test]
fn cli_play_sends_statements_and_sync_resends_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let ralph = Ralph::start(&dir.path().join("lrs"));
    let cfg = dir.path().join("c.ron");
    std::fs::write(
        &cfg,
        config_text(Some(&ralph.endpoint()), "SCAMDRILL_CLI_TEST_SECRET"),
    )
    .unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        scamdrill()
            .args(args)
            .arg("--config")
            .arg(&cfg)
            .arg("--data")
            .arg(&data)
            .env("SCAMDRILL_CLI_TEST_SECRET", "simsecret")
            .output()
            .unwrap()
    };
    let out = run(&[
        "play",
        "--scenario",
        "popup-locker",
        "--trainee",
        "T-cli",
        "--name",
        "Cli User",
        "--curriculum",
        "basics",
        "--choices",
        &SAFE.join(","),
        "--json",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("xAPI statements delivered"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout stays JSON");
    assert_eq!(v["score"]["passed"], true);
    let stored = ralph.statements();
    assert_eq!(
        stored.len(),
        2 + SAFE.len() + 1 + 2,
        "attempted, answered ×{}, passed, completed; the one-pack curriculum passed, completed",
        SAFE.len()
    );
    validate_strictly(
        &stored
            .iter()
            .map(|s| {
                let mut s = s.clone();
                if let Some(o) = s.as_object_mut() {
                    o.remove("stored");
                    o.remove("authority");
                }
                s
            })
            .collect::<Vec<_>>(),
    );
    assert!(
        stored
            .iter()
            .all(|s| s["actor"]["account"]["name"] == "T-cli")
    );
    // A curriculum run outside the curriculum is refused.
    let out = run(&[
        "play",
        "--scenario",
        "microsoft-cold-call",
        "--trainee",
        "T-cli",
        "--curriculum",
        "basics",
        "--choices",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not in curriculum \"basics\""));

    // Resend everything: the LRS answers 204 (same statements), nothing is duplicated.
    let conn = db(&data);
    let total = count(&conn, "SELECT COUNT(*) FROM outbox");
    conn.execute(
        "UPDATE outbox SET state = 'pending', delivered_at = NULL",
        [],
    )
    .unwrap();
    let out = run(&["sync"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains(&format!(
            "sent 0, already in the LRS {total}, rejected 0, failed 0; queued 0"
        )),
        "{text}"
    );
    assert_eq!(ralph.statements().len(), stored.len());

    // A statement with the same id but other content: the LRS keeps the
    // first and answers 409, which counts as delivered.
    let (seq, body): (i64, String) = conn
        .query_row(
            "SELECT seq, body FROM outbox ORDER BY seq LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let changed = body.replace("\"attempted\"}", "\"attempted!\"}");
    assert_ne!(changed, body);
    conn.execute(
        "UPDATE outbox SET state = 'pending', body = ?2 WHERE seq = ?1",
        rusqlite::params![seq, changed],
    )
    .unwrap();
    let out = run(&["sync"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sent 0, already in the LRS 1,"), "{text}");
    assert_eq!(ralph.statements().len(), stored.len());
    let ok = run(&["sync"]);
    assert!(
        String::from_utf8_lossy(&ok.stdout)
            .contains("sent 0, already in the LRS 0, rejected 0, failed 0; queued 0")
    );
}

#[test]
fn a_slow_lrs_never_blocks_play() {
    let fake = FakeLrs::start(Fake::Silent);
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&lrs_config(&fake.endpoint()), dir.path()).unwrap();
    let session = rec
        .start_session(
            &Trainee::known("T-slow", None).unwrap(),
            None,
            Mode::Trainee,
        )
        .unwrap();
    let t = Instant::now();
    record_run(
        &engine,
        &rec,
        session,
        "popup-locker",
        "en-US",
        1,
        WORST,
        true,
    );
    record_run(
        &engine,
        &rec,
        session,
        "popup-locker",
        "en-US",
        2,
        SAFE,
        true,
    );
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "recording took {:?} while the LRS hangs",
        t.elapsed()
    );
    let t = Instant::now();
    assert!(!rec.flush(Duration::from_millis(500)));
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "flush waits no longer than asked"
    );
    assert!(
        wait_until(Duration::from_secs(15), || {
            let conn = db(dir.path());
            count(
                &conn,
                "SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND last_error LIKE '%unreachable%'",
            ) > 0
        }),
        "the request timed out and was recorded as a failure"
    );
    let counts = rec.outbox_counts().unwrap();
    assert_eq!(counts.delivered, 0);
    assert!(counts.pending > 0);
    let t = Instant::now();
    rec.shutdown(Duration::from_millis(300));
    drop(rec);
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "closing does not wait for the LRS: {:?}",
        t.elapsed()
    );
    assert!(fake.requests.load(std::sync::atomic::Ordering::SeqCst) >= 1);
}

#[test]
fn an_lrs_answering_errors_keeps_statements_queued_with_backoff() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    // Record with no LRS reachable, then deliver by hand to fakes.
    let closed = format!("http://127.0.0.1:{}/xAPI/", free_port());
    let cfg = lrs_config(&closed);
    let rec = Recorder::open(&cfg, dir.path()).unwrap();
    let session = rec
        .start_session(&Trainee::known("T-err", None).unwrap(), None, Mode::Trainee)
        .unwrap();
    record_run(
        &engine,
        &rec,
        session,
        "popup-locker",
        "en-US",
        1,
        SAFE,
        false,
    );
    rec.shutdown(Duration::from_secs(1));
    drop(rec);
    let conn = db(dir.path());
    let total = count(&conn, "SELECT COUNT(*) FROM outbox");
    // Forget the recorder's failed attempts on the closed port.
    conn.execute("UPDATE outbox SET next_attempt_ms = 0, attempts = 0", [])
        .unwrap();
    let policy = RetryPolicy {
        initial: Duration::from_secs(60),
        max: Duration::from_secs(600),
    };
    let client_for = |fake: &FakeLrs| {
        let c = lrs_config(&fake.endpoint());
        scamdrill::records::lrs_client(&c).unwrap().unwrap().0
    };

    // 500: nothing delivered, one request for the whole batch, and the queue
    // is held back (a second pass on schedule sends nothing).
    let fake = FakeLrs::start(Fake::Status(500));
    let client = client_for(&fake);
    let pass = deliver(&conn, &client, &policy, false, &|| false).unwrap();
    assert_eq!((pass.sent, pass.failed), (0, total as u64));
    assert!(pass.error.as_deref().unwrap().contains("500"));
    assert_eq!(fake.requests.load(std::sync::atomic::Ordering::SeqCst), 1);
    let head = fake.last_head.lock().unwrap().to_ascii_lowercase();
    assert!(head.starts_with("post /xapi/statements http/1.1"), "{head}");
    assert!(head.contains("x-experience-api-version: 1.0.3"), "{head}");
    assert!(
        head.contains("authorization: basic c2ltonnpbxnly3jlda=="),
        "{head}"
    );
    let pass = deliver(&conn, &client, &policy, false, &|| false).unwrap();
    assert_eq!(pass, Default::default(), "backoff: not due yet");
    let next: i64 = count(&conn, "SELECT MIN(next_attempt_ms) FROM outbox");
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * 1000;
    assert!(next > now + 50_000, "retry in about a minute");
    assert_eq!(outbox::counts(&conn).unwrap().pending, total as u64);

    // 401: still queued (the key may be fixed).
    let fake = FakeLrs::start(Fake::Status(401));
    let pass = deliver(&conn, &client_for(&fake), &policy, true, &|| false).unwrap();
    assert_eq!(pass.failed, total as u64);

    // 400: the batch is split, each statement is refused for good.
    let fake = FakeLrs::start(Fake::Status(400));
    let pass = deliver(&conn, &client_for(&fake), &policy, true, &|| false).unwrap();
    assert_eq!(pass.rejected, total as u64);
    assert_eq!(
        fake.requests.load(std::sync::atomic::Ordering::SeqCst),
        1 + total as usize
    );
    let counts = outbox::counts(&conn).unwrap();
    assert_eq!((counts.pending, counts.rejected), (0, total as u64));
    let attempts = count(&conn, "SELECT MIN(attempts) FROM outbox");
    assert!(attempts >= 3);
}
