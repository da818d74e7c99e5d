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
            let offered: Vec<String> = play.run.available_choices().into_iter().map(str::to_owned).collect();
            if offered.is_empty() || play.run.is_finished() { break; }
            if mark && let Some(h) = step.hotspots.first().map(|h| h.element_ids()[0].to_owned()) {
                play.mark(&h, t + dt / 2).unwrap();
            }
            let id = offered[pick % offered.len()].clone();
            t += dt;
            play.choose(&id, t).unwrap();
        }
        let log = play.log();
        let json = serde_json::to_string(&log).unwrap();
        let back: scamdrill::runner::RunLog = serde_json::from_str(&json).unwrap();
        let again = e.replay(&back).unwrap();
        prop_assert_eq!(again.run.events(), play.run.events());
        prop_assert_eq!(again.score(), play.score());
        prop_assert_eq!(again.run.values(), play.run.values());
        prop_assert_eq!(again.debrief(), play.debrief());
    }
}

/// A pack using run state, conditions, branches, conditional endings,
/// element-bound red flags, a pressure line and a timeout.
const DRILL_RON: &str = r#"Scenario(
    id: "drill",
    version: "1.0.0",
    kind: Scam,
    title: "title",
    summary: "summary",
    locales: ["en-US"],
    lessons: ["lesson"],
    variables: {
        "phone": Phone(Landline),
        "amount": Amount(min: 200, max: 200, step: 10),
        "rounds": Counter(max: 3),
        "granted": Flag,
        "spent": Total,
    },
    start: "call",
    steps: {
        "call": (
            scene: Call(caller: "caller", caller_number_var: Some("phone")),
            lines: [
                (speaker: "caller", text: "line-hello"),
                (speaker: "caller", text: "line-hurry", after_secs: Some(20)),
            ],
            hotspots: [(id: "urgency", label: "flag-urgency", why: "flag-urgency-why", elements: ["line-hurry", "number"])],
            timeout: Some((after_secs: 30, next: "gave-up")),
            choices: [
                (id: "allow", label: "choice-allow", via: Some(Say), next: "pay", actions: [InstallSoftware, GrantRemoteAccess], effects: [Set("granted")]),
                (id: "hang-up", label: "choice-hang-up", via: Some(HangUp), next: "safe", actions: [HangUp]),
            ],
        ),
        "pay": (
            scene: Payment(method: GiftCards, amount_var: "amount", body: "pay-body"),
            lines: [(speaker: "caller", text: "line-again", when: Some(AtLeast("rounds", 1)))],
            choices: [
                (id: "pay", label: "choice-pay", via: Some(Press), next: "pay", actions: [Pay], effects: [Add("rounds", 1), AddAmount("spent", "amount")], branches: [(when: AtLeast("rounds", 2), next: "lost")]),
                (id: "stop", label: "choice-stop", via: Some(HangUp), next: "stopped", actions: [HangUp, ContactBank, Disconnect], when: Some(AtLeast("rounds", 1))),
                (id: "refuse", label: "choice-refuse", via: Some(Say), next: "refused", actions: [Refuse, HangUp], when: Some(Below("rounds", 1))),
            ],
        ),
        "gave-up": (scene: Narration(body: "gave-up-body"), ending: Some((outcome: Some(Safe), summary: "end-gave-up"))),
        "safe": (scene: Narration(body: "safe-body"), ending: Some((outcome: Some(Safe), summary: "end-safe"))),
        "refused": (scene: Narration(body: "refused-body"), ending: Some((outcome: Some(Compromised), summary: "end-refused", recovery: [UninstallTool]))),
        "stopped": (
            scene: Narration(body: "stopped-body"),
            endings: [(when: Some(Flag("granted")), outcome: Some(MoneyLost), also: [Compromised], summary: "end-stopped-granted", lost: Some(Total("spent")), recovery: [UninstallTool, ChangePasswords, Report])],
            ending: Some((outcome: Some(MoneyLost), summary: "end-stopped", lost: Some(Total("spent")))),
        ),
        "lost": (scene: Narration(body: "lost-body"), ending: Some((outcome: Some(MoneyLost), also: [Compromised], summary: "end-lost", lost: Some(Total("spent"))))),
    },
)
"#;

