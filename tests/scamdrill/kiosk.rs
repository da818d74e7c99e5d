//! Public sessions: kiosk mode (attract loop, short anonymous sessions, idle
//! reset, PIN) and facilitator mode, through the real UI layer.

use std::sync::Arc;
use std::time::Duration;

use bevy::input::keyboard::Key;
use bevy::prelude::*;
use scamdrill::gui::records::Records;
use scamdrill::gui::state::{Facilitation, Gui, Kiosk, KioskState, Screen, UiCommand};
use scamdrill::model::PackKind;

use crate::gui::{activate, app, key, screen};
use crate::records_support::{config_from, config_text, count, db};

fn kiosk_app(idle_ms: u64, data: &std::path::Path) -> App {
    let mut app = app("en-US");
    let config = config_from(&config_text(None, "UNUSED_SECRET"));
    let recorder = scamdrill::records::Recorder::open(&config, data).unwrap();
    app.insert_resource(Records::new(Some(Arc::new(recorder)), None));
    {
        let mut gui = app.world_mut().resource_mut::<Gui>();
        gui.kiosk = Some(Kiosk {
            pin: "4821".into(),
            idle_timeout_ms: idle_ms,
            packs: vec![],
        });
        gui.mode = scamdrill::gui::state::Mode::Public;
    }
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Attract);
    app.update();
    app.update();
    app
}

#[test]
fn a_kiosk_session_is_three_packs_with_one_genuine_control() {
    let data = tempfile::tempdir().unwrap();
    let mut app = kiosk_app(600_000, data.path());
    assert_eq!(screen(&app), Screen::Attract);
    key(&mut app, KeyCode::Space, Key::Space);
    assert_eq!(
        screen(&app),
        Screen::Start,
        "any key wakes the attract loop"
    );
    activate(&mut app, UiCommand::Begin);
    assert_eq!(screen(&app), Screen::Play, "no sign-in in a kiosk");
    let gui = app.world().resource::<Gui>();
    assert_eq!(gui.curriculum.len(), 3);
    let genuine = gui
        .curriculum
        .iter()
        .filter(|id| gui.engine.library.get(id).unwrap().scenario.kind == PackKind::Genuine)
        .count();
    assert_eq!(genuine, 1, "{:?}", gui.curriculum);
    assert!(gui.trainee.is_none());
}

#[test]
fn idle_timeout_discards_the_session_and_returns_to_the_attract_loop() {
    let data = tempfile::tempdir().unwrap();
    // Long enough that a loaded test machine does not time out mid-play.
    let mut app = kiosk_app(1_500, data.path());
    activate(&mut app, UiCommand::WakeUp);
    activate(&mut app, UiCommand::Begin);
    let first = app
        .world()
        .resource::<Gui>()
        .play
        .as_ref()
        .unwrap()
        .view()
        .unwrap()
        .choices[0]
        .id
        .clone();
    activate(&mut app, UiCommand::Choose(first));
    let conn = db(data.path());
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM run"),
        1,
        "the run in progress is recorded as it happens"
    );
    std::thread::sleep(Duration::from_millis(2_000));
    app.update();
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Attract);
    let gui = app.world().resource::<Gui>();
    assert!(gui.play.is_none() && gui.results.is_empty());
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM run"),
        0,
        "the abandoned run is discarded"
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM event"), 0);
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM session WHERE ended_at IS NULL"),
        0,
        "the session is closed"
    );
}

/// Plays the kiosk's current pack along its first path to an ending.
fn play_to_the_end(app: &mut App) {
    let path = {
        let gui = app.world().resource::<Gui>();
        let pack = gui.play.as_ref().unwrap().run.pack().clone();
        scamdrill::cli::all_paths_of(&pack)[0].clone()
    };
    for c in path {
        activate(app, UiCommand::Choose(c));
    }
    assert!(
        app.world()
            .resource::<Gui>()
            .play
            .as_ref()
            .unwrap()
            .run
            .is_finished()
    );
}

#[test]
fn walking_away_at_the_judgement_keeps_the_finished_run_with_its_score() {
    let data = tempfile::tempdir().unwrap();
    let mut app = kiosk_app(1_500, data.path());
    activate(&mut app, UiCommand::WakeUp);
    activate(&mut app, UiCommand::Begin);
    play_to_the_end(&mut app);
    activate(&mut app, UiCommand::ShowJudgement);
    assert_eq!(screen(&app), Screen::Judgement);
    let conn = db(data.path());
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM run WHERE score_json IS NULL"),
        1,
        "not scored yet: the judgement is still to come"
    );
    // The visitor walks away without answering.
    std::thread::sleep(Duration::from_millis(2_000));
    app.update();
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), 1, "kept");
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE score_json IS NOT NULL AND completed = 1 \
             AND finished_at IS NOT NULL AND judgement IS NULL"
        ),
        1,
        "scored, with no judgement"
    );
    assert!(count(&conn, "SELECT COUNT(*) FROM event") > 0);
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM session WHERE ended_at IS NULL"),
        0,
        "the session is closed"
    );
}

