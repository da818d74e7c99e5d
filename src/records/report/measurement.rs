//! Skill or caution: behaviour and detection measures per trainee and for
//! the whole group, the pre-/post-test change with its reading, and who is
//! due a booster. See [`crate::measure`].

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use super::dataset::RunRow;
use crate::config::Config;
use crate::measure::{
    Block, Change, Measures, Rating, Reading, Trial, behaviour, change, detection, measures,
    read_change,
};

/// A trial from a scored run: scam or genuine, refused remote access or
/// not, and the judgement if one was given.
pub fn trial_of(r: &RunRow) -> Option<Trial> {
    let s = r.scored()?;
    Some(Trial {
        scam: r.pack_kind != "Genuine",
        acted_scam: s.remote_access.said_scam(),
        rating: r.judgement.and_then(Rating::new),
    })
}

/// The block of a run: as recorded, else from the configuration.
pub fn block_of(r: &RunRow, config: &Config) -> Option<Block> {
    match r.block.as_deref() {
        Some("pre-test") => Some(Block::PreTest),
        Some("post-test") => Some(Block::PostTest),
        Some("booster") => Some(Block::Booster),
        Some("training") => Some(Block::Training),
        _ => r
            .curriculum
            .as_deref()
            .and_then(|c| config.curriculum(c))
            .and_then(|c| c.block_of(&r.pack_id, &r.trainee_id)),
    }
}

/// One figure set: a trainee's, or the group's (`trainee` = `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    pub trainee: Option<String>,
    pub name: Option<String>,
    pub measures: Measures,
}

/// Pre-test against post-test, for behaviour and for detection.
#[derive(Debug, Clone, PartialEq)]
pub struct PrePost {
    pub trainee: Option<String>,
    pub name: Option<String>,
    pub behaviour: Change,
    pub behaviour_reading: Reading,
    /// `None` when either test has no judged run.
    pub detection: Option<(Change, Reading)>,
}

/// A trainee's booster: due `due_on`, or done.
#[derive(Debug, Clone, PartialEq)]
pub struct BoosterDue {
    pub trainee: String,
    pub name: Option<String>,
    pub curriculum: String,
    pub completed_on: Date,
    pub due_on: Date,
    /// A booster run was played after completion.
    pub done: bool,
    /// Not done and `due_on` is today or earlier.
    pub due: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Measurement {
    /// Every scored run of the report, named and anonymous.
    pub group: Option<MeasureRow>,
    /// Named trainees.
    pub trainees: Vec<MeasureRow>,
    /// The group's change (pooled over trainees), then each trainee's.
    pub group_change: Option<PrePost>,
    pub trainee_changes: Vec<PrePost>,
    pub boosters: Vec<BoosterDue>,
}

/// The change between pre- and post-test trials; `None` unless both tests
/// have trials.
pub fn pre_post(
    trainee: Option<String>,
    name: Option<String>,
    pre: &[Trial],
    post: &[Trial],
) -> Option<PrePost> {
    if pre.is_empty() || post.is_empty() {
        return None;
    }
    let behaviour = change(behaviour(pre), behaviour(post));
    let detection = detection(pre).zip(detection(post)).map(|(a, b)| {
        let c = change(a, b);
        (c, read_change(&c))
    });
    Some(PrePost {
        trainee,
        name,
        behaviour_reading: read_change(&behaviour),
        behaviour,
        detection,
    })
}

fn day_of(iso: &str) -> Option<Date> {
    crate::records::clock::parse_day(iso.get(..10)?)
}

/// Trials as counts: scam or genuine × refused or not × the rating (none,
/// 1 … 6). Every measure is a function of these counts, so a report keeps
/// 28 numbers per trainee rather than one trial per run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct TrialCounts([u32; 28]);

impl TrialCounts {
    fn slot(t: Trial) -> usize {
        usize::from(t.scam) * 14
            + usize::from(t.acted_scam) * 7
            + t.rating.map_or(0, |r| usize::from(r.get()))
    }

    fn add(&mut self, t: Trial) {
        self.0[Self::slot(t)] += 1;
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|n| *n == 0)
    }

