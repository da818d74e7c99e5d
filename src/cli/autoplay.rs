//! `scamdrill autoplay`: walk every path of every pack in every locale the
//! pack declares, and assert the checker's guarantees on each: every path
//! ends with an outcome, every message formats cleanly, the score and debrief
//! build, and replaying the log reproduces the run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::engine::Engine;
use crate::model::{Outcome, State};
use crate::pack::Pack;
use crate::play::TIMEOUT;

/// Paths explored per pack before giving up (guards against huge graphs).
pub const MAX_PATHS: usize = 20_000;

#[derive(Debug, Default)]
pub struct PackResult {
    pub id: String,
    pub locale: String,
    pub paths: usize,
    pub outcomes: BTreeMap<Outcome, usize>,
    pub steps_total: usize,
    pub steps_visited: BTreeSet<String>,
}

#[derive(Debug, Default)]
pub struct AutoplayReport {
    pub results: Vec<PackResult>,
    pub failures: Vec<String>,
}

/// Every path from the start to an ending, as lists of choice ids (and
/// [`TIMEOUT`] where a countdown runs out), exploring the run state as well
/// as the steps: a choice is only taken where its condition holds, and a
/// branch is followed where its condition holds. A path never comes back to
/// the same step in the same state (loops are walked once).
pub fn all_paths(pack: &Pack) -> Vec<Vec<String>> {
    let s = &pack.scenario;
    let max = |n: &str| match s.variables.get(n) {
        Some(crate::model::Variable::Counter { max }) => *max,
        _ => u32::MAX,
    };
    let mut out = Vec::new();
    type Node = (String, State);
    let mut stack: Vec<(Node, Vec<Node>, Vec<String>)> = vec![(
        (s.start.clone(), State::default()),
        vec![(s.start.clone(), State::default())],
        Vec::new(),
    )];
    while let Some(((step, state), seen, choices)) = stack.pop() {
        if out.len() >= MAX_PATHS {
            break;
        }
        let Some(st) = s.step(&step) else { continue };
        let mut moves: Vec<(String, String, State)> = Vec::new();
        if st.ending.is_none() {
            for c in &st.choices {
                if c.when.as_ref().is_some_and(|w| !w.holds(&state)) {
                    continue;
                }
                let mut next_state = state.clone();
                for e in &c.effects {
                    e.apply(&mut next_state, max);
                }
                let next = c.destination(&next_state).to_owned();
                moves.push((c.id.clone(), next, next_state));
            }
            if let Some(t) = &st.timeout {
                let mut next_state = state.clone();
                for e in &t.effects {
                    e.apply(&mut next_state, max);
                }
                moves.push((TIMEOUT.to_owned(), t.next.clone(), next_state));
            }
        }
        if moves.is_empty() {
            out.push(choices);
            continue;
        }
        for (id, next, next_state) in moves.into_iter().rev() {
            let node = (next, next_state);
            if seen.contains(&node) {
                continue;
            }
            let mut seen2 = seen.clone();
            seen2.push(node.clone());
            let mut ch = choices.clone();
            ch.push(id);
            stack.push((node, seen2, ch));
        }
    }
    out
}

