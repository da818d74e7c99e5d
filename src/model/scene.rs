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
    /// Prepaid voucher codes read out over the phone (PCS, Transcash,
    /// Paysafecard, Neosurf, store gift cards).
    Voucher(VoucherKind),
    /// Gold bars or coins bought at a dealer and handed over.
    Gold,
    /// Banknotes sent in the post, hidden in a magazine or a parcel.
    CashByPost,
    /// Cash fed into a cryptocurrency ATM to a scammer's wallet.
    CryptoAtm,
    /// A "courier" collects cash, cards or valuables at the door.
    Courier,
}

/// Brands of prepaid voucher codes used to pay scammers; which ones are
/// sold depends on the region (PCS, Transcash and Neosurf in France,
/// Paysafecard in Spain, store gift cards in the US and UK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoucherKind {
    Pcs,
    Transcash,
    Paysafecard,
    Neosurf,
    GooglePlay,
    Apple,
    Steam,
}

impl VoucherKind {
    /// The brand as printed on the voucher (the same in every locale).
    pub fn brand(self) -> &'static str {
        match self {
            VoucherKind::Pcs => "PCS",
            VoucherKind::Transcash => "Transcash",
            VoucherKind::Paysafecard => "Paysafecard",
            VoucherKind::Neosurf => "Neosurf",
            VoucherKind::GooglePlay => "Google Play",
            VoucherKind::Apple => "Apple Gift Card",
            VoucherKind::Steam => "Steam",
        }
    }
}

impl PaymentMethod {
    /// A short machine name (transcripts, logs): `voucher-pcs`, `gold`.
    pub fn name(self) -> String {
        match self {
            PaymentMethod::Card => "card".into(),
            PaymentMethod::BankTransfer => "bank-transfer".into(),
            PaymentMethod::GiftCards => "gift-cards".into(),
            PaymentMethod::Crypto => "crypto".into(),
            PaymentMethod::Cash => "cash".into(),
            PaymentMethod::Voucher(k) => {
                format!("voucher-{}", k.brand().to_lowercase().replace(' ', "-"))
            }
            PaymentMethod::Gold => "gold".into(),
            PaymentMethod::CashByPost => "cash-by-post".into(),
            PaymentMethod::CryptoAtm => "crypto-atm".into(),
            PaymentMethod::Courier => "courier".into(),
        }
    }
}

/// The online-banking page edited in the browser's developer tools (the
/// refund trick): the "technician" changes the shown balance from `before`
/// to `after` so that an ordinary transfer looks like an over-refund.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DevTools {
    /// Amount variable: the real balance (before the edit).
    pub before_var: String,
    /// Amount variable: the balance shown after the edit.
    pub after_var: String,
    /// Message id: what the developer-tools pane shows (the edited element).
    #[serde(default)]
    pub note: Option<String>,
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
    /// A scanner web page ("online security check") shown as proof.
    ScannerPage,
}

/// What a remote-support tool looks like (look-alikes, named by the pack's
/// tool variable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RemoteStyle {
    /// AnyDesk-like: "This desk" with its address to read out, and an
    /// incoming-session dialog with permission switches.
    Desk,
    /// TeamViewer QuickSupport-like: "Allow remote control" with "Your ID"
    /// and "Password" to read out, then the allow-control prompt.
    QuickSupport,
    /// Windows Quick Assist-like: the sharer types the helper's code.
    QuickAssist,
}