    /// The trials back, grouped (every measure ignores their order).
    fn trials(&self) -> Vec<Trial> {
        let mut out = Vec::with_capacity(self.0.iter().map(|n| *n as usize).sum());
        for (slot, n) in self.0.iter().enumerate() {
            let t = Trial {
                scam: slot >= 14,
                acted_scam: slot % 14 >= 7,
                rating: Rating::new((slot % 7) as u8),
            };
            out.extend(std::iter::repeat_n(t, *n as usize));
        }
        out
    }
}

/// What a trainee's runs of one curriculum tell about its booster.
#[derive(Debug, Default)]
struct BoosterTally {
    name: Option<String>,
    /// Packs with a run that reached an ending.
    completed_packs: BTreeSet<String>,
    /// The latest start of a completed run of a training (or genuine) pack.
    training_done_at: Option<String>,
    /// The latest start of a completed post-test run.
    post_test_done_at: Option<String>,
    /// The latest start of a booster run.
    booster_at: Option<String>,
}

fn later(slot: &mut Option<String>, at: &str) {
    if slot.as_deref().is_none_or(|s| at > s) {
        *slot = Some(at.to_owned());
    }
}

/// The measurement, one run at a time: counts per trainee (and per trainee
/// and curriculum for boosters), never the runs, so its size grows with the
/// trainees and packs, not with the runs. [`MeasurementAccumulator::finish`]
/// gives the same [`Measurement`] as [`measurement`] over the same runs in
/// the same order.
#[derive(Debug)]
pub struct MeasurementAccumulator<'c> {
    config: &'c Config,
    all: TrialCounts,
    by_trainee: BTreeMap<String, (Option<String>, TrialCounts)>,
    tests: BTreeMap<String, (TrialCounts, TrialCounts)>,
    group_pre: TrialCounts,
    group_post: TrialCounts,
    /// By curriculum (index in the configuration), then trainee.
    boosters: BTreeMap<usize, BTreeMap<String, BoosterTally>>,
}

