//! Scoring: scenario verdicts and signal detection against hand-computed values.

use scamdrill::model::{Action, PackKind};
use scamdrill::scoring::{
    Part, RemoteAccess, ScenarioScore, money_loss_fraction, score_curriculum, signal_detection,
};

use crate::common::{engine_with, fixtures, mini_with, replace_in};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn fake(kind: PackKind, ra: RemoteAccess, points: u32) -> ScenarioScore {
    ScenarioScore {
        pack_id: "x".into(),
        kind,
        outcome: None,
        remote_access: ra,
        paid: false,
        shared_credentials: false,
        called_alert_number: false,
        verified: false,
        flags_spotted: 0,
        flags_present: 0,
        flags_missed: vec![],
        decision_ms: None,
        points,
        critical: ra == RemoteAccess::Granted,
        passed: points >= 75,
        finished: true,
        outcomes: vec![],
        remote_access_offered: true,
        money_lost: false,
        money_lost_usd: None,
        followed_instructions: 0,
        recovery: vec![],
        false_flags: vec![],
        parts: vec![],
        headline: String::new(),
        scoring: scamdrill::scoring::SCORING_VERSION,
    }
}

#[test]
fn d_prime_and_c_match_hand_computed_values() {
    use RemoteAccess::*;
    // 3 hits, 1 miss, 1 false alarm, 3 correct rejections.
    // Log-linear: H = 3.5/5 = 0.7, F = 1.5/5 = 0.3; z(0.7) = 0.5244005, z(0.3) = -0.5244005.
    let s = vec![
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, Granted, 0),
        fake(PackKind::Genuine, FalseAlarm, 60),
        fake(PackKind::Genuine, AllowedVerified, 100),
        fake(PackKind::Genuine, AllowedVerified, 100),
        fake(PackKind::Genuine, AllowedUnverified, 70),
    ];
    let sd = signal_detection(&s);
    assert_eq!(
        (sd.hits, sd.misses, sd.false_alarms, sd.correct_rejections),
        (3, 1, 1, 3)
    );
    assert!(close(sd.d_prime, 1.0488010), "{}", sd.d_prime);
    assert!(close(sd.bias_c, 0.0), "{}", sd.bias_c);
    assert_eq!(sd.hit_rate, Some(0.75));
    assert_eq!(sd.false_alarm_rate, Some(0.25));
}

#[test]
fn refusing_everything_shows_as_bias_not_skill() {
    use RemoteAccess::*;
    // 4/4 scams refused, 2/2 genuine refused: H = 4.5/5 = 0.9, F = 2.5/3 = 0.8333…
    // z(0.9) = 1.2815516, z(0.8333) = 0.9674216: d' = 0.3141300, c = -1.1244866.
    let s = vec![
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Genuine, FalseAlarm, 60),
        fake(PackKind::Genuine, FalseAlarm, 60),
    ];
    let sd = signal_detection(&s);
    assert!(close(sd.d_prime, 0.3141300), "{}", sd.d_prime);
    assert!(close(sd.bias_c, -1.1244866), "{}", sd.bias_c);
    let c = score_curriculum(&s, 75);
    assert!(close(c.mean_points, 86.666_666_666), "{}", c.mean_points);
    assert!(c.passed, "mean 86.7 ≥ 75 and no critical failure");
}

#[test]
fn a_critical_failure_fails_the_curriculum() {
    use RemoteAccess::*;
    let s = vec![
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, RefusedCorrectly, 100),
        fake(PackKind::Scam, Granted, 60),
    ];
    let c = score_curriculum(&s, 75);
    assert_eq!(c.critical_failures, 1);
    assert!(!c.passed);
}