const DRILL_FTL: &str = r#"title = Drill
summary = State, timeouts and flags.
lesson = Hang up.
caller = Support
line-hello = Hello, this is support.
line-hurry = Quick, I have other customers waiting!
flag-urgency = Rushing you
flag-urgency-why = Pressure is a scam's tool.
choice-allow = Let them in
choice-hang-up = Hang up
pay-body = Pay { $amount } now.
line-again = That makes { $rounds ->
    [one] one card
   *[other] { $rounds } cards
} so far: { $spent }.
choice-pay = Pay
choice-stop = Stop and call the bank
choice-refuse = Refuse
gave-up-body = The caller hung up.
end-gave-up = They gave up.
safe-body = Safe.
end-safe = Nothing lost.
refused-body = You refused.
end-refused = They had your computer for a while.
stopped-body = You stopped.
end-stopped-granted = { $spent } lost and your computer was theirs{ $granted ->
    [true] , so uninstall the tool
   *[false] {""}
}.
end-stopped = { $spent } lost.
lost-body = Gone.
end-lost = { $spent } lost in { $rounds } rounds.
"#;

/// The drill pack in a temp folder (keep the dir alive).
fn drill() -> (tempfile::TempDir, scamdrill::engine::Engine) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("drill");
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    std::fs::write(dir.join("scenario.ron"), DRILL_RON).unwrap();
    std::fs::write(dir.join("locales/en-US.ftl"), DRILL_FTL).unwrap();
    let e = engine_with(tmp.path());
    (tmp, e)
}

