//! Organisation-wide results through the LRS: three machines (three data
//! folders) train and sync to one Ralph LRS; a fourth, with an empty records
//! folder, builds the trainers' report, a certificate and the library's
//! public figures from the LRS, and they equal what one machine holding
//! everyone's records would build. Then the ways a read can fail: each gives
//! a clear message and writes nothing.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use scamdrill::cli::all_paths_of;
use scamdrill::config::LoadedConfig;
use scamdrill::records::xapi::iri;
use scamdrill::records::{Mode, Recorder, SessionId, Trainee};

use crate::common::engine;
use crate::records_support::{
    Ralph, SAFE, ScriptedLrs, WORST, config_from, db, free_port, merge_records, outbox_statements,
    record_run, scamdrill, validate_strictly, without_generated,
};

const WRITE_ENV: &str = "SCAMDRILL_TEST_LRS_WRITE";
const READ_ENV: &str = "SCAMDRILL_TEST_LRS_READ";

/// Set the write and read secrets of Ralph's `writer` and `reader` keys once
/// for the whole test binary (children inherit them).
fn secrets() {
    static SET: std::sync::Once = std::sync::Once::new();
    // SAFETY: set once, guarded by `Once`; std serialises environment access.
    SET.call_once(|| unsafe {
        std::env::set_var(WRITE_ENV, "writesecret");
        std::env::set_var(READ_ENV, "readsecret");
    });
}

/// Curriculum "org": a scam and a genuine-support pack. Machines send with
/// the write-only key; reports read with `read_key`.
fn org_text(endpoint: &str, read_key: &str) -> String {
    format!(
        r#"Config(
    organisation: "County Libraries",
    retention_days: 30,
    curricula: [
        (name: "org", packs: ["popup-locker"], genuine: ["helpdesk-ticket-callback"], pass_mark: 60),
    ],
    lrs: Some((
        endpoint: "{endpoint}",
        key: "writer",
        secret_env: "{WRITE_ENV}",
        account_home_page: "https://lms.example.com",
        timeout_secs: 5,
        retry_initial_secs: 1,
        retry_max_secs: 2,
        read_key: Some("{read_key}"),
        read_secret_env: Some("{READ_ENV}"),
    )),
)
"#
    )
}

fn org_config(endpoint: &str) -> LoadedConfig {
    secrets();
    config_from(&org_text(endpoint, "reader"))
}

fn write_config(dir: &Path, text: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join("scamdrill.ron");
    std::fs::write(&path, text).unwrap();
    path
}

fn path_of(pack: &str, last: bool) -> Vec<String> {
    let p = engine().pack(pack).unwrap().clone();
    let paths = all_paths_of(&p);
    if last {
        paths.last().unwrap().clone()
    } else {
        paths[0].clone()
    }
}

fn trainee(rec: &Recorder, id: &str, curriculum: Option<&str>) -> SessionId {
    rec.start_session(
        &Trainee::known(id, None).unwrap(),
        curriculum,
        Mode::Trainee,
    )
    .unwrap()
}

fn kiosk(rec: &Recorder) -> SessionId {
    rec.start_session(&Trainee::Anonymous, None, Mode::Public)
        .unwrap()
}

