//! How a choice is taken in the simulated world (`via`), and which elements
//! of a scene the trainee can see and flag.
//!
//! A pack never lists answers: each choice names the act of the world that
//! takes it (a button on the page, a sentence said on the phone, a number
//! dialled, End task in Task Manager). The GUI offers the act where the real
//! thing offers it; the engine maps the act back to the choice
//! ([`crate::play::Play::act`]).

use serde::{Deserialize, Serialize};

use super::{Action, RemoteStyle, Scene, Step};

/// A number the trainee dials on the phone's keypad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dial {
    /// A `Phone` variable of the pack: the number in the alert, the one the
    /// caller gives.
    Var(String),
    /// A caller of the pack's `callers` table: their own number, found where
    /// that caller's `found` says (the back of the bank card, the phone's
    /// contacts, the company's real site, the intranet directory).
    Caller(String),
}

/// The act of the world that takes a choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Via {
    /// A button or link in the scene's own window, page or dialog, showing
    /// the choice's label ("Accept", "Call now", "Buy the cards").
    Press,
    /// A sentence said on the phone (or sent in the chat, said at the
    /// intercom); the label is the sentence ("Sorry, who is this?").
    Say,
    /// The phone's green key on an incoming call.
    Answer,
    /// The phone's red key on an incoming call.
    Decline,
    /// The phone's red key during a call.
    HangUp,
    /// A number dialled on the phone's keypad (or picked in its contacts).
    Dial(Dial),
    /// The browser closed the way a real PC closes it: Task Manager
    /// (Ctrl+Shift+Esc, Ctrl+Alt+Del, right-click on the taskbar) → End task,
    /// Alt+F4, or holding Esc to leave full screen and then its close button.
    CloseBrowser,
    /// The scene's window closed with its close button or Alt+F4.
    CloseWindow,
    /// Text typed into the scene's input (command prompt, address bar, code
    /// field, chat box) and sent with Enter: the message id of the expected
    /// text (often the dictated command, the same in every locale).
    Type(String),
    /// Wi-Fi turned off from the tray.
    WifiOff,
    /// The PC shut down with the power button.
    PowerOff,
}

/// Where the trainee finds an official number (`Caller::found`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Place {
    /// On the back of the bank card in the wallet on the desk.
    Card,
    /// In the phone's contacts.
    Contacts,
    /// On the organisation's real web site (a bookmark in the browser).
    Website,
    /// In the employer's intranet directory.
    Intranet,
}

impl Via {
    /// Short machine name (checker messages, transcripts).
    pub fn name(&self) -> &'static str {
        match self {
            Via::Press => "Press",
            Via::Say => "Say",
            Via::Answer => "Answer",
            Via::Decline => "Decline",
            Via::HangUp => "HangUp",
            Via::Dial(_) => "Dial",
            Via::CloseBrowser => "CloseBrowser",
            Via::CloseWindow => "CloseWindow",
            Via::Type(_) => "Type",
            Via::WifiOff => "WifiOff",
            Via::PowerOff => "PowerOff",
        }
    }

    /// True when the act shows the choice's label on screen (a button, a
    /// reply); the other acts are the world's own (keys, chords, keypad).
    pub fn shows_label(&self) -> bool {
        matches!(self, Via::Press | Via::Say)
    }

    /// True for acts that end the call in progress.
    pub fn ends_call(&self) -> bool {
        matches!(self, Via::HangUp | Via::Decline)
    }
}

