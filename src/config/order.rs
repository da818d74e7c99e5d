//! The order a curriculum's packs are played in: its scam packs in the order
//! written with the genuine packs spread evenly among them, or everything
//! shuffled per session when `shuffle` is set.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::Curriculum;

impl Curriculum {
    /// Every pack of the curriculum once, in play order for a session seeded with `seed`.
    pub fn play_order(&self, seed: u64) -> Vec<String> {
        let mut order: Vec<String> = Vec::with_capacity(self.packs.len() + self.genuine.len());
        let (n, m) = (self.packs.len(), self.genuine.len());
        let mut g = self.genuine.iter();
        for (i, p) in self.packs.iter().enumerate() {
            order.push(p.clone());
            // After scam i, place genuine packs so that they fall evenly.
            let due = ((i + 1) * m + n / 2) / n.max(1);
            while order.len() - (i + 1) < due {
                match g.next() {
                    Some(x) => order.push(x.clone()),
                    None => break,
                }
            }
        }
        order.extend(g.cloned());
        if self.shuffle {
            order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
        }
        order
    }
}
