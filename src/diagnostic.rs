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
    /// computed from it).
    pub fn at_span(mut self, source: &str, offset: usize, len: usize) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..offset];
        self.line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        self.column = source[line_start..offset].chars().count() + 1;
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

    /// Human rendering with a source snippet when the file can be read.
    pub fn render(&self) -> String {
        let mut out = self.to_string();
        if let Some((offset, len)) = self.span
            && let Ok(text) = std::fs::read_to_string(&self.file)
        {
            out.push_str(&snippet(&self.file, &text, offset, len, &self.message));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{sev}[{}]: {}: {}",
            self.code,
            self.location(),
            self.message
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

#[derive(Debug)]
struct Snippet {
    src: miette::NamedSource<String>,
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

fn snippet(file: &Path, text: &str, offset: usize, len: usize, label: &str) -> String {
    let offset = offset.min(text.len());
    let len = len.min(text.len() - offset);
    let diag = Snippet {
        src: miette::NamedSource::new(file.display().to_string(), text.to_owned()),
        span: (offset, len).into(),
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
