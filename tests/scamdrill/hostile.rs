//! Hostile packs and bad input (issue 13): pack files are read only from
//! inside the pack, bounded, never echoed when refused; pack text holds no
//! control or bidi override characters; media is checked; the kiosk draw
//! ends whatever its pool holds; the configuration check finds packs listed
//! twice; unfinished kiosk runs left by a crash are cleaned at start-up.
//!
//! The suite under tests/hostile/<case>/: each case is a pack and an
//! `expected.txt`, one finding a line, `<severity> <code> <file>[:line[:col]]`
//! with the file relative to the case folder; `hint: <text>` lines below a
//! finding must each appear in that finding's hint. The findings must be
//! exactly those listed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use scamdrill::diagnostic::{Diagnostic, is_unsafe_char};
use scamdrill::pack::{MAX_FTL_BYTES, MAX_MEDIA_BYTES, Pack};

use crate::common::{diagnostics_of, engine, mini_with, only, replace_in, root, wav};

fn hostile() -> PathBuf {
    root().join("tests").join("hostile")
}

fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(hostile())
        .expect("tests/hostile")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn line_of(case: &Path, d: &Diagnostic) -> String {
    let file = d.file.strip_prefix(case).unwrap_or(&d.file).display();
    let sev = if d.is_error() { "error" } else { "warning" };
    match (d.line, d.column) {
        (0, _) => format!("{sev} {} {file}", d.code),
        (l, 0) => format!("{sev} {} {file}:{l}", d.code),
        (l, c) => format!("{sev} {} {file}:{l}:{c}", d.code),
    }
}

/// (finding, hints it must contain) from an expected.txt.
fn expected(case: &Path) -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(case.join("expected.txt"))
        .unwrap_or_else(|e| panic!("{}: expected.txt: {e}", case.display()));
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for l in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        match l.strip_prefix("hint: ") {
            Some(h) => out
                .last_mut()
                .expect("a hint line follows a finding")
                .1
                .push(h.to_owned()),
            None => out.push((l.to_owned(), Vec::new())),
        }
    }
    out
}

