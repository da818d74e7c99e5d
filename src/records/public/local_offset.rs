//! This computer's offset from UTC, for "today" and for local days.
//!
//! The `time` crate is built without its `local-offset` feature (which on
//! Unix refuses to answer once a program has several threads, as the GUI
//! always does), so the offset is asked of the system: `date +%z` on Unix
//! (which follows `TZ` and `/etc/localtime`), PowerShell's
//! `TimeZoneInfo.Local` on Windows. When that fails the offset is UTC.
//! Asked afresh on every call (a few milliseconds), so a change to or from
//! summer time is picked up; a range of days over such a change uses
//! today's offset for all of them.

use std::process::{Command, Stdio};

use time::UtcOffset;

/// The current offset of this computer's clock from UTC; UTC when the
/// system cannot tell.
pub fn local_offset() -> UtcOffset {
    system_offset().unwrap_or(UtcOffset::UTC)
}

/// Parse `+hhmm`, `-hhmm`, `+hh:mm`, `+hh` or `Z`.
pub fn parse_offset(text: &str) -> Option<UtcOffset> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("z") {
        return Some(UtcOffset::UTC);
    }
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) {
        return None;
    }
    let hours: i8 = digits.get(..2)?.parse().ok()?;
    let minutes: i8 = match digits.get(2..4) {
        Some(m) => m.parse().ok()?,
        None => 0,
    };
    if hours > 25 || minutes > 59 {
        return None;
    }
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
}

/// `+01:00`, `-05:30`, `+00:00`.
pub fn offset_label(offset: UtcOffset) -> String {
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { '-' } else { '+' };
    format!("{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
}

fn run(cmd: &mut Command) -> Option<String> {
    let out = cmd
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

#[cfg(unix)]
fn system_offset() -> Option<UtcOffset> {
    parse_offset(&run(Command::new("date").arg("+%z").env("LC_ALL", "C"))?)
}

#[cfg(windows)]
fn system_offset() -> Option<UtcOffset> {
    use std::os::windows::process::CommandExt;
    /// Do not flash a console window over the kiosk.
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    let text = run(Command::new("powershell")
        .args([
            "-NoProfile",
            "-NonInteractive",
            "-Command",
            "[int][System.TimeZoneInfo]::Local.GetUtcOffset([DateTime]::UtcNow).TotalMinutes",
        ])
        .creation_flags(CREATE_NO_WINDOW))?;
    let minutes: i32 = text.trim().parse().ok()?;
    UtcOffset::from_whole_seconds(minutes.checked_mul(60)?).ok()
}

#[cfg(not(any(unix, windows)))]
fn system_offset() -> Option<UtcOffset> {
    None
}
