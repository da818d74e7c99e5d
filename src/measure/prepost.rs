//! Pre-/post-test design: which block a run belongs to, which of the two
//! test forms a trainee takes first (counterbalanced by a seed), and the
//! change in d′ and in c between the tests, each with an interval.

use serde::{Deserialize, Serialize};

use super::estimate::SdtEstimate;
use super::interval::{Interval, z_interval};

/// Where a run sits in a curriculum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Block {
    PreTest,
    Training,
    PostTest,
    Booster,
}

impl Block {
    pub fn key(self) -> &'static str {
        match self {
            Block::PreTest => "pre-test",
            Block::Training => "training",
            Block::PostTest => "post-test",
            Block::Booster => "booster",
        }
    }
}

/// Which test form a trainee takes before training.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormOrder {
    /// The curriculum's `pre_test` packs first, `post_test` packs after.
    AsDeclared,
    /// Swapped: `post_test` packs first, `pre_test` packs after.
    Swapped,
}

/// FNV-1a, 64 bit: a hash that is the same on every platform and Rust
/// version (std's hasher promises neither).
fn fnv1a(bytes: impl IntoIterator<Item = u8>, mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The counterbalanced order for `trainee` in a curriculum with `seed`:
/// deterministic, about half the trainees each way. Changing the seed
/// reassigns the halves.
pub fn form_order(seed: u64, trainee: &str) -> FormOrder {
    let h = fnv1a(
        seed.to_le_bytes().into_iter().chain(trainee.bytes()),
        0xcbf2_9ce4_8422_2325,
    );
    // Fold the high bits in: FNV's lowest bit alone is weak.
    if (h ^ (h >> 32) ^ (h >> 17)) & 1 == 0 {
        FormOrder::AsDeclared
    } else {
        FormOrder::Swapped
    }
}

/// One figure before and after, and the change with a 95% interval
/// (independent samples: the variances add).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Shift {
    pub before: f64,
    pub after: f64,
    pub change: f64,
    pub interval: Option<Interval>,
}

/// The change between a pre-test and a post-test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub pre: SdtEstimate,
    pub post: SdtEstimate,
    pub d_prime: Shift,
    pub c: Shift,
}

fn shift(before: f64, after: f64, vb: Option<f64>, va: Option<f64>) -> Shift {
    let change = after - before;
    Shift {
        before,
        after,
        change,
        interval: vb
            .zip(va)
            .and_then(|(a, b)| z_interval(change, a + b, 0.95)),
    }
}

pub fn change(pre: SdtEstimate, post: SdtEstimate) -> Change {
    Change {
        pre,
        post,
        d_prime: shift(
            pre.d_prime(),
            post.d_prime(),
            pre.d_prime_variance,
            post.d_prime_variance,
        ),
        c: shift(pre.c(), post.c(), pre.c_variance(), post.c_variance()),
    }
}