#[test]
fn the_drill_pack_with_state_checks_clean() {
    let (tmp, _) = drill();
    let diags = crate::common::diagnostics_of(tmp.path());
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn state_drives_choices_lines_branches_and_endings() {
    let (_tmp, e) = drill();
    let mut p = e.start("drill", "en-US", 1).unwrap();
    p.set_use_isolating(false);
    p.choose("allow", 1_000).unwrap();
    assert_eq!(p.run.available_choices(), vec!["pay", "refuse"]);
    assert_eq!(p.view().unwrap().lines.len(), 0, "line-again needs a round");
    p.choose("pay", 2_000).unwrap();
    assert_eq!(p.run.current_id(), "pay", "first round: back to pay");
    assert_eq!(p.run.available_choices(), vec!["pay", "stop"]);
    assert_eq!(
        p.view().unwrap().lines[0].text,
        "That makes one card so far: $200.00."
    );
    assert!(matches!(
        p.choose("refuse", 2_500),
        Err(RunError::NoSuchChoice { .. })
    ));
    p.choose("stop", 3_000).unwrap();
    // Conditional ending: the flag set by "allow" picks the first ending.
    let ending = p.run.ending().unwrap();
    assert_eq!(ending.summary, "end-stopped-granted");
    assert_eq!(
        p.view().unwrap().ending.unwrap(),
        "$200.00 lost and your computer was theirs, so uninstall the tool."
    );
    use scamdrill::model::Outcome::*;
    assert_eq!(p.run.outcomes(), vec![MoneyLost, Compromised]);
    let s = p.score();
    assert_eq!(s.money_lost_usd, Some(200));
    assert_eq!(s.headline, "granted-money-lost");
    assert!(
        p.debrief()
            .verdict
            .contains("control of your computer, and money was lost")
    );
    let again = e.replay(&p.log()).unwrap();
    assert_eq!(again.run.events(), p.run.events());
    assert_eq!(again.score(), s);

    // Two rounds: the branch on the counter leads to "lost".
    let mut q = e.start("drill", "en-US", 1).unwrap();
    q.set_use_isolating(false);
    for c in ["allow", "pay", "pay"] {
        q.choose(c, 1_000).unwrap();
    }
    assert_eq!(q.run.current_id(), "lost");
    assert_eq!(
        q.view().unwrap().ending.unwrap(),
        "$400.00 lost in 2 rounds."
    );
    assert_eq!(q.score().money_lost_usd, Some(400));
}

#[test]
fn timeouts_fire_on_tick_and_replay_exactly() {
    let (_tmp, e) = drill();
    let mut p = e.start("drill", "en-US", 1).unwrap();
    let v = p.view().unwrap();
    assert_eq!((v.lines.len(), v.later.len()), (1, 1));
    assert_eq!(v.later[0].after_secs, Some(20));
    assert_eq!(v.timeout_secs, Some(30));
    assert!(!p.tick(19_999));
    assert_eq!(p.view().unwrap().lines.len(), 1);
    assert!(
        !p.tick(20_000),
        "the pressure line is due, the timeout is not"
    );
    assert_eq!(p.view().unwrap().lines.len(), 2);
    assert_eq!(p.run.timeout_left_ms(20_000), Some(10_000));
    assert!(p.tick(31_500));
    assert_eq!(p.run.current_id(), "gave-up");
    assert!(p.run.events().contains(&Event::Timeout {
        step: "call".into(),
        next: "gave-up".into(),
        at_ms: 31_500
    }));
    let s = p.score();
    assert!(s.finished && s.passed, "{s:?}");
    let log = p.log();
    let json = serde_json::to_string(&log).unwrap();
    let back: scamdrill::runner::RunLog = serde_json::from_str(&json).unwrap();
    let again = e.replay(&back).unwrap();
    assert_eq!(again.run.events(), p.run.events());
    assert_eq!(again.score(), s);

    // The `@timeout` pseudo-choice waits until the countdown is due.
    let mut q = e.start("drill", "en-US", 1).unwrap();
    assert_eq!(q.act(scamdrill::play::TIMEOUT, 5_000).unwrap(), 30_000);
    assert_eq!(q.run.current_id(), "gave-up");
    assert!(matches!(
        q.act(scamdrill::play::TIMEOUT, 40_000),
        Err(RunError::Finished)
    ));

    // A log whose timeout fired before it was due is refused.
    let mut bad = log.clone();
    for ev in &mut bad.events {
        if let Event::Timeout { at_ms, .. } = ev {
            *at_ms = 10_000;
        }
    }
    assert!(e.replay(&bad).is_err());
}

#[test]
fn marks_on_bound_elements_hit_and_other_marks_are_false_flags() {
    let (_tmp, e) = drill();
    let mut p = e.start("drill", "en-US", 1).unwrap();
    assert!(p.mark("number", 100).unwrap(), "bound element: a hit");
    assert!(!p.mark("line-hurry", 200).unwrap(), "same flag again: once");
    assert!(
        p.mark("caller", 300).unwrap(),
        "unbound element: a false flag"
    );
    assert!(p.run.marked().contains("urgency"));
    assert_eq!(
        p.run.events()[1],
        Event::Mark {
            step: "call".into(),
            hotspot: "urgency".into(),
            at_ms: 100,
            element: Some("number".into())
        }
    );
    assert_eq!(
        p.run.events()[2],
        Event::FalseFlag {
            step: "call".into(),
            element: "caller".into(),
            at_ms: 300
        }
    );
    p.choose("hang-up", 1_000).unwrap();
    let d = p.debrief();
    assert!(d.red_flags.iter().any(|f| f.id == "urgency" && f.spotted));
    assert_eq!(d.false_flags.len(), 1);
    let again = e.replay(&p.log()).unwrap();
    assert_eq!(again.run.events(), p.run.events());
    assert_eq!(again.score().false_flags, vec!["call:caller".to_string()]);
}

#[test]
fn a_log_written_before_scoring_versions_still_replays_with_its_result() {
    // The format of logs written before this change: no `scoring`, no
    // `pass_mark`, marks without `element`, endings without extras. The mini
    // fixture's model run ("close" with the phone flag marked).
    let old = r#"{
        "pack_id": "mini", "pack_version": "1.0.0", "locale": "en-US", "seed": 1,
        "events": [
            {"type": "enter", "step": "alert", "at_ms": 0},
            {"type": "mark", "step": "alert", "hotspot": "phone", "at_ms": 500},
            {"type": "choose", "step": "alert", "choice": "call", "at_ms": 2000, "decision_ms": 2000},
            {"type": "enter", "step": "call", "at_ms": 2000}
        ]
    }"#;
    let log: scamdrill::runner::RunLog = serde_json::from_str(old).unwrap();
    assert_eq!((log.scoring, log.pass_mark), (1, None));
    let e = engine_with(&fixtures());
    let play = e.replay(&log).unwrap();
    assert_eq!(play.run.events(), log.events.as_slice());
    let s = play.score();
    // Scored by the frozen version 1: the unfinished run passed then (90),
    // and the replay reproduces that recorded result exactly.
    assert_eq!(s.scoring, 1);
    assert_eq!((s.points, s.passed), (90, true));
    // The same inputs played now are scored by version 2: never passed.
    let mut now = e.start("mini", "en-US", 1).unwrap();
    now.mark("phone", 500).unwrap();
    now.choose("call", 2000).unwrap();
    let s2 = now.score();
    assert_eq!(s2.scoring, scamdrill::scoring::SCORING_VERSION);
    assert!(!s2.passed);
}

