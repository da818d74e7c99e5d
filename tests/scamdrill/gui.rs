//! Headless app tests (no GPU, no window): the real UI layer with the real
//! buttons and keys, asserting the engine's result and score.

use std::sync::Arc;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::PrimaryWindow;
use scamdrill::gui::state::{Gui, Screen, UiCommand};
use scamdrill::gui::theme::Act;
use scamdrill::scoring::RemoteAccess;

use crate::common::engine;

pub fn app(locale: &str) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        bevy::state::app::StatesPlugin,
        bevy::input::InputPlugin,
        bevy::input_focus::InputFocusPlugin,
        bevy::input_focus::InputDispatchPlugin,
        bevy::input_focus::tab_navigation::TabNavigationPlugin,
        bevy::ui_widgets::ButtonPlugin,
    ));
    app.world_mut().spawn((Window::default(), PrimaryWindow));
    let mut gui = Gui::new(Arc::new(engine()), locale, 7);
    // The orientation before the first scenario has its own test.
    gui.oriented = true;
    app.insert_resource(gui);
    app.add_plugins(scamdrill::gui::CorePlugin);
    app.update();
    app.update();
    app
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn key(app: &mut App, code: KeyCode, logical: Key) {
    let window = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>()
        .single(app.world())
        .unwrap();
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut().write_message(KeyboardInput {
            key_code: code,
            logical_key: logical.clone(),
            state,
            text: None,
            repeat: false,
            window,
        });
        app.update();
    }
    app.update();
}

fn focused_act(app: &mut App) -> Option<UiCommand> {
    let e = app.world().resource::<InputFocus>().get()?;
    app.world().get::<Act>(e).map(|a| a.0.clone())
}

/// Move focus with Tab until the button for `cmd` is focused, then press Enter.
fn tab_to_and_press(app: &mut App, cmd: UiCommand) {
    for _ in 0..40 {
        if focused_act(app).as_ref() == Some(&cmd) {
            key(app, KeyCode::Enter, Key::Enter);
            return;
        }
        key(app, KeyCode::Tab, Key::Tab);
    }
    let on_screen: Vec<UiCommand> = app
        .world_mut()
        .query::<&Act>()
        .iter(app.world())
        .map(|a| a.0.clone())
        .collect();
    panic!("no focusable button for {cmd:?}; on screen: {on_screen:?}");
}

/// Activate the on-screen button for `cmd` (as a click or screen reader would).
/// A choice has no button of its own: it is taken through its act in the
/// simulated world (see [`play_choice`]).
pub fn activate(app: &mut App, cmd: UiCommand) {
    if let UiCommand::Choose(c) = &cmd {
        play_choice(app, c);
        return;
    }
    let found = app
        .world_mut()
        .query::<(Entity, &Act)>()
        .iter(app.world())
        .find(|(_, a)| a.0 == cmd)
        .map(|(e, _)| e);
    let Some(entity) = found else {
        let on_screen: Vec<UiCommand> = app
            .world_mut()
            .query::<&Act>()
            .iter(app.world())
            .map(|a| a.0.clone())
            .collect();
        panic!("no button for {cmd:?}; on screen: {on_screen:?}");
    };
    app.world_mut().trigger(Activate { entity });
    app.update();
    app.update();
}

/// Hold Ctrl (and Shift or Alt) while pressing `code`.
pub fn chord(app: &mut App, mods: &[KeyCode], code: KeyCode, logical: Key) {
    for m in mods {
        app.world_mut()
            .resource_mut::<ButtonInput<KeyCode>>()
            .press(*m);
    }
    key(app, code, logical);
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .release_all();
}

