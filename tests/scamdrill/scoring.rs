//! Scoring: scenario verdicts and signal detection against hand-computed values.

use scamdrill::model::PackKind;
use scamdrill::scoring::{RemoteAccess, ScenarioScore, score_curriculum, signal_detection};

use crate::common::{engine_with, fixtures};

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
    // 0 access + 0 payment + 15 credentials kept + 0 callback + 0/2 flags.
    assert_eq!(s.points, 15);
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
