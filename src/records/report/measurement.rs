//! Skill or caution: behaviour and detection measures per trainee and for
//! the whole group, the pre-/post-test change with its reading, and who is
//! due a booster. See [`crate::measure`].

use std::collections::BTreeMap;

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

/// Everything measured over the report's runs. `today` decides which
/// boosters are due.
pub fn measurement(rows: &[RunRow], config: &Config, today: Date) -> Measurement {
    let mut all = Vec::new();
    let mut by_trainee: BTreeMap<&str, (Option<&str>, Vec<Trial>)> = BTreeMap::new();
    let mut tests: BTreeMap<&str, (Vec<Trial>, Vec<Trial>)> = BTreeMap::new();
    let (mut group_pre, mut group_post) = (Vec::new(), Vec::new());
    for r in rows {
        let Some(t) = trial_of(r) else { continue };
        all.push(t);
        if r.anonymous {
            continue;
        }
        let e = by_trainee.entry(&r.trainee_id).or_default();
        e.0 = e.0.or(r.display_name.as_deref());
        e.1.push(t);
        match block_of(r, config) {
            Some(Block::PreTest) => {
                tests.entry(&r.trainee_id).or_default().0.push(t);
                group_pre.push(t);
            }
            Some(Block::PostTest) => {
                tests.entry(&r.trainee_id).or_default().1.push(t);
                group_post.push(t);
            }
            _ => {}
        }
    }
    let names: BTreeMap<&str, Option<&str>> = by_trainee.iter().map(|(k, v)| (*k, v.0)).collect();
    Measurement {
        group: (!all.is_empty()).then(|| MeasureRow {
            trainee: None,
            name: None,
            measures: measures(&all),
        }),
        trainees: by_trainee
            .iter()
            .map(|(t, (name, trials))| MeasureRow {
                trainee: Some((*t).to_owned()),
                name: name.map(str::to_owned),
                measures: measures(trials),
            })
            .collect(),
        group_change: pre_post(None, None, &group_pre, &group_post),
        trainee_changes: tests
            .iter()
            .filter_map(|(t, (pre, post))| {
                pre_post(
                    Some((*t).to_owned()),
                    names.get(t).copied().flatten().map(str::to_owned),
                    pre,
                    post,
                )
            })
            .collect(),
        boosters: boosters(rows, config, today),
    }
}

/// Who completed a curriculum with a booster, when the booster is due, and
/// whether it was played. A trainee completes a curriculum with the last of
/// its post-test runs, or, without tests, when every training pack has been
/// played to an ending.
pub fn boosters(rows: &[RunRow], config: &Config, today: Date) -> Vec<BoosterDue> {
    let mut out = Vec::new();
    for cur in &config.curricula {
        let Some(days) = cur.booster_after_days else {
            continue;
        };
        let mut per: BTreeMap<&str, Vec<&RunRow>> = BTreeMap::new();
        for r in rows
            .iter()
            .filter(|r| !r.anonymous && r.curriculum.as_deref() == Some(cur.name.as_str()))
        {
            per.entry(&r.trainee_id).or_default().push(r);
        }
        for (trainee, runs) in per {
            let blocks: Vec<(Option<Block>, &RunRow)> =
                runs.iter().map(|r| (block_of(r, config), *r)).collect();
            let completed: Option<&str> = if cur.post_test.is_empty() {
                let training: Vec<&String> = cur.packs.iter().chain(&cur.genuine).collect();
                let all_played = training
                    .iter()
                    .all(|p| runs.iter().any(|r| &r.pack_id == *p && r.completed));
                all_played
                    .then(|| {
                        runs.iter()
                            .filter(|r| r.completed && training.contains(&&r.pack_id))
                            .map(|r| r.started_at.as_str())
                            .max()
                    })
                    .flatten()
            } else {
                let (_, second) = cur.test_forms(trainee);
                let all_played = second
                    .iter()
                    .all(|p| runs.iter().any(|r| &r.pack_id == p && r.completed));
                all_played
                    .then(|| {
                        blocks
                            .iter()
                            .filter(|(b, r)| *b == Some(Block::PostTest) && r.completed)
                            .map(|(_, r)| r.started_at.as_str())
                            .max()
                    })
                    .flatten()
            };
            let Some(done_at) = completed else { continue };
            let Some(completed_on) = day_of(done_at) else {
                continue;
            };
            let due_on = completed_on.saturating_add(time::Duration::days(i64::from(days)));
            let done = blocks
                .iter()
                .any(|(b, r)| *b == Some(Block::Booster) && r.started_at.as_str() > done_at);
            out.push(BoosterDue {
                trainee: trainee.to_owned(),
                name: runs.iter().find_map(|r| r.display_name.clone()),
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
