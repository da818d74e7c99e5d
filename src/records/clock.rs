//! Wall-clock times as stored and sent: UTC, ISO 8601 with milliseconds
//! (`2026-11-25T09:20:00.000Z`, sorts as text), and Unix milliseconds for
//! retry schedules.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

const ISO_MILLIS: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
const DAY: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]");

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// `2026-11-25T09:20:00.000Z`.
pub fn iso(t: OffsetDateTime) -> String {
    t.to_offset(UtcOffset::UTC)
        .format(ISO_MILLIS)
        .unwrap_or_else(|_| "1970-01-01T00:00:00.000Z".to_owned())
}

/// Parse a time written by [`iso`].
pub fn parse_iso(s: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(s, ISO_MILLIS)
        .ok()
        .map(|p| p.assume_utc())
}

pub fn unix_ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

/// A calendar day as `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Option<Date> {
    Date::parse(s.trim(), DAY).ok()
}

pub fn day(d: Date) -> String {
    d.format(DAY).unwrap_or_default()
}

/// Midnight UTC starting the day, as stored text (for range queries).
pub fn day_start(d: Date) -> String {
    iso(d.midnight().assume_utc())
}
