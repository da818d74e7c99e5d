//! Public sessions for libraries: a kiosk session stores nothing that
//! identifies anyone, the anonymous day summary suppresses small groups, its
//! CSV holds only days and counts, and an abandoned visitor's run is
//! discarded with its events and unsent statements.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::types::Value as Sql;
use scamdrill::config::LoadedConfig;
use scamdrill::engine::Engine;
use scamdrill::records::public::{
    CSV_HEADER, DayRange, Discarded, K_ANONYMITY, PackFigures, PublicSummary, Ratio, SUPPRESSED,
    day_summary, offset_label, parse_offset, public_csv,
};
use scamdrill::records::{Mode, Recorder, RecordsError, RunId, SessionId, Trainee};
use scamdrill::runner::RunLog;
use scamdrill::scoring::ScenarioScore;
use serde_json::{Value, json};
use time::{Date, Month, UtcOffset};
use uuid::Uuid;

use crate::common::engine;
use crate::records_support::{
    SAFE, WORST, config_from, config_text, count, db, free_port, outbox_statements, record_run,
    scamdrill, secret_env,
};

/// The genuine pack: ring back on the saved number, then let him in.
const VERIFIED: &[&str] = &[
    "ring",
    "look",
    "ring-back-first",
    "trust",
    "accept",
    "test-page",
];
/// The genuine pack: refuse the grandson's help.
const FALSE_ALARM: &[&str] = &["ring", "look", "answer", "hang-up-office"];

/// No LRS; records kept ten years, so sessions moved into the past stay.
const LIBRARY: &str = "Config(organisation: \"Town Library\", retention_days: 3650)";

fn offline() -> LoadedConfig {
    config_from(LIBRARY)
}

/// An LRS that nobody listens on: every statement stays queued.
fn unreachable_lrs() -> LoadedConfig {
    config_from(&config_text(
        Some(&format!("http://127.0.0.1:{}/xAPI/", free_port())),
        secret_env(),
    ))
}

fn day(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap()
}

/// Yesterday to tomorrow in UTC: today's sessions, whatever the time of day.
fn around_today() -> DayRange {
    let today = DayRange::today_at(UtcOffset::UTC).from;
    DayRange::new(
        today.previous_day().unwrap(),
        today.next_day().unwrap(),
        UtcOffset::UTC,
    )
}

fn is_uuid_v4(s: &str) -> bool {
    Uuid::parse_str(s).is_ok_and(|u| u.get_version_num() == 4) && s.len() == 36
}

fn is_iso(s: &str) -> bool {
    scamdrill::records::clock::parse_iso(s).is_some()
}

/// Every row of every table, as (table, column → value).
fn every_row(conn: &Connection) -> Vec<(String, BTreeMap<String, Sql>)> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Vec::new();
    for t in tables {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let names: Vec<String> = st.column_names().iter().map(|c| c.to_string()).collect();
        let rows = st
            .query_map([], |r| {
                let mut row = BTreeMap::new();
                for (i, n) in names.iter().enumerate() {
                    row.insert(n.clone(), r.get::<_, Sql>(i)?);
                }
                Ok(row)
            })
            .unwrap();
        for row in rows {
            out.push((t.clone(), row.unwrap()));
        }
    }
    out
}

/// Every (table, column) of the schema.
fn schema_columns(conn: &Connection) -> BTreeSet<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = BTreeSet::new();
    for t in tables {
        let mut st = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
            .unwrap();
        for c in st.query_map([], |r| r.get::<_, String>(0)).unwrap() {
            out.insert(format!("{t}.{}", c.unwrap()));
        }
    }
    out
}

fn text(v: &Sql) -> &str {
    match v {
        Sql::Text(s) => s,
        other => panic!("expected text, got {other:?}"),
    }
}

fn null_or(v: &Sql, f: impl Fn(&Sql) -> bool) -> bool {
    matches!(v, Sql::Null) || f(v)
}

fn int(v: &Sql) -> bool {
    matches!(v, Sql::Integer(_))
}

/// The columns the privacy test knows. A column added to the schema must be
/// reviewed here (and given a rule below) before this test passes again.
const KNOWN_COLUMNS: &[&str] = &[
    "event.at_ms",
    "event.body",
    "event.run_id",
    "event.seq",
    "outbox.attempts",
    "outbox.body",
    "outbox.created_at",
    "outbox.delivered_at",
    "outbox.last_error",
    "outbox.next_attempt_ms",
    "outbox.run_id",
    "outbox.seq",
    "outbox.state",
    "outbox.statement_id",
    "run.block",
    "run.completed",
    "run.critical",
    "run.debrief_json",
    "run.decision_ms",
    "run.duration_ms",
    "run.finished_at",
    "run.id",
    "run.judgement",
    "run.locale",
    "run.outcome",
    "run.pack_id",
    "run.pack_kind",
    "run.pack_version",
    "run.pass_mark",
    "run.passed",
    "run.points",
    "run.remote_access",
    "run.score_json",
    "run.seed",
    "run.seq",
    "run.session_id",
    "run.started_at",
    "session.actor_name",
    "session.curriculum",
    "session.ended_at",
    "session.id",
    "session.mode",
    "session.started_at",
    "session.trainee_id",
    "sqlite_sequence.name",
    "sqlite_sequence.seq",
    "trainee.anonymous",
    "trainee.created_at",
    "trainee.display_name",
    "trainee.id",
];

