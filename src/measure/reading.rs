//! A plain-language reading of a pre-/post-test change: did discrimination
//! (d′) change, did bias (c) move, or both, judged by whether each change's
//! 95% interval excludes zero. c below zero leans to calling everything a
//! scam, so a fall in c is "more cautious".

use serde::{Deserialize, Serialize};

use super::prepost::Change;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reading {
    /// c fell, d′ did not change: calls more things a scam, including real help.
    MoreCautiousNotBetter,
    /// c rose, d′ did not change.
    MoreTrustingNotBetter,
    /// d′ rose, c did not move.
    BetterAtTelling,
    /// d′ rose and c fell.
    BetterAndMoreCautious,
    /// d′ rose and c rose.
    BetterAndMoreTrusting,
    /// d′ fell.
    WorseAtTelling,
    /// Neither interval excludes zero.
    NoMeasurableChange,
    /// Too few trials for an interval.
    TooFewTrials,
}

impl Reading {
    /// The sentence for reports.
    pub fn text(self) -> &'static str {
        match self {
            Reading::MoreCautiousNotBetter => "more cautious, not better at telling",
            Reading::MoreTrustingNotBetter => "more trusting, not better at telling",
            Reading::BetterAtTelling => "better at telling",
            Reading::BetterAndMoreCautious => "better at telling, and more cautious",
            Reading::BetterAndMoreTrusting => "better at telling, and more trusting",
            Reading::WorseAtTelling => "worse at telling",
            Reading::NoMeasurableChange => "no measurable change",
            Reading::TooFewTrials => "too few trials to tell",
        }
    }

    /// A gain in discrimination.
    pub fn is_gain(self) -> bool {
        matches!(
            self,
            Reading::BetterAtTelling
                | Reading::BetterAndMoreCautious
                | Reading::BetterAndMoreTrusting
        )
    }
}

/// Read a change.
pub fn read_change(ch: &Change) -> Reading {
    let (Some(d), Some(c)) = (ch.d_prime.interval, ch.c.interval) else {
        return Reading::TooFewTrials;
    };
    let d_up = d.low > 0.0;
    let d_down = d.high < 0.0;
    let c_down = c.high < 0.0;
    let c_up = c.low > 0.0;
    match (d_up, d_down, c_down, c_up) {
        (true, _, true, _) => Reading::BetterAndMoreCautious,
        (true, _, _, true) => Reading::BetterAndMoreTrusting,
        (true, _, _, _) => Reading::BetterAtTelling,
        (_, true, _, _) => Reading::WorseAtTelling,
        (_, _, true, _) => Reading::MoreCautiousNotBetter,
        (_, _, _, true) => Reading::MoreTrustingNotBetter,
        _ => Reading::NoMeasurableChange,
    }
}