#[test]
fn a_reset_discards_only_the_unfinished_run_and_keeps_the_judged_one() {
    let data = tempfile::tempdir().unwrap();
    let mut app = kiosk_app(600_000, data.path());
    activate(&mut app, UiCommand::WakeUp);
    activate(&mut app, UiCommand::Begin);
    play_to_the_end(&mut app);
    activate(&mut app, UiCommand::ShowJudgement);
    activate(&mut app, UiCommand::Judge(2));
    activate(&mut app, UiCommand::NextScenario);
    assert_eq!(screen(&app), Screen::Play);
    // One decision into the second pack, then the visitor leaves.
    let first = app
        .world()
        .resource::<Gui>()
        .play
        .as_ref()
        .unwrap()
        .view()
        .unwrap()
        .choices[0]
        .id
        .clone();
    activate(&mut app, UiCommand::Choose(first));
    let conn = db(data.path());
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM run"), 2);
    // What the idle timer sends when it runs out.
    app.world_mut().write_message(UiCommand::IdleReset);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM run"),
        1,
        "the unfinished run is discarded"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE score_json IS NOT NULL AND judgement = 2"
        ),
        1,
        "the judged run stays as it was"
    );
}

#[test]
fn a_kiosk_session_stores_nothing_that_identifies_a_person() {
    let data = tempfile::tempdir().unwrap();
    let mut app = kiosk_app(600_000, data.path());
    for _ in 0..2 {
        activate(&mut app, UiCommand::WakeUp);
        activate(&mut app, UiCommand::Begin);
        let path = {
            let gui = app.world().resource::<Gui>();
            let pack = gui.play.as_ref().unwrap().run.pack().clone();
            scamdrill::cli::all_paths_of(&pack)[0].clone()
        };
        for c in path {
            activate(&mut app, UiCommand::Choose(c));
        }
        activate(&mut app, UiCommand::ShowJudgement);
        activate(&mut app, UiCommand::Judge(6));
        activate(&mut app, UiCommand::Restart);
        assert_eq!(screen(&app), Screen::Attract);
    }
    let conn = db(data.path());
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM session"), 2);
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM session WHERE mode <> 'public'"),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM trainee WHERE display_name IS NOT NULL"
        ),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM trainee WHERE id NOT LIKE 'anon-%'"
        ),
        0
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(DISTINCT trainee_id) FROM session"),
        2,
        "a new random id per session"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM run WHERE score_json IS NOT NULL"
        ),
        2,
        "both runs scored"
    );
}

#[test]
fn the_pin_guards_leaving_the_kiosk_and_its_settings() {
    let data = tempfile::tempdir().unwrap();
    let mut app = kiosk_app(600_000, data.path());
    activate(&mut app, UiCommand::WakeUp);
    // Leaving or changing settings without the PIN does nothing.
    app.world_mut().write_message(UiCommand::ExitKiosk);
    app.world_mut().write_message(UiCommand::TextBigger);
    app.update();
    app.update();
    let gui = app.world().resource::<Gui>();
    assert!(gui.is_kiosk());
    assert_eq!(gui.settings.text_scale, 1.0);
    activate(&mut app, UiCommand::OpenStaff);
    assert_eq!(screen(&app), Screen::Pin);
    for d in "1234".chars() {
        activate(&mut app, UiCommand::PinDigit(d));
    }
    activate(&mut app, UiCommand::PinSubmit);
    assert_eq!(screen(&app), Screen::Pin);
    assert!(app.world().resource::<KioskState>().pin_error);
    // The right PIN, typed on the keyboard.
    for (code, d) in [
        (KeyCode::Digit4, "4"),
        (KeyCode::Digit8, "8"),
        (KeyCode::Digit2, "2"),
        (KeyCode::Digit1, "1"),
    ] {
        key(&mut app, code, Key::Character(d.into()));
    }
    activate(&mut app, UiCommand::PinSubmit);
    assert_eq!(screen(&app), Screen::Staff);
    activate(&mut app, UiCommand::TextBigger);
    assert!(app.world().resource::<Gui>().settings.text_scale > 1.0);
    activate(&mut app, UiCommand::ExitKiosk);
    assert_eq!(screen(&app), Screen::Start);
    assert!(!app.world().resource::<Gui>().is_kiosk());
}

