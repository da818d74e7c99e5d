//! Drawing a pack's randomized variables from the run's seed. Each variable
//! has its own generator seeded from (seed, pack id, variable name), so a
//! value does not change when other variables are added or the locale changes.

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::locale::format::format_money;
use crate::locale::{LocaleInfo, Messages};
use crate::model::{Rounding, Scenario, Variable};

/// A drawn value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text shown as it is.
    Text(String),
    /// A message id of the pack, shown in the trainee's locale.
    Message(String),
    /// A quantity (`Count` variables): passed to Fluent as a number,
    /// so plural selectors work and the locale's grouping applies.
    Number(u32),
}

/// The values of one run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Values(pub BTreeMap<String, Value>);

/// FNV-1a, stable across platforms and releases (unlike `DefaultHasher`).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in *p {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn rng_for(seed: u64, pack: &str, name: &str) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(fnv1a(&[
        &seed.to_le_bytes(),
        pack.as_bytes(),
        name.as_bytes(),
    ]))
}

/// Largest of 1, 2, 5, 10, 20, 50, … not above `x` (at least 1).
fn nice_step(x: f64) -> u64 {
    let mut best = 1u64;
    let mut base = 1u64;
    while (base as f64) <= x {
        for m in [1, 2, 5] {
            if ((base * m) as f64) <= x {
                best = base * m;
            }
        }
        base *= 10;
    }
    best
}

