//! Keyboard and activation: every button's [`Activate`] becomes its command;
//! shortcut keys become commands too (Esc, Ctrl+Shift+Esc, 1–9 in play,
//! text size, typing the employee id).

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

use super::pc::{Desk, DeskCmd, Element, Overlay, PhoneScreen};
use super::state::{Gui, Screen, UiCommand};
use super::theme::Act;
use crate::act::WorldAct;

/// A button was activated: send its command.
pub fn on_activate(ev: On<Activate>, acts: Query<&Act>, mut out: MessageWriter<UiCommand>) {
    if let Ok(act) = acts.get(ev.entity) {
        out.write(act.0.clone());
    }
}

/// Shortcut keys. During play they are the PC's own: Ctrl+Shift+Esc opens
/// Task Manager, Ctrl+Alt+Del the security screen, Alt+F4 closes the front
/// window, F1 help, F the flag tool; keys type into the focused input or the
/// phone's keypad. Elsewhere: Esc goes back, Ctrl+= / Ctrl+- text size, F2
/// language.
pub fn shortcuts(
    mut keys: MessageReader<KeyboardInput>,
    held: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    mut gui: ResMut<Gui>,
    desk: Res<Desk>,
    mut out: MessageWriter<UiCommand>,
) {
    let ctrl = held.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let shift = held.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    let alt = held.any_pressed([KeyCode::AltLeft, KeyCode::AltRight]);
    let playing =
        *screen.get() == Screen::Play && gui.play.as_ref().is_some_and(|p| !p.run.is_finished());
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        if playing && let Some(cmd) = play_key(k, &desk, &gui, ctrl, shift, alt) {
            out.write(cmd);
            continue;
        }
        match k.key_code {
            KeyCode::Escape if playing => {
                // Esc alone closes what the desk has open; holding it leaves
                // full screen (see `hold_escape`).
                if desk.overlay.is_some() || desk.input_focused {
                    out.write(UiCommand::Desk(DeskCmd::Close));
                }
                continue;
            }
            KeyCode::Escape => {
                out.write(UiCommand::Back);
                continue;
            }
            KeyCode::Equal | KeyCode::NumpadAdd if ctrl => {
                out.write(UiCommand::TextBigger);
                continue;
            }
            KeyCode::Minus | KeyCode::NumpadSubtract if ctrl => {
                out.write(UiCommand::TextSmaller);
                continue;
            }
            KeyCode::F2 if !playing => {
                out.write(UiCommand::NextLocale);
                continue;
            }
            _ => {}
        }
        if *screen.get() == Screen::SignIn {
            match &k.logical_key {
                Key::Backspace => {
                    gui.typed_id.pop();
                    gui.dirty = true;
                    gui.focus_index = 0;
                }
                Key::Enter if !gui.typed_id.is_empty() => {
                    out.write(UiCommand::SignIn);
                }
                Key::Character(c) if !ctrl => {
                    for ch in c
                        .chars()
                        .filter(|ch| ch.is_alphanumeric() || *ch == '-' || *ch == '.')
                    {
                        if gui.typed_id.chars().count() < 32 {
                            gui.typed_id.push(ch);
                        }
                    }
                    gui.dirty = true;
                    gui.focus_index = 0;
                }
                _ => {}
            }
        }
    }
}

/// A key during play, as the simulated PC and phone take it.
fn play_key(
    k: &KeyboardInput,
    desk: &Desk,
    gui: &Gui,
    ctrl: bool,
    shift: bool,
    alt: bool,
) -> Option<UiCommand> {
    let desk_cmd = |d| Some(UiCommand::Desk(d));
    match k.key_code {
        KeyCode::Escape if ctrl && shift => return desk_cmd(DeskCmd::Open(Overlay::TaskManager)),
        KeyCode::Delete if ctrl && alt => return desk_cmd(DeskCmd::Open(Overlay::Security)),
        KeyCode::F4 if alt => {
            let view = gui.play.as_ref()?.view()?;
            return Some(UiCommand::Do(front_window_close(&view.scene)));
        }
        KeyCode::F1 => {
            return desk_cmd(if desk.overlay == Some(Overlay::Help) {
                DeskCmd::Close
            } else {
                DeskCmd::Open(Overlay::Help)
            });
        }
        _ => {}
    }
    if ctrl || alt {
        return None;
    }
    if desk.input_focused {
        return match &k.logical_key {
            Key::Enter => desk_cmd(DeskCmd::TypeEnter),
            Key::Backspace => desk_cmd(DeskCmd::TypeBackspace),
            Key::Space => desk_cmd(DeskCmd::TypeText(" ".into())),
            Key::Character(c) => desk_cmd(DeskCmd::TypeText(c.to_string())),
            _ => None,
        };
    }
    if desk.phone == PhoneScreen::Keypad && desk.overlay.is_none() {
        match &k.logical_key {
            Key::Character(c)
                if c.chars()
                    .all(|ch| ch.is_ascii_digit() || ch == '*' || ch == '#' || ch == '+') =>
            {
                return c
                    .chars()
                    .next()
                    .map(|ch| UiCommand::Desk(DeskCmd::DialDigit(ch)));
            }
            Key::Backspace => return desk_cmd(DeskCmd::DialBackspace),
            _ => {}
        }
    }
    match &k.logical_key {
        Key::Character(c) if c.eq_ignore_ascii_case("f") && desk.overlay.is_none() => {
            desk_cmd(DeskCmd::FlagTool)
        }
        _ => None,
    }
}

