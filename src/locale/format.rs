//! Numbers and money written the way the locale writes them. Digits,
//! grouping and decimal separators come from CLDR through ICU4X's
//! `icu_decimal` (compiled data): 1,900 in English, 1900 but 12.500 in
//! Spanish (two minimum grouping digits), 12 500 with a narrow no-break space
//! in French. Digits are always Western (`-u-nu-latn`): the shipped Arabic
//! and Hebrew texts write them so, as software in the Levant and Gulf
//! commonly does. The currency symbol and its side come from the locale's
//! data (`locale.ron` / `regions.ron`), since ICU4X's currency formatter is
//! still experimental.

use std::cell::RefCell;
use std::collections::HashMap;

use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumberStyle;

use super::info::LocaleInfo;

thread_local! {
    static FORMATTERS: RefCell<HashMap<String, Option<DecimalFormatter>>> =
        RefCell::new(HashMap::new());
}

/// The ICU locale for a locale in its region, with Western digits:
/// `es` in `MX` → `es-MX-u-nu-latn`.
pub fn icu_locale_tag(info: &LocaleInfo) -> String {
    let lang = info.tag.split('-').next().unwrap_or("en");
    if info.region.is_empty() {
        format!("{lang}-u-nu-latn")
    } else {
        format!("{lang}-{}-u-nu-latn", info.region)
    }
}

/// Format `value` with the ICU formatter of `info`'s locale; `None` if ICU
/// has no data for it (the caller falls back to the locale file's separators).
fn with_icu(info: &LocaleInfo, value: &Decimal) -> Option<String> {
    with_icu_tag(icu_locale_tag(info), value)
}

fn with_icu_tag(tag: String, value: &Decimal) -> Option<String> {
    FORMATTERS.with(|cell| {
        let mut map = cell.borrow_mut();
        let f = map.entry(tag.clone()).or_insert_with(|| {
            let loc: Locale = tag.parse().ok()?;
            let prefs = DecimalFormatterPreferences::from(&loc);
            DecimalFormatter::try_new(prefs, Default::default()).ok()
        });
        f.as_ref().map(|f| f.format(value).to_string())
    })
}

/// Group an unsigned integer with `group` every three digits: 12345 → "12,345".
/// Only the fallback when ICU has no data for a locale.
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

/// Group with CLDR's minimum grouping digits (fallback only): with
/// `min_grouping` 2 a four-digit number stays whole ("1482").
pub fn group_digits_min(n: u64, group: &str, min_grouping: u8) -> String {
    let len = n.to_string().len();
    if min_grouping >= 2 && len < 3 + usize::from(min_grouping) {
        n.to_string()
    } else {
        group_digits(n, group)
    }
}

/// A decimal of `minor_units / 10^digits`, showing exactly `digits` decimals.
fn decimal_of(minor_units: u64, digits: u8) -> Decimal {
    let mut d = Decimal::from(minor_units);
    d.multiply_pow10(-i16::from(digits));
    d.absolute.pad_end(-i16::from(digits));
    d
}

/// A number with `digits` decimals written in the locale (no currency).
pub fn format_decimal(minor_units: u64, digits: u8, info: &LocaleInfo) -> String {
    with_icu(info, &decimal_of(minor_units, digits)).unwrap_or_else(|| {
        let factor = 10u64.pow(u32::from(digits));
        let major = group_digits_min(
            minor_units / factor,
            &info.number.group,
            info.number.min_grouping,
        );
        if digits == 0 {
            major
        } else {
            format!(
                "{major}{}{:0width$}",
                info.number.decimal,
                minor_units % factor,
                width = usize::from(digits)
            )
        }
    })
}

/// Format an amount given in minor units (cents) as money in the locale.
pub fn format_money(minor_units: u64, info: &LocaleInfo) -> String {
    let c = &info.currency;
    let number = format_decimal(minor_units, c.minor_digits, info);
    if c.symbol_after {
        // A no-break space keeps the symbol on the number's line; in
        // right-to-left locales a right-to-left mark before it (as CLDR's
        // Hebrew pattern has) keeps it after the number in reading order,
        // also when Fluent isolates the amount ("700 ₪", not "₪ 700").
        let mark = if info.is_rtl() { "\u{200F}" } else { "" };
        format!("{number}\u{a0}{mark}{}", c.symbol)
    } else {
        format!("{}{number}", c.symbol)
    }
}

/// Format a whole number with the locale's grouping.
pub fn format_number(n: u64, info: &LocaleInfo) -> String {
    format_decimal(n, 0, info)
}

/// The ICU locale of a Fluent bundle, built by the bundle's memoizer.
struct BundleNumbers(String);

impl intl_memoizer::Memoizable for BundleNumbers {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleNumbers(format!("{lang}-u-nu-latn")))
    }
}

/// Fluent's number formatter for message bundles: numeric arguments (counts,
/// counters) and plain `NUMBER()`s written with the bundle language's
/// grouping and decimal separator ("1,900 issues", "1900 incidencias",
/// "12.500 incidencias"). Numbers with other options (currency, percent,
/// fraction digits, grouping off) keep Fluent's own formatting.
pub fn fluent_number<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let o = &n.options;
    if o.style != FluentNumberStyle::Decimal
        || !o.use_grouping
        || o.minimum_fraction_digits.is_some()
        || o.maximum_fraction_digits.is_some()
        || o.minimum_integer_digits.is_some()
        || o.minimum_significant_digits.is_some()
        || o.maximum_significant_digits.is_some()
    {
        return None;
    }
    let d = if n.value.is_finite() && n.value.fract() == 0.0 && n.value.abs() < 1e15 {
        Decimal::from(n.value as i64)
    } else {
        Decimal::try_from_str(&n.value.to_string()).ok()?
    };
    memoizer
        .with_try_get_threadsafe::<BundleNumbers, _, _>((), |b| with_icu_tag(b.0.clone(), &d))
        .ok()
        .flatten()
}
