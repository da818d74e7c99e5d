//! Checks on the playbook scenes: the callers table (each `who` names a
//! declared caller; each caller's number is a declared phone variable), a
//! call scene that names nobody, money shown by a scene that is not an
//! amount, and a remote tool's look that does not fit its fields or choices.

use crate::diagnostic::{Diagnostic, find_field, find_key, find_quoted};
use crate::model::{RemoteStyle, Scene, Step, Variable, Via};
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
        out.extend(remote_style(pack, sid, step, soff));
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

/// A remote tool's `style` against its fields and choices: a QuickSupport
/// look shows a password (`password_var`), only it does; a Quick Assist look
/// is where the code is typed, so it needs a `Type` choice, and the other
/// looks have no field to type into.
fn remote_style(pack: &Pack, sid: &str, step: &Step, soff: usize) -> Vec<Diagnostic> {
    let Scene::RemoteTool {
        style: Some(style),
        password_var,
        ..
    } = &step.scene
    else {
        return Vec::new();
    };
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let off = find_field(src, "style", soff).unwrap_or(soff);
    let typed = step
        .choices
        .iter()
        .any(|c| matches!(c.via, Some(Via::Type(_))));
    let mut out = Vec::new();
    match (style, password_var) {
        (RemoteStyle::QuickSupport, None) => out.push(at(
            pack,
            Diagnostic::error(
                "remote-style",
                path,
                format!("step \"{sid}\" shows a QuickSupport-like tool without a password"),
            )
            .with_hint(
                "add `password_var: Some(\"password\")` and declare it, e.g. \"password\": Pick([\"4kx7qm\", \"9tb2re\"])",
            ),
            off,
            5,
        )),
        (RemoteStyle::Desk | RemoteStyle::QuickAssist, Some(var)) => out.push(at(
            pack,
            Diagnostic::warning(
                "remote-style",
                path,
                format!(
                    "step \"{sid}\" has password_var \"{var}\", but only a QuickSupport-like tool shows a password"
                ),
            )
            .with_hint("use `style: Some(QuickSupport)`, or leave `password_var` out"),
            off,
            5,
        )),
        _ => {}
    }
    match (style, typed) {
        (RemoteStyle::QuickAssist, false) => out.push(at(
            pack,
            Diagnostic::error(
                "remote-style",
                path,
                format!(
                    "step \"{sid}\" shows a Quick Assist-like code field, but no choice is taken by typing"
                ),
            )
            .with_hint("add a choice with `via: Some(Type(\"<code message>\"))`, or use `style: Some(Desk)`"),
            off,
            5,
        )),
        (RemoteStyle::Desk | RemoteStyle::QuickSupport, true) => out.push(at(
            pack,
            Diagnostic::error(
                "remote-style",
                path,
                format!(
                    "step \"{sid}\" has a choice taken by typing, but its {style:?}-like tool has no field to type into"
                ),
            )
            .with_hint("use `style: Some(QuickAssist)` (the sharer types the helper's code)"),
            off,
            5,
        )),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isp_pack() -> Pack {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/scenarios/isp-router-call");
        Pack::load(&dir).0.expect("the shipped pack loads")
    }

    fn remote_findings(pack: &Pack) -> Vec<Diagnostic> {
        check(pack)
            .into_iter()
            .filter(|d| d.code == "remote-style")
            .collect()
    }

    fn remote_step(pack: &mut Pack) -> &mut Step {
        pack.scenario
            .steps
            .values_mut()
            .find(|s| matches!(s.scene, Scene::RemoteTool { .. }))
            .expect("a remote tool step")
    }

    #[test]
    fn a_shipped_quick_support_tool_is_clean() {
        assert_eq!(remote_findings(&isp_pack()), Vec::new());
    }

    #[test]
    fn a_quick_support_tool_without_a_password_is_an_error() {
        let mut pack = isp_pack();
        if let Scene::RemoteTool { password_var, .. } = &mut remote_step(&mut pack).scene {
            *password_var = None;
        }
        let found = remote_findings(&pack);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("without a password"));
        assert!(
            found[0]
                .hint
                .as_deref()
                .unwrap_or("")
                .contains("password_var")
        );
    }

    #[test]
    fn a_quick_assist_look_needs_a_typed_choice() {
        let mut pack = isp_pack();
        if let Scene::RemoteTool {
            style,
            password_var,
            ..
        } = &mut remote_step(&mut pack).scene
        {
            *style = Some(RemoteStyle::QuickAssist);
            *password_var = None;
        }
        let found = remote_findings(&pack);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("no choice is taken by typing"));
    }
}
