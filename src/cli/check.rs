//! `scamdrill check`: load and check packs and the UI locales.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::checker::check_ui;
use crate::diagnostic::{Diagnostic, Severity};
use crate::library::Library;
use crate::locale::UiLocales;
use crate::paths;

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
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("cannot write JSON: {e}"),
        }
    } else {
        for d in &report.diagnostics {
            eprintln!("{}\n", d.render());
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