#[test]
fn a_public_session_stores_nothing_that_identifies_anyone() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&unreachable_lrs(), dir.path()).unwrap();
    // Two visitors, one after the other, as the kiosk plays them.
    let mut plays: BTreeMap<String, (SessionId, scamdrill::play::Play)> = BTreeMap::new();
    let mut sessions = Vec::new();
    for (i, (pack, path, mark)) in [
        ("popup-locker", SAFE, true),
        ("family-remote-help", VERIFIED, false),
    ]
    .into_iter()
    .enumerate()
    {
        let s = rec
            .start_session(&Trainee::Anonymous, None, Mode::Public)
            .unwrap();
        let (run, play) = record_run(&engine, &rec, s, pack, "en-GB", i as u64 + 1, path, mark);
        rec.end_session(s).unwrap();
        plays.insert(run.to_string(), (s, play));
        sessions.push(s);
    }
    rec.shutdown(Duration::from_millis(300));
    let conn = db(dir.path());

    let columns = schema_columns(&conn);
    let known: BTreeSet<String> = KNOWN_COLUMNS.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        columns, known,
        "the schema changed: review the new columns for personal data in this test"
    );

    let mut trainees = BTreeSet::new();
    let mut actors: BTreeMap<String, String> = BTreeMap::new(); // session id → actor name
    let mut session_trainee: BTreeMap<String, String> = BTreeMap::new();
    let rows = every_row(&conn);
    assert!(rows.iter().any(|(t, _)| t == "outbox"), "statements queued");
    for (table, row) in &rows {
        let col = |c: &str| row.get(c).unwrap_or_else(|| panic!("{table}.{c}"));
        match table.as_str() {
            "trainee" => {
                let id = text(col("id"));
                assert!(
                    id.strip_prefix("anon-").is_some_and(is_uuid_v4),
                    "trainee id {id}"
                );
                assert_eq!(col("display_name"), &Sql::Null, "no name");
                assert_eq!(col("anonymous"), &Sql::Integer(1));
                assert!(is_iso(text(col("created_at"))));
                assert!(trainees.insert(id.to_owned()), "one row per trainee");
            }
            "session" => {
                let id = text(col("id"));
                assert!(is_uuid_v4(id));
                let actor = text(col("actor_name"));
                assert!(is_uuid_v4(actor), "a random account name: {actor}");
                let trainee = text(col("trainee_id"));
                assert_eq!(trainee, format!("anon-{actor}"));
                assert_eq!(col("curriculum"), &Sql::Null);
                assert_eq!(text(col("mode")), "public");
                assert!(is_iso(text(col("started_at"))));
                assert!(null_or(col("ended_at"), |v| is_iso(text(v))));
                actors.insert(id.to_owned(), actor.to_owned());
                session_trainee.insert(id.to_owned(), trainee.to_owned());
            }
            "run" => {
                let id = text(col("id"));
                let (session, play) = &plays[id];
                assert_eq!(text(col("session_id")), session.to_string());
                let log = play.run.log();
                assert_eq!(text(col("pack_id")), log.pack_id);
                assert_eq!(text(col("pack_version")), log.pack_version);
                assert!(matches!(text(col("pack_kind")), "Scam" | "Genuine"));
                assert_eq!(text(col("locale")), log.locale);
                for c in [
                    "seq",
                    "seed",
                    "completed",
                    "points",
                    "passed",
                    "critical",
                    "decision_ms",
                    "duration_ms",
                ] {
                    assert!(null_or(col(c), int), "{c}");
                }
                for c in ["started_at", "finished_at"] {
                    assert!(is_iso(text(col(c))), "{c}");
                }
                let score: ScenarioScore = serde_json::from_str(text(col("score_json"))).unwrap();
                assert_eq!(score, play.score());
                assert_eq!(text(col("remote_access")), score.remote_access.key());
                assert_eq!(
                    text(col("outcome")),
                    format!("{:?}", score.outcome.unwrap())
                );
                // The debrief is made from the pack and the choices alone.
                let debrief: Value = serde_json::from_str(text(col("debrief_json"))).unwrap();
                assert_eq!(debrief, serde_json::to_value(play.debrief()).unwrap());
            }
            "event" => {
                let run = text(col("run_id"));
                let seq = match col("seq") {
                    Sql::Integer(n) => *n as usize,
                    v => panic!("seq {v:?}"),
                };
                let (_, play) = &plays[run];
                let stored: scamdrill::runner::Event =
                    serde_json::from_str(text(col("body"))).unwrap();
                assert_eq!(&stored, &play.run.events()[seq], "only the engine's log");
                assert!(int(col("at_ms")));
            }
            "outbox" => {
                // Statement ids are v5, derived from the run id (or, for
                // the session's own `initialized`, from the session id).
                assert!(Uuid::parse_str(text(col("statement_id"))).is_ok());
                let body: Value = serde_json::from_str(text(col("body"))).unwrap();
                if body["verb"]["id"] == scamdrill::records::xapi::iri::VERB_INITIALIZED {
                    assert_eq!(col("run_id"), &Sql::Null);
                } else {
                    assert!(plays.contains_key(text(col("run_id"))));
                }
                assert!(is_iso(text(col("created_at"))));
                assert!(matches!(
                    text(col("state")),
                    "pending" | "delivered" | "rejected"
                ));
                assert!(int(col("attempts")) && int(col("next_attempt_ms")) && int(col("seq")));
                assert!(null_or(col("delivered_at"), |v| is_iso(text(v))));
                // An error from the network layer, never anything about a person.
                assert!(null_or(col("last_error"), |v| !text(v).is_empty()));
                assert!(serde_json::from_str::<Value>(text(col("body"))).is_ok());
            }
            "sqlite_sequence" => assert_eq!(text(col("name")), "outbox"),
            other => panic!("unexpected table {other}"),
        }
    }
    assert_eq!(trainees.len(), 2, "a trainee row per session");
    let distinct: BTreeSet<&String> = session_trainee.values().collect();
    assert_eq!(
        distinct.len(),
        2,
        "no anonymous id is reused across sessions"
    );
    let names: BTreeSet<&String> = actors.values().collect();
    assert_eq!(names.len(), 2, "a new account name per session");

    // Every queued statement names only the session's opaque random account.
    let statements = outbox_statements(&conn);
    assert!(
        statements.len() >= 2 * 3,
        "attempted, answered…, verdict, completed"
    );
    let mut seen_actors = BTreeSet::new();
    for s in &statements {
        let registration = s["context"]["registration"].as_str().unwrap();
        // A kiosk session's `initialized` has the session as its registration.
        let session = match plays.get(registration) {
            Some((session, _)) => session.to_string(),
            None => registration.to_owned(),
        };
        let actor = &actors[&session];
        assert_eq!(
            s["actor"],
            json!({ "objectType": "Agent", "account": { "homePage": "https://lms.example.com", "name": actor } }),
            "an opaque account and nothing else: {s}"
        );
        seen_actors.insert(actor.clone());
        for key in ["authority", "team", "instructor"] {
            assert!(
                s.get(key).is_none() && s["context"].get(key).is_none(),
                "{key}"
            );
        }
        assert!(
            s["context"]
                .get("contextActivities")
                .is_none_or(|a| a.get("grouping").is_none())
        );
        let ext = s["context"]["extensions"].as_object().unwrap();
        assert!(
            ext.iter()
                .any(|(k, v)| k.ends_with("/mode") && v == "public")
        );
        let body = s.to_string();
        for t in &trainees {
            assert!(!body.contains(t.as_str()), "no trainee id in statements");
        }
        for forbidden in ["mbox", "openid", "\"name\":\"T-"] {
            assert!(!body.contains(forbidden), "{forbidden} in {body}");
        }
    }
    assert_eq!(
        seen_actors.len(),
        2,
        "each session's statements use its own account"
    );
}

