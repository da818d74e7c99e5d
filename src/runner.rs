//! The run state machine: a deterministic walk through a scenario for a
//! (pack version, locale, seed), driven by choices and red-flag marks with
//! their times. It records an event log; replaying the log reproduces the run
//! and its score exactly.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::locale::LocaleInfo;
use crate::model::{Action, Ending, Lost, Outcome, State, Step, Variable};
use crate::pack::Pack;
use crate::variables::{Values, amount_usd, draw};

/// Something that happened in a run. Times are milliseconds since the run
/// started, as given by the caller (the GUI's clock, or the CLI's script).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Enter {
        step: String,
        at_ms: u64,
    },
    /// A red flag found: `hotspot` is the flag, `element` the element of the
    /// scene marked when it is not the flag's own id.
    Mark {
        step: String,
        hotspot: String,
        at_ms: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        element: Option<String>,
    },
    /// A mark on an element that is no red flag of the step (a false flag).
    FalseFlag {
        step: String,
        element: String,
        at_ms: u64,
    },
    Choose {
        step: String,
        choice: String,
        at_ms: u64,
        decision_ms: u64,
    },
    /// The step's countdown ran out at `at_ms`; the run moves to `next`.
    Timeout {
        step: String,
        next: String,
        at_ms: u64,
    },
    End {
        step: String,
        outcome: Outcome,
        at_ms: u64,
        /// Further outcomes of the ending.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<Outcome>,
        /// US-dollar equivalent of what the ending says was lost.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lost_usd: Option<u64>,
        /// What the trainee did afterwards, as the ending tells it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        recovery: Vec<Action>,
    },
    /// After the last decision, before the debrief: "Looking back: was that
    /// a scam, or real help?" `rating` is 1 (sure scam) to 6 (sure genuine);
    /// see [`crate::measure::Rating`].
    Judge {
        rating: u8,
        at_ms: u64,
    },
}

impl Event {
    /// When it happened (ms since the run started).
    pub fn at_ms(&self) -> u64 {
        match self {
            Event::Enter { at_ms, .. }
            | Event::Mark { at_ms, .. }
            | Event::FalseFlag { at_ms, .. }
            | Event::Choose { at_ms, .. }
            | Event::Timeout { at_ms, .. }
            | Event::End { at_ms, .. }
            | Event::Judge { at_ms, .. } => *at_ms,
        }
    }
}

/// Logs written before scoring had a version were scored by version 1.
fn scoring_v1() -> u32 {
    1
}

