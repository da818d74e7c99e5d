//! Measurement that tells skill from caution: the estimators against hand
//! computation and a published worked example, the judgement in the run,
//! counterbalancing, the plain-language reading, and simulated cohorts.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use scamdrill::config::LoadedConfig;
use scamdrill::measure::{
    Block, FormOrder, Interval, Rating, Reading, SdtEstimate, Shift, Trial, auc_standard_error,
    change, d_prime_variance, form_order, measures, normal_quantile, read_change, roc,
    roc_from_counts, sdt_estimate,
};
use scamdrill::records::report::pre_post;
use scamdrill::runner::{Event, Run, RunError};

use crate::common::engine;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn d_prime_and_c_match_hand_computation_with_the_log_linear_correction() {
    // 1 hit of 1 scam, 0 false alarms of 1 genuine: corrected H = 1.5/2 =
    // 0.75, F = 0.5/2 = 0.25. z(0.75) = 0.6745 (normal table), so
    // d′ = 0.6745 − (−0.6745) = 1.3490 and c = 0.
    let e = sdt_estimate(1, 0, 0, 1);
    assert!(close(e.d_prime(), 1.3490, 5e-4), "{}", e.d_prime());
    assert!(close(e.c(), 0.0, 1e-9), "{}", e.c());
    assert_eq!(e.trials, 2);
    // 2 of 3 scams refused, 0 of 3 genuine: H = 2.5/4 = 0.625, F = 0.5/4 =
    // 0.125; z(0.625) = 0.3186, z(0.125) = −1.1503, so d′ = 1.4689 and
    // c = −(0.3186 − 1.1503)/2 = 0.4159.
    let e = sdt_estimate(2, 1, 0, 3);
    assert!(close(e.d_prime(), 1.4689, 5e-4), "{}", e.d_prime());
    assert!(close(e.c(), 0.4159, 5e-4), "{}", e.c());
    assert_eq!(e.trials, 6);
    // Raw rates stay raw.
    assert_eq!(e.signal.hit_rate, Some(2.0 / 3.0));
    assert_eq!(e.signal.false_alarm_rate, Some(0.0));
}

#[test]
fn gourevitch_galanter_variance_matches_hand_computation() {
    // H = 0.8, F = 0.3, 50 trials each. z(0.8) = 0.8416, z(0.3) = −0.5244;
    // φ(0.8416) = 0.2800, φ(0.5244) = 0.3477. d′ = 1.3660, and
    // var = 0.8·0.2/(50·0.2800²) + 0.3·0.7/(50·0.3477²) = 0.0408 + 0.0347 = 0.0756.
    assert!(close(
        normal_quantile(0.8) - normal_quantile(0.3),
        1.3660,
        5e-4
    ));
    let v = d_prime_variance(0.8, 0.3, 50, 50).unwrap();
    assert!(close(v, 0.0756, 2e-4), "{v}");
    assert!(close(v.sqrt(), 0.2749, 5e-4), "{}", v.sqrt());
    // c's variance is a quarter of d′'s.
    assert!(close(
        scamdrill::measure::c_variance(0.8, 0.3, 50, 50).unwrap(),
        v / 4.0,
        1e-12
    ));
    // No interval without trials of both kinds, or at a rate of 0 or 1.
    assert_eq!(d_prime_variance(0.8, 0.3, 0, 50), None);
    assert_eq!(d_prime_variance(1.0, 0.3, 50, 50), None);
}

#[test]
fn intervals_rest_on_the_trials_and_narrow_with_more_of_them() {
    let few = sdt_estimate(3, 1, 1, 3);
    let many = sdt_estimate(30, 10, 10, 30);
    let width = |e: &SdtEstimate| {
        let i = e.d_prime_interval.unwrap();
        i.high - i.low
    };
    assert!(few.d_prime_interval.unwrap().contains(few.d_prime()));
    assert!(
        width(&many) < width(&few) / 2.5,
        "{} vs {}",
        width(&many),
        width(&few)
    );
    // 95%: half-width = 1.96 · √var.
    let v = many.d_prime_variance.unwrap();
    let i = many.d_prime_interval.unwrap();
    assert!(close(i.high - many.d_prime(), 1.959_964 * v.sqrt(), 1e-6));
    let ci = many.c_interval.unwrap();
    assert!(close(
        ci.high - many.c(),
        1.959_964 * (v / 4.0).sqrt(),
        1e-6
    ));
    // Only scams played: d′ is still estimated (corrected) but has no interval.
    let scams_only = sdt_estimate(4, 0, 0, 0);
    assert_eq!(scams_only.d_prime_interval, None);
    assert_eq!(scams_only.trials, 4);
}