#[test]
fn model_run_scores_full_marks_and_victim_run_is_critical() {
    let e = engine_with(&fixtures());
    let mut model = e.start("mini", "en-US", 3).unwrap();
    model.mark("phone", 500).unwrap();
    model.choose("close", 2000).unwrap();
    let s = model.score();
    assert_eq!(
        (s.points, s.remote_access, s.critical, s.passed),
        (100, RemoteAccess::RefusedCorrectly, false, true)
    );

    let mut victim = e.start("mini", "en-US", 3).unwrap();
    for c in ["call", "allow", "pay"] {
        victim.choose(c, 1000).unwrap();
    }
    let s = victim.score();
    assert_eq!(s.remote_access, RemoteAccess::Granted);
    assert!(s.critical && s.paid && s.called_alert_number && !s.passed);
    // The mini pack offers remote access (40), money (25), the alert's
    // number (10) and red flags (10): 85 points to rescale to 100. It never
    // asks for credentials or instructions and offers no recovery, so those
    // parts are not scored. The victim keeps only what the money part leaves
    // of a loss of `amount` (US$100–400: between half and 65% is lost).
    let parts: Vec<Part> = s.parts.iter().map(|p| p.part).collect();
    assert_eq!(
        parts,
        vec![
            Part::RemoteAccess,
            Part::Money,
            Part::Callback,
            Part::RedFlags
        ]
    );
    let usd = scamdrill::variables::amount_usd(&victim.run.pack().scenario, 3, "amount").unwrap();
    assert_eq!(s.money_lost_usd, Some(usd));
    let money = 25.0 * (1.0 - money_loss_fraction(Some(usd)));
    assert_eq!(s.points, (100.0 * money / 85.0).round() as u32);
    assert!((10..=15).contains(&s.points), "{}", s.points);
    assert_eq!(s.headline, "granted-money-lost");
    assert_eq!(s.flags_present, 2);
    assert_eq!(
        s.flags_missed,
        vec!["phone".to_string(), "gift".to_string()]
    );
}

#[test]
fn every_trainee_gets_a_debrief_with_flags_lessons_and_the_regional_channel() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-GB", 3).unwrap();
    p.mark("phone", 10).unwrap();
    p.choose("close", 2000).unwrap();
    let d = p.debrief();
    assert!(d.passed);
    assert_eq!(d.red_flags.len(), 1);
    assert!(d.red_flags[0].spotted);
    assert_eq!(d.lessons, vec!["Never call the number in a pop-up."]);
    assert!(
        d.report.contains("159") && d.report.contains("reportfraud.police.uk"),
        "{}",
        d.report
    );
    let he = e.start("mini", "he-IL", 3).unwrap();
    assert!(he.debrief().report.contains("119"));
    let us = e.start("mini", "en-US", 3).unwrap();
    assert!(us.debrief().report.contains("ReportFraud.ftc.gov"));
}

#[test]
fn money_lost_scales_with_the_amount_log_scaled() {
    // Documented in docs/AUTHORING.md: any loss costs half the money part;
    // the rest grows with log10 of the amount and is all gone from $10,000.
    let f = |a| money_loss_fraction(Some(a));
    assert!(close(f(0), 0.0));
    assert!(close(f(28), 0.5));
    assert!(close(f(100), 0.5));
    assert!(close(f(1_000), 0.75));
    assert!(close(f(10_000), 1.0));
    assert!(close(f(80_000), 1.0));
    assert!(close(f(499), 0.5 + 0.25 * 4.99f64.log10()), "{}", f(499));
    assert!(close(money_loss_fraction(None), 1.0), "unknown amount: all");

    // End to end: the same victim path, paying $28 or $499, on copies of
    // mini whose amount is fixed.
    let victim_points = |amount: u32| {
        let tmp = mini_with(|d| {
            replace_in(
                &d.join("scenario.ron"),
                "\"amount\": Amount(min: 100, max: 400, step: 10)",
                &format!("\"amount\": Amount(min: {amount}, max: {amount}, step: 1)"),
            )
        });
        let e = engine_with(tmp.path());
        let mut p = e.start("mini", "en-US", 1).unwrap();
        for c in ["call", "allow", "pay"] {
            p.choose(c, 1000).unwrap();
        }
        let s = p.score();
        assert_eq!(s.money_lost_usd, Some(u64::from(amount)));
        s.points
    };
    let (small, large) = (victim_points(28), victim_points(499));
    assert!(
        small > large,
        "$28 costs less than $499: {small} vs {large}"
    );
}

