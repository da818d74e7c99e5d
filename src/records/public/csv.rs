//! The public summary as CSV for the library's own reporting, in the same
//! spreadsheet-safe form as the trainers' CSV (UTF-8 with a byte order mark,
//! CRLF, every field quoted, formula-like cells guarded). One figure per
//! line, so the file pivots and sums cleanly. It holds the range's days and
//! counts only: no ids, names, or times of day.
//!
//! Detection beside behaviour: for the room as a whole, what visitors did
//! (refused remote access: treated it as a scam) and what they judged
//! afterwards (1–3 on the six-point scale), on scam and on genuine runs,
//! then d′ (telling scams from real help) and c (bias; below 0 leans to
//! calling things a scam) for each. d′ and c go in the `value` column, with
//! the runs behind them under `out of`; they are suppressed whenever either
//! ratio they come from is (fewer than five sessions behind it).

use super::SUPPRESSED;
use super::figures::{PublicSummary, Ratio};
use crate::measure::sdt_estimate;
use crate::records::clock;
use crate::records::report::csv_cell;

pub const CSV_HEADER: [&str; 9] = [
    "from", "to", "figure", "scenario", "red flag", "count", "out of", "rate", "value",
];

/// Figure names of the room's detection-beside-behaviour lines.
const DID_SCAM_AS_SCAM: &str = "behaviour: scam runs treated as a scam";
const DID_HELP_AS_SCAM: &str = "behaviour: genuine runs treated as a scam";
const JUDGED_SCAM_AS_SCAM: &str = "detection: judged scam runs judged a scam";
const JUDGED_HELP_AS_SCAM: &str = "detection: judged genuine runs judged a scam";
const BEHAVIOUR_D: &str = "behaviour d′ (telling scams from real help)";
const BEHAVIOUR_C: &str = "behaviour c (bias; below 0 leans to calling it a scam)";
const DETECTION_D: &str = "detection d′ (telling scams from real help)";
const DETECTION_C: &str = "detection c (bias; below 0 leans to calling it a scam)";

struct Sheet {
    text: String,
    from: String,
    to: String,
}

impl Sheet {
    fn line(&mut self, cells: &[&str]) {
        let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        self.text.push_str(&row.join(","));
        self.text.push_str("\r\n");
    }

    fn figure(
        &mut self,
        figure: &str,
        pack: &str,
        flag: &str,
        count: &str,
        out_of: &str,
        rate: &str,
    ) {
        let (from, to) = (self.from.clone(), self.to.clone());
        self.line(&[&from, &to, figure, pack, flag, count, out_of, rate, ""]);
    }

    /// A figure that is a value (d′, c) over `out_of` runs.
    fn value(&mut self, figure: &str, value: Option<(u32, String)>) {
        let (from, to) = (self.from.clone(), self.to.clone());
        match value {
            Some((n, v)) => self.line(&[&from, &to, figure, "", "", "", &n.to_string(), "", &v]),
            None => self.line(&[&from, &to, figure, "", "", "", SUPPRESSED, "", SUPPRESSED]),
        }
    }

    /// d′ and c from a scam ratio (runs treated or judged a scam) and a
    /// genuine one, suppressed unless both are shown.
    fn sdt(&mut self, d: &str, c: &str, scam: Option<Ratio>, genuine: Option<Ratio>) {
        let est = scam.zip(genuine).map(|(s, g)| {
            let e = sdt_estimate(
                s.count,
                s.out_of - s.count.min(s.out_of),
                g.count,
                g.out_of - g.count.min(g.out_of),
            );
            // Without runs of both kinds there is nothing to tell apart.
            let both = s.out_of > 0 && g.out_of > 0;
            (e.trials, both.then(|| (e.d_prime(), e.c())))
        });
        let cell = |v: Option<f64>| {
            v.filter(|v| v.is_finite())
                .map(|v| if v.abs() < 0.0005 { 0.0 } else { v })
                .map(|v| format!("{v:.3}"))
                .unwrap_or_default()
        };
        self.value(d, est.map(|(n, v)| (n, cell(v.map(|v| v.0)))));
        self.value(c, est.map(|(n, v)| (n, cell(v.map(|v| v.1)))));
    }

    fn count(&mut self, figure: &str, pack: &str, value: Option<u32>) {
        match value {
            Some(n) => self.figure(figure, pack, "", &n.to_string(), "", ""),
            None => self.figure(figure, pack, "", SUPPRESSED, "", ""),
        }
    }

    fn ratio(&mut self, figure: &str, pack: &str, flag: &str, value: Option<Ratio>) {
        match value {
            Some(r) => self.figure(
                figure,
                pack,
                flag,
                &r.count.to_string(),
                &r.out_of.to_string(),
                &r.percent(),
            ),
            None => self.figure(figure, pack, flag, SUPPRESSED, SUPPRESSED, SUPPRESSED),
        }
    }
}

/// The whole CSV file, BOM included.
pub fn public_csv(s: &PublicSummary) -> String {
    let mut sheet = Sheet {
        text: String::from("\u{FEFF}"),
        from: clock::day(s.range.from),
        to: clock::day(s.range.to),
    };
    sheet.line(&CSV_HEADER);
    sheet.count("sessions", "", s.sessions);
    sheet.count("scenario runs", "", s.runs);
    sheet.ratio("scam runs: remote access refused", "", "", s.scam_refused);
    sheet.ratio(
        "genuine runs: access allowed after verifying",
        "",
        "",
        s.genuine_allowed,
    );
    sheet.ratio("runs passed", "", "", s.passed);
    // The room: what visitors did beside what they judged afterwards.
    sheet.ratio(DID_SCAM_AS_SCAM, "", "", s.did_scam_as_scam);
    sheet.ratio(DID_HELP_AS_SCAM, "", "", s.did_help_as_scam);
    sheet.ratio(JUDGED_SCAM_AS_SCAM, "", "", s.judged_scam_as_scam);
    sheet.ratio(JUDGED_HELP_AS_SCAM, "", "", s.judged_help_as_scam);
    sheet.sdt(
        BEHAVIOUR_D,
        BEHAVIOUR_C,
        s.did_scam_as_scam,
        s.did_help_as_scam,
    );
    sheet.sdt(
        DETECTION_D,
        DETECTION_C,
        s.judged_scam_as_scam,
        s.judged_help_as_scam,
    );
    for p in &s.packs {
        sheet.count("scenario runs", &p.pack_id, p.runs);
        sheet.ratio("runs passed", &p.pack_id, "", p.passed);
        let correct = if p.genuine {
            "genuine runs: access allowed after verifying"
        } else {
            "scam runs: remote access refused"
        };
        sheet.ratio(correct, &p.pack_id, "", p.remote_access_correct);
    }
    for f in &s.missed_flags {
        sheet.ratio(
            "red flag missed",
            &f.pack_id,
            &f.flag_id,
            Some(Ratio {
                count: f.missed,
                out_of: f.present,
            }),
        );
    }
    sheet.text
}
