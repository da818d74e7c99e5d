//! The days a public summary covers: whole local days, from and to
//! inclusive, turned into the UTC instants the records are stored in.

use time::{Date, OffsetDateTime, UtcOffset};

use super::local_offset::local_offset;
use crate::records::clock;

/// Whole days `from` to `to` (inclusive) on a clock `offset` from UTC — the
/// library's local days. A range whose `from` is after its `to` covers
/// nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayRange {
    pub from: Date,
    pub to: Date,
    pub offset: UtcOffset,
}

impl DayRange {
    pub fn new(from: Date, to: Date, offset: UtcOffset) -> DayRange {
        DayRange { from, to, offset }
    }

    /// `from` to `to` in this computer's time zone (its current offset from
    /// UTC; see [`local_offset`]).
    pub fn local(from: Date, to: Date) -> DayRange {
        DayRange::new(from, to, local_offset())
    }

    /// Today, in this computer's time zone: what the facilitator's summary
    /// shows by default.
    pub fn today() -> DayRange {
        DayRange::today_at(local_offset())
    }

    /// Today on a clock `offset` from UTC.
    pub fn today_at(offset: UtcOffset) -> DayRange {
        let now = clock::now();
        let day = now
            .checked_to_offset(offset)
            .map(OffsetDateTime::date)
            .unwrap_or_else(|| now.date());
        DayRange::new(day, day, offset)
    }

    /// The range in UTC as stored text, `[start, end)`, for comparing with
    /// `started_at` columns. Days at the ends of the calendar clamp.
    pub(crate) fn utc_bounds(&self) -> (String, String) {
        let start = utc_midnight(self.from, self.offset);
        let end = match self.to.next_day() {
            Some(d) => utc_midnight(d, self.offset),
            None => AFTER_ALL.to_owned(),
        };
        (start, end)
    }

    /// `2026-03-10` or `2026-03-10 to 2026-03-12`.
    pub fn label(&self) -> String {
        if self.from == self.to {
            clock::day(self.from)
        } else {
            format!("{} to {}", clock::day(self.from), clock::day(self.to))
        }
    }
}

/// Sorts after every stored time (which start with a digit).
const AFTER_ALL: &str = "~";

/// Local midnight starting `day`, as a stored UTC time; past either end of
/// the calendar, a text that sorts before or after every stored time.
fn utc_midnight(day: Date, offset: UtcOffset) -> String {
    let ts = day.midnight().assume_offset(offset).unix_timestamp();
    match OffsetDateTime::from_unix_timestamp(ts) {
        Ok(t) => clock::iso(t),
        Err(_) if day.year() > 0 => AFTER_ALL.to_owned(),
        Err(_) => String::new(),
    }
}
