//! Signal detection across scenarios: scams are signals, genuine support is
//! noise; "refused remote access" is a "scam" response. Rates of 0 or 1 are
//! corrected with the log-linear rule (Hautus 1995): add 0.5 to each count
//! and 1 to each total, always.

use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, Normal};

use super::ScenarioScore;
use crate::model::PackKind;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SignalDetection {
    pub hits: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub correct_rejections: u32,
    /// Raw rates (None when there were no scams / no genuine packs).
    pub hit_rate: Option<f64>,
    pub false_alarm_rate: Option<f64>,
    /// Sensitivity d′ = z(H) − z(F) on corrected rates.
    pub d_prime: f64,
    /// Bias c = −(z(H) + z(F)) / 2; negative means a lean towards calling
    /// everything a scam (refusing even genuine help), positive the opposite.
    pub bias_c: f64,
}

fn z(p: f64) -> f64 {
    Normal::standard().inverse_cdf(p)
}

/// d′ and c from raw counts with the log-linear correction.
pub fn from_counts(
    hits: u32,
    misses: u32,
    false_alarms: u32,
    correct_rejections: u32,
) -> SignalDetection {
    let signals = f64::from(hits + misses);
    let noise = f64::from(false_alarms + correct_rejections);
    let h = (f64::from(hits) + 0.5) / (signals + 1.0);
    let f = (f64::from(false_alarms) + 0.5) / (noise + 1.0);
    let (zh, zf) = (z(h), z(f));
    SignalDetection {
        hits,
        misses,
        false_alarms,
        correct_rejections,
        hit_rate: (signals > 0.0).then(|| f64::from(hits) / signals),
        false_alarm_rate: (noise > 0.0).then(|| f64::from(false_alarms) / noise),
        d_prime: zh - zf,
        bias_c: -(zh + zf) / 2.0,
    }
}

/// Signal detection over scored scenarios.
pub fn signal_detection(scores: &[ScenarioScore]) -> SignalDetection {
    let (mut hits, mut misses, mut fas, mut crs) = (0, 0, 0, 0);
    for s in scores {
        let said_scam = s.remote_access.said_scam();
        match (s.kind, said_scam) {
            (PackKind::Scam, true) => hits += 1,
            (PackKind::Scam, false) => misses += 1,
            (PackKind::Genuine, true) => fas += 1,
            (PackKind::Genuine, false) => crs += 1,
        }
    }
    from_counts(hits, misses, fas, crs)
}
