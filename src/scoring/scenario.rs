//! Scoring one scenario from its event log. Only the action tags of the
//! choices taken, the red flags marked and the ending are read.

use serde::{Deserialize, Serialize};

use crate::model::{Action, Outcome, PackKind, Scenario};
use crate::runner::{Event, RunLog};

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
}

impl RemoteAccess {
    /// Did the trainee treat the contact as a scam (refuse access)?
    pub fn said_scam(self) -> bool {
        matches!(
            self,
            RemoteAccess::RefusedCorrectly | RemoteAccess::FalseAlarm
        )
    }
    pub fn is_correct(self) -> bool {
        matches!(
            self,
            RemoteAccess::RefusedCorrectly | RemoteAccess::AllowedVerified
        )
    }
    pub fn key(self) -> &'static str {
        match self {
            RemoteAccess::RefusedCorrectly => "refused-correctly",
            RemoteAccess::Granted => "granted",
            RemoteAccess::AllowedVerified => "allowed-verified",
            RemoteAccess::AllowedUnverified => "allowed-unverified",
            RemoteAccess::FalseAlarm => "false-alarm",
        }
    }
}

/// Points per part of the score (they add up to 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights {
    pub remote_access: u32,
    /// Partial credit for a genuine helper allowed without verification.
    pub remote_access_unverified: u32,
    pub payment: u32,
    pub credentials: u32,
    pub callback: u32,
    pub red_flags: u32,
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
        }
    }
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
    /// Remote access granted or money paid in a scam.
    pub critical: bool,
    pub passed: bool,
}

/// Score a run from its log against the scenario it was played on.
pub fn score_run(scenario: &Scenario, log: &RunLog, pass_mark: u32, w: &Weights) -> ScenarioScore {
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
            Event::Judge { .. } => {}
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

    let mut present: Vec<&str> = Vec::new();
    for sid in &visited {
        if let Some(st) = scenario.step(sid) {
            for h in &st.hotspots {
                if !present.contains(&h.id.as_str()) {
                    present.push(&h.id);
                }
            }
        }
    }
    let spotted = present.iter().filter(|h| marked.contains(h)).count() as u32;
    let flags_missed = present
        .iter()
        .filter(|h| !marked.contains(h))
        .map(|s| s.to_string())
        .collect();
    let flags_present = present.len() as u32;

    let ra_points = match remote_access {
        RemoteAccess::RefusedCorrectly | RemoteAccess::AllowedVerified => w.remote_access,
        RemoteAccess::AllowedUnverified => w.remote_access_unverified,
        RemoteAccess::Granted | RemoteAccess::FalseAlarm => 0,
    };
    let flag_points = if flags_present == 0 {
        w.red_flags
    } else {
        (w.red_flags * spotted + flags_present / 2) / flags_present
    };
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
    }
}
