//! `scamdrill check`: load and check packs and the UI locales.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::checker::check_ui;
use crate::diagnostic::{Diagnostic, LineIndex, SNIPPET_MAX_BYTES, Severity, is_unsafe_char};
use crate::library::Library;
use crate::locale::UiLocales;
use crate::paths;
use crate::ron_file::read_text;

#[derive(Debug, Serialize)]
pub struct PackSummary {
    pub id: String,
    pub dir: PathBuf,
    pub kind: crate::model::PackKind,
    pub locales: Vec<String>,
    pub steps: usize,
}

#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub packs: Vec<PackSummary>,
    pub locales: Vec<String>,
    pub rejected: Vec<PathBuf>,
    pub errors: usize,
    pub warnings: usize,
    pub missing_messages: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Check the UI locales and the packs in `dirs`.
pub fn check_report(dirs: &[PathBuf]) -> CheckReport {
    let root = paths::data_root();
    let (ui, mut diagnostics) = UiLocales::load(&paths::ui_locales(&root));
    diagnostics.extend(check_ui(&ui));
    let lib = Library::load(dirs, &ui);
    diagnostics.extend(lib.diagnostics.iter().cloned());
    let mut locales: Vec<String> = lib
        .packs
        .iter()
        .flat_map(|p| p.scenario.locales.clone())
        .collect();
    locales.sort();
    locales.dedup();
    CheckReport {
        packs: lib
            .packs
            .iter()
            .map(|p| PackSummary {
                id: p.id().to_owned(),
                dir: p.dir.clone(),
                kind: p.scenario.kind,
                locales: p.scenario.locales.clone(),
                steps: p.scenario.steps.len(),
            })
            .collect(),
        locales,
        rejected: lib.rejected.clone(),
        errors: diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count(),
        warnings: diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count(),
        missing_messages: diagnostics
            .iter()
            .filter(|d| d.code == "missing-message")
            .count(),
        diagnostics,
    }
}

/// JSON with every [`is_unsafe_char`] written as a `\uXXXX` escape (serde
/// escapes C0 controls itself, but passes C1 and bidi controls through raw).
/// Such characters occur only inside JSON strings, so the result is the same
/// JSON value.
fn json_escape_unsafe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Print every diagnostic with its snippet to standard error, reading each
/// file once (so thousands of findings in one file print in linear time).
fn print_diagnostics(diags: &[Diagnostic]) -> std::io::Result<()> {
    use std::io::Write;
    let mut files: HashMap<PathBuf, Option<(String, LineIndex)>> = HashMap::new();
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for d in diags {
        let source = if d.span.is_some() {
            files
                .entry(d.file.clone())
                .or_insert_with(|| {
                    read_text(&d.file, SNIPPET_MAX_BYTES).ok().map(|t| {
                        let index = LineIndex::new(&t);
                        (t, index)
                    })
                })
                .as_ref()
                .map(|(t, i)| (t.as_str(), i))
        } else {
            None
        };
        writeln!(err, "{}\n", d.render_in(source))?;
    }
    err.flush()
}

pub fn run(dirs: &[PathBuf], extra: &[PathBuf], json: bool) -> ExitCode {
    let mut all: Vec<PathBuf> = if dirs.is_empty() {
        vec![paths::shipped_scenarios(&paths::data_root())]
    } else {
        dirs.to_vec()
    };
    all.extend(extra.iter().cloned());
    let report = check_report(&all);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{}", json_escape_unsafe(&s)),
            Err(e) => eprintln!("cannot write JSON: {e}"),
        }
    } else {
        if let Err(e) = print_diagnostics(&report.diagnostics) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::from(super::CLOSED_PIPE_EXIT);
            }
            return ExitCode::FAILURE;
        }
        println!(
            "{} pack(s) loaded, {} rejected; {} locale(s): {}; {} error(s), {} warning(s), {} missing-message finding(s)",
            report.packs.len(),
            report.rejected.len(),
            report.locales.len(),
            report.locales.join(", "),
            report.errors,
            report.warnings,
            report.missing_messages
        );
    }
    if report.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
