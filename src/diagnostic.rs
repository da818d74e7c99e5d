//! Diagnostics a trainer can act on: file, line, column, what was expected
//! and a hint. Rendered for people with miette (source snippet with a label)
//! and for programs as JSON.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One finding about a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable short code, e.g. `unknown-step`.
    pub code: String,
    pub file: PathBuf,
    /// 1-based line; 0 when the finding is about the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// Byte offset and length of the span in the file, for snippets.
    #[serde(skip)]
    pub span: Option<(usize, usize)>,
}

impl Diagnostic {
    pub fn error(code: &str, file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: code.to_owned(),
            file: file.to_owned(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
            span: None,
        }
    }

    pub fn warning(code: &str, file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(code, file, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Place the diagnostic at a line and column (both 1-based).
    pub fn at_line_col(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    /// Place the diagnostic at a byte span of `source` (line and column are
    /// computed from it). This scans `source` up to `offset`; for many
    /// diagnostics in one file use [`Diagnostic::at_indexed`].
    pub fn at_span(mut self, source: &str, offset: usize, len: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        self.line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        self.column = source[line_start..offset].chars().count() + 1;
        self.span = Some((offset, len));
        self
    }

    /// [`Diagnostic::at_span`] with a prebuilt [`LineIndex`] of `source`: the
    /// cost is a binary search and the length of one line, so a checker can
    /// place thousands of findings in one file in linear time.
    pub fn at_indexed(
        mut self,
        index: &LineIndex,
        source: &str,
        offset: usize,
        len: usize,
    ) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let (line, column) = index.line_col(source, offset);
        self.line = line;
        self.column = column;
        self.span = Some((offset, len));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` as editors understand it.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (0, _) => self.file.display().to_string(),
            (l, 0) => format!("{}:{l}", self.file.display()),
            (l, c) => format!("{}:{l}:{c}", self.file.display()),
        }
    }

    /// Human rendering with a source snippet when the file can be read,
    /// escaped for a terminal (see [`escape_for_terminal`]). The snippet is
    /// read only from a regular file of at most [`SNIPPET_MAX_BYTES`]; a
    /// diagnostic about a file that was refused (outside its pack, a device,
    /// too large) carries no span, so nothing of that file is ever shown.
    /// To render many diagnostics of one file, read it once and use
    /// [`Diagnostic::render_in`].
    pub fn render(&self) -> String {
        if self.span.is_some()
            && let Ok(text) = crate::ron_file::read_text(&self.file, SNIPPET_MAX_BYTES)
        {
            let index = LineIndex::new(&text);
            return self.render_in(Some((&text, &index)));
        }
        self.render_in(None)
    }

    /// [`Diagnostic::render`] with the file's text (and its line index)
    /// already at hand, or `None` for no snippet. The snippet is cut from a
    /// few lines around the span, so the cost does not grow with the file.
    pub fn render_in(&self, source: Option<(&str, &LineIndex)>) -> String {
        let mut out = self.to_string();
        if let (Some((offset, len)), Some((text, index))) = (self.span, source) {
            out.push_str(&snippet(
                &self.file,
                text,
                index,
                offset,
                len,
                &self.message,
            ));
        }
        escape_for_terminal(&out).into_owned()
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // Escaped: a message may quote pack text (an id, a value).
        write!(
            f,
            "{sev}[{}]: {}: {}",
            escape_for_terminal(&self.code),
            escape_for_terminal(&self.location()),
            escape_for_terminal(&self.message)
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", escape_for_terminal(h))?;
        }
        Ok(())
    }
}

/// Largest file a snippet is read from.
pub const SNIPPET_MAX_BYTES: u64 = 8 * 1024 * 1024;

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offsets where the lines of a text start, for placing many
/// diagnostics in one file without rescanning it.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Byte offset where a 0-based line starts, if the text has it.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, source[start..offset].chars().count() + 1)
    }
}

/// Is this a character that must not reach a terminal or a screen raw: a C0
/// or C1 control other than tab and newline (escape sequences, NUL, carriage
/// return), or a bidi embedding, override or isolate control (U+202A..U+202E,
/// U+2066..U+2069), which can reorder what is shown.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` with every [`is_unsafe_char`] written as `\u{XXXX}`, for printing
/// pack-derived text on a terminal.
pub fn escape_for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A few lines of a file, numbered as in the whole file.
#[derive(Debug)]
struct Window {
    name: String,
    text: String,
    /// 0-based line of the file where `text` starts.
    first_line: usize,
    /// 0-based column of the span in the unescaped file, for the header.
    column: usize,
}

impl miette::SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner =
            <[u8] as miette::SourceCode>::read_span(self.text.as_bytes(), span, before, after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            // Without context this is the lookup for the header's line:column,
            // which names the column in the file, not in the escaped text.
            if before == 0 && after == 0 {
                self.column
            } else {
                inner.column()
            },
            inner.line_count(),
        )))
    }
}

#[derive(Debug)]
struct Snippet {
    src: Window,
    span: miette::SourceSpan,
    label: String,
}

impl fmt::Display for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("")
    }
}
impl std::error::Error for Snippet {}
impl miette::Diagnostic for Snippet {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some(self.label.clone()), self.span),
        )))
    }
}

/// Lines of context cut around a span (miette shows one of them each side).
const WINDOW_LINES: usize = 2;

fn snippet(
    file: &Path,
    text: &str,
    index: &LineIndex,
    offset: usize,
    len: usize,
    label: &str,
) -> String {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let end = floor_char_boundary(text, (offset + len).min(text.len()));
    let first = index.line_of(offset).saturating_sub(WINDOW_LINES);
    let last = index.line_of(end) + WINDOW_LINES;
    let (from, to) = (
        index.line_start(first),
        index.line_start(last + 1).unwrap_or(text.len()),
    );
    let from = from.unwrap_or(0);
    // Escaped before miette lays it out, so the label lines up.
    let at = escape_for_terminal(&text[from..offset]).len();
    let upto = escape_for_terminal(&text[from..end]).len();
    let diag = Snippet {
        src: Window {
            name: file.display().to_string(),
            text: escape_for_terminal(&text[from..to]).into_owned(),
            first_line: first,
            column: index.line_col(text, offset).1 - 1,
        },
        span: (at, upto - at).into(),
        label: label.to_owned(),
    };
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    let mut out = String::new();
    if handler.render_report(&mut out, &diag).is_err() {
        return String::new();
    }
    format!("\n{}", out.trim_end_matches('\n'))
}

/// Find where a quoted string `"needle"` appears in `text` at or after `from`.
pub fn find_quoted(text: &str, needle: &str, from: usize) -> Option<usize> {
    let quoted = format!("\"{needle}\"");
    text.get(from..)?.find(&quoted).map(|i| i + from)
}

/// Find the key of a map entry: `"key"` followed by `:`.
pub fn find_key(text: &str, key: &str, from: usize) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut start = from;
    while let Some(i) = text.get(start..).and_then(|t| t.find(&quoted)) {
        let at = start + i;
        let rest = text[at + quoted.len()..].trim_start();
        if rest.starts_with(':') {
            return Some(at);
        }
        start = at + quoted.len();
    }
    None
}

/// Find an identifier-keyed field, e.g. `next:`, at or after `from`.
pub fn find_field(text: &str, field: &str, from: usize) -> Option<usize> {
    let pat = format!("{field}:");
    text.get(from..)?.find(&pat).map(|i| i + from)
}
