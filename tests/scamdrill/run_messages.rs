//! The GUI tells a run's life by messages: started once, over once with
//! the engine's outcome (what the debrief shows is what is recorded), left
//! runs kept or thrown away as the session ends.

use std::sync::Arc;

use bevy::prelude::*;
use scamdrill::gui::records::Records;
use scamdrill::gui::state::{Gui, RunMessage, UiCommand};

use crate::common::engine;
use crate::gui::app;

#[derive(Resource, Default)]
struct Told(Vec<RunMessage>);

fn listen(mut told: MessageReader<RunMessage>, mut log: ResMut<Told>) {
    log.0.extend(told.read().cloned());
}

fn told_app(data: &std::path::Path) -> (App, Arc<scamdrill::records::Recorder>) {
    let mut app = app("en-US");
    let config = scamdrill::config::LoadedConfig::default();
    let recorder = Arc::new(scamdrill::records::Recorder::open(&config, data).unwrap());
    app.insert_resource(Records::new(Some(recorder.clone()), None));
    app.init_resource::<Told>();
    app.add_systems(Update, listen);
    (app, recorder)
}

fn told(app: &mut App) -> Vec<&'static str> {
    std::mem::take(&mut app.world_mut().resource_mut::<Told>().0)
        .iter()
        .map(|m| match m {
            RunMessage::Started => "started",
            RunMessage::Finished(o) if o.completed => "finished",
            RunMessage::Finished(_) => "left",
            RunMessage::Abandoned => "abandoned",
            RunMessage::SessionEnded => "session ended",
        })
        .collect()
}

/// Commands as the facilitator tools and `--choices` give them (the world's
/// own acts are tested elsewhere): only the run's life matters here.
fn send(app: &mut App, cmd: UiCommand) {
    app.world_mut().write_message(cmd);
    app.update();
    app.update();
}

fn first_path(pack: &str) -> Vec<String> {
    let e = engine();
    let p = e.library.packs.iter().find(|p| p.id() == pack).unwrap();
    scamdrill::cli::all_paths_of(p).first().unwrap().clone()
}

#[test]
fn a_run_is_told_started_once_and_over_once_with_the_score_the_debrief_shows() {
    let data = tempfile::tempdir().unwrap();
    let (mut app, recorder) = told_app(data.path());
    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    assert_eq!(told(&mut app), ["started"]);
    let run = app
        .world()
        .resource::<Records>()
        .current_run()
        .expect("the started run is recorded");
    for c in first_path("popup-locker") {
        send(&mut app, UiCommand::Choose(c));
    }
    send(&mut app, UiCommand::Judge(2));
    send(&mut app, UiCommand::ShowDebrief);
    assert_eq!(
        told(&mut app),
        ["finished"],
        "over once, however often the debrief is asked for"
    );
    let shown = app.world().resource::<Gui>().results.clone();
    assert_eq!(shown.len(), 1, "one result for one run");
    assert!(app.world().resource::<Records>().current_run().is_none());
    // What is stored replays to the score the trainee was shown.
    let log = recorder.run_log(run).unwrap();
    assert_eq!(engine().replay(&log).unwrap().score(), shown[0]);
}

fn current_run(app: &App) -> scamdrill::records::RunId {
    app.world()
        .resource::<Records>()
        .current_run()
        .expect("the started run is recorded")
}

#[test]
fn a_restart_records_a_run_left_on_the_way_and_a_walk_away_throws_it_out() {
    let data = tempfile::tempdir().unwrap();
    let (mut app, recorder) = told_app(data.path());
    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    let left = current_run(&app);
    let path = first_path("popup-locker");
    send(&mut app, UiCommand::Choose(path[0].clone()));
    send(&mut app, UiCommand::Restart);
    assert_eq!(told(&mut app), ["started", "left", "session ended"]);
    let log = recorder
        .run_log(left)
        .expect("a run left on the way is kept");
    assert_eq!(
        log.events.len(),
        engine().replay(&log).unwrap().run.events().len()
    );

    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    let walked_away = current_run(&app);
    send(&mut app, UiCommand::IdleReset);
    assert_eq!(told(&mut app), ["started", "abandoned", "session ended"]);
    assert!(
        recorder.run_log(walked_away).is_err(),
        "a walked-away run is thrown out"
    );

    // A visitor who walked away after the ending keeps the run.
    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    for c in &path {
        send(&mut app, UiCommand::Choose(c.clone()));
    }
    send(&mut app, UiCommand::IdleReset);
    assert_eq!(told(&mut app), ["started", "finished", "session ended"]);
}

#[test]
fn leaving_a_scenario_from_help_records_it_as_left() {
    let data = tempfile::tempdir().unwrap();
    let (mut app, recorder) = told_app(data.path());
    send(&mut app, UiCommand::StartScenario("popup-locker".into()));
    let run = current_run(&app);
    send(
        &mut app,
        UiCommand::Choose(first_path("popup-locker")[0].clone()),
    );
    // F1 → "Leave this scenario".
    send(&mut app, UiCommand::ShowOverview);
    assert_eq!(told(&mut app), ["started", "left"]);
    assert!(recorder.run_log(run).is_ok());
    let results = &app.world().resource::<Gui>().results;
    assert_eq!(results.len(), 1);
    assert!(!results[0].passed, "a run left on the way never passes");
}
