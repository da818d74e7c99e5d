//! ISO 8601 durations as xAPI wants them: at most 0.01 s precision.

/// `PT42.5S`, `PT2M5S`, `PT1H0M0.01S` from milliseconds (rounded to 0.01 s).
pub fn iso_duration(ms: u64) -> String {
    let cs = ms.saturating_add(5) / 10;
    let (h, rest) = (cs / 360_000, cs % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    let (s, frac) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}M"));
    }
    match frac {
        0 => out.push_str(&format!("{s}S")),
        f if f % 10 == 0 => out.push_str(&format!("{s}.{}S", f / 10)),
        f => out.push_str(&format!("{s}.{f:02}S")),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::iso_duration;

    #[test]
    fn formats() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(42_500), "PT42.5S");
        assert_eq!(iso_duration(42_504), "PT42.5S");
        assert_eq!(iso_duration(42_505), "PT42.51S");
        assert_eq!(iso_duration(125_000), "PT2M5S");
        assert_eq!(iso_duration(3_600_010), "PT1H0M0.01S");
    }
}
