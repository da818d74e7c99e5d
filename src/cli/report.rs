//! `scamdrill report` and `scamdrill certificate`: files for trainers, made
//! from the records database, or with `--source lrs` from the organisation's
//! LRS (every machine's statements). Files are written whole or not at all:
//! each goes to a temporary file beside it, renamed into place when complete.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Source, SourceArgs};
use crate::config::LoadedConfig;
use crate::records::lrs_read::{self, LrsReader, ReadCounts, RunTable};
use crate::records::public::{
    DayRange, K_ANONYMITY, PublicSummary, day_summary, local_offset, offset_label, public_csv,
};
use crate::records::report::{
    CertificateData, Measurement, MeasurementAccumulator, ReportFilter, RunRow, StatsAccumulator,
    anonymous_sessions, certificate_data, certificate_html, for_each_run, measurement_html,
    measures_csv, report_html, runs_csv_header, runs_csv_row,
};
use crate::records::{self, clock};
use crate::startup::{data_dir, load_config};

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
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let part = path.with_file_name(format!(".{name}.part-{}", std::process::id()));
    let done = std::fs::write(&part, text).and_then(|()| std::fs::rename(&part, path));
    match done {
        Ok(()) => true,
        Err(e) => {
            let _ = std::fs::remove_file(&part);
            eprintln!("error: cannot write {}: {e}", path.display());
            false
        }
    }
}

