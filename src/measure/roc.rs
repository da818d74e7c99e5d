//! The empirical ROC curve from confidence ratings. Scams are signals; a
//! rating of k or lower ("at least this sure it was a scam") is a "scam"
//! response at criterion k. Cumulating over the five criteria gives five
//! points between (0, 0) and (1, 1); the area under the polyline by the
//! trapezoid rule equals the probability that a scam is rated more
//! scam-like than a genuine situation (ties count half).

use serde::{Deserialize, Serialize};

use super::interval::{Interval, auc_standard_error, z_interval};
use super::rating::{Rating, SCALE};

/// One point: false-alarm rate (x) and hit rate (y) at a criterion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RocPoint {
    pub false_alarm_rate: f64,
    pub hit_rate: f64,
}

/// The curve, its area, and what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Roc {
    /// Ratings of scam situations, by rating (index 0 = rating 1).
    pub scam_counts: [u32; SCALE as usize],
    /// Ratings of genuine situations, by rating.
    pub genuine_counts: [u32; SCALE as usize],
    /// (0, 0), the five criteria from strictest to laxest, then (1, 1).
    pub points: Vec<RocPoint>,
    /// Trapezoid area under the curve.
    pub auc: f64,
    /// Hanley & McNeil standard error of the area.
    pub auc_se: Option<f64>,
    /// 95% interval for the area, clipped to 0..1.
    pub auc_interval: Option<Interval>,
}

impl Roc {
    /// Rated trials behind the curve.
    pub fn trials(&self) -> u32 {
        self.scam_counts.iter().chain(&self.genuine_counts).sum()
    }
}

/// The ROC from `(is_scam, rating)` pairs; `None` unless both scams and
/// genuine situations were rated.
pub fn roc(ratings: impl IntoIterator<Item = (bool, Rating)>) -> Option<Roc> {
    let mut scam = [0u32; SCALE as usize];
    let mut genuine = [0u32; SCALE as usize];
    for (is_scam, r) in ratings {
        let slot = usize::from(r.get() - 1);
        if is_scam {
            scam[slot] += 1;
        } else {
            genuine[slot] += 1;
        }
    }
    roc_from_counts(scam, genuine)
}

/// The ROC from counts per rating (index 0 = rating 1, "sure scam").
pub fn roc_from_counts(scam: [u32; SCALE as usize], genuine: [u32; SCALE as usize]) -> Option<Roc> {
    let (ns, nn): (u32, u32) = (scam.iter().sum(), genuine.iter().sum());
    if ns == 0 || nn == 0 {
        return None;
    }
    let mut points = vec![RocPoint {
        false_alarm_rate: 0.0,
        hit_rate: 0.0,
    }];
    let (mut hs, mut fs) = (0u32, 0u32);
    for k in 0..usize::from(SCALE) {
        hs += scam[k];
        fs += genuine[k];
        points.push(RocPoint {
            false_alarm_rate: f64::from(fs) / f64::from(nn),
            hit_rate: f64::from(hs) / f64::from(ns),
        });
    }
    let auc = points
        .windows(2)
        .map(|w| {
            (w[1].false_alarm_rate - w[0].false_alarm_rate) * (w[0].hit_rate + w[1].hit_rate) / 2.0
        })
        .sum::<f64>();
    let auc_se = auc_standard_error(auc, ns, nn);
    let auc_interval = auc_se
        .and_then(|se| z_interval(auc, se * se, 0.95))
        .map(|i| Interval {
            low: i.low.max(0.0),
            high: i.high.min(1.0),
        });
    Some(Roc {
        scam_counts: scam,
        genuine_counts: genuine,
        points,
        auc,
        auc_se,
        auc_interval,
    })
}
