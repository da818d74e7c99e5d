//! xAPI 1.0.3 statements for scenario runs: `attempted` when a scenario
//! starts, `answered` for each decision, `passed` or `failed` and `completed`
//! when it ends. Actors are opaque accounts; ids of statements are fixed
//! (UUID v5 from the run's registration), so a resend is the same statement.

mod decision;
mod duration;
pub mod iri;
mod statement;

pub use decision::{Decision, decisions_of};
pub use duration::iso_duration;
pub use statement::{RunFacts, Statement};

/// The xAPI version sent in every request.
pub const XAPI_VERSION: &str = "1.0.3";
