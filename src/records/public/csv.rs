//! The public summary as CSV for the library's own reporting, in the same
//! spreadsheet-safe form as the trainers' CSV (UTF-8 with a byte order mark,
//! CRLF, every field quoted, formula-like cells guarded). One figure per
//! line, so the file pivots and sums cleanly. It holds the range's days and
//! counts only: no ids, names, or times of day.

use super::SUPPRESSED;
use super::figures::{PublicSummary, Ratio};
use crate::records::clock;
use crate::records::report::csv_cell;

pub const CSV_HEADER: [&str; 8] = [
    "from", "to", "figure", "scenario", "red flag", "count", "out of", "rate",
];

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
        self.line(&[&from, &to, figure, pack, flag, count, out_of, rate]);
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