/// Machine A: T-a1 passes the curriculum; T-a2 stops a run half-way.
fn machine_a(config: &LoadedConfig, data: &Path) {
    let engine = engine();
    let rec = Recorder::open(config, data).unwrap();
    let a1 = trainee(&rec, "T-a1", Some("org"));
    record_run(&engine, &rec, a1, "popup-locker", "en-US", 1, SAFE, true);
    let genuine = path_of("helpdesk-ticket-callback", false);
    let genuine: Vec<&str> = genuine.iter().map(String::as_str).collect();
    record_run(
        &engine,
        &rec,
        a1,
        "helpdesk-ticket-callback",
        "en-GB",
        2,
        &genuine,
        true,
    );
    let a2 = trainee(&rec, "T-a2", Some("org"));
    let mut play = engine.start("popup-locker", "en-US", 3).unwrap();
    let run = rec.start_run(a2, &mut play).unwrap();
    play.choose("open-link", 3_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    rec.finish_run(run, &play).unwrap();
    assert!(rec.flush(Duration::from_secs(30)), "machine A synced");
}

/// Machine B: T-b1 fails the curriculum (in Hebrew); two kiosk sessions,
/// one with a run a visitor walked away from after it reached the LRS.
fn machine_b(config: &LoadedConfig, data: &Path) {
    let engine = engine();
    let rec = Recorder::open(config, data).unwrap();
    let b1 = trainee(&rec, "T-b1", Some("org"));
    record_run(&engine, &rec, b1, "popup-locker", "he-IL", 4, WORST, false);
    let genuine = path_of("helpdesk-ticket-callback", true);
    let genuine: Vec<&str> = genuine.iter().map(String::as_str).collect();
    record_run(
        &engine,
        &rec,
        b1,
        "helpdesk-ticket-callback",
        "en-US",
        5,
        &genuine,
        false,
    );
    let k1 = kiosk(&rec);
    record_run(&engine, &rec, k1, "popup-locker", "en-US", 6, SAFE, true);
    let mut play = engine.start("popup-locker", "en-US", 7).unwrap();
    let run = rec.start_run(k1, &mut play).unwrap();
    play.choose("open-link", 2_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    assert!(
        rec.flush(Duration::from_secs(30)),
        "the walked-off run reached the LRS"
    );
    rec.discard_run(run).unwrap();
    let k2 = kiosk(&rec);
    record_run(&engine, &rec, k2, "popup-locker", "es", 8, WORST, true);
    assert!(rec.flush(Duration::from_secs(30)), "machine B synced");
}

/// Machine C: four kiosk sessions (one without runs) and T-c1 outside
/// any curriculum.
fn machine_c(config: &LoadedConfig, data: &Path) {
    let engine = engine();
    let rec = Recorder::open(config, data).unwrap();
    let genuine = path_of("helpdesk-ticket-callback", false);
    let genuine: Vec<&str> = genuine.iter().map(String::as_str).collect();
    let k1 = kiosk(&rec);
    record_run(
        &engine,
        &rec,
        k1,
        "helpdesk-ticket-callback",
        "fr",
        9,
        &genuine,
        true,
    );
    let k2 = kiosk(&rec);
    record_run(&engine, &rec, k2, "popup-locker", "ar", 10, SAFE, false);
    let k3 = kiosk(&rec);
    record_run(&engine, &rec, k3, "popup-locker", "en-US", 12, WORST, false);
    let _k4 = kiosk(&rec);
    let c1 = trainee(&rec, "T-c1", None);
    record_run(&engine, &rec, c1, "popup-locker", "en-GB", 11, SAFE, true);
    assert!(rec.flush(Duration::from_secs(30)), "machine C synced");
}

fn run_ok(cmd: &mut std::process::Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Pages read, from the CLI's "lrs: read N statement(s) in P page(s)" line.
fn pages_read(out: &Output) -> usize {
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("lrs: read"))
        .unwrap_or_else(|| panic!("no read line in {text}"));
    line.split(" in ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"))
}

#[test]
fn reports_from_the_lrs_equal_the_union_of_three_machines() {
    let dir = tempfile::tempdir().unwrap();
    let ralph = Ralph::start(&dir.path().join("lrs"));
    let config = org_config(&ralph.endpoint());
    let cfg = write_config(dir.path(), &org_text(&ralph.endpoint(), "reader"));
    let machines: Vec<std::path::PathBuf> =
        ["a", "b", "c"].iter().map(|m| dir.path().join(m)).collect();
    machine_a(&config, &machines[0]);
    machine_b(&config, &machines[1]);
    machine_c(&config, &machines[2]);
    for m in &machines {
        let out = run_ok(
            scamdrill()
                .arg("--config")
                .arg(&cfg)
                .arg("--data")
                .arg(m)
                .arg("sync"),
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("queued 0"),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }

    // Every statement the machines sent is valid xAPI, and none is personal.
    let sent: Vec<serde_json::Value> = machines
        .iter()
        .flat_map(|m| outbox_statements(&db(m)))
        .collect();
    validate_strictly(&sent);
    let curriculum: Vec<&serde_json::Value> = sent
        .iter()
        .filter(|s| s["object"]["id"] == iri::curriculum("org"))
        .collect();
    let verdict = |who: &str, verb: &str| {
        curriculum
            .iter()
            .find(|s| s["actor"]["account"]["name"] == who && s["verb"]["id"] == verb)
            .unwrap_or_else(|| panic!("no {verb} of the curriculum by {who}"))
    };
    let passed = verdict("T-a1", iri::VERB_PASSED);
    assert_eq!(passed["object"]["definition"]["type"], iri::TYPE_COURSE);
    assert_eq!(passed["result"]["success"], true);
    let ext = &passed["result"]["extensions"];
    assert!(ext[iri::extension("d-prime")].is_f64(), "{ext}");
    assert!(ext[iri::extension("bias-c")].is_f64(), "{ext}");
    verdict("T-a1", iri::VERB_COMPLETED);
    assert_eq!(
        verdict("T-b1", iri::VERB_FAILED)["result"]["success"],
        false
    );
    assert!(
        !curriculum
            .iter()
            .any(|s| s["actor"]["account"]["name"] == "T-a2"),
        "no curriculum result before every pack is played"
    );
    let kiosk_sessions = sent
        .iter()
        .filter(|s| s["verb"]["id"] == iri::VERB_INITIALIZED)
        .count();
    assert_eq!(kiosk_sessions, 6, "one statement per kiosk session");

    // One machine holding everyone's records: the reference.
    let merged = dir.path().join("merged");
    let refs: Vec<&Path> = machines.iter().map(|p| p.as_path()).collect();
    merge_records(&config, &refs, &merged);
    let empty = dir.path().join("trainer");
    let report = |source: &str, data: &Path, out: &Path, extra: &[&str]| {
        run_ok(
            scamdrill()
                .arg("--config")
                .arg(&cfg)
                .arg("--data")
                .arg(data)
                .args([
                    "report",
                    "--source",
                    source,
                    "--lrs-page-size",
                    "3",
                    "--out",
                ])
                .arg(out)
                .args(extra),
        )
    };

    let (local, lrs) = (dir.path().join("local"), dir.path().join("from-lrs"));
    report("local", &merged, &local, &[]);
    let out = report("lrs", &empty, &lrs, &[]);
    let csv = read(&lrs.join("scamdrill-report.csv"));
    assert_eq!(csv, read(&local.join("scamdrill-report.csv")));
    assert_eq!(csv.lines().count(), 1 + 11, "eleven runs: {csv}");
    assert!(csv.contains("\"T-a2\"") && csv.contains("(anonymous)"));
    assert_eq!(
        without_generated(&read(&lrs.join("scamdrill-report.html"))),
        without_generated(&read(&local.join("scamdrill-report.html")))
    );
    assert!(
        pages_read(&out) >= 8,
        "four queries, several pages each at 3 statements a page: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    let (local_c, lrs_c) = (dir.path().join("local-org"), dir.path().join("lrs-org"));
    // A curriculum and a period (the since/until filters) around today.
    let day = |d: i64| {
        let t = scamdrill::records::clock::now() + time::Duration::days(d);
        scamdrill::records::clock::day(t.date())
    };
    let (from, to) = (day(-1), day(1));
    let period = ["--curriculum", "org", "--from", &from, "--to", &to];
    report("local", &merged, &local_c, &period);
    report("lrs", &empty, &lrs_c, &period);
    let csv = read(&lrs_c.join("scamdrill-report.csv"));
    assert_eq!(csv, read(&local_c.join("scamdrill-report.csv")));
    assert_eq!(csv.lines().count(), 1 + 5);

    // The library's figures across its kiosks: six sessions (five with
    // runs), shown; each kiosk alone has fewer than five and shows nothing.
    let (local_p, lrs_p) = (
        dir.path().join("local-public"),
        dir.path().join("lrs-public"),
    );
    report("local", &merged, &local_p, &["--public"]);
    report("lrs", &empty, &lrs_p, &["--public"]);
    let public = read(&lrs_p.join("scamdrill-public.csv"));
    assert_eq!(public, read(&local_p.join("scamdrill-public.csv")));
    assert!(public.contains("\"sessions\",\"\",\"\",\"6\""), "{public}");
    assert!(
        public.contains("\"scenario runs\",\"\",\"\",\"5\""),
        "{public}"
    );
    let one_kiosk = dir.path().join("kiosk-c");
    report("local", &machines[2], &one_kiosk, &["--public"]);
    assert!(
        read(&one_kiosk.join("scamdrill-public.csv"))
            .contains("\"sessions\",\"\",\"\",\"suppressed (<5)\"")
    );

    // Certificates: the same page from the LRS as from the records; the
    // same refusal for a trainee who failed.
    let cert = |source: &str, data: &Path, who: &str, out: &Path| {
        scamdrill()
            .arg("--config")
            .arg(&cfg)
            .arg("--data")
            .arg(data)
            .args(["certificate", "--trainee", who, "--source", source, "--out"])
            .arg(out)
            .output()
            .unwrap()
    };
    let (c_local, c_lrs) = (
        dir.path().join("a1-local.html"),
        dir.path().join("a1-lrs.html"),
    );
    assert!(cert("local", &merged, "T-a1", &c_local).status.success());
    assert!(cert("lrs", &empty, "T-a1", &c_lrs).status.success());
    assert_eq!(read(&c_lrs), read(&c_local));
    for who in ["T-b1", "T-a2", "T-nobody"] {
        let (l, r) = (
            cert("local", &merged, who, &dir.path().join("x.html")),
            cert("lrs", &empty, who, &dir.path().join("y.html")),
        );
        assert!(!l.status.success() && !r.status.success());
        let last = |o: &Output| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(last(&r), last(&l), "{who}");
        assert!(!dir.path().join("y.html").exists());
    }
}

/// A failing read prints `expect` and leaves the output folder empty.
fn fails_cleanly(cfg: &Path, env: &[(&str, &str)], args: &[&str], expect: &str) {
    let out_dir = tempfile::tempdir().unwrap();
    let mut cmd = scamdrill();
    cmd.arg("--config")
        .arg(cfg)
        .arg("--data")
        .arg(out_dir.path().join("data"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(args)
        .args(["--source", "lrs", "--lrs-page-size", "3", "--out"])
        .arg(out_dir.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(
        stderr.contains(expect),
        "{args:?}: expected {expect:?} in:\n{stderr}"
    );
    assert!(!stderr.contains("readsecret") && !stderr.contains("writesecret"));
    let written: Vec<_> = std::fs::read_dir(out_dir.path().join("out"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(written.is_empty(), "{args:?} wrote {written:?}");
}

#[test]
fn a_failed_read_says_why_and_writes_nothing() {
    secrets();
    let dir = tempfile::tempdir().unwrap();
    let ralph = Ralph::start(&dir.path().join("lrs"));
    let good = write_config(dir.path(), &org_text(&ralph.endpoint(), "reader"));
    let reports: [&[&str]; 2] = [&["report"], &["report", "--public"]];

    // A wrong read secret, and a key that may not read.
    for args in reports {
        fails_cleanly(
            &good,
            &[(READ_ENV, "wrong")],
            args,
            "the LRS refused the read key \"reader\" (401)",
        );
    }
    let writer_reads = dir.path().join("writer-reads.ron");
    std::fs::write(
        &writer_reads,
        org_text(&ralph.endpoint(), "writer").replace("key: \"writer\"", "key: \"sim\""),
    )
    .unwrap();
    fails_cleanly(
        &writer_reads,
        &[(READ_ENV, "writesecret")],
        &["report"],
        "refused the read key \"writer\" (401)",
    );

    // No LRS listening there.
    let nowhere = write_config(
        &dir.path().join("x"),
        &org_text(&format!("http://127.0.0.1:{}/xAPI/", free_port()), "reader"),
    );
    for args in reports {
        fails_cleanly(
            &nowhere,
            &[],
            args,
            "cannot reach the LRS at http://127.0.0.1:",
        );
    }

    // A statement that claims to be ScamDrill's but lacks what reports need,
    // behind a page of good ones.
    let config = org_config(&ralph.endpoint());
    machine_c(&config, &dir.path().join("c"));
    let bad = serde_json::json!({
        "id": "0b5f3c1e-2d4a-4f6b-8c7d-9e0f1a2b3c4d",
        "timestamp": scamdrill::records::clock::iso(scamdrill::records::clock::now()),
        "actor": { "objectType": "Agent", "account": { "homePage": "https://lms.example.com", "name": "T-x" } },
        "verb": { "id": iri::VERB_ATTEMPTED },
        "object": { "objectType": "Activity", "id": iri::scenario("popup-locker") },
        "context": { "registration": "5d1c9a2e-3b4f-4c6d-8e7f-0a1b2c3d4e5f" },
    });
    let posted = ureq::Agent::new_with_defaults()
        .post(format!("{}statements", ralph.endpoint()))
        .header("X-Experience-API-Version", "1.0.3")
        .header("Authorization", "Basic c2ltOnNpbXNlY3JldA==")
        .send_json(&bad)
        .unwrap();
    assert_eq!(posted.status().as_u16(), 200);
    fails_cleanly(
        &good,
        &[],
        &["report"],
        "malformed statement 0b5f3c1e-2d4a-4f6b-8c7d-9e0f1a2b3c4d in the LRS: no mode extension",
    );

    // No read key in the configuration.
    let no_read = write_config(
        &dir.path().join("y"),
        &org_text(&ralph.endpoint(), "reader")
            .replace("        read_key: Some(\"reader\"),\n", "")
            .replace(
                &format!("        read_secret_env: Some(\"{READ_ENV}\"),\n"),
                "",
            ),
    );
    fails_cleanly(&no_read, &[], &["report"], "no read_key / read_secret_env");
}

#[test]
fn the_read_key_must_not_be_the_write_key() {
    secrets();
    let text = org_text("http://127.0.0.1:1/xAPI/", "writer");
    let problems = LoadedConfig::parse(Path::new("org.ron"), &text).unwrap_err();
    let shown: Vec<String> = problems.iter().map(|d| d.render()).collect();
    assert!(
        shown
            .iter()
            .any(|d| d.contains("lrs.read_key: \"writer\" is the write key")),
        "{shown:#?}"
    );
    let same_env = org_text("http://127.0.0.1:1/xAPI/", "reader").replace(
        &format!("read_secret_env: Some(\"{READ_ENV}\")"),
        &format!("read_secret_env: Some(\"{WRITE_ENV}\")"),
    );
    let problems = LoadedConfig::parse(Path::new("org.ron"), &same_env).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|d| d.render().contains("is also secret_env"))
    );
}

#[test]
fn statements_of_no_run_leave_with_the_retention_limit() {
    let dir = tempfile::tempdir().unwrap();
    let config = org_config(&format!("http://127.0.0.1:{}/xAPI/", free_port()));
    let rec = Recorder::open(&config, dir.path()).unwrap();
    let engine = engine();
    let visitor = kiosk(&rec);
    let mut play = engine.start("popup-locker", "en-US", 1).unwrap();
    let run = rec.start_run(visitor, &mut play).unwrap();
    play.choose("open-link", 1_000).unwrap();
    rec.record_new_events(run, &play.run).unwrap();
    rec.discard_run(run).unwrap();
    rec.shutdown(Duration::from_secs(1));
    drop(rec);
    let verbs: Vec<String> = outbox_statements(&db(dir.path()))
        .iter()
        .map(|s| s["verb"]["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(verbs, [iri::VERB_INITIALIZED, iri::VERB_ABANDONED]);
    let mut conn = db(dir.path());
    let later = scamdrill::records::clock::now() + time::Duration::days(31);
    scamdrill::records::retention::prune(&mut conn, 30, later).unwrap();
    assert!(outbox_statements(&conn).is_empty());
}

/// The read asks with the version header and the read key, follows `more`,
/// and an LRS that fails on the second page leaves no report behind.
#[test]
fn a_read_that_fails_on_a_later_page_writes_nothing() {
    secrets();
    let dir = tempfile::tempdir().unwrap();
    // A statement of another program on page 1, then a link to page 2.
    let page = |more: &str| {
        format!(
            r#"{{"statements":[{{"id":"x","object":{{"id":"https://other.example/a"}}}}],"more":"{more}"}}"#
        )
    };
    let lrs = ScriptedLrs::start(vec![
        (200, page("/xAPI/statements?page=2")),
        (503, r#"{"detail":"overloaded"}"#.to_owned()),
    ]);
    let cfg = write_config(dir.path(), &org_text(&lrs.endpoint(), "reader"));
    fails_cleanly(
        &cfg,
        &[],
        &["report"],
        "the LRS answered 503 to GET http://127.0.0.1:",
    );
    let heads = lrs.heads.lock().unwrap().clone();
    assert_eq!(heads.len(), 2, "{heads:#?}");
    assert!(
        heads[0].starts_with(
            "GET /xAPI/statements?verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fattempted"
        ),
        "{}",
        heads[0]
    );
    assert!(
        heads[1].starts_with("GET /xAPI/statements?page=2 "),
        "{}",
        heads[1]
    );
    for h in &heads {
        let lower = h.to_ascii_lowercase();
        assert!(lower.contains("x-experience-api-version: 1.0.3"), "{h}");
        // reader:readsecret, not the write key.
        assert!(h.contains("Basic cmVhZGVyOnJlYWRzZWNyZXQ="), "{h}");
    }
}
