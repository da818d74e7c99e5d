//! Finding fields in a RON text, so that a finding about a value points at
//! the line where the value is written. A small scanner that skips strings
//! and comments and tracks nesting; no second parse.

use crate::diagnostic::Diagnostic;

/// A token of interest: a field name followed by `:` or a string literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// `name:` at this nesting depth.
    Field {
        name: String,
        offset: usize,
        depth: usize,
    },
    /// A string literal's content (escapes kept as written).
    Str { value: String, offset: usize },
    /// An opening bracket, and the depth inside it.
    Open { offset: usize, depth: usize },
    /// A closing bracket that returns to this depth.
    Close { offset: usize, depth: usize },
}

/// Scan `text` into field, string and closing tokens.
pub fn scan(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let end = i.min(b.len());
                out.push(Token::Str {
                    value: text.get(start + 1..end).unwrap_or_default().to_owned(),
                    offset: start,
                });
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                out.push(Token::Open { offset: i, depth });
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                out.push(Token::Close { offset: i, depth });
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let mut j = i;
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                    j += 1;
                }
                if b.get(j) == Some(&b':') && b.get(j + 1) != Some(&b':') {
                    out.push(Token::Field {
                        name: text[start..i].to_owned(),
                        offset: start,
                        depth,
                    });
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// A step of a path to a place in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// A field of the current structure.
    Field(&'a str),
    /// The n-th structure of the current list (0-based).
    Item(usize),
    /// A string value inside the current field.
    Str(&'a str),
}

fn min_field_depth(tokens: &[Token]) -> Option<usize> {
    tokens
        .iter()
        .filter_map(|t| {
            if let Token::Field { depth, .. } = t {
                Some(*depth)
            } else {
                None
            }
        })
        .min()
}

/// The byte span of the place `path` leads to, or of the deepest step found.
pub fn find(text: &str, path: &[Step<'_>]) -> Option<(usize, usize)> {
    let tokens = scan(text);
    let (mut lo, mut hi) = (0, tokens.len());
    let mut found = None;
    for step in path {
        let range = &tokens[lo..hi];
        match *step {
            Step::Field(name) => {
                let Some(d) = min_field_depth(range) else {
                    break;
                };
                let Some(k) = range.iter().position(|t| matches!(t, Token::Field { name: n, depth, .. } if n == name && *depth == d)) else { break };
                found = Some(span_of(&range[k]));
                let end = range[k + 1..]
                    .iter()
                    .position(|t| {
                        matches!(t, Token::Field { depth, .. } if *depth == d)
                            || matches!(t, Token::Close { depth, .. } if *depth < d)
                    })
                    .map_or(hi, |e| lo + k + 1 + e);
                lo += k + 1;
                hi = end;
            }
            Step::Item(n) => {
                let Some(base) = range.iter().find_map(|t| {
                    if let Token::Open { depth, .. } = t {
                        Some(*depth)
                    } else {
                        None
                    }
                }) else {
                    break;
                };
                let items: Vec<usize> = range
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| matches!(t, Token::Open { depth, .. } if *depth == base + 1))
                    .map(|(k, _)| k)
                    .collect();
                let Some(&k) = items.get(n) else { break };
                found = Some(span_of(&range[k]));
                let end = range[k + 1..]
                    .iter()
                    .position(|t| matches!(t, Token::Close { depth, .. } if *depth == base))
                    .map_or(hi, |e| lo + k + 1 + e);
                lo += k + 1;
                hi = end;
            }
            Step::Str(value) => {
                let Some(k) = range
                    .iter()
                    .position(|t| matches!(t, Token::Str { value: v, .. } if v == value))
                else {
                    break;
                };
                found = Some(span_of(&range[k]));
            }
        }
    }
    found
}

fn span_of(t: &Token) -> (usize, usize) {
    match t {
        Token::Field { name, offset, .. } => (*offset, name.len()),
        Token::Str { value, offset } => (*offset, value.len() + 2),
        Token::Open { offset, .. } | Token::Close { offset, .. } => (*offset, 1),
    }
}

/// Place a diagnostic at the end of `path` (or as near as it can be found).
pub fn at_field(d: Diagnostic, text: &str, path: &[Step<'_>]) -> Diagnostic {
    match find(text, path) {
        Some((offset, len)) => d.at_span(text, offset, len),
        None => d,
    }
}

/// The dotted path of fields whose value contains `offset`, e.g.
/// `lrs.timeout_secs`.
pub fn path_at(text: &str, offset: usize) -> Vec<String> {
    let mut stack: Vec<(usize, String)> = Vec::new();
    for t in scan(text) {
        match t {
            // A close at the error itself ends the fields inside it (a
            // missing field is reported at the closing bracket).
            Token::Field { offset: o, .. } if o >= offset => break,
            Token::Close { offset: o, .. } if o > offset => break,
            Token::Field { name, depth, .. } => {
                stack.retain(|(d, _)| *d < depth);
                stack.push((depth, name));
            }
            Token::Close { depth, .. } => stack.retain(|(d, _)| *d <= depth),
            Token::Str { .. } | Token::Open { .. } => {}
        }
    }
    stack.into_iter().map(|(_, n)| n).collect()
}
