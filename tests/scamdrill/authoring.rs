//! The worked example in docs/AUTHORING.md is a real pack: it checks clean
//! and plays to the expected scores.

use scamdrill::scoring::RemoteAccess;

use crate::common::{diagnostics_of, engine_with, root};

/// Write every ```<lang> file=<path> block of the guide into `dir`.
fn write_example(dir: &std::path::Path) -> usize {
    let doc = std::fs::read_to_string(root().join("docs/AUTHORING.md")).unwrap();
    let mut written = 0;
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(path) = line
            .strip_prefix("```")
            .and_then(|info| info.split_once(" file="))
            .map(|(_, p)| p.trim())
        else {
            continue;
        };
        let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, body.join("\n") + "\n").unwrap();
        written += 1;
    }
    written
}

#[test]
fn the_worked_example_checks_clean_and_plays() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("courier-refund");
    assert_eq!(write_example(&pack), 3, "scenario.ron and two locale files");
    let diags = diagnostics_of(tmp.path());
    assert!(diags.is_empty(), "{diags:#?}");

    let e = engine_with(tmp.path());
    let mut model = e.start("courier-refund", "he-IL", 1).unwrap();
    model.choose("open-mail", 1000).unwrap();
    // The flag is bound to two elements: the phone number in the mail is one.
    model.mark("body", 1500).unwrap();
    model.choose("delete", 4000).unwrap();
    let s = model.score();
    assert_eq!(
        (s.points, s.remote_access, s.passed),
        (100, RemoteAccess::RefusedCorrectly, true)
    );

    let mut victim = e.start("courier-refund", "en-US", 1).unwrap();
    for c in ["open-mail", "call", "allow", "log-in"] {
        victim.choose(c, 1000).unwrap();
    }
    let s = victim.score();
    assert!(s.critical && !s.passed);
    assert_eq!(s.remote_access, RemoteAccess::Granted);
    assert_eq!(s.headline, "granted-money-lost");

    // Asking why sets the flag: the caller insists, and the question is not
    // offered again.
    let mut doubter = e.start("courier-refund", "en-US", 1).unwrap();
    doubter.set_use_isolating(false);
    doubter.choose("open-mail", 1000).unwrap();
    doubter.choose("call", 2000).unwrap();
    doubter.choose("ask-why", 3000).unwrap();
    let v = doubter.view().unwrap();
    assert!(
        v.lines
            .iter()
            .any(|l| l.text.contains("standard procedure")),
        "{v:#?}"
    );
    assert!(!v.choices.iter().any(|c| c.id == "ask-why"));
}

/// The rows of the guide's worked scoring table: (choices, points, passed).
fn worked_table() -> Vec<(Vec<String>, u32, bool)> {
    let doc = std::fs::read_to_string(root().join("docs/AUTHORING.md")).unwrap();
    doc.lines()
        .filter(|l| l.starts_with("| `open-mail"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let choices = cells[1]
                .trim_matches('`')
                .split(',')
                .map(str::to_owned)
                .collect();
            let points = cells[8].parse().unwrap_or_else(|_| panic!("points in {l}"));
            let result = cells[9];
            (choices, points, result.starts_with("passed"))
        })
        .collect()
}

#[test]
fn the_worked_scoring_table_is_what_the_engine_scores() {
    let tmp = tempfile::tempdir().unwrap();
    write_example(&tmp.path().join("courier-refund"));
    let e = engine_with(tmp.path());
    let rows = worked_table();
    assert_eq!(rows.len(), 6, "{rows:?}");
    for (choices, points, passed) in rows {
        let mut p = e.start("courier-refund", "en-US", 1).unwrap();
        let mut t = 0;
        for c in &choices {
            if p.run.current_id() == "mail" {
                p.mark("body", t + 1).unwrap();
            }
            t = p.act(c, t + 1000).unwrap();
        }
        if p.run.current_id() == "mail" {
            p.mark("body", t + 1).unwrap();
        }
        let s = p.score();
        assert_eq!(
            (s.points, s.passed),
            (points, passed),
            "{choices:?}: {s:#?}"
        );
    }
}

#[test]
fn every_command_in_the_guide_runs_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    write_example(&tmp.path().join("courier-refund"));
    let doc = std::fs::read_to_string(root().join("docs/AUTHORING.md")).unwrap();
    let mut lines = doc.lines();
    let mut commands = Vec::new();
    while let Some(line) = lines.next() {
        if line.trim() == "```sh" {
            commands.extend(
                lines
                    .by_ref()
                    .take_while(|l| !l.starts_with("```"))
                    .filter(|l| l.starts_with("scamdrill "))
                    .map(|l| l.split(" #").next().unwrap().trim().to_owned()),
            );
        }
    }
    assert!(commands.len() >= 4, "{commands:?}");
    assert!(
        commands
            .iter()
            .any(|c| c.contains("--choices open-mail,delete"))
    );
    let dir = tmp.path().to_str().unwrap();
    for c in &commands {
        let args: Vec<String> = c
            .split_whitespace()
            .skip(1)
            .map(|a| a.replace("path/to/my-packs", dir))
            .collect();
        let out = crate::records_support::scamdrill()
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`{c}` failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
