//! Behaviour and detection, each as d′ and c with intervals and the number
//! of trials, from the trials of one trainee or a pooled group.

use serde::{Deserialize, Serialize};

use super::interval::{Interval, c_variance, d_prime_variance, z_interval};
use super::rating::Rating;
use super::roc::{Roc, roc, roc_from_counts};
use crate::scoring::{SignalDetection, signal_from_counts};

/// One scenario played: was it a scam, did the trainee act as if it was one
/// (refused remote access), and how did they judge it afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trial {
    pub scam: bool,
    pub acted_scam: bool,
    pub rating: Option<Rating>,
}

/// d′ and c with 95% intervals (Gourevitch & Galanter, on the log-linear
/// corrected rates) and the trials behind them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SdtEstimate {
    pub signal: SignalDetection,
    /// Scam plus genuine trials.
    pub trials: u32,
    pub d_prime_interval: Option<Interval>,
    pub c_interval: Option<Interval>,
    /// Variance of d′ (that of c is a quarter of it); `None` without trials
    /// of both kinds.
    pub d_prime_variance: Option<f64>,
}

impl SdtEstimate {
    pub fn d_prime(&self) -> f64 {
        self.signal.d_prime
    }
    pub fn c(&self) -> f64 {
        self.signal.bias_c
    }
    pub fn c_variance(&self) -> Option<f64> {
        self.d_prime_variance.map(|v| v / 4.0)
    }
}

/// d′ and c from counts, with intervals. The rates carry the log-linear
/// correction (Hautus 1995), so they are never 0 or 1; the variance uses the
/// corrected rates and the real numbers of trials.
pub fn sdt_estimate(
    hits: u32,
    misses: u32,
    false_alarms: u32,
    correct_rejections: u32,
) -> SdtEstimate {
    let signal = signal_from_counts(hits, misses, false_alarms, correct_rejections);
    let (ns, nn) = (hits + misses, false_alarms + correct_rejections);
    let h = (f64::from(hits) + 0.5) / (f64::from(ns) + 1.0);
    let f = (f64::from(false_alarms) + 0.5) / (f64::from(nn) + 1.0);
    let var = d_prime_variance(h, f, ns, nn);
    SdtEstimate {
        signal,
        trials: ns + nn,
        d_prime_interval: var.and_then(|v| z_interval(signal.d_prime, v, 0.95)),
        c_interval: c_variance(h, f, ns, nn).and_then(|v| z_interval(signal.bias_c, v, 0.95)),
        d_prime_variance: var,
    }
}

fn tally(trials: impl Iterator<Item = (bool, bool)>) -> SdtEstimate {
    let (mut h, mut m, mut fa, mut cr) = (0, 0, 0, 0);
    for (scam, said_scam) in trials {
        match (scam, said_scam) {
            (true, true) => h += 1,
            (true, false) => m += 1,
            (false, true) => fa += 1,
            (false, false) => cr += 1,
        }
    }
    sdt_estimate(h, m, fa, cr)
}

/// Both measures over a set of trials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    /// What they did: refusing remote access is the "scam" response.
    pub behaviour: SdtEstimate,
    /// What they judged (ratings 1–3 are "scam"), over the judged trials;
    /// `None` when no trial was judged.
    pub detection: Option<SdtEstimate>,
    /// The ROC from the ratings; `None` unless scams and genuine situations
    /// were both judged.
    pub roc: Option<Roc>,
    /// The one-point ROC of behaviour (refused or not): its area is
    /// (1 + H − F) / 2 on the raw rates.
    pub behaviour_roc: Option<Roc>,
}

/// What they did, over every trial.
pub fn behaviour(trials: &[Trial]) -> SdtEstimate {
    tally(trials.iter().map(|t| (t.scam, t.acted_scam)))
}

/// What they judged, over the judged trials; `None` when none was judged.
pub fn detection(trials: &[Trial]) -> Option<SdtEstimate> {
    let mut judged = trials
        .iter()
        .filter_map(|t| t.rating.map(|r| (t.scam, r.says_scam())))
        .peekable();
    judged.peek()?;
    Some(tally(judged))
}

pub fn measures(trials: &[Trial]) -> Measures {
    let behaviour = behaviour(trials);
    let b = &behaviour.signal;
    let behaviour_roc = roc_from_counts(
        [b.hits, 0, 0, 0, 0, b.misses],
        [b.false_alarms, 0, 0, 0, 0, b.correct_rejections],
    );
    Measures {
        behaviour,
        detection: detection(trials),
        roc: roc(trials.iter().filter_map(|t| t.rating.map(|r| (t.scam, r)))),
        behaviour_roc,
    }
}
