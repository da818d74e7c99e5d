//! Public sessions for libraries: anonymous aggregate figures over the
//! public-mode (kiosk) sessions of a range of days, for the facilitator's
//! end-of-day screen and the library's own reporting
//! (`scamdrill report --public`), and discarding the half-played run of a
//! visitor who walked away.
//!
//! # What the figures are
//!
//! Over the public sessions that *started* on the range's days (local days,
//! see [`DayRange`]): the number of sessions, of scenario runs, how many scam
//! runs refused remote access out of the scam runs played to an ending, how
//! many genuine-support runs correctly allowed it (after verifying the
//! contact) out of the genuine runs played to an ending, the pass rate, the
//! most-missed red flags (pack id, flag id, how often missed) and per-pack
//! counts. Only runs played to an ending are scored; runs still in progress
//! (or left unfinished) count as runs but in no rate.
//!
//! # Small-group suppression
//!
//! Every figure is suppressed — `None` in the Rust API,
//! [`SUPPRESSED`] (`suppressed (<5)`) in the CSV — when the sessions it is
//! computed from are fewer than [`K_ANONYMITY`]: a count needs that many
//! distinct sessions behind it, and a rate needs that many distinct sessions
//! behind its denominator. So with four visitors in a day nothing at all is
//! shown (not even the session count); with five the totals appear, and a
//! pack or red flag only a few of them met stays suppressed. Red flags met
//! by fewer than [`K_ANONYMITY`] sessions are left out of the most-missed
//! list altogether. Suppression protects a visitor from a facilitator who saw
//! who sat at the kiosk; it cannot stop differencing two overlapping ranges
//! (the same day asked for before and after one more visitor), which is why
//! the figures are only given per whole day and never with times, ids or
//! anything a visitor typed (visitors type nothing; see
//! [`crate::records::Trainee::Anonymous`]).

mod abandon;
mod csv;
mod figures;
mod load;
mod local_offset;
mod range;
mod summary;

pub use abandon::{Abandoned, Discarded};
pub(crate) use abandon::{discard_run, discard_unfinished_public_runs};
pub use csv::{CSV_HEADER, public_csv};
pub use figures::{MissedFlag, PackFigures, PublicSummary, Ratio};
pub(crate) use load::{PublicRows, PublicRun};
pub use local_offset::{local_offset, offset_label, parse_offset};
pub use range::DayRange;
pub use summary::day_summary;
pub(crate) use summary::summarise;

/// The smallest number of distinct sessions a published figure may rest on.
/// Five is the usual small-cell threshold for statistics about people: fewer
/// visitors than this on a day, a pack or a red flag, and a figure could be
/// matched to the person a facilitator saw playing.
pub const K_ANONYMITY: usize = 5;

/// How a suppressed figure reads in the CSV.
pub const SUPPRESSED: &str = "suppressed (<5)";
// The text above spells the threshold out: change both together.
const _: () = assert!(K_ANONYMITY == 5);

/// `value` when it rests on at least [`K_ANONYMITY`] sessions.
pub(crate) fn shown<T>(value: T, sessions: usize) -> Option<T> {
    (sessions >= K_ANONYMITY).then_some(value)
}
