//! Numbers and money written the way the locale writes them.

use super::info::LocaleInfo;

/// Group an unsigned integer with the locale's group separator: 12345 → "12,345".
pub fn group_digits(n: u64, group: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(ch);
    }
    out
}

/// Group with CLDR's minimum grouping digits: with `min_grouping` 2 a
/// four-digit number stays whole ("1482") and longer ones are grouped.
pub fn group_digits_min(n: u64, group: &str, min_grouping: u8) -> String {
    let len = n.to_string().len();
    if min_grouping >= 2 && len < 3 + usize::from(min_grouping) {
        n.to_string()
    } else {
        group_digits(n, group)
    }
}

/// Format an amount given in minor units (cents) as money in the locale.
pub fn format_money(minor_units: u64, info: &LocaleInfo) -> String {
    let c = &info.currency;
    let factor = 10u64.pow(u32::from(c.minor_digits));
    let major = group_digits_min(
        minor_units / factor,
        &info.number.group,
        info.number.min_grouping,
    );
    let number = if c.minor_digits == 0 {
        major
    } else {
        format!(
            "{major}{}{:0width$}",
            info.number.decimal,
            minor_units % factor,
            width = usize::from(c.minor_digits)
        )
    };
    if c.symbol_after {
        // A no-break space keeps the symbol on the number's line.
        format!("{number}\u{a0}{}", c.symbol)
    } else {
        format!("{}{number}", c.symbol)
    }
}

/// Format a whole number with the locale's grouping.
pub fn format_number(n: u64, info: &LocaleInfo) -> String {
    group_digits_min(n, &info.number.group, info.number.min_grouping)
}