/// Hanley & McNeil (1982), "The meaning and use of the area under a receiver
/// operating characteristic (ROC) curve", Radiology 143:29–36, Table 1: 109
/// CT images rated on five points, 58 normal (33, 6, 6, 11, 2 from
/// "definitely normal" to "definitely abnormal") and 51 abnormal (3, 2, 2,
/// 11, 33). Published: area 0.893, standard error 0.032. Our scale runs the
/// other way (1 = sure it was a scam, the signal), so "definitely abnormal"
/// maps to rating 1 and rating 6 stays empty.
#[test]
fn roc_area_and_standard_error_match_hanley_and_mcneil_table_1() {
    let abnormal = [33, 11, 2, 2, 3, 0];
    let normal = [2, 11, 6, 6, 33, 0];
    let r = roc_from_counts(abnormal, normal).unwrap();
    assert_eq!(r.trials(), 109);
    assert!(close(r.auc, 0.893, 5e-4), "area {}", r.auc);
    let se = r.auc_se.unwrap();
    assert!(close(se, 0.032, 5e-4), "standard error {se}");
    assert_eq!(auc_standard_error(r.auc, 51, 58), Some(se));
    let i = r.auc_interval.unwrap();
    assert!(close(i.low, r.auc - 1.96 * se, 1e-3) && close(i.high, r.auc + 1.96 * se, 1e-3));
}

#[test]
fn roc_cumulates_the_five_criteria_and_its_area_is_the_rank_probability() {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    for _ in 0..50 {
        let n = rng.random_range(2..30);
        let pairs: Vec<(bool, Rating)> = (0..n)
            .map(|i| {
                let scam = i % 2 == 0 || (i > 2 && rng.random_bool(0.3));
                (scam, Rating::new(rng.random_range(1..=6)).unwrap())
            })
            .collect();
        let r = roc(pairs.clone()).unwrap();
        // (0, 0), five criteria, (1, 1); never decreasing.
        assert_eq!(r.points.len(), 7);
        assert_eq!(
            (r.points[0].false_alarm_rate, r.points[0].hit_rate),
            (0.0, 0.0)
        );
        assert_eq!(
            (r.points[6].false_alarm_rate, r.points[6].hit_rate),
            (1.0, 1.0)
        );
        assert!(
            r.points.windows(2).all(|w| w[0].hit_rate <= w[1].hit_rate
                && w[0].false_alarm_rate <= w[1].false_alarm_rate)
        );
        // Trapezoid area = P(a scam is rated more scam-like than a genuine
        // situation) + ½ P(tie), counted pair by pair.
        let (mut wins, mut pairs_n) = (0.0, 0.0);
        for (s, rs) in pairs.iter().filter(|p| p.0) {
            let _ = s;
            for (_, rg) in pairs.iter().filter(|p| !p.0) {
                pairs_n += 1.0;
                wins += match rs.get().cmp(&rg.get()) {
                    std::cmp::Ordering::Less => 1.0,
                    std::cmp::Ordering::Equal => 0.5,
                    std::cmp::Ordering::Greater => 0.0,
                };
            }
        }
        assert!(
            close(r.auc, wins / pairs_n, 1e-12),
            "{} vs {}",
            r.auc,
            wins / pairs_n
        );
    }
    assert!(
        roc([(true, Rating::new(1).unwrap())]).is_none(),
        "needs both kinds"
    );
}

#[test]
fn the_judgement_scale_has_six_points_and_one_to_three_mean_scam() {
    assert_eq!(Rating::new(0), None);
    assert_eq!(Rating::new(7), None);
    let keys: Vec<(u8, bool, &str)> = Rating::all()
        .map(|r| (r.get(), r.says_scam(), r.key()))
        .collect();
    assert_eq!(
        keys,
        [
            (1, true, "sure-scam"),
            (2, true, "probably-scam"),
            (3, true, "maybe-scam"),
            (4, false, "maybe-genuine"),
            (5, false, "probably-genuine"),
            (6, false, "sure-genuine"),
        ]
    );
}

