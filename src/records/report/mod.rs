//! Reports for trainers: a spreadsheet-safe CSV of every run, a
//! self-contained HTML report with inline SVG charts, and printable
//! completion certificates. All read the records database; none sends
//! anything anywhere.

mod certificate;
mod charts;
mod csv;
mod dataset;
mod escape;
mod html;
mod measurement;
mod stats;

pub use certificate::{
    CertificateData, CertificateError, LatestRun, certificate_data, certificate_html,
    certificate_of,
};
pub use csv::{csv_cell, measures_csv, runs_csv, runs_csv_header, runs_csv_row};
pub use dataset::{ReportFilter, RunRow, anonymous_sessions, for_each_run, load_runs};
pub use escape::html_escape;
pub use html::{measurement_html, report_html};
pub use measurement::{
    BoosterDue, MeasureRow, Measurement, MeasurementAccumulator, PrePost, block_of, boosters,
    measurement, pre_post, trial_of,
};
pub use stats::{Stats, StatsAccumulator, stats};
