//! The pack's callers table: each person who phones the trainee, declared
//! once with their own name, caller ID and number, so that a hand-over
//! (technician → "bank" → "agent") shows each caller's own number.

use serde::{Deserialize, Serialize};

/// One caller of the pack's `callers` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Caller {
    /// Message id: who the caller says they are (shown during the call).
    pub name: String,
    /// Message id: what the phone shows while ringing (often spoofed);
    /// the name when absent.
    #[serde(default)]
    pub caller_id: Option<String>,
    /// Variable with the caller's own number (a `Phone`), if shown.
    #[serde(default)]
    pub number_var: Option<String>,
    /// Where the trainee can find this caller's real number to dial it
    /// (the bank card, the phone's contacts, the real site, the intranet).
    /// Empty for callers whose number only they themselves give.
    #[serde(default)]
    pub found: Vec<super::Place>,
    /// The call comes through an app (a Teams or WhatsApp call), which shows
    /// the caller's display name (`caller_id`, else `name`) in every region;
    /// a phone call shows what the trainee's region shows (see
    /// `locales/regions.ron`, `caller_id`).
    #[serde(default)]
    pub app: bool,
}

impl Caller {
    /// Message ids the caller needs.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut v = vec![self.name.as_str()];
        v.extend(self.caller_id.as_deref());
        v
    }

    /// Whether the phone's contacts hold this caller's number.
    pub fn in_contacts(&self) -> bool {
        self.found.contains(&super::Place::Contacts)
    }
}
