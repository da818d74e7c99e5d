//! The time and date as a PC or a phone set to the locale shows them: the
//! taskbar's "10:42 AM" over "12/1/2026" in the United States, "10:42" over
//! "1.12.2026" in Israel; a phone's "10:42" and "Tuesday, December 1".
//! Patterns, hour cycle, month and weekday names come from CLDR through
//! ICU4X's `icu_datetime` (compiled data), the calendar too (the locale's
//! own, converted from the Gregorian day given); digits are Western as in
//! [`super::format`]. Without ICU data for a locale: 24-hour time and an ISO
//! date. Right-to-left locales get the leading RLM every shown text has
//! ([`super::bidi::for_display`]).

use icu_datetime::fieldsets::{MDE, T, YMD};
use icu_datetime::input::{Date, Time};
use icu_datetime::options::YearStyle;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences, NoCalendarFormatter};
use icu_locale_core::Locale;

use super::bidi::for_display;
use super::format::icu_locale_tag;
use super::info::LocaleInfo;

fn prefs(info: &LocaleInfo) -> Option<DateTimeFormatterPreferences> {
    let loc: Locale = icu_locale_tag(info).parse().ok()?;
    Some((&loc).into())
}

/// The taskbar's time: hour and minute in the locale's hour cycle, with its
/// day period where it has one ("10:42 AM", "10:42", "2:05 م").
pub fn taskbar_time(info: &LocaleInfo, hour: u8, minute: u8) -> String {
    let formatted = prefs(info).and_then(|p| {
        let f = NoCalendarFormatter::try_new(p, T::hm()).ok()?;
        let t = Time::try_new(hour, minute, 0, 0).ok()?;
        Some(f.format(&t).to_string())
    });
    let text = formatted.unwrap_or_else(|| format!("{hour:02}:{minute:02}"));
    for_display(&text, info.is_rtl())
}

/// A phone's status bar and lock screen: the same clock without the day
/// period ("10:42" for 10:42 AM, "2:05" for 2:05 PM in the United States).
pub fn phone_time(info: &LocaleInfo, hour: u8, minute: u8) -> String {
    without_day_period(info, &taskbar_time(info, hour, minute))
}

fn without_day_period(info: &LocaleInfo, time: &str) -> String {
    let digits: String = time
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        .collect();
    for_display(&digits, info.is_rtl())
}

/// Everything the simulated PC and phone show of one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallClock {
    /// Taskbar: "10:42 AM" / "10:42".
    pub time: String,
    /// Taskbar, under the time: "12/1/2026" / "1.12.2026".
    pub date: String,
    /// Phone status bar and lock screen: "10:42".
    pub phone: String,
    /// Phone lock screen: "Tuesday, December 1".
    pub day: String,
}

impl WallClock {
    /// The moment `hour:minute` of `day` in `info`'s locale; without a
    /// locale, 24-hour time and an ISO date.
    pub fn at(info: Option<&LocaleInfo>, hour: u8, minute: u8, day: time::Date) -> WallClock {
        let Some(info) = info else {
            let time = format!("{hour:02}:{minute:02}");
            return WallClock {
                phone: time.clone(),
                time,
                date: iso_text(day),
                day: String::new(),
            };
        };
        let time = taskbar_time(info, hour, minute);
        WallClock {
            phone: without_day_period(info, &time),
            time,
            date: taskbar_date(info, day),
            day: weekday_and_date(info, day),
        }
    }
}

/// The taskbar's date: numeric, with the full year ("12/1/2026",
/// "1.12.2026", "01/12/2026").
pub fn taskbar_date(info: &LocaleInfo, day: time::Date) -> String {
    let formatted = prefs(info).and_then(|p| {
        let f =
            DateTimeFormatter::try_new(p, YMD::short().with_year_style(YearStyle::Full)).ok()?;
        Some(f.format(&iso(day)?).to_string())
    });
    for_display(&formatted.unwrap_or_else(|| iso_text(day)), info.is_rtl())
}

/// A phone's lock screen: weekday, day and month ("Tuesday, December 1").
pub fn weekday_and_date(info: &LocaleInfo, day: time::Date) -> String {
    let formatted = prefs(info).and_then(|p| {
        let f = DateTimeFormatter::try_new(p, MDE::long()).ok()?;
        Some(f.format(&iso(day)?).to_string())
    });
    for_display(&formatted.unwrap_or_else(|| iso_text(day)), info.is_rtl())
}

fn iso(day: time::Date) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(day.year(), u8::from(day.month()), day.day()).ok()
}

fn iso_text(day: time::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}
