//! Reports for trainers: CSV that spreadsheets open safely, the
//! self-contained HTML report with its filters, and certificates.

use std::path::Path;

use scamdrill::config::Curriculum;
use scamdrill::records::report::{ReportFilter, csv_cell, load_runs, runs_csv};
use scamdrill::records::{Mode, Recorder, Trainee};

use crate::common::engine;
use crate::records_support::{SAFE, WORST, config_from, count, db, record_run, scamdrill};

const CONFIG: &str = r#"Config(
    organisation: "Acme & Sons <Training>",
    retention_days: 3650,
    curricula: [
        (name: "basics", packs: ["popup-locker"], pass_mark: 60),
        (name: "advanced", packs: ["popup-locker", "microsoft-cold-call"], pass_mark: 90),
    ],
)
"#;

#[test]
fn csv_cells_are_quoted_and_guarded_against_formulas() {
    assert_eq!(csv_cell("plain"), "\"plain\"");
    assert_eq!(csv_cell(""), "\"\"");
    assert_eq!(
        csv_cell("say \"hi\", then go"),
        "\"say \"\"hi\"\", then go\""
    );
    assert_eq!(csv_cell("two\r\nlines"), "\"two\r\nlines\"");
    for dangerous in [
        "=1+2",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "=HYPERLINK(\"http://evil\")",
    ] {
        let cell = csv_cell(dangerous);
        assert!(cell.starts_with("\"'"), "{dangerous:?} → {cell}");
    }
    assert_eq!(csv_cell("=\"x\""), "\"'=\"\"x\"\"\"");
    assert_eq!(
        csv_cell("a=b"),
        "\"a=b\"",
        "only a leading character is dangerous"
    );
    assert_eq!(csv_cell("Émilie Ørsted 李"), "\"Émilie Ørsted 李\"");
    // A plain negative number stays a number (measures CSV); anything more is guarded.
    assert_eq!(csv_cell("-1.250"), "\"-1.250\"");
    assert_eq!(csv_cell("-3"), "\"-3\"");
    for still_guarded in ["-1.2.3", "-", "-.5", "-1e5", "-1+2", "-1,5"] {
        assert!(
            csv_cell(still_guarded).starts_with("\"'"),
            "{still_guarded}"
        );
    }
}

/// Records: Ann (passes basics), Bob (fails), Zed (dangerous name, in
/// "advanced"), and an anonymous kiosk visitor. Ann's run is dated in January.
fn populate(dir: &Path) {
    let engine = engine();
    let rec = Recorder::open(&config_from(CONFIG), dir).unwrap();
    let ann = rec
        .start_session(
            &Trainee::known("T-ann", Some("Ann Example")).unwrap(),
            Some("basics"),
            Mode::Trainee,
        )
        .unwrap();
    record_run(&engine, &rec, ann, "popup-locker", "en-GB", 1, SAFE, true);
    let bob = rec
        .start_session(
            &Trainee::known("T-bob", None).unwrap(),
            Some("basics"),
            Mode::Trainee,
        )
        .unwrap();
    record_run(&engine, &rec, bob, "popup-locker", "en-US", 2, WORST, false);
    let zed = rec
        .start_session(
            &Trainee::known(
                "T-zed",
                Some("=HYPERLINK(\"http://x\") <script>alert(1)</script>"),
            )
            .unwrap(),
            Some("advanced"),
            Mode::Trainee,
        )
        .unwrap();
    record_run(&engine, &rec, zed, "popup-locker", "en-US", 3, SAFE, false);
    let kiosk = rec
        .start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap();
    record_run(
        &engine,
        &rec,
        kiosk,
        "popup-locker",
        "he-IL",
        4,
        &["open-link", "call"],
        false,
    );
    let conn = db(dir);
    conn.execute(
        "UPDATE run SET started_at = '2026-01-15T10:00:00.000Z', finished_at = '2026-01-15T10:05:00.000Z'
         WHERE session_id = ?1",
        [ann.to_string()],
    )
    .unwrap();
}