impl<'c> MeasurementAccumulator<'c> {
    pub fn new(config: &'c Config) -> Self {
        MeasurementAccumulator {
            config,
            all: TrialCounts::default(),
            by_trainee: BTreeMap::new(),
            tests: BTreeMap::new(),
            group_pre: TrialCounts::default(),
            group_post: TrialCounts::default(),
            boosters: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, r: &RunRow) {
        self.add_booster(r);
        let Some(t) = trial_of(r) else { return };
        self.all.add(t);
        if r.anonymous {
            return;
        }
        let e = self.by_trainee.entry(r.trainee_id.clone()).or_default();
        if e.0.is_none() {
            e.0.clone_from(&r.display_name);
        }
        e.1.add(t);
        match block_of(r, self.config) {
            Some(Block::PreTest) => {
                self.tests.entry(r.trainee_id.clone()).or_default().0.add(t);
                self.group_pre.add(t);
            }
            Some(Block::PostTest) => {
                self.tests.entry(r.trainee_id.clone()).or_default().1.add(t);
                self.group_post.add(t);
            }
            _ => {}
        }
    }

    fn add_booster(&mut self, r: &RunRow) {
        if r.anonymous {
            return;
        }
        let Some((i, cur)) = self.config.curricula.iter().enumerate().find(|(_, c)| {
            c.booster_after_days.is_some() && r.curriculum.as_deref() == Some(c.name.as_str())
        }) else {
            return;
        };
        let block = block_of(r, self.config);
        let t = self
            .boosters
            .entry(i)
            .or_default()
            .entry(r.trainee_id.clone())
            .or_default();
        if t.name.is_none() {
            t.name.clone_from(&r.display_name);
        }
        if r.completed {
            t.completed_packs.insert(r.pack_id.clone());
            if cur
                .packs
                .iter()
                .chain(&cur.genuine)
                .any(|p| *p == r.pack_id)
            {
                later(&mut t.training_done_at, &r.started_at);
            }
            if block == Some(Block::PostTest) {
                later(&mut t.post_test_done_at, &r.started_at);
            }
        }
        if block == Some(Block::Booster) {
            later(&mut t.booster_at, &r.started_at);
        }
    }

    /// Everything measured. `today` decides which boosters are due.
    pub fn finish(self, today: Date) -> Measurement {
        let all = self.all.trials();
        let names: BTreeMap<&str, Option<&str>> = self
            .by_trainee
            .iter()
            .map(|(k, v)| (k.as_str(), v.0.as_deref()))
            .collect();
        Measurement {
            group: (!self.all.is_empty()).then(|| MeasureRow {
                trainee: None,
                name: None,
                measures: measures(&all),
            }),
            trainees: self
                .by_trainee
                .iter()
                .map(|(t, (name, trials))| MeasureRow {
                    trainee: Some(t.clone()),
                    name: name.clone(),
                    measures: measures(&trials.trials()),
                })
                .collect(),
            group_change: pre_post(
                None,
                None,
                &self.group_pre.trials(),
                &self.group_post.trials(),
            ),
            trainee_changes: self
                .tests
                .iter()
                .filter_map(|(t, (pre, post))| {
                    pre_post(
                        Some(t.clone()),
                        names.get(t.as_str()).copied().flatten().map(str::to_owned),
                        &pre.trials(),
                        &post.trials(),
                    )
                })
                .collect(),
            boosters: boosters_of(self.config, self.boosters, today),
        }
    }
}

/// Everything measured over the report's runs. `today` decides which
/// boosters are due.
pub fn measurement(rows: &[RunRow], config: &Config, today: Date) -> Measurement {
    let mut acc = MeasurementAccumulator::new(config);
    for r in rows {
        acc.add(r);
    }
    acc.finish(today)
}

/// Who completed a curriculum with a booster, when the booster is due, and
/// whether it was played. A trainee completes a curriculum with the last of
/// its post-test runs, or, without tests, when every training pack has been
/// played to an ending.
pub fn boosters(rows: &[RunRow], config: &Config, today: Date) -> Vec<BoosterDue> {
    let mut acc = MeasurementAccumulator::new(config);
    for r in rows {
        acc.add_booster(r);
    }
    boosters_of(config, acc.boosters, today)
}

fn boosters_of(
    config: &Config,
    tallies: BTreeMap<usize, BTreeMap<String, BoosterTally>>,
    today: Date,
) -> Vec<BoosterDue> {
    let mut out = Vec::new();
    for (i, per) in tallies {
        let cur = &config.curricula[i];
        let Some(days) = cur.booster_after_days else {
            continue;
        };
        for (trainee, t) in per {
            let completed: Option<&str> = if cur.post_test.is_empty() {
                let all_played = cur
                    .packs
                    .iter()
                    .chain(&cur.genuine)
                    .all(|p| t.completed_packs.contains(p));
                all_played
                    .then_some(t.training_done_at.as_deref())
                    .flatten()
            } else {
                let (_, second) = cur.test_forms(&trainee);
                let all_played = second.iter().all(|p| t.completed_packs.contains(p));
                all_played
                    .then_some(t.post_test_done_at.as_deref())
                    .flatten()
            };
            let Some(done_at) = completed else { continue };
            let Some(completed_on) = day_of(done_at) else {
                continue;
            };
            let due_on = completed_on.saturating_add(time::Duration::days(i64::from(days)));
            let done = t.booster_at.as_deref().is_some_and(|b| b > done_at);
            out.push(BoosterDue {
                trainee,
                name: t.name,
                curriculum: cur.name.clone(),
                completed_on,
                due_on,
                done,
                due: !done && due_on <= today,
            });
        }
    }
    out.sort_by(|a, b| {
        b.due
            .cmp(&a.due)
            .then(a.due_on.cmp(&b.due_on))
            .then(a.trainee.cmp(&b.trainee))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trials kept as counts come back as the same trials (order aside).
    #[test]
    fn trial_counts_give_back_every_trial() {
        let mut given = Vec::new();
        for scam in [false, true] {
            for acted_scam in [false, true] {
                for r in 0..=6u8 {
                    for _ in 0..(r as usize + usize::from(scam) * 2 + 1) {
                        given.push(Trial {
                            scam,
                            acted_scam,
                            rating: Rating::new(r),
                        });
                    }
                }
            }
        }
        let mut counts = TrialCounts::default();
        assert!(counts.is_empty());
        for t in given.iter().rev() {
            counts.add(*t);
        }
        assert!(!counts.is_empty());
        let back = counts.trials();
        let key = |t: &Trial| (t.scam, t.acted_scam, t.rating.map(|r| r.get()));
        let mut a: Vec<_> = given.iter().map(key).collect();
        let mut b: Vec<_> = back.iter().map(key).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(measures(&given), measures(&back));
    }
}
