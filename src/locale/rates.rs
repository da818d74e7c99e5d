//! Conversion rates from a pack's base currency (US dollars) to a region's
//! currency, read from `locales/currency-rates.ron`. Each rate carries the
//! date it was taken and where it came from, so a trainer can see how old
//! the figure behind "€370" is. Rates are data: the loader fills each
//! locale's `Currency::scale` from this file.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, find_key};
use crate::ron_file::read_ron;

/// File name under the locales folder.
pub const RATES_FILE: &str = "currency-rates.ron";

/// One currency's rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    /// Units of this currency per one unit of the base currency.
    pub per_base: f64,
    /// The day the rate was taken, `YYYY-MM-DD`.
    pub as_of: String,
    /// Where it was taken from (a named reference rate, a peg).
    pub source: String,
}

/// The whole rates file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    /// ISO 4217 code amounts in packs are written in (`USD`).
    pub base: String,
    /// Rates by ISO 4217 code.
    pub rates: BTreeMap<String, Rate>,
}

impl Rates {
    pub fn get(&self, code: &str) -> Option<&Rate> {
        self.rates.get(code)
    }

    /// Read and check the rates file: parse errors and bad values (a rate
    /// that is not positive, a date not written `YYYY-MM-DD`, an empty
    /// source) are diagnostics with the file's line and column.
    pub fn load(path: &Path) -> Result<Rates, Vec<Diagnostic>> {
        let (rates, text) = read_ron::<Rates>(path).map_err(|d| vec![d])?;
        let mut diags = Vec::new();
        if rates.base != "USD" {
            let off = text.find(&format!("\"{}\"", rates.base)).unwrap_or(0);
            diags.push(
                Diagnostic::error(
                    "currency-rate",
                    path,
                    format!(
                        "base \"{}\" is not USD, the currency packs write amounts in",
                        rates.base
                    ),
                )
                .with_hint("write base: \"USD\" and give every rate per US dollar")
                .at_span(&text, off, rates.base.len() + 2),
            );
        }
        for (code, r) in &rates.rates {
            let off = find_key(&text, code, 0).unwrap_or(0);
            let mut bad = |message: String, hint: &str| {
                diags.push(
                    Diagnostic::error("currency-rate", path, message)
                        .with_hint(hint)
                        .at_span(&text, off, code.len() + 2),
                );
            };
            if !(r.per_base.is_finite() && r.per_base > 0.0) {
                bad(
                    format!(
                        "rate for {code}: per_base {} is not a positive number",
                        r.per_base
                    ),
                    "write how many units of the currency one base unit buys, e.g. per_base: 0.92",
                );
            }
            if !is_iso_date(&r.as_of) {
                bad(
                    format!("rate for {code}: as_of \"{}\" is not a date", r.as_of),
                    "write the day the rate was taken as YYYY-MM-DD, e.g. as_of: \"2024-06-28\"",
                );
            }
            if r.source.trim().is_empty() {
                bad(
                    format!("rate for {code}: source is empty"),
                    "name where the rate comes from, e.g. source: \"ECB euro reference rate\"",
                );
            }
        }
        if diags.is_empty() {
            Ok(rates)
        } else {
            Err(diags)
        }
    }
}

/// `YYYY-MM-DD` with a month 1–12 and a day 1–31.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}
