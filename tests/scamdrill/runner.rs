//! The run state machine: determinism and replay.

use proptest::prelude::*;
use scamdrill::runner::{Event, RunError};

use crate::common::{engine, engine_with, fixtures};

#[test]
fn same_seed_same_values_different_seeds_differ() {
    let e = engine_with(&fixtures());
    let a = e.start("mini", "en-US", 42).unwrap();
    let b = e.start("mini", "en-US", 42).unwrap();
    assert_eq!(a.run.values(), b.run.values());
    let distinct: std::collections::BTreeSet<String> = (0..20)
        .map(|s| format!("{:?}", e.start("mini", "en-US", s).unwrap().run.values()))
        .collect();
    assert!(
        distinct.len() > 10,
        "seeds should vary the run: {distinct:?}"
    );
}

#[test]
fn phone_numbers_come_from_the_fictional_ranges() {
    let e = engine_with(&fixtures());
    for seed in 0..50 {
        let us = e.start("mini", "en-US", seed).unwrap();
        let phone = us.text.var("phone");
        // 555-0100..0199 is reserved for fiction only in geographic area
        // codes (1-800-555-01xx is not), so toll-free lures use one too.
        assert!(
            phone.starts_with("(212) 555-01") && phone.len() == 14,
            "{phone}"
        );
    }
}

#[test]
fn choices_are_validated() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    let err = p.choose("nope", 10).unwrap_err();
    assert_eq!(
        err,
        RunError::NoSuchChoice {
            step: "alert".into(),
            choice: "nope".into(),
            available: "call, close".into()
        }
    );
    p.choose("close", 20).unwrap();
    assert!(p.run.is_finished());
    assert_eq!(p.choose("call", 30).unwrap_err(), RunError::Finished);
}

#[test]
fn decision_times_are_measured_from_entering_the_step() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.choose("call", 4_000).unwrap();
    p.choose("allow", 10_500).unwrap();
    let times: Vec<u64> = p
        .run
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Choose { decision_ms, .. } => Some(*decision_ms),
            _ => None,
        })
        .collect();
    assert_eq!(times, vec![4_000, 6_500]);
    assert_eq!(p.score().decision_ms, Some(6_500));
}

#[test]
fn replay_refuses_a_log_from_another_pack_version() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.choose("close", 1).unwrap();
    let mut log = p.run.log();
    log.pack_version = "0.9.0".into();
    assert!(matches!(
        e.replay(&log),
        Err(scamdrill::engine::StartError::Replay(
            RunError::VersionMismatch { .. }
        ))
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any seed and any sequence of choices (by index, with marks and times):
    /// replaying the log reproduces the same events and the same score.
    #[test]
    fn replay_reproduces_any_run(seed in any::<u64>(), picks in proptest::collection::vec((0usize..8, any::<bool>(), 0u64..120_000), 0..12), pack_index in 0usize..64, locale_index in 0usize..8) {
        let e = engine();
        prop_assume!(!e.library.packs.is_empty());
        let pack = &e.library.packs[pack_index % e.library.packs.len()];
        let locale = &pack.scenario.locales[locale_index % pack.scenario.locales.len()];
        let mut play = e.start(pack.id(), locale, seed).unwrap();
        let mut t = 0;
        for (pick, mark, dt) in picks {
            let Some(step) = play.run.current().cloned() else { break };
            if step.choices.is_empty() || play.run.is_finished() { break; }
            if mark && let Some(h) = step.hotspots.first().map(|h| h.id.clone()) {
                play.mark(&h, t + dt / 2).unwrap();
            }
            let id = step.choices[pick % step.choices.len()].id.clone();
            t += dt;
            play.choose(&id, t).unwrap();
        }
        let log = play.run.log();
        let json = serde_json::to_string(&log).unwrap();
        let back: scamdrill::runner::RunLog = serde_json::from_str(&json).unwrap();
        let again = e.replay(&back).unwrap();
        prop_assert_eq!(again.run.events(), play.run.events());
        prop_assert_eq!(again.score(), play.score());
        prop_assert_eq!(again.run.values(), play.run.values());
        prop_assert_eq!(again.debrief(), play.debrief());
    }
}