#[test]
fn parts_the_pack_never_offers_give_no_points() {
    // mini without its remote-access step: the victim pays straight away.
    let tmp = mini_with(|d| {
        let ron = d.join("scenario.ron");
        replace_in(
            &ron,
            "(id: \"allow\", label: \"choice-allow\", via: Some(Say), next: \"pay\", actions: [ReadOutAccessCode, GrantRemoteAccess]),",
            "(id: \"allow\", label: \"choice-allow\", via: Some(Say), next: \"pay\", actions: [FollowInstructions]),",
        );
    });
    let e = engine_with(tmp.path());
    let mut victim = e.start("mini", "en-US", 1).unwrap();
    for c in ["call", "allow", "pay"] {
        victim.choose(c, 1000).unwrap();
    }
    let s = victim.score();
    assert!(!s.remote_access_offered);
    assert!(!s.parts.iter().any(|p| p.part == Part::RemoteAccess));
    assert_eq!(s.remote_access, RemoteAccess::NotOfferedHarmed);
    assert!(
        !s.remote_access.said_scam(),
        "a victim is a miss, not a hit"
    );
    assert_eq!(s.headline, "not-offered-money-lost");
    assert!(s.critical && !s.passed);
    // Nothing free: money (≤ 12.5 of 25 kept), callback 0/10, instructions
    // 5/10 (one followed), red flags 0/10 → at most 17.5 of 55.
    assert!(s.points <= 32, "{}", s.points);
    let d = victim.debrief();
    assert!(
        d.verdict.contains("No one asked for remote access"),
        "{}",
        d.verdict
    );

    let mut model = e.start("mini", "en-US", 1).unwrap();
    model.mark("phone", 10).unwrap();
    model.choose("close", 1000).unwrap();
    let s = model.score();
    assert_eq!((s.points, s.passed), (100, true));
    assert_eq!(s.headline, "not-offered-safe");
    assert!(
        model
            .debrief()
            .verdict
            .contains("No one asked for remote access")
    );
}

#[test]
fn a_pack_without_an_alert_number_gives_no_callback_points() {
    let tmp = mini_with(|d| {
        replace_in(
            &d.join("scenario.ron"),
            "actions: [CallNumberFromAlert]",
            "actions: [ClickAlert]",
        )
    });
    let e = engine_with(tmp.path());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.choose("close", 1000).unwrap();
    assert!(!p.score().parts.iter().any(|p| p.part == Part::Callback));
}

#[test]
fn following_a_strangers_instructions_costs_points() {
    // A dictated command (TypeDictated) on the way to hanging up.
    let tmp = mini_with(|d| {
        replace_in(
            &d.join("scenario.ron"),
            "(id: \"hang-up\", label: \"choice-hang-up\", via: Some(HangUp), next: \"safe\", actions: [HangUp]),",
            "(id: \"hang-up\", label: \"choice-hang-up\", via: Some(HangUp), next: \"safe\", actions: [HangUp]),\n                (id: \"type\", label: \"choice-hang-up\", next: \"safe\", actions: [TypeDictated, HangUp]),",
        )
    });
    let e = engine_with(tmp.path());
    let run = |choice: &str| {
        let mut p = e.start("mini", "en-US", 1).unwrap();
        p.mark("phone", 10).unwrap();
        p.choose("call", 1000).unwrap();
        p.choose(choice, 2000).unwrap();
        p.score()
    };
    let (plain, typed) = (run("hang-up"), run("type"));
    assert_eq!(
        (plain.followed_instructions, typed.followed_instructions),
        (0, 1)
    );
    let part = |s: &ScenarioScore| {
        s.parts
            .iter()
            .find(|p| p.part == Part::Instructions)
            .unwrap()
            .earned
    };
    assert!(close(part(&plain), 10.0) && close(part(&typed), 5.0));
    assert!(
        typed.points < plain.points,
        "{} vs {}",
        typed.points,
        plain.points
    );
}

#[test]
fn false_flags_cost_half_a_found_flag_each() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.mark("phone", 10).unwrap();
    assert!(
        p.mark("alert-title", 20).unwrap(),
        "any element can be marked"
    );
    assert!(!p.mark("alert-title", 30).unwrap(), "recorded once");
    p.choose("close", 1000).unwrap();
    let s = p.score();
    assert_eq!(s.false_flags, vec!["alert:alert-title".to_string()]);
    let flags = s.parts.iter().find(|p| p.part == Part::RedFlags).unwrap();
    // (1 found − 0.5) / 1 present of 10 points.
    assert!(close(flags.earned, 5.0), "{}", flags.earned);
    let d = p.debrief();
    assert_eq!(d.false_flags.len(), 1);
    assert_eq!(d.false_flags[0].element, "alert-title");
    assert!(d.red_flags[0].spotted);
}