#[test]
fn behaviour_and_detection_are_measured_apart() {
    let t = |scam, acted_scam, r: Option<u8>| Trial {
        scam,
        acted_scam,
        rating: r.and_then(Rating::new),
    };
    // Refuses everything (behaviour: no discrimination), yet judges well.
    let trials = [
        t(true, true, Some(1)),
        t(true, true, Some(2)),
        t(false, true, Some(5)),
        t(false, true, Some(6)),
        t(true, true, None),
    ];
    let m = measures(&trials);
    assert_eq!(m.behaviour.trials, 5);
    assert_eq!(
        (m.behaviour.signal.hits, m.behaviour.signal.false_alarms),
        (3, 2)
    );
    let d = m.detection.unwrap();
    assert_eq!(d.trials, 4, "only judged runs count for detection");
    assert_eq!((d.signal.hits, d.signal.correct_rejections), (2, 2));
    assert!(d.d_prime() > 1.0 && m.behaviour.d_prime() < d.d_prime());
    assert!(
        m.behaviour.c() < 0.0,
        "refusing everything is a lean to \"scam\""
    );
    assert_eq!(m.roc.unwrap().auc, 1.0);
    // Behaviour's one-point ROC: area (1 + H − F)/2 = (1 + 1 − 1)/2.
    assert!(close(m.behaviour_roc.unwrap().auc, 0.5, 1e-12));
    assert!(measures(&[t(true, true, None)]).detection.is_none());
}

fn shift(change: f64, low: f64, high: f64) -> Shift {
    Shift {
        before: 0.0,
        after: change,
        change,
        interval: Some(Interval { low, high }),
    }
}

#[test]
fn the_reading_names_bias_and_discrimination_changes_apart() {
    let base = change(sdt_estimate(5, 5, 5, 5), sdt_estimate(5, 5, 5, 5));
    let read = |d: Shift, c: Shift| {
        let mut ch = base;
        ch.d_prime = d;
        ch.c = c;
        read_change(&ch)
    };
    let flat = shift(0.1, -0.2, 0.4);
    let up = shift(0.8, 0.3, 1.3);
    let down = shift(-0.8, -1.3, -0.3);
    assert_eq!(read(flat, down), Reading::MoreCautiousNotBetter);
    assert_eq!(
        Reading::MoreCautiousNotBetter.text(),
        "more cautious, not better at telling"
    );
    assert_eq!(read(flat, up), Reading::MoreTrustingNotBetter);
    assert_eq!(read(up, flat), Reading::BetterAtTelling);
    assert_eq!(Reading::BetterAtTelling.text(), "better at telling");
    assert_eq!(read(up, down), Reading::BetterAndMoreCautious);
    assert_eq!(read(up, up), Reading::BetterAndMoreTrusting);
    assert_eq!(read(down, flat), Reading::WorseAtTelling);
    assert_eq!(read(flat, flat), Reading::NoMeasurableChange);
    let mut none = base;
    none.d_prime.interval = None;
    assert_eq!(read_change(&none), Reading::TooFewTrials);
    assert!(!Reading::MoreCautiousNotBetter.is_gain() && Reading::BetterAndMoreCautious.is_gain());
}

/// A seeded simulated trainee under the equal-variance Gaussian model:
/// evidence ~ N(+d′/2, 1) for scams and N(−d′/2, 1) for genuine help; acts
/// on a scam (refuses) above `criterion`; rates by five criteria spaced
/// around it.
fn simulate(rng: &mut ChaCha8Rng, d: f64, criterion: f64, items: usize) -> Vec<Trial> {
    let mut gauss = || {
        // Box–Muller.
        let (u, v): (f64, f64) = (rng.random_range(f64::EPSILON..1.0), rng.random());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    };
    (0..items)
        .map(|i| {
            let scam = i % 2 == 0;
            let x = gauss() + if scam { d / 2.0 } else { -d / 2.0 };
            // Rating 1 (sure scam) above criterion + 1.2, …, 6 below criterion − 1.2.
            let cuts = [1.2, 0.6, 0.0, -0.6, -1.2].map(|o| criterion + o);
            let rating = 1 + cuts.iter().take_while(|c| x <= **c).count() as u8;
            Trial {
                scam,
                acted_scam: x > criterion,
                rating: Rating::new(rating),
            }
        })
        .collect()
}

fn cohort(seed: u64, pre: (f64, f64), post: (f64, f64)) -> (Vec<Trial>, Vec<Trial>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..60 {
        a.extend(simulate(&mut rng, pre.0, pre.1, 8));
        b.extend(simulate(&mut rng, post.0, post.1, 8));
    }
    (a, b)
}

