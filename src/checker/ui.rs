//! Checks on the UI locales: every locale has every message en-US has, and
//! en-US has every message the program asks for.

use std::collections::BTreeSet;

use crate::diagnostic::Diagnostic;
use crate::locale::{DEFAULT_LOCALE, UiLocales};

/// Message ids the engine and the GUI look up by name.
pub const REQUIRED_UI_MESSAGES: &[&str] = &[
    "verdict-refused-correctly",
    "verdict-granted",
    "verdict-allowed-verified",
    "verdict-allowed-unverified",
    "verdict-false-alarm",
    "debrief-score",
    "debrief-unfinished",
    "report-default",
];

pub fn check_ui(ui: &UiLocales) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ids = |tag: &str| -> BTreeSet<String> {
        ui.catalog
            .files
            .get(tag)
            .into_iter()
            .flatten()
            .flat_map(|f| f.message_ids())
            .map(str::to_owned)
            .collect()
    };
    let base = ids(DEFAULT_LOCALE);
    let base_path = crate::paths::ui_locales(&crate::paths::data_root()).join(DEFAULT_LOCALE);
    let required_missing: Vec<&str> = REQUIRED_UI_MESSAGES
        .iter()
        .copied()
        .filter(|m| !base.contains(*m))
        .collect();
    if !required_missing.is_empty() {
        out.push(
            Diagnostic::error(
                "missing-message",
                &base_path,
                format!(
                    "{} UI message(s) missing in {DEFAULT_LOCALE}: {}",
                    required_missing.len(),
                    required_missing.join(", ")
                ),
            )
            .with_hint("add them to a .ftl file in this folder"),
        );
    }
    for tag in ui.tags() {
        if tag == DEFAULT_LOCALE {
            continue;
        }
        let have = ids(&tag);
        let missing: Vec<&str> = base
            .iter()
            .filter(|m| !have.contains(*m))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            let path = ui
                .catalog
                .files
                .get(&tag)
                .and_then(|f| f.first())
                .map(|f| f.path.clone())
                .unwrap_or_else(|| base_path.with_file_name(&tag));
            out.push(
                Diagnostic::error(
                    "missing-message",
                    &path,
                    format!(
                        "{} UI message(s) missing in {tag}: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                )
                .with_hint(format!("translate them from locales/{DEFAULT_LOCALE}/")),
            );
        }
    }
    out
}
