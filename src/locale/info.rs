//! Per-locale facts read from `locales/<tag>/locale.ron`: the language's own
//! name, text direction, number and currency format, fictional phone ranges.

use serde::{Deserialize, Serialize};

use super::address::Address;
use super::region::{CallerId, RegionInfo};
use crate::model::PhoneKind;

/// Direction text flows in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Digits and separators for numbers. Formatting takes them from CLDR
/// through ICU4X for the language in the region (`locale::format`); these
/// are the fallback when ICU has no data for a locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberFormat {
    pub decimal: String,
    pub group: String,
    /// CLDR's minimum grouping digits: 2 writes 1482 but 14.820 (Spanish).
    #[serde(default)]
    pub min_grouping: u8,
}

/// The locale's currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Currency {
    /// ISO 4217 code.
    pub code: String,
    pub symbol: String,
    /// `true` writes "420 ₪", `false` writes "$420".
    #[serde(default)]
    pub symbol_after: bool,
    /// Local units per US dollar, used to convert amounts declared in a
    /// pack. Filled by the loader from `locales/currency-rates.ron`.
    #[serde(default)]
    pub scale: f64,
    /// The date of the rate in `scale` (`YYYY-MM-DD`), from the rates file.
    #[serde(default)]
    pub rate_as_of: Option<String>,
    /// Digits after the decimal separator (2 for cents).
    #[serde(default = "two")]
    pub minor_digits: u8,
}

fn two() -> u8 {
    2
}

/// Patterns for fictional phone numbers: `#` is replaced by a random digit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhonePatterns {
    pub landline: String,
    pub toll_free: String,
    pub mobile: String,
}

impl PhonePatterns {
    pub fn pattern(&self, kind: PhoneKind) -> &str {
        match kind {
            PhoneKind::Landline => &self.landline,
            PhoneKind::TollFree => &self.toll_free,
            PhoneKind::Mobile => &self.mobile,
        }
    }
}

/// Everything ScamDrill knows about a locale besides its messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocaleInfo {
    /// BCP 47 tag, e.g. `he-IL`.
    pub tag: String,
    /// The language's name in its own script ("עברית").
    pub name: String,
    pub direction: Direction,
    /// Region whose reporting channels the debrief shows (ISO 3166 code).
    pub region: String,
    pub number: NumberFormat,
    pub currency: Currency,
    pub phones: PhonePatterns,
    /// Forms of address the language's grammar distinguishes, when it has no
    /// neutral singular "you" (Hebrew, Arabic): the trainee chooses one.
    #[serde(default)]
    pub address_forms: Vec<Address>,
    /// The region's emergency number (filled from `regions.ron`).
    #[serde(default)]
    pub emergency: Option<String>,
    /// The region's scam reporting line, where there is one.
    #[serde(default)]
    pub report_line: Option<String>,
    /// The number that reaches your own bank safely, where there is one.
    #[serde(default)]
    pub bank_safety: Option<String>,
    #[serde(default)]
    pub caller_id: CallerId,
}

impl LocaleInfo {
    pub fn is_rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }

    /// Whether the trainee must choose a form of address.
    pub fn needs_address(&self) -> bool {
        self.address_forms.len() > 1
    }

    /// The form of address used until the trainee chooses: plural where the
    /// language offers it (the neutral written form), else the first form.
    pub fn default_address(&self) -> Address {
        if self.address_forms.is_empty() || self.address_forms.contains(&Address::Plural) {
            Address::Plural
        } else {
            self.address_forms[0]
        }
    }

    /// `address` if the language offers it, else the default.
    pub fn address_or_default(&self, address: Option<Address>) -> Address {
        match address {
            Some(a) if self.address_forms.contains(&a) => a,
            _ => self.default_address(),
        }
    }

    /// This locale's language in `region`: the region's currency, number
    /// format (if it has its own), phone ranges and official numbers.
    pub fn in_region(&self, region: &RegionInfo) -> LocaleInfo {
        let mut out = self.clone();
        out.region = region.code.clone();
        out.currency = region.currency.clone();
        if let Some(n) = &region.number {
            out.number = n.clone();
        }
        out.phones = region.phones.clone();
        out.emergency = Some(region.emergency.clone());
        out.report_line = region.report_line.clone();
        out.bank_safety = region.bank_safety.clone();
        out.caller_id = region.caller_id;
        out
    }
}
