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
}