/// Everything needed to reproduce a run and its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunLog {
    pub pack_id: String,
    pub pack_version: String,
    pub locale: String,
    pub seed: u64,
    pub events: Vec<Event>,
    /// The scoring rules the run was scored by ([`crate::scoring::SCORING_VERSION`]);
    /// 1 for logs written before the field existed.
    #[serde(default = "scoring_v1")]
    pub scoring: u32,
    /// The pass mark the run was scored against; `None` (old logs, runs
    /// outside a curriculum) means [`crate::scoring::DEFAULT_PASS_MARK`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<u32>,
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
    #[error("step \"{step}\" has no countdown that has run out at {at_ms} ms")]
    NoTimeout { step: String, at_ms: u64 },
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
    false_flags: BTreeSet<(String, String)>,
    state: State,
    events: Vec<Event>,
    outcome: Option<Outcome>,
    ending: Option<Ending>,
    /// The scoring rules this run is scored by (a replayed old log keeps its own).
    scoring: u32,
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
            false_flags: BTreeSet::new(),
            state: State::default(),
            events: Vec::new(),
            outcome: None,
            ending: None,
            scoring: crate::scoring::SCORING_VERSION,
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
            .and_then(|s| s.ending_in(&self.state))
            .cloned()
        {
            // The checker rejects endings without an outcome; a pack loaded
            // without checking still ends, as Compromised (the cautious reading).
            let outcome = ending.outcome.unwrap_or(Outcome::Compromised);
            let also = ending
                .outcomes()
                .into_iter()
                .filter(|o| *o != outcome)
                .collect();
            let lost_usd = ending.lost.as_ref().map(|l| self.lost_usd(l));
            self.outcome = Some(outcome);
            self.events.push(Event::End {
                step,
                outcome,
                at_ms,
                also,
                lost_usd,
                recovery: ending.recovery.clone(),
            });
            self.ending = Some(ending);
        }
    }

    /// US-dollar value of what an ending says was lost, in this run.
    fn lost_usd(&self, lost: &Lost) -> u64 {
        let s = &self.pack.scenario;
        match lost {
            Lost::Var(v) => amount_usd(s, self.seed, v).unwrap_or(0),
            Lost::Total(t) => self
                .state
                .totals
                .get(t)
                .map(|vars| {
                    vars.iter()
                        .map(|v| amount_usd(s, self.seed, v).unwrap_or(0))
                        .sum()
                })
                .unwrap_or(0),
        }
    }

    fn counter_max(&self, name: &str) -> u32 {
        match self.pack.scenario.variables.get(name) {
            Some(Variable::Counter { max }) => *max,
            _ => u32::MAX,
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
    /// Red flags found (hotspot ids).
    pub fn marked(&self) -> &BTreeSet<String> {
        &self.marked
    }
    /// False flags: (step, element) marked that were no red flag there.
    pub fn false_flags(&self) -> &BTreeSet<(String, String)> {
        &self.false_flags
    }
    /// Flags, counters and totals now.
    pub fn state(&self) -> &State {
        &self.state
    }
    /// The main outcome, once the run has ended.
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome
    }
    /// Every outcome of the ending reached (main one first).
    pub fn outcomes(&self) -> Vec<Outcome> {
        let mut v: Vec<Outcome> = self.outcome.into_iter().collect();
        if let Some(e) = &self.ending {
            v.extend(
                e.outcomes()
                    .into_iter()
                    .filter(|o| Some(*o) != self.outcome),
            );
        }
        v
    }
    /// The ending reached (the one whose condition held).
    pub fn ending(&self) -> Option<&Ending> {
        self.ending.as_ref()
    }
    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }
    /// When the current step was entered, and the latest time seen (ms).
    pub fn entered_ms(&self) -> u64 {
        self.entered_ms
    }
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// The step the trainee is at. A run only ever enters steps that exist
    /// (choices to unknown steps are refused), so this is always present for
    /// packs that passed loading.
    pub fn current(&self) -> Option<&Step> {
        self.pack.scenario.step(&self.current)
    }

    /// Ids of the choices offered now (those whose condition holds).
    pub fn available_choices(&self) -> Vec<&str> {
        self.current()
            .map(|s| {
                s.choices
                    .iter()
                    .filter(|c| c.when.as_ref().is_none_or(|w| w.holds(&self.state)))
                    .map(|c| c.id.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Mark an element of the current scene as suspicious. An element bound
    /// to a red flag of the step (a hotspot's own id or one of its
    /// `elements`) is a hit; any other element is a false flag. Marking the
    /// same thing twice is recorded once (returns `false`).
    pub fn mark(&mut self, element: &str, at_ms: u64) -> Result<bool, RunError> {
        if self.is_finished() {
            return Err(RunError::Finished);
        }
        let step = self.current().ok_or(RunError::Finished)?;
        if element.is_empty() {
            return Err(RunError::NoSuchHotspot {
                step: self.current.clone(),
                hotspot: String::new(),
            });
        }
        let hit = step
            .hotspots
            .iter()
            .find(|h| h.element_ids().contains(&element))
            .map(|h| h.id.clone());
        match hit {
            Some(hotspot) => {
                if !self.marked.insert(hotspot.clone()) {
                    return Ok(false);
                }
                let at_ms = self.clock(at_ms);
                self.events.push(Event::Mark {
                    step: self.current.clone(),
                    element: (element != hotspot).then(|| element.to_owned()),
                    hotspot,
                    at_ms,
                });
            }
            None => {
                if !self
                    .false_flags
                    .insert((self.current.clone(), element.to_owned()))
                {
                    return Ok(false);
                }
                let at_ms = self.clock(at_ms);
                self.events.push(Event::FalseFlag {
                    step: self.current.clone(),
                    element: element.to_owned(),
                    at_ms,
                });
            }
        }
        Ok(true)
    }

    /// Take a choice of the current step.
    pub fn choose(&mut self, choice: &str, at_ms: u64) -> Result<(), RunError> {
        if self.is_finished() {
            return Err(RunError::Finished);
        }
        let step = self.current().ok_or(RunError::Finished)?;
        let offered = self.available_choices();
        let Some(c) = step.choice(choice).filter(|_| offered.contains(&choice)) else {
            return Err(RunError::NoSuchChoice {
                step: self.current.clone(),
                choice: choice.to_owned(),
                available: offered.join(", "),
            });
        };
        let mut state = self.state.clone();
        for e in &c.effects {
            e.apply(&mut state, |n| self.counter_max(n));
        }
        let next = c.destination(&state).to_owned();
        if self.pack.scenario.step(&next).is_none() {
            return Err(RunError::NoSuchChoice {
                step: self.current.clone(),
                choice: choice.to_owned(),
                available: "(leads to an unknown step)".into(),
            });
        }
        let at_ms = self.clock(at_ms);
        self.events.push(Event::Choose {
            step: self.current.clone(),
            choice: choice.to_owned(),
            at_ms,
            decision_ms: at_ms - self.entered_ms,
        });
        self.state = state;
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

    /// Milliseconds left on the current step's countdown (`None` without one).
    pub fn timeout_left_ms(&self, at_ms: u64) -> Option<u64> {
        let t = self.current()?.timeout.as_ref()?;
        if self.is_finished() {
            return None;
        }
        let due = self.entered_ms + u64::from(t.after_secs) * 1000;
        Some(due.saturating_sub(at_ms.max(self.now_ms)))
    }

    /// The next moment after `at_ms` (on the run's clock) when something is
    /// due at the current step: its countdown running out, or a pressure
    /// line falling due. `None` when nothing more is due (a front end then
    /// need not wake for the story).
    pub fn next_due_after(&self, at_ms: u64) -> Option<u64> {
        if self.is_finished() {
            return None;
        }
        let step = self.current()?;
        let timeout = step
            .timeout
            .as_ref()
            .map(|t| self.entered_ms + u64::from(t.after_secs) * 1000);
        let lines = step
            .lines
            .iter()
            .filter_map(|l| l.after_secs)
            .map(|a| self.entered_ms + u64::from(a) * 1000);
        timeout
            .into_iter()
            .chain(lines)
            .filter(|&t| t > at_ms)
            .min()
    }

    /// Let time pass to `at_ms`. If the current step's countdown has run out
    /// by then, the timeout fires now (an `Event::Timeout` at `at_ms`) and the
    /// run moves to its `next` step; returns whether it fired. Choices and
    /// marks never fire a timeout: the caller ticks (the GUI every frame, the
    /// CLI on `@timeout`), so the log alone decides.
    pub fn tick(&mut self, at_ms: u64) -> bool {
        if self.is_finished() {
            return false;
        }
        // Time passes even on a step without a countdown: pressure lines
        // fall due by the run's clock.
        let now = self.clock(at_ms);
        let Some(t) = self.current().and_then(|s| s.timeout.clone()) else {
            return false;
        };
        let due = self.entered_ms + u64::from(t.after_secs) * 1000;
        if now < due || self.pack.scenario.step(&t.next).is_none() {
            return false;
        }
        let mut state = self.state.clone();
        for e in &t.effects {
            e.apply(&mut state, |n| self.counter_max(n));
        }
        self.events.push(Event::Timeout {
            step: self.current.clone(),
            next: t.next.clone(),
            at_ms: now,
        });
        self.state = state;
        self.enter(t.next, now);
        true
    }

    /// The log that reproduces this run (scored with the current rules; the
    /// pass mark is left to the caller: see `Play::log`).
    pub fn log(&self) -> RunLog {
        RunLog {
            pack_id: self.pack.scenario.id.clone(),
            pack_version: self.pack.scenario.version.clone(),
            locale: self.locale.clone(),
            seed: self.seed,
            events: self.events.clone(),
            scoring: self.scoring,
            pass_mark: None,
        }
    }

    /// Rebuild a run from its log by feeding the same inputs again, and check
    /// that the rebuilt log is identical (up to events the last input
    /// generated, which a log cut short by a crash may lack).
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
        run.scoring = log.scoring;
        for e in &log.events {
            match e {
                Event::Mark {
                    hotspot,
                    element,
                    at_ms,
                    ..
                } => {
                    run.mark(element.as_deref().unwrap_or(hotspot), *at_ms)?;
                }
                Event::FalseFlag { element, at_ms, .. } => {
                    run.mark(element, *at_ms)?;
                }
                Event::Choose { choice, at_ms, .. } => run.choose(choice, *at_ms)?,
                Event::Judge { rating, at_ms } => run.judge(*rating, *at_ms)?,
                Event::Timeout { step, at_ms, .. } => {
                    if !run.tick(*at_ms) {
                        return Err(RunError::NoTimeout {
                            step: step.clone(),
                            at_ms: *at_ms,
                        });
                    }
                }
                Event::Enter { .. } | Event::End { .. } => {}
            }
        }
        if let Some(index) = run.events.iter().zip(&log.events).position(|(a, b)| a != b) {
            return Err(RunError::Diverged { index });
        }
        // A log may lack the events the last input generated (a process
        // killed between storing a choice and the step it entered): those
        // follow from the inputs, so the rebuilt run supplies them.
        let generated_tail = run.events[log.events.len().min(run.events.len())..]
            .iter()
            .all(|e| matches!(e, Event::Enter { .. } | Event::End { .. }));
        if run.events.len() < log.events.len() || !generated_tail {
            return Err(RunError::Diverged {
                index: run.events.len().min(log.events.len()),
            });
        }
        Ok(run)
    }
}
