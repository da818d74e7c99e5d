//! The fixed action taxonomy. Every choice in a pack is tagged with actions from
//! this list; scoring reads nothing else. See docs/AUTHORING.md for the meaning
//! of each tag.

use serde::{Deserialize, Serialize};

/// What a choice does, in terms scoring understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Answer an incoming call.
    AnswerCall,
    /// Decline an incoming call without answering.
    DeclineCall,
    /// End a call that is in progress.
    HangUp,
    /// Say no to a request (remote access, payment, codes) without hanging up.
    Refuse,
    /// Click a button or link inside an alert or unsolicited message.
    ClickAlert,
    /// Dial the phone number shown in an alert, e-mail or chat.
    CallNumberFromAlert,
    /// Do what the caller says (open Event Viewer, type a command, visit a site).
    FollowInstructions,
    /// Download or install software on the caller's request.
    InstallSoftware,
    /// Type what a stranger dictates: a command, a text into a box.
    TypeDictated,
    /// Open a web address a stranger spells out.
    OpenDictatedUrl,
    /// Read out or type in a remote-support session code.
    ReadOutAccessCode,
    /// Press "Allow" / give control of the computer.
    GrantRemoteAccess,
    /// Give a password, one-time code, gift-card code or card details.
    ShareCredentials,
    /// Log into online banking while someone is watching or in control.
    LogIntoBank,
    /// Pay money by any method (card, transfer, gift cards, crypto, cash).
    Pay,
    /// Buy gift cards on someone's instruction.
    BuyGiftCards,
    /// Close the browser through Task Manager (or restart) without touching the page.
    CloseBrowserTaskManager,
    /// Check the contact independently: call the number on the card, the official
    /// site, the internal ticket portal.
    VerifyOfficialChannel,
    /// Report to IT security, the bank or the official reporting channel.
    Report,
    /// Disconnect the computer from the internet.
    Disconnect,
    /// Remove a remote-support tool that was installed.
    UninstallTool,
    /// Call your bank on the number on your card.
    ContactBank,
    /// Change passwords from a different, clean device.
    ChangePasswords,
    /// Take no action and wait or ignore the message.
    Ignore,
}

impl Action {
    /// Every action, in declaration order (for documentation and tests).
    pub const ALL: [Action; 24] = [
        Action::AnswerCall,
        Action::DeclineCall,
        Action::HangUp,
        Action::Refuse,
        Action::ClickAlert,
        Action::CallNumberFromAlert,
        Action::FollowInstructions,
        Action::InstallSoftware,
        Action::TypeDictated,
        Action::OpenDictatedUrl,
        Action::ReadOutAccessCode,
        Action::GrantRemoteAccess,
        Action::ShareCredentials,
        Action::LogIntoBank,
        Action::Pay,
        Action::BuyGiftCards,
        Action::CloseBrowserTaskManager,
        Action::VerifyOfficialChannel,
        Action::Report,
        Action::Disconnect,
        Action::UninstallTool,
        Action::ContactBank,
        Action::ChangePasswords,
        Action::Ignore,
    ];

    /// Handing over control of the computer: the headline decision.
    pub fn gives_remote_access(self) -> bool {
        matches!(self, Action::GrantRemoteAccess | Action::ReadOutAccessCode)
    }

    /// Money leaves the trainee (or is about to, via gift cards).
    pub fn pays(self) -> bool {
        matches!(self, Action::Pay | Action::BuyGiftCards)
    }

    /// Secrets leave the trainee.
    pub fn shares_secrets(self) -> bool {
        matches!(self, Action::ShareCredentials)
    }

    /// Doing what a stranger says: scored as following instructions.
    pub fn follows_stranger(self) -> bool {
        matches!(
            self,
            Action::FollowInstructions
                | Action::InstallSoftware
                | Action::TypeDictated
                | Action::OpenDictatedUrl
                | Action::LogIntoBank
        )
    }

    /// Recovery after harm: scored when something needed recovering.
    pub fn is_recovery(self) -> bool {
        matches!(
            self,
            Action::Report
                | Action::Disconnect
                | Action::UninstallTool
                | Action::ContactBank
                | Action::ChangePasswords
        )
    }

    /// Actions that end contact with a would-be scammer.
    pub fn disengages(self) -> bool {
        matches!(
            self,
            Action::HangUp | Action::DeclineCall | Action::Refuse | Action::CloseBrowserTaskManager
        )
    }
}
