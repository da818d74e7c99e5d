//! The binary's subcommands, run as a trainer would.

use std::process::Command;

use crate::common::{fixtures, mini_with, replace_in, root};

fn scamdrill() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_scamdrill"));
    c.current_dir(root()).env("SCAMDRILL_ROOT", root());
    c
}

#[test]
fn check_is_clean_on_the_shipped_packs() {
    let out = scamdrill()
        .args(["check", "assets/scenarios"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 error(s), 0 warning(s)"), "{stdout}");
}

#[test]
fn check_exits_1_and_names_file_line_and_fix() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"next: "lost""#,
            r#"next: "lots""#,
        )
    });
    let out = scamdrill().arg("check").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error[unknown-step]:") && err.contains("mini/scenario.ron:39:"),
        "{err}"
    );
    assert!(
        err.contains("hint: expected one of: alert, call, lost, pay, safe"),
        "{err}"
    );
}

#[test]
fn check_json_is_machine_readable() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "Pay { $amount } in",
            "Pay { $amuont } in",
        )
    });
    let out = scamdrill()
        .args(["check", "--json"])
        .arg(t.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "undefined-variable")
        .unwrap()
        .clone();
    assert_eq!(d["line"], 16);
    assert!(d["file"].as_str().unwrap().ends_with("en-US.ftl"));
}

#[test]
fn play_prints_transcript_score_and_debrief_in_hebrew() {
    let out = scamdrill()
        .args(["--scenarios"])
        .arg(fixtures())
        .args([
            "play",
            "--scenario",
            "mini",
            "--locale",
            "he-IL",
            "--seed",
            "4",
            "--choices",
            "call,hang-up",
            "--marks",
            "phone",
        ])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{s}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.contains("להתקשר למספר [call]"), "{s}");
    // Scoring v2: remote access 40 + money 25 + callback 0 (called) + flags 10
    // of the 85 this pack offers → 88.
    assert!(s.contains("ציון: 88 מתוך 100"), "{s}");
    assert!(
        s.contains("119"),
        "Israeli reporting line in the debrief: {s}"
    );
    assert!(s.contains("remote access: refused-correctly"));
}

#[test]
fn play_log_replays_to_the_same_result() {
    let t = tempfile::tempdir().unwrap();
    let log = t.path().join("run.json");
    let played = scamdrill()
        .args(["--scenarios"])
        .arg(fixtures())
        .args([
            "play",
            "--scenario",
            "mini",
            "--seed",
            "8",
            "--choices",
            "call,allow,refuse",
            "--times",
            "3,12.5,4",
            "--json",
            "--log",
        ])
        .arg(&log)
        .output()
        .unwrap();
    assert!(played.status.success());
    let replayed = scamdrill()
        .args(["--scenarios"])
        .arg(fixtures())
        .args(["replay", "--json"])
        .arg(&log)
        .output()
        .unwrap();
    assert!(
        replayed.status.success(),
        "{}",
        String::from_utf8_lossy(&replayed.stderr)
    );
    let a: serde_json::Value = serde_json::from_slice(&played.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&replayed.stdout).unwrap();
    assert_eq!(a, b);
    assert_eq!(a["score"]["decision_ms"], 12_500);
    assert_eq!(a["score"]["remote_access"], "granted");
}

#[test]
fn play_rejects_an_unknown_choice_with_the_valid_ones() {
    let out = scamdrill()
        .args(["--scenarios"])
        .arg(fixtures())
        .args(["play", "--scenario", "mini", "--choices", "dial"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(r#"step "alert" has no choice "dial" (choices: call, close)"#),
        "{err}"
    );
}

#[test]
fn autoplay_passes_on_the_shipped_library() {
    let out = scamdrill().arg("autoplay").output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{s}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.contains("popup-locker") && s.contains("he-IL"));
}

/// Run `args` with stdout a pipe whose reader reads `keep` bytes (0: none)
/// and then closes it; returns (exit code, stderr).
fn with_reader_closing_early(args: &[&str], keep: usize) -> (Option<i32>, String) {
    use std::io::Read;
    let mut child = scamdrill()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    if keep > 0 {
        let mut buf = vec![0; keep];
        stdout.read_exact(&mut buf).unwrap();
    }
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    // The reader goes away before the first line (like `| head -c0`).
    let (code, stderr) = with_reader_closing_early(&["check", "--json"], 0);
    assert_eq!(code, Some(141), "128 + SIGPIPE: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "nothing printed: {stderr}");

    // `scamdrill play … | head -c 40`: a long transcript, the reader stops early.
    let mut args = vec!["play", "--scenario", "popup-locker", "--locale", "en-US"];
    args.extend(["--choices", "open-link,call,follow,allow,keep-watching,pay"]);
    let (code, stderr) = with_reader_closing_early(&args, 40);
    assert!(matches!(code, Some(0 | 141)), "{code:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn check_escapes_control_characters_it_prints() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "safe-body = You are safe.",
            "safe-body = You are \u{1b}]0;pwned\u{7}safe.",
        )
    });
    let out = scamdrill().arg("check").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("\\u{001B}]0;pwned\\u{0007}"), "{stderr}");
    assert!(stderr.contains("en-US.ftl:21:21"), "{stderr}");
}

#[test]
fn check_json_escapes_c1_and_bidi_controls_but_keeps_the_value() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"next: "lost""#,
            r#"next: "lo\u{9b}st\u{202e}""#,
        )
    });
    let out = scamdrill()
        .args(["check", "--json"])
        .arg(t.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        !stdout.contains('\u{9b}') && !stdout.contains('\u{202e}'),
        "raw controls in {stdout}"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let messages: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"lo\u{9b}st\u{202e}\"")),
        "the value survives as JSON escapes: {messages:#?}"
    );
}
