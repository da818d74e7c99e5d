//! Phone numbers typed into pack text. Numbers must come from variables: a
//! `Phone(...)` variable draws from the region's fictional range, and the
//! region's real numbers are `$emergency`, `$report-line` and `$bank-safety`.
//! A digit run that looks like a phone number in a pack's text is a warning
//! (it may reach a real line, and it is wrong in every other region).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::diagnostic::Diagnostic;
use crate::pack::Pack;

/// Fewest digits in a run that is taken for a phone number.
const MIN_DIGITS: usize = 7;
/// Short service numbers that are phone numbers whatever the context.
const SERVICE_NUMBERS: &[&str] = &["911", "999", "112", "119", "159", "017", "1930"];

/// Digit runs in `text` that look like phone numbers: at least
/// [`MIN_DIGITS`] digits joined by single spaces, hyphens or brackets (an
/// optional leading `+`), not part of a dotted or colon-separated figure
/// (IP addresses, times, versions). Returns (byte offset, length) pairs.
pub fn phone_like_runs(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit()
            || (b[i] == b'+' || b[i] == b'(') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        let after_figure = i > 0
            && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b':' | b',' | b'/'));
        if !starts || after_figure {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut digits = 0;
        let mut j = i;
        while j < b.len() {
            let c = b[j];
            if c.is_ascii_digit() {
                digits += 1;
                j += 1;
                end = j;
            } else if c == b')'
                || (matches!(c, b' ' | b'-' | b'(' | b'+')
                    && j + 1 < b.len()
                    && (b[j + 1].is_ascii_digit() || b[j + 1] == b'('))
            {
                j += 1;
            } else {
                break;
            }
        }
        let dotted = matches!(b.get(end), Some(b'.' | b':' | b',' | b'/'))
            && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        let run = &text[start..end];
        let service = SERVICE_NUMBERS.contains(&run)
            && !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric());
        if (digits >= MIN_DIGITS && !dotted) || service {
            out.push((start, end - start));
        }
        i = end.max(i + 1);
    }
    out
}

fn texts<'s>(p: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable { expression } => expr(expression, out),
        }
    }
}

fn expr<'s>(e: &Expression<&'s str>, out: &mut Vec<&'s str>) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                texts(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => expr(expression, out),
        Expression::Inline(_) => {}
    }
}

/// Warn on phone-number-like digit runs in every Fluent file of the pack.
pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for files in pack.catalog.files.values() {
        for f in files {
            let base = f.resource.source().as_ptr() as usize;
            let len = f.resource.source().len();
            for e in f.resource.entries() {
                let Entry::Message(m) = e else { continue };
                let mut found = Vec::new();
                for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                    texts(p, &mut found);
                }
                for t in found {
                    // Text elements are slices of the parsed source.
                    let off = (t.as_ptr() as usize).wrapping_sub(base);
                    let off = if off <= len {
                        off
                    } else {
                        f.offset_of(m.id.name).unwrap_or(0)
                    };
                    for (s, n) in phone_like_runs(t) {
                        diags.push(
                            Diagnostic::warning(
                                "phone-in-text",
                                &f.path,
                                format!("message \"{}\" contains \"{}\", which looks like a phone number", m.id.name, &t[s..s + n]),
                            )
                            .with_hint("use a variable: a `Phone(Landline | TollFree | Mobile)` variable for the scammer's number (drawn from the region's fictional range), or { $emergency }, { $report-line }, { $bank-safety } for the region's real numbers")
                            .at_span(&f.source, off + s, n),
                        );
                    }
                }
            }
        }
    }
    diags
}
