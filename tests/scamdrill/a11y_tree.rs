//! Screen readers for real: the app runs under Xvfb with the AT-SPI bus
//! (Debian's at-spi2-core) and its accessibility tree is read from outside with
//! python3-pyatspi (tests/a11y/atspi_tree.py), the way Orca reads it.

use std::process::Command;

use scamdrill::text::UiText;
use serde::Deserialize;

use crate::common::{engine, root};

#[derive(Debug, Deserialize)]
struct Node {
    role: String,
    name: String,
    states: Vec<String>,
}

/// The app's accessibility tree as a screen reader sees it.
fn tree(args: &[&str]) -> Vec<Node> {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"])
        .arg("/usr/bin/python3")
        .arg(root().join("tests/a11y/atspi_tree.py"))
        .args(["--timeout", "120", "--out"])
        .arg(data.path().join("tree.json"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_scamdrill"))
        .arg("--data")
        .arg(data.path())
        .args(["--seed", "5", "--window", "1280x800"])
        .args(args)
        .env("SCAMDRILL_ROOT", root())
        .output()
        .unwrap_or_else(|e| {
            panic!("xvfb-run, dbus-run-session and python3-pyatspi are needed (scripts/deps.sh test): {e}")
        });
    assert!(
        out.status.success(),
        "reading the accessibility tree of {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = std::fs::read(data.path().join("tree.json")).expect("tree written");
    serde_json::from_slice(&json).expect("tree JSON")
}

fn focusable(tree: &[Node]) -> Vec<&Node> {
    tree.iter()
        .filter(|n| n.states.iter().any(|s| s == "focusable"))
        .collect()
}

/// Every element a keyboard user can reach has a role and a name.
fn assert_named(tree: &[Node], what: &str) {
    let f = focusable(tree);
    assert!(f.len() >= 2, "{what}: focusable elements found: {tree:?}");
    for n in f {
        assert!(
            !matches!(n.role.as_str(), "unknown" | "invalid" | "redundant object"),
            "{what}: {n:?} has no role"
        );
        assert!(!n.name.trim().is_empty(), "{what}: {n:?} has no name");
    }
}

fn names(tree: &[Node]) -> Vec<String> {
    // Names as a reader speaks them: without bidi marks or Fluent isolation.
    tree.iter()
        .map(|n| {
            n.name
                .chars()
                .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}'))
                .collect()
        })
        .collect()
}

fn has_hebrew(s: &str) -> bool {
    s.chars().any(|c| ('\u{05d0}'..='\u{05ea}').contains(&c))
}

#[test]
fn start_screen_and_play_scene_are_named_for_screen_readers_in_english_and_hebrew() {
    let engine = engine();
    for locale in ["en-US", "he-IL"] {
        let ui = UiText::new(&engine.ui, locale);
        let begin = ui.get("start-begin", &[]);
        let begin: String = begin
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}'))
            .collect();

        let start = tree(&["--locale", locale]);
        assert_named(&start, &format!("start screen {locale}"));
        let start_names = names(&start);
        assert!(
            start_names.contains(&begin),
            "start screen {locale}: a button named {begin:?} in {start_names:?}"
        );
        let buttons = start.iter().filter(|n| n.role == "push button").count();
        assert!(
            buttons >= 3,
            "start screen {locale}: buttons have the button role"
        );

        let play = tree(&["--locale", locale, "--scenario", "microsoft-cold-call"]);
        assert_named(&play, &format!("play scene {locale}"));
        if locale == "he-IL" {
            let play_names = names(&play);
            let hebrew = focusable(&play)
                .iter()
                .filter(|n| has_hebrew(&n.name))
                .count();
            assert!(
                hebrew * 2 >= focusable(&play).len(),
                "play scene he-IL: most focusable names are in Hebrew: {play_names:?}"
            );
        }
    }
}
