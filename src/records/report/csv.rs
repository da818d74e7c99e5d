//! The runs as CSV that spreadsheet programs open cleanly: UTF-8 with a byte
//! order mark, CRLF line ends, every field quoted, and cells that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) prefixed with `'` so they show as text.

use super::dataset::RunRow;
use super::measurement::Measurement;
use crate::measure::{Change, Reading, Roc, SdtEstimate};

/// One cell, quoted and guarded.
pub fn csv_cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_negative_number(value) {
            format!("'{value}")
        } else {
            value.to_owned()
        };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// `-1.25`: a minus sign, digits and at most one decimal point, nothing
/// else. No spreadsheet runs that as a formula, so it stays a number.
fn is_negative_number(v: &str) -> bool {
    v.strip_prefix('-').is_some_and(|d| {
        !d.is_empty()
            && !d.starts_with('.')
            && d.chars().all(|c| c.is_ascii_digit() || c == '.')
            && d.matches('.').count() <= 1
    })
}

fn line(cells: &[String]) -> String {
    let mut s = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    s.push_str("\r\n");
    s
}

/// `2026-11-25T09:20:00.000Z` → `2026-11-25 09:20:00` (UTC, as spreadsheets read it).
fn sheet_time(iso: &str) -> String {
    iso.get(..19)
        .map(|s| s.replacen('T', " ", 1))
        .unwrap_or_else(|| iso.to_owned())
}

const HEADER: [&str; 30] = [
    "run",
    "session",
    "trainee",
    "name",
    "curriculum",
    "mode",
    "scenario",
    "title",
    "version",
    "kind",
    "locale",
    "started (UTC)",
    "finished (UTC)",
    "completed",
    "outcome",
    "remote access",
    "paid",
    "shared credentials",
    "called alert number",
    "verified",
    "red flags spotted",
    "red flags present",
    "red flags missed",
    "decision time (s)",
    "points",
    "passed",
    "critical",
    "judgement",
    "judged",
    "block",
];

/// The start of the runs CSV: the byte order mark and the header line.
pub fn runs_csv_header() -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&line(&HEADER.map(str::to_owned)));
    out
}

/// One run's line of the runs CSV (CRLF included).
pub fn runs_csv_row(r: &RunRow) -> String {
    let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let s = r.score.as_ref();
    let mut cells = vec![
        r.run_id.clone(),
        r.session_id.clone(),
        if r.anonymous {
            "(anonymous)".to_owned()
        } else {
            r.trainee_id.clone()
        },
        r.display_name.clone().unwrap_or_default(),
        r.curriculum.clone().unwrap_or_default(),
        r.mode.clone(),
        r.pack_id.clone(),
        r.title.clone().unwrap_or_default(),
        r.pack_version.clone(),
        r.pack_kind.clone(),
        r.locale.clone(),
        sheet_time(&r.started_at),
        r.finished_at.as_deref().map(sheet_time).unwrap_or_default(),
        yes(r.completed),
    ];
    match s {
        Some(s) => cells.extend([
            s.outcome.map(|o| format!("{o:?}")).unwrap_or_default(),
            s.remote_access.key().to_owned(),
            yes(s.paid),
            yes(s.shared_credentials),
            yes(s.called_alert_number),
            yes(s.verified),
            s.flags_spotted.to_string(),
            s.flags_present.to_string(),
            s.flags_missed.join("; "),
            s.decision_ms
                .map(|ms| format!("{:.1}", ms as f64 / 1000.0))
                .unwrap_or_default(),
            s.points.to_string(),
            yes(s.passed),
            yes(s.critical),
        ]),
        None => cells.extend(std::iter::repeat_n(String::new(), 13)),
    }
    let rating = r.judgement.and_then(crate::measure::Rating::new);
    cells.extend([
        rating.map(|r| r.get().to_string()).unwrap_or_default(),
        rating.map(|r| r.key().to_owned()).unwrap_or_default(),
        r.block.clone().unwrap_or_default(),
    ]);
    line(&cells)
}

/// The whole CSV file, BOM included: a header and one row per run
/// ([`runs_csv_header`] then [`runs_csv_row`] for each).
pub fn runs_csv(rows: &[RunRow]) -> String {
    let mut out = runs_csv_header();
    for r in rows {
        out.push_str(&runs_csv_row(r));
    }
    out
}

/// Three decimals; a value that rounds to zero is written `0.000`, never `-0.000`.
fn num(x: Option<f64>) -> String {
    x.filter(|v| v.is_finite())
        .map(|v| if v.abs() < 0.0005 { 0.0 } else { v })
        .map(|v| format!("{v:.3}"))
        .unwrap_or_default()
}

