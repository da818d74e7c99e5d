//! What the trainee sees and hears at a step. Scenes are typed so that the GUI
//! can draw each one as the real thing (a browser locker, a ringing phone, a
//! remote-support tool) and the checker can know which messages they use.
//!
//! Every `String` field named like a message is a Fluent message id from the
//! pack's locale files; fields named `*_var` name a pack variable.

use serde::{Deserialize, Serialize};

/// How payment is demanded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentMethod {
    Card,
    BankTransfer,
    GiftCards,
    Crypto,
    Cash,
}

/// Kind of "proof" window shown to the trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProofKind {
    /// Windows Event Viewer with its normal warnings and errors.
    EventViewer,
    /// A command prompt (assoc, netstat, tree, dir /s).
    CommandPrompt,
    /// A fake scanner with alarming results.
    FakeScan,
}

/// The typed scene of a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Scene {
    /// The ordinary desktop with a browser page open.
    Desktop { page: String },
    /// A full-screen browser locker: title, body, phone number, countdown, alarm.
    BrowserLocker {
        title: String,
        body: String,
        phone_var: String,
        #[serde(default = "default_countdown")]
        countdown_secs: u32,
        #[serde(default)]
        alarm: bool,
        #[serde(default)]
        voice: Option<String>,
    },
    /// A phone ringing with a caller id (which may be spoofed).
    IncomingCall {
        caller_id: String,
        #[serde(default)]
        caller_number_var: Option<String>,
    },
    /// A call in progress; the caller's words come as `lines` of the step.
    Call {
        caller: String,
        #[serde(default)]
        caller_number_var: Option<String>,
    },
    /// An e-mail in the mail client.
    Email {
        from: String,
        subject: String,
        body: String,
    },
    /// A chat message (e.g. from "IT" in the company messenger).
    Chat { from: String, body: String },
    /// A remote-support tool window with a session code and an Allow prompt.
    RemoteTool {
        tool_var: String,
        code_var: String,
        prompt: String,
    },
    /// Remote control in progress: the "technician" moves the pointer.
    RemoteControl { tool_var: String, body: String },
    /// "Proof" of infection: event log, console output or fake scan.
    Proof {
        kind: ProofKind,
        title: String,
        body: String,
    },
    /// A payment demand or payment page.
    Payment {
        method: PaymentMethod,
        amount_var: String,
        body: String,
    },
    /// Online banking (refund scam, "safe account").
    Banking { body: String },
    /// A plain narrative card (after an ending, or a time skip).
    Narration { body: String },
}

fn default_countdown() -> u32 {
    300
}

impl Scene {
    /// Message ids the scene needs from the pack's locale files.
    pub fn message_ids(&self) -> Vec<&str> {
        match self {
            Scene::Desktop { page } => vec![page],
            Scene::BrowserLocker {
                title, body, voice, ..
            } => {
                let mut v = vec![title.as_str(), body.as_str()];
                if let Some(voice) = voice {
                    v.push(voice);
                }
                v
            }
            Scene::IncomingCall { caller_id, .. } => vec![caller_id],
            Scene::Call { caller, .. } => vec![caller],
            Scene::Email {
                from,
                subject,
                body,
            } => vec![from, subject, body],
            Scene::Chat { from, body } => vec![from, body],
            Scene::RemoteTool { prompt, .. } => vec![prompt],
            Scene::RemoteControl { body, .. } => vec![body],
            Scene::Proof { title, body, .. } => vec![title, body],
            Scene::Payment { body, .. } => vec![body],
            Scene::Banking { body } => vec![body],
            Scene::Narration { body } => vec![body],
        }
    }

    /// Variables the scene shows directly (not through a message).
    pub fn variable_names(&self) -> Vec<&str> {
        match self {
            Scene::BrowserLocker { phone_var, .. } => vec![phone_var],
            Scene::IncomingCall {
                caller_number_var, ..
            }
            | Scene::Call {
                caller_number_var, ..
            } => caller_number_var.iter().map(String::as_str).collect(),
            Scene::RemoteTool {
                tool_var, code_var, ..
            } => vec![tool_var, code_var],
            Scene::RemoteControl { tool_var, .. } => vec![tool_var],
            Scene::Payment { amount_var, .. } => vec![amount_var],
            _ => vec![],
        }
    }

    /// Short machine name of the scene kind (for transcripts and the GUI).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Scene::Desktop { .. } => "desktop",
            Scene::BrowserLocker { .. } => "browser-locker",
            Scene::IncomingCall { .. } => "incoming-call",
            Scene::Call { .. } => "call",
            Scene::Email { .. } => "email",
            Scene::Chat { .. } => "chat",
            Scene::RemoteTool { .. } => "remote-tool",
            Scene::RemoteControl { .. } => "remote-control",
            Scene::Proof { .. } => "proof",
            Scene::Payment { .. } => "payment",
            Scene::Banking { .. } => "banking",
            Scene::Narration { .. } => "narration",
        }
    }

    /// True for scenes that are a phone call (ringing or in progress).
    pub fn is_call(&self) -> bool {
        matches!(self, Scene::IncomingCall { .. } | Scene::Call { .. })
    }
}