/// Where the scene is, for the affordances it offers.
impl Scene {
    /// The elements the scene draws, by id: hotspots bind to these (and to
    /// the step's line text ids and its `Press` choices' ids); a flag on any
    /// other drawn element is a false flag.
    pub fn element_ids(&self) -> &'static [&'static str] {
        match self {
            Scene::Desktop { .. } => &["address-bar", "page"],
            Scene::BrowserLocker { .. } => &[
                "address-bar",
                "full-screen",
                "title",
                "body",
                "phone",
                "countdown",
                "voice",
                "alert",
            ],
            Scene::IncomingCall { .. } => &["caller-id", "number"],
            Scene::Call { .. } => &["caller-id", "number"],
            Scene::Email { .. } => &["from", "subject", "body"],
            Scene::Chat { .. } => &["from", "body"],
            Scene::RemoteTool {
                style: Some(RemoteStyle::QuickSupport),
                ..
            } => &["tool", "code", "password", "prompt"],
            Scene::RemoteTool { .. } => &["tool", "code", "prompt"],
            Scene::RemoteControl { .. } => &["tool", "body", "pointer"],
            Scene::Proof { .. } => &["title", "body"],
            Scene::Payment { .. } => &["method", "amount", "body"],
            Scene::Banking {
                dev_tools: Some(_), ..
            } => &["address-bar", "body", "balance", "dev-tools"],
            Scene::Banking { .. } => &["address-bar", "body"],
            Scene::CommandPrompt { .. } => &["title", "body", "command"],
            Scene::WebShop { .. } => &["address-bar", "product", "price", "body"],
            Scene::Doorstep { .. } => &["visitor", "body", "amount"],
            Scene::PostOffice { .. } => &["body", "amount"],
            Scene::CryptoAtm { .. } => &["body", "amount", "address"],
            Scene::Narration { .. } => &["body"],
        }
    }

    /// True when the simulated PC is in front of the trainee (its taskbar,
    /// tray and power button), so Wi-Fi and power can be used.
    pub fn at_the_pc(&self) -> bool {
        !matches!(
            self,
            Scene::Doorstep { .. }
                | Scene::PostOffice { .. }
                | Scene::CryptoAtm { .. }
                | Scene::Narration { .. }
        )
    }

    /// True when a browser is open in this scene (closed with End task).
    pub fn browser_open(&self) -> bool {
        matches!(
            self,
            Scene::Desktop { .. }
                | Scene::BrowserLocker { .. }
                | Scene::WebShop { .. }
                | Scene::Banking { .. }
                | Scene::Proof {
                    kind: super::ProofKind::FakeScan | super::ProofKind::ScannerPage,
                    ..
                }
                | Scene::Payment { .. }
        )
    }

    /// Whether this scene offers the act `via` at a step (with `speech`:
    /// someone is speaking to the trainee at the step). `Err` says why not,
    /// in words for the checker.
    pub fn offers(&self, via: &Via, speech: bool) -> Result<(), &'static str> {
        let call = self.is_call();
        let ok = match via {
            Via::Press => !call,
            Via::Say => {
                matches!(
                    self,
                    Scene::Call { .. } | Scene::Chat { .. } | Scene::Doorstep { .. }
                ) || speech
            }
            Via::Answer | Via::Decline => matches!(self, Scene::IncomingCall { .. }),
            Via::HangUp => matches!(self, Scene::Call { .. }) || speech,
            Via::Dial(_) => !matches!(self, Scene::IncomingCall { .. } | Scene::Narration { .. }),
            Via::CloseBrowser => self.browser_open(),
            Via::CloseWindow => matches!(
                self,
                Scene::Email { .. }
                    | Scene::Chat { .. }
                    | Scene::RemoteTool { .. }
                    | Scene::RemoteControl { .. }
                    | Scene::Proof { .. }
                    | Scene::CommandPrompt { .. }
                    | Scene::Payment { .. }
                    | Scene::WebShop { .. }
                    | Scene::Banking { .. }
            ),
            Via::Type(_) => matches!(
                self,
                Scene::CommandPrompt { .. }
                    | Scene::Desktop { .. }
                    | Scene::RemoteTool { .. }
                    | Scene::Chat { .. }
                    | Scene::Banking { .. }
            ),
            Via::WifiOff | Via::PowerOff => self.at_the_pc(),
        };
        if ok {
            return Ok(());
        }
        Err(match via {
            Via::Press => "a phone screen has no page buttons: use Say, Answer, Decline or HangUp",
            Via::Say => "nobody is speaking here: Say needs a call, a chat, the intercom or lines",
            Via::Answer | Via::Decline => {
                "only a ringing phone (IncomingCall) can be answered or declined"
            }
            Via::HangUp => "no call is in progress here: HangUp needs a Call scene or lines",
            Via::Dial(_) => "the phone cannot dial here (it is ringing, or the story is narrated)",
            Via::CloseBrowser => "no browser is open in this scene",
            Via::CloseWindow => "this scene has no window of its own to close",
            Via::Type(_) => {
                "this scene has no input to type into (CommandPrompt, Desktop address bar, RemoteTool code field, Chat, Banking)"
            }
            Via::WifiOff | Via::PowerOff => "the PC is not in front of the trainee in this scene",
        })
    }
}

impl Step {
    /// Every element id a hotspot may bind to at this step: the scene's own
    /// elements, what is said (each line's text id) and the buttons of its
    /// `Press` choices (the choice ids).
    pub fn element_ids(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.scene.element_ids().to_vec();
        v.extend(self.lines.iter().map(|l| l.text.as_str()));
        v.extend(
            self.choices
                .iter()
                .filter(|c| c.via_or_default().shows_label())
                .map(|c| c.id.as_str()),
        );
        v
    }

    /// True when someone speaks to the trainee at this step (a call, the
    /// caller still on the line).
    pub fn has_speech(&self) -> bool {
        !self.lines.is_empty() || self.scene.is_call()
    }
}

/// The default act of a choice written before `via` existed: a button.
pub(crate) const DEFAULT_VIA: Via = Via::Press;

impl super::Choice {
    /// The act that takes the choice (`Press` when the pack gives none).
    pub fn via_or_default(&self) -> &Via {
        self.via.as_ref().unwrap_or(&DEFAULT_VIA)
    }

    /// True when taking the choice ends the call (its act, or its actions).
    pub fn ends_call(&self) -> bool {
        self.via_or_default().ends_call()
            || self
                .actions
                .iter()
                .any(|a| matches!(a, Action::HangUp | Action::DeclineCall))
    }
}
