//! Measurement that tells skill from caution. Behaviour (what the trainee
//! did: refused or allowed remote access) and detection (what they judged
//! afterwards, on a six-point scale) are separate decisions (Canfield,
//! Fischhoff & Davis 2016), each reported as sensitivity d′ and bias c with
//! an interval and the number of trials behind it; the confidence ratings
//! give an empirical ROC curve and the area under it, which needs no
//! equal-variance assumption. Pre-/post-test change is reported for d′ and c
//! apart, with a plain-language reading, so a training that only makes
//! people call everything a scam (Modirrousta-Galian & Higham 2023) is
//! reported as such.
//!
//! Plain Rust, no I/O: the records' reports and the tests call it.

mod estimate;
mod interval;
mod prepost;
mod rating;
mod reading;
mod roc;

pub use estimate::{Measures, SdtEstimate, Trial, behaviour, detection, measures, sdt_estimate};
pub use interval::{
    Interval, auc_standard_error, c_variance, d_prime_variance, normal_quantile, z_interval,
};
pub use prepost::{Block, Change, FormOrder, Shift, change, form_order};
pub use rating::{Rating, SCALE};
pub use reading::{Reading, read_change};
pub use roc::{Roc, RocPoint, roc, roc_from_counts};
