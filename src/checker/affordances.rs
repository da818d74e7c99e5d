//! Checks on how choices are taken in the world and what flags bind to:
//! every choice's act is one its scene offers, a call can always be hung up,
//! a dialled number exists and can be found, and every red flag is bound to
//! an element the scene draws.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, find_quoted};
use crate::model::{Dial, Scenario, Step, Variable, Via};
use crate::pack::Pack;

use super::graph::step_offset;

fn at(pack: &Pack, d: Diagnostic, offset: usize, len: usize) -> Diagnostic {
    d.at_span(&pack.ron_source, offset, len)
}

pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let mut out = Vec::new();
    for (sid, step) in &s.steps {
        let soff = step_offset(pack, sid);
        choices(pack, s, sid, step, soff, &mut out);
        hotspots(pack, sid, step, soff, &mut out);
    }
    out
}

fn choices(
    pack: &Pack,
    s: &Scenario,
    sid: &str,
    step: &Step,
    soff: usize,
    out: &mut Vec<Diagnostic>,
) {
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let speech = step.has_speech();
    // Acts without a label of their own must be unambiguous at a step.
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for c in &step.choices {
        let off = find_quoted(src, &c.id, soff).unwrap_or(soff);
        let len = c.id.len() + 2;
        let Some(via) = &c.via else {
            out.push(at(
                pack,
                Diagnostic::warning(
                    "no-via",
                    path,
                    format!(
                        "choice \"{}\" of step \"{sid}\" does not say how it is done in the world; it is drawn as a button labelled with its text",
                        c.id
                    ),
                )
                .with_hint("add `via:` — Press, Say, Answer, Decline, HangUp, Dial(Var(\"phone\")), CloseBrowser, CloseWindow, Type(\"msg-id\"), WifiOff or PowerOff (docs/AUTHORING.md, \"Acts\")"),
                off,
                len,
            ));
            continue;
        };
        if let Err(why) = step.scene.offers(via, speech) {
            out.push(at(
                pack,
                Diagnostic::error(
                    "act-not-offered",
                    path,
                    format!(
                        "choice \"{}\" of step \"{sid}\" is taken by {}, which a {} scene does not offer",
                        c.id,
                        via.name(),
                        step.scene.kind_name()
                    ),
                )
                .with_hint(why),
                off,
                len,
            ));
        }
        // Choices kept apart by their own conditions are not ambiguous.
        if !via.shows_label() && c.when.is_none() {
            let key = format!("{via:?}");
            if let Some(first) = seen.insert(key, &c.id) {
                out.push(at(
                    pack,
                    Diagnostic::error(
                        "ambiguous-act",
                        path,
                        format!(
                            "choices \"{first}\" and \"{}\" of step \"{sid}\" are both taken by the same {}",
                            c.id,
                            via.name()
                        ),
                    )
                    .with_hint("one act takes one choice: give one of them another act, or a `when` that excludes the other"),
                    off,
                    len,
                ));
            }
        }
        if let Via::Dial(d) = via {
            dial(pack, s, sid, &c.id, d, off, len, out);
        }
    }
    let has = |f: fn(&Via) -> bool| step.choices.iter().any(|c| c.via.as_ref().is_some_and(f));
    let any_via = step.choices.iter().any(|c| c.via.is_some());
    // A step whose choices give no acts yet (each drawn as a button, each
    // warned `no-via`) is judged by its actions: a warning, same code.
    let legacy = !any_via && step.ending.is_none() && !step.choices.iter().any(|c| c.ends_call());
    let missing = match &step.scene {
        crate::model::Scene::Call { .. } if any_via && !has(|v| matches!(v, Via::HangUp)) => {
            Some((
                "call-without-hang-up",
                "a call step has no choice taken by HangUp: the phone's red key must work at every moment",
                "add a choice with `via: HangUp` (actions: [HangUp])",
                true,
            ))
        }
        crate::model::Scene::Call { .. } if legacy => Some((
            "call-without-hang-up",
            "a call step has no choice that hangs up: the phone's red key must work at every moment",
            "add a choice with `via: HangUp` (actions: [HangUp])",
            false,
        )),
        crate::model::Scene::IncomingCall { .. }
            if any_via && !has(|v| matches!(v, Via::Decline)) =>
        {
            Some((
                "ringing-without-decline",
                "a ringing phone has no choice taken by Decline",
                "add a choice with `via: Decline` (actions: [DeclineCall])",
                true,
            ))
        }
        crate::model::Scene::IncomingCall { .. } if legacy => Some((
            "ringing-without-decline",
            "a ringing phone has no choice that declines it",
            "add a choice with `via: Decline` (actions: [DeclineCall])",
            false,
        )),
        _ => None,
    };
    if let Some((code, msg, hint, error)) = missing {
        let msg = format!("step \"{sid}\": {msg}");
        let d = if error {
            Diagnostic::error(code, path, msg)
        } else {
            Diagnostic::warning(code, path, msg)
        };
        out.push(at(pack, d.with_hint(hint), soff, sid.len() + 2));
    }
}