/// Run autoplay over everything the engine loaded.
pub fn autoplay(engine: &Engine, seed: u64) -> AutoplayReport {
    let mut report = AutoplayReport::default();
    for pack in &engine.library.packs {
        let paths = all_paths(pack);
        for locale in &pack.scenario.locales {
            let mut res = PackResult {
                id: pack.id().to_owned(),
                locale: locale.clone(),
                steps_total: pack.scenario.steps.len(),
                ..Default::default()
            };
            for (pi, path) in paths.iter().enumerate() {
                let fail = |msg: String| {
                    format!("{} [{locale}] path {}: {msg}", pack.id(), path.join(","))
                };
                let mut play = match engine.start(pack.id(), locale, seed.wrapping_add(pi as u64)) {
                    Ok(p) => p,
                    Err(e) => {
                        report.failures.push(fail(e.to_string()));
                        break;
                    }
                };
                let mut t = 0;
                for (i, choice) in path.iter().enumerate() {
                    res.steps_visited.insert(play.run.current_id().to_owned());
                    if play.view().is_none() {
                        report
                            .failures
                            .push(fail(format!("no view for step {}", play.run.current_id())));
                    }
                    // Mark every flag (by its first bound element) on even
                    // paths, none on odd ones, and a false flag on every
                    // fourth path.
                    if pi % 2 == 0 {
                        let ids: Vec<String> = play
                            .run
                            .current()
                            .map(|s| {
                                s.hotspots
                                    .iter()
                                    .map(|h| h.element_ids()[0].to_owned())
                                    .collect()
                            })
                            .unwrap_or_default();
                        for h in ids {
                            let _ = play.mark(&h, t + 100);
                        }
                    }
                    if pi % 4 == 1 {
                        let _ = play.mark("autoplay-benign-element", t + 200);
                    }
                    t += 1000 + 250 * i as u64;
                    match play.act(choice, t) {
                        Ok(at) => t = at,
                        Err(e) => report.failures.push(fail(e.to_string())),
                    }
                }
                res.steps_visited.insert(play.run.current_id().to_owned());
                let _ = play.view();
                match play.run.outcome() {
                    Some(o) => *res.outcomes.entry(o).or_default() += 1,
                    None => report
                        .failures
                        .push(fail("ended without an outcome".into())),
                }
                let score = play.score();
                let _ = play.debrief();
                if score.points > 100 {
                    report
                        .failures
                        .push(fail(format!("score {} above 100", score.points)));
                }
                if score.passed && !play.run.is_finished() {
                    report
                        .failures
                        .push(fail("an unfinished run passed".into()));
                }
                for p in play.problems() {
                    report.failures.push(fail(format!("message problem: {p}")));
                }
                match engine.replay(&play.log()) {
                    Ok(r) => {
                        if r.score() != score {
                            report
                                .failures
                                .push(fail("replay gave a different score".into()));
                        }
                    }
                    Err(e) => report.failures.push(fail(format!("replay failed: {e}"))),
                }
                res.paths += 1;
            }
            if res.steps_visited.len() != res.steps_total {
                let missing: Vec<&String> = pack
                    .scenario
                    .steps
                    .keys()
                    .filter(|k| !res.steps_visited.contains(*k))
                    .collect();
                report.failures.push(format!(
                    "{} [{locale}]: steps never visited: {missing:?}",
                    pack.id()
                ));
            }
            report.results.push(res);
        }
    }
    report.failures.dedup();
    report
}

pub fn run(extra: &[PathBuf], seed: u64) -> ExitCode {
    let engine = Engine::load_default(extra);
    for d in engine.library.diagnostics.iter().filter(|d| d.is_error()) {
        eprintln!("{d}");
    }
    let report = autoplay(&engine, seed);
    let mut total_paths = 0;
    let mut totals: BTreeMap<Outcome, usize> = BTreeMap::new();
    for r in &report.results {
        total_paths += r.paths;
        let outs: Vec<String> = r
            .outcomes
            .iter()
            .map(|(o, n)| format!("{o:?}={n}"))
            .collect();
        println!(
            "{:<28} {:<6} paths {:>4}  steps {}/{}  {}",
            r.id,
            r.locale,
            r.paths,
            r.steps_visited.len(),
            r.steps_total,
            outs.join(" ")
        );
        for (o, n) in &r.outcomes {
            *totals.entry(*o).or_default() += n;
        }
    }
    let outs: Vec<String> = totals.iter().map(|(o, n)| format!("{o:?}={n}")).collect();
    println!(
        "{} pack(s), {} pack-locale run sets, {total_paths} path(s): {}",
        engine.library.packs.len(),
        report.results.len(),
        outs.join(" ")
    );
    for f in &report.failures {
        eprintln!("FAIL {f}");
    }
    if report.failures.is_empty() && engine.library.errors() == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{} failure(s)", report.failures.len());
        ExitCode::FAILURE
    }
}