/// Columns of one measure (`behaviour` or `detection`): trials, counts, d′,
/// c and the area under the ROC, each with its 95% interval.
fn measure_header(m: &str) -> Vec<String> {
    [
        "trials",
        "hits",
        "misses",
        "false_alarms",
        "correct_rejections",
        "d_prime",
        "d_prime_low",
        "d_prime_high",
        "c",
        "c_low",
        "c_high",
        "auc",
        "auc_low",
        "auc_high",
    ]
    .iter()
    .map(|c| format!("{m}_{c}"))
    .collect()
}

fn measure_cells(e: Option<&SdtEstimate>, roc: Option<&Roc>) -> Vec<String> {
    let Some(e) = e else {
        return vec![String::new(); 14];
    };
    let s = &e.signal;
    vec![
        e.trials.to_string(),
        s.hits.to_string(),
        s.misses.to_string(),
        s.false_alarms.to_string(),
        s.correct_rejections.to_string(),
        num(Some(s.d_prime)),
        num(e.d_prime_interval.map(|i| i.low)),
        num(e.d_prime_interval.map(|i| i.high)),
        num(Some(s.bias_c)),
        num(e.c_interval.map(|i| i.low)),
        num(e.c_interval.map(|i| i.high)),
        num(roc.map(|r| r.auc)),
        num(roc.and_then(|r| r.auc_interval).map(|i| i.low)),
        num(roc.and_then(|r| r.auc_interval).map(|i| i.high)),
    ]
}

fn change_header(m: &str) -> Vec<String> {
    [
        "pre_trials",
        "post_trials",
        "pre_d_prime",
        "post_d_prime",
        "change_d_prime",
        "change_d_prime_low",
        "change_d_prime_high",
        "pre_c",
        "post_c",
        "change_c",
        "change_c_low",
        "change_c_high",
        "reading",
    ]
    .iter()
    .map(|c| format!("{m}_{c}"))
    .collect()
}

fn change_cells(c: Option<(&Change, Reading)>) -> Vec<String> {
    let Some((c, reading)) = c else {
        return vec![String::new(); 13];
    };
    vec![
        c.pre.trials.to_string(),
        c.post.trials.to_string(),
        num(Some(c.d_prime.before)),
        num(Some(c.d_prime.after)),
        num(Some(c.d_prime.change)),
        num(c.d_prime.interval.map(|i| i.low)),
        num(c.d_prime.interval.map(|i| i.high)),
        num(Some(c.c.before)),
        num(Some(c.c.after)),
        num(Some(c.c.change)),
        num(c.c.interval.map(|i| i.low)),
        num(c.c.interval.map(|i| i.high)),
        reading.text().to_owned(),
    ]
}

/// Every measured figure, one row per trainee plus one for the whole group
/// (`trainee` = `(all)`): behaviour and detection d′, c and AUC with
/// intervals and trials, and the pre-/post-test change with its reading.
/// Same spreadsheet-safe format as [`runs_csv`].
pub fn measures_csv(m: &Measurement) -> String {
    let mut header: Vec<String> = vec!["trainee".into(), "name".into()];
    header.extend(measure_header("behaviour"));
    header.extend(measure_header("detection"));
    header.extend(change_header("behaviour"));
    header.extend(change_header("detection"));
    let mut out = String::from("\u{FEFF}");
    out.push_str(&line(&header));
    let changes = |t: Option<&str>| {
        if t.is_none() {
            m.group_change.as_ref()
        } else {
            m.trainee_changes.iter().find(|c| c.trainee.as_deref() == t)
        }
    };
    for row in m.group.iter().chain(&m.trainees) {
        let t = row.trainee.as_deref();
        let mut cells = vec![
            t.unwrap_or("(all)").to_owned(),
            row.name.clone().unwrap_or_default(),
        ];
        let ms = &row.measures;
        cells.extend(measure_cells(
            Some(&ms.behaviour),
            ms.behaviour_roc.as_ref(),
        ));
        cells.extend(measure_cells(ms.detection.as_ref(), ms.roc.as_ref()));
        let ch = changes(t);
        cells.extend(change_cells(
            ch.map(|c| (&c.behaviour, c.behaviour_reading)),
        ));
        cells.extend(change_cells(
            ch.and_then(|c| c.detection.as_ref()).map(|(c, r)| (c, *r)),
        ));
        out.push_str(&line(&cells));
    }
    out
}