#[test]
fn replay_reproduces_pass_or_fail_under_the_logged_pass_mark() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.pass_mark = 95;
    p.choose("close", 1000).unwrap(); // no flag marked: 100 − 10·100/85 ≈ 88
    let s = p.score();
    assert!(s.points < 95 && s.points >= 75 && !s.passed, "{s:?}");
    let log = p.log();
    assert_eq!(log.pass_mark, Some(95));
    let json = serde_json::to_string(&log).unwrap();
    let again = e
        .replay(&serde_json::from_str::<scamdrill::runner::RunLog>(&json).unwrap())
        .unwrap();
    assert_eq!(again.pass_mark, 95);
    assert_eq!(again.score(), s);
}

#[test]
fn the_checker_reasons_about_state() {
    let (tmp, _) = drill();
    let ron = tmp.path().join("drill/scenario.ron");
    // A condition that can never hold makes "refused" unreachable in every
    // run state, and a flag nobody reads is reported.
    crate::common::replace_in(
        &ron,
        "when: Some(Below(\"rounds\", 1))",
        "when: Some(AtLeast(\"rounds\", 3))",
    );
    crate::common::replace_in(
        &ron,
        "\"granted\": Flag,",
        "\"granted\": Flag,\n        \"unused\": Flag,",
    );
    crate::common::replace_in(
        &ron,
        "effects: [Set(\"granted\")]",
        "effects: [Set(\"granted\"), Set(\"unused\"), Add(\"nope\", 1)]",
    );
    crate::common::replace_in(
        &ron,
        "timeout: Some((after_secs: 30, next: \"gave-up\"))",
        "timeout: Some((after_secs: 30, next: \"gave-upp\"))",
    );
    let diags = crate::common::diagnostics_of(tmp.path());
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    let unreachable = diags
        .iter()
        .find(|d| d.code == "unreachable-step" && d.message.contains("\"refused\""))
        .unwrap_or_else(|| panic!("{codes:?}"));
    assert!(
        unreachable.message.contains("\"refused\"")
            && unreachable.message.contains("any run state"),
        "{}",
        unreachable.message
    );
    let never = crate::common::only(&diags, "condition-never-holds");
    assert!(
        never.message.contains("choice \"refuse\""),
        "{}",
        never.message
    );
    let unread = crate::common::only(&diags, "state-never-read");
    assert!(
        unread.message.contains("\"unused\" is set but never read"),
        "{}",
        unread.message
    );
    let undefined = crate::common::only(&diags, "undefined-state");
    assert!(
        undefined.message.contains("\"nope\" as a counter"),
        "{}",
        undefined.message
    );
    let timeout = diags
        .iter()
        .find(|d| d.code == "unknown-step" && d.message.contains("timeout"))
        .unwrap_or_else(|| panic!("{codes:?}"));
    assert!(timeout.message.contains("\"gave-upp\""));
    assert!(timeout.line > 0, "located in the file");
}