/// A reader for the LRS with the read key, and the home page whose
/// accounts count; the error printed when the configuration lacks them.
fn lrs_reader(config: &LoadedConfig, source: SourceArgs) -> Option<(LrsReader, String)> {
    match lrs_read::reader_for(config, source.lrs_page_size) {
        Ok(r) => Some(r),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn read_note(counts: ReadCounts, what: &str) {
    println!(
        "lrs: read {} statement(s) in {} page(s) for the {what}",
        counts.statements, counts.pages
    );
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Where a trainers' report's runs come from: this machine's records, or
/// the runs rebuilt from the LRS (kept in a temporary database). Either
/// hands the runs out one at a time, in start order.
enum Runs {
    Local(rusqlite::Connection),
    Lrs(RunTable),
}

impl Runs {
    fn for_each(
        &self,
        filter: &ReportFilter,
        f: impl FnMut(RunRow) -> Result<(), BoxError>,
    ) -> Result<(), BoxError> {
        match self {
            Runs::Local(conn) => for_each_run(conn, filter, f),
            Runs::Lrs(table) => table.for_each(f),
        }
    }

    fn anonymous_sessions(&self, filter: &ReportFilter) -> Result<usize, BoxError> {
        Ok(match self {
            Runs::Local(conn) => anonymous_sessions(conn, filter)?,
            Runs::Lrs(table) => table.anonymous_sessions()?,
        })
    }
}

/// The runs a trainers' report covers, from this machine or the LRS.
fn report_runs(
    config: &LoadedConfig,
    data: Option<&Path>,
    filter: &ReportFilter,
    source: SourceArgs,
) -> Option<Runs> {
    let loaded = match source.source {
        Source::Local => {
            let dir = data_dir(data)?;
            records::open_store(&config.config, &dir)
                .map(|(conn, _)| Runs::Local(conn))
                .map_err(|e| e.to_string())
        }
        Source::Lrs => {
            let (reader, home) = lrs_reader(config, source)?;
            lrs_read::read_run_table(&reader, filter, &home, &clock::iso(clock::now()))
                .map(|(table, counts)| {
                    read_note(counts, "report");
                    Runs::Lrs(table)
                })
                .map_err(|e| e.to_string())
        }
    };
    match loaded {
        Ok(runs) => Some(runs),
        Err(e) => {
            eprintln!("error: {e}");
            None
        }
    }
}

/// A file being written: a temporary file beside `path` (`.name.part-PID`),
/// renamed into place by [`PartFile::commit`]; dropped uncommitted, it is
/// removed, so a failed report leaves nothing behind.
struct PartFile {
    path: PathBuf,
    part: PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl PartFile {
    fn create(path: &Path) -> Result<Self, BoxError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(parent);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let part = path.with_file_name(format!(".{name}.part-{}", std::process::id()));
        let file = std::fs::File::create(&part)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(PartFile {
            path: path.to_owned(),
            part,
            file: Some(std::io::BufWriter::new(file)),
        })
    }

    fn write(&mut self, text: &str) -> Result<(), BoxError> {
        use std::io::Write;
        let file = self
            .file
            .as_mut()
            .expect("a part file is open until committed");
        file.write_all(text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", self.path.display()).into())
    }

    /// Flush, then rename into place.
    fn finish(&mut self) -> Result<(), BoxError> {
        let file = self.file.take().expect("a part file is finished once");
        let cannot = |e: std::io::Error| format!("cannot write {}: {e}", self.path.display());
        let file = file.into_inner().map_err(|e| cannot(e.into_error()))?;
        file.sync_all().map_err(cannot)?;
        Ok(())
    }

    fn commit(mut self) -> Result<(), BoxError> {
        std::fs::rename(&self.part, &self.path)
            .map_err(|e| format!("cannot write {}: {e}", self.path.display()))?;
        self.part = PathBuf::new();
        Ok(())
    }
}

/// Rename every file into place; if one cannot be, the ones already
/// renamed are removed again, so a report is all there or not at all.
fn commit_all<const N: usize>(files: [PartFile; N]) -> Result<(), BoxError> {
    let mut done: Vec<PathBuf> = Vec::new();
    for f in files {
        let path = f.path.clone();
        if let Err(e) = f.commit() {
            for p in &done {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
        done.push(path);
    }
    Ok(())
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if !self.part.as_os_str().is_empty() {
            self.file = None;
            let _ = std::fs::remove_file(&self.part);
        }
    }
}

pub fn report(
    config: Option<&Path>,
    data: Option<&Path>,
    filter: &ReportFilter,
    out: Outputs<'_>,
    source: SourceArgs,
) -> ExitCode {
    let Some(config) = load_config(config) else {
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
    let Some(runs) = report_runs(&config, data, filter, source) else {
        return ExitCode::FAILURE;
    };
    let csv_path = out
        .csv
        .map(Path::to_owned)
        .unwrap_or_else(|| out.dir.join("scamdrill-report.csv"));
    let html_path = out
        .html
        .map(Path::to_owned)
        .unwrap_or_else(|| out.dir.join("scamdrill-report.html"));
    let measures_path = measures_csv_path(&csv_path);
    match write_report(
        &config,
        filter,
        &runs,
        [&csv_path, &measures_path, &html_path],
    ) {
        Ok((count, measured)) => {
            println!(
                "report: {count} run(s); wrote {}, {} and {}",
                csv_path.display(),
                measures_path.display(),
                html_path.display()
            );
            print_boosters_due(&measured);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Stream the runs once: each run's CSV line goes to the runs CSV's
/// temporary file as it comes, and into the accumulators of the figures
/// (counts per scenario, flag, trainee: nothing per run is kept). Then the
/// measures CSV and the page; the three files are renamed into place only
/// when all are written. The number of runs and the measurement.
fn write_report(
    config: &LoadedConfig,
    filter: &ReportFilter,
    runs: &Runs,
    [csv_path, measures_path, html_path]: [&Path; 3],
) -> Result<(usize, Measurement), BoxError> {
    let mut csv = PartFile::create(csv_path)?;
    csv.write(&runs_csv_header())?;
    let mut st = StatsAccumulator::default();
    let mut measured = MeasurementAccumulator::new(&config.config);
    runs.for_each(filter, |row| {
        st.add(&row);
        measured.add(&row);
        csv.write(&runs_csv_row(&row))
    })?;
    csv.finish()?;
    let st = st.finish(runs.anonymous_sessions(filter)?);
    let measured = measured.finish(clock::now().date());
    let html = with_measurement(
        report_html(
            &config.config.organisation,
            filter,
            &st,
            &clock::iso(clock::now()),
        ),
        &measured,
    );
    let mut measures = PartFile::create(measures_path)?;
    measures.write(&measures_csv(&measured))?;
    measures.finish()?;
    let mut page = PartFile::create(html_path)?;
    page.write(&html)?;
    page.finish()?;
    commit_all([csv, measures, page])?;
    Ok((st.runs, measured))
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
    source: SourceArgs,
) -> ExitCode {
    let Some(config) = load_config(config) else {
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
    let Some(summary) = public_summary(&config, data, range, source) else {
        return ExitCode::FAILURE;
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

/// The public figures of `range`, from this machine or across all kiosks through the LRS.
fn public_summary(
    config: &LoadedConfig,
    data: Option<&Path>,
    range: DayRange,
    source: SourceArgs,
) -> Option<PublicSummary> {
    let loaded = match source.source {
        Source::Local => {
            let dir = data_dir(data)?;
            records::open_store(&config.config, &dir)
                .and_then(|(conn, _)| day_summary(&conn, range))
                .map_err(|e| e.to_string())
        }
        Source::Lrs => {
            let (reader, home) = lrs_reader(config, source)?;
            lrs_read::read_public(&reader, range, &home, &clock::iso(clock::now()))
                .map(|(summary, counts)| {
                    read_note(counts, "public figures");
                    summary
                })
                .map_err(|e| e.to_string())
        }
    };
    match loaded {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("error: {e}");
            None
        }
    }
}

/// A trainee's certificate data, from this machine or through the LRS.
fn certificate_source(
    config: &LoadedConfig,
    data: Option<&Path>,
    trainee: &str,
    curriculum: Option<&str>,
    source: SourceArgs,
) -> Option<CertificateData> {
    let found = match source.source {
        Source::Local => {
            let dir = data_dir(data)?;
            match records::open_store(&config.config, &dir) {
                Ok((conn, _)) => certificate_data(&conn, &config.config, trainee, curriculum)
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            }
        }
        Source::Lrs => {
            let (reader, home) = lrs_reader(config, source)?;
            lrs_read::read_certificate(
                &reader,
                &config.config,
                &home,
                trainee,
                curriculum,
                &clock::iso(clock::now()),
            )
            .map_err(|e| e.to_string())
        }
    };
    match found {
        Ok(d) => Some(d),
        Err(e) => {
            eprintln!("error: {e}");
            None
        }
    }
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
    source: SourceArgs,
) -> ExitCode {
    let Some(config) = load_config(config) else {
        return ExitCode::FAILURE;
    };
    let Some(data) = certificate_source(&config, data, trainee, curriculum, source) else {
        return ExitCode::FAILURE;
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