/// The typed scene of a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Scene {
    /// The ordinary desktop with a browser page open.
    Desktop { page: String },
    /// A full-screen browser locker: title, body, phone number, countdown, alarm.
    /// `phone_var` may be left out: a pop-up without a phone number (the
    /// scammer calls, or the page has a chat or a "download fix" button).
    BrowserLocker {
        title: String,
        body: String,
        #[serde(default)]
        phone_var: String,
        #[serde(default = "default_countdown")]
        countdown_secs: u32,
        #[serde(default)]
        alarm: bool,
        /// Message id of what the page's robotic voice says (a caption); it is
        /// heard when the pack ships `media/<tag>/<id>.wav`.
        #[serde(default)]
        voice: Option<String>,
    },
    /// A phone ringing with a caller id (which may be spoofed).
    /// With `who`, the caller of the pack's `callers` table (their caller
    /// ID and number); `caller_id` may then be left out.
    IncomingCall {
        #[serde(default)]
        caller_id: String,
        #[serde(default)]
        caller_number_var: Option<String>,
        #[serde(default)]
        who: Option<String>,
    },
    /// A call in progress; the caller's words come as `lines` of the step.
    /// With `who`, the caller of the pack's `callers` table.
    Call {
        #[serde(default)]
        caller: String,
        #[serde(default)]
        caller_number_var: Option<String>,
        #[serde(default)]
        who: Option<String>,
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
    /// `style` says which kind of tool it looks like (left out: a Quick
    /// Assist-like code field when a choice is taken by typing, else an
    /// AnyDesk-like desk); a `QuickSupport` window also shows
    /// `password_var` beside the ID.
    RemoteTool {
        tool_var: String,
        code_var: String,
        prompt: String,
        #[serde(default)]
        style: Option<RemoteStyle>,
        #[serde(default)]
        password_var: Option<String>,
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
    /// `brand` (a message id) names the regional brand when it differs
    /// per locale (PCS in French, Paysafecard in Spanish).
    Payment {
        method: PaymentMethod,
        amount_var: String,
        body: String,
        #[serde(default)]
        brand: Option<String>,
    },
    /// Online banking (refund scam, "safe account"); with `dev_tools`, the
    /// page as edited in the developer tools (the refund trick).
    Banking {
        body: String,
        #[serde(default)]
        dev_tools: Option<DevTools>,
    },
    /// A command prompt where the trainee is told to type a dictated
    /// command (`command`, a message id: often the same in every locale);
    /// `body` is what the console prints, `title` the window's title.
    CommandPrompt {
        body: String,
        command: String,
        #[serde(default)]
        title: Option<String>,
    },
    /// A web shop page selling "security software" for `price_var`.
    WebShop {
        product: String,
        price_var: String,
        body: String,
    },
    /// Someone at the door (seen on the intercom): a "courier" collecting
    /// cash, gold or bank cards.
    Doorstep {
        visitor: String,
        body: String,
        method: PaymentMethod,
        amount_var: String,
    },
    /// A post office counter: cash sent in the post (hidden in a magazine).
    PostOffice { body: String, amount_var: String },
    /// A cryptocurrency ATM screen with the scammer's wallet (QR code).
    CryptoAtm {
        body: String,
        amount_var: String,
        address_var: String,
    },
    /// A plain narrative card (after an ending, or a time skip).
    Narration { body: String },
}

fn non_empty(s: &str) -> Vec<&str> {
    if s.is_empty() { vec![] } else { vec![s] }
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
            Scene::IncomingCall { caller_id, .. } => non_empty(caller_id),
            Scene::Call { caller, .. } => non_empty(caller),
            Scene::Email {
                from,
                subject,
                body,
            } => vec![from, subject, body],
            Scene::Chat { from, body } => vec![from, body],
            Scene::RemoteTool { prompt, .. } => vec![prompt],
            Scene::RemoteControl { body, .. } => vec![body],
            Scene::Proof { title, body, .. } => vec![title, body],
            Scene::Payment { body, brand, .. } => {
                let mut v = vec![body.as_str()];
                v.extend(brand.as_deref());
                v
            }
            Scene::Banking { body, dev_tools } => {
                let mut v = vec![body.as_str()];
                v.extend(dev_tools.as_ref().and_then(|d| d.note.as_deref()));
                v
            }
            Scene::CommandPrompt {
                body,
                command,
                title,
            } => {
                let mut v = vec![body.as_str(), command.as_str()];
                v.extend(title.as_deref());
                v
            }
            Scene::WebShop { product, body, .. } => vec![product, body],
            Scene::Doorstep { visitor, body, .. } => vec![visitor, body],
            Scene::PostOffice { body, .. } | Scene::CryptoAtm { body, .. } => vec![body],
            Scene::Narration { body } => vec![body],
        }
    }

    /// Variables the scene shows directly (not through a message).
    pub fn variable_names(&self) -> Vec<&str> {
        match self {
            Scene::BrowserLocker { phone_var, .. } => non_empty(phone_var),
            Scene::IncomingCall {
                caller_number_var, ..
            }
            | Scene::Call {
                caller_number_var, ..
            } => caller_number_var.iter().map(String::as_str).collect(),
            Scene::RemoteTool {
                tool_var,
                code_var,
                password_var,
                ..
            } => {
                let mut v = vec![tool_var.as_str(), code_var.as_str()];
                v.extend(password_var.as_deref());
                v
            }
            Scene::RemoteControl { tool_var, .. } => vec![tool_var],
            Scene::Payment { amount_var, .. }
            | Scene::Doorstep { amount_var, .. }
            | Scene::PostOffice { amount_var, .. } => vec![amount_var],
            Scene::WebShop { price_var, .. } => vec![price_var],
            Scene::CryptoAtm {
                amount_var,
                address_var,
                ..
            } => vec![amount_var, address_var],
            Scene::Banking {
                dev_tools: Some(d), ..
            } => vec![&d.before_var, &d.after_var],
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
            Scene::CommandPrompt { .. } => "command-prompt",
            Scene::WebShop { .. } => "web-shop",
            Scene::Doorstep { .. } => "doorstep",
            Scene::PostOffice { .. } => "post-office",
            Scene::CryptoAtm { .. } => "crypto-atm",
        }
    }

    /// Variables the scene shows that must be money (`Amount` or `Total`).
    pub fn amount_variables(&self) -> Vec<&str> {
        match self {
            Scene::Payment { amount_var, .. }
            | Scene::Doorstep { amount_var, .. }
            | Scene::PostOffice { amount_var, .. }
            | Scene::CryptoAtm { amount_var, .. } => vec![amount_var],
            Scene::WebShop { price_var, .. } => vec![price_var],
            Scene::Banking {
                dev_tools: Some(d), ..
            } => vec![&d.before_var, &d.after_var],
            _ => vec![],
        }
    }

    /// The amount a payment made at this scene hands over, if the scene is
    /// a payment of some kind (payment page, courier, post, crypto ATM, shop).
    pub fn payment_amount_var(&self) -> Option<&str> {
        match self {
            Scene::Payment { amount_var, .. }
            | Scene::Doorstep { amount_var, .. }
            | Scene::PostOffice { amount_var, .. }
            | Scene::CryptoAtm { amount_var, .. } => Some(amount_var),
            Scene::WebShop { price_var, .. } => Some(price_var),
            _ => None,
        }
    }

    /// The id of the `callers` table entry this call scene names, if any.
    pub fn who(&self) -> Option<&str> {
        match self {
            Scene::IncomingCall { who, .. } | Scene::Call { who, .. } => who.as_deref(),
            _ => None,
        }
    }

    /// True for scenes that are a phone call (ringing or in progress).
    pub fn is_call(&self) -> bool {
        matches!(self, Scene::IncomingCall { .. } | Scene::Call { .. })
    }
}
