//! Text direction helpers. Paragraph direction in the renderer comes from the
//! first strong character, so every string shown in a right-to-left locale
//! starts with U+200F RIGHT-TO-LEFT MARK.

/// U+200F RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';
/// Fluent's isolation marks around placeables.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// Prepare a formatted message for the screen in a locale of the given
/// direction: right-to-left text gets a leading RLM (once).
pub fn for_display(text: &str, rtl: bool) -> String {
    if rtl && !text.starts_with(RLM) {
        let mut s = String::with_capacity(text.len() + 3);
        s.push(RLM);
        s.push_str(text);
        s
    } else {
        text.to_owned()
    }
}

/// Remove Fluent's isolation marks and the RLM (for comparisons and plain
/// text outputs such as CSV).
pub fn strip_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, FSI | PDI | RLM | '\u{2066}' | '\u{2067}'))
        .collect()
}

/// True when `text` has a right-to-left letter (Hebrew, Arabic and their
/// presentation forms).
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_letters_are_found_and_latin_or_digits_are_not() {
        assert!(has_rtl("בנק הפועלים <service@bank.example>"));
        assert!(has_rtl("مركز الفواتير"));
        assert!(!has_rtl("\u{200F}McAfee Billing <x@gmail.com> 1-800"));
    }
}
