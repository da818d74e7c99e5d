//! The runs as CSV that spreadsheet programs open cleanly: UTF-8 with a byte
//! order mark, CRLF line ends, every field quoted, and cells that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
//! or carriage return) prefixed with `'` so they show as text.

use super::dataset::RunRow;

/// One cell, quoted and guarded.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
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

const HEADER: [&str; 27] = [
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
];

/// The whole CSV file, BOM included: a header and one row per run.
pub fn runs_csv(rows: &[RunRow]) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&line(&HEADER.map(str::to_owned)));
    let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
    for r in rows {
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
        out.push_str(&line(&cells));
    }
    out
}
