//! Checks on the playbook scenes: the callers table (each `who` names a
//! declared caller; each caller's number is a declared phone variable), a
//! call scene that names nobody, and money shown by a scene that is not an
//! amount.

use crate::diagnostic::{Diagnostic, find_field, find_key, find_quoted};
use crate::model::{Scene, Variable};
use crate::pack::Pack;

use super::graph::step_offset;

fn at(pack: &Pack, d: Diagnostic, offset: usize, len: usize) -> Diagnostic {
    d.at_span(&pack.ron_source, offset, len)
}

fn kind_of(v: &Variable) -> &'static str {
    match v {
        Variable::Pick(_) => "a Pick",
        Variable::Message(_) => "a Message",
        Variable::Phone(_) => "a Phone",
        Variable::Amount { .. } => "an Amount",
        Variable::Derived { .. } => "a Derived amount",
        Variable::Count { .. } => "a Count",
        Variable::Digits(_) => "Digits",
        Variable::Number { .. } => "a Number",
        Variable::Flag => "a Flag",
        Variable::Counter { .. } => "a Counter",
        Variable::Total => "a Total",
    }
}

pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let mut out = Vec::new();
    let caller_ids = || s.callers.keys().cloned().collect::<Vec<_>>().join(", ");

    // The callers table: each number is a declared Phone variable.
    let callers_at = find_field(src, "callers", 0).unwrap_or(0);
    for (id, c) in &s.callers {
        let coff = find_key(src, id, callers_at).unwrap_or(callers_at);
        let Some(var) = c.number_var.as_deref() else {
            continue;
        };
        let off = find_quoted(src, var, coff).unwrap_or(coff);
        match s.variables.get(var) {
            None => out.push(at(
                pack,
                Diagnostic::error(
                    "undefined-variable",
                    path,
                    format!("caller \"{id}\" has number variable \"{var}\", which is not declared"),
                )
                .with_hint(format!(
                    "declare it under `variables`, e.g. \"{var}\": Phone(Landline)"
                )),
                off,
                var.len() + 2,
            )),
            Some(Variable::Phone(_)) => {}
            Some(other) => out.push(at(
                pack,
                Diagnostic::error(
                    "wrong-variable-kind",
                    path,
                    format!(
                        "caller \"{id}\" shows \"{var}\" as a phone number, but it is {}",
                        kind_of(other)
                    ),
                )
                .with_hint(format!(
                    "declare \"{var}\" as Phone(Landline), Phone(TollFree) or Phone(Mobile)"
                )),
                off,
                var.len() + 2,
            )),
        }
    }

    for (sid, step) in &s.steps {
        let soff = step_offset(pack, sid);
        if let Some(who) = step.scene.who()
            && !s.callers.contains_key(who)
        {
            let off = find_quoted(src, who, soff).unwrap_or(soff);
            out.push(at(
                pack,
                Diagnostic::error(
                    "unknown-caller",
                    path,
                    format!("step \"{sid}\" names caller \"{who}\", which is not in `callers`"),
                )
                .with_hint(if s.callers.is_empty() {
                    format!(
                        "declare it: callers: {{ \"{who}\": (name: \"caller-{who}\", number_var: Some(\"{who}-phone\")) }}"
                    )
                } else {
                    format!("name one of the callers: {}", caller_ids())
                }),
                off,
                who.len() + 2,
            ));
        }
        let nameless = match &step.scene {
            Scene::IncomingCall { caller_id, who, .. } => caller_id.is_empty() && who.is_none(),
            Scene::Call { caller, who, .. } => caller.is_empty() && who.is_none(),
            _ => false,
        };
        if nameless {
            out.push(at(
                pack,
                Diagnostic::error(
                    "call-without-caller",
                    path,
                    format!("call step \"{sid}\" names no caller"),
                )
                .with_hint("give the call `who: Some(\"<caller id>\")` from `callers`, or `caller`/`caller_id` with a message id"),
                soff,
                sid.len() + 2,
            ));
        }
        for var in step.scene.amount_variables() {
            let Some(v) = s.variables.get(var) else {
                continue; // reported as undefined-variable by the graph check
            };
            if v.is_amount() || matches!(v, Variable::Total) {
                continue;
            }
            let off = find_quoted(src, var, soff).unwrap_or(soff);
            out.push(at(
                pack,
                Diagnostic::error(
                    "wrong-variable-kind",
                    path,
                    format!(
                        "step \"{sid}\" ({}) shows \"{var}\" as money, but it is {}",
                        step.scene.kind_name(),
                        kind_of(v)
                    ),
                )
                .with_hint(format!(
                    "declare \"{var}\" as an amount, e.g. \"{var}\": Amount(min: 100, max: 500, step: 50)"
                )),
                off,
                var.len() + 2,
            ));
        }
    }
    out
}
