//! A curriculum's result: mean points, pass or fail, and signal detection.

use serde::{Deserialize, Serialize};

use super::{ScenarioScore, SignalDetection, signal_detection};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurriculumScore {
    pub scenarios: usize,
    pub mean_points: f64,
    pub critical_failures: usize,
    /// Scenarios left before their ending (a curriculum with one never passes).
    #[serde(default)]
    pub unfinished: usize,
    pub signal: SignalDetection,
    pub pass_mark: u32,
    pub passed: bool,
}

/// Passed when the mean is at or above the pass mark, no scam ended in a
/// critical failure and every scenario reached its ending.
pub fn score_curriculum(scores: &[ScenarioScore], pass_mark: u32) -> CurriculumScore {
    let n = scores.len();
    let mean = if n == 0 {
        0.0
    } else {
        scores.iter().map(|s| f64::from(s.points)).sum::<f64>() / n as f64
    };
    let critical = scores.iter().filter(|s| s.critical).count();
    let unfinished = scores.iter().filter(|s| !s.finished).count();
    CurriculumScore {
        scenarios: n,
        mean_points: mean,
        critical_failures: critical,
        unfinished,
        signal: signal_detection(scores),
        pass_mark,
        passed: n > 0 && critical == 0 && unfinished == 0 && mean >= f64::from(pass_mark),
    }
}
