//! Intervals: normal-approximation intervals from a variance, the
//! Gourevitch & Galanter (1967) variance of d′ and c, and the Hanley & McNeil
//! (1982) standard error of the area under an ROC curve.

use serde::{Deserialize, Serialize};
use statrs::distribution::{Continuous, ContinuousCDF, Normal};

/// A two-sided interval `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    /// True when 0 lies outside the interval (the change is "measurable").
    pub fn excludes_zero(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }

    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// The standard normal quantile z(p) (statrs).
pub fn normal_quantile(p: f64) -> f64 {
    Normal::standard().inverse_cdf(p)
}

fn density(z: f64) -> f64 {
    Normal::standard().pdf(z)
}

/// `estimate ± z(1 − (1 − level)/2) · √variance`; `None` when the variance
/// is not a finite non-negative number.
pub fn z_interval(estimate: f64, variance: f64, level: f64) -> Option<Interval> {
    if !(variance.is_finite() && variance >= 0.0 && estimate.is_finite()) {
        return None;
    }
    let half = normal_quantile(1.0 - (1.0 - level) / 2.0) * variance.sqrt();
    Some(Interval {
        low: estimate - half,
        high: estimate + half,
    })
}

/// Gourevitch & Galanter (1967): the variance of d′ = z(H) − z(F) from the
/// hit rate `h` over `signals` trials and the false-alarm rate `f` over
/// `noise` trials: H(1−H) / (N_s φ(z(H))²) + F(1−F) / (N_n φ(z(F))²).
/// `None` without trials of both kinds or with a rate of 0 or 1.
pub fn d_prime_variance(h: f64, f: f64, signals: u32, noise: u32) -> Option<f64> {
    if signals == 0 || noise == 0 || !(0.0 < h && h < 1.0 && 0.0 < f && f < 1.0) {
        return None;
    }
    let part =
        |p: f64, n: u32| p * (1.0 - p) / (f64::from(n) * density(normal_quantile(p)).powi(2));
    Some(part(h, signals) + part(f, noise))
}

/// The variance of c = −(z(H) + z(F)) / 2: a quarter of the same sum.
pub fn c_variance(h: f64, f: f64, signals: u32, noise: u32) -> Option<f64> {
    d_prime_variance(h, f, signals, noise).map(|v| v / 4.0)
}

/// Hanley & McNeil (1982): the standard error of an area `auc` estimated
/// from `positives` signal and `negatives` noise cases:
/// √[(A(1−A) + (n_s−1)(Q1−A²) + (n_n−1)(Q2−A²)) / (n_s n_n)],
/// Q1 = A/(2−A), Q2 = 2A²/(1+A). `None` without cases of both kinds.
pub fn auc_standard_error(auc: f64, positives: u32, negatives: u32) -> Option<f64> {
    if positives == 0 || negatives == 0 || !(0.0..=1.0).contains(&auc) {
        return None;
    }
    let (a, np, nn) = (auc, f64::from(positives), f64::from(negatives));
    let q1 = a / (2.0 - a);
    let q2 = 2.0 * a * a / (1.0 + a);
    let v = (a * (1.0 - a) + (np - 1.0) * (q1 - a * a) + (nn - 1.0) * (q2 - a * a)) / (np * nn);
    Some(v.max(0.0).sqrt())
}
