//! Kiosk mode for public libraries: the attract loop, the idle timeout that
//! discards a walked-away session, and keys on the attract and PIN screens.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input::mouse::MouseButtonInput;
use bevy::input::touch::TouchInput;
use bevy::prelude::*;

use super::commands::now_ms;
use super::state::{Gui, KioskState, Screen, UiCommand};

/// Seconds each language's invitation stays on the attract screen.
pub const ATTRACT_SECS: u64 = 4;

/// Any input (keys, mouse, touch, commands) resets the idle clock.
#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system takes what it reads as parameters"
)]
pub fn idle_touch(
    mut keys: MessageReader<KeyboardInput>,
    mut mouse: MessageReader<MouseButtonInput>,
    mut touch: MessageReader<TouchInput>,
    mut cmds: MessageReader<UiCommand>,
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    gui: Res<Gui>,
    mut kiosk: ResMut<KioskState>,
) {
    let touched = keys.read().count()
        + mouse.read().count()
        + touch.read().count()
        + cmds.read().filter(|c| **c != UiCommand::IdleReset).count()
        > 0;
    if gui.is_kiosk() && (touched || *screen.get() == Screen::Attract) {
        kiosk.last_input_ms = now_ms(&time);
    }
}

/// When the idle clock runs out, the session in progress is discarded and
/// the kiosk goes back to its attract loop. A run that already reached its
/// ending (the visitor walked away at the judgement) is kept with its score
/// and no judgement (see `leave_session` in [`super::commands`]).
pub fn idle_expire(
    time: Res<Time<Real>>,
    gui: Res<Gui>,
    mut kiosk: ResMut<KioskState>,
    mut out: MessageWriter<UiCommand>,
) {
    let Some(timeout) = gui.kiosk.as_ref().map(|k| k.idle_timeout_ms) else {
        return;
    };
    let now = now_ms(&time);
    if now.saturating_sub(kiosk.last_input_ms) > timeout {
        kiosk.last_input_ms = now;
        out.write(UiCommand::IdleReset);
    }
}

/// The attract loop changes language every few seconds.
pub fn attract_cycle(
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    mut gui: ResMut<Gui>,
    mut kiosk: ResMut<KioskState>,
) {
    if *screen.get() != Screen::Attract {
        return;
    }
    let n = gui.locales().len().max(1);
    let i = ((now_ms(&time) / 1000 / ATTRACT_SECS) as usize) % n;
    if i != kiosk.attract_index {
        kiosk.attract_index = i;
        gui.dirty = true;
    }
}

/// Keys on kiosk screens: any key wakes the attract screen; digits,
/// Backspace and Enter work the PIN pad.
pub fn kiosk_keys(
    mut keys: MessageReader<KeyboardInput>,
    screen: Res<State<Screen>>,
    mut out: MessageWriter<UiCommand>,
) {
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        match screen.get() {
            Screen::Attract => {
                out.write(UiCommand::WakeUp);
                return;
            }
            Screen::Pin => match &k.logical_key {
                Key::Character(c) => {
                    for d in c.chars().filter(char::is_ascii_digit) {
                        out.write(UiCommand::PinDigit(d));
                    }
                }
                Key::Backspace => {
                    out.write(UiCommand::PinBackspace);
                }
                _ => {}
            },
            _ => {}
        }
    }
}

/// In a kiosk the window's close button asks for the PIN instead.
pub fn close_requests(
    mut requests: MessageReader<bevy::window::WindowCloseRequested>,
    gui: Res<Gui>,
    mut out: MessageWriter<UiCommand>,
    mut exit: MessageWriter<AppExit>,
) {
    for _ in requests.read() {
        if gui.is_kiosk() {
            out.write(UiCommand::OpenStaff);
        } else {
            exit.write(AppExit::Success);
        }
    }
}
