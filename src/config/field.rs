//! Naming the field a RON syntax or type error is in: ron reports a line and
//! column; trainers also want to know which setting is wrong.

use super::locate::path_at;
use crate::diagnostic::Diagnostic;

/// Add "in field `a.b`" to a RON error, found from its position.
pub fn name_field(mut d: Diagnostic, text: &str) -> Diagnostic {
    let offset = match d.span {
        Some((o, _)) => o,
        None => return d,
    };
    let path = path_at(text, offset);
    d.code = "config-syntax".to_owned();
    if !path.is_empty() {
        d.message = format!("in field `{}`: {}", path.join("."), d.message);
    }
    if d.hint.is_none() {
        d.hint = Some(match path.last() {
            Some(f) => format!(
                "check the value of `{f}`; config/scamdrill.example.ron shows every field with a valid value"
            ),
            None => "config/scamdrill.example.ron shows the expected layout".to_owned(),
        });
    }
    d
}
