//! `scamdrill report` and `scamdrill certificate`: files for trainers, made
//! from the records database.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::records_setup::{data_dir, load_config};
use crate::records::public::{
    DayRange, K_ANONYMITY, day_summary, local_offset, offset_label, public_csv,
};
use crate::records::report::{
    Measurement, ReportFilter, certificate_data, certificate_html, load_runs, measurement,
    measurement_html, measures_csv, report_html, runs_csv, stats,
};
use crate::records::{self, clock};

/// `--from` / `--to` values.
pub fn parse_day_arg(s: &str) -> Result<time::Date, String> {
    clock::parse_day(s)
        .ok_or_else(|| format!("\"{s}\" is not a date; write YYYY-MM-DD, e.g. 2026-11-25"))
}

/// Where the report files go.
pub struct Outputs<'a> {
    pub dir: &'a Path,
    pub csv: Option<&'a Path>,
    pub html: Option<&'a Path>,
}

fn write(path: &Path, text: &str) -> bool {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    match std::fs::write(path, text) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            false
        }
    }
}

pub fn report(
    config: Option<&Path>,
    data: Option<&Path>,
    filter: &ReportFilter,
    out: Outputs<'_>,
) -> ExitCode {
    let Some(config) = load_config(config) else {
        return ExitCode::FAILURE;
    };
    let Some(dir) = data_dir(data) else {
        return ExitCode::FAILURE;
    };
    if let (Some(a), Some(b)) = (filter.from, filter.to)
        && a > b
    {
        eprintln!(
            "error: --from {} is after --to {}",
            clock::day(a),
            clock::day(b)
        );
        return ExitCode::FAILURE;
    }
    if let Some(c) = &filter.curriculum
        && config.config.curriculum(c).is_none()
    {
        eprintln!(
            "note: no curriculum \"{c}\" in the configuration; reporting the runs recorded under that name"
        );
    }
    let rows = match records::open_store(&config.config, &dir)
        .and_then(|(conn, _)| load_runs(&conn, filter))
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let csv_path = out
        .csv
        .map(Path::to_owned)
        .unwrap_or_else(|| out.dir.join("scamdrill-report.csv"));
    let html_path = out
        .html
        .map(Path::to_owned)
        .unwrap_or_else(|| out.dir.join("scamdrill-report.html"));
    let st = stats(&rows);
    let measured = measurement(&rows, &config.config, clock::now().date());
    let html = with_measurement(
        report_html(
            &config.config.organisation,
            filter,
            &st,
            &clock::iso(clock::now()),
        ),
        &measured,
    );
    let measures_path = measures_csv_path(&csv_path);
    if !write(&csv_path, &runs_csv(&rows))
        || !write(&measures_path, &measures_csv(&measured))
        || !write(&html_path, &html)
    {
        return ExitCode::FAILURE;
    }
    println!(
        "report: {} run(s); wrote {}, {} and {}",
        rows.len(),
        csv_path.display(),
        measures_path.display(),
        html_path.display()
    );
    print_boosters_due(&measured);
    ExitCode::SUCCESS
}

/// The measures CSV goes beside the runs CSV: `scamdrill-report.csv` →
/// `scamdrill-report-measures.csv`.
fn measures_csv_path(runs_csv: &Path) -> PathBuf {
    let stem = runs_csv
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "scamdrill-report".to_owned());
    runs_csv.with_file_name(format!("{stem}-measures.csv"))
}

/// The report page with the measurement sections (detection and
/// behaviour, ROC, pre-/post-test change, boosters) before its end.
fn with_measurement(html: String, m: &Measurement) -> String {
    let section = measurement_html(m);
    match html.rfind("</body>") {
        Some(i) => format!("{}{section}{}", &html[..i], &html[i..]),
        None => html + &section,
    }
}

/// Name the trainees due a booster on the terminal too.
fn print_boosters_due(m: &Measurement) {
    let due: Vec<String> = m
        .boosters
        .iter()
        .filter(|b| b.due)
        .map(|b| {
            format!(
                "{} ({}, due {})",
                b.trainee,
                b.curriculum,
                clock::day(b.due_on)
            )
        })
        .collect();
    if !due.is_empty() {
        println!("booster due: {}", due.join(", "));
    }
}

/// `scamdrill report --public`: the anonymous figures over the kiosk
/// sessions of local days `from` to `to` (each defaulting to the other, and
/// both to today) as CSV.
pub fn public_report(
    config: Option<&Path>,
    data: Option<&Path>,
    (from, to): (Option<time::Date>, Option<time::Date>),
    dir: &Path,
    csv: Option<&Path>,
) -> ExitCode {
    let Some(config) = load_config(config) else {
        return ExitCode::FAILURE;
    };
    let Some(data_dir) = data_dir(data) else {
        return ExitCode::FAILURE;
    };
    let offset = local_offset();
    let today = DayRange::today_at(offset).from;
    let (from, to) = match (from, to) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => (a, a.max(today)),
        (None, Some(b)) => (b, b),
        (None, None) => (today, today),
    };
    if from > to {
        eprintln!(
            "error: --from {} is after --to {}",
            clock::day(from),
            clock::day(to)
        );
        return ExitCode::FAILURE;
    }
    let range = DayRange::new(from, to, offset);
    let summary = match records::open_store(&config.config, &data_dir)
        .and_then(|(conn, _)| day_summary(&conn, range))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = csv
        .map(Path::to_owned)
        .unwrap_or_else(|| dir.join("scamdrill-public.csv"));
    if !write(&path, &public_csv(&summary)) {
        return ExitCode::FAILURE;
    }
    let sessions = match summary.sessions {
        Some(n) => format!("{n} public session(s)"),
        None => format!("fewer than {K_ANONYMITY} public sessions, figures suppressed"),
    };
    println!(
        "public report: {} (local days, UTC{}); {sessions}; wrote {}",
        range.label(),
        offset_label(offset),
        path.display()
    );
    ExitCode::SUCCESS
}

fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub fn certificate(
    config: Option<&Path>,
    data: Option<&Path>,
    trainee: &str,
    curriculum: Option<&str>,
    out: Option<&Path>,
) -> ExitCode {
    let Some(config) = load_config(config) else {
        return ExitCode::FAILURE;
    };
    let Some(dir) = data_dir(data) else {
        return ExitCode::FAILURE;
    };
    let conn = match records::open_store(&config.config, &dir) {
        Ok((c, _)) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data = match certificate_data(&conn, &config.config, trainee, curriculum) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path: PathBuf = out
        .map(Path::to_owned)
        .unwrap_or_else(|| PathBuf::from(format!("certificate-{}.html", file_safe(trainee))));
    if !write(&path, &certificate_html(&data)) {
        return ExitCode::FAILURE;
    }
    println!(
        "certificate: {} passed {} with {:.0} points; wrote {}",
        data.shown_name,
        data.curriculum,
        data.mean_points,
        path.display()
    );
    ExitCode::SUCCESS
}
