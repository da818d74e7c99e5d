//! Checks on the values of a pack's variables: ranges that cannot be drawn
//! from as written.

use crate::diagnostic::{Diagnostic, find_field, find_key};
use crate::model::Variable;
use crate::pack::Pack;

/// Longest `Digits(n)` code.
pub const MAX_DIGITS: u8 = 32;

pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let src = &pack.ron_source;
    let vars_at = find_field(src, "variables", 0).unwrap_or(0);
    let mut out = Vec::new();
    for (name, var) in &s.variables {
        let off = find_key(src, name, vars_at).unwrap_or(vars_at);
        let mut err = |message: String, hint: &str| {
            out.push(
                Diagnostic::error("variable-range", &pack.ron_path, message)
                    .with_hint(hint)
                    .at_span(src, off, name.len() + 2),
            );
        };
        match var {
            Variable::Amount { min, max, step, .. } => {
                if min > max {
                    err(
                        format!("variable \"{name}\": min ({min}) is greater than max ({max})"),
                        "write the smaller amount as min, e.g. Amount(min: 100, max: 400, step: 10)",
                    );
                }
                if *step == 0 {
                    err(
                        format!("variable \"{name}\": step is 0"),
                        "write the rounding step of the amount, at least 1, e.g. step: 10",
                    );
                }
            }
            Variable::Number { min, max } | Variable::Count { min, max } if min > max => err(
                format!("variable \"{name}\": min ({min}) is greater than max ({max})"),
                "write the smaller number as min, e.g. Number(min: 1000, max: 9999)",
            ),
            Variable::Digits(n) if *n == 0 || *n > MAX_DIGITS => err(
                format!("variable \"{name}\": Digits({n}) is out of range"),
                &format!("write a number of digits from 1 to {MAX_DIGITS}"),
            ),
            Variable::Derived { .. } => {
                for src_name in var.sources() {
                    match s.variables.get(src_name) {
                        Some(v) if v.is_amount() => {}
                        Some(_) => err(
                            format!(
                                "variable \"{name}\" is derived from \"{src_name}\", which is not an amount"
                            ),
                            "derive amounts from Amount or Derived variables only",
                        ),
                        None => err(
                            format!(
                                "variable \"{name}\" is derived from \"{src_name}\", which the pack does not declare"
                            ),
                            &format!(
                                "declare \"{src_name}\" under `variables` (e.g. Amount(min: 100, max: 400, step: 50)) or fix the name"
                            ),
                        ),
                    }
                }
                if in_cycle(s, name) {
                    err(
                        format!(
                            "variable \"{name}\" is derived from itself (a cycle of Derived amounts)"
                        ),
                        "derive it from a drawn Amount in the end: follow of/plus/minus until an Amount",
                    );
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether following a derived amount's sources leads back to it.
fn in_cycle(s: &crate::model::Scenario, start: &str) -> bool {
    let mut stack: Vec<&str> = s
        .variables
        .get(start)
        .map(Variable::sources)
        .unwrap_or_default();
    let mut seen = std::collections::BTreeSet::new();
    while let Some(n) = stack.pop() {
        if n == start {
            return true;
        }
        if seen.insert(n)
            && let Some(v) = s.variables.get(n)
        {
            stack.extend(v.sources());
        }
    }
    false
}
