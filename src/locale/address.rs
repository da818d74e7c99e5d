//! The trainee's form of address. Hebrew and Arabic have no neutral
//! singular "you": a caller speaks to a man, a woman, or (the written
//! convention) to several people. The trainee chooses once; every message is
//! formatted with `$addr` = `m`, `f` or `p`, and packs select on it:
//! `{ $addr -> [f] … [p] … *[m] … }`.

use serde::{Deserialize, Serialize};

/// How messages address the trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Address {
    Masculine,
    Feminine,
    /// Plural "you": the neutral written form, and the default until the
    /// trainee chooses.
    #[default]
    Plural,
}

/// Name of the Fluent argument that carries the form of address.
pub const ADDRESS_VARIABLE: &str = "addr";

impl Address {
    pub const ALL: [Address; 3] = [Address::Masculine, Address::Feminine, Address::Plural];

    /// The value passed to Fluent: `m`, `f` or `p`.
    pub fn key(self) -> &'static str {
        match self {
            Address::Masculine => "m",
            Address::Feminine => "f",
            Address::Plural => "p",
        }
    }

    /// Parse `m`/`f`/`p` or the full English names (any case).
    pub fn parse(s: &str) -> Option<Address> {
        match s.trim().to_ascii_lowercase().as_str() {
            "m" | "masculine" => Some(Address::Masculine),
            "f" | "feminine" => Some(Address::Feminine),
            "p" | "plural" => Some(Address::Plural),
            _ => None,
        }
    }
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl std::str::FromStr for Address {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Address::parse(s).ok_or_else(|| {
            format!("\"{s}\" is not a form of address; expected m (masculine), f (feminine) or p (plural)")
        })
    }
}
