//! The figures the HTML report charts, computed from the runs it covers.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::dataset::RunRow;
use crate::model::PackKind;
use crate::scoring::{RemoteAccess, SignalDetection, signal_from_counts};

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
    /// Time taken at the remote-access decision (milliseconds → number of
    /// scored runs that took it), per scored run that reached it. A count
    /// per distinct time rather than one entry per run, so a report over
    /// many runs holds no more than the distinct times.
    pub decision_ms: BTreeMap<u64, u32>,
}

impl Stats {
    /// How many scored runs reached the remote-access decision.
    pub fn decisions(&self) -> u64 {
        self.decision_ms.values().map(|n| u64::from(*n)).sum()
    }

    /// The median time to the remote-access decision, in seconds.
    pub fn median_decision_secs(&self) -> Option<f64> {
        let n = self.decisions();
        if n == 0 {
            return None;
        }
        // The k-th smallest time (0-based).
        let nth = |k: u64| {
            let mut seen = 0u64;
            self.decision_ms.iter().find_map(|(ms, c)| {
                seen += u64::from(*c);
                (seen > k).then(|| *ms as f64 / 1000.0)
            })
        };
        let m = n / 2;
        Some(if n.is_multiple_of(2) {
            (nth(m - 1)? + nth(m)?) / 2.0
        } else {
            nth(m)?
        })
    }
}

/// Every remote-access result, in the order the report charts them.
const REMOTE_ACCESS: [RemoteAccess; 7] = [
    RemoteAccess::RefusedCorrectly,
    RemoteAccess::Granted,
    RemoteAccess::AllowedVerified,
    RemoteAccess::AllowedUnverified,
    RemoteAccess::FalseAlarm,
    RemoteAccess::NotOfferedSafe,
    RemoteAccess::NotOfferedHarmed,
];

/// One named trainee's scored runs, as counts.
#[derive(Debug, Default)]
struct TraineeTally {
    name: Option<String>,
    runs: u32,
    points: u64,
    /// hits, misses, false alarms, correct rejections.
    signal: [u32; 4],
}

/// The report's figures, one run at a time: holds counts per scenario, red
/// flag, trainee and decision time, never the runs, so its size does not
/// grow with their number. [`StatsAccumulator::finish`] gives the same
/// [`Stats`] as [`stats`] over the same runs in the same order.
#[derive(Debug, Default)]
pub struct StatsAccumulator {
    runs: usize,
    scored: usize,
    scenarios: BTreeMap<String, ScenarioPass>,
    flags: BTreeMap<String, MissedFlag>,
    ra: HashMap<RemoteAccess, u32>,
    by_trainee: BTreeMap<String, TraineeTally>,
    trainees: HashSet<String>,
    decision_ms: BTreeMap<u64, u32>,
}

impl StatsAccumulator {
    pub fn add(&mut self, r: &RunRow) {
        self.runs += 1;
        if !r.anonymous && !self.trainees.contains(&r.trainee_id) {
            self.trainees.insert(r.trainee_id.clone());
        }
        let Some(s) = r.scored() else { return };
        self.scored += 1;
        let e = self
            .scenarios
            .entry(r.pack_id.clone())
            .or_insert_with(|| ScenarioPass {
                pack_id: r.pack_id.clone(),
                title: r.title.clone().unwrap_or_else(|| r.pack_id.clone()),
                runs: 0,
                passed: 0,
            });
        e.runs += 1;
        e.passed += u32::from(s.passed);
        for (id, label) in &r.flag_labels {
            let f = self.flags.entry(id.clone()).or_insert_with(|| MissedFlag {
                id: id.clone(),
                label: label.clone(),
                missed: 0,
                present: 0,
            });
            f.present += 1;
            f.missed += u32::from(s.flags_missed.contains(id));
        }
        *self.ra.entry(s.remote_access).or_default() += 1;
        if !r.anonymous {
            let t = self.by_trainee.entry(r.trainee_id.clone()).or_default();
            if t.name.is_none() {
                t.name.clone_from(&r.display_name);
            }
            t.runs += 1;
            t.points += u64::from(s.points);
            let said_scam = s.remote_access.said_scam();
            let slot = match (s.kind, said_scam) {
                (PackKind::Scam, true) => 0,
                (PackKind::Scam, false) => 1,
                (PackKind::Genuine, true) => 2,
                (PackKind::Genuine, false) => 3,
            };
            t.signal[slot] += 1;
        }
        if let Some(ms) = s.decision_ms {
            *self.decision_ms.entry(ms).or_default() += 1;
        }
    }

    /// The figures, given how many anonymous sessions the runs came from
    /// (counted by the caller, which can ask its store rather than hold
    /// every session id).
    pub fn finish(self, anonymous_sessions: usize) -> Stats {
        let mut per: Vec<ScenarioPass> = self.scenarios.into_values().collect();
        // Hardest first: lowest pass rate, then title.
        per.sort_by(|a, b| {
            (u64::from(a.passed) * u64::from(b.runs))
                .cmp(&(u64::from(b.passed) * u64::from(a.runs)))
                .then_with(|| a.title.cmp(&b.title))
        });
        let mut missed: Vec<MissedFlag> =
            self.flags.into_values().filter(|f| f.missed > 0).collect();
        missed.sort_by(|a, b| b.missed.cmp(&a.missed).then(a.id.cmp(&b.id)));
        Stats {
            runs: self.runs,
            scored: self.scored,
            trainees: self.trainees.len(),
            anonymous_sessions,
            per_scenario: per,
            missed_flags: missed,
            remote_access: REMOTE_ACCESS
                .iter()
                .map(|k| (*k, self.ra.get(k).copied().unwrap_or(0)))
                .collect(),
            trainees_signal: self
                .by_trainee
                .into_iter()
                .map(|(trainee, t)| {
                    let [h, m, f, c] = t.signal;
                    TraineeSignal {
                        trainee,
                        name: t.name,
                        runs: t.runs,
                        mean_points: t.points as f64 / f64::from(t.runs.max(1)),
                        signal: signal_from_counts(h, m, f, c),
                    }
                })
                .collect(),
            decision_ms: self.decision_ms,
        }
    }
}