#[test]
fn recovery_after_harm_is_credited() {
    // After paying, the ending says the trainee called the bank and reported it.
    let tmp = mini_with(|d| {
        let ron = d.join("scenario.ron");
        replace_in(
            &ron,
            "ending: Some((outcome: Some(MoneyLost), summary: \"end-lost\"))",
            "ending: Some((outcome: Some(MoneyLost), also: [Compromised], summary: \"end-lost\", lost: Some(Var(\"amount\")), recovery: [ContactBank, Report]))",
        );
        replace_in(
            &ron,
            "(id: \"refuse\", label: \"choice-refuse\", via: Some(Press), next: \"safe\", actions: [Refuse, HangUp]),",
            "(id: \"refuse\", label: \"choice-refuse\", via: Some(Press), next: \"safe\", actions: [Refuse, HangUp, Disconnect]),",
        );
    });
    let e = engine_with(tmp.path());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    for c in ["call", "allow", "pay"] {
        p.choose(c, 1000).unwrap();
    }
    let s = p.score();
    assert_eq!(
        s.outcomes,
        vec![
            scamdrill::model::Outcome::MoneyLost,
            scamdrill::model::Outcome::Compromised
        ]
    );
    assert_eq!(s.recovery, vec![Action::Report, Action::ContactBank]);
    let rec = s.parts.iter().find(|p| p.part == Part::Recovery).unwrap();
    // Needed after access + money: Disconnect (offered), ContactBank, Report
    // (UninstallTool and ChangePasswords are not offered by this pack): 2 of 3.
    assert!(close(rec.earned, 10.0 * 2.0 / 3.0), "{}", rec.earned);
}

#[test]
fn an_unfinished_run_is_never_passed() {
    let e = engine_with(&fixtures());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.mark("phone", 10).unwrap();
    p.choose("call", 1000).unwrap();
    let s = p.score();
    assert!(s.points >= 75, "high points on the way: {}", s.points);
    assert!(!s.finished && !s.passed);
    assert_eq!(s.headline, "unfinished");
    assert!(p.debrief().verdict.starts_with("Not finished"));
}

#[test]
fn a_curriculum_with_an_unfinished_scenario_is_not_passed() {
    use RemoteAccess::*;
    let mut left = fake(PackKind::Scam, RefusedCorrectly, 100);
    left.finished = false;
    let all = vec![fake(PackKind::Scam, RefusedCorrectly, 100), left];
    let c = score_curriculum(&all, 75);
    assert_eq!((c.unfinished, c.critical_failures), (1, 0));
    assert!(close(c.mean_points, 100.0) && !c.passed);
}

#[test]
fn access_given_to_a_verified_genuine_helper_needs_no_recovery() {
    let tmp = mini_with(|d| {
        let ron = d.join("scenario.ron");
        replace_in(&ron, "kind: Scam", "kind: Genuine");
        replace_in(
            &ron,
            "(id: \"close\", label: \"choice-close\", via: Some(CloseBrowser), next: \"safe\", actions: [CloseBrowserTaskManager]),",
            "(id: \"close\", label: \"choice-close\", via: Some(CloseBrowser), next: \"call\", actions: [VerifyOfficialChannel]),\n                (id: \"unplug\", label: \"choice-close\", next: \"safe\", actions: [Disconnect]),",
        );
        replace_in(&ron, "outcome: Some(Safe)", "outcome: Some(Helped)");
    });
    let diags = crate::common::diagnostics_of(tmp.path());
    assert!(!diags.iter().any(|d| d.is_error()), "{diags:#?}");
    let e = engine_with(tmp.path());
    let mut p = e.start("mini", "en-US", 1).unwrap();
    p.mark("phone", 10).unwrap();
    p.choose("close", 1000).unwrap();
    p.choose("allow", 2000).unwrap();
    p.mark("method", 2500).unwrap();
    p.choose("refuse", 3000).unwrap();
    let s = p.score();
    assert_eq!(s.remote_access, RemoteAccess::AllowedVerified);
    let rec = s.parts.iter().find(|p| p.part == Part::Recovery).unwrap();
    assert!(close(rec.earned, 10.0), "nothing to recover from: {rec:?}");
    assert_eq!((s.points, s.passed), (100, true));
}
