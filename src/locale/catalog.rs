//! Fluent messages of one scope (the UI, or one pack) in every locale it
//! ships, and formatting along a negotiated fallback chain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::parser::{ErrorKind, ParserError};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;

/// Parse Fluent without letting a known parser panic through.
///
/// fluent-syntax 0.12 slices the source one byte past a cut-short `\u`/`\U`
/// escape in a quoted literal to quote it in the error; when that byte is in
/// the middle of a character the parser panics (projectfluent/fluent-rs#389,
/// open; found by our fuzzer). Where the source holds such a spot (`\u` or
/// `\U`, fewer hex digits than it needs, then a non-ASCII character), a copy
/// with that character masked by as many `_` bytes is parsed first, so every
/// offset stays the same. If the copy shows the escape error, the escape was in
/// a literal and the file is broken anyway: that result is kept. If not, the
/// spot was plain text (`C:\uñas`), where the parser never slices it, and the
/// original is parsed as it is.
fn parse_guarded(source: &str) -> (FluentResource, Vec<ParserError>) {
    let parse = |s: String| match FluentResource::try_new(s) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => (r, errs),
    };
    let masked = mask_short_escapes(source);
    if masked == source {
        return parse(masked);
    }
    let (resource, errors) = parse(masked);
    if errors
        .iter()
        .any(|e| matches!(e.kind, ErrorKind::InvalidUnicodeEscapeSequence(_)))
    {
        (resource, errors)
    } else {
        parse(source.to_owned())
    }
}

/// `source` with the first character after each cut-short `\u`/`\U` escape
/// replaced by `_` bytes when it is not ASCII (see [`parse_guarded`]).
fn mask_short_escapes(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = source.to_owned().into_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        let need = match (bytes[i], bytes[i + 1]) {
            (b'\\', b'u') => 4,
            (b'\\', b'U') => 6,
            (b'\\', b'\\') => {
                // An escaped backslash: the next `u` is not an escape.
                i += 2;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let digits = bytes[i + 2..]
            .iter()
            .take(need)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let at = i + 2 + digits;
        if digits < need && bytes.get(at).is_some_and(|b| !b.is_ascii()) {
            let len = source[at..].chars().next().map_or(1, char::len_utf8);
            out[at..at + len].fill(b'_');
        }
        i = at.max(i + 2);
    }
    // Only whole characters were replaced by ASCII bytes.
    String::from_utf8(out).unwrap_or_else(|_| source.to_owned())
}

/// The nearest character boundary at or before `at` (clamped to the end).
fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One parsed `.ftl` file and where it came from.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    pub source: String,
    pub resource: Arc<FluentResource>,
}

impl FtlFile {
    /// Parse an FTL file; syntax errors become diagnostics with positions and
    /// the valid entries are kept.
    pub fn parse(path: &Path, source: String) -> (FtlFile, Vec<Diagnostic>) {
        let (resource, errors) = parse_guarded(&source);
        let diags = errors
            .into_iter()
            .map(|e| {
                // Point at the start of the broken entry when Fluent knows it.
                let start = floor_char_boundary(&source, e.slice.as_ref().map_or(e.pos.start, |r| r.start));
                let entry = source[start..].lines().next().unwrap_or("");
                let id = entry.split('=').next().unwrap_or("").trim();
                let what = if id.is_empty() || id.contains(' ') { String::new() } else { format!(" in message \"{id}\"") };
                let len = entry.len().max(1);
                let (kind, hint) = match e.kind {
                    // Its text would quote the masked copy (see parse_guarded).
                    ErrorKind::InvalidUnicodeEscapeSequence(_) => (
                        "a Unicode escape is cut short".to_owned(),
                        r#"in a quoted literal write \u and exactly 4 hex digits, or \U and exactly 6, e.g. {"\u00E9"}; or write the character itself"#,
                    ),
                    kind => (
                        kind.to_string(),
                        "see https://projectfluent.org/fluent/guide/ ; a message is `id = text`, continuation lines are indented, `{` and `}` come in pairs",
                    ),
                };
                Diagnostic::error("fluent-syntax", path, format!("Fluent syntax error{what}: {kind}"))
                    .with_hint(hint)
                    .at_span(&source, start, len)
            })
            .collect();
        (
            FtlFile {
                path: path.to_owned(),
                source,
                resource: Arc::new(resource),
            },
            diags,
        )
    }

    /// Ids of the messages defined in the file (terms excluded).
    pub fn message_ids(&self) -> Vec<&str> {
        use fluent_syntax::ast::Entry;
        self.resource
            .entries()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect()
    }

    /// Byte offset of a message definition (for diagnostics).
    pub fn offset_of(&self, id: &str) -> Option<usize> {
        let mut pos = 0;
        for line in self.source.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(id)
                && rest.trim_start().starts_with('=')
            {
                return Some(pos);
            }
            pos += line.len();
        }
        None
    }
}

/// Messages of one scope: locale tag → files.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub files: BTreeMap<String, Vec<FtlFile>>,
}

impl Catalog {
    pub fn add(&mut self, tag: &str, file: FtlFile) {
        self.files.entry(tag.to_owned()).or_default().push(file);
    }

    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    pub fn has_message(&self, tag: &str, id: &str) -> bool {
        self.files.get(tag).is_some_and(|fs| {
            fs.iter().any(|f| {
                f.resource
                    .entries()
                    .any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id))
            })
        })
    }

    /// Bundles for a fallback chain of tags, most preferred first.
    pub fn bundles(&self, chain: &[String]) -> Messages {
        let bundles = chain
            .iter()
            .filter_map(|tag| {
                let files = self.files.get(tag)?;
                let lang: LanguageIdentifier = tag.parse().ok()?;
                let mut b = FluentBundle::new_concurrent(vec![lang]);
                b.set_formatter(Some(super::format::fluent_number));
                for f in files {
                    // Duplicate ids are reported by the checker; keep the first.
                    b.add_resource_overriding(f.resource.clone());
                }
                Some(b)
            })
            .collect();
        Messages { bundles }
    }
}

/// Bundles along a fallback chain; formats a message from the first locale
/// that has it.
pub struct Messages {
    bundles: Vec<FluentBundle<Arc<FluentResource>>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("bundles", &self.bundles.len())
            .finish()
    }
}

/// Result of formatting: text, plus any Fluent errors met on the way.
pub struct Formatted {
    pub text: String,
    pub errors: Vec<String>,
}

impl Messages {
    /// Format `id` with `args`; `None` when no locale in the chain has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<Formatted> {
        for b in &self.bundles {
            let Some(msg) = b.get_message(id) else {
                continue;
            };
            let Some(pattern) = msg.value() else { continue };
            let mut errs = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errs).into_owned();
            return Some(Formatted {
                text,
                errors: errs.into_iter().map(|e| e.to_string()).collect(),
            });
        }
        None
    }

    pub fn set_use_isolating(&mut self, on: bool) {
        for b in &mut self.bundles {
            b.set_use_isolating(on);
        }
    }
}
