//! Keyboard and activation: every button's [`Activate`] becomes its command;
//! shortcut keys become commands too (Esc, Ctrl+Shift+Esc, 1–9 in play,
//! text size, typing the employee id).

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

use super::state::{Gui, Screen, UiCommand};
use super::theme::Act;

/// A button was activated: send its command.
pub fn on_activate(ev: On<Activate>, acts: Query<&Act>, mut out: MessageWriter<UiCommand>) {
    if let Ok(act) = acts.get(ev.entity) {
        out.write(act.0.clone());
    }
}

/// Shortcut keys.
pub fn shortcuts(
    mut keys: MessageReader<KeyboardInput>,
    held: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    mut gui: ResMut<Gui>,
    mut out: MessageWriter<UiCommand>,
) {
    let ctrl = held.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let shift = held.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        match k.key_code {
            KeyCode::Escape if ctrl && shift => {
                out.write(UiCommand::OpenTaskManager);
                continue;
            }
            KeyCode::Escape => {
                // In a call, Esc is the red button; elsewhere it goes back.
                let hang_up = (*screen.get() == Screen::Play && !gui.task_manager_open)
                    .then(|| gui.play.as_ref().and_then(|p| p.view()))
                    .flatten()
                    .and_then(|v| {
                        v.choices
                            .iter()
                            .find(|c| c.plain_hang_up)
                            .or_else(|| v.choices.iter().find(|c| c.hangs_up))
                            .map(|c| c.id.clone())
                    });
                out.write(hang_up.map_or(UiCommand::Back, UiCommand::Choose));
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
            KeyCode::F2 => {
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
