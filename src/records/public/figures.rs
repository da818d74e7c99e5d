//! What a public summary holds. Every figure is an `Option`: `None` when it
//! rests on fewer than [`K_ANONYMITY`](super::K_ANONYMITY) sessions.

use super::range::DayRange;

/// `count` out of `out_of` (e.g. scam runs that refused remote access out of
/// scam runs played to an ending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    pub count: u32,
    pub out_of: u32,
}

impl Ratio {
    /// `count / out_of`, from 0 to 1; `None` when `out_of` is 0.
    pub fn rate(&self) -> Option<f64> {
        (self.out_of > 0).then(|| f64::from(self.count) / f64::from(self.out_of))
    }

    /// `72%` (whole percent), or empty when `out_of` is 0.
    pub fn percent(&self) -> String {
        self.rate()
            .map(|r| format!("{:.0}%", r * 100.0))
            .unwrap_or_default()
    }
}

/// A red flag visitors did not mark.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MissedFlag {
    pub pack_id: String,
    /// The hotspot id in the pack (its label is in the pack's locales).
    pub flag_id: String,
    /// Runs played to an ending where the flag was shown and not marked.
    pub missed: u32,
    /// Runs played to an ending where the flag was shown.
    pub present: u32,
}

/// One pack's figures.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PackFigures {
    pub pack_id: String,
    /// A genuine-support pack (else a scam).
    pub genuine: bool,
    /// Runs started, finished or not.
    pub runs: Option<u32>,
    /// Runs passed out of runs played to an ending.
    pub passed: Option<Ratio>,
    /// Scam: remote access refused; genuine: allowed after verifying — out
    /// of runs played to an ending.
    pub remote_access_correct: Option<Ratio>,
}

/// Anonymous figures over the public (kiosk) sessions of a range of days.
/// Holds no ids, names or times: only the range's days and counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PublicSummary {
    pub range: DayRange,
    /// Public sessions started in the range (with or without runs).
    pub sessions: Option<u32>,
    /// Scenario runs of those sessions, finished or not.
    pub runs: Option<u32>,
    /// Scam runs that refused remote access (`RemoteAccess::RefusedCorrectly`)
    /// out of scam runs played to an ending.
    pub scam_refused: Option<Ratio>,
    /// Genuine-support runs that allowed access after verifying the contact
    /// (`RemoteAccess::AllowedVerified`) out of genuine runs played to an ending.
    pub genuine_allowed: Option<Ratio>,
    /// Runs passed out of runs played to an ending.
    pub passed: Option<Ratio>,
    /// Red flags missed at least once, most missed first; flags shown to
    /// fewer than [`K_ANONYMITY`](super::K_ANONYMITY) sessions are left out.
    pub missed_flags: Vec<MissedFlag>,
    /// Every pack played in the range, by pack id.
    pub packs: Vec<PackFigures>,
    /// Detection beside behaviour. What visitors did: scam runs where they
    /// refused remote access, out of scam runs played to an ending…
    pub did_scam_as_scam: Option<Ratio>,
    /// …and genuine runs where they refused it (treated real help as a scam).
    pub did_help_as_scam: Option<Ratio>,
    /// What they judged afterwards (1–3 on the six-point scale): scam runs
    /// judged a scam, out of judged scam runs…
    pub judged_scam_as_scam: Option<Ratio>,
    /// …and genuine runs judged a scam, out of judged genuine runs.
    pub judged_help_as_scam: Option<Ratio>,
}

impl PublicSummary {
    /// The pass rate (0 to 1), if shown.
    pub fn pass_rate(&self) -> Option<f64> {
        self.passed.as_ref().and_then(Ratio::rate)
    }

    /// True when no figure at all can be shown (fewer than
    /// [`K_ANONYMITY`](super::K_ANONYMITY) sessions in the range).
    pub fn all_suppressed(&self) -> bool {
        self.sessions.is_none()
    }
}
