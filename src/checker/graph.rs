//! Checks on the step graph: unknown and unreachable steps, dead ends,
//! endings without an outcome, and the paths scoring relies on.

use std::collections::{BTreeSet, HashSet, VecDeque};

use crate::diagnostic::{Diagnostic, find_field, find_key, find_quoted};
use crate::model::{Action, Outcome, PackKind, Variable};
use crate::pack::Pack;

/// Offset of a step's key in the RON source (0 when not found).
pub(super) fn step_offset(pack: &Pack, step: &str) -> usize {
    let steps_at = find_field(&pack.ron_source, "steps", 0).unwrap_or(0);
    find_key(&pack.ron_source, step, steps_at).unwrap_or(0)
}

fn at(pack: &Pack, d: Diagnostic, offset: usize, len: usize) -> Diagnostic {
    d.at_span(&pack.ron_source, offset, len)
}

pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let mut out = Vec::new();
    let step_names = || s.steps.keys().cloned().collect::<Vec<_>>().join(", ");

    if !s.steps.contains_key(&s.start) {
        let off = find_field(src, "start", 0).unwrap_or(0);
        out.push(at(
            pack,
            Diagnostic::error(
                "unknown-step",
                path,
                format!("start step \"{}\" does not exist", s.start),
            )
            .with_hint(format!(
                "start must name one of the steps: {}",
                step_names()
            )),
            off,
            5,
        ));
    }

    let mut hotspot_ids = HashSet::new();
    for (sid, step) in &s.steps {
        let soff = step_offset(pack, sid);
        let mut choice_ids = HashSet::new();
        for c in &step.choices {
            if !choice_ids.insert(c.id.as_str()) {
                let off = find_quoted(src, &c.id, soff).unwrap_or(soff);
                out.push(at(
                    pack,
                    Diagnostic::error(
                        "duplicate-choice",
                        path,
                        format!("step \"{sid}\" has two choices with id \"{}\"", c.id),
                    )
                    .with_hint("give each choice of a step its own id"),
                    off,
                    c.id.len() + 2,
                ));
            }
            if !s.steps.contains_key(&c.next) {
                let off = find_quoted(src, &c.next, soff).unwrap_or(soff);
                out.push(at(
                    pack,
                    Diagnostic::error("unknown-step", path, format!("choice \"{}\" of step \"{sid}\" leads to step \"{}\", which does not exist", c.id, c.next))
                        .with_hint(format!("expected one of: {}", step_names())),
                    off,
                    c.next.len() + 2,
                ));
            }
        }
        for h in &step.hotspots {
            if !hotspot_ids.insert(h.id.as_str()) {
                let off = find_quoted(src, &h.id, soff).unwrap_or(soff);
                out.push(at(
                    pack,
                    Diagnostic::error(
                        "duplicate-hotspot",
                        path,
                        format!("red flag id \"{}\" is used twice in the pack", h.id),
                    )
                    .with_hint("each red flag needs an id of its own, unique in the pack"),
                    off,
                    h.id.len() + 2,
                ));
            }
        }
        match &step.ending {
            None if step.choices.is_empty() => out.push(at(
                pack,
                Diagnostic::error(
                    "dead-end",
                    path,
                    format!(
                        "step \"{sid}\" has no choices and no ending: the trainee would be stuck"
                    ),
                )
                .with_hint(
                    "add choices, or an `ending: Some((outcome: Some(Safe), summary: \"...\"))`",
                ),
                soff,
                sid.len() + 2,
            )),
            Some(e) => {
                if e.outcome.is_none() {
                    out.push(at(
                        pack,
                        Diagnostic::error("ending-without-outcome", path, format!("the ending of step \"{sid}\" has no outcome"))
                            .with_hint("add `outcome: Some(Safe)` (or Helped, HelpRefused, Compromised, MoneyLost)"),
                        soff,
                        sid.len() + 2,
                    ));
                }
                if !step.choices.is_empty() {
                    out.push(at(
                        pack,
                        Diagnostic::warning(
                            "ending-with-choices",
                            path,
                            format!(
                                "step \"{sid}\" is an ending, so its choices are never offered"
                            ),
                        )
                        .with_hint("remove the choices or the ending"),
                        soff,
                        sid.len() + 2,
                    ));
                }
            }
            None => {}
        }
        if step.scene.is_call()
            && step.ending.is_none()
            && !step.choices.iter().any(|c| {
                c.actions
                    .iter()
                    .any(|a| matches!(a, Action::HangUp | Action::DeclineCall))
            })
        {
            out.push(at(
                pack,
                Diagnostic::warning("call-without-hang-up", path, format!("call step \"{sid}\" offers no choice tagged HangUp or DeclineCall"))
                    .with_hint("the phone's red button is always there; add a choice with `actions: [HangUp]` so hanging up is scored as the pack intends"),
                soff,
                sid.len() + 2,
            ));
        }
        for var in step.scene.variable_names() {
            if !s.variables.contains_key(var) {
                let off = find_quoted(src, var, soff).unwrap_or(soff);
                out.push(at(
                    pack,
                    Diagnostic::error(
                        "undefined-variable",
                        path,
                        format!("step \"{sid}\" shows variable \"{var}\", which is not declared"),
                    )
                    .with_hint(format!(
                        "declare it under `variables`, e.g. \"{var}\": Pick([\"...\"])"
                    )),
                    off,
                    var.len() + 2,
                ));
            }
        }
    }

    for (name, var) in &s.variables {
        let empty = matches!(var, Variable::Pick(v) | Variable::Message(v) if v.is_empty());
        if empty {
            let off = find_key(src, name, 0).unwrap_or(0);
            out.push(at(
                pack,
                Diagnostic::error(
                    "empty-variable",
                    path,
                    format!("variable \"{name}\" has nothing to pick from"),
                )
                .with_hint("list at least one value"),
                off,
                name.len() + 2,
            ));
        }
    }

    if !s.steps.contains_key(&s.start) {
        return out;
    }

    // Reachability.
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from([s.start.as_str()]);
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(step) = s.steps.get(id)
            && step.ending.is_none()
        {
            for c in &step.choices {
                if s.steps.contains_key(&c.next) {
                    queue.push_back(&c.next);
                }
            }
        }
    }
    for sid in s.steps.keys() {
        if !seen.contains(sid.as_str()) {
            let off = step_offset(pack, sid);
            out.push(at(
                pack,
                Diagnostic::error(
                    "unreachable-step",
                    path,
                    format!(
                        "step \"{sid}\" cannot be reached from the start step \"{}\"",
                        s.start
                    ),
                )
                .with_hint("add a choice whose `next` is this step, or delete the step"),
                off,
                sid.len() + 2,
            ));
        }
    }

    let all_actions = || {
        s.steps
            .values()
            .flat_map(|st| st.choices.iter())
            .flat_map(|c| c.actions.iter().copied())
    };
    let start_off = find_field(src, "kind", 0).unwrap_or(0);
    match s.kind {
        PackKind::Scam => {
            if !all_actions().any(|a| a.gives_remote_access() || a.pays()) {
                out.push(at(pack, Diagnostic::error("no-decision", path, "this scam pack never asks the trainee to decide on remote access or payment").with_hint("add a choice tagged GrantRemoteAccess, ReadOutAccessCode, Pay or BuyGiftCards (and its safe alternative)"), start_off, 4));
            }
            if !has_path(pack, |o| o == Outcome::Safe, PathRule::NoHarm) {
                out.push(at(pack, Diagnostic::error("no-safe-path", path, "no path leads to a Safe ending without granting access, paying or sharing secrets").with_hint("add a safe route, e.g. a choice tagged HangUp or CloseBrowserTaskManager that leads to an ending with outcome Safe"), start_off, 4));
            }
        }
        PackKind::Genuine => {
            if !has_path(pack, |o| o == Outcome::Helped, PathRule::VerifiedAllow) {
                out.push(at(pack, Diagnostic::error("no-verified-allow-path", path, "this genuine pack has no path where the trainee verifies the contact and then allows access, ending Helped").with_hint("add a choice tagged VerifyOfficialChannel before the choice tagged GrantRemoteAccess, leading to an ending with outcome Helped"), start_off, 4));
            }
        }
    }
    out
}