pub fn stats(rows: &[RunRow]) -> Stats {
    let mut acc = StatsAccumulator::default();
    let mut anon: HashSet<&str> = HashSet::new();
    for r in rows {
        if r.anonymous {
            anon.insert(&r.session_id);
        }
        acc.add(r);
    }
    acc.finish(anon.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::ScenarioScore;

    fn row(n: usize, ra: RemoteAccess) -> RunRow {
        let score: ScenarioScore = serde_json::from_value(serde_json::json!({
            "pack_id": "p", "kind": "Scam", "outcome": null, "remote_access": ra,
            "paid": false, "shared_credentials": false, "called_alert_number": false,
            "verified": false, "flags_spotted": 0, "flags_present": 0, "flags_missed": [],
            "decision_ms": null, "points": 80, "critical": false, "passed": true,
        }))
        .unwrap();
        RunRow {
            run_id: format!("r{n}"),
            session_id: format!("s{n}"),
            trainee_id: "T-1".into(),
            display_name: None,
            anonymous: false,
            curriculum: None,
            mode: "training".into(),
            pack_id: "p".into(),
            pack_version: "1".into(),
            pack_kind: "Scam".into(),
            locale: "en-US".into(),
            started_at: format!("2026-11-25T09:{n:02}:00.000Z"),
            finished_at: None,
            completed: true,
            score: Some(score),
            title: None,
            flag_labels: Vec::new(),
            judgement: None,
            block: None,
        }
    }

    /// Packs with no remote-access decision score `NotOffered…`: the chart
    /// counts them like the other results.
    #[test]
    fn remote_access_counts_every_result_including_not_offered() {
        let rows = vec![
            row(1, RemoteAccess::NotOfferedSafe),
            row(2, RemoteAccess::NotOfferedHarmed),
            row(3, RemoteAccess::NotOfferedHarmed),
            row(4, RemoteAccess::Granted),
        ];
        let st = stats(&rows);
        let count = |k| {
            st.remote_access
                .iter()
                .find(|(r, _)| *r == k)
                .map(|(_, n)| *n)
        };
        assert_eq!(count(RemoteAccess::NotOfferedSafe), Some(1));
        assert_eq!(count(RemoteAccess::NotOfferedHarmed), Some(2));
        assert_eq!(count(RemoteAccess::Granted), Some(1));
        assert_eq!(count(RemoteAccess::RefusedCorrectly), Some(0));
        let total: u32 = st.remote_access.iter().map(|(_, n)| *n).sum();
        assert_eq!(total as usize, st.scored);
    }

    fn with_decision(n: usize, ms: Option<u64>) -> RunRow {
        let mut r = row(n, RemoteAccess::RefusedCorrectly);
        if let Some(s) = r.score.as_mut() {
            s.decision_ms = ms;
        }
        r
    }

    /// The decision times are kept as counts per millisecond; the median
    /// and the count are those of the list of every run's time.
    #[test]
    fn decision_times_give_the_median_of_every_run() {
        let times = |ms: &[Option<u64>]| {
            let rows: Vec<RunRow> = ms
                .iter()
                .enumerate()
                .map(|(i, t)| with_decision(i, *t))
                .collect();
            let st = stats(&rows);
            (st.decisions(), st.median_decision_secs())
        };
        assert_eq!(times(&[]), (0, None));
        assert_eq!(times(&[None, Some(4200)]), (1, Some(4.2)));
        assert_eq!(
            times(&[Some(3000), Some(1000), None, Some(2000), Some(2000)]),
            (4, Some(2.0))
        );
        assert_eq!(times(&[Some(1000), Some(4000)]), (2, Some(2.5)));
        assert_eq!(
            times(&[Some(9000), Some(1000), Some(1000), Some(1000), Some(9000)]),
            (5, Some(1.0))
        );
    }

    /// Trainees, their names and signal counts come from their scored runs only.
    #[test]
    fn stats_count_trainees_and_signal_from_scored_runs() {
        let mut rows: Vec<RunRow> = (0..6)
            .map(|i| {
                let ra = if i % 2 == 0 {
                    RemoteAccess::RefusedCorrectly
                } else {
                    RemoteAccess::Granted
                };
                let mut r = row(i, ra);
                r.trainee_id = format!("T-{}", i % 3);
                r.display_name = (i == 4).then(|| "Bea".to_owned());
                r
            })
            .collect();
        rows[5].completed = false;
        let st = stats(&rows);
        assert_eq!((st.runs, st.scored, st.trainees), (6, 5, 3));
        let t1 = st
            .trainees_signal
            .iter()
            .find(|t| t.trainee == "T-1")
            .unwrap();
        // Runs 1 (granted) and 4 (refused, named Bea).
        assert_eq!(t1.runs, 2);
        assert_eq!(t1.name.as_deref(), Some("Bea"));
        assert_eq!((t1.signal.hits, t1.signal.misses), (1, 1));
        let t2 = st
            .trainees_signal
            .iter()
            .find(|t| t.trainee == "T-2")
            .unwrap();
        // Run 5 did not reach an ending: only run 2 counts.
        assert_eq!((t2.runs, t2.signal.hits, t2.signal.misses), (1, 1, 0));
    }
}