/// Draw one variable.
pub fn draw_one(var: &Variable, rng: &mut ChaCha8Rng, info: &LocaleInfo) -> Value {
    match var {
        Variable::Pick(options) => Value::Text(pick(options, rng)),
        Variable::Message(ids) => Value::Message(pick(ids, rng)),
        Variable::Phone(kind) => Value::Text(
            info.phones
                .pattern(*kind)
                .chars()
                .map(|c| {
                    if c == '#' {
                        char::from(b'0' + rng.random_range(0..10u8))
                    } else {
                        c
                    }
                })
                .collect(),
        ),
        Variable::Amount {
            min,
            max,
            step,
            round,
        } => {
            let usd = draw_usd(*min, *max, *step, rng);
            Value::Text(format_money(local_minor(usd, *step, *round, info), info))
        }
        // Computed from other variables by `draw`, which sees the scenario.
        Variable::Derived { .. } => Value::Text(String::new()),
        Variable::Digits(n) => {
            let digits: Vec<char> = (0..*n)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect();
            Value::Text(
                digits
                    .chunks(3)
                    .map(|c| c.iter().collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        }
        Variable::Number { min, max } => {
            let (lo, hi) = ((*min).min(*max), (*min).max(*max));
            Value::Text(rng.random_range(lo..=hi).to_string())
        }
        Variable::Count { min, max } => {
            let (lo, hi) = ((*min).min(*max), (*min).max(*max));
            Value::Number(rng.random_range(lo..=hi))
        }
        Variable::Flag => Value::Text("false".into()),
        Variable::Counter { .. } => Value::Text("0".into()),
        Variable::Total => Value::Text(format_money(0, info)),
    }
}

/// The US-dollar amount an `Amount` variable draws.
fn draw_usd(min: u32, max: u32, step: u32, rng: &mut ChaCha8Rng) -> u64 {
    let step = step.max(1);
    let (lo, hi) = (min.min(max), min.max(max));
    let k = rng.random_range(0..=(hi - lo) / step);
    u64::from(lo + k * step)
}

/// A US-dollar amount in the locale's currency, in minor units: with
/// `Rounding::Step` rounded to a nice multiple of the variable's step
/// converted, with `Rounding::Exact` to the currency's smallest unit.
fn local_minor(usd: u64, step: u32, round: Rounding, info: &LocaleInfo) -> u64 {
    let minor = 10u64.pow(u32::from(info.currency.minor_digits));
    match round {
        Rounding::Exact => (usd as f64 * info.currency.scale * minor as f64).round() as u64,
        Rounding::Step => {
            let local_step = nice_step(f64::from(step.max(1)) * info.currency.scale);
            let local = ((usd as f64 * info.currency.scale) / local_step as f64).round() as u64
                * local_step;
            local.max(local_step) * minor
        }
    }
}

/// Deepest chain of `Derived` amounts followed (a cycle stops here; the
/// checker reports it).
const MAX_DERIVED_DEPTH: usize = 32;

/// Combine a `Derived` amount's parts, each found with `value`.
fn derive(
    scenario: &Scenario,
    name: &str,
    depth: usize,
    value: &dyn Fn(&str, usize) -> Option<u64>,
) -> Option<u64> {
    if depth > MAX_DERIVED_DEPTH {
        return None;
    }
    match scenario.variables.get(name)? {
        Variable::Derived {
            of,
            times,
            plus,
            minus,
        } => {
            let part = |n: &str| {
                if n.is_empty() {
                    Some(0)
                } else {
                    value(n, depth + 1)
                }
            };
            let base = value(of, depth + 1)?.saturating_mul(u64::from(*times));
            Some(
                base.saturating_add(part(plus)?)
                    .saturating_sub(part(minus)?),
            )
        }
        _ => None,
    }
}

fn usd_at(scenario: &Scenario, seed: u64, name: &str, depth: usize) -> Option<u64> {
    match scenario.variables.get(name)? {
        Variable::Amount { min, max, step, .. } => {
            let mut rng = rng_for(seed, &scenario.id, name);
            Some(draw_usd(*min, *max, *step, &mut rng))
        }
        Variable::Derived { .. } => {
            derive(scenario, name, depth, &|n, d| usd_at(scenario, seed, n, d))
        }
        _ => None,
    }
}

/// The US-dollar value an `Amount` or `Derived` variable takes in a run
/// with `seed` (the same in every locale). `None` if `name` is neither (or
/// a derived amount's sources are missing or form a cycle).
pub fn amount_usd(scenario: &Scenario, seed: u64, name: &str) -> Option<u64> {
    usd_at(scenario, seed, name, 0)
}

fn local_at(
    scenario: &Scenario,
    seed: u64,
    name: &str,
    info: &LocaleInfo,
    depth: usize,
) -> Option<u64> {
    match scenario.variables.get(name)? {
        Variable::Amount { step, round, .. } => {
            let usd = usd_at(scenario, seed, name, depth)?;
            Some(local_minor(usd, *step, *round, info))
        }
        Variable::Derived { .. } => derive(scenario, name, depth, &|n, d| {
            local_at(scenario, seed, n, info, d)
        }),
        _ => None,
    }
}

/// An `Amount` or `Derived` variable's value in the locale's currency, in
/// minor units. A derived amount is the same sum of its sources' shown
/// values, so the arithmetic holds in what the trainee reads.
pub fn amount_local_minor(
    scenario: &Scenario,
    seed: u64,
    name: &str,
    info: &LocaleInfo,
) -> Option<u64> {
    local_at(scenario, seed, name, info, 0)
}

fn pick(options: &[String], rng: &mut ChaCha8Rng) -> String {
    if options.is_empty() {
        return String::new();
    }
    options[rng.random_range(0..options.len())].clone()
}

/// Draw every variable of the scenario for a run.
pub fn draw(scenario: &Scenario, info: &LocaleInfo, seed: u64) -> Values {
    Values(
        scenario
            .variables
            .iter()
            .map(|(name, var)| {
                let value = match var {
                    Variable::Derived { .. } => Value::Text(
                        amount_local_minor(scenario, seed, name, info)
                            .map(|m| format_money(m, info))
                            .unwrap_or_default(),
                    ),
                    _ => {
                        let mut rng = rng_for(seed, &scenario.id, name);
                        draw_one(var, &mut rng, info)
                    }
                };
                (name.clone(), value)
            })
            .collect(),
    )
}

impl Values {
    /// A variable as a Fluent argument: counts as numbers (grouped by the
    /// bundle's number formatter), everything else as its text.
    pub fn fluent(
        &self,
        name: &str,
        pack_messages: &Messages,
    ) -> Option<fluent_bundle::FluentValue<'static>> {
        match self.0.get(name)? {
            Value::Number(n) => Some(fluent_bundle::FluentValue::from(*n)),
            _ => self
                .text(name, pack_messages)
                .map(fluent_bundle::FluentValue::from),
        }
    }

    /// Text of a variable in the locale (message values formatted).
    pub fn text(&self, name: &str, pack_messages: &Messages) -> Option<String> {
        match self.0.get(name)? {
            Value::Text(t) => Some(t.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Message(id) => Some(
                pack_messages
                    .format(id, None)
                    .map_or_else(|| id.clone(), |f| f.text),
            ),
        }
    }
}
