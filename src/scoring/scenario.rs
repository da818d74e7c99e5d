//! Scoring one scenario from its event log. Only the action tags of the
//! choices taken, the red flags marked, the false flags and the ending are
//! read; only the decisions the pack offers are scored. The rules are
//! documented, with a worked table, in docs/AUTHORING.md ("Scoring").

use serde::{Deserialize, Serialize};

use crate::model::{Action, Outcome, PackKind, Scenario};
use crate::runner::{Event, RunLog};
use crate::variables::amount_usd;

/// The version of the scoring rules below. Logs carry the version they were
/// scored by; logs without one (written before versions) are scored by the
/// frozen version 1, so a replay always gives the recorded result.
pub const SCORING_VERSION: u32 = 2;

/// A false flag cancels this fraction of one red flag found.
pub const FALSE_FLAG_PENALTY: f64 = 0.5;

/// Points for a scenario pass at or above this mark (out of 100), unless the
/// curriculum sets another.
pub const DEFAULT_PASS_MARK: u32 = 75;

/// The headline verdict: what the trainee did about remote access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemoteAccess {
    /// Scam: access refused or never given (correct).
    RefusedCorrectly,
    /// Scam: access granted or the code read out (critical failure).
    Granted,
    /// Genuine: access allowed after verifying the contact (correct).
    AllowedVerified,
    /// Genuine: access allowed without verifying (risky).
    AllowedUnverified,
    /// Genuine: help refused (false alarm).
    FalseAlarm,
    /// Scam with no remote-access decision in the pack: the trainee kept
    /// money and secrets (correct).
    NotOfferedSafe,
    /// Scam with no remote-access decision in the pack: the trainee lost
    /// money or gave secrets away.
    NotOfferedHarmed,
}

impl RemoteAccess {
    /// Did the trainee treat the contact as a scam (refuse access)?
    pub fn said_scam(self) -> bool {
        matches!(
            self,
            RemoteAccess::RefusedCorrectly
                | RemoteAccess::FalseAlarm
                | RemoteAccess::NotOfferedSafe
        )
    }
    pub fn is_correct(self) -> bool {
        matches!(
            self,
            RemoteAccess::RefusedCorrectly
                | RemoteAccess::AllowedVerified
                | RemoteAccess::NotOfferedSafe
        )
    }
    pub fn key(self) -> &'static str {
        match self {
            RemoteAccess::RefusedCorrectly => "refused-correctly",
            RemoteAccess::Granted => "granted",
            RemoteAccess::AllowedVerified => "allowed-verified",
            RemoteAccess::AllowedUnverified => "allowed-unverified",
            RemoteAccess::FalseAlarm => "false-alarm",
            RemoteAccess::NotOfferedSafe => "not-offered-safe",
            RemoteAccess::NotOfferedHarmed => "not-offered-harmed",
        }
    }
}

/// Relative weight of each part of the score. Only the parts the pack
/// offers count, and the score is rescaled to 100 over them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights {
    pub remote_access: u32,
    /// Partial credit for a genuine helper allowed without verification.
    pub remote_access_unverified: u32,
    pub payment: u32,
    pub credentials: u32,
    pub callback: u32,
    pub red_flags: u32,
    #[serde(default)]
    pub instructions: u32,
    #[serde(default)]
    pub recovery: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            remote_access: 40,
            remote_access_unverified: 10,
            payment: 25,
            credentials: 15,
            callback: 10,
            red_flags: 10,
            instructions: 10,
            recovery: 10,
        }
    }
}

/// A part of the score: a kind of decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    RemoteAccess,
    Money,
    Credentials,
    Callback,
    Instructions,
    RedFlags,
    Recovery,
}

/// One part as scored: its weight and the points earned of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartScore {
    pub part: Part,
    pub weight: u32,
    pub earned: f64,
}

fn yes() -> bool {
    true
}

