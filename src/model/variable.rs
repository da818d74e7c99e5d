//! Randomized variables declared by a pack and drawn from the run's seed.

use serde::{Deserialize, Serialize};

/// Kind of phone number to draw from the locale's fictional ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneKind {
    Landline,
    TollFree,
    Mobile,
}

/// How a variable's value is drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Variable {
    /// One of these literal strings (tool names, brands), the same in every locale.
    Pick(Vec<String>),
    /// One of these message ids, resolved in the trainee's locale (names).
    Message(Vec<String>),
    /// A phone number from the locale's fictional range.
    Phone(PhoneKind),
    /// An amount of money in the locale's currency: a multiple of `step` in
    /// `min..=max` US dollars, converted at the rate in
    /// `locales/currency-rates.ron`. `round` says how the converted amount
    /// is shown: `Step` (the default) rounds it to a round local figure near
    /// `step` converted ($27–58 with step 10 reads $30–$60; €30, 100 ₪);
    /// `Exact` shows the conversion to the currency's smallest unit ($43,
    /// 39,99 €).
    Amount {
        min: u32,
        max: u32,
        step: u32,
        #[serde(default)]
        round: Rounding,
    },
    /// An amount computed from other amounts, in US dollars before
    /// conversion: `of × times + plus − minus` (never below 0). `of`, `plus`
    /// and `minus` name `Amount` or `Derived` variables (empty: none). Shown
    /// in the locale's currency as the same sum of the converted amounts, so
    /// a $400 refund shown as 1,500 ₪ that becomes ten times as much moved
    /// reads 15,000 ₪, and 13,500 ₪ asked back.
    Derived {
        of: String,
        #[serde(default = "one")]
        times: u32,
        #[serde(default)]
        plus: String,
        #[serde(default)]
        minus: String,
    },
    /// A string of random digits shown in groups of three (session codes).
    Digits(u8),
    /// A whole number in `min..=max` shown as plain digits (case numbers,
    /// badge ids: identifiers, never grouped).
    Number { min: u32, max: u32 },
    /// A quantity in `min..=max` ("1,900 issues"): passed to messages as a
    /// number, so plural selectors work and it is grouped the locale's way
    /// (1,900 in English, 1900 and 12.500 in Spanish).
    Count { min: u32, max: u32 },
    /// Run state: a flag, unset at the start, changed by choices' `effects`.
    /// In messages it is the text `true` or `false` (for selectors).
    Flag,
    /// Run state: a whole number from 0, kept within `0..=max`. In messages
    /// it is a number (plural selectors work).
    Counter { max: u32 },
    /// Run state: a running total of money, the sum of the `Amount`
    /// variables added to it, written in the locale's currency.
    Total,
}

/// How an `Amount` is shown after conversion to the locale's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Rounding {
    /// A round local figure: the nearest multiple of 1, 2 or 5 × 10ⁿ not
    /// above `step` converted (today's behaviour, and the default).
    #[default]
    Step,
    /// The exact conversion, to the currency's smallest unit (cents).
    Exact,
}

fn one() -> u32 {
    1
}

impl Variable {
    /// Money variables: `Amount` and `Derived` (usable in `AddAmount` and
    /// `lost`).
    pub fn is_amount(&self) -> bool {
        matches!(self, Variable::Amount { .. } | Variable::Derived { .. })
    }

    /// The variables a `Derived` amount is computed from (empty for others).
    pub fn sources(&self) -> Vec<&str> {
        match self {
            Variable::Derived {
                of, plus, minus, ..
            } => [of, plus, minus]
                .into_iter()
                .filter(|n| !n.is_empty())
                .map(String::as_str)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Run-state variables (flags, counters, totals) change during a run;
    /// the others are drawn once from the seed.
    pub fn is_state(&self) -> bool {
        matches!(
            self,
            Variable::Flag | Variable::Counter { .. } | Variable::Total
        )
    }
}