#[test]
fn the_csv_opens_cleanly_in_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let rows = load_runs(&db(dir.path()), &ReportFilter::default()).unwrap();
    assert_eq!(rows.len(), 4);
    let csv = runs_csv(&rows);
    assert!(csv.starts_with('\u{FEFF}'), "UTF-8 byte order mark");
    assert!(csv.ends_with("\r\n"));
    assert_eq!(
        csv.matches('\n').count(),
        csv.matches("\r\n").count(),
        "every line ends CRLF"
    );
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 5, "header and four runs");
    assert!(
        lines[0].starts_with("\"run\",\"session\",\"trainee\",\"name\""),
        "{}",
        lines[0]
    );
    let zed = lines.iter().find(|l| l.contains("T-zed")).unwrap();
    assert!(
        zed.contains("\"'=HYPERLINK(\"\"http://x\"\") <script>alert(1)</script>\""),
        "{zed}"
    );
    let anon = lines.iter().find(|l| l.contains("(anonymous)")).unwrap();
    assert!(
        !anon.contains("anon-"),
        "no anonymous ids in reports: {anon}"
    );
    assert!(anon.contains("\"public\""));
    let ann = lines.iter().find(|l| l.contains("T-ann")).unwrap();
    assert!(
        ann.contains("\"2026-01-15 10:00:00\"") && ann.contains("\"Ann Example\""),
        "{ann}"
    );
    assert!(
        ann.ends_with("\"yes\",\"no\",\"\",\"\",\"training\""),
        "passed, not critical, not judged, a training run: {ann}"
    );
    // Every field is quoted.
    for l in &lines {
        assert!(l.starts_with('"') && l.ends_with('"'), "{l}");
        assert_eq!(l.matches("\",\"").count(), 29, "30 columns: {l}");
    }
}

fn report(dir: &Path, args: &[&str]) -> (String, String, std::process::Output) {
    let cfg = dir.join("c.ron");
    std::fs::write(&cfg, CONFIG).unwrap();
    let out_dir = dir.join("out");
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = scamdrill()
        .arg("report")
        .args(args)
        .arg("--config")
        .arg(&cfg)
        .arg("--data")
        .arg(dir)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    let csv = std::fs::read_to_string(out_dir.join("scamdrill-report.csv")).unwrap_or_default();
    let html = std::fs::read_to_string(out_dir.join("scamdrill-report.html")).unwrap_or_default();
    (csv, html, out)
}

/// The report's files are written whole or not at all: when the page
/// cannot be put in place (its path is a folder), neither CSV is left, nor
/// any temporary file.
#[test]
fn a_report_that_cannot_be_written_leaves_no_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let out_dir = dir.path().join("out");
    let html = out_dir.join("page.html");
    std::fs::create_dir_all(html.join("in-the-way")).unwrap();
    let cfg = dir.path().join("c.ron");
    std::fs::write(&cfg, CONFIG).unwrap();
    let out = scamdrill()
        .arg("report")
        .arg("--html")
        .arg(&html)
        .arg("--config")
        .arg(&cfg)
        .arg("--data")
        .arg(dir.path())
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&format!("cannot write {}", html.display())),
        "{stderr}"
    );
    let mut left: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["page.html"], "only the folder in the way is left");
}

#[test]
fn the_html_report_is_self_contained_with_every_chart() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let (_, html, out) = report(dir.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("report: 4 run(s)"));
    for section in [
        "Pass rate per scenario",
        "Most-missed red flags",
        "Remote-access decisions",
        "Sensitivity (d′) and bias (c)",
        "Time to the remote-access decision",
    ] {
        assert!(html.contains(section), "missing {section}");
    }
    assert!(html.matches("<svg").count() >= 5, "five inline charts");
    let lower = html.to_ascii_lowercase();
    for external in [
        "<script", "<link", "src=", "href=", "url(", "@import", "<iframe", "<img",
    ] {
        assert!(
            !lower.contains(external),
            "the report must not load anything: found {external}"
        );
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "names are escaped"
    );
    assert!(html.contains("Acme &amp; Sons &lt;Training&gt;"));
    assert!(
        html.contains("Scam: access granted (critical)"),
        "Bob's decision is charted"
    );
    assert!(
        html.contains("3 named trainee(s), 1 anonymous session(s)"),
        "{html}"
    );
}