/// What Alt+F4 closes: the browser when it is the front window, else the
/// scene's app.
fn front_window_close(scene: &crate::view::SceneView) -> WorldAct {
    use crate::view::SceneView as S;
    match scene {
        S::Desktop { .. }
        | S::BrowserLocker { .. }
        | S::WebShop { .. }
        | S::Banking { .. }
        | S::Payment { .. }
        | S::IncomingCall { .. }
        | S::Call { .. } => WorldAct::CloseBrowser,
        S::Proof {
            proof: crate::model::ProofKind::FakeScan | crate::model::ProofKind::ScannerPage,
            ..
        } => WorldAct::CloseBrowser,
        _ => WorldAct::CloseWindow,
    }
}

/// Holding Esc for a second on a full-screen page leaves full screen, as
/// browsers do ("Press and hold Esc to exit full screen").
pub fn hold_escape(
    held: Res<ButtonInput<KeyCode>>,
    time: Res<Time<Real>>,
    desk: Res<Desk>,
    screen: Res<State<Screen>>,
    mut since: Local<Option<u64>>,
    mut out: MessageWriter<UiCommand>,
) {
    if *screen.get() != Screen::Play || desk.windowed || !held.pressed(KeyCode::Escape) {
        *since = None;
        return;
    }
    let now = time.elapsed().as_millis() as u64;
    let start = *since.get_or_insert(now);
    if now.saturating_sub(start) >= 1000 {
        out.write(UiCommand::Desk(DeskCmd::LeaveFullScreen));
        *since = None;
    }
}

/// Right-click (or a long press) marks the element under the pointer with
/// the flag tool, whether or not the tool is in hand.
pub fn right_click_flags(
    mut clicks: MessageReader<bevy::picking::events::Pointer<bevy::picking::events::Click>>,
    elements: Query<&Element>,
    parents: Query<&ChildOf>,
    screen: Res<State<Screen>>,
    mut out: MessageWriter<UiCommand>,
) {
    for c in clicks.read() {
        let long = c.event.duration.as_millis() >= 600;
        if *screen.get() != Screen::Play
            || !(c.event.button == bevy::picking::pointer::PointerButton::Secondary || long)
        {
            continue;
        }
        let mut e = c.entity;
        loop {
            if let Ok(el) = elements.get(e) {
                out.write(UiCommand::Mark(el.0.clone()));
                break;
            }
            match parents.get(e) {
                Ok(p) => e = p.parent(),
                Err(_) => break,
            }
        }
    }
}

/// Arrow keys move focus like Tab (Down/Right forward, Up/Left back;
/// mirrored for right-to-left languages).
pub fn arrow_navigation(
    mut keys: MessageReader<KeyboardInput>,
    nav: TabNavigation,
    mut focus: ResMut<InputFocus>,
    gui: Res<Gui>,
    mut visible: ResMut<bevy::input_focus::InputFocusVisible>,
) {
    let rtl = gui.is_rtl();
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        let action = match k.key_code {
            KeyCode::ArrowDown => NavAction::Next,
            KeyCode::ArrowUp => NavAction::Previous,
            KeyCode::ArrowRight => {
                if rtl {
                    NavAction::Previous
                } else {
                    NavAction::Next
                }
            }
            KeyCode::ArrowLeft => {
                if rtl {
                    NavAction::Next
                } else {
                    NavAction::Previous
                }
            }
            _ => continue,
        };
        if let Ok(next) = nav.navigate(&focus, action) {
            focus.set(next, bevy::input_focus::FocusCause::Navigated);
            visible.0 = true;
        }
    }
}

/// The mouse wheel (or a two-finger swipe) scrolls the scrolling area under
/// the pointer: a long page, a window's body, help, the debrief.
pub fn wheel_scrolls(
    mut ev: On<bevy::picking::events::Pointer<bevy::picking::events::Scroll>>,
    mut areas: Query<(&Node, &ComputedNode, &mut ScrollPosition)>,
) {
    let Ok((node, computed, mut scroll)) = areas.get_mut(ev.entity) else {
        return;
    };
    if node.overflow.y != OverflowAxis::Scroll {
        return;
    }
    let inv = computed.inverse_scale_factor;
    let max = (computed.content_size.y - computed.size.y).max(0.0) * inv;
    if max <= 0.0 {
        return;
    }
    ev.propagate(false);
    let step = match ev.unit {
        bevy::input::mouse::MouseScrollUnit::Line => 40.0,
        bevy::input::mouse::MouseScrollUnit::Pixel => 1.0,
    };
    scroll.y = (scroll.y - ev.y * step).clamp(0.0, max);
}
