//! xAPI 1.0.3 statements for scenario runs: `attempted` when a scenario
//! starts, `answered` for each decision, `passed` or `failed` and `completed`
//! when it ends (`terminated` when stopped before an ending, `abandoned` when
//! thrown away); `initialized` when a kiosk session starts; the curriculum's
//! `passed`/`failed` and `completed` once all its packs are played. Actors
//! are opaque accounts; ids of statements are fixed (UUID v5 from the run's
//! registration or the session), so a resend is the same statement.

mod curriculum;
mod decision;
mod duration;
pub mod iri;
mod run_end;
mod session;
mod statement;

pub use curriculum::CurriculumFacts;
pub use decision::{Decision, decisions_of};
pub use duration::iso_duration;
pub use run_end::report_extensions;
pub use session::SessionFacts;
pub use statement::{RunFacts, Statement};

/// The xAPI version sent in every request.
pub const XAPI_VERSION: &str = "1.0.3";