/// Take a choice the way a trainee does: through the act the pack binds it
/// to, on the simulated PC and phone (a button, a reply, the red key, the
/// keypad, Task Manager, the tray, typing). `@timeout` lets time run out.
pub fn play_choice(app: &mut App, choice: &str) {
    use scamdrill::act::{WorldAct, act_for, digits};
    use scamdrill::gui::{DeskCmd, Overlay, PhoneScreen, Process};
    if choice == scamdrill::play::TIMEOUT {
        let mut gui = app.world_mut().resource_mut::<Gui>();
        let play = gui.play.as_mut().unwrap();
        let now = play.run.now_ms();
        play.act(choice, now).unwrap();
        gui.dirty = true;
        app.update();
        app.update();
        return;
    }
    let view = {
        let gui = app.world().resource::<Gui>();
        gui.play.as_ref().unwrap().view().unwrap()
    };
    let act = act_for(&view, choice)
        .unwrap_or_else(|| panic!("step {}: no act takes {choice}", view.step));
    let chosen = |app: &App| {
        let gui = app.world().resource::<Gui>();
        gui.play
            .as_ref()
            .unwrap()
            .run
            .events()
            .iter()
            .filter_map(|e| match e {
                scamdrill::runner::Event::Choose { choice, .. } => Some(choice.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let before = chosen(app).len();
    let desk = |app: &mut App, d: DeskCmd| activate(app, UiCommand::Desk(d));
    match act {
        WorldAct::CloseBrowser => {
            chord(
                app,
                &[KeyCode::ControlLeft, KeyCode::ShiftLeft],
                KeyCode::Escape,
                Key::Escape,
            );
            desk(app, DeskCmd::SelectProcess(Process::Browser));
            desk(app, DeskCmd::EndTask);
        }
        WorldAct::Dial(n) => {
            if app.world().resource::<scamdrill::gui::Desk>().phone != PhoneScreen::Keypad {
                desk(app, DeskCmd::Phone(PhoneScreen::Keypad));
            }
            for d in digits(&n).chars() {
                desk(app, DeskCmd::DialDigit(d));
            }
            desk(app, DeskCmd::DialCall);
        }
        WorldAct::Type(t) => {
            desk(app, DeskCmd::FocusInput);
            for ch in t.chars() {
                key(app, KeyCode::KeyA, Key::Character(ch.to_string().into()));
            }
            key(app, KeyCode::Enter, Key::Enter);
        }
        WorldAct::WifiOff => {
            desk(app, DeskCmd::Open(Overlay::Wifi));
            activate(app, UiCommand::Do(act));
        }
        WorldAct::PowerOff => {
            desk(app, DeskCmd::Open(Overlay::StartMenu));
            activate(app, UiCommand::Do(act));
        }
        other => activate(app, UiCommand::Do(other)),
    }
    let after = chosen(app);
    assert_eq!(
        after.len(),
        before + 1,
        "step {}: one act, one choice",
        view.step
    );
    assert_eq!(
        after.last().map(String::as_str),
        Some(choice),
        "step {}: the act took {choice}",
        view.step
    );
}

/// The texts on screen now (marks stripped).
pub fn texts_on_screen(app: &mut App) -> Vec<String> {
    app.world_mut()
        .query::<&Text>()
        .iter(app.world())
        .map(|t| scamdrill::locale::bidi::strip_marks(&t.0))
        .collect()
}

/// Before the first scenario a short orientation says what this is and how
/// to flag and get help; Enter dismisses it and only then does the story's
/// clock start.
#[test]
fn the_first_scenario_opens_with_an_orientation_and_its_clock_waits() {
    let mut app = app("he-IL");
    app.world_mut().resource_mut::<Gui>().oriented = false;
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    assert_eq!(focused_act(&mut app), Some(UiCommand::Oriented));
    let shown = texts_on_screen(&mut app);
    assert!(shown.iter().any(|t| t.contains("F1")), "{shown:?}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.update();
    key(&mut app, KeyCode::Enter, Key::Enter);
    let gui = app.world().resource::<Gui>();
    assert!(gui.oriented);
    let now = gui.play.as_ref().unwrap().run.now_ms();
    assert!(
        now < 300,
        "the 300 ms spent reading are not story time: {now}"
    );
    assert_eq!(
        focused_act(&mut app),
        Some(UiCommand::Desk(scamdrill::gui::DeskCmd::FlagTool))
    );
}

#[test]
fn keyboard_alone_plays_a_pack_in_hebrew_to_its_debrief() {
    let mut app = app("en-US");
    assert_eq!(screen(&app), Screen::Start);
    tab_to_and_press(&mut app, UiCommand::SetLocale("he-IL".into()));
    assert_eq!(app.world().resource::<Gui>().locale, "he-IL");
    tab_to_and_press(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    tab_to_and_press(&mut app, UiCommand::Begin);
    assert_eq!(screen(&app), Screen::Overview);
    tab_to_and_press(&mut app, UiCommand::StartScenario("popup-locker".into()));
    assert_eq!(screen(&app), Screen::Play);
    use scamdrill::act::WorldAct;
    use scamdrill::gui::{Desk, DeskCmd, Overlay, Process};
    // The ad's link on the page, by keyboard.
    tab_to_and_press(&mut app, UiCommand::Do(WorldAct::Press("open-link".into())));
    // F picks up the flag tool; Tab reaches the page's parts; Enter flags one.
    key(&mut app, KeyCode::KeyF, Key::Character("f".into()));
    assert!(app.world().resource::<Desk>().flag_tool);
    for element in ["phone", "countdown", "full-screen"] {
        tab_to_and_press(&mut app, UiCommand::Mark(element.into()));
    }
    key(&mut app, KeyCode::KeyF, Key::Character("f".into()));
    // Ctrl+Shift+Esc opens Task Manager on its process list.
    chord(
        &mut app,
        &[KeyCode::ControlLeft, KeyCode::ShiftLeft],
        KeyCode::Escape,
        Key::Escape,
    );
    assert_eq!(
        app.world().resource::<Desk>().overlay,
        Some(Overlay::TaskManager)
    );
    tab_to_and_press(
        &mut app,
        UiCommand::Desk(DeskCmd::SelectProcess(Process::Browser)),
    );
    tab_to_and_press(&mut app, UiCommand::Desk(DeskCmd::EndTask));
    let gui = app.world().resource::<Gui>();
    assert!(gui.play.as_ref().unwrap().run.is_finished());
    tab_to_and_press(&mut app, UiCommand::ShowJudgement);
    assert_eq!(screen(&app), Screen::Judgement, "asked before the debrief");
    tab_to_and_press(&mut app, UiCommand::Judge(2));
    assert_eq!(screen(&app), Screen::Debrief);
    let gui = app.world().resource::<Gui>();
    let s = gui.results.last().unwrap();
    assert_eq!(
        (s.pack_id.as_str(), s.points, s.remote_access, s.passed),
        ("popup-locker", 100, RemoteAccess::RefusedCorrectly, true)
    );
}

/// The judgement screen opens with the focus on its question, so no answer
/// looks suggested; Tab then walks the six answers in reading order.
#[test]
fn the_judgement_opens_on_its_question_with_no_answer_focused() {
    for (locale, expected) in [
        ("en-US", "Looking back: was that a scam, or real help?"),
        ("he-IL", "במבט לאחור: זו הייתה הונאה, או עזרה אמיתית?"),
    ] {
        let mut app = app(locale);
        activate(
            &mut app,
            UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
        );
        activate(&mut app, UiCommand::Begin);
        activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
        let path = {
            let gui = app.world().resource::<Gui>();
            let pack = gui.play.as_ref().unwrap().run.pack().clone();
            scamdrill::cli::all_paths_of(&pack)[0].clone()
        };
        for c in path {
            activate(&mut app, UiCommand::Choose(c));
        }
        activate(&mut app, UiCommand::ShowJudgement);
        assert_eq!(screen(&app), Screen::Judgement, "{locale}");
        app.update();
        let focused = app
            .world()
            .resource::<InputFocus>()
            .get()
            .expect("the question holds the focus");
        assert_eq!(focused_act(&mut app), None, "{locale}: no answer focused");
        let question = app
            .world()
            .get::<Text>(focused)
            .map(|t| scamdrill::locale::bidi::strip_marks(&t.0))
            .unwrap_or_default();
        assert_eq!(question, expected, "{locale}: the question has the focus");
        let node = app
            .world()
            .get::<bevy::a11y::AccessibilityNode>(focused)
            .expect("a screen reader reads the focused question");
        assert_eq!(node.label(), Some(expected), "{locale}: announced");
        let ringed = app
            .world_mut()
            .query_filtered::<&Act, With<Outline>>()
            .iter(app.world())
            .filter(|a| matches!(a.0, UiCommand::Judge(_)))
            .count();
        assert_eq!(ringed, 0, "{locale}: no answer highlighted");
        // The six answers sit in one row, in order, laid out in the
        // locale's reading direction (right to left in Hebrew).
        let answers: Vec<(Entity, u8)> = app
            .world_mut()
            .query::<(Entity, &Act)>()
            .iter(app.world())
            .filter_map(|(e, a)| match a.0 {
                UiCommand::Judge(r) => Some((e, r)),
                _ => None,
            })
            .collect();
        assert_eq!(answers.len(), 6, "{locale}");
        let row = app.world().get::<ChildOf>(answers[0].0).unwrap().parent();
        let in_row: Vec<u8> = app
            .world()
            .get::<Children>(row)
            .unwrap()
            .iter()
            .filter_map(|c| match app.world().get::<Act>(c).map(|a| &a.0) {
                Some(UiCommand::Judge(r)) => Some(*r),
                _ => None,
            })
            .collect();
        assert_eq!(in_row, [1, 2, 3, 4, 5, 6], "{locale}");
        let rtl = app.world().get::<Node>(row).unwrap().direction == InlineDirection::Rtl;
        assert_eq!(rtl, locale == "he-IL", "{locale}: reading direction");
        for rating in 1..=6 {
            key(&mut app, KeyCode::Tab, Key::Tab);
            assert_eq!(
                focused_act(&mut app),
                Some(UiCommand::Judge(rating)),
                "{locale}: Tab {rating} reaches answer {rating}"
            );
        }
        // Enter answers the focused point: nothing was chosen on arrival.
        assert!(
            app.world()
                .resource::<Gui>()
                .play
                .as_ref()
                .unwrap()
                .run
                .judgement()
                .is_none()
        );
        key(&mut app, KeyCode::Enter, Key::Enter);
        assert_eq!(screen(&app), Screen::Debrief, "{locale}");
    }
}

/// The number on the locker is dialled on the phone's keypad; in the call,
/// Esc alone does nothing (it is not a phone key) and the red key ends it.
#[test]
fn the_alert_number_is_dialled_and_the_red_key_ends_the_call() {
    use scamdrill::act::WorldAct;
    let mut app = app("en-GB");
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    activate(&mut app, UiCommand::Choose("open-link".into()));
    // A wrong number reaches nobody in the story.
    activate(
        &mut app,
        UiCommand::Desk(scamdrill::gui::DeskCmd::Phone(
            scamdrill::gui::PhoneScreen::Keypad,
        )),
    );
    for d in ['1', '2', '3'] {
        activate(
            &mut app,
            UiCommand::Desk(scamdrill::gui::DeskCmd::DialDigit(d)),
        );
    }
    activate(&mut app, UiCommand::Desk(scamdrill::gui::DeskCmd::DialCall));
    assert_eq!(
        app.world()
            .resource::<Gui>()
            .play
            .as_ref()
            .unwrap()
            .run
            .current_id(),
        "locker"
    );
    activate(&mut app, UiCommand::Choose("call".into()));
    assert_eq!(
        app.world()
            .resource::<Gui>()
            .play
            .as_ref()
            .unwrap()
            .run
            .current_id(),
        "call"
    );
    key(&mut app, KeyCode::Escape, Key::Escape);
    assert_eq!(
        app.world()
            .resource::<Gui>()
            .play
            .as_ref()
            .unwrap()
            .run
            .current_id(),
        "call"
    );
    activate(&mut app, UiCommand::Do(WorldAct::HangUp));
    let gui = app.world().resource::<Gui>();
    let play = gui.play.as_ref().unwrap();
    assert_eq!(play.run.current_id(), "hung-up");
    let s = play.score();
    assert!(s.called_alert_number && s.remote_access == RemoteAccess::RefusedCorrectly);
}

/// Every shipped pack, played through the simulated world (buttons, replies,
/// the phone's keys and keypad, Task Manager, the tray, typing): the result
/// is the engine's; and no play screen shows a red flag's name or the name
/// of an act that has no on-screen words of its own (End task is Task
/// Manager's, not a hint).
#[test]
fn every_pack_plays_through_the_world_with_the_engines_score_and_no_answers_on_screen() {
    let e = engine();
    for pack in &e.library.packs {
        let paths = scamdrill::cli::all_paths_of(pack);
        let path = paths.first().expect("a path").clone();
        for locale in ["en-US", "he-IL", "ar"] {
            let mut app = app(locale);
            activate(
                &mut app,
                UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
            );
            activate(&mut app, UiCommand::Begin);
            activate(&mut app, UiCommand::StartScenario(pack.id().to_owned()));
            for c in &path {
                let (flags, silent) = {
                    let gui = app.world().resource::<Gui>();
                    let play = gui.play.as_ref().unwrap();
                    let step = play.run.current().unwrap();
                    let flags: Vec<String> = step
                        .hotspots
                        .iter()
                        .map(|h| scamdrill::locale::bidi::strip_marks(&play.msg(&h.label)))
                        .collect();
                    let silent: Vec<String> = play
                        .view()
                        .unwrap()
                        .choices
                        .iter()
                        .filter(|c| !c.via.shows_label())
                        .map(|c| scamdrill::locale::bidi::strip_marks(&c.label))
                        .collect();
                    (flags, silent)
                };
                let shown = texts_on_screen(&mut app);
                for f in &flags {
                    assert!(
                        !shown.iter().any(|t| t.contains(f.as_str())),
                        "{} {locale}: the red flag \"{f}\" is named on screen",
                        pack.id()
                    );
                }
                for l in &silent {
                    assert!(
                        !shown.iter().any(|t| t == l),
                        "{} {locale}: \"{l}\" is written on screen: {shown:?}",
                        pack.id()
                    );
                }
                activate(&mut app, UiCommand::Choose(c.clone()));
            }
            activate(&mut app, UiCommand::ShowJudgement);
            activate(&mut app, UiCommand::Judge(3));
            let gui = app.world().resource::<Gui>();
            assert_eq!(screen(&app), Screen::Debrief, "{}", pack.id());
            let mut direct = e.start(pack.id(), locale, 7).unwrap();
            for c in &path {
                direct.act(c, 0).unwrap();
            }
            let ui = gui.results.last().unwrap();
            let want = direct.score();
            assert_eq!(
                (ui.points, ui.remote_access, ui.outcome),
                (want.points, want.remote_access, want.outcome),
                "{} {locale}",
                pack.id()
            );
        }
    }
}

#[test]
fn hebrew_layout_is_mirrored_and_text_starts_on_the_right() {
    let mut app = app("he-IL");
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    // Containers lay out right to left (set, or inherited from the mirrored
    // root); only numbers, addresses and consoles stay left to right.
    let containers: Vec<InlineDirection> = app
        .world_mut()
        .query::<(&Node, &Children)>()
        .iter(app.world())
        .filter(|(_, c)| c.len() >= 2)
        .map(|(n, _)| n.direction)
        .collect();
    let ltr_nodes = containers
        .iter()
        .filter(|d| **d == InlineDirection::Ltr)
        .count();
    let all_nodes = containers.len();
    assert!(
        ltr_nodes * 3 < all_nodes,
        "most containers mirrored: {ltr_nodes} of {all_nodes} left to right"
    );
    let root_rtl = app
        .world_mut()
        .query_filtered::<&Node, With<bevy::input_focus::tab_navigation::TabGroup>>()
        .iter(app.world())
        .any(|n| n.direction == bevy::ui::InlineDirection::Rtl);
    assert!(root_rtl, "the screen's root is right to left");
    let texts: Vec<(String, Justify)> = app
        .world_mut()
        .query::<(&Text, &TextLayout)>()
        .iter(app.world())
        .map(|(t, l)| (t.0.clone(), l.justify))
        .collect();
    let hebrew: Vec<&(String, Justify)> = texts
        .iter()
        .filter(|(t, _)| t.chars().any(|c| ('\u{0590}'..='\u{05FF}').contains(&c)))
        .collect();
    assert!(hebrew.len() > 5);
    assert!(
        hebrew.iter().all(|(t, _)| t.starts_with('\u{200F}')
            || !t.chars().next().is_some_and(char::is_alphabetic)),
        "{hebrew:#?}"
    );
    assert!(
        texts
            .iter()
            .filter(|(t, _)| t.len() > 40)
            .all(|(_, j)| *j == Justify::Start)
    );
}

#[test]
fn switching_language_needs_no_restart_and_keeps_the_run() {
    let mut app = app("en-US");
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    activate(&mut app, UiCommand::Choose("open-link".into()));
    app.world_mut()
        .write_message(UiCommand::SetLocale("he-IL".into()));
    app.update();
    app.update();
    let texts: Vec<String> = app
        .world_mut()
        .query::<&Text>()
        .iter(app.world())
        .map(|t| t.0.clone())
        .collect();
    let scan = {
        let gui = app.world().resource::<Gui>();
        let play = gui.play.as_ref().unwrap();
        scamdrill::locale::bidi::strip_marks(&play.msg("choice-scan"))
    };
    assert!(
        texts
            .iter()
            .any(|t| scamdrill::locale::bidi::strip_marks(t) == scan)
            && scan.chars().any(|c| ('\u{0590}'..='\u{05FF}').contains(&c)),
        "the page's button in Hebrew ({scan}): {texts:?}"
    );
    let gui = app.world().resource::<Gui>();
    assert_eq!(gui.play.as_ref().unwrap().run.current_id(), "locker");
}

#[test]
fn typing_an_employee_id_signs_in() {
    let mut app = app("en-US");
    activate(&mut app, UiCommand::Begin);
    assert_eq!(screen(&app), Screen::SignIn);
    for (code, ch) in [
        (KeyCode::KeyE, "e"),
        (KeyCode::Digit4, "4"),
        (KeyCode::Digit2, "2"),
    ] {
        key(&mut app, code, Key::Character(ch.into()));
    }
    key(&mut app, KeyCode::Enter, Key::Enter);
    assert_eq!(screen(&app), Screen::Overview);
    assert_eq!(
        app.world().resource::<Gui>().trainee.as_deref(),
        Some("e42")
    );
}

#[test]
fn switching_language_during_play_keeps_the_configured_region() {
    // A UK organisation whose trainee switches to Hebrew keeps the UK's reporting channel.
    let mut app = app("en-US");
    app.world_mut().resource_mut::<Gui>().region = Some("GB".into());
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario("popup-locker".into()));
    assert_eq!(
        app.world().resource::<Gui>().play.as_ref().unwrap().region,
        "GB"
    );
    app.world_mut()
        .write_message(UiCommand::SetLocale("he-IL".into()));
    app.update();
    app.update();
    let gui = app.world().resource::<Gui>();
    assert_eq!(gui.locale, "he-IL");
    assert_eq!(gui.play.as_ref().unwrap().region, "GB");
}

/// Start `pack` in `locale` and take `choices` through the world.
fn play_to(locale: &str, pack: &str, choices: &[&str]) -> App {
    let mut app = app(locale);
    activate(
        &mut app,
        UiCommand::SetMode(scamdrill::gui::state::Mode::Public),
    );
    activate(&mut app, UiCommand::Begin);
    activate(&mut app, UiCommand::StartScenario(pack.into()));
    for c in choices {
        play_choice(&mut app, c);
    }
    app
}

fn on_screen(app: &mut App, cmd: &UiCommand) -> bool {
    app.world_mut()
        .query::<&Act>()
        .iter(app.world())
        .any(|a| a.0 == *cmd)
}

fn current_step(app: &App) -> String {
    let gui = app.world().resource::<Gui>();
    gui.play.as_ref().unwrap().run.current_id().to_owned()
}

/// The AnyDesk-like dialog's permissions are switches: Enter, Space or a
/// click turns one off and on again, the label shows its state, and a new
/// step starts with all of them on. No choice is taken by switching.
#[test]
fn remote_desk_permission_switches_switch_and_reset_per_step() {
    use scamdrill::gui::{Desk, DeskCmd, Permission};
    let mut app = play_to("en-US", "popup-locker", &["open-link", "call", "follow"]);
    assert_eq!(current_step(&app), "remote");
    let events = |app: &App| {
        let gui = app.world().resource::<Gui>();
        gui.play.as_ref().unwrap().run.events().len()
    };
    let before = events(&app);
    let label = |app: &App| {
        let gui = app.world().resource::<Gui>();
        scamdrill::locale::bidi::strip_marks(&gui.words().get("pc-remote-perm-control", &[]))
    };
    let control = label(&app);
    assert!(
        texts_on_screen(&mut app).contains(&format!("☑ {control}")),
        "on at first"
    );
    // Enter on the focused switch turns it off.
    tab_to_and_press(
        &mut app,
        UiCommand::Desk(DeskCmd::TogglePermission(Permission::Control)),
    );
    assert!(
        !app.world()
            .resource::<Desk>()
            .permission(Permission::Control)
    );
    assert!(
        texts_on_screen(&mut app).contains(&format!("☐ {control}")),
        "the label shows it off"
    );
    // A click turns another off; Space turns the first on again.
    activate(
        &mut app,
        UiCommand::Desk(DeskCmd::TogglePermission(Permission::Files)),
    );
    tab_to_and_press_with(
        &mut app,
        UiCommand::Desk(DeskCmd::TogglePermission(Permission::Control)),
        KeyCode::Space,
        Key::Space,
    );
    let desk = app.world().resource::<Desk>();
    assert!(desk.permission(Permission::Control));
    assert!(!desk.permission(Permission::Files));
    assert!(desk.permission(Permission::Clipboard));
    assert_eq!(events(&app), before, "switching takes no choice");
    assert_eq!(current_step(&app), "remote");
    // The next step starts with a fresh desk.
    play_choice(&mut app, "allow");
    assert_ne!(current_step(&app), "remote");
    let desk = app.world().resource::<Desk>();
    assert!(Permission::ALL.iter().all(|p| desk.permission(*p)));
}

/// Move focus with Tab until the button for `cmd` is focused, then press `code`.
fn tab_to_and_press_with(app: &mut App, cmd: UiCommand, code: KeyCode, logical: Key) {
    for _ in 0..40 {
        if focused_act(app).as_ref() == Some(&cmd) {
            key(app, code, logical);
            return;
        }
        key(app, KeyCode::Tab, Key::Tab);
    }
    panic!("no focusable button for {cmd:?}");
}

/// The locker's "This page says…" dialog: OK closes it, the locker stays,
/// and a few seconds later it is back (also under reduced motion). The
/// flag tool marks it like any part of the page.
#[test]
fn the_lockers_alert_closes_with_ok_and_comes_back_after_a_while() {
    use scamdrill::gui::{Desk, DeskCmd};
    for reduced in [false, true] {
        let mut app = play_to("en-US", "popup-locker", &["open-link"]);
        app.world_mut()
            .resource_mut::<Gui>()
            .settings
            .reduced_motion = reduced;
        assert_eq!(current_step(&app), "locker");
        let ok = UiCommand::Desk(DeskCmd::DismissAlert);
        assert!(on_screen(&mut app, &ok), "the alert is up");
        let (title, phone) = {
            let gui = app.world().resource::<Gui>();
            let play = gui.play.as_ref().unwrap();
            (
                scamdrill::locale::bidi::strip_marks(&play.msg("locker-title")),
                scamdrill::locale::bidi::strip_marks(&play.var("phone")),
            )
        };
        let texts = texts_on_screen(&mut app);
        assert!(
            texts.contains(&title) && texts.iter().filter(|t| **t == phone).count() >= 2,
            "the alert says the page's title and number: {texts:?}"
        );
        tab_to_and_press(&mut app, ok.clone());
        assert!(app.world().resource::<Desk>().alert_dismissed);
        assert!(!on_screen(&mut app, &ok), "OK closed it");
        // Time passes on the page (half a second a frame).
        app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
            std::time::Duration::from_millis(500),
        ));
        for _ in 0..6 {
            app.update();
        }
        assert!(!on_screen(&mut app, &ok), "not back after three seconds");
        for _ in 0..8 {
            app.update();
        }
        assert!(
            on_screen(&mut app, &ok),
            "back a few seconds later (reduced motion: {reduced})"
        );
        assert!(!app.world().resource::<Desk>().alert_dismissed);
        assert_eq!(current_step(&app), "locker", "the locker stayed up");
        app.insert_resource(bevy::time::TimeUpdateStrategy::Automatic);
        // With the flag tool in hand the alert is marked, not closed.
        key(&mut app, KeyCode::KeyF, Key::Character("f".into()));
        activate(&mut app, UiCommand::Mark("alert".into()));
        let gui = app.world().resource::<Gui>();
        let marked = gui.play.as_ref().unwrap().run.events().iter().any(|e| {
            matches!(e, scamdrill::runner::Event::Mark { element: Some(el), .. } if el == "alert")
        });
        assert!(
            marked,
            "the alert is a flaggable element bound to a hotspot"
        );
    }
}

/// The TeamViewer-like window shows the ID and password the pack drew for
/// this run (seeded), the ID grouped as such tools write it.
#[test]
fn the_quick_support_window_shows_the_packs_id_and_password() {
    for locale in ["en-US", "he-IL"] {
        let mut app = play_to(
            locale,
            "isp-router-call",
            &["answer", "go-along", "believe"],
        );
        assert_eq!(current_step(&app), "remote");
        let (id, password) = {
            let gui = app.world().resource::<Gui>();
            let play = gui.play.as_ref().unwrap();
            (play.var("code"), play.var("password"))
        };
        let id = scamdrill::locale::bidi::strip_marks(&id);
        assert_eq!(id.len(), 10, "a ten-digit ID: {id}");
        let grouped = format!("{} {} {} {}", &id[..1], &id[1..4], &id[4..7], &id[7..]);
        let texts = texts_on_screen(&mut app);
        assert!(texts.contains(&grouped), "{grouped} in {texts:?}");
        assert!(
            texts.contains(&scamdrill::locale::bidi::strip_marks(&password)),
            "{password} in {texts:?}"
        );
        let gui = app.world().resource::<Gui>();
        let your_id =
            scamdrill::locale::bidi::strip_marks(&gui.words().get("pc-remote-your-id", &[]));
        assert!(texts.contains(&your_id), "{your_id} in {texts:?}");
    }
}

/// How a keyboard-only trainee moves the focus: Tab, Shift+Tab, or the
/// arrow keys (Left is "next" in a right-to-left language).
#[derive(Clone, Copy, Debug)]
enum Nav {
    Tab,
    ShiftTab,
    Arrows { rtl: bool },
}

impl Nav {
    fn step(self, app: &mut App) {
        match self {
            Nav::Tab => key(app, KeyCode::Tab, Key::Tab),
            Nav::ShiftTab => chord(app, &[KeyCode::ShiftLeft], KeyCode::Tab, Key::Tab),
            Nav::Arrows { rtl: true } => key(app, KeyCode::ArrowLeft, Key::ArrowLeft),
            Nav::Arrows { rtl: false } => key(app, KeyCode::ArrowDown, Key::ArrowDown),
        }
    }
}

/// Keyboard alone: move the focus with `nav` until it rests on a control
/// whose act `want` accepts, then press Enter (Space with Shift+Tab, to use
/// both keys). Returns the act pressed. A full cycle of the focus order (or
/// `LIMIT` presses) without one fails, naming `what` (pack, locale, step,
/// act) and the acts that were reachable.
fn keyboard_to(
    app: &mut App,
    nav: Nav,
    what: &str,
    want: impl Fn(&UiCommand) -> bool,
) -> UiCommand {
    const LIMIT: usize = 150;
    let start = app.world().resource::<InputFocus>().get();
    let mut seen: Vec<UiCommand> = Vec::new();
    for press in 0..=LIMIT {
        if let Some(cmd) = focused_act(app).filter(|c| want(c)) {
            let ring = app
                .world()
                .resource::<InputFocus>()
                .get()
                .and_then(|e| app.world().get::<Outline>(e))
                .is_some();
            assert!(ring, "{what}: the focused control wears the focus ring");
            let e = app.world().resource::<InputFocus>().get().unwrap();
            let named = app
                .world()
                .get::<bevy::ui::prelude::AccessibleLabel>(e)
                .is_some_and(|l| !l.0.trim().is_empty());
            assert!(named, "{what}: the focused control {cmd:?} has a name");
            match nav {
                Nav::ShiftTab => key(app, KeyCode::Space, Key::Space),
                _ => key(app, KeyCode::Enter, Key::Enter),
            }
            return cmd;
        }
        if let Some(c) = focused_act(app) {
            seen.push(c);
        }
        if press > 0 && app.world().resource::<InputFocus>().get() == start {
            break;
        }
        nav.step(app);
    }
    panic!("{what}: not reachable by {nav:?}; the focus visited {seen:?}");
}

/// Take `choice` by keyboard alone, as a trainee without a mouse does: the
/// act's control reached with `nav` and pressed, F for nothing, the keypad
/// keyed with the number keys, Ctrl+Shift+Esc for Task Manager, text typed.
fn keyboard_choice(app: &mut App, nav: Nav, choice: &str, whr: &str) {
    use scamdrill::act::{WorldAct, act_for, digits};
    use scamdrill::gui::{Desk, DeskCmd, Overlay, PhoneScreen, Process};
    let view = {
        let gui = app.world().resource::<Gui>();
        gui.play.as_ref().unwrap().view().unwrap()
    };
    let act = act_for(&view, choice).unwrap_or_else(|| panic!("{whr}: no act takes {choice}"));
    let what = format!("{whr}, {choice} by {act:?}");
    let press = |app: &mut App, cmd: UiCommand| {
        keyboard_to(app, nav, &what, |c| *c == cmd);
    };
    match act {
        WorldAct::CloseBrowser => {
            chord(
                app,
                &[KeyCode::ControlLeft, KeyCode::ShiftLeft],
                KeyCode::Escape,
                Key::Escape,
            );
            assert_eq!(
                app.world().resource::<Desk>().overlay,
                Some(Overlay::TaskManager),
                "{what}"
            );
            press(
                app,
                UiCommand::Desk(DeskCmd::SelectProcess(Process::Browser)),
            );
            press(app, UiCommand::Desk(DeskCmd::EndTask));
        }
        WorldAct::Dial(n) => {
            if app.world().resource::<Desk>().phone != PhoneScreen::Keypad {
                press(app, UiCommand::Desk(DeskCmd::Phone(PhoneScreen::Keypad)));
            }
            for d in digits(&n).chars() {
                let code = match d {
                    '0' => KeyCode::Digit0,
                    '1' => KeyCode::Digit1,
                    '2' => KeyCode::Digit2,
                    '3' => KeyCode::Digit3,
                    '4' => KeyCode::Digit4,
                    '5' => KeyCode::Digit5,
                    '6' => KeyCode::Digit6,
                    '7' => KeyCode::Digit7,
                    '8' => KeyCode::Digit8,
                    _ => KeyCode::Digit9,
                };
                key(app, code, Key::Character(d.to_string().into()));
            }
            assert_eq!(app.world().resource::<Desk>().dialled, digits(&n), "{what}");
            press(app, UiCommand::Desk(DeskCmd::DialCall));
        }
        WorldAct::Type(t) => {
            press(app, UiCommand::Desk(DeskCmd::FocusInput));
            for ch in t.chars() {
                if ch == ' ' {
                    key(app, KeyCode::Space, Key::Space);
                } else {
                    key(app, KeyCode::KeyA, Key::Character(ch.to_string().into()));
                }
            }
            key(app, KeyCode::Enter, Key::Enter);
        }
        WorldAct::WifiOff => {
            press(app, UiCommand::Desk(DeskCmd::Open(Overlay::Wifi)));
            press(app, UiCommand::Do(act));
        }
        WorldAct::PowerOff => {
            press(app, UiCommand::Desk(DeskCmd::Open(Overlay::StartMenu)));
            press(app, UiCommand::Do(act));
        }
        other => press(app, UiCommand::Do(other)),
    }
}

/// The choices and marks of a run, without their times.
fn story_of(events: &[scamdrill::runner::Event]) -> Vec<String> {
    use scamdrill::runner::Event as E;
    events
        .iter()
        .map(|e| match e {
            E::Enter { step, .. } => format!("enter {step}"),
            E::Mark { step, hotspot, .. } => format!("mark {step} {hotspot}"),
            E::FalseFlag { step, element, .. } => format!("false {step} {element}"),
            E::Choose { step, choice, .. } => format!("choose {step} {choice}"),
            E::Timeout { step, next, .. } => format!("timeout {step} {next}"),
            E::End { step, outcome, .. } => format!("end {step} {outcome:?}"),
            E::Judge { rating, .. } => format!("judge {rating}"),
        })
        .collect()
}

/// Every shipped pack, its first path, in English, Hebrew and Arabic, by
/// keyboard alone (Tab in English, Shift+Tab and Space in Hebrew, the
/// arrows in Arabic; Enter, F, Ctrl+Shift+Esc, the number keys, typing):
/// from the start screen through every step, with each of the step's red
/// flags found with the flag tool, to the judgement and the debrief. Every
/// control pressed wears the focus ring and has a name; the run's steps,
/// marks and score are the engine's for the same choices and marks.
#[test]
fn keyboard_alone_plays_every_pack_in_three_languages_to_the_engines_result() {
    use scamdrill::gui::Desk;
    let e = engine();
    for pack in &e.library.packs {
        let path = scamdrill::cli::all_paths_of(pack)
            .first()
            .expect("a path")
            .clone();
        for (locale, nav) in [
            ("en-US", Nav::Tab),
            ("he-IL", Nav::ShiftTab),
            ("ar", Nav::Arrows { rtl: true }),
        ] {
            let id = pack.id();
            let mut app = app(locale);
            let at = |s: &str| format!("{id} {locale}: {s}");
            keyboard_to(&mut app, nav, &at("public mode"), |c| {
                *c == UiCommand::SetMode(scamdrill::gui::state::Mode::Public)
            });
            keyboard_to(&mut app, nav, &at("begin"), |c| *c == UiCommand::Begin);
            keyboard_to(&mut app, nav, &at("the pack"), |c| {
                *c == UiCommand::StartScenario(id.to_owned())
            });
            assert_eq!(screen(&app), Screen::Play, "{id} {locale}");
            let mut direct = e.start(id, locale, 7).unwrap();
            for c in &path {
                let (step, hotspots) = {
                    let gui = app.world().resource::<Gui>();
                    let play = gui.play.as_ref().unwrap();
                    let step = play.run.current().unwrap();
                    let hs: Vec<Vec<String>> = step
                        .hotspots
                        .iter()
                        .map(|h| h.element_ids().iter().map(|s| s.to_string()).collect())
                        .collect();
                    (play.run.current_id().to_owned(), hs)
                };
                let whr = format!("{id} {locale} step {step}");
                if c != scamdrill::play::TIMEOUT && !hotspots.is_empty() {
                    // F picks up the flag tool; each red flag is reached and marked.
                    key(&mut app, KeyCode::KeyF, Key::Character("f".into()));
                    assert!(app.world().resource::<Desk>().flag_tool, "{whr}: F");
                    for elements in &hotspots {
                        let what = format!("{whr}, flag one of {elements:?}");
                        let UiCommand::Mark(el) = keyboard_to(
                            &mut app,
                            nav,
                            &what,
                            |c| matches!(c, UiCommand::Mark(m) if elements.contains(m)),
                        ) else {
                            unreachable!()
                        };
                        direct.mark(&el, 0).unwrap();
                    }
                    key(&mut app, KeyCode::KeyF, Key::Character("f".into()));
                    assert!(!app.world().resource::<Desk>().flag_tool, "{whr}: F again");
                }
                if c == scamdrill::play::TIMEOUT {
                    play_choice(&mut app, c);
                } else {
                    keyboard_choice(&mut app, nav, c, &whr);
                }
                direct.act(c, 0).unwrap();
            }
            keyboard_to(&mut app, nav, &at("the debrief"), |c| {
                *c == UiCommand::ShowJudgement
            });
            assert_eq!(screen(&app), Screen::Judgement, "{id} {locale}");
            let story = story_of(
                app.world()
                    .resource::<Gui>()
                    .play
                    .as_ref()
                    .unwrap()
                    .run
                    .events(),
            );
            assert_eq!(
                story,
                story_of(direct.run.events()),
                "{id} {locale}: the steps and marks"
            );
            keyboard_to(&mut app, nav, &at("judge"), |c| *c == UiCommand::Judge(3));
            assert_eq!(screen(&app), Screen::Debrief, "{id} {locale}");
            direct.judge(3, 0).unwrap();
            let gui = app.world().resource::<Gui>();
            let ui = gui.results.last().unwrap();
            let want = direct.score();
            assert_eq!(
                (ui.points, ui.remote_access, ui.outcome, ui.passed),
                (want.points, want.remote_access, want.outcome, want.passed),
                "{id} {locale}"
            );
        }
    }
}