/// The score of one scenario run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioScore {
    pub pack_id: String,
    pub kind: PackKind,
    pub outcome: Option<Outcome>,
    pub remote_access: RemoteAccess,
    pub paid: bool,
    pub shared_credentials: bool,
    pub called_alert_number: bool,
    pub verified: bool,
    pub flags_spotted: u32,
    pub flags_present: u32,
    /// Flags present on the steps visited but not marked.
    pub flags_missed: Vec<String>,
    /// Time taken at the remote-access decision, if the trainee reached one.
    pub decision_ms: Option<u64>,
    pub points: u32,
    /// Remote access granted or money lost in a scam.
    pub critical: bool,
    /// Points at or above the pass mark, no critical failure, and the run
    /// reached an ending.
    pub passed: bool,
    /// The run reached an ending (an unfinished run is never passed).
    #[serde(default = "yes")]
    pub finished: bool,
    /// Every outcome of the ending (main one first).
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// The pack asks for remote access somewhere.
    #[serde(default = "yes")]
    pub remote_access_offered: bool,
    /// Money was lost (paid, or the ending says so).
    #[serde(default)]
    pub money_lost: bool,
    /// How much (US-dollar equivalent), when the pack says.
    #[serde(default)]
    pub money_lost_usd: Option<u64>,
    /// Choices that did what a stranger said (before verifying, in genuine packs).
    #[serde(default)]
    pub followed_instructions: u32,
    /// Recovery actions taken (choices and the ending).
    #[serde(default)]
    pub recovery: Vec<Action>,
    /// Elements marked that were no red flag (as `step:element`).
    #[serde(default)]
    pub false_flags: Vec<String>,
    /// The parts scored, with weights and points earned.
    #[serde(default)]
    pub parts: Vec<PartScore>,
    /// The headline's key (`verdict-<key>` in the UI locale).
    #[serde(default)]
    pub headline: String,
    /// The scoring rules used.
    #[serde(default = "scoring_v1")]
    pub scoring: u32,
}

fn scoring_v1() -> u32 {
    1
}

impl ScenarioScore {
    /// The key of the headline (`verdict-<key>`), for scores stored before
    /// headlines existed too.
    pub fn headline_key(&self) -> &str {
        if self.headline.is_empty() {
            self.remote_access.key()
        } else {
            &self.headline
        }
    }
}

/// The fraction of the money part lost for `usd` lost (`None`: unknown):
/// any loss costs at least half; the rest grows with log10 of the amount,
/// all of it from $10,000 (US-dollar equivalent) up.
pub fn money_loss_fraction(usd: Option<u64>) -> f64 {
    match usd {
        None => 1.0,
        Some(0) => 0.0,
        Some(a) => 0.5 + 0.5 * ((a as f64 / 100.0).log10() / 2.0).clamp(0.0, 1.0),
    }
}

/// Score a run from its log against the scenario it was played on, by the
/// rules the log names (`log.scoring`).
pub fn score_run(scenario: &Scenario, log: &RunLog, pass_mark: u32, w: &Weights) -> ScenarioScore {
    if log.scoring <= 1 {
        score_v1(scenario, log, pass_mark, w)
    } else {
        score_v2(scenario, log, pass_mark, w)
    }
}

/// What the pack offers anywhere: the parts that can be scored.
fn offered(scenario: &Scenario) -> Vec<Part> {
    let actions: Vec<Action> = scenario
        .steps
        .values()
        .flat_map(|s| s.choices.iter())
        .flat_map(|c| c.actions.iter().copied())
        .collect();
    let endings: Vec<&crate::model::Ending> = scenario
        .steps
        .values()
        .flat_map(|s| s.all_endings())
        .collect();
    let mut parts = Vec::new();
    if actions.iter().any(|a| a.gives_remote_access()) {
        parts.push(Part::RemoteAccess);
    }
    if actions
        .iter()
        .any(|a| a.pays() || *a == Action::LogIntoBank)
        || endings
            .iter()
            .any(|e| e.lost.is_some() || e.outcomes().contains(&Outcome::MoneyLost))
    {
        parts.push(Part::Money);
    }
    if actions.iter().any(|a| a.shares_secrets()) {
        parts.push(Part::Credentials);
    }
    if actions.contains(&Action::CallNumberFromAlert) {
        parts.push(Part::Callback);
    }
    if actions.iter().any(|a| a.follows_stranger()) {
        parts.push(Part::Instructions);
    }
    if scenario.steps.values().any(|s| !s.hotspots.is_empty()) {
        parts.push(Part::RedFlags);
    }
    if actions.iter().any(|a| a.is_recovery())
        || endings
            .iter()
            .any(|e| e.recovery.iter().any(|a| a.is_recovery()))
    {
        parts.push(Part::Recovery);
    }
    parts
}