/// `n` public sessions, each playing popup-locker (safe path, no flags
/// marked); the first `genuine` of them also play the genuine pack.
fn kiosk_day(engine: &Engine, rec: &Recorder, n: usize, genuine: usize) -> Vec<SessionId> {
    (0..n)
        .map(|i| {
            let s = rec
                .start_session(&Trainee::Anonymous, None, Mode::Public)
                .unwrap();
            let path = if i % 2 == 0 { SAFE } else { WORST };
            record_run(
                engine,
                rec,
                s,
                "popup-locker",
                "en-US",
                i as u64,
                path,
                false,
            );
            if i < genuine {
                let path = if i == 0 { FALSE_ALARM } else { VERIFIED };
                record_run(
                    engine,
                    rec,
                    s,
                    "family-remote-help",
                    "en-US",
                    i as u64,
                    path,
                    false,
                );
            }
            s
        })
        .collect()
}

fn pack<'a>(s: &'a PublicSummary, id: &str) -> &'a PackFigures {
    s.packs.iter().find(|p| p.pack_id == id).unwrap()
}

#[test]
fn the_summary_can_live_in_a_gui_resource() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<PublicSummary>();
    check::<DayRange>();
    check::<Discarded>();
}

#[test]
fn fewer_than_five_sessions_show_nothing_five_show_the_figures() {
    assert_eq!(K_ANONYMITY, 5);
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    // A named trainee's session is never part of the public figures.
    let named = rec
        .start_session(
            &Trainee::known("T-1", Some("Ann")).unwrap(),
            None,
            Mode::Trainee,
        )
        .unwrap();
    record_run(
        &engine,
        &rec,
        named,
        "popup-locker",
        "en-US",
        9,
        SAFE,
        false,
    );
    let four = kiosk_day(&engine, &rec, 4, 3);
    // One of the four replays the scam: five runs, still four sessions.
    record_run(
        &engine,
        &rec,
        four[1],
        "popup-locker",
        "en-US",
        99,
        SAFE,
        false,
    );

    let s = rec.public_summary(around_today()).unwrap();
    assert!(s.all_suppressed());
    assert_eq!(
        (
            s.sessions,
            s.runs,
            s.scam_refused,
            s.genuine_allowed,
            s.passed
        ),
        (None, None, None, None, None),
        "four sessions: nothing shown, not even the count"
    );
    assert_eq!(s.pass_rate(), None);
    assert!(s.missed_flags.is_empty());
    assert_eq!(s.packs.len(), 2);
    for p in &s.packs {
        assert_eq!(
            (p.runs, p.passed, p.remote_access_correct),
            (None, None, None)
        );
    }

    // The fifth visitor (no genuine pack).
    kiosk_day(&engine, &rec, 1, 0);
    let s = rec.public_summary(around_today()).unwrap();
    assert!(!s.all_suppressed());
    assert_eq!(s.sessions, Some(5));
    assert_eq!(
        s.runs,
        Some(5 + 1 + 3),
        "five scam runs, one replay, three genuine"
    );
    // Sessions 0, 2, 4 and the replay took the safe path; 1 and 3 granted access.
    assert_eq!(
        s.scam_refused,
        Some(Ratio {
            count: 4,
            out_of: 6
        })
    );
    let scam = pack(&s, "popup-locker");
    assert!(!scam.genuine);
    assert_eq!(scam.runs, Some(6));
    assert_eq!(scam.remote_access_correct, s.scam_refused);
    // The genuine pack was met by three sessions only: suppressed.
    assert_eq!(s.genuine_allowed, None);
    let genuine = pack(&s, "family-remote-help");
    assert!(genuine.genuine);
    assert_eq!(
        (genuine.runs, genuine.passed, genuine.remote_access_correct),
        (None, None, None)
    );
    // The pass rate rests on all five sessions' scored runs.
    let passed = s.passed.unwrap();
    assert_eq!(passed.out_of, 9);
    let r = passed.rate().unwrap();
    assert!((0.0..=1.0).contains(&r) && s.pass_rate() == Some(r));
    // Flags of the scam, missed by all (none marked), shown to ≥ 5 sessions.
    assert!(!s.missed_flags.is_empty());
    for f in &s.missed_flags {
        assert_eq!(
            f.pack_id, "popup-locker",
            "the genuine pack has too few sessions"
        );
        assert!(f.missed > 0 && f.missed <= f.present);
    }
    assert!(
        s.missed_flags
            .windows(2)
            .all(|w| w[0].missed >= w[1].missed)
    );
    let first_step_flags = ["phone-in-alert", "countdown", "locked-browser"];
    for id in first_step_flags {
        let f = s.missed_flags.iter().find(|f| f.flag_id == id).unwrap();
        assert_eq!((f.missed, f.present), (6, 6), "{id}");
    }

    // Two more visitors play the genuine pack: five sessions met it now.
    let more = kiosk_day(&engine, &rec, 2, 2);
    let _ = more;
    let s = rec.public_summary(around_today()).unwrap();
    assert_eq!(s.sessions, Some(7));
    // Sessions 0 of each batch refused (false alarm), the others verified.
    assert_eq!(
        s.genuine_allowed,
        Some(Ratio {
            count: 3,
            out_of: 5
        })
    );
    assert_eq!(pack(&s, "family-remote-help").runs, Some(5));
    assert_eq!(s.genuine_allowed.unwrap().percent(), "60%");

    // The free function on another connection gives the same figures.
    assert_eq!(day_summary(&db(dir.path()), around_today()).unwrap(), s);
    // Days without kiosk sessions: nothing.
    let empty = DayRange::new(
        day(2020, Month::January, 1),
        day(2020, Month::January, 31),
        UtcOffset::UTC,
    );
    let s = rec.public_summary(empty).unwrap();
    assert!(s.all_suppressed() && s.packs.is_empty());
    // A range with from after to covers nothing; extreme dates do not panic.
    let backwards = DayRange::new(
        day(2030, Month::May, 2),
        day(2030, Month::May, 1),
        UtcOffset::UTC,
    );
    assert!(rec.public_summary(backwards).unwrap().packs.is_empty());
    let huge = DayRange::new(Date::MIN, Date::MAX, UtcOffset::from_hms(14, 0, 0).unwrap());
    assert_eq!(rec.public_summary(huge).unwrap().sessions, Some(7));
    let west = DayRange::new(
        Date::MIN,
        Date::MAX,
        UtcOffset::from_hms(-12, 0, 0).unwrap(),
    );
    assert_eq!(rec.public_summary(west).unwrap().sessions, Some(7));
    assert!(rec.public_summary_today().is_ok());
}

