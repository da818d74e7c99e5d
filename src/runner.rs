//! The run state machine: a deterministic walk through a scenario for a
//! (pack version, locale, seed), driven by choices and red-flag marks with
//! their times. It records an event log; replaying the log reproduces the run
//! and its score exactly.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::locale::LocaleInfo;
use crate::model::{Outcome, Step};
use crate::pack::Pack;
use crate::variables::{Values, draw};

/// Something that happened in a run. Times are milliseconds since the run
/// started, as given by the caller (the GUI's clock, or the CLI's script).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Enter {
        step: String,
        at_ms: u64,
    },
    Mark {
        step: String,
        hotspot: String,
        at_ms: u64,
    },
    Choose {
        step: String,
        choice: String,
        at_ms: u64,
        decision_ms: u64,
    },
    End {
        step: String,
        outcome: Outcome,
        at_ms: u64,
    },
    /// After the last decision, before the debrief: "Looking back: was that
    /// a scam, or real help?" `rating` is 1 (sure scam) to 6 (sure genuine);
    /// see [`crate::measure::Rating`].
    Judge {
        rating: u8,
        at_ms: u64,
    },
}

/// Everything needed to reproduce a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunLog {
    pub pack_id: String,
    pub pack_version: String,
    pub locale: String,
    pub seed: u64,
    pub events: Vec<Event>,
}

/// Why an input was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("the run has ended")]
    Finished,
    #[error("step \"{step}\" has no choice \"{choice}\" (choices: {available})")]
    NoSuchChoice {
        step: String,
        choice: String,
        available: String,
    },
    #[error("step \"{step}\" has no red flag \"{hotspot}\"")]
    NoSuchHotspot { step: String, hotspot: String },
    #[error(
        "the log is for {log_pack} version {log_version}, but the loaded pack is {pack} version {version}"
    )]
    VersionMismatch {
        log_pack: String,
        log_version: String,
        pack: String,
        version: String,
    },
    #[error("replaying the log gave a different run at event {index}")]
    Diverged { index: usize },
    #[error("a judgement is 1 (sure it was a scam) to 6 (sure it was genuine), not {rating}")]
    BadJudgement { rating: u8 },
    #[error("the judgement comes after the scenario's last decision; the run has not ended")]
    NotFinished,
    #[error("the run was already judged")]
    AlreadyJudged,
}

/// A run in progress (or finished).
#[derive(Debug, Clone)]
pub struct Run {
    pack: Arc<Pack>,
    locale: String,
    seed: u64,
    values: Values,
    current: String,
    entered_ms: u64,
    now_ms: u64,
    marked: BTreeSet<String>,
    events: Vec<Event>,
    outcome: Option<Outcome>,
}

impl Run {
    /// Start a run. `locale` is the tag the trainee plays in; `info` gives the
    /// regional facts the variables are drawn with.
    pub fn start(pack: Arc<Pack>, locale: &str, info: &LocaleInfo, seed: u64) -> Run {
        let values = draw(&pack.scenario, info, seed);
        let start = pack.scenario.start.clone();
        let mut run = Run {
            pack,
            locale: locale.to_owned(),
            seed,
            values,
            current: start.clone(),
            entered_ms: 0,
            now_ms: 0,
            marked: BTreeSet::new(),
            events: Vec::new(),
            outcome: None,
        };
        run.enter(start, 0);
        run
    }

    fn enter(&mut self, step: String, at_ms: u64) {
        self.current = step.clone();
        self.entered_ms = at_ms;
        self.events.push(Event::Enter {
            step: step.clone(),
            at_ms,
        });
        if let Some(ending) = self
            .pack
            .scenario
            .step(&step)
            .and_then(|s| s.ending.as_ref())
        {
            // The checker rejects endings without an outcome; a pack loaded
            // without checking still ends, as Compromised (the cautious reading).
            let outcome = ending.outcome.unwrap_or(Outcome::Compromised);
            self.outcome = Some(outcome);
            self.events.push(Event::End {
                step,
                outcome,
                at_ms,
            });
        }
    }

    /// Times never run backwards: an earlier time is taken as "now".
    fn clock(&mut self, at_ms: u64) -> u64 {
        self.now_ms = self.now_ms.max(at_ms);
        self.now_ms
    }

    pub fn pack(&self) -> &Arc<Pack> {
        &self.pack
    }
    pub fn locale(&self) -> &str {
        &self.locale
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn values(&self) -> &Values {
        &self.values
    }
    pub fn current_id(&self) -> &str {
        &self.current
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    pub fn marked(&self) -> &BTreeSet<String> {
        &self.marked
    }
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome
    }
    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }

