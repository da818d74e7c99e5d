//! The scenario model: plain data read from a pack's RON file.

mod action;
mod affordance;
mod caller;
mod pack;
mod scene;
mod state;
mod step;
mod variable;

pub use action::Action;
pub use affordance::{Dial, Place, Via};
pub use caller::Caller;
pub use pack::{AuthoringNote, PackKind, Scenario};
pub use scene::{DevTools, PaymentMethod, ProofKind, RemoteStyle, Scene, VoucherKind};
pub use state::{Branch, Cond, Effect, Lost, State, Timeout};
pub use step::{Choice, Ending, Hotspot, Line, Outcome, Step};
pub use variable::{PhoneKind, Rounding, Variable};