/// Move a session (and its runs) to a given start time.
fn set_started(conn: &Connection, session: SessionId, at: &str) {
    conn.execute(
        "UPDATE session SET started_at = ?2 WHERE id = ?1",
        [session.to_string(), at.to_owned()],
    )
    .unwrap();
    conn.execute(
        "UPDATE run SET started_at = ?2 WHERE session_id = ?1",
        [session.to_string(), at.to_owned()],
    )
    .unwrap();
}

#[test]
fn days_are_local_days() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let sessions = kiosk_day(&engine, &rec, 5, 0);
    let conn = db(dir.path());
    // Noon UTC on 10 March: 11 March in Kiribati (UTC+14), 10 March in New York.
    for s in &sessions {
        set_started(&conn, *s, "2026-03-10T12:00:00.000Z");
    }
    let at = |d: u8, h: i8| {
        day_summary(
            &conn,
            DayRange::new(
                day(2026, Month::March, d),
                day(2026, Month::March, d),
                UtcOffset::from_hms(h, 0, 0).unwrap(),
            ),
        )
        .unwrap()
        .sessions
    };
    assert_eq!(at(10, 0), Some(5));
    assert_eq!(at(11, 0), None);
    assert_eq!(at(11, 14), Some(5));
    assert_eq!(at(10, 14), None);
    assert_eq!(at(10, -5), Some(5));
    // 23:30 UTC on the 10th is still the 10th at UTC−5 but the 11th at UTC+1.
    for s in &sessions {
        set_started(&conn, *s, "2026-03-10T23:30:00.000Z");
    }
    assert_eq!(at(10, -5), Some(5));
    assert_eq!(at(11, 1), Some(5));
    assert_eq!(at(10, 1), None);

    assert_eq!(parse_offset("+0100"), UtcOffset::from_hms(1, 0, 0).ok());
    assert_eq!(
        parse_offset("-0530\n"),
        UtcOffset::from_hms(-5, -30, 0).ok()
    );
    assert_eq!(parse_offset("+05:45"), UtcOffset::from_hms(5, 45, 0).ok());
    assert_eq!(parse_offset("+14"), UtcOffset::from_hms(14, 0, 0).ok());
    assert_eq!(parse_offset("Z"), Some(UtcOffset::UTC));
    for bad in [
        "", "+", "0100", "+1", "+01000", "+ab00", "+9900", "+0199", "--100", "+é1",
    ] {
        assert_eq!(parse_offset(bad), None, "{bad:?}");
    }
    assert_eq!(
        offset_label(UtcOffset::from_hms(-5, -30, 0).unwrap()),
        "-05:30"
    );
    assert_eq!(offset_label(UtcOffset::UTC), "+00:00");
    let r = DayRange::new(
        day(2026, Month::March, 10),
        day(2026, Month::March, 10),
        UtcOffset::UTC,
    );
    assert_eq!(r.label(), "2026-03-10");
    let _ = scamdrill::records::public::local_offset();
}

