//! Reports for trainers: CSV that spreadsheets open safely, the
//! self-contained HTML report with its filters, and certificates.

use std::path::Path;

use scamdrill::config::Curriculum;
use scamdrill::records::report::{ReportFilter, csv_cell, load_runs, runs_csv};
use scamdrill::records::{Mode, Recorder, Trainee};

use crate::common::engine;
use crate::records_support::{SAFE, WORST, config_from, db, record_run, scamdrill};

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
        ann.ends_with("\"yes\",\"no\""),
        "passed, not critical: {ann}"
    );
    // Every field is quoted.
    for l in &lines {
        assert!(l.starts_with('"') && l.ends_with('"'), "{l}");
        assert_eq!(l.matches("\",\"").count(), 26, "27 columns: {l}");
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