#[test]
fn a_cohort_that_only_shifts_bias_is_reported_as_no_gain_in_discrimination() {
    // Same d′ = 1 before and after; after training everyone leans to "scam".
    let (pre, post) = cohort(2026, (1.0, 0.0), (1.0, -0.9));
    let pp = pre_post(None, None, &pre, &post).unwrap();
    assert_eq!(pp.behaviour.pre.trials, 480);
    assert_eq!(
        pp.behaviour_reading,
        Reading::MoreCautiousNotBetter,
        "{:?}",
        pp.behaviour
    );
    assert!(pp.behaviour.c.change < 0.0);
    let (det, reading) = pp.detection.unwrap();
    assert_eq!(reading, Reading::MoreCautiousNotBetter, "{det:?}");
    assert!(!reading.is_gain());
    // A naive "refused the scam" rate rises all the same.
    let refused = |t: &[Trial]| t.iter().filter(|t| t.scam && t.acted_scam).count();
    assert!(refused(&post) > refused(&pre) + 30);
}

#[test]
fn a_cohort_that_gains_discrimination_is_reported_as_a_gain() {
    let (pre, post) = cohort(7, (0.8, 0.0), (2.0, 0.0));
    let pp = pre_post(None, None, &pre, &post).unwrap();
    assert_eq!(
        pp.behaviour_reading,
        Reading::BetterAtTelling,
        "{:?}",
        pp.behaviour
    );
    let (det, reading) = pp.detection.unwrap();
    assert!(reading.is_gain(), "{reading:?} {det:?}");
    assert!(det.d_prime.interval.unwrap().low > 0.0);
}

#[test]
fn test_forms_are_counterbalanced_by_seed_and_stable() {
    let ids: Vec<String> = (0..2000).map(|i| format!("T-{i:04}")).collect();
    let swapped = ids
        .iter()
        .filter(|t| form_order(0, t) == FormOrder::Swapped)
        .count();
    assert!((900..=1100).contains(&swapped), "{swapped} of 2000 swapped");
    for t in &ids[..50] {
        assert_eq!(form_order(0, t), form_order(0, t));
    }
    let moved = ids
        .iter()
        .filter(|t| form_order(0, t) != form_order(1, t))
        .count();
    assert!(
        (800..=1200).contains(&moved),
        "another seed reassigns about half: {moved}"
    );
    // FNV-1a is fixed: the same trainees get the same forms on every
    // platform and release (values computed once and kept).
    let pinned: Vec<FormOrder> = ["T-ann", "T-bob", "E1234"]
        .iter()
        .map(|t| form_order(0, t))
        .collect();
    assert_eq!(pinned, PINNED);
}

const PINNED: [FormOrder; 3] = [FormOrder::Swapped, FormOrder::Swapped, FormOrder::Swapped];

const CURRICULUM: &str = r#"Config(
    organisation: "Acme",
    curricula: [
        (
            name: "measured",
            packs: ["popup-locker", "microsoft-cold-call"],
            pre_test: ["phantom-hacker", "family-remote-help"],
            post_test: ["icloud-lock", "helpdesk-ticket-callback"],
            counterbalance_seed: 3,
            booster: ["gift-card-pressure"],
            booster_after_days: Some(30),
        ),
    ],
)
"#;

#[test]
fn curricula_place_each_pack_in_a_block_with_forms_swapped_for_half_the_trainees() {
    let cfg = LoadedConfig::parse(std::path::Path::new("c.ron"), CURRICULUM).unwrap();
    let cur = cfg.config.curriculum("measured").unwrap();
    let ids: Vec<String> = (0..40).map(|i| format!("T-{i}")).collect();
    let as_declared = ids
        .iter()
        .find(|t| form_order(3, t) == FormOrder::AsDeclared)
        .unwrap();
    let swapped = ids
        .iter()
        .find(|t| form_order(3, t) == FormOrder::Swapped)
        .unwrap();
    assert_eq!(
        cur.block_of("phantom-hacker", as_declared),
        Some(Block::PreTest)
    );
    assert_eq!(
        cur.block_of("phantom-hacker", swapped),
        Some(Block::PostTest)
    );
    assert_eq!(cur.block_of("icloud-lock", swapped), Some(Block::PreTest));
    assert_eq!(cur.block_of("popup-locker", swapped), Some(Block::Training));
    assert_eq!(
        cur.block_of("gift-card-pressure", swapped),
        Some(Block::Booster)
    );
    assert_eq!(cur.block_of("fake-support-search", swapped), None);
    let order = cur.session_order(1, swapped);
    assert_eq!(&order[..2], ["icloud-lock", "helpdesk-ticket-callback"]);
    assert_eq!(
        &order[order.len() - 2..],
        ["phantom-hacker", "family-remote-help"]
    );
    assert!(
        !order.contains(&"gift-card-pressure".to_owned()),
        "boosters come later"
    );
    // The shipped library has two genuine packs, both in the test forms, so
    // training has none: the only finding is the warning about that.
    let f = cfg.check_against(&engine());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        !f[0].is_error()
            && f[0]
                .message
                .contains(".genuine: 2 scam pack(s) and 0 genuine")
    );
}

