//! The judgement a trainee gives after a scenario's last decision: "Looking
//! back: was that a scam, or real help?" on six points, from 1 (sure it was a
//! scam) to 6 (sure it was genuine). Ratings 1–3 count as judging "scam".

use serde::{Deserialize, Serialize};

/// Points on the judgement scale.
pub const SCALE: u8 = 6;

/// A judgement on the six-point scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    /// `None` unless `n` is 1 to 6.
    pub fn new(n: u8) -> Option<Rating> {
        (1..=SCALE).contains(&n).then_some(Rating(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Judged a scam (ratings 1–3).
    pub fn says_scam(self) -> bool {
        self.0 <= SCALE / 2
    }

    /// The key used in records and CSV: `sure-scam`, `probably-scam`,
    /// `maybe-scam`, `maybe-genuine`, `probably-genuine`, `sure-genuine`.
    pub fn key(self) -> &'static str {
        [
            "sure-scam",
            "probably-scam",
            "maybe-scam",
            "maybe-genuine",
            "probably-genuine",
            "sure-genuine",
        ][usize::from(self.0 - 1)]
    }

    /// All six, from "sure scam" to "sure genuine".
    pub fn all() -> impl Iterator<Item = Rating> {
        (1..=SCALE).map(Rating)
    }
}

impl TryFrom<u8> for Rating {
    type Error = String;
    fn try_from(n: u8) -> Result<Rating, String> {
        Rating::new(n).ok_or_else(|| format!("a judgement is 1 to {SCALE}, not {n}"))
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}
