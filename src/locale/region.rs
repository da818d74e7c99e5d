//! Regions apart from languages: currency, fictional phone ranges, the real
//! emergency, reporting and bank-safety numbers and the caller-ID convention
//! of a country, read from `locales/regions.ron`. A locale names its default
//! region (`he-IL` → IL); a trainee may choose another (`ar` in Egypt,
//! `es` in Mexico), written as the tag `ar-EG`, `es-MX`.

use serde::{Deserialize, Serialize};

use super::info::{Currency, NumberFormat, PhonePatterns};

/// What an incoming call shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum CallerId {
    /// The number only; a name comes from the phone's own contacts (UK,
    /// Israel, France, Spain, and the default).
    #[default]
    NumberOnly,
    /// Carriers may show a name with the number (US).
    NameAndNumber,
}

impl CallerId {
    /// The value of the Fluent argument `$caller-id`: `number` or `name`.
    pub fn key(self) -> &'static str {
        match self {
            CallerId::NumberOnly => "number",
            CallerId::NameAndNumber => "name",
        }
    }
}

/// One region's facts (a record of `locales/regions.ron`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    /// ISO 3166-1 alpha-2 code, e.g. `EG`.
    pub code: String,
    /// English name, for messages and listings.
    pub name: String,
    pub currency: Currency,
    /// Overrides the language's number format (es in Mexico writes 1,482.50).
    #[serde(default)]
    pub number: Option<NumberFormat>,
    /// Patterns for phone numbers that reach no real line.
    pub phones: PhonePatterns,
    /// What the patterns rest on (a reserved range, or why no line answers).
    pub phones_basis: String,
    /// The emergency (police) number.
    pub emergency: String,
    /// The national scam reporting line, where the reference names one.
    #[serde(default)]
    pub report_line: Option<String>,
    /// A number that connects to your own bank safely (UK 159).
    #[serde(default)]
    pub bank_safety: Option<String>,
    #[serde(default)]
    pub caller_id: CallerId,
}

/// Names of the Fluent arguments every message gets besides its pack's
/// variables; the checker accepts them without a declaration.
pub const BUILTIN_VARIABLES: &[&str] = &[
    super::address::ADDRESS_VARIABLE,
    "emergency",
    "report-line",
    "bank-safety",
    "caller-id",
];

/// Whether `name` is one of [`BUILTIN_VARIABLES`].
pub fn is_builtin_variable(name: &str) -> bool {
    BUILTIN_VARIABLES.contains(&name)
}

/// The region subtag of a tag (`ar-EG` → `EG`, `es-419` → none, `ar` → none).
pub fn region_of(tag: &str) -> Option<String> {
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    id.region
        .map(|r| r.as_str().to_owned())
        .filter(|r| r.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The tag for a language in a region: `("ar", "EG")` → `ar-EG`,
/// `("he-IL", "US")` → `he-US`, `("en-GB", "GB-SCT")` → `en-GB`.
/// Unparseable input is returned as it is.
pub fn with_region(locale: &str, region: &str) -> String {
    let country = region
        .split('-')
        .next()
        .unwrap_or(region)
        .to_ascii_uppercase();
    let Ok(mut id) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        return locale.to_owned();
    };
    match country.parse() {
        Ok(r) => {
            id.region = Some(r);
            id.to_string()
        }
        Err(_) => locale.to_owned(),
    }
}