fn findings(text: &str) -> Vec<scamdrill::diagnostic::Diagnostic> {
    match LoadedConfig::parse(std::path::Path::new("c.ron"), text) {
        Ok(c) => c.check_against(&engine()),
        Err(d) => d,
    }
}

#[test]
fn too_few_genuine_packs_give_a_warning_that_d_prime_is_unreliable() {
    let four_to_one = r#"Config(organisation: "A", curricula: [(name: "c",
        packs: ["popup-locker", "microsoft-cold-call", "phantom-hacker", "icloud-lock"],
        genuine: ["helpdesk-ticket-callback"])])"#;
    let f = findings(four_to_one);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(!f[0].is_error());
    assert!(
        f[0].message
            .contains("4 scam pack(s) and 1 genuine pack(s)"),
        "{}",
        f[0].message
    );
    assert!(f[0].message.contains("cannot be estimated reliably"));
    assert!(
        f[0].hint
            .as_deref()
            .unwrap_or("")
            .contains("at least one per three scams")
    );
    assert_eq!(f[0].line, 3, "points at the genuine field");
    let three_to_one = four_to_one.replace("\"icloud-lock\"", "");
    let three_to_one = three_to_one.replace("\"phantom-hacker\", ", "\"phantom-hacker\"");
    assert!(
        findings(&three_to_one).is_empty(),
        "{:#?}",
        findings(&three_to_one)
    );
    // A test form with scams only is warned about too.
    let lopsided = CURRICULUM.replace("\"family-remote-help\"", "\"access-already-given\"");
    let f = findings(&lopsided);
    assert!(
        f.iter().any(|d| d.message.contains("pre_test")
            && d.message.contains("cannot be estimated reliably")),
        "{f:#?}"
    );
}

#[test]
fn test_and_booster_blocks_are_checked() {
    let cases = [
        (
            CURRICULUM.replace(
                "post_test: [\"icloud-lock\", \"helpdesk-ticket-callback\"],",
                "",
            ),
            "pre_test: is set but post_test is empty",
        ),
        (
            CURRICULUM.replace("\"helpdesk-ticket-callback\"]", "\"popup-locker\"]"),
            "pack \"popup-locker\" is also in packs",
        ),
        (
            CURRICULUM.replace("booster_after_days: Some(30),", ""),
            "booster: lists packs but booster_after_days is not set",
        ),
        (
            CURRICULUM.replace(
                "booster_after_days: Some(30)",
                "booster_after_days: Some(0)",
            ),
            "booster_after_days: is 0",
        ),
        (
            CURRICULUM.replace("\"gift-card-pressure\"", "\"no-such-pack\""),
            "no pack \"no-such-pack\" is loaded",
        ),
    ];
    for (text, expected) in cases {
        let f = findings(&text);
        assert!(
            f.iter()
                .any(|d| d.is_error() && d.message.contains(expected) && d.line > 0),
            "{expected}: {f:#?}"
        );
    }
}

fn finished_run() -> Run {
    let engine = engine();
    let mut play = engine.start("popup-locker", "en-US", 1).unwrap();
    for (i, c) in ["open-link", "call", "hang-up"].iter().enumerate() {
        play.choose(c, 1000 * (i as u64 + 1)).unwrap();
    }
    assert!(play.run.is_finished());
    play.run
}

