//! The figures the HTML report charts, computed from the runs it covers.

use std::collections::{BTreeMap, HashMap};

use super::dataset::RunRow;
use crate::scoring::{RemoteAccess, ScenarioScore, SignalDetection, signal_detection};

/// Per scenario: runs scored and runs passed.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioPass {
    pub pack_id: String,
    pub title: String,
    pub runs: u32,
    pub passed: u32,
}

/// A red flag and how often it was missed when present.
#[derive(Debug, Clone, PartialEq)]
pub struct MissedFlag {
    pub id: String,
    pub label: String,
    pub missed: u32,
    pub present: u32,
}

/// One trainee's signal-detection figures.
#[derive(Debug, Clone, PartialEq)]
pub struct TraineeSignal {
    pub trainee: String,
    pub name: Option<String>,
    pub runs: u32,
    pub mean_points: f64,
    pub signal: SignalDetection,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stats {
    pub runs: usize,
    pub scored: usize,
    pub trainees: usize,
    pub anonymous_sessions: usize,
    pub per_scenario: Vec<ScenarioPass>,
    /// Most missed first.
    pub missed_flags: Vec<MissedFlag>,
    pub remote_access: Vec<(RemoteAccess, u32)>,
    /// Known trainees only (anonymous sessions are counted in the totals).
    pub trainees_signal: Vec<TraineeSignal>,
    /// Seconds taken at the remote-access decision, per scored run that reached it.
    pub decision_secs: Vec<f64>,
}

const REMOTE_ACCESS: [RemoteAccess; 5] = [
    RemoteAccess::RefusedCorrectly,
    RemoteAccess::Granted,
    RemoteAccess::AllowedVerified,
    RemoteAccess::AllowedUnverified,
    RemoteAccess::FalseAlarm,
];

pub fn stats(rows: &[RunRow]) -> Stats {
    let mut st = Stats {
        runs: rows.len(),
        ..Default::default()
    };
    let mut scenarios: BTreeMap<&str, ScenarioPass> = BTreeMap::new();
    let mut flags: BTreeMap<String, MissedFlag> = BTreeMap::new();
    let mut ra: HashMap<RemoteAccess, u32> = HashMap::new();
    let mut by_trainee: BTreeMap<&str, (Option<&str>, Vec<&ScenarioScore>)> = BTreeMap::new();
    let mut trainees: Vec<&str> = Vec::new();
    let mut anon: Vec<&str> = Vec::new();
    for r in rows {
        if r.anonymous {
            if !anon.contains(&r.session_id.as_str()) {
                anon.push(&r.session_id);
            }
        } else if !trainees.contains(&r.trainee_id.as_str()) {
            trainees.push(&r.trainee_id);
        }
        let Some(s) = r.scored() else { continue };
        st.scored += 1;
        let e = scenarios.entry(&r.pack_id).or_insert_with(|| ScenarioPass {
            pack_id: r.pack_id.clone(),
            title: r.title.clone().unwrap_or_else(|| r.pack_id.clone()),
            runs: 0,
            passed: 0,
        });
        e.runs += 1;
        e.passed += u32::from(s.passed);
        for (id, label) in &r.flag_labels {
            let f = flags.entry(id.clone()).or_insert_with(|| MissedFlag {
                id: id.clone(),
                label: label.clone(),
                missed: 0,
                present: 0,
            });
            f.present += 1;
            f.missed += u32::from(s.flags_missed.contains(id));
        }
        *ra.entry(s.remote_access).or_default() += 1;
        if !r.anonymous {
            let e = by_trainee.entry(&r.trainee_id).or_default();
            e.0 = e.0.or(r.display_name.as_deref());
            e.1.push(s);
        }
        if let Some(ms) = s.decision_ms {
            st.decision_secs.push(ms as f64 / 1000.0);
        }
    }
    st.trainees = trainees.len();
    st.anonymous_sessions = anon.len();
    let mut per: Vec<ScenarioPass> = scenarios.into_values().collect();
    // Hardest first: lowest pass rate, then title.
    per.sort_by(|a, b| {
        (u64::from(a.passed) * u64::from(b.runs))
            .cmp(&(u64::from(b.passed) * u64::from(a.runs)))
            .then_with(|| a.title.cmp(&b.title))
    });
    st.per_scenario = per;
    let mut missed: Vec<MissedFlag> = flags.into_values().filter(|f| f.missed > 0).collect();
    missed.sort_by(|a, b| b.missed.cmp(&a.missed).then(a.id.cmp(&b.id)));
    st.missed_flags = missed;
    st.remote_access = REMOTE_ACCESS
        .iter()
        .map(|k| (*k, ra.get(k).copied().unwrap_or(0)))
        .collect();
    st.trainees_signal = by_trainee
        .into_iter()
        .map(|(t, (name, scores))| {
            let owned: Vec<ScenarioScore> = scores.iter().map(|s| (*s).clone()).collect();
            let n = owned.len() as u32;
            let mean = owned.iter().map(|s| f64::from(s.points)).sum::<f64>() / f64::from(n.max(1));
            TraineeSignal {
                trainee: t.to_owned(),
                name: name.map(str::to_owned),
                runs: n,
                mean_points: mean,
                signal: signal_detection(&owned),
            }
        })
        .collect();
    st
}
