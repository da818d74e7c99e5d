//! Text direction helpers. Paragraph direction in the renderer comes from the
//! first strong character, so every string shown in a right-to-left locale
//! starts with U+200F RIGHT-TO-LEFT MARK.

/// U+200F RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';
/// Fluent's isolation marks around placeables.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// U+2066 LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';

/// Prepare a formatted message for the screen in a locale of the given
/// direction: right-to-left text gets a leading RLM (once), and a value
/// glued to Latin letters around it reads as one left-to-right word (see
/// [`join_glued_values`]).
pub fn for_display(text: &str, rtl: bool) -> String {
    if !rtl {
        return text.to_owned();
    }
    let text = if text.contains(FSI) {
        join_glued_values(text)
    } else {
        text.to_owned()
    };
    if text.starts_with(RLM) {
        text
    } else {
        let mut s = String::with_capacity(text.len() + 3);
        s.push(RLM);
        s.push_str(&text);
        s
    }
}

/// Fluent isolates every value placed into a message, which keeps a value
/// from scrambling the words around it; but a value written straight after
/// (or before) Latin letters, as one token ("INC{ $ticket }",
/// "MS-{ $badge }"), is then cut from them: in right-to-left text the
/// isolated number counts as punctuation and "INC746019" shows as
/// "746019INC". Such a token (ASCII letters and digits, joined by `-_/#@+.`,
/// with no space and no right-to-left letter) becomes one left-to-right
/// isolate instead; a value standing alone keeps Fluent's marks.
pub fn join_glued_values(text: &str) -> String {
    fn joins(c: char) -> bool {
        c.is_ascii_alphanumeric() || "-_/#@+.".contains(c)
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 4);
    let mut copied = 0;
    let mut k = 0;
    while k < chars.len() {
        if chars[k] != FSI {
            k += 1;
            continue;
        }
        let Some(end) = chars[k + 1..]
            .iter()
            .position(|c| *c == PDI)
            .map(|p| k + 1 + p)
        else {
            break;
        };
        let inner = &chars[k + 1..end];
        let plain = inner
            .iter()
            .all(|c| !matches!(*c, FSI | LRI | '\u{2067}') && !has_rtl(c.encode_utf8(&mut [0; 4])));
        if !plain {
            k = end + 1;
            continue;
        }
        // The token around the value: joining characters, ending on a
        // letter or digit on each side ("ה-" before a value is no token).
        let mut left = k;
        while left > copied && joins(chars[left - 1]) {
            left -= 1;
        }
        while left < k && !chars[left].is_ascii_alphanumeric() {
            left += 1;
        }
        let mut right = end + 1;
        while right < chars.len() && joins(chars[right]) {
            right += 1;
        }
        while right > end + 1 && !chars[right - 1].is_ascii_alphanumeric() {
            right -= 1;
        }
        if left == k && right == end + 1 {
            k = end + 1;
            continue;
        }
        out.extend(&chars[copied..left]);
        out.push(LRI);
        out.extend(&chars[left..k]);
        out.extend(inner);
        out.extend(&chars[end + 1..right]);
        out.push(PDI);
        copied = right;
        k = right;
    }
    out.extend(&chars[copied..]);
    out
}

/// Remove Fluent's isolation marks and the RLM (for comparisons and plain
/// text outputs such as CSV).
pub fn strip_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, FSI | PDI | RLM | LRI | '\u{2067}'))
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
    fn a_value_glued_to_latin_letters_reads_as_one_left_to_right_word() {
        let (f, p, l) = (FSI, PDI, LRI);
        // "INC746019" and "MS-9489" stay whole; punctuation after stays out.
        assert_eq!(
            join_glued_values(&format!("הקריאה INC{f}746019{p} נרשמה")),
            format!("הקריאה {l}INC746019{p} נרשמה")
        );
        assert_eq!(
            join_glued_values(&format!("מספר העובד שלי MS-{f}9489{p}. אני")),
            format!("מספר העובד שלי {l}MS-9489{p}. אני")
        );
        // Letters after the value join too; a mail address is one token.
        assert_eq!(
            join_glued_values(&format!("<desk{f}42{p}@gmail.com>")),
            format!("<{l}desk42@gmail.com{p}>")
        );
        // A value standing alone, after a Hebrew prefix or with a Hebrew
        // word inside, keeps Fluent's marks.
        for alone in [
            format!("פנייה מספר {f}4821{p}."),
            format!("ה-{f}AnyDesk{p} שלכם"),
            format!("{f}731 637 022{p}"),
            format!("x{f}עמית{p}"),
        ] {
            assert_eq!(join_glued_values(&alone), alone);
        }
        // The display path does it for right-to-left text only, and once.
        let shown = for_display(&format!("INC{f}7{p}"), true);
        assert_eq!(shown, format!("{RLM}{l}INC7{p}"));
        assert_eq!(for_display(&shown, true), shown);
        assert_eq!(
            for_display(&format!("INC{f}7{p}"), false),
            format!("INC{f}7{p}")
        );
        assert_eq!(strip_marks(&shown), "INC7");
    }

    #[test]
    fn right_to_left_letters_are_found_and_latin_or_digits_are_not() {
        assert!(has_rtl("בנק הפועלים <service@bank.example>"));
        assert!(has_rtl("مركز الفواتير"));
        assert!(!has_rtl("\u{200F}McAfee Billing <x@gmail.com> 1-800"));
    }
}
