//! The shipped library: clean check, every step reached in every locale, and
//! for each pack a model run with full marks and a victim run that fails.

use scamdrill::cli::{autoplay, check_report};
use scamdrill::model::PackKind;
use scamdrill::scoring::RemoteAccess;

use crate::common::{engine, root};

#[test]
fn shipped_packs_check_clean() {
    let r = check_report(&[root().join("assets/scenarios")]);
    let shown: Vec<String> = r.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!((r.errors, r.warnings), (0, 0), "{shown:#?}");
    assert!(r.rejected.is_empty());
    assert!(r.packs.len() >= 3);
    for tag in ["en-US", "en-GB", "he-IL"] {
        assert!(r.locales.iter().any(|l| l == tag), "{tag} shipped");
    }
}

#[test]
fn autoplay_visits_every_step_of_every_pack_in_every_locale() {
    let e = engine();
    let report = autoplay(&e, 11);
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    for p in &e.library.packs {
        for tag in &p.scenario.locales {
            let r = report
                .results
                .iter()
                .find(|r| r.id == p.id() && &r.locale == tag)
                .expect("result per pack and locale");
            assert_eq!(
                r.steps_visited.len(),
                p.scenario.steps.len(),
                "{} {tag}",
                p.id()
            );
            assert!(r.paths >= 2);
        }
    }
}

/// Best and worst scripted paths for a pack, found by walking every path.
fn extreme_runs(id: &str) -> (u32, RemoteAccess, bool, u32) {
    let e = engine();
    let pack = e.pack(id).unwrap().clone();
    let paths = scamdrill::cli::all_paths_of(&pack);
    let mut best = (0, RemoteAccess::Granted, false);
    let mut worst_points = 100;
    for path in paths {
        let mut play = e.start(id, "en-US", 5).unwrap();
        for c in &path {
            let flags: Vec<String> = play
                .run
                .current()
                .unwrap()
                .hotspots
                .iter()
                .map(|h| h.element_ids()[0].to_owned())
                .collect();
            for f in flags {
                play.mark(&f, 0).unwrap();
            }
            play.act(c, 1000).unwrap();
        }
        let s = play.score();
        if s.points > best.0 {
            best = (s.points, s.remote_access, s.passed);
        }
        worst_points = worst_points.min(s.points);
    }
    (best.0, best.1, best.2, worst_points)
}

#[test]
fn every_pack_has_a_full_marks_model_run_and_a_failing_victim_run() {
    let e = engine();
    for p in &e.library.packs {
        let (best, ra, passed, worst) = extreme_runs(p.id());
        assert_eq!(best, 100, "{}: a model run scores full marks", p.id());
        assert!(passed && ra.is_correct(), "{}", p.id());
        assert!(worst < 75, "{}: some run fails (worst {worst})", p.id());
    }
}

#[test]
fn popup_locker_scripted_model_and_victim_runs() {
    let e = engine();
    let mut model = e.start("popup-locker", "en-GB", 9).unwrap();
    model.choose("open-link", 3_000).unwrap();
    for f in ["phone", "countdown", "full-screen"] {
        model.mark(f, 5_000).unwrap();
    }
    model.choose("task-manager", 9_000).unwrap();
    let s = model.score();
    assert_eq!(
        (s.points, s.remote_access, s.passed),
        (100, RemoteAccess::RefusedCorrectly, true)
    );

    let mut victim = e.start("popup-locker", "he-IL", 9).unwrap();
    for c in [
        "open-link",
        "call",
        "follow",
        "allow",
        "keep-watching",
        "pay",
    ] {
        victim.choose(c, 1_000).unwrap();
    }
    let s = victim.score();
    assert_eq!(s.remote_access, RemoteAccess::Granted);
    assert!(s.critical && s.paid && !s.passed);
    assert_eq!(s.outcome, Some(scamdrill::model::Outcome::MoneyLost));
}

#[test]
fn genuine_controls_are_shipped_so_refusing_everything_cannot_win() {
    let e = engine();
    let genuine: Vec<_> = e
        .library
        .packs
        .iter()
        .filter(|p| p.scenario.kind == PackKind::Genuine)
        .collect();
    assert!(!genuine.is_empty(), "at least one genuine pack");
}