#[test]
fn every_hostile_pack_gives_exactly_its_expected_diagnostics() {
    let cases = cases();
    assert!(cases.len() >= 15, "the suite has its cases: {cases:?}");
    let mut wrong = Vec::new();
    for case in &cases {
        let diags = diagnostics_of(case);
        let mut got: Vec<String> = diags.iter().map(|d| line_of(case, d)).collect();
        let want = expected(case);
        let mut want_lines: Vec<String> = want.iter().map(|(l, _)| l.clone()).collect();
        got.sort();
        want_lines.sort();
        if got != want_lines {
            wrong.push(format!(
                "{}:\n  expected {want_lines:#?}\n  got {got:#?}",
                case.display()
            ));
            continue;
        }
        for (line, hints) in &want {
            let d = diags.iter().find(|d| &line_of(case, d) == line).unwrap();
            for h in hints {
                if !d.hint.as_deref().unwrap_or_default().contains(h.as_str()) {
                    wrong.push(format!("{line}: hint {:?} lacks {h:?}", d.hint));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn nothing_rendered_from_a_hostile_pack_shows_a_secret_or_a_raw_control() {
    for case in cases() {
        for d in diagnostics_of(&case) {
            let shown = format!("{}\n{}", d.render(), serde_json::to_string(&d).unwrap());
            assert!(
                !shown.contains("SECRET-MARKER"),
                "{}: a refused file is echoed:\n{shown}",
                case.display()
            );
            let r = d.render();
            assert!(
                !r.chars().any(is_unsafe_char),
                "{}: raw control in {r:?}",
                case.display()
            );
        }
    }
}

#[test]
fn the_terminal_escape_case_renders_escaped_with_its_snippet() {
    let case = hostile().join("terminal-escape");
    let d = diagnostics_of(&case)
        .into_iter()
        .find(|d| d.code == "control-character")
        .expect("control-character");
    let r = d.render();
    assert!(r.contains("\\u{001B}[2J"), "escaped in the snippet: {r}");
    assert!(r.contains("en-US.ftl:21:"), "{r}");
}

// ---------------------------------------------------------------- files

#[test]
fn a_symlink_inside_the_pack_is_followed() {
    let t = mini_with(|p| {
        std::fs::rename(p.join("scenario.ron"), p.join("real.ron")).unwrap();
        std::os::unix::fs::symlink("real.ron", p.join("scenario.ron")).unwrap();
    });
    let d = diagnostics_of(t.path());
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn a_fifo_as_locale_file_is_refused_without_blocking() {
    let t = mini_with(|p| {
        let f = p.join("locales/en-US.ftl");
        std::fs::remove_file(&f).unwrap();
        let ok = std::process::Command::new("mkfifo")
            .arg(&f)
            .status()
            .expect("mkfifo")
            .success();
        assert!(ok);
    });
    let started = Instant::now();
    let diags = diagnostics_of(t.path());
    assert!(started.elapsed() < Duration::from_secs(5));
    let d = only(&diags, "not-a-file");
    assert!(d.is_error() && d.file.ends_with("locales/en-US.ftl"), "{d}");
    assert_eq!(d.span, None, "nothing of it is shown");
}

#[test]
fn an_oversized_locale_file_is_refused() {
    let t = mini_with(|p| {
        let f = p.join("locales/en-US.ftl");
        let mut text = std::fs::read_to_string(&f).unwrap();
        text.push_str(&"# padding\n".repeat((MAX_FTL_BYTES / 10) as usize + 1));
        std::fs::write(&f, text).unwrap();
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "file-too-large");
    assert!(d.message.contains("4096 KiB"), "{d}");
    assert!(d.hint.as_deref().unwrap().contains("Limits"), "{d}");
}

#[test]
fn a_file_that_is_not_utf8_is_placed_at_its_first_bad_byte() {
    let case = hostile().join("not-utf8");
    let d = only(&diagnostics_of(&case), "not-utf8");
    assert_eq!((d.line, d.column), (22, 14), "{d}");
}

#[test]
fn configuration_files_and_replay_logs_that_are_devices_are_refused() {
    let started = Instant::now();
    let e = scamdrill::ron_file::read_text(Path::new("/dev/zero"), 1024).unwrap_err();
    assert_eq!(e.code, "not-a-file");
    // The configuration goes through the same bounded read.
    let e = scamdrill::config::LoadedConfig::read(Path::new("/dev/zero")).unwrap_err();
    assert_eq!(e[0].code, "not-a-file", "{:?}", e);
    assert!(started.elapsed() < Duration::from_secs(2));
    // So does a replay log named on the command line: a clear error, no hang.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_scamdrill"))
        .args(["replay", "/dev/zero"])
        .env("SCAMDRILL_ROOT", crate::common::root())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/dev/zero") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}

// ---------------------------------------------------------------- media

fn with_voice(name: &str, media: impl FnOnce(&Path)) -> tempfile::TempDir {
    mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"text: "call-line")"#,
            &format!(r#"text: "call-line", voice: Some("{name}"))"#),
        );
        std::fs::create_dir_all(p.join("media")).unwrap();
        media(&p.join("media"));
    })
}

#[test]
fn a_wav_voice_file_inside_the_pack_checks_clean_and_loads() {
    let t = with_voice("calls/caller.wav", |m| {
        std::fs::create_dir_all(m.join("calls")).unwrap();
        std::fs::write(m.join("calls/caller.wav"), wav(100)).unwrap();
    });
    assert!(diagnostics_of(t.path()).is_empty());
    let (pack, _) = Pack::load(&t.path().join("mini"));
    let pack = pack.unwrap();
    let path = pack.media_path("calls/caller.wav").unwrap();
    assert!(path.is_absolute());
    assert!(path.starts_with(t.path().canonicalize().unwrap().join("mini/media")));
    assert_eq!(pack.media_bytes("calls/caller.wav").unwrap(), wav(100));
}

#[test]
fn media_path_refuses_absolute_parent_and_device_paths() {
    let t = with_voice("caller.wav", |m| {
        std::fs::write(m.join("caller.wav"), wav(10)).unwrap();
        std::os::unix::fs::symlink("/dev/zero", m.join("zero.wav")).unwrap();
    });
    let (pack, _) = Pack::load(&t.path().join("mini"));
    let pack = pack.unwrap();
    for (name, code) in [
        ("/etc/passwd", "media-path"),
        ("../scenario.ron", "media-path"),
        ("./caller.wav", "media-path"),
        ("a\\..\\b.wav", "media-path"),
        ("", "media-path"),
        ("zero.wav", "outside-pack"),
        ("caller.ogg", "media-format"),
        ("none.wav", "media-missing"),
    ] {
        let e = pack.media_path(name).unwrap_err();
        assert_eq!(e.code, code, "{name}: {e}");
        assert!(e.is_error());
        assert!(e.file.ends_with("scenario.ron"), "points at the pack: {e}");
    }
}

#[test]
fn an_oversized_voice_file_is_refused_before_it_is_read() {
    let t = with_voice("big.wav", |m| {
        let f = std::fs::File::create(m.join("big.wav")).unwrap();
        f.set_len(MAX_MEDIA_BYTES + 1).unwrap(); // sparse: nothing is written
    });
    let d = only(&diagnostics_of(t.path()), "file-too-large");
    assert!(d.file.ends_with("scenario.ron"), "{d}");
}

// ---------------------------------------------------------------- kiosk

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn a_kiosk_pool_listing_a_pack_twice_draws_distinct_packs_and_ends() {
    let e = engine();
    let lib = &e.library;
    let genuine = lib
        .packs
        .iter()
        .find(|p| p.scenario.kind == scamdrill::model::PackKind::Genuine)
        .unwrap()
        .id()
        .to_owned();
    let pool = ids(&["popup-locker", "popup-locker", &genuine, &genuine]);
    for session in 0..50 {
        let s = lib.kiosk_session(&pool, 7, session);
        assert_eq!(s.len(), 2, "one scam, one control: {s:?}");
        assert!(s.contains(&"popup-locker".to_owned()) && s.contains(&genuine));
    }
}

#[test]
fn a_kiosk_session_is_distinct_deterministic_and_has_one_control() {
    let e = engine();
    let lib = &e.library;
    for session in 0..40 {
        let s = lib.kiosk_session(&[], 11, session);
        assert_eq!(s, lib.kiosk_session(&[], 11, session), "deterministic");
        assert_eq!(s.len(), 3, "{s:?}");
        let mut d = s.clone();
        d.sort();
        d.dedup();
        assert_eq!(d.len(), 3, "distinct: {s:?}");
        let genuine = s
            .iter()
            .filter(|id| lib.get(id).unwrap().scenario.kind == scamdrill::model::PackKind::Genuine)
            .count();
        assert_eq!(genuine, 1, "{s:?}");
    }
    let varied: std::collections::BTreeSet<Vec<String>> =
        (0..40).map(|n| lib.kiosk_session(&[], 11, n)).collect();
    assert!(varied.len() > 5, "sessions vary: {varied:?}");
}

#[test]
fn the_configuration_check_finds_a_kiosk_pack_listed_twice() {
    let text = "Config(\n    organisation: \"Town Library\",\n    public_mode: Some((\n        pin: \"4821\",\n        idle_timeout_secs: 120,\n        packs: [\"popup-locker\", \"icloud-lock\", \"popup-locker\"],\n    )),\n)\n";
    let diags = match scamdrill::config::LoadedConfig::parse(Path::new("kiosk.ron"), text) {
        Ok(c) => panic!("accepted: {:?}", c.config.public_mode),
        Err(d) => d,
    };
    let d = diags
        .iter()
        .find(|d| d.message.contains("listed twice"))
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert_eq!(
        d.message,
        "public_mode.packs: pack \"popup-locker\" is listed twice"
    );
    assert_eq!((d.line, d.column), (6, 48), "the second entry: {d}");
}

// ---------------------------------------------------------------- records

#[test]
fn a_kiosk_start_discards_unfinished_public_runs_left_by_a_crash() {
    use scamdrill::records::public::Abandoned;
    use scamdrill::records::{Mode, Recorder, Trainee};

    use crate::records_support::{SAFE, config_from, count, db, record_run};
    let config = config_from("Config(organisation: \"Town Library\", retention_days: 3650)");
    let data = tempfile::tempdir().unwrap();
    let e = engine();
    {
        let rec = Recorder::open(&config, data.path()).unwrap();
        // A finished public run, a half-played public run, and a half-played
        // trainee run; then the program "crashes" (nothing is closed).
        let public = rec
            .start_session(&Trainee::Anonymous, None, Mode::Public)
            .unwrap();
        record_run(&e, &rec, public, "popup-locker", "en-US", 1, SAFE, false);
        let mut play = e.start("popup-locker", "en-US", 2).unwrap();
        let half = rec.start_run(public, &mut play).unwrap();
        play.choose("open-link", 3_000).unwrap();
        rec.record_new_events(half, &play.run).unwrap();
        let known = Trainee::Known {
            id: "emp-1".into(),
            display_name: None,
        };
        let trainee = rec.start_session(&known, None, Mode::Trainee).unwrap();
        let mut play = e.start("popup-locker", "en-US", 3).unwrap();
        rec.start_run(trainee, &mut play).unwrap();
    }
    let conn = db(data.path());
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), 3);
    let (_rec, done) = Recorder::open_kiosk(&config, data.path()).unwrap();
    assert_eq!(
        done,
        Abandoned {
            runs: 1,
            sessions: 1
        }
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE completed = 0 AND session_id IN (SELECT id FROM session WHERE mode = 'public')"
        ),
        0
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM run"),
        2,
        "the finished public run and the trainee's run stay"
    );
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
            "SELECT COUNT(*) FROM session WHERE mode = 'public' AND ended_at IS NULL"
        ),
        0
    );
    // A second start finds nothing more to clean.
    let (_rec2, again) = Recorder::open_kiosk(&config, data.path()).unwrap();
    assert_eq!(again, Abandoned::default());
}

#[test]
fn a_diagnostic_quoting_pack_text_prints_it_escaped() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"next: "lost""#,
            r#"next: "lo\u{9b}st""#,
        )
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "unknown-step");
    assert!(
        d.message.contains('\u{9b}'),
        "the value itself is kept: {d:?}"
    );
    let shown = d.to_string();
    assert!(!shown.chars().any(is_unsafe_char), "{shown:?}");
    assert!(shown.contains(r#""lo\u{009B}st""#), "{shown}");
}

#[test]
fn a_locales_folder_linked_out_of_the_pack_is_not_listed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ftl"), "SECRET-MARKER = x\n").unwrap();
    let t = mini_with(|p| {
        std::fs::remove_dir_all(p.join("locales")).unwrap();
        std::os::unix::fs::symlink(outside.path(), p.join("locales")).unwrap();
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "outside-pack");
    assert!(d.file.ends_with("mini/locales"), "{d}");
    for d in &diags {
        assert!(
            !d.to_string().contains("secret"),
            "nothing of it is named: {d}"
        );
    }
    assert_eq!(
        diags
            .iter()
            .filter(|d| d.code == "missing-locale-file")
            .count(),
        2
    );
}
