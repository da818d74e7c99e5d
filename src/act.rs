//! What the trainee does to the simulated world, and which choice of the
//! current step (if any) that act takes. The GUI sends these; the engine maps
//! them to choices, so "dial the number on the card" or "End task on the
//! browser" is scored wherever and however the trainee does it.

use serde::{Deserialize, Serialize};

use crate::locale::bidi::strip_marks;
use crate::view::{StepView, ViaView};

/// An act of the trainee on the simulated PC, phone or world.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "act", content = "what", rename_all = "kebab-case")]
pub enum WorldAct {
    /// A button or link pressed: the element id (a `Press` choice's id).
    Press(String),
    /// A reply said on the phone or sent in the chat: the choice id.
    Say(String),
    Answer,
    Decline,
    HangUp,
    /// Digits dialled on the keypad (any formatting).
    Dial(String),
    /// The browser ended (Task Manager → End task, Alt+F4, Esc then close).
    CloseBrowser,
    /// The scene's window closed (its close button, Alt+F4).
    CloseWindow,
    /// Text typed and sent with Enter.
    Type(String),
    WifiOff,
    PowerOff,
}

/// Only the digits of a number as dialled or shown (Arabic-Indic and
/// Eastern Arabic-Indic digits read as 0–9; a leading + kept apart).
pub fn digits(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect()
}

/// Typed text compared as a person would: marks stripped, case and runs of
/// spaces ignored.
fn same_text(typed: &str, expected: &str) -> bool {
    let norm = |s: &str| {
        strip_marks(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let t = norm(typed);
    !t.is_empty() && t == norm(expected)
}

/// The choice of the step that `act` takes, if any. Acts the step does not
/// bind (closing a window nobody asked about, a wrong number) take none.
pub fn choice_for(view: &StepView, act: &WorldAct) -> Option<String> {
    view.choices
        .iter()
        .find(|c| match (act, &c.via) {
            (WorldAct::Press(id), ViaView::Press) | (WorldAct::Say(id), ViaView::Say) => {
                *id == c.id
            }
            (WorldAct::Answer, ViaView::Answer)
            | (WorldAct::Decline, ViaView::Decline)
            | (WorldAct::HangUp, ViaView::HangUp)
            | (WorldAct::CloseBrowser, ViaView::CloseBrowser)
            | (WorldAct::CloseWindow, ViaView::CloseWindow)
            | (WorldAct::WifiOff, ViaView::WifiOff)
            | (WorldAct::PowerOff, ViaView::PowerOff) => true,
            (WorldAct::Dial(typed), ViaView::Dial { number }) => {
                let d = digits(typed);
                !d.is_empty() && d == digits(number)
            }
            (WorldAct::Type(typed), ViaView::Type { text }) => same_text(typed, text),
            _ => false,
        })
        .map(|c| c.id.clone())
}

/// The act that takes a choice as the view shows it (tests and autoplay play
/// packs through the world this way).
pub fn act_for(view: &StepView, choice: &str) -> Option<WorldAct> {
    let c = view.choices.iter().find(|c| c.id == choice)?;
    Some(match &c.via {
        ViaView::Press => WorldAct::Press(c.id.clone()),
        ViaView::Say => WorldAct::Say(c.id.clone()),
        ViaView::Answer => WorldAct::Answer,
        ViaView::Decline => WorldAct::Decline,
        ViaView::HangUp => WorldAct::HangUp,
        ViaView::Dial { number } => WorldAct::Dial(number.clone()),
        ViaView::CloseBrowser => WorldAct::CloseBrowser,
        ViaView::CloseWindow => WorldAct::CloseWindow,
        ViaView::Type { text } => WorldAct::Type(strip_marks(text)),
        ViaView::WifiOff => WorldAct::WifiOff,
        ViaView::PowerOff => WorldAct::PowerOff,
    })
}