#[allow(clippy::too_many_arguments)]
fn dial(
    pack: &Pack,
    s: &Scenario,
    sid: &str,
    cid: &str,
    d: &Dial,
    off: usize,
    len: usize,
    out: &mut Vec<Diagnostic>,
) {
    let path = &pack.ron_path;
    let problem = match d {
        Dial::Var(v) => match s.variables.get(v) {
            Some(Variable::Phone(_)) => None,
            Some(_) => Some((
                format!("dials \"{v}\", which is not a Phone variable"),
                format!("declare \"{v}\" as Phone(Landline), Phone(TollFree) or Phone(Mobile)"),
            )),
            None => Some((
                format!("dials \"{v}\", which is not declared"),
                format!("declare it under `variables`: \"{v}\": Phone(Landline)"),
            )),
        },
        Dial::Caller(c) => match s.callers.get(c) {
            None => Some((
                format!("dials caller \"{c}\", who is not in `callers`"),
                format!(
                    "name one of the callers: {}",
                    s.callers.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            )),
            Some(k) if k.number_var.is_none() => Some((
                format!("dials caller \"{c}\", who has no number"),
                format!("give \"{c}\" `number_var: Some(\"{c}-phone\")`"),
            )),
            Some(k) if k.found.is_empty() => Some((
                format!("dials caller \"{c}\", whose number the trainee can find nowhere"),
                format!(
                    "say where it is: \"{c}\": (…, found: [Card, Contacts, Website, Intranet])"
                ),
            )),
            Some(_) => None,
        },
    };
    if let Some((msg, hint)) = problem {
        out.push(at(
            pack,
            Diagnostic::error(
                "bad-dial",
                path,
                format!("choice \"{cid}\" of step \"{sid}\" {msg}"),
            )
            .with_hint(hint),
            off,
            len,
        ));
    }
}

fn hotspots(pack: &Pack, sid: &str, step: &Step, soff: usize, out: &mut Vec<Diagnostic>) {
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let known = step.element_ids();
    let list = || known.join(", ");
    for h in &step.hotspots {
        let hoff = find_quoted(src, &h.id, soff).unwrap_or(soff);
        if h.elements.is_empty() {
            if !known.contains(&h.id.as_str()) {
                out.push(at(
                    pack,
                    Diagnostic::error(
                        "flag-bound-to-nothing",
                        path,
                        format!("red flag \"{}\" of step \"{sid}\" is bound to no element the {} scene draws, so it can never be found", h.id, step.scene.kind_name()),
                    )
                    .with_hint(format!("bind it: `elements: [\"…\"]` with one of: {}", list())),
                    hoff,
                    h.id.len() + 2,
                ));
            }
            continue;
        }
        for e in &h.elements {
            if known.contains(&e.as_str()) {
                continue;
            }
            let off = find_quoted(src, e, hoff).unwrap_or(hoff);
            out.push(at(
                pack,
                Diagnostic::error(
                    "unknown-element",
                    path,
                    format!("red flag \"{}\" of step \"{sid}\" is bound to \"{e}\", which the {} scene does not draw", h.id, step.scene.kind_name()),
                )
                .with_hint(format!("name one of: {}", list())),
                off,
                e.len() + 2,
            ));
        }
    }
}