/// The safe run and the worst victim run of a pack (every flag marked on
/// both, so the gap is the decisions alone), with the victim's score.
fn safe_and_worst(
    id: &str,
) -> (
    u32,
    scamdrill::scoring::ScenarioScore,
    scamdrill::debrief::Debrief,
) {
    let e = engine();
    let pack = e.pack(id).unwrap().clone();
    let mut best = 0;
    let mut worst: Option<(
        scamdrill::scoring::ScenarioScore,
        scamdrill::debrief::Debrief,
    )> = None;
    for path in scamdrill::cli::all_paths_of(&pack) {
        let mut play = e.start(id, "en-US", 5).unwrap();
        for c in &path {
            let flags: Vec<String> = play
                .run
                .current()
                .unwrap()
                .hotspots
                .iter()
                .map(|h| h.element_ids()[0].to_owned())
                .collect();
            for f in flags {
                play.mark(&f, 0).unwrap();
            }
            play.act(c, 1000).unwrap();
        }
        let s = play.score();
        best = best.max(s.points);
        if worst.as_ref().is_none_or(|(w, _)| s.points < w.points) {
            worst = Some((s, play.debrief()));
        }
    }
    let (s, d) = worst.unwrap();
    (best, s, d)
}

#[test]
fn a_gift_card_victim_fails_far_below_the_safe_run_and_is_told_what_happened() {
    let (best, s, d) = safe_and_worst("gift-card-pressure");
    assert_eq!(best, 100);
    assert!(
        !s.remote_access_offered,
        "this pack never asks for remote access"
    );
    assert!(
        !s.parts
            .iter()
            .any(|p| p.part == scamdrill::scoring::Part::RemoteAccess)
    );
    assert!(s.money_lost && s.critical && !s.passed, "{s:?}");
    assert!(
        s.points < 75 && best - s.points >= 50,
        "victim {} vs safe {best}",
        s.points
    );
    assert_eq!(s.outcome, Some(scamdrill::model::Outcome::MoneyLost));
    // Two rounds of cards: the ending's total counts both amounts.
    let amount = scamdrill::variables::amount_usd(
        &engine().pack("gift-card-pressure").unwrap().scenario,
        5,
        "amount",
    )
    .unwrap();
    assert_eq!(s.money_lost_usd, Some(2 * amount));
    assert_eq!(s.headline, "not-offered-money-lost");
    assert!(
        d.verdict.contains("money was lost")
            && d.verdict.contains("No one asked for remote access"),
        "{}",
        d.verdict
    );
    assert!(!d.verdict.contains("kept control"), "{}", d.verdict);
}

#[test]
fn a_phantom_hacker_victim_fails_far_below_the_safe_run_and_is_told_what_happened() {
    let (best, s, d) = safe_and_worst("phantom-hacker");
    assert_eq!(best, 100);
    assert!(s.critical && !s.passed && s.money_lost, "{s:?}");
    assert!(
        s.points < 75 && best - s.points >= 50,
        "victim {} vs safe {best}",
        s.points
    );
    use scamdrill::model::Outcome::*;
    assert_eq!(s.outcomes, vec![MoneyLost, Compromised]);
    let savings = scamdrill::variables::amount_usd(
        &engine().pack("phantom-hacker").unwrap().scenario,
        5,
        "savings",
    )
    .unwrap();
    assert_eq!(s.money_lost_usd, Some(savings));
    assert_eq!(s.headline, "granted-money-lost");
    assert!(
        d.verdict
            .contains("control of your computer, and money was lost"),
        "{}",
        d.verdict
    );
}

#[test]
fn a_run_stopped_before_its_ending_prints_failed() {
    let out = crate::records_support::scamdrill()
        .args([
            "play",
            "--scenario",
            "popup-locker",
            "--choices",
            "open-link",
        ])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{s}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        s.contains("FAILED (unfinished)") && !s.contains("PASSED"),
        "{s}"
    );
    assert!(s.contains("Not finished"), "the headline says so: {s}");
}

#[test]
fn popup_locker_countdown_runs_out_and_replays_exactly() {
    let e = engine();
    let mut p = e.start("popup-locker", "fr", 2).unwrap();
    p.choose("open-link", 2_000).unwrap();
    assert!(
        !p.tick(301_999),
        "300 s after entering the locker, not before"
    );
    assert!(p.tick(302_000));
    assert_eq!(p.run.current_id(), "locker-expired");
    p.mark("countdown", 303_000).unwrap();
    p.choose("task-manager", 306_000).unwrap();
    let s = p.score();
    assert!(s.finished && s.passed, "{s:?}");
    let again = e.replay(&p.log()).unwrap();
    assert_eq!(again.run.events(), p.run.events());
    assert_eq!(again.score(), s);
}