/// Scoring version 2: only the decisions the pack offers count.
fn score_v2(scenario: &Scenario, log: &RunLog, pass_mark: u32, w: &Weights) -> ScenarioScore {
    let mut actions: Vec<Action> = Vec::new();
    let mut granted_before_verify = false;
    let mut granted_after_verify = false;
    let mut verified = false;
    let mut decision_ms = None;
    let mut visited: Vec<&str> = Vec::new();
    let mut marked: Vec<&str> = Vec::new();
    let mut false_flags: Vec<String> = Vec::new();
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut ending_lost: Option<u64> = None;
    let mut recovery: Vec<Action> = Vec::new();
    let mut followed = 0u32;
    let mut paid_usd: Option<u64> = None;
    let mut paid_unknown = false;
    for e in &log.events {
        match e {
            Event::Enter { step, .. } => visited.push(step),
            Event::Mark { hotspot, .. } => marked.push(hotspot),
            Event::FalseFlag { step, element, .. } => false_flags.push(format!("{step}:{element}")),
            Event::Timeout { .. } | Event::Judge { .. } => {}
            Event::End {
                outcome,
                also,
                lost_usd,
                recovery: r,
                ..
            } => {
                outcomes.push(*outcome);
                outcomes.extend(also.iter().filter(|o| *o != outcome));
                ending_lost = *lost_usd;
                recovery.extend(r.iter().filter(|a| a.is_recovery()));
            }
            Event::Choose {
                step,
                choice,
                decision_ms: ms,
                ..
            } => {
                let Some(st) = scenario.step(step) else {
                    continue;
                };
                if decision_ms.is_none() && st.offers_remote_access() {
                    decision_ms = Some(*ms);
                }
                let Some(c) = st.choice(choice) else { continue };
                let verified_before = verified;
                let mut pays = false;
                for a in &c.actions {
                    if *a == Action::VerifyOfficialChannel {
                        verified = true;
                    }
                    if a.gives_remote_access() {
                        if verified {
                            granted_after_verify = true;
                        } else {
                            granted_before_verify = true;
                        }
                    }
                    if a.is_recovery() {
                        recovery.push(*a);
                    }
                    pays |= a.pays();
                    actions.push(*a);
                }
                let trusts_stranger = scenario.kind == PackKind::Scam || !verified_before;
                if trusts_stranger && c.actions.iter().any(|a| a.follows_stranger()) {
                    followed += 1;
                }
                if pays {
                    match st.scene.payment_amount_var() {
                        Some(amount_var) => match amount_usd(scenario, log.seed, amount_var) {
                            Some(a) => *paid_usd.get_or_insert(0) += a,
                            None => paid_unknown = true,
                        },
                        None => paid_unknown = true,
                    }
                }
            }
        }
    }
    recovery.sort();
    recovery.dedup();
    let finished = !outcomes.is_empty();
    let paid = actions.iter().any(|a| a.pays());
    let shared_credentials = actions.iter().any(|a| a.shares_secrets());
    let called_alert_number = actions.contains(&Action::CallNumberFromAlert);
    let granted = granted_before_verify || granted_after_verify;
    let (money_lost, money_lost_usd) = match ending_lost {
        Some(a) => (a > 0 || outcomes.contains(&Outcome::MoneyLost), Some(a)),
        None if paid => (true, if paid_unknown { None } else { paid_usd }),
        None => (outcomes.contains(&Outcome::MoneyLost), None),
    };
    let parts_offered = offered(scenario);
    let ra_offered = parts_offered.contains(&Part::RemoteAccess);

    let remote_access = match scenario.kind {
        PackKind::Scam if granted => RemoteAccess::Granted,
        PackKind::Scam if !ra_offered && (money_lost || shared_credentials) => {
            RemoteAccess::NotOfferedHarmed
        }
        PackKind::Scam if !ra_offered => RemoteAccess::NotOfferedSafe,
        PackKind::Scam => RemoteAccess::RefusedCorrectly,
        PackKind::Genuine if granted_before_verify => RemoteAccess::AllowedUnverified,
        PackKind::Genuine if granted_after_verify => RemoteAccess::AllowedVerified,
        PackKind::Genuine => RemoteAccess::FalseAlarm,
    };

    let (spotted, flags_missed, flags_present) = flag_tally(scenario, &visited, &marked);

    // Access given to a genuine helper is no harm to recover from.
    let access_harm = granted && scenario.kind == PackKind::Scam;
    let harmed = access_harm || shared_credentials || money_lost;
    let mut needed: Vec<Action> = Vec::new();
    if access_harm {
        needed.extend([
            Action::Disconnect,
            Action::UninstallTool,
            Action::ChangePasswords,
        ]);
    }
    if shared_credentials {
        needed.extend([Action::ChangePasswords, Action::ContactBank]);
    }
    if money_lost {
        needed.extend([Action::ContactBank, Action::Report]);
    }
    let pack_recovery: Vec<Action> = scenario
        .steps
        .values()
        .flat_map(|s| {
            s.choices
                .iter()
                .flat_map(|c| c.actions.iter().copied())
                .chain(s.all_endings().flat_map(|e| e.recovery.iter().copied()))
        })
        .filter(|a| a.is_recovery())
        .collect();
    needed.sort();
    needed.dedup();
    needed.retain(|a| pack_recovery.contains(a));

    let mut parts = Vec::new();
    for part in parts_offered {
        let (weight, fraction) = match part {
            Part::RemoteAccess => match remote_access {
                RemoteAccess::AllowedUnverified => (
                    w.remote_access,
                    f64::from(w.remote_access_unverified) / f64::from(w.remote_access.max(1)),
                ),
                RemoteAccess::Granted | RemoteAccess::FalseAlarm => (w.remote_access, 0.0),
                _ => (w.remote_access, 1.0),
            },
            Part::Money => (
                w.payment,
                if money_lost {
                    1.0 - money_loss_fraction(money_lost_usd)
                } else {
                    1.0
                },
            ),
            Part::Credentials => (w.credentials, if shared_credentials { 0.0 } else { 1.0 }),
            Part::Callback => (w.callback, if called_alert_number { 0.0 } else { 1.0 }),
            Part::Instructions => (w.instructions, (1.0 - 0.5 * f64::from(followed)).max(0.0)),
            Part::RedFlags => {
                let ff = false_flags.len() as f64 * FALSE_FLAG_PENALTY;
                let f = if flags_present == 0 {
                    1.0 - ff
                } else {
                    (f64::from(spotted) - ff) / f64::from(flags_present)
                };
                (w.red_flags, f.clamp(0.0, 1.0))
            }
            Part::Recovery => (
                w.recovery,
                if !harmed || needed.is_empty() {
                    1.0
                } else {
                    needed.iter().filter(|a| recovery.contains(a)).count() as f64
                        / needed.len() as f64
                },
            ),
        };
        parts.push(PartScore {
            part,
            weight,
            earned: f64::from(weight) * fraction,
        });
    }
    let total: u32 = parts.iter().map(|p| p.weight).sum();
    let earned: f64 = parts.iter().map(|p| p.earned).sum();
    let points = if total == 0 {
        100
    } else {
        (100.0 * earned / f64::from(total)).round() as u32
    };
    let critical = scenario.kind == PackKind::Scam && (granted || money_lost);
    let headline = match scenario.kind {
        _ if !finished => "unfinished",
        PackKind::Scam if granted && money_lost => "granted-money-lost",
        PackKind::Scam if granted => "granted",
        PackKind::Scam if money_lost && ra_offered => "money-lost",
        PackKind::Scam if money_lost => "not-offered-money-lost",
        PackKind::Scam if !ra_offered && shared_credentials => "not-offered-secrets",
        PackKind::Scam if !ra_offered => "not-offered-safe",
        _ => remote_access.key(),
    }
    .to_owned();
    ScenarioScore {
        pack_id: scenario.id.clone(),
        kind: scenario.kind,
        outcome: outcomes.first().copied(),
        remote_access,
        paid,
        shared_credentials,
        called_alert_number,
        verified,
        flags_spotted: spotted,
        flags_present,
        flags_missed,
        decision_ms,
        points,
        critical,
        passed: finished && !critical && points >= pass_mark,
        finished,
        outcomes,
        remote_access_offered: ra_offered,
        money_lost,
        money_lost_usd,
        followed_instructions: followed,
        recovery,
        false_flags,
        parts,
        headline,
        scoring: SCORING_VERSION,
    }
}

