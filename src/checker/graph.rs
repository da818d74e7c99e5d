//! Checks on the step graph: unknown and unreachable steps, dead ends,
//! endings without an outcome, and the paths scoring relies on.

use std::collections::{BTreeSet, HashSet, VecDeque};

use crate::diagnostic::{Diagnostic, find_field, find_key, find_quoted};
use crate::model::{Action, Cond, Effect, Lost, Outcome, PackKind, State, Variable};
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
            for next in c.targets() {
                if !s.steps.contains_key(next) {
                    let off = find_quoted(src, next, soff).unwrap_or(soff);
                    out.push(at(
                        pack,
                        Diagnostic::error("unknown-step", path, format!("choice \"{}\" of step \"{sid}\" leads to step \"{next}\", which does not exist", c.id))
                            .with_hint(format!("expected one of: {}", step_names())),
                        off,
                        next.len() + 2,
                    ));
                }
            }
        }
        if let Some(t) = &step.timeout {
            if !s.steps.contains_key(&t.next) {
                let off = find_quoted(src, &t.next, soff).unwrap_or(soff);
                out.push(at(
                    pack,
                    Diagnostic::error("unknown-step", path, format!("the timeout of step \"{sid}\" leads to step \"{}\", which does not exist", t.next))
                        .with_hint(format!("expected one of: {}", step_names())),
                    off,
                    t.next.len() + 2,
                ));
            }
            if step.ending.is_some() {
                out.push(at(
                    pack,
                    Diagnostic::warning(
                        "ending-with-timeout",
                        path,
                        format!("step \"{sid}\" is an ending, so its timeout never runs"),
                    )
                    .with_hint("remove the timeout or the ending"),
                    soff,
                    sid.len() + 2,
                ));
            }
        }
        let mut elements: HashSet<&str> = HashSet::new();
        for h in &step.hotspots {
            for el in h.element_ids() {
                if !elements.insert(el) {
                    let off = find_quoted(src, el, soff).unwrap_or(soff);
                    out.push(at(
                        pack,
                        Diagnostic::error(
                            "duplicate-element",
                            path,
                            format!("element \"{el}\" of step \"{sid}\" is bound to two red flags"),
                        )
                        .with_hint("bind each element of a step to one red flag at most"),
                        off,
                        el.len() + 2,
                    ));
                }
            }
        }
        if !step.endings.is_empty() && step.ending.is_none() {
            out.push(at(
                pack,
                Diagnostic::error("endings-without-fallback", path, format!("step \"{sid}\" has conditional `endings` but no `ending` to fall back on"))
                    .with_hint("add `ending: Some((outcome: Some(...), summary: \"...\"))`, used when no condition of `endings` holds"),
                soff,
                sid.len() + 2,
            ));
        }
        for e in &step.endings {
            if e.when.is_none() {
                out.push(at(
                    pack,
                    Diagnostic::warning("ending-without-condition", path, format!("an entry of `endings` of step \"{sid}\" has no `when`, so the entries after it and `ending` never apply"))
                        .with_hint("add `when: Some(Flag(\"...\"))`, or make it the step's `ending`"),
                    soff,
                    sid.len() + 2,
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
            None if step.choices.is_empty() && step.timeout.is_none() => out.push(at(
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
            Some(_) => {
                if step.all_endings().any(|e| e.outcome.is_none()) {
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

    out.extend(check_state_refs(pack));

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

    // Reachability over steps and run states.
    let explored = explore(pack);
    for sid in s.steps.keys() {
        if !explored.steps.contains(sid.as_str()) {
            let off = step_offset(pack, sid);
            let structurally = structurally_reachable(pack).contains(sid.as_str());
            out.push(at(
                pack,
                Diagnostic::error(
                    "unreachable-step",
                    path,
                    if structurally {
                        format!("step \"{sid}\" cannot be reached in any run state: the conditions on the way never let a run through")
                    } else {
                        format!(
                            "step \"{sid}\" cannot be reached from the start step \"{}\"",
                            s.start
                        )
                    },
                )
                .with_hint(if structurally {
                    "check the `when` conditions of the choices and branches leading here, and the effects that set them"
                } else {
                    "add a choice whose `next` is this step, or delete the step"
                }),
                off,
                sid.len() + 2,
            ));
        }
    }
    if !explored.truncated {
        for (sid, what) in &explored.never_holds {
            let off = step_offset(pack, sid);
            out.push(at(
                pack,
                Diagnostic::warning(
                    "condition-never-holds",
                    path,
                    format!("{what} of step \"{sid}\" has a condition that holds in no run state that reaches it"),
                )
                .with_hint("check the condition against the effects that set its flags and counters"),
                off,
                sid.len() + 2,
            ));
        }
        for sid in &explored.stuck {
            let off = step_offset(pack, sid);
            out.push(at(
                pack,
                Diagnostic::error(
                    "dead-end",
                    path,
                    format!("in some run state step \"{sid}\" offers no choice (every choice's condition fails) and has no timeout: the trainee would be stuck"),
                )
                .with_hint("add a choice without `when`, or a timeout"),
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
/// under `rule`? Breadth-first over (step, verified, granted, run state).
fn has_path(pack: &Pack, want: impl Fn(Outcome) -> bool, rule: PathRule) -> bool {
    let s = &pack.scenario;
    let max = |n: &str| counter_max(pack, n);
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(
        s.start.clone(),
        false,
        false,
        abstract_state(&State::default()),
    )]);
    while let Some(node) = queue.pop_front() {
        if seen.len() > MAX_STATES {
            return true; // too big to search: do not report a false finding
        }
        if !seen.insert(node.clone()) {
            continue;
        }
        let (id, verified, granted, state) = node;
        let Some(step) = s.steps.get(&id) else {
            continue;
        };
        if step.ending.is_some() {
            let ok_rule = match rule {
                PathRule::NoHarm => true,
                PathRule::VerifiedAllow => granted,
            };
            if ok_rule
                && step
                    .ending_in(&state)
                    .and_then(|e| e.outcome)
                    .is_some_and(&want)
            {
                return true;
            }
            continue;
        }
        if let Some(t) = &step.timeout {
            let mut st = state.clone();
            for e in &t.effects {
                e.apply(&mut st, max);
            }
            queue.push_back((t.next.clone(), verified, granted, abstract_state(&st)));
        }
        for c in &step.choices {
            if c.when.as_ref().is_some_and(|w| !w.holds(&state)) {
                continue;
            }
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
                let mut st = state.clone();
                for e in &c.effects {
                    e.apply(&mut st, max);
                }
                let next = c.destination(&st).to_owned();
                queue.push_back((next, v, g, abstract_state(&st)));
            }
        }
    }
    false
}

/// Run states explored per pack before the checker stops looking.
const MAX_STATES: usize = 50_000;

/// Totals matter to conditions only as "anything added yet": keep one entry.
fn abstract_state(s: &State) -> State {
    let mut a = s.clone();
    for v in a.totals.values_mut() {
        v.truncate(1);
    }
    a
}

fn counter_max(pack: &Pack, name: &str) -> u32 {
    match pack.scenario.variables.get(name) {
        Some(Variable::Counter { max }) => *max,
        _ => u32::MAX,
    }
}

/// Steps reachable from the start ignoring every condition.
fn structurally_reachable(pack: &Pack) -> BTreeSet<&str> {
    let s = &pack.scenario;
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
                queue.extend(c.targets().into_iter().filter(|n| s.steps.contains_key(*n)));
            }
            if let Some(t) = &step.timeout
                && s.steps.contains_key(&t.next)
            {
                queue.push_back(&t.next);
            }
        }
    }
    seen
}

/// What exploring every (step, run state) from the start found.
struct Explored<'a> {
    steps: BTreeSet<&'a str>,
    /// (step, "choice \"x\"" / "a branch of choice \"x\"" / "line 2" / "ending 1").
    never_holds: Vec<(String, String)>,
    /// Steps where some reachable state offers nothing to do.
    stuck: BTreeSet<String>,
    truncated: bool,
}

fn explore(pack: &Pack) -> Explored<'_> {
    let s = &pack.scenario;
    let max = |n: &str| counter_max(pack, n);
    let mut steps = BTreeSet::new();
    let mut held: HashSet<(String, String)> = HashSet::new();
    let mut evaluated: BTreeSet<(String, String)> = BTreeSet::new();
    let mut stuck = BTreeSet::new();
    let mut seen: HashSet<(String, State)> = HashSet::new();
    let mut queue = VecDeque::new();
    if s.steps.contains_key(&s.start) {
        queue.push_back((s.start.clone(), State::default()));
    }
    let mut truncated = false;
    let mut note = |sid: &str, what: String, holds: bool| {
        evaluated.insert((sid.to_owned(), what.clone()));
        if holds {
            held.insert((sid.to_owned(), what));
        }
    };
    while let Some(node) = queue.pop_front() {
        if seen.len() >= MAX_STATES {
            truncated = true;
            break;
        }
        if !seen.insert(node.clone()) {
            continue;
        }
        let (id, state) = node;
        let Some((sid, step)) = s.steps.get_key_value(&id) else {
            continue;
        };
        steps.insert(sid.as_str());
        for (i, l) in step.lines.iter().enumerate() {
            if let Some(w) = &l.when {
                note(sid, format!("line {}", i + 1), w.holds(&state));
            }
        }
        if step.ending.is_some() {
            for (i, e) in step.endings.iter().enumerate() {
                if let Some(w) = &e.when {
                    note(sid, format!("ending {}", i + 1), w.holds(&state));
                }
            }
            continue;
        }
        let mut offered = 0;
        for c in &step.choices {
            let ok = c.when.as_ref().is_none_or(|w| w.holds(&state));
            if c.when.is_some() {
                note(sid, format!("choice \"{}\"", c.id), ok);
            }
            if !ok {
                continue;
            }
            offered += 1;
            let mut st = state.clone();
            for e in &c.effects {
                e.apply(&mut st, max);
            }
            for (i, b) in c.branches.iter().enumerate() {
                note(
                    sid,
                    format!("branch {} of choice \"{}\"", i + 1, c.id),
                    b.when.holds(&st),
                );
            }
            let next = c.destination(&st).to_owned();
            if s.steps.contains_key(&next) {
                queue.push_back((next, abstract_state(&st)));
            }
        }
        if let Some(t) = &step.timeout {
            offered += 1;
            let mut st = state.clone();
            for e in &t.effects {
                e.apply(&mut st, max);
            }
            if s.steps.contains_key(&t.next) {
                queue.push_back((t.next.clone(), abstract_state(&st)));
            }
        }
        if offered == 0 && !step.choices.is_empty() {
            stuck.insert(sid.clone());
        }
    }
    let never_holds = evaluated
        .into_iter()
        .filter(|k| !held.contains(k))
        .collect();
    Explored {
        steps,
        never_holds,
        stuck,
        truncated,
    }
}

/// State variables: conditions and effects name declared variables of the
/// right kind; a `lost` names an Amount or a Total; state that is set is read
/// somewhere (a condition, a `lost`, a scene, a message).
fn check_state_refs(pack: &Pack) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let path = &pack.ron_path;
    let src = &pack.ron_source;
    let mut out = Vec::new();
    let mut written: BTreeSet<&str> = BTreeSet::new();
    let mut read: BTreeSet<&str> = BTreeSet::new();
    let kind_of = |n: &str| s.variables.get(n);
    let bad = |sid: &str, name: &str, want: &str| {
        let soff = step_offset(pack, sid);
        let off = find_quoted(src, name, soff).unwrap_or(soff);
        let declared: Vec<&str> = s
            .variables
            .iter()
            .filter(|(_, v)| v.is_state() || v.is_amount())
            .map(|(k, _)| k.as_str())
            .collect();
        Diagnostic::error(
            "undefined-state",
            path,
            format!("step \"{sid}\" uses \"{name}\" as {want}, but the pack declares no such variable"),
        )
        .with_hint(format!(
            "declare it under `variables`, e.g. \"{name}\": {}; state and amount variables declared: {}",
            match want {
                "a flag" => "Flag",
                "a counter" => "Counter(max: 5)",
                "a total" => "Total",
                _ => "Amount(min: 100, max: 500, step: 50)",
            },
            if declared.is_empty() { "none".to_owned() } else { declared.join(", ") }
        ))
        .at_span(src, off, name.len() + 2)
    };
    fn cond_uses<'a>(c: &'a Cond, v: &mut Vec<(&'a str, &'static str)>) {
        match c {
            Cond::Flag(n) | Cond::NotFlag(n) => v.push((n, "a flag")),
            Cond::AtLeast(n, _) | Cond::Below(n, _) => v.push((n, "a counter")),
            Cond::AnyLost(n) => v.push((n, "a total")),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| cond_uses(c, v)),
            Cond::Not(c) => cond_uses(c, v),
        }
    }
    let fits = |n: &str, want: &str| {
        matches!(
            (kind_of(n), want),
            (Some(Variable::Flag), "a flag")
                | (Some(Variable::Counter { .. }), "a counter")
                | (Some(Variable::Total), "a total")
        ) || (want == "an amount" && kind_of(n).is_some_and(Variable::is_amount))
    };
    for (sid, step) in &s.steps {
        let mut uses: Vec<(&str, &'static str)> = Vec::new();
        let mut conds: Vec<&Cond> = Vec::new();
        conds.extend(step.lines.iter().filter_map(|l| l.when.as_ref()));
        conds.extend(step.endings.iter().filter_map(|e| e.when.as_ref()));
        let mut effects: Vec<&Effect> = Vec::new();
        for c in &step.choices {
            conds.extend(c.when.iter());
            conds.extend(c.branches.iter().map(|b| &b.when));
            effects.extend(c.effects.iter());
        }
        if let Some(t) = &step.timeout {
            effects.extend(t.effects.iter());
        }
        for c in conds {
            cond_uses(c, &mut uses);
        }
        for (n, _) in &uses {
            read.insert(n);
        }
        for e in effects {
            written.insert(e.target());
            match e {
                Effect::Set(n) | Effect::Clear(n) => uses.push((n, "a flag")),
                Effect::Add(n, _) => uses.push((n, "a counter")),
                Effect::AddAmount(t, a) => {
                    uses.push((t, "a total"));
                    uses.push((a, "an amount"));
                }
            }
        }
        for e in step.all_endings() {
            match &e.lost {
                Some(Lost::Var(n)) => uses.push((n, "an amount")),
                Some(Lost::Total(n)) => {
                    read.insert(n);
                    uses.push((n, "a total"));
                }
                None => {}
            }
            for a in &e.recovery {
                if !a.is_recovery() {
                    let soff = step_offset(pack, sid);
                    out.push(at(
                        pack,
                        Diagnostic::warning("not-recovery", path, format!("the ending of step \"{sid}\" lists {a:?} under `recovery`, which is no recovery action"))
                            .with_hint("recovery is one of ContactBank, Report, Disconnect, UninstallTool, ChangePasswords"),
                        soff,
                        sid.len() + 2,
                    ));
                }
            }
        }
        read.extend(step.scene.variable_names());
        for (n, want) in uses {
            if !fits(n, want) {
                out.push(bad(sid, n, want));
            }
        }
    }
    // Messages that show a state variable read it.
    for files in pack.catalog.files.values() {
        for f in files {
            for e in f.resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = e {
                    for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                        for v in crate::checker::variable_references(p) {
                            if let Some((k, _)) = s.variables.get_key_value(v) {
                                read.insert(k.as_str());
                            }
                        }
                    }
                }
            }
        }
    }
    for (name, var) in &s.variables {
        if var.is_state() && !read.contains(name.as_str()) {
            let off = find_key(src, name, 0).unwrap_or(0);
            out.push(at(
                pack,
                Diagnostic::warning(
                    "state-never-read",
                    path,
                    if written.contains(name.as_str()) {
                        format!("state variable \"{name}\" is set but never read: no condition, `lost`, scene or message uses it")
                    } else {
                        format!("state variable \"{name}\" is never set or read")
                    },
                )
                .with_hint("use it in a `when` condition or a message, or remove it"),
                off,
                name.len() + 2,
            ));
        }
    }
    out
}