fn public_report(dir: &Path, tz: &str, args: &[&str]) -> (String, std::process::Output) {
    let cfg = dir.join("c.ron");
    std::fs::write(&cfg, LIBRARY).unwrap();
    let out_dir = dir.join("out");
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = scamdrill()
        .env("TZ", tz)
        .args(["report", "--public"])
        .args(args)
        .arg("--config")
        .arg(&cfg)
        .arg("--data")
        .arg(dir)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    let csv = std::fs::read_to_string(out_dir.join("scamdrill-public.csv")).unwrap_or_default();
    (csv, out)
}

fn csv_lines(csv: &str) -> Vec<&str> {
    csv.trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn report_public_writes_anonymous_csv() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let named = rec
        .start_session(
            &Trainee::known("T-ann", Some("Ann Example")).unwrap(),
            None,
            Mode::Trainee,
        )
        .unwrap();
    record_run(
        &engine,
        &rec,
        named,
        "popup-locker",
        "en-US",
        1,
        SAFE,
        false,
    );
    let first = kiosk_day(&engine, &rec, 4, 0);
    drop(rec);
    let conn = db(dir.path());
    for s in &first {
        set_started(&conn, *s, "2026-03-10T12:00:00.000Z");
    }

    // Four sessions: every figure suppressed.
    let (csv, out) = public_report(
        dir.path(),
        "UTC",
        &["--from", "2026-03-10", "--to", "2026-03-10"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("public report: 2026-03-10 (local days, UTC+00:00)"),
        "{stdout}"
    );
    assert!(stdout.contains("fewer than 5 public sessions"), "{stdout}");
    assert!(csv.starts_with('\u{FEFF}'), "UTF-8 byte order mark");
    assert_eq!(
        csv.matches('\n').count(),
        csv.matches("\r\n").count(),
        "CRLF"
    );
    let lines = csv_lines(&csv);
    assert_eq!(
        lines[0],
        CSV_HEADER.map(|h| format!("\"{h}\"")).join(","),
        "header"
    );
    assert_eq!(
        lines[1],
        format!(
            "\"2026-03-10\",\"2026-03-10\",\"sessions\",\"\",\"\",\"{SUPPRESSED}\",\"\",\"\",\"\""
        )
    );
    for l in &lines[1..] {
        assert!(l.contains(SUPPRESSED), "{l}");
    }

    // A fifth visitor: the figures appear.
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let fifth = kiosk_day(&engine, &rec, 1, 0);
    drop(rec);
    set_started(&conn, fifth[0], "2026-03-10T12:00:00.000Z");
    let (csv, out) = public_report(
        dir.path(),
        "UTC",
        &["--from", "2026-03-10", "--to", "2026-03-10"],
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 public session(s)"));
    let lines = csv_lines(&csv);
    let row = |figure: &str, pack: &str| {
        let want = format!("\"{figure}\",\"{pack}\",");
        *lines
            .iter()
            .find(|l| l.contains(&want))
            .unwrap_or_else(|| panic!("no {figure} {pack} in\n{csv}"))
    };
    assert!(row("sessions", "").ends_with("\"5\",\"\",\"\",\"\""));
    assert!(row("scenario runs", "").ends_with("\"5\",\"\",\"\",\"\""));
    // Sessions 0, 2, 4 refused; 1 and 3 granted.
    assert!(row("scam runs: remote access refused", "").ends_with("\"3\",\"5\",\"60%\",\"\""));
    assert!(row("genuine runs: access allowed after verifying", "").contains(SUPPRESSED));
    assert!(row("scenario runs", "popup-locker").ends_with("\"5\",\"\",\"\",\"\""));
    assert!(lines.iter().any(|l| {
        l.contains("\"red flag missed\",\"popup-locker\",\"countdown\",\"5\",\"5\",\"100%\"")
    }));
    for l in &lines {
        assert!(l.starts_with('"') && l.ends_with('"'), "{l}");
        assert_eq!(l.matches("\",\"").count(), CSV_HEADER.len() - 1, "{l}");
    }
    // Nothing about anyone: no ids, names, or times of day.
    for needle in ["T-ann", "Ann", "anon-", "T12", ":00", "Z\""] {
        assert!(!csv.contains(needle), "{needle} in the public CSV");
    }
    let uuid_like = csv
        .split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .any(|w| Uuid::parse_str(w).is_ok());
    assert!(!uuid_like, "no ids in the public CSV");

    // Local days: at UTC+14 noon UTC on the 10th is the 11th.
    let (csv, out) = public_report(dir.path(), "XYZ-14", &["--from", "2026-03-11"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("UTC+14:00"));
    assert!(
        csv_lines(&csv)[1].contains("\"sessions\",\"\",\"\",\"5\""),
        "{csv}"
    );
    let (csv, _) = public_report(dir.path(), "XYZ-14", &["--to", "2026-03-10"]);
    assert!(
        csv_lines(&csv)[1].contains(SUPPRESSED),
        "only --to: that day alone"
    );
    // Default: today only (the March sessions are not today).
    let (csv, out) = public_report(dir.path(), "UTC", &[]);
    assert!(out.status.success());
    assert!(csv_lines(&csv)[1].contains(SUPPRESSED));
    // --csv FILE writes there.
    let file = dir.path().join("lib").join("march.csv");
    let (_, out) = public_report(
        dir.path(),
        "UTC",
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--csv",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("\"2026-03-01\",\"2026-03-31\",\"sessions\"")
    );
    // Bad combinations.
    let (_, out) = public_report(
        dir.path(),
        "UTC",
        &["--from", "2026-03-12", "--to", "2026-03-10"],
    );
    assert_eq!(out.status.code(), Some(1));
    let (_, out) = public_report(dir.path(), "UTC", &["--curriculum", "basics"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "public figures have no curriculum"
    );
    let (_, out) = public_report(dir.path(), "UTC", &["--html", "x.html"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn csv_cells_are_guarded_against_formulas() {
    let summary = PublicSummary {
        range: DayRange::new(
            day(2026, Month::March, 10),
            day(2026, Month::March, 10),
            UtcOffset::UTC,
        ),
        sessions: Some(5),
        runs: Some(5),
        scam_refused: None,
        genuine_allowed: None,
        passed: Some(Ratio {
            count: 0,
            out_of: 0,
        }),
        missed_flags: vec![scamdrill::records::public::MissedFlag {
            pack_id: "=HYPERLINK(\"x\")".into(),
            flag_id: "@flag".into(),
            missed: 5,
            present: 6,
        }],
        packs: vec![PackFigures {
            pack_id: "-cmd".into(),
            genuine: false,
            runs: Some(5),
            passed: None,
            remote_access_correct: None,
        }],
        did_scam_as_scam: None,
        did_help_as_scam: None,
        judged_scam_as_scam: None,
        judged_help_as_scam: None,
    };
    let csv = public_csv(&summary);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"x\"\")\",\"'@flag\",\"5\",\"6\",\"83%\""),
        "{csv}"
    );
    assert!(csv.contains("\"scenario runs\",\"'-cmd\""), "{csv}");
    assert!(
        csv.contains("\"runs passed\",\"\",\"\",\"0\",\"0\",\"\""),
        "no rate of nothing: {csv}"
    );
}

/// A kiosk config with an LRS nobody listens on, a public session, and a run
/// started with two choices made.
fn half_played(engine: &Engine, rec: &Recorder) -> (SessionId, RunId, scamdrill::play::Play) {
    let s = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    let mut play = engine.start("popup-locker", "en-US", 3).unwrap();
    let run = rec.start_run(s, &mut play).unwrap();
    play.choose("open-link", 3_000).unwrap();
    play.mark("countdown", 3_500).unwrap();
    play.choose("call", 6_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    (s, run, play)
}

/// Another connection holds the write lock (the background sender of an
/// app on the same data folder): discarding waits for it and succeeds. The
/// discard reads before it deletes; begun deferred, it failed at once with
/// "database is locked" (seen in CI) because SQLite never waits to turn a
/// read into a write.
#[test]
fn discarding_a_run_waits_for_another_writer_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    let (_, run, _) = half_played(&engine, &rec);
    let other = db(dir.path());
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    other
        .execute("UPDATE session SET ended_at = ended_at", [])
        .unwrap();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        other.execute_batch("COMMIT").unwrap();
    });
    let d = rec.discard_run(run);
    writer.join().unwrap();
    assert!(matches!(d, Ok(Discarded::Removed { .. })), "{d:?}");
    let conn = db(dir.path());
    assert_eq!(
        conn.query_row(
            "SELECT COUNT(*) FROM run WHERE id = ?1",
            [run.to_string()],
            |r| r.get::<_, i64>(0)
        )
        .unwrap(),
        0
    );
}

#[test]
fn an_abandoned_kiosk_run_is_discarded_with_its_unsent_statements() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&unreachable_lrs(), dir.path()).unwrap();
    let conn = db(dir.path());
    // A visitor finishes one scenario, starts another and walks away.
    let s = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    let (done, _) = record_run(&engine, &rec, s, "popup-locker", "en-US", 1, SAFE, false);
    let mut play = engine.start("popup-locker", "en-US", 2).unwrap();
    let run = rec.start_run(s, &mut play).unwrap();
    play.choose("open-link", 3_000).unwrap();
    play.mark("countdown", 3_500).unwrap();
    play.choose("call", 6_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    let of = |sql: &str, r: RunId| {
        conn.query_row(sql, [r.to_string()], |row| row.get::<_, i64>(0))
            .unwrap()
    };
    let events = of("SELECT COUNT(*) FROM event WHERE run_id = ?1", run);
    let pending = of(
        "SELECT COUNT(*) FROM outbox WHERE run_id = ?1 AND state = 'pending'",
        run,
    );
    assert_eq!(events, play.run.events().len() as i64);
    assert!(pending >= 3, "attempted and two answers queued: {pending}");
    let kept_statements = of("SELECT COUNT(*) FROM outbox WHERE run_id = ?1", done);
    let kept_events = of("SELECT COUNT(*) FROM event WHERE run_id = ?1", done);

    // The idle timeout fires.
    let d = rec.discard_run(run).unwrap();
    assert_eq!(
        d,
        Discarded::Removed {
            events: events as u64,
            unsent_statements: pending as u64
        }
    );
    rec.end_session(s).unwrap();
    for sql in [
        "SELECT COUNT(*) FROM run WHERE id = ?1",
        "SELECT COUNT(*) FROM event WHERE run_id = ?1",
        "SELECT COUNT(*) FROM outbox WHERE run_id = ?1",
    ] {
        assert_eq!(of(sql, run), 0, "{sql}");
    }
    // The finished run and the session stay.
    assert_eq!(
        of("SELECT COUNT(*) FROM outbox WHERE run_id = ?1", done),
        kept_statements
    );
    assert_eq!(
        of("SELECT COUNT(*) FROM event WHERE run_id = ?1", done),
        kept_events
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM session WHERE ended_at IS NOT NULL"
        ),
        1
    );
    // Nothing more is recorded for it, and discarding twice is an error, not a panic.
    assert!(matches!(
        rec.record_new_events(run, &play.run),
        Err(RecordsError::UnknownRun(_))
    ));
    assert!(matches!(
        rec.finish_run(run, &play),
        Err(RecordsError::UnknownRun(_))
    ));
    assert!(matches!(
        rec.discard_run(run),
        Err(RecordsError::UnknownRun(_))
    ));
    let never = RunId(Uuid::new_v4());
    assert!(matches!(
        rec.discard_run(never),
        Err(RecordsError::UnknownRun(_))
    ));
    // A run that reached an ending is a complete record: kept.
    assert_eq!(rec.discard_run(done).unwrap(), Discarded::KeptCompleted);
    assert_eq!(of("SELECT COUNT(*) FROM run WHERE id = ?1", done), 1);

    // A run already closed at its abandonment without an ending goes too.
    let (_, run2, play2) = half_played(&engine, &rec);
    let score = rec.finish_run(run2, &play2).unwrap();
    assert!(score.outcome.is_none());
    assert!(matches!(
        rec.discard_run(run2).unwrap(),
        Discarded::Removed { .. }
    ));
    assert_eq!(of("SELECT COUNT(*) FROM run WHERE id = ?1", run2), 0);
    // A run left by an earlier program (not recorded by this one) can be discarded too.
    let (_, run3, _) = half_played(&engine, &rec);
    rec.shutdown(Duration::from_millis(300));
    drop(rec);
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    assert!(matches!(
        rec.discard_run(run3).unwrap(),
        Discarded::Removed { .. }
    ));
    let log: Result<RunLog, _> = rec.run_log(run3);
    assert!(matches!(log, Err(RecordsError::UnknownRun(_))));
    // No orphan rows anywhere.
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM event WHERE run_id NOT IN (SELECT id FROM run)"
        ),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM outbox WHERE run_id NOT IN (SELECT id FROM run)"
        ),
        0
    );
}