/// Scoring version 1, frozen: logs written before scoring versions replay
/// to the result they had. Do not change.
fn score_v1(scenario: &Scenario, log: &RunLog, pass_mark: u32, w: &Weights) -> ScenarioScore {
    let mut actions: Vec<Action> = Vec::new();
    let mut granted_before_verify = false;
    let mut granted_after_verify = false;
    let mut verified = false;
    let mut decision_ms = None;
    let mut visited: Vec<&str> = Vec::new();
    let mut marked: Vec<&str> = Vec::new();
    let mut outcome = None;
    for e in &log.events {
        match e {
            Event::Enter { step, .. } => visited.push(step),
            Event::Mark { hotspot, .. } => marked.push(hotspot),
            Event::End { outcome: o, .. } => outcome = Some(*o),
            Event::Judge { .. } | Event::FalseFlag { .. } | Event::Timeout { .. } => {}
            Event::Choose {
                step,
                choice,
                decision_ms: ms,
                ..
            } => {
                let Some(st) = scenario.step(step) else {
                    continue;
                };
                if decision_ms.is_none() && st.offers_remote_access() {
                    decision_ms = Some(*ms);
                }
                let Some(c) = st.choice(choice) else { continue };
                for a in &c.actions {
                    if *a == Action::VerifyOfficialChannel {
                        verified = true;
                    }
                    if a.gives_remote_access() {
                        if verified {
                            granted_after_verify = true;
                        } else {
                            granted_before_verify = true;
                        }
                    }
                    actions.push(*a);
                }
            }
        }
    }
    let paid = actions.iter().any(|a| a.pays());
    let shared_credentials = actions.iter().any(|a| a.shares_secrets());
    let called_alert_number = actions.contains(&Action::CallNumberFromAlert);
    let granted = granted_before_verify || granted_after_verify;

    let remote_access = match scenario.kind {
        PackKind::Scam if granted => RemoteAccess::Granted,
        PackKind::Scam => RemoteAccess::RefusedCorrectly,
        PackKind::Genuine if granted_before_verify => RemoteAccess::AllowedUnverified,
        PackKind::Genuine if granted_after_verify => RemoteAccess::AllowedVerified,
        PackKind::Genuine => RemoteAccess::FalseAlarm,
    };

    let (spotted, flags_missed, flags_present) = flag_tally(scenario, &visited, &marked);

    let ra_points = match remote_access {
        RemoteAccess::RefusedCorrectly
        | RemoteAccess::AllowedVerified
        | RemoteAccess::NotOfferedSafe => w.remote_access,
        RemoteAccess::AllowedUnverified => w.remote_access_unverified,
        RemoteAccess::Granted | RemoteAccess::FalseAlarm | RemoteAccess::NotOfferedHarmed => 0,
    };
    // No flags on the path: the full part (version 1's rule).
    let flag_points = (w.red_flags * spotted + flags_present / 2)
        .checked_div(flags_present)
        .unwrap_or(w.red_flags);
    let points = ra_points
        + if paid { 0 } else { w.payment }
        + if shared_credentials { 0 } else { w.credentials }
        + if called_alert_number { 0 } else { w.callback }
        + flag_points;
    let critical = scenario.kind == PackKind::Scam && (granted || paid);
    ScenarioScore {
        pack_id: scenario.id.clone(),
        kind: scenario.kind,
        outcome,
        remote_access,
        paid,
        shared_credentials,
        called_alert_number,
        verified,
        flags_spotted: spotted,
        flags_present,
        flags_missed,
        decision_ms,
        points,
        critical,
        passed: !critical && points >= pass_mark,
        finished: outcome.is_some(),
        outcomes: outcome.into_iter().collect(),
        remote_access_offered: true,
        money_lost: paid,
        money_lost_usd: None,
        followed_instructions: 0,
        recovery: Vec::new(),
        false_flags: Vec::new(),
        parts: Vec::new(),
        headline: String::new(),
        scoring: 1,
    }
}

/// Red flags on the steps visited: how many were marked, which were missed
/// (in order of first appearance), and how many there were. Both scoring
/// versions count flags this way.
fn flag_tally(scenario: &Scenario, visited: &[&str], marked: &[&str]) -> (u32, Vec<String>, u32) {
    let mut present: Vec<&str> = Vec::new();
    for sid in visited {
        if let Some(st) = scenario.step(sid) {
            for h in &st.hotspots {
                if !present.contains(&h.id.as_str()) {
                    present.push(&h.id);
                }
            }
        }
    }
    let spotted = present.iter().filter(|h| marked.contains(h)).count() as u32;
    let missed = present
        .iter()
        .filter(|h| !marked.contains(h))
        .map(|s| s.to_string())
        .collect();
    (spotted, missed, present.len() as u32)
}
