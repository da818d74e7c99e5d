//! The trainers' HTML report: one self-contained file (inline CSS and SVG,
//! no scripts, nothing fetched) with the period's figures.

use std::fmt::Write;

use super::charts::{
    Bar, Curve, Point, Ranged, hbars, histogram, interval_chart, roc_chart, scatter,
};
use super::dataset::ReportFilter;
use super::escape::html_escape as esc;
use super::measurement::{MeasureRow, Measurement, PrePost};
use super::stats::Stats;
use crate::records::clock;
use crate::scoring::RemoteAccess;

pub(super) const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:760px;color:#1b1f24;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}\
.meta{color:#57606a}.chart{max-width:100%;height:auto;font-size:13px}.chart text{fill:#1b1f24}\
.good{fill:#2da44e}.bad{fill:#cf222e}.warn{fill:#d4a72c}.neutral{fill:#0969da}.dot{fill:#0969da;fill-opacity:.75}.chart text.dot-label{font-size:11px;fill:#57606a}.axis{stroke:#8c959f}\
table{border-collapse:collapse;font-size:.9rem;margin-top:.8rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:right}\
th:first-child,td:first-child{text-align:left}.empty{color:#57606a;font-style:italic}.note{color:#57606a;font-size:.9rem}\
@media print{body{margin:0}h2{break-after:avoid}.chart{break-inside:avoid}}";

fn ra_label(r: RemoteAccess) -> (&'static str, &'static str) {
    match r {
        RemoteAccess::RefusedCorrectly => ("Scam: access refused", "good"),
        RemoteAccess::Granted => ("Scam: access granted (critical)", "bad"),
        RemoteAccess::AllowedVerified => ("Genuine: allowed after verifying", "good"),
        RemoteAccess::AllowedUnverified => ("Genuine: allowed without verifying", "warn"),
        RemoteAccess::FalseAlarm => ("Genuine: help refused (false alarm)", "warn"),
        RemoteAccess::NotOfferedSafe => ("Scam, no remote access asked: kept safe", "good"),
        RemoteAccess::NotOfferedHarmed => {
            ("Scam, no remote access asked: money or details lost", "bad")
        }
    }
}

fn rate_class(rate: f64) -> &'static str {
    if rate >= 0.8 {
        "good"
    } else if rate >= 0.5 {
        "warn"
    } else {
        "bad"
    }
}

const BINS: [(f64, &str); 7] = [
    (5.0, "<5 s"),
    (10.0, "5–10 s"),
    (20.0, "10–20 s"),
    (30.0, "20–30 s"),
    (60.0, "30–60 s"),
    (120.0, "1–2 min"),
    (f64::INFINITY, "≥2 min"),
];

fn decision_bins(ms: &std::collections::BTreeMap<u64, u32>) -> Vec<(String, u32)> {
    let mut counts = [0u32; BINS.len()];
    for (ms, n) in ms {
        let s = *ms as f64 / 1000.0;
        if let Some(i) = BINS.iter().position(|(lim, _)| s < *lim) {
            counts[i] += n;
        }
    }
    BINS.iter()
        .zip(counts)
        .map(|((_, l), n)| ((*l).to_owned(), n))
        .collect()
}

fn period(f: &ReportFilter) -> String {
    match (f.from, f.to) {
        (Some(a), Some(b)) => format!("{} to {}", clock::day(a), clock::day(b)),
        (Some(a), None) => format!("from {}", clock::day(a)),
        (None, Some(b)) => format!("up to {}", clock::day(b)),
        (None, None) => "all records".to_owned(),
    }
}

/// The report page.
pub fn report_html(
    organisation: &str,
    filter: &ReportFilter,
    st: &Stats,
    generated_at: &str,
) -> String {
    let mut h = String::new();
    let org = if organisation.trim().is_empty() {
        "ScamDrill"
    } else {
        organisation
    };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>Training report — {org}</title><style>{STYLE}</style></head><body>\
         <h1>Scam-awareness training report</h1><p class=\"meta\">{org} · {period}{cur} · generated {gen} UTC</p>\
         <p>{runs} run(s), {scored} scored; {trainees} named trainee(s), {anon} anonymous session(s).</p>",
        org = esc(org),
        period = esc(&period(filter)),
        cur = filter.curriculum.as_deref().map(|c| format!(" · curriculum {}", esc(c))).unwrap_or_default(),
        gen = esc(generated_at.get(..16).unwrap_or(generated_at).replace('T', " ").as_str()),
        runs = st.runs,
        scored = st.scored,
        trainees = st.trainees,
        anon = st.anonymous_sessions,
    );

    h.push_str("<h2>Pass rate per scenario</h2>");
    let bars: Vec<Bar> = st
        .per_scenario
        .iter()
        .map(|p| {
            let rate = f64::from(p.passed) / f64::from(p.runs.max(1));
            Bar {
                label: p.title.clone(),
                value: rate * 100.0,
                text: format!("{:.0}% ({}/{})", rate * 100.0, p.passed, p.runs),
                class: rate_class(rate),
            }
        })
        .collect();
    h.push_str(&hbars("Pass rate per scenario", &bars, 100.0));

    h.push_str("<h2>Most-missed red flags</h2>");
    let bars: Vec<Bar> = st
        .missed_flags
        .iter()
        .take(10)
        .map(|f| {
            let rate = f64::from(f.missed) / f64::from(f.present.max(1));
            Bar {
                label: f.label.clone(),
                value: rate * 100.0,
                text: format!("missed {} of {}", f.missed, f.present),
                class: rate_class(1.0 - rate),
            }
        })
        .collect();
    h.push_str(&hbars("Most-missed red flags", &bars, 100.0));

    h.push_str("<h2>Remote-access decisions</h2>");
    let max = st.remote_access.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let bars: Vec<Bar> = st
        .remote_access
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| {
            let (label, class) = ra_label(*k);
            Bar {
                label: label.to_owned(),
                value: f64::from(*n),
                text: n.to_string(),
                class,
            }
        })
        .collect();
    h.push_str(&hbars("Remote-access decisions", &bars, f64::from(max)));

    h.push_str("<h2>Sensitivity (d′) and bias (c) across trainees</h2><p class=\"note\">d′: how well a trainee tells scams from genuine support (higher is better). c: bias; below 0 leans to calling everything a scam (refusing everything), above 0 to trusting everyone. Log-linear correction for rates of 0 or 1.</p>");
    let points: Vec<Point> = st
        .trainees_signal
        .iter()
        .map(|t| Point {
            x: t.signal.d_prime,
            y: t.signal.bias_c,
            label: t.name.clone().unwrap_or_else(|| t.trainee.clone()),
        })
        .collect();
    h.push_str(&scatter(
        "d′ against bias c per trainee",
        &points,
        "d′",
        "c",
    ));
    if !st.trainees_signal.is_empty() {
        h.push_str("<table><tr><th>Trainee</th><th>Name</th><th>Runs</th><th>Mean points</th><th>Hits</th><th>Misses</th><th>False alarms</th><th>Correct rejections</th><th>d′</th><th>c</th></tr>");
        for t in &st.trainees_signal {
            let s = &t.signal;
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{:.1}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}</td><td>{:.2}</td></tr>",
                esc(&t.trainee),
                esc(t.name.as_deref().unwrap_or("")),
                t.runs,
                t.mean_points,
                s.hits,
                s.misses,
                s.false_alarms,
                s.correct_rejections,
                s.d_prime,
                s.bias_c
            );
        }
        h.push_str("</table>");
    }

    h.push_str("<h2>Time to the remote-access decision</h2>");
    if let Some(m) = st.median_decision_secs() {
        let _ = write!(
            h,
            "<p>Median {m:.1} s over {} decision(s).</p>",
            st.decisions()
        );
    }
    h.push_str(&histogram(
        "Time to the remote-access decision",
        &decision_bins(&st.decision_ms),
    ));
    h.push_str("</body></html>\n");
    h
}

