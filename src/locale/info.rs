//! Per-locale facts read from `locales/<tag>/locale.ron`: the language's own
//! name, text direction, number and currency format, fictional phone ranges.

use serde::{Deserialize, Serialize};

use crate::model::PhoneKind;

/// Direction text flows in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Digits and separators for numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberFormat {
    pub decimal: String,
    pub group: String,
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
    /// Local units per US dollar, used to scale amounts declared in a pack.
    pub scale: f64,
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
}

impl LocaleInfo {
    pub fn is_rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }
}