#[test]
fn the_checker_finds_states_with_nothing_to_do_and_endings_without_fallback() {
    let (tmp, _) = drill();
    let ron = tmp.path().join("drill/scenario.ron");
    // After one round nothing is offered: "pay" needs no rounds, "stop" five.
    crate::common::replace_in(
        &ron,
        "(id: \"pay\", label: \"choice-pay\", via: Some(Press), next: \"pay\", actions: [Pay],",
        "(id: \"pay\", label: \"choice-pay\", via: Some(Press), next: \"pay\", actions: [Pay], when: Some(Below(\"rounds\", 1)),",
    );
    crate::common::replace_in(
        &ron,
        "when: Some(AtLeast(\"rounds\", 1))),",
        "when: Some(AtLeast(\"rounds\", 5))),",
    );
    crate::common::replace_in(
        &ron,
        "            ending: Some((outcome: Some(MoneyLost), summary: \"end-stopped\", lost: Some(Total(\"spent\")))),\n",
        "",
    );
    let diags = crate::common::diagnostics_of(tmp.path());
    let stuck = diags
        .iter()
        .find(|d| d.code == "dead-end" && d.message.contains("in some run state"))
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(stuck.message.contains("\"pay\""), "{}", stuck.message);
    let fallback = crate::common::only(&diags, "endings-without-fallback");
    assert!(
        fallback.message.contains("\"stopped\""),
        "{}",
        fallback.message
    );
    assert!(fallback.hint.as_deref().unwrap_or("").contains("ending"));
}

#[test]
fn the_amount_scoring_reads_is_the_amount_the_trainee_saw() {
    // Scoring reads amounts in US dollars from the seed alone; in en-US the
    // text shown is that same amount.
    let e = engine_with(&fixtures());
    for seed in 0..30 {
        let p = e.start("mini", "en-US", seed).unwrap();
        let usd = scamdrill::variables::amount_usd(&p.run.pack().scenario, seed, "amount").unwrap();
        assert!((100..=400).contains(&usd));
        assert_eq!(p.text.var("amount"), format!("${usd}.00"), "seed {seed}");
    }
}

#[test]
fn a_log_cut_after_a_choice_replays_and_a_changed_input_does_not() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.choose("call", 1000).unwrap();
    p.choose("allow", 2000).unwrap();
    let full = p.log();
    // Cut right after the last choice (its Enter not stored yet).
    let mut cut = full.clone();
    cut.events.pop();
    assert!(matches!(cut.events.last(), Some(Event::Choose { .. })));
    let again = e.replay(&cut).unwrap();
    assert_eq!(again.run.events(), full.events.as_slice());
    // A changed input still diverges.
    let mut changed = full.clone();
    if let Some(Event::Choose { at_ms, .. }) = changed.events.get_mut(1) {
        *at_ms += 1;
    }
    assert!(matches!(
        e.replay(&changed),
        Err(scamdrill::engine::StartError::Replay(
            RunError::Diverged { .. }
        ))
    ));
}

/// A front end sleeps until the run's next due moment: at each one,
/// something happens (a pressure line falls due or the countdown runs out),
/// and nothing is due in between.
#[test]
fn each_due_moment_brings_a_line_or_the_timeout_and_nothing_comes_between() {
    let e = engine();
    let mut woke = 0;
    for pack in &e.library.packs {
        let mut play = e.start(pack.id(), "en-US", 3).unwrap();
        let run = &mut play.run;
        let due_lines = |r: &scamdrill::runner::Run, at: u64| {
            r.current().map_or(0, |s| {
                s.lines
                    .iter()
                    .filter(|l| {
                        l.after_secs
                            .is_none_or(|a| at >= r.entered_ms() + u64::from(a) * 1000)
                    })
                    .count()
            })
        };
        let mut at = 0;
        while let Some(due) = run.next_due_after(at) {
            assert!(due > at, "{}: due moments move forward", pack.id());
            let step = run.current_id().to_owned();
            let before = due_lines(run, due - 1);
            // Nothing fires just before the due moment.
            assert!(
                !run.tick(due - 1),
                "{}: {step} fired before its due moment",
                pack.id()
            );
            let fired = run.tick(due);
            assert!(
                fired || due_lines(run, due) > before,
                "{}: at {due} ms nothing happened at {step}",
                pack.id()
            );
            woke += 1;
            at = due;
            if run.is_finished() {
                break;
            }
        }
    }
    assert!(
        woke > 0,
        "some shipped step has a countdown or a pressure line"
    );
}
