//! Run state written by the pack: conditions on flags and counters, the
//! effects choices have on them, conditional transitions, timeouts, and what
//! an ending says was lost.
//!
//! State variables are declared under `variables` (`Flag`, `Counter(max: N)`,
//! `Total`), so messages can use them like any other variable.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A condition on the run state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cond {
    /// The flag is set.
    Flag(String),
    /// The flag is not set.
    NotFlag(String),
    /// The counter is at least N.
    AtLeast(String, u32),
    /// The counter is below N.
    Below(String, u32),
    /// The total (of money) is above zero.
    AnyLost(String),
    /// Every condition holds.
    All(Vec<Cond>),
    /// At least one condition holds.
    Any(Vec<Cond>),
    /// The condition does not hold.
    Not(Box<Cond>),
}

/// A change to the run state, made by a choice or a timeout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    /// Set a flag.
    Set(String),
    /// Clear a flag.
    Clear(String),
    /// Add to a counter (kept within 0..=max).
    Add(String, i32),
    /// Add the value of an `Amount` variable to a `Total`.
    AddAmount(String, String),
}

/// A conditional transition: go to `next` when `when` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    pub when: Cond,
    pub next: String,
}

/// The countdown of a step: after `after_secs` without a choice, the run
/// moves to `next` (the caller loses patience, the page reloads).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeout {
    pub after_secs: u32,
    pub next: String,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// What an ending says was lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lost {
    /// The value of an `Amount` variable.
    Var(String),
    /// The value of a `Total` at the end of the run.
    Total(String),
}

impl Lost {
    /// The variable (amount or total) the loss is read from.
    pub fn name(&self) -> &str {
        match self {
            Lost::Var(n) | Lost::Total(n) => n,
        }
    }
}

/// A run's state: flags, counters, and totals (as the `Amount` variables
/// added to each, in order).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct State {
    pub flags: BTreeMap<String, bool>,
    pub counters: BTreeMap<String, u32>,
    pub totals: BTreeMap<String, Vec<String>>,
}

impl Cond {
    pub fn holds(&self, s: &State) -> bool {
        match self {
            Cond::Flag(f) => s.flags.get(f).copied().unwrap_or(false),
            Cond::NotFlag(f) => !s.flags.get(f).copied().unwrap_or(false),
            Cond::AtLeast(c, n) => s.counters.get(c).copied().unwrap_or(0) >= *n,
            Cond::Below(c, n) => s.counters.get(c).copied().unwrap_or(0) < *n,
            Cond::AnyLost(t) => s.totals.get(t).is_some_and(|v| !v.is_empty()),
            Cond::All(v) => v.iter().all(|c| c.holds(s)),
            Cond::Any(v) => v.iter().any(|c| c.holds(s)),
            Cond::Not(c) => !c.holds(s),
        }
    }

    /// Every state variable the condition reads.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Cond::Flag(n)
            | Cond::NotFlag(n)
            | Cond::AtLeast(n, _)
            | Cond::Below(n, _)
            | Cond::AnyLost(n) => vec![n],
            Cond::All(v) | Cond::Any(v) => v.iter().flat_map(Cond::names).collect(),
            Cond::Not(c) => c.names(),
        }
    }
}

impl Effect {
    /// Every variable the effect names: the state written and, for
    /// `AddAmount`, the amount read.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Effect::AddAmount(t, var) => vec![t, var],
            _ => vec![self.target()],
        }
    }

    /// The state variable written.
    pub fn target(&self) -> &str {
        match self {
            Effect::Set(n) | Effect::Clear(n) | Effect::Add(n, _) | Effect::AddAmount(n, _) => n,
        }
    }

    /// Apply to a state; `max` gives a counter's bound.
    pub fn apply(&self, s: &mut State, max: impl Fn(&str) -> u32) {
        match self {
            Effect::Set(f) => {
                s.flags.insert(f.clone(), true);
            }
            Effect::Clear(f) => {
                s.flags.insert(f.clone(), false);
            }
            Effect::Add(c, n) => {
                let v = i64::from(s.counters.get(c).copied().unwrap_or(0)) + i64::from(*n);
                let v = v.clamp(0, i64::from(max(c))) as u32;
                s.counters.insert(c.clone(), v);
            }
            Effect::AddAmount(t, var) => s.totals.entry(t.clone()).or_default().push(var.clone()),
        }
    }
}
