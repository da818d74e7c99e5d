//! Text hygiene of pack files: characters that would reach the screen or a
//! terminal and change what is shown there. Errors, each with file:line:col:
//! - C0 and C1 control characters other than tab and newline (NUL, ESC and
//!   terminal escape sequences, BEL, DEL, a carriage return not followed by a
//!   newline; CRLF line ends are accepted);
//! - bidi embedding and override controls U+202A..U+202E (LRE, RLE, PDF, LRO,
//!   RLO), which can make text display in another order than it is stored.
//!
//! Directional marks (U+200E, U+200F, U+061C) and isolates (U+2066..U+2069,
//! what Fluent itself uses around placeables) are allowed.

use std::path::Path;

use crate::diagnostic::{Diagnostic, LineIndex};

/// Findings reported per file; further ones are summed up in one more.
pub const MAX_HYGIENE_FINDINGS: usize = 20;

fn name_of(c: char) -> &'static str {
    match c {
        '\0' => "NUL",
        '\u{7}' => "BEL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "VERTICAL TAB",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESC, starts a terminal escape sequence",
        '\u{7f}' => "DEL",
        '\u{85}' => "NEXT LINE",
        '\u{9b}' => "CSI, starts a terminal escape sequence",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        _ => "control character",
    }
}

fn is_bidi_override(c: char) -> bool {
    ('\u{202A}'..='\u{202E}').contains(&c)
}

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c)
}

/// Escape sequences that write a character: RON's `\xHH`, `\u{H…}`, `\0`,
/// `\b`, `\f`, `\r` in a `.ron` file, Fluent's `\uHHHH` and `\UHHHHHH` in a
/// `.ftl` file. Yields (offset, length, character). `\\` is skipped.
fn escapes<'a>(path: &Path, source: &'a str) -> impl Iterator<Item = (usize, usize, char)> + 'a {
    let ftl = path.extension().is_some_and(|e| e == "ftl");
    let b = source.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + 1 < b.len() {
            let at = i;
            if b[i] != b'\\' {
                i += 1;
                continue;
            }
            let hex = |from: usize, n: usize| -> Option<u32> {
                let t = source.get(from..from + n)?;
                if !t.bytes().all(|x| x.is_ascii_hexdigit()) {
                    return None;
                }
                u32::from_str_radix(t, 16).ok()
            };
            let found: Option<(usize, u32)> = match (ftl, b[i + 1]) {
                (_, b'\\') => {
                    i += 2;
                    continue;
                }
                (true, b'u') => hex(i + 2, 4).map(|v| (6, v)),
                (true, b'U') => hex(i + 2, 6).map(|v| (8, v)),
                (false, b'x') => hex(i + 2, 2).map(|v| (4, v)),
                (false, b'u') if b.get(i + 2) == Some(&b'{') => {
                    let end = source[i + 3..].find('}').filter(|&e| e <= 6);
                    end.and_then(|e| hex(i + 3, e).map(|v| (e + 4, v)))
                }
                (false, b'0') => Some((2, 0)),
                (false, b'b') => Some((2, 8)),
                (false, b'f') => Some((2, 12)),
                (false, b'r') => Some((2, 13)),
                _ => None,
            };
            i += 2;
            if let Some((len, v)) = found
                && let Some(c) = char::from_u32(v)
            {
                i = at + len;
                return Some((at, len, c));
            }
        }
        None
    })
}

/// Every forbidden character in `source` (the text of `path`), in one pass.
pub fn text_hygiene(path: &Path, source: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut index: Option<LineIndex> = None;
    let mut extra = 0usize;
    let mut chars = source.char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let control = c.is_control() && c != '\n' && c != '\t';
        if !(control || is_bidi_override(c)) {
            continue;
        }
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            continue;
        }
        if out.len() >= MAX_HYGIENE_FINDINGS {
            extra += 1;
            continue;
        }
        let idx = index.get_or_insert_with(|| LineIndex::new(source));
        let code = u32::from(c);
        let d = if control {
            Diagnostic::error(
                "control-character",
                path,
                format!(
                    "control character U+{code:04X} ({}) in the text",
                    name_of(c)
                ),
            )
            .with_hint(
                "delete it: pack text may hold tabs and new lines but no other control characters",
            )
        } else {
            Diagnostic::error(
                "bidi-control",
                path,
                format!(
                    "bidi control U+{code:04X} ({}) in the text: it can show text in another order than it is written",
                    name_of(c)
                ),
            )
            .with_hint("delete it; right-to-left locales get their direction from locale.ron, and Fluent isolates placeables itself (U+200F RIGHT-TO-LEFT MARK is allowed where a mark is needed)")
        };
        out.push(d.at_indexed(idx, source, off, c.len_utf8()));
    }
    for (off, len, c) in escapes(path, source) {
        if !is_forbidden(c) {
            continue;
        }
        if out.len() >= MAX_HYGIENE_FINDINGS {
            extra += 1;
            continue;
        }
        let idx = index.get_or_insert_with(|| LineIndex::new(source));
        let written = &source[off..off + len];
        out.push(
            Diagnostic::error(
                if is_bidi_override(c) { "bidi-control" } else { "control-character" },
                path,
                format!(
                    "the escape {written} writes U+{:04X} ({}) into the text",
                    u32::from(c),
                    name_of(c)
                ),
            )
            .with_hint("delete it: pack text may hold tabs and new lines but no other control or bidi override characters")
            .at_indexed(idx, source, off, len),
        );
    }
    if extra > 0 {
        out.push(
            Diagnostic::error(
                "control-character",
                path,
                format!("{extra} more control or bidi character(s) in this file"),
            )
            .with_hint("fix the ones listed first; the file may not be text"),
        );
    }
    out
}