#[derive(Clone, Copy)]
enum PathRule {
    /// No remote access, payment or secrets on the way.
    NoHarm,
    /// VerifyOfficialChannel happens before GrantRemoteAccess, and access is granted.
    VerifiedAllow,
}

/// Is there a path from the start to an ending whose outcome satisfies `want`
/// under `rule`? Breadth-first over (step, verified, granted) states.
fn has_path(pack: &Pack, want: impl Fn(Outcome) -> bool, rule: PathRule) -> bool {
    let s = &pack.scenario;
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(s.start.as_str(), false, false)]);
    while let Some(state @ (id, verified, granted)) = queue.pop_front() {
        if !seen.insert(state) {
            continue;
        }
        let Some(step) = s.steps.get(id) else {
            continue;
        };
        if let Some(e) = &step.ending {
            let ok_rule = match rule {
                PathRule::NoHarm => true,
                PathRule::VerifiedAllow => granted,
            };
            if ok_rule && e.outcome.is_some_and(&want) {
                return true;
            }
            continue;
        }
        for c in &step.choices {
            let mut v = verified;
            let mut g = granted;
            let mut blocked = false;
            for a in &c.actions {
                match rule {
                    PathRule::NoHarm => {
                        if a.gives_remote_access() || a.pays() || a.shares_secrets() {
                            blocked = true;
                        }
                    }
                    PathRule::VerifiedAllow => {
                        if *a == Action::VerifyOfficialChannel {
                            v = true;
                        }
                        if a.gives_remote_access() {
                            if v {
                                g = true;
                            } else {
                                blocked = true;
                            }
                        }
                    }
                }
            }
            if !blocked {
                queue.push_back((c.next.as_str(), v, g));
            }
        }
    }
    false
}