/// A public run played along `path`, judged `rating` afterwards.
fn judged_public_run(
    engine: &Engine,
    rec: &Recorder,
    s: SessionId,
    pack: &str,
    path: &[&str],
    rating: u8,
) {
    let mut play = engine.start(pack, "en-US", 3).unwrap();
    let run = rec.start_run(s, &mut play).unwrap();
    for (i, c) in path.iter().enumerate() {
        play.choose(c, 2_000 * (i as u64 + 1)).unwrap();
    }
    play.judge(rating, 60_000).unwrap();
    rec.finish_run(run, &play).unwrap();
}

#[test]
fn the_room_shows_detection_beside_behaviour_with_small_groups_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    // Every visitor refuses everything (behaviour cannot tell), but judges
    // the genuine help as real afterwards in all but one session.
    let add = |rating_genuine: u8| {
        let s = rec
            .start_session(&Trainee::Anonymous, None, Mode::Public)
            .unwrap();
        judged_public_run(&engine, &rec, s, "popup-locker", SAFE, 2);
        judged_public_run(
            &engine,
            &rec,
            s,
            "family-remote-help",
            FALSE_ALARM,
            rating_genuine,
        );
    };
    for r in [5, 6, 4, 3] {
        add(r);
    }
    let s = rec.public_summary(around_today()).unwrap();
    assert_eq!(s.sessions, None, "four sessions");
    assert_eq!(
        (
            s.did_scam_as_scam,
            s.did_help_as_scam,
            s.judged_scam_as_scam,
            s.judged_help_as_scam
        ),
        (None, None, None, None),
        "four sessions: hidden"
    );
    add(6);
    let s = rec.public_summary(around_today()).unwrap();
    let r = |count, out_of| Some(Ratio { count, out_of });
    assert_eq!(s.did_scam_as_scam, r(5, 5));
    assert_eq!(s.did_help_as_scam, r(5, 5), "refused all the real help");
    assert_eq!(s.judged_scam_as_scam, r(5, 5));
    assert_eq!(
        s.judged_help_as_scam,
        r(1, 5),
        "but judged it real four times in five"
    );
}