#[test]
fn reports_filter_by_date_and_curriculum() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let rows = |csv: &str| csv.split("\r\n").filter(|l| !l.is_empty()).count() - 1;
    let (csv, _, out) = report(dir.path(), &["--from", "2026-01-01", "--to", "2026-01-31"]);
    assert!(out.status.success());
    assert_eq!(rows(&csv), 1, "only Ann's January run");
    assert!(csv.contains("T-ann"));
    let (csv, _, _) = report(dir.path(), &["--to", "2026-01-15"]);
    assert_eq!(rows(&csv), 1, "--to includes its whole day");
    let (csv, _, _) = report(dir.path(), &["--from", "2026-01-16"]);
    assert_eq!(rows(&csv), 3);
    let (csv, html, _) = report(dir.path(), &["--curriculum", "basics"]);
    assert_eq!(rows(&csv), 2, "Ann and Bob");
    assert!(html.contains("curriculum basics"));
    let (csv, _, _) = report(dir.path(), &["--curriculum", "advanced"]);
    assert_eq!(rows(&csv), 1);
    let (_, _, out) = report(dir.path(), &["--from", "2026-13-01"]);
    assert_eq!(out.status.code(), Some(2), "clap rejects a bad date");
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    let (_, _, out) = report(dir.path(), &["--from", "2026-02-01", "--to", "2026-01-01"]);
    assert_eq!(out.status.code(), Some(1));
}

fn certificate(dir: &Path, trainee: &str) -> (std::process::Output, String) {
    let cfg = dir.join("c.ron");
    std::fs::write(&cfg, CONFIG).unwrap();
    let file = dir.join(format!("cert-{trainee}.html"));
    let out = scamdrill()
        .args(["certificate", "--trainee", trainee, "--config"])
        .arg(&cfg)
        .arg("--data")
        .arg(dir)
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    (out, std::fs::read_to_string(&file).unwrap_or_default())
}

#[test]
fn certificates_for_those_who_passed() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let (out, html) = certificate(dir.path(), "T-ann");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(html.contains("Certificate of completion"));
    assert!(
        html.contains("Ann Example") && html.contains("basics") && html.contains("2026-01-15"),
        "{html}"
    );
    assert!(
        html.contains("Score: ") && html.contains("/ 100 (pass mark 60)"),
        "{html}"
    );
    assert!(html.contains("@page"), "printable");
    let (out, _) = certificate(dir.path(), "T-bob");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("has not passed curriculum \"basics\""),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (out, _) = certificate(dir.path(), "T-zed");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("not yet played to an ending: microsoft-cold-call")
    );
    let (out, _) = certificate(dir.path(), "T-nobody");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no trainee \"T-nobody\""));
}

#[test]
fn curricula_mix_genuine_packs_in_and_shuffle_per_session() {
    let c = Curriculum {
        name: "c".into(),
        packs: vec!["s1".into(), "s2".into(), "s3".into()],
        pass_mark: 75,
        shuffle: false,
        genuine: vec!["g1".into()],
        pre_test: vec![],
        post_test: vec![],
        counterbalance_seed: 0,
        booster: vec![],
        booster_after_days: None,
    };
    assert_eq!(c.play_order(1), ["s1", "s2", "g1", "s3"]);
    let two = Curriculum {
        genuine: vec!["g1".into(), "g2".into()],
        ..c.clone()
    };
    assert_eq!(two.play_order(1), ["s1", "g1", "s2", "s3", "g2"]);
    let shuffled = Curriculum {
        shuffle: true,
        ..two.clone()
    };
    let a = shuffled.play_order(1);
    assert_eq!(a, shuffled.play_order(1), "same seed, same order");
    let mut sorted = a.clone();
    sorted.sort();
    assert_eq!(sorted, ["g1", "g2", "s1", "s2", "s3"]);
    assert!(
        (2..40).any(|s| shuffled.play_order(s) != a),
        "other seeds give other orders"
    );
}

// ------------------------------------------------ judgements and measures

/// A curriculum with test forms and a booster, over packs with known paths.
const MEASURED: &str = r#"Config(
    organisation: "Acme",
    retention_days: 3650,
    curricula: [
        (
            name: "measured",
            packs: ["microsoft-cold-call"],
            pre_test: ["popup-locker"],
            post_test: ["family-remote-help"],
            booster: ["gift-card-pressure"],
            booster_after_days: Some(30),
        ),
    ],
)
"#;

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

/// Play `choices`, judge with `rating`, record, finish.
fn judged_run(
    rec: &Recorder,
    session: scamdrill::records::SessionId,
    pack: &str,
    choices: &[&str],
    rating: Option<u8>,
) -> scamdrill::records::RunId {
    let engine = engine();
    let mut play = engine.start(pack, "en-US", 5).unwrap();
    let run = rec.start_run(session, &mut play).unwrap();
    let mut t = 0;
    for c in choices {
        t += 3_000;
        play.choose(c, t).unwrap();
        rec.record_new_events(run, &play.run).unwrap();
    }
    if let Some(r) = rating {
        play.judge(r, t + 60_000).unwrap();
    }
    rec.finish_run(run, &play).unwrap();
    run
}

