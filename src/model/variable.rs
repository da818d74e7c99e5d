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
    /// An amount of money in the locale's currency: `min..=max` US-dollar
    /// equivalents rounded to `step` after conversion with the locale's scale.
    Amount { min: u32, max: u32, step: u32 },
    /// A string of random digits shown in groups of three (session codes).
    Digits(u8),
    /// A whole number in `min..=max` (case numbers, badge ids).
    Number { min: u32, max: u32 },
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

impl Variable {
    /// Run-state variables (flags, counters, totals) change during a run;
    /// the others are drawn once from the seed.
    pub fn is_state(&self) -> bool {
        matches!(
            self,
            Variable::Flag | Variable::Counter { .. } | Variable::Total
        )
    }
}
