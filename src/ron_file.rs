//! Reading a RON file into a typed value, with a diagnostic that names the
//! file, line and column on failure. Used for packs, locale facts and config.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::Diagnostic;

/// Parse RON text; `path` is only used in the diagnostic.
pub fn parse_ron<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Diagnostic> {
    let options = ron::Options::default();
    options.from_str::<T>(text).map_err(|e| {
        let line = e.position.line.max(1);
        let col = e.position.col.max(1);
        let hint = hint_for(&e.code);
        let mut d = Diagnostic::error("ron-syntax", path, format!("{}", e.code));
        if let Some(offset) = offset_of(text, line, col) {
            d = d.at_span(text, offset, 1);
        } else {
            d = d.at_line_col(line, col);
        }
        match hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    })
}

/// Largest text file [`read_text`] reads (4 MiB).
pub const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;

/// Read and parse a RON file (see [`read_text`] for the limits).
pub fn read_ron<T: DeserializeOwned>(path: &Path) -> Result<(T, String), Diagnostic> {
    let text = read_text(path, MAX_TEXT_BYTES)?;
    let value = parse_ron(path, &text)?;
    Ok((value, text))
}

/// Read a UTF-8 text file of at most `limit` bytes that is a regular file
/// (a device such as /dev/zero or a pipe is refused before it is opened, so
/// reading never blocks or fills memory). Nothing of a refused file is echoed.
pub fn read_text(path: &Path, limit: u64) -> Result<String, Diagnostic> {
    use std::io::Read;
    let io = |e: std::io::Error| {
        Diagnostic::error("io", path, format!("cannot read file: {e}"))
            .with_hint("check that the file exists, is readable and is UTF-8 text")
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(Diagnostic::error(
            "not-a-file",
            path,
            "is not a regular file (a folder, device or pipe); it is not read",
        )
        .with_hint("name an ordinary text file"));
    }
    let too_large = || {
        Diagnostic::error(
            "file-too-large",
            path,
            format!("is larger than {} KiB; it is not read", limit / 1024),
        )
        .with_hint("check that this is the right file")
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| {
        Diagnostic::error("not-utf8", path, "the file is not UTF-8 text")
            .with_hint("save the file as UTF-8 text")
    })
}

fn offset_of(text: &str, line: usize, col: usize) -> Option<usize> {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let within: usize = l
                .chars()
                .take(col.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return Some((offset + within).min(text.len()));
        }
        offset += l.len();
    }
    None
}

fn hint_for(code: &ron::Error) -> Option<String> {
    use ron::Error as E;
    Some(match code {
        E::MissingStructField { field, outer } => format!(
            "add `{field}: ...` to {}",
            outer.as_deref().unwrap_or("this structure")
        ),
        E::NoSuchStructField { expected, .. } => {
            format!("the fields allowed here are: {}", expected.join(", "))
        }
        E::NoSuchEnumVariant { expected, .. } => {
            format!("write one of: {}", expected.join(", "))
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            "text values are written in double quotes: \"like-this\"".to_owned()
        }
        E::ExpectedComma => "separate items with a comma".to_owned(),
        E::Eof => "the file ends too early: a bracket or parenthesis is not closed".to_owned(),
        E::DuplicateStructField { field, .. } => format!("`{field}` is written twice; keep one"),
        _ => return None,
    })
}
