//! Scoring: one scenario's verdicts and points, and signal-detection figures
//! across a curriculum that mixes scams with genuine support.

mod curriculum;
mod scenario;
mod signal;

pub use curriculum::{CurriculumScore, score_curriculum};
pub use scenario::{
    DEFAULT_PASS_MARK, FALSE_FLAG_PENALTY, Part, PartScore, RemoteAccess, SCORING_VERSION,
    ScenarioScore, Weights, money_loss_fraction, score_run,
};
pub use signal::{SignalDetection, from_counts as signal_from_counts, signal_detection};
