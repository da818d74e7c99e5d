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
    model.mark("callback", 100).unwrap();
    model.choose("delete", 4000).unwrap();
    let s = model.score();
    assert_eq!(
        (s.points, s.remote_access, s.passed),
        (100, RemoteAccess::RefusedCorrectly, true)
    );

    let mut victim = e.start("courier-refund", "en-US", 1).unwrap();
    victim.choose("call", 1000).unwrap();
    victim.choose("allow", 2000).unwrap();
    let s = victim.score();
    assert!(s.critical && !s.passed);
    assert_eq!(s.remote_access, RemoteAccess::Granted);
}