/// The CSV line for `figure` over the whole room, split into its cells.
fn room_line(csv: &str, figure: &str) -> Vec<String> {
    let want = format!("\"{figure}\",\"\",\"\",");
    let line = csv_lines(csv)
        .into_iter()
        .find(|l| l.contains(&want))
        .unwrap_or_else(|| panic!("no {figure} in\n{csv}"));
    let inner = line.strip_prefix('"').and_then(|l| l.strip_suffix('"'));
    inner
        .unwrap_or_else(|| panic!("every cell quoted: {line}"))
        .split("\",\"")
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_public_csv_shows_detection_beside_behaviour_with_small_groups_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let engine = engine();
    let rec = Recorder::open(&offline(), dir.path()).unwrap();
    // Everyone refuses everything, but judges the real help as real in all
    // but one session.
    let add = |rating_genuine: u8| {
        let s = rec
            .start_session(&Trainee::Anonymous, None, Mode::Public)
            .unwrap();
        judged_public_run(&engine, &rec, s, "popup-locker", SAFE, 2);
        judged_public_run(
            &engine,
            &rec,
            s,
            "family-remote-help",
            FALSE_ALARM,
            rating_genuine,
        );
    };
    for r in [5, 6, 4, 3] {
        add(r);
    }
    let room = [
        "behaviour: scam runs treated as a scam",
        "behaviour: genuine runs treated as a scam",
        "detection: judged scam runs judged a scam",
        "detection: judged genuine runs judged a scam",
        "behaviour d′ (telling scams from real help)",
        "behaviour c (bias; below 0 leans to calling it a scam)",
        "detection d′ (telling scams from real help)",
        "detection c (bias; below 0 leans to calling it a scam)",
    ];
    let csv = public_csv(&rec.public_summary(around_today()).unwrap());
    for figure in room {
        let cells = room_line(&csv, figure);
        assert_eq!(cells.len(), CSV_HEADER.len(), "{cells:?}");
        assert_eq!(
            cells[5..].iter().filter(|c| *c == SUPPRESSED).count(),
            if figure.contains("d′") || figure.contains(" c (") {
                2
            } else {
                3
            },
            "four sessions: {figure} hidden: {cells:?}"
        );
        assert!(
            !cells[5..]
                .iter()
                .any(|c| c.chars().any(|ch| ch.is_ascii_digit()) && c != SUPPRESSED),
            "four sessions: no number for {figure}: {cells:?}"
        );
    }
    add(6);
    let csv = public_csv(&rec.public_summary(around_today()).unwrap());
    let tail = |figure: &str| room_line(&csv, figure)[5..].to_vec();
    let v = |xs: [&str; 4]| xs.map(str::to_owned).to_vec();
    assert_eq!(tail(room[0]), v(["5", "5", "100%", ""]));
    assert_eq!(tail(room[1]), v(["5", "5", "100%", ""]), "refused all help");
    assert_eq!(tail(room[2]), v(["5", "5", "100%", ""]));
    assert_eq!(
        tail(room[3]),
        v(["1", "5", "20%", ""]),
        "judged it real 4 in 5"
    );
    let value = |figure: &str| -> f64 {
        let t = tail(figure);
        assert_eq!(t[..3], ["", "10", ""], "{figure}: over ten runs: {t:?}");
        t[3].parse()
            .unwrap_or_else(|e| panic!("{figure}: {:?}: {e}", t[3]))
    };
    // The same estimates the trainers' reports use (log-linear corrected).
    let behaviour = scamdrill::measure::sdt_estimate(5, 0, 5, 0);
    let detection = scamdrill::measure::sdt_estimate(5, 0, 1, 4);
    let close = |a: f64, b: f64| (a - b).abs() < 0.0006;
    assert!(close(value(room[4]), behaviour.d_prime()));
    assert!(close(value(room[5]), behaviour.c()));
    assert!(close(value(room[6]), detection.d_prime()));
    assert!(close(value(room[7]), detection.c()));
    assert!(
        value(room[4]).abs() < 0.0005,
        "refusing everything tells nothing apart"
    );
    assert!(value(room[5]) < -0.5, "and leans hard to calling it a scam");
    assert!(value(room[6]) > 1.0, "the judgement does tell them apart");
    // Every line still has every column.
    for l in csv_lines(&csv) {
        assert_eq!(l.matches("\",\"").count(), CSV_HEADER.len() - 1, "{l}");
    }
}