#[test]
fn facilitator_mode_pauses_at_each_decision_then_reveals() {
    let mut app = app("en-US");
    app.world_mut().resource_mut::<Facilitation>().on = true;
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::SignInAnonymous);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    activate(&mut app, UiCommand::Choose("open-link".into()));
    assert!(app.world().resource::<Facilitation>().reveal.is_some());
    activate(&mut app, UiCommand::DismissReveal);
    activate(&mut app, UiCommand::Choose("call".into()));
    let group = app.world().resource::<Facilitation>();
    let r = group.reveal.clone().expect("a reveal after the decision");
    assert_eq!((r.step.as_str(), r.choice.as_str()), ("locker", "call"));
    let texts: Vec<String> = app
        .world_mut()
        .query::<&Text>()
        .iter(app.world())
        .map(|t| t.0.clone())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Real security warnings from Microsoft")),
        "the step's red flags are revealed: {texts:?}"
    );
    activate(&mut app, UiCommand::DismissReveal);
    assert!(app.world().resource::<Facilitation>().reveal.is_none());
    let texts: Vec<String> = app
        .world_mut()
        .query::<&Text>()
        .iter(app.world())
        .map(|t| t.0.clone())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("Discuss together")),
        "{texts:?}"
    );
}

/// Every `Text` on screen whose node has a scrolling ancestor (`true`) or not.
fn texts_and_scrolling(app: &mut App) -> Vec<(String, bool)> {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &Text)>();
    let texts: Vec<(Entity, String)> = q.iter(world).map(|(e, t)| (e, t.0.clone())).collect();
    texts
        .into_iter()
        .map(|(e, t)| {
            let mut cur = Some(e);
            let mut scrolls = false;
            while let Some(c) = cur {
                scrolls |= world
                    .get::<Node>(c)
                    .is_some_and(|n| n.overflow.y == OverflowAxis::Scroll);
                cur = world.get::<ChildOf>(c).map(ChildOf::parent);
            }
            (scamdrill::locale::bidi::strip_marks(&t), scrolls)
        })
        .collect()
}

#[test]
fn the_facilitator_summary_keeps_back_in_view_and_says_what_each_figure_means() {
    let data = tempfile::tempdir().unwrap();
    let config = config_from(&config_text(None, "UNUSED_SECRET"));
    {
        // Five visitors, each plays the scam safely and judges it a scam.
        let engine = crate::common::engine();
        let rec = scamdrill::records::Recorder::open(&config, data.path()).unwrap();
        for _ in 0..5 {
            let s = rec
                .start_session(
                    &scamdrill::records::Trainee::Anonymous,
                    None,
                    scamdrill::records::Mode::Public,
                )
                .unwrap();
            let mut play = engine.start("popup-locker", "en-US", 3).unwrap();
            let run = rec.start_run(s, &mut play).unwrap();
            for (i, c) in ["open-link", "call", "hang-up"].iter().enumerate() {
                play.choose(c, 2_000 * (i as u64 + 1)).unwrap();
            }
            play.judge(2, 60_000).unwrap();
            rec.finish_run(run, &play).unwrap();
            rec.end_session(s).unwrap();
        }
    }
    let mut app = app("en-US");
    let recorder = scamdrill::records::Recorder::open(&config, data.path()).unwrap();
    app.insert_resource(Records::new(Some(Arc::new(recorder)), None));
    {
        app.world_mut().resource_mut::<Facilitation>().on = true;
        app.world_mut().resource_mut::<Gui>().dirty = true;
    }
    app.update();
    activate(&mut app, UiCommand::ShowSummary);
    assert_eq!(screen(&app), Screen::Summary);
    let texts = texts_and_scrolling(&mut app);
    let find = |needle: &str| {
        texts
            .iter()
            .find(|(t, _)| t.contains(needle))
            .unwrap_or_else(|| panic!("no {needle:?} on screen: {texts:?}"))
    };
    assert!(find("Scenarios played").1, "the figures scroll");
    assert!(!find("Back to").1, "Back never scrolls out of view");
    assert!(!find("Today's open sessions").1, "nor does the heading");
    assert!(
        find("\"What they judged\" is each visitor's answer").1,
        "the judgement column is explained"
    );
    let missed = find("missed 5 of 5 times");
    assert!(missed.0.contains(" — "), "{missed:?}");
}