/// Two decimals, with a true minus sign and no "−0.00".
fn two(v: f64) -> String {
    let v = if v.abs() < 0.005 { 0.0 } else { v };
    format!("{v:.2}").replace('-', "−")
}

fn fmt_ci(i: Option<crate::measure::Interval>) -> String {
    i.map(|i| format!(" [{}, {}]", two(i.low), two(i.high)))
        .unwrap_or_default()
}

fn estimate_cells(
    e: Option<&crate::measure::SdtEstimate>,
    roc: Option<&crate::measure::Roc>,
) -> String {
    match e {
        None => "<td colspan=\"4\" class=\"empty\">not judged</td>".to_owned(),
        Some(e) => format!(
            "<td>{}</td><td>{}{}</td><td>{}{}</td><td>{}</td>",
            e.trials,
            two(e.signal.d_prime),
            esc(&fmt_ci(e.d_prime_interval)),
            two(e.signal.bias_c),
            esc(&fmt_ci(e.c_interval)),
            roc.map(|r| format!("{}{}", two(r.auc), esc(&fmt_ci(r.auc_interval))))
                .unwrap_or_default(),
        ),
    }
}

const DETECTION: &str = "#0969da";
const BEHAVIOUR: &str = "#bf8700";

/// The measurement sections: detection against behaviour, ROC curves,
/// pre-/post-test change with its reading, and boosters due.
pub fn measurement_html(m: &Measurement) -> String {
    let mut h = String::new();
    h.push_str("<h2>Skill or caution: detection and behaviour</h2><p class=\"note\">Behaviour: what trainees did (refusing remote access counts as calling it a scam). Detection: what they judged after the last decision (\"Looking back: was that a scam, or real help?\", 1 sure scam … 6 sure genuine; 1–3 count as scam). d′: telling scams from real help (higher is better); c: bias, below 0 leans to calling everything a scam. AUC: area under the ROC curve (0.5 is chance). Brackets: 95% intervals (Gourevitch &amp; Galanter for d′ and c, Hanley &amp; McNeil for AUC). n: trials behind each figure; with few trials the intervals are wide.</p>");
    let rows: Vec<&MeasureRow> = m.group.iter().chain(&m.trainees).collect();
    if rows.is_empty() {
        h.push_str("<p class=\"empty\">No scored runs in this period.</p>");
        return h;
    }
    h.push_str("<table><tr><th rowspan=\"2\">Trainee</th><th colspan=\"4\">Behaviour (what they did)</th><th colspan=\"4\">Detection (what they judged)</th></tr><tr><th>n</th><th>d′</th><th>c</th><th>AUC</th><th>n</th><th>d′</th><th>c</th><th>AUC</th></tr>");
    for r in &rows {
        let who = match (&r.trainee, &r.name) {
            (None, _) => "Everyone (all runs)".to_owned(),
            (Some(t), Some(n)) => format!("{t} ({n})"),
            (Some(t), None) => t.clone(),
        };
        let ms = &r.measures;
        let _ = write!(
            h,
            "<tr><td>{}</td>{}{}</tr>",
            esc(&who),
            estimate_cells(Some(&ms.behaviour), ms.behaviour_roc.as_ref()),
            estimate_cells(ms.detection.as_ref(), ms.roc.as_ref()),
        );
    }
    h.push_str("</table>");

    h.push_str("<h3>Detection against behaviour (d′ per trainee)</h3>");
    let ranged: Vec<Ranged> = rows
        .iter()
        .flat_map(|r| {
            let who = r.trainee.clone().unwrap_or_else(|| "Everyone".to_owned());
            let b = &r.measures.behaviour;
            let mut v = vec![Ranged {
                label: format!("{who}: behaviour"),
                value: b.signal.d_prime,
                low: b.d_prime_interval.map(|i| i.low),
                high: b.d_prime_interval.map(|i| i.high),
                class: "warn",
            }];
            if let Some(d) = &r.measures.detection {
                v.push(Ranged {
                    label: format!("{who}: detection"),
                    value: d.signal.d_prime,
                    low: d.d_prime_interval.map(|i| i.low),
                    high: d.d_prime_interval.map(|i| i.high),
                    class: "neutral",
                });
            }
            v
        })
        .collect();
    h.push_str(&interval_chart(
        "d′ of behaviour and of detection, with 95% intervals",
        &ranged,
    ));

    h.push_str("<h3>ROC curves from the judgements</h3>");
    let mut curves = Vec::new();
    if let Some(g) = &m.group {
        if let Some(r) = &g.measures.roc {
            curves.push(Curve {
                label: format!("Everyone, detection (AUC {:.2}, n {})", r.auc, r.trials()),
                color: DETECTION,
                points: r
                    .points
                    .iter()
                    .map(|p| (p.false_alarm_rate, p.hit_rate))
                    .collect(),
            });
        }
        if let Some(r) = &g.measures.behaviour_roc {
            curves.push(Curve {
                label: format!("Everyone, behaviour (AUC {:.2}, n {})", r.auc, r.trials()),
                color: BEHAVIOUR,
                points: r
                    .points
                    .iter()
                    .map(|p| (p.false_alarm_rate, p.hit_rate))
                    .collect(),
            });
        }
    }
    h.push_str(&roc_chart("ROC curves: detection and behaviour", &curves));

    h.push_str("<h2>Pre-test and post-test</h2>");
    let changes: Vec<&PrePost> = m.group_change.iter().chain(&m.trainee_changes).collect();
    if changes.is_empty() {
        h.push_str("<p class=\"empty\">No trainee took both tests in this period.</p>");
    } else {
        h.push_str("<p class=\"note\">Change from pre-test to post-test, with 95% intervals. A change counts when its interval excludes 0. A fall in c with no rise in d′ means trainees call more things a scam, real help included: more cautious, not better at telling.</p>");
        h.push_str("<table><tr><th>Trainee</th><th>Measure</th><th>n pre / post</th><th>Δd′</th><th>Δc</th><th>Reading</th></tr>");
        let mut ranged = Vec::new();
        for c in &changes {
            let who = c.trainee.clone().unwrap_or_else(|| "Everyone".to_owned());
            let mut each = vec![("behaviour", &c.behaviour, c.behaviour_reading)];
            if let Some((d, r)) = &c.detection {
                each.push(("detection", d, *r));
            }
            for (name, ch, reading) in each {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{name}</td><td>{} / {}</td><td>{:+.2}{}</td><td>{:+.2}{}</td><td>{}</td></tr>",
                    esc(&who),
                    ch.pre.trials,
                    ch.post.trials,
                    ch.d_prime.change,
                    esc(&fmt_ci(ch.d_prime.interval)),
                    ch.c.change,
                    esc(&fmt_ci(ch.c.interval)),
                    esc(reading.text()),
                );
                if c.trainee.is_none() {
                    for (fig, s) in [("Δd′", &ch.d_prime), ("Δc", &ch.c)] {
                        ranged.push(Ranged {
                            label: format!("{name} {fig}"),
                            value: s.change,
                            low: s.interval.map(|i| i.low),
                            high: s.interval.map(|i| i.high),
                            class: if name == "detection" {
                                "neutral"
                            } else {
                                "warn"
                            },
                        });
                    }
                }
            }
        }
        h.push_str("</table>");
        h.push_str(&interval_chart(
            "Change from pre-test to post-test (everyone)",
            &ranged,
        ));
    }

    if !m.boosters.is_empty() {
        h.push_str("<h2>Boosters</h2><p class=\"note\">Training effects fade within weeks; a booster restores them.</p><table><tr><th>Trainee</th><th>Curriculum</th><th>Completed</th><th>Booster due</th><th>Status</th></tr>");
        for b in &m.boosters {
            let who = match &b.name {
                Some(n) => format!("{} ({n})", b.trainee),
                None => b.trainee.clone(),
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&who),
                esc(&b.curriculum),
                clock::day(b.completed_on),
                clock::day(b.due_on),
                if b.done {
                    "done"
                } else if b.due {
                    "due"
                } else {
                    "not yet due"
                }
            );
        }
        h.push_str("</table>");
    }
    h
}
