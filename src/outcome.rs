//! What a run came to, computed once by the engine when the run ends or is
//! left: the score, the debrief, whether it reached an ending and how long
//! it took. The debrief screen shows it, the records store it and the LRS
//! receives it; nothing scores a run a second time.

use crate::debrief::Debrief;
use crate::play::Play;
use crate::runner::{Event, RunLog};
use crate::scoring::ScenarioScore;

#[derive(Debug, Clone, PartialEq)]
pub struct RunOutcome {
    /// The full log (events, scoring version, pass mark): replaying it
    /// reproduces `score`.
    pub log: RunLog,
    pub score: ScenarioScore,
    pub debrief: Debrief,
    /// The run reached an ending (else it was left on the way).
    pub completed: bool,
    /// Time from the start to the last act; the judgement after the ending
    /// does not count.
    pub duration_ms: u64,
}

impl Play {
    /// The run's outcome as it stands now.
    pub fn outcome(&self) -> RunOutcome {
        let log = self.log();
        let duration_ms = log
            .events
            .iter()
            .rev()
            .find(|e| !matches!(e, Event::Judge { .. }))
            .map_or(0, Event::at_ms);
        let score = self.score();
        RunOutcome {
            debrief: self.debrief_for(&score),
            score,
            completed: self.run.is_finished(),
            duration_ms,
            log,
        }
    }
}