    /// The step the trainee is at. A run only ever enters steps that exist
    /// (choices to unknown steps are refused), so this is always present for
    /// packs that passed loading.
    pub fn current(&self) -> Option<&Step> {
        self.pack.scenario.step(&self.current)
    }

    /// Mark a red flag on the current step. Marking the same flag twice is
    /// recorded once.
    pub fn mark(&mut self, hotspot: &str, at_ms: u64) -> Result<bool, RunError> {
        if self.is_finished() {
            return Err(RunError::Finished);
        }
        let step = self.current().ok_or(RunError::Finished)?;
        if !step.hotspots.iter().any(|h| h.id == hotspot) {
            return Err(RunError::NoSuchHotspot {
                step: self.current.clone(),
                hotspot: hotspot.to_owned(),
            });
        }
        if !self.marked.insert(hotspot.to_owned()) {
            return Ok(false);
        }
        let at_ms = self.clock(at_ms);
        self.events.push(Event::Mark {
            step: self.current.clone(),
            hotspot: hotspot.to_owned(),
            at_ms,
        });
        Ok(true)
    }

    /// Take a choice of the current step.
    pub fn choose(&mut self, choice: &str, at_ms: u64) -> Result<(), RunError> {
        if self.is_finished() {
            return Err(RunError::Finished);
        }
        let step = self.current().ok_or(RunError::Finished)?;
        let Some(c) = step.choice(choice) else {
            return Err(RunError::NoSuchChoice {
                step: self.current.clone(),
                choice: choice.to_owned(),
                available: step
                    .choices
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        if self.pack.scenario.step(&c.next).is_none() {
            return Err(RunError::NoSuchChoice {
                step: self.current.clone(),
                choice: choice.to_owned(),
                available: "(leads to an unknown step)".into(),
            });
        }
        let next = c.next.clone();
        let at_ms = self.clock(at_ms);
        self.events.push(Event::Choose {
            step: self.current.clone(),
            choice: choice.to_owned(),
            at_ms,
            decision_ms: at_ms - self.entered_ms,
        });
        self.enter(next, at_ms);
        Ok(())
    }

    /// The trainee's judgement of the finished run, 1 (sure it was a scam)
    /// to 6 (sure it was genuine): once, after the last decision.
    pub fn judge(&mut self, rating: u8, at_ms: u64) -> Result<(), RunError> {
        if crate::measure::Rating::new(rating).is_none() {
            return Err(RunError::BadJudgement { rating });
        }
        if !self.is_finished() {
            return Err(RunError::NotFinished);
        }
        if self.judgement().is_some() {
            return Err(RunError::AlreadyJudged);
        }
        let at_ms = self.clock(at_ms);
        self.events.push(Event::Judge { rating, at_ms });
        Ok(())
    }

    /// The judgement given, if any.
    pub fn judgement(&self) -> Option<crate::measure::Rating> {
        self.events.iter().rev().find_map(|e| match e {
            Event::Judge { rating, .. } => crate::measure::Rating::new(*rating),
            _ => None,
        })
    }

    /// The log that reproduces this run.
    pub fn log(&self) -> RunLog {
        RunLog {
            pack_id: self.pack.scenario.id.clone(),
            pack_version: self.pack.scenario.version.clone(),
            locale: self.locale.clone(),
            seed: self.seed,
            events: self.events.clone(),
        }
    }

    /// Rebuild a run from its log by feeding the same inputs again, and check
    /// that the rebuilt log is identical.
    pub fn replay(pack: Arc<Pack>, info: &LocaleInfo, log: &RunLog) -> Result<Run, RunError> {
        if pack.scenario.id != log.pack_id || pack.scenario.version != log.pack_version {
            return Err(RunError::VersionMismatch {
                log_pack: log.pack_id.clone(),
                log_version: log.pack_version.clone(),
                pack: pack.scenario.id.clone(),
                version: pack.scenario.version.clone(),
            });
        }
        let mut run = Run::start(pack, &log.locale, info, log.seed);
        for e in &log.events {
            match e {
                Event::Mark { hotspot, at_ms, .. } => {
                    run.mark(hotspot, *at_ms)?;
                }
                Event::Choose { choice, at_ms, .. } => run.choose(choice, *at_ms)?,
                Event::Judge { rating, at_ms } => run.judge(*rating, *at_ms)?,
                Event::Enter { .. } | Event::End { .. } => {}
            }
        }
        if let Some(index) = run.events.iter().zip(&log.events).position(|(a, b)| a != b) {
            return Err(RunError::Diverged { index });
        }
        if run.events.len() != log.events.len() {
            return Err(RunError::Diverged {
                index: run.events.len().min(log.events.len()),
            });
        }
        Ok(run)
    }
}
