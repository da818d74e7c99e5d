//! The simulated desk's own state: which system window is open, what is keyed
//! on the phone, what is typed, whether the flag tool is in hand. None of it
//! is scenario logic; it resets whenever the run moves to another step.

use bevy::prelude::*;

use crate::act::WorldAct;

/// A system surface drawn over the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Task Manager (Ctrl+Shift+Esc, the security screen, the taskbar menu).
    TaskManager,
    /// The Ctrl+Alt+Del screen.
    Security,
    /// The Start menu (power, Task Manager).
    StartMenu,
    /// The Wi-Fi panel of the tray.
    Wifi,
    /// F1: help, settings, leave, "What can I do here?".
    Help,
    /// The wallet with the bank card, turned over.
    Wallet,
    /// A real organisation's contact page or the intranet directory.
    Directory(crate::model::Place),
}

/// What the phone shows when no call is ringing or in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PhoneScreen {
    #[default]
    Home,
    Keypad,
    Contacts,
}

/// A desk-only change (see [`crate::gui::state::UiCommand::Desk`]).
#[derive(Debug, Clone, PartialEq)]
pub enum DeskCmd {
    Open(Overlay),
    Close,
    /// Pick up or put down the flag tool (F, the corner button).
    FlagTool,
    Phone(PhoneScreen),
    DialDigit(char),
    DialBackspace,
    /// The green key under the keypad: dial what was keyed.
    DialCall,
    /// A contact or a number found on a card or page: key it and call.
    DialNumber(String),
    /// The input of the scene (command prompt, address bar, code field) takes
    /// the keyboard.
    FocusInput,
    TypeText(String),
    TypeBackspace,
    /// Enter in the input: send what was typed.
    TypeEnter,
    /// Holding Esc on a full-screen page: the page leaves full screen.
    LeaveFullScreen,
    /// A row of Task Manager's process list.
    SelectProcess(Process),
    /// Task Manager's End task on the selected process.
    EndTask,
    /// A permission switch of the remote desk's incoming-session dialog.
    TogglePermission(Permission),
    /// OK on the page's "This page says…" dialog (it comes back).
    DismissAlert,
}

/// A permission of an AnyDesk-like incoming session (all on at first, as
/// the real dialog offers them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    Control,
    Clipboard,
    Files,
    Restart,
}

impl Permission {
    pub const ALL: [Permission; 4] = [
        Permission::Control,
        Permission::Clipboard,
        Permission::Files,
        Permission::Restart,
    ];

    /// The message id of its label.
    pub fn label(self) -> &'static str {
        match self {
            Permission::Control => "pc-remote-perm-control",
            Permission::Clipboard => "pc-remote-perm-clipboard",
            Permission::Files => "pc-remote-perm-files",
            Permission::Restart => "pc-remote-perm-restart",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A process in Task Manager's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Process {
    Browser,
    /// The scene's own app (mail, chat, the remote tool, the console).
    SceneApp,
    Explorer,
    Antimalware,
    WindowManager,
}

/// The desk's state for the current step.
#[derive(Resource, Debug, Default, Clone)]
pub struct Desk {
    /// The step this state belongs to; a new step starts a fresh desk.
    pub step: String,
    pub overlay: Option<Overlay>,
    pub flag_tool: bool,
    pub phone: PhoneScreen,
    pub dialled: String,
    /// A number was dialled that nobody in the story answers.
    pub no_answer: Option<String>,
    pub typed: String,
    pub input_focused: bool,
    /// The full-screen page was left (held Esc): the browser shows as a window.
    pub windowed: bool,
    pub selected: Option<Process>,
    /// Permissions switched off in the remote desk's incoming-session dialog
    /// (a bit per [`Permission`]). Only the desk changes: the engine scores
    /// the Accept or Dismiss, not the switches.
    pub permissions_off: u8,
    /// The page's alert was closed with OK; it comes back after a while.
    pub alert_dismissed: bool,
}

impl Desk {
    /// Apply a desk command; returns the world act it amounts to, if any
    /// (the call key sends the keyed number, Enter sends the typed text,
    /// End task on the browser ends the browser).
    pub fn apply(&mut self, cmd: &DeskCmd) -> Option<WorldAct> {
        match cmd {
            DeskCmd::Open(o) => {
                self.overlay = Some(*o);
                if *o == Overlay::TaskManager {
                    self.selected = None;
                }
                self.input_focused = false;
            }
            DeskCmd::Close => {
                self.overlay = None;
                self.input_focused = false;
            }
            DeskCmd::FlagTool => self.flag_tool = !self.flag_tool,
            DeskCmd::Phone(s) => {
                self.phone = *s;
                self.no_answer = None;
            }
            DeskCmd::DialDigit(d) => {
                if self.dialled.chars().count() < 20 {
                    self.dialled.push(*d);
                }
                self.no_answer = None;
            }
            DeskCmd::DialBackspace => {
                self.dialled.pop();
            }
            DeskCmd::DialCall => {
                let number = std::mem::take(&mut self.dialled);
                if !number.is_empty() {
                    self.no_answer = Some(number.clone());
                    return Some(WorldAct::Dial(number));
                }
            }
            DeskCmd::DialNumber(n) => {
                self.overlay = None;
                self.phone = PhoneScreen::Keypad;
                self.no_answer = Some(n.clone());
                return Some(WorldAct::Dial(n.clone()));
            }
            DeskCmd::FocusInput => self.input_focused = true,
            DeskCmd::TypeText(t) => {
                if self.typed.chars().count() < 120 {
                    self.typed.push_str(t);
                }
            }
            DeskCmd::TypeBackspace => {
                self.typed.pop();
            }
            DeskCmd::TypeEnter => {
                let text = std::mem::take(&mut self.typed);
                if !text.trim().is_empty() {
                    return Some(WorldAct::Type(text));
                }
            }
            DeskCmd::LeaveFullScreen => self.windowed = true,
            DeskCmd::SelectProcess(p) => self.selected = Some(*p),
            DeskCmd::TogglePermission(p) => self.permissions_off ^= p.bit(),
            DeskCmd::DismissAlert => self.alert_dismissed = true,
            DeskCmd::EndTask => {
                let ended = self.selected.take();
                self.overlay = None;
                return match ended {
                    Some(Process::Browser) => Some(WorldAct::CloseBrowser),
                    Some(Process::SceneApp) => Some(WorldAct::CloseWindow),
                    _ => None,
                };
            }
        }
        None
    }

    /// True while `p` is switched on in the incoming-session dialog.
    pub fn permission(&self, p: Permission) -> bool {
        self.permissions_off & p.bit() == 0
    }

    /// A fresh desk for `step` (the flag tool stays in hand).
    pub fn follow(&mut self, step: &str) {
        if self.step != step {
            let flag_tool = self.flag_tool;
            *self = Desk {
                step: step.to_owned(),
                flag_tool,
                ..Desk::default()
            };
        }
    }
}