#[test]
fn judgements_are_stored_with_the_run_and_sent_as_xapi_with_the_block() {
    use crate::records_support::{free_port, outbox_statements, secret_env};
    let dir = tempfile::tempdir().unwrap();
    let text = MEASURED.replace(
        "retention_days: 3650,",
        &format!(
            "retention_days: 3650, lrs: Some((endpoint: \"http://127.0.0.1:{}/xAPI/\", key: \"k\", secret_env: \"{}\", account_home_page: \"https://lms.example.com\", timeout_secs: 1, retry_initial_secs: 60, retry_max_secs: 60)),",
            free_port(),
            secret_env()
        ),
    );
    let cfg = config_from(&text);
    let rec = Recorder::open(&cfg, dir.path()).unwrap();
    let s = rec
        .start_session(
            &Trainee::known("T-jo", None).unwrap(),
            Some("measured"),
            Mode::Trainee,
        )
        .unwrap();
    let run = judged_run(&rec, s, "popup-locker", SAFE, Some(2));
    let conn = db(dir.path());
    let (judgement, block): (Option<u8>, Option<String>) = conn
        .query_row(
            "SELECT judgement, block FROM run WHERE id = ?1",
            [run.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let cur = cfg.config.curriculum("measured").unwrap();
    let expected = cur.block_of("popup-locker", "T-jo").unwrap();
    assert_eq!(judgement, Some(2));
    assert_eq!(block.as_deref(), Some(expected.key()));
    // The event log holds the judgement and replays with it.
    let log = rec.run_log(run).unwrap();
    assert!(matches!(
        log.events.last(),
        Some(scamdrill::runner::Event::Judge { rating: 2, .. })
    ));
    assert_eq!(
        engine()
            .replay(&log)
            .unwrap()
            .run
            .judgement()
            .map(|r| r.get()),
        Some(2)
    );
    // xAPI: a likert "answered" statement; every statement carries the block.
    let statements = outbox_statements(&conn);
    let judged: Vec<&serde_json::Value> = statements
        .iter()
        .filter(|s| {
            s["object"]["id"]
                .as_str()
                .is_some_and(|i| i.ends_with("/scenario/popup-locker/judgement"))
        })
        .collect();
    assert_eq!(judged.len(), 1, "{statements:#?}");
    let j = judged[0];
    assert_eq!(j["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
    assert_eq!(j["object"]["definition"]["interactionType"], "likert");
    assert_eq!(
        j["object"]["definition"]["scale"].as_array().unwrap().len(),
        6
    );
    assert_eq!(j["result"]["response"], "probably-scam");
    assert_eq!(
        j["result"]["extensions"]["https://scamdrill.example.org/xapi/extension/judgement"],
        2
    );
    assert_eq!(
        j["result"]["extensions"]["https://scamdrill.example.org/xapi/extension/judged-scam"],
        true
    );
    for s in &statements {
        assert_eq!(
            s["context"]["extensions"]["https://scamdrill.example.org/xapi/extension/block"],
            expected.key(),
            "{s:#}"
        );
    }
    // Ralph's strict model accepts every statement, the likert one included.
    crate::records_support::validate_strictly(&statements);
    // The judgement's minute does not count in the run's duration.
    let completed = statements
        .iter()
        .find(|s| s["verb"]["display"]["en-US"] == "completed")
        .unwrap();
    assert_eq!(completed["result"]["duration"], "PT9S");
}

#[test]
fn an_older_database_gains_the_new_columns_and_keeps_its_runs() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    {
        // Take the database back to schema 1, as an earlier release left it.
        let conn = db(dir.path());
        conn.execute_batch(
            "ALTER TABLE run DROP COLUMN judgement; ALTER TABLE run DROP COLUMN block;
             ALTER TABLE run DROP COLUMN pass_mark; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let rows_before = count(&db(dir.path()), "SELECT COUNT(*) FROM run");
    let rec = Recorder::open(&config_from(CONFIG), dir.path()).unwrap();
    drop(rec);
    let conn = db(dir.path());
    assert_eq!(
        count(&conn, "PRAGMA user_version"),
        scamdrill::records::schema_version()
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), rows_before);
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE judgement IS NOT NULL OR block IS NOT NULL"
        ),
        0
    );
    let rows = load_runs(&conn, &ReportFilter::default()).unwrap();
    assert!(rows.iter().all(|r| r.judgement.is_none()));
}

/// A database of schema 2 (before runs kept their pass mark) opens, keeps
/// its runs, and replays them with no pass mark (the default) as before;
/// runs recorded after the upgrade keep theirs.
#[test]
fn a_schema_2_database_gains_the_pass_mark_column() {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    {
        let conn = db(dir.path());
        conn.execute_batch("ALTER TABLE run DROP COLUMN pass_mark; PRAGMA user_version = 2;")
            .unwrap();
    }
    let conn = db(dir.path());
    let rows_before = count(&conn, "SELECT COUNT(*) FROM run");
    let old_run: String = conn
        .query_row("SELECT id FROM run ORDER BY started_at LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    drop(conn);
    let rec = Recorder::open(&config_from(CONFIG), dir.path()).unwrap();
    let conn = db(dir.path());
    assert_eq!(
        count(&conn, "PRAGMA user_version"),
        scamdrill::records::schema_version()
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), rows_before);
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE pass_mark IS NOT NULL"
        ),
        0
    );
    let old_id = scamdrill::records::RunId(old_run.parse().unwrap());
    let old_log = rec.run_log(old_id).unwrap();
    assert_eq!(old_log.pass_mark, None);
    assert!(engine().replay(&old_log).is_ok());
    let s = rec
        .start_session(
            &Trainee::known("T-new", None).unwrap(),
            Some("advanced"),
            Mode::Trainee,
        )
        .unwrap();
    let (run, _) = record_run(&engine(), &rec, s, "popup-locker", "en-US", 9, SAFE, true);
    assert_eq!(rec.run_log(run).unwrap().pass_mark, Some(90));
}