#[test]
fn the_judgement_comes_once_after_the_last_decision_and_replays() {
    let engine = engine();
    let mut early = engine.start("popup-locker", "en-US", 1).unwrap();
    assert_eq!(early.judge(2, 10), Err(RunError::NotFinished));
    let mut run = finished_run();
    assert_eq!(
        run.judge(0, 9000),
        Err(RunError::BadJudgement { rating: 0 })
    );
    assert_eq!(
        run.judge(7, 9000),
        Err(RunError::BadJudgement { rating: 7 })
    );
    run.judge(2, 9000).unwrap();
    assert_eq!(run.judge(3, 9500), Err(RunError::AlreadyJudged));
    assert_eq!(run.judgement(), Rating::new(2));
    assert_eq!(
        run.events().last(),
        Some(&Event::Judge {
            rating: 2,
            at_ms: 9000
        })
    );
    let log = run.log();
    let json = serde_json::to_string(&log).unwrap();
    assert!(
        json.contains(r#"{"type":"judge","rating":2,"at_ms":9000}"#),
        "{json}"
    );
    let replayed = engine.replay(&log).unwrap();
    assert_eq!(replayed.run.log(), log);
    assert_eq!(replayed.run.judgement(), Rating::new(2));
    // The score does not depend on the judgement.
    let unjudged = finished_run();
    let score = |l: &scamdrill::runner::RunLog| {
        scamdrill::scoring::score_run(
            &unjudged.pack().scenario,
            l,
            70,
            &scamdrill::scoring::Weights::default(),
        )
    };
    assert_eq!(score(&log), score(&unjudged.log()));
}

/// The judgement screen in the app: after the ending, before the debrief,
/// kiosk included; six answers that look alike; the answer is recorded.
#[cfg(feature = "gui")]
#[test]
fn the_app_asks_for_the_judgement_between_the_ending_and_the_debrief() {
    use bevy::prelude::*;
    use scamdrill::gui::records::Records;
    use scamdrill::gui::state::{Gui, Kiosk, Screen, UiCommand};
    use scamdrill::gui::theme::Act;

    use crate::gui::{activate, app, screen};
    use crate::records_support::{config_from, config_text, db};

    let data = tempfile::tempdir().unwrap();
    let mut app = app("ar");
    let config = config_from(&config_text(None, "UNUSED_SECRET"));
    let recorder = scamdrill::records::Recorder::open(&config, data.path()).unwrap();
    app.insert_resource(Records::new(Some(std::sync::Arc::new(recorder)), None));
    {
        let mut gui = app.world_mut().resource_mut::<Gui>();
        gui.kiosk = Some(Kiosk {
            pin: "4821".into(),
            idle_timeout_ms: 600_000,
            packs: vec![],
        });
        gui.mode = scamdrill::gui::state::Mode::Public;
    }
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Start);
    app.update();
    app.update();
    activate(&mut app, UiCommand::Begin);
    let path = {
        let gui = app.world().resource::<Gui>();
        let pack = gui.play.as_ref().unwrap().run.pack().clone();
        scamdrill::cli::all_paths_of(&pack)[0].clone()
    };
    for c in path {
        activate(&mut app, UiCommand::Choose(c));
    }
    activate(&mut app, UiCommand::ShowJudgement);
    assert_eq!(screen(&app), Screen::Judgement);
    let looks: Vec<(u8, BackgroundColor)> = app
        .world_mut()
        .query::<(&Act, &BackgroundColor)>()
        .iter(app.world())
        .filter_map(|(a, bg)| match a.0 {
            UiCommand::Judge(n) => Some((n, *bg)),
            _ => None,
        })
        .collect();
    let mut points: Vec<u8> = looks.iter().map(|l| l.0).collect();
    points.sort();
    assert_eq!(points, [1, 2, 3, 4, 5, 6]);
    assert!(
        looks.iter().all(|l| l.1 == looks[0].1),
        "no answer is marked out"
    );
    assert!(
        app.world().resource::<Gui>().results.is_empty(),
        "no score shown yet"
    );
    activate(&mut app, UiCommand::Judge(4));
    assert_eq!(screen(&app), Screen::Debrief);
    let gui = app.world().resource::<Gui>();
    assert_eq!(gui.play.as_ref().unwrap().run.judgement(), Rating::new(4));
    assert_eq!(gui.results.len(), 1);
    let judged: Option<u8> = db(data.path())
        .query_row("SELECT judgement FROM run", [], |r| r.get(0))
        .unwrap();
    assert_eq!(judged, Some(4), "recorded with the run");
}
