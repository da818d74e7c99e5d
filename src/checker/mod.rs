//! The pack checker: structural checks over the step graph and message checks
//! over the Fluent files. Every finding is a [`Diagnostic`] naming the file,
//! line and column with a hint.

mod affordances;
mod fluent_refs;
mod graph;
mod hygiene;
mod media;
mod messages;
pub mod phone_digits;
mod scenes;
mod ui;
mod variables;

use crate::diagnostic::Diagnostic;
use crate::pack::Pack;

pub use fluent_refs::{message_references, variable_references};
pub use hygiene::{MAX_HYGIENE_FINDINGS, text_hygiene};
pub use ui::{REQUIRED_UI_MESSAGES, check_ui};

/// Run every check on a loaded pack. `ui_tags` are the locales the
/// application ships (packs may not declare others).
pub fn check_pack(pack: &Pack, ui_tags: &[String]) -> Vec<Diagnostic> {
    let mut diags = graph::check(pack);
    diags.extend(scenes::check(pack));
    diags.extend(affordances::check(pack));
    diags.extend(messages::check(pack, ui_tags));
    diags.extend(variables::check(pack));
    diags.extend(media::check(pack));
    diags.extend(phone_digits::check(pack));
    diags
}