#[test]
fn play_takes_the_judgement_on_the_command_line() {
    let run = |args: &[&str]| {
        scamdrill()
            .args(["play", "--scenario", "popup-locker", "--json"])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["--choices", "open-link,call,hang-up", "--judgement", "5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let last = v["log"]["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["type"], "judge");
    assert_eq!(last["rating"], 5);
    let out = run(&["--choices", "open-link,call,hang-up", "--judgement", "7"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses 7");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1..=6"));
    let out = run(&["--choices", "open-link", "--judgement", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--judgement 2") && err.contains("reach an ending"),
        "{err}"
    );
}

fn measured_report(dir: &Path) -> (String, String, String) {
    let cfg = dir.join("c.ron");
    std::fs::write(&cfg, MEASURED).unwrap();
    let out_dir = dir.join("out");
    let out = scamdrill()
        .args(["report", "--config"])
        .arg(&cfg)
        .arg("--data")
        .arg(dir)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |f: &str| std::fs::read_to_string(out_dir.join(f)).unwrap();
    (
        read("scamdrill-report-measures.csv"),
        read("scamdrill-report.html"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_report_gives_detection_and_behaviour_pre_post_change_and_boosters_due() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config_from(MEASURED);
    let rec = Recorder::open(&cfg, dir.path()).unwrap();
    let s = rec
        .start_session(
            &Trainee::known("T-kim", Some("Kim")).unwrap(),
            Some("measured"),
            Mode::Trainee,
        )
        .unwrap();
    // Pre-test: refuses the scam and the genuine help alike, judges both scams.
    let pre = [
        judged_run(&rec, s, "popup-locker", SAFE, Some(2)),
        judged_run(&rec, s, "family-remote-help", FALSE_ALARM, Some(3)),
    ];
    // Post-test: refuses the scam, verifies and accepts the genuine help.
    let post = [
        judged_run(&rec, s, "popup-locker", SAFE, Some(1)),
        judged_run(&rec, s, "family-remote-help", VERIFIED, Some(6)),
    ];
    drop(rec);
    let conn = db(dir.path());
    for (ids, block, day) in [
        (&pre, "pre-test", "2026-01-05"),
        (&post, "post-test", "2026-01-20"),
    ] {
        for id in ids {
            conn.execute(
                "UPDATE run SET block = ?2, started_at = ?3 || 'T10:00:00.000Z' WHERE id = ?1",
                rusqlite::params![id.to_string(), block, day],
            )
            .unwrap();
        }
    }
    // Both packs were played in the post-test, so T-kim's post-test form
    // (whichever it is) completes the curriculum on 20 January.
    let (csv, html, stdout) = measured_report(dir.path());
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    let header: Vec<String> = lines[0]
        .split(',')
        .map(|c| c.trim_matches('"').to_owned())
        .collect();
    for m in ["behaviour", "detection"] {
        for f in [
            "auc",
            "d_prime",
            "c",
            "trials",
            "d_prime_low",
            "d_prime_high",
            "c_low",
            "c_high",
        ] {
            assert!(
                header.contains(&format!("{m}_{f}")),
                "{m}_{f} in {header:?}"
            );
        }
        assert!(
            header.contains(&format!("{m}_change_d_prime"))
                && header.contains(&format!("{m}_reading"))
        );
    }
    let cell = |line: &str, name: &str| -> String {
        let i = header.iter().position(|h| h == name).unwrap();
        line.split("\",\"")
            .nth(i)
            .unwrap()
            .trim_matches('"')
            .to_owned()
    };
    let all = lines.iter().find(|l| l.starts_with("\"(all)\"")).unwrap();
    let kim = lines.iter().find(|l| l.starts_with("\"T-kim\"")).unwrap();
    assert_eq!(cell(all, "behaviour_trials"), "4");
    assert_eq!(cell(kim, "detection_trials"), "4");
    // Behaviour: 2 hits of 2, 1 false alarm of 2 → corrected H = 2.5/3,
    // F = 1.5/3: d′ = z(0.8333) − z(0.5) = 0.967.
    assert_eq!(cell(kim, "behaviour_d_prime"), "0.967");
    assert_eq!(cell(kim, "behaviour_hits"), "2");
    assert_eq!(cell(kim, "behaviour_false_alarms"), "1");
    // Detection: 3 of the 4 judged "scam" (ratings 2, 3, 1), the genuine one at 6.
    assert_eq!(cell(kim, "detection_false_alarms"), "1");
    assert_eq!(cell(kim, "detection_correct_rejections"), "1");
    // Pre (1 hit, 1 false alarm) to post (1 hit, 0 false alarms): d′ up by
    // z(0.75) − z(0.25) − 0 = 1.349; c from −0.674 to 0.
    assert_eq!(cell(kim, "behaviour_change_d_prime"), "1.349");
    assert_eq!(cell(kim, "behaviour_pre_trials"), "2");
    assert_eq!(
        cell(kim, "behaviour_reading"),
        "no measurable change",
        "two trials a test are too few"
    );
    for section in [
        "Skill or caution: detection and behaviour",
        "ROC curves from the judgements",
        "Detection against behaviour",
        "Pre-test and post-test",
        "Boosters",
        "<polyline",
    ] {
        assert!(html.contains(section), "missing {section}");
    }
    assert!(
        html.contains("2026-02-19") && html.contains(">due<"),
        "completed 20 January + 30 days"
    );
    assert!(
        stdout.contains("booster due: T-kim (measured, due 2026-02-19)"),
        "{stdout}"
    );
}

#[test]
fn boosters_are_due_days_after_completion_until_played() {
    use scamdrill::records::report::boosters;
    let dir = tempfile::tempdir().unwrap();
    let cfg = config_from(MEASURED);
    let rec = Recorder::open(&cfg, dir.path()).unwrap();
    let cur = cfg.config.curriculum("measured").unwrap();
    let s = rec
        .start_session(
            &Trainee::known("T-lee", None).unwrap(),
            Some("measured"),
            Mode::Trainee,
        )
        .unwrap();
    let (_, second) = cur.test_forms("T-lee");
    let choices = if second[0] == "popup-locker" {
        SAFE
    } else {
        VERIFIED
    };
    let done = judged_run(&rec, s, &second[0], choices, None);
    drop(rec);
    let conn = db(dir.path());
    conn.execute(
        "UPDATE run SET started_at = '2026-03-01T09:00:00.000Z' WHERE id = ?1",
        [done.to_string()],
    )
    .unwrap();
    let rows = load_runs(&conn, &ReportFilter::default()).unwrap();
    let day = |d: u8| time::Date::from_calendar_date(2026, time::Month::March, d).unwrap();
    let b = boosters(&rows, &cfg.config, day(30));
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].due_on, day(31));
    assert!(!b[0].due && !b[0].done, "not yet due the day before");
    let b = boosters(&rows, &cfg.config, day(31));
    assert!(b[0].due);
    // A booster run after completion settles it.
    let mut with_booster = rows.clone();
    let mut booster = rows[0].clone();
    booster.pack_id = "gift-card-pressure".into();
    booster.block = Some("booster".into());
    booster.started_at = "2026-04-02T09:00:00.000Z".into();
    with_booster.push(booster);
    let b = boosters(&with_booster, &cfg.config, day(31));
    assert!(b[0].done && !b[0].due);
}
