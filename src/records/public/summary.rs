//! Computing a public summary: counting, then suppressing every figure that
//! rests on fewer than [`K_ANONYMITY`](super::K_ANONYMITY) sessions.

use std::collections::{BTreeMap, HashSet};

use rusqlite::Connection;

use super::figures::{MissedFlag, PackFigures, PublicSummary, Ratio};
use super::load::{PublicRows, load};
use super::range::DayRange;
use super::shown;
use crate::records::RecordsError;
use crate::scoring::RemoteAccess;

/// A count, what it is out of, and the sessions behind the denominator.
#[derive(Default)]
struct Tally {
    count: u32,
    out_of: u32,
    sessions: HashSet<usize>,
}

impl Tally {
    fn add(&mut self, session: usize, hit: bool) {
        self.out_of = self.out_of.saturating_add(1);
        self.count = self.count.saturating_add(u32::from(hit));
        self.sessions.insert(session);
    }

    fn ratio(&self) -> Option<Ratio> {
        shown(
            Ratio {
                count: self.count,
                out_of: self.out_of,
            },
            self.sessions.len(),
        )
    }

    /// The denominator alone, as a count.
    fn total(&self) -> Option<u32> {
        shown(self.out_of, self.sessions.len())
    }
}

#[derive(Default)]
struct PackTally {
    genuine: bool,
    runs: Tally,
    passed: Tally,
    correct: Tally,
}

/// The anonymous figures over the public sessions that started in `range`
/// (see the [module documentation](super) for what is counted and
/// suppressed). Reads only; call it on a connection from
/// [`open_store`](crate::records::open_store), or use
/// [`Recorder::public_summary`](crate::records::Recorder::public_summary).
pub fn day_summary(conn: &Connection, range: DayRange) -> Result<PublicSummary, RecordsError> {
    Ok(summarise(range, &load(conn, &range)?))
}

pub(crate) fn summarise(range: DayRange, rows: &PublicRows) -> PublicSummary {
    let mut runs = Tally::default();
    let mut scam = Tally::default();
    let mut genuine = Tally::default();
    let mut passed = Tally::default();
    let mut packs: BTreeMap<&str, PackTally> = BTreeMap::new();
    let mut flags: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    // Detection beside behaviour: [scam runs, genuine runs], "treated as a scam".
    let mut did: [Tally; 2] = Default::default();
    let mut judged: [Tally; 2] = Default::default();
    for r in &rows.runs {
        runs.add(r.session, true);
        let pack = packs.entry(&r.pack_id).or_default();
        pack.genuine = r.genuine;
        pack.runs.add(r.session, true);
        let Some(score) = &r.score else { continue };
        passed.add(r.session, score.passed);
        pack.passed.add(r.session, score.passed);
        let correct = if r.genuine {
            score.remote_access == RemoteAccess::AllowedVerified
        } else {
            score.remote_access == RemoteAccess::RefusedCorrectly
        };
        pack.correct.add(r.session, correct);
        let side = usize::from(r.genuine);
        did[side].add(r.session, score.remote_access.said_scam());
        if let Some(rating) = r.judgement.and_then(crate::measure::Rating::new) {
            judged[side].add(r.session, rating.says_scam());
        }
        if r.genuine {
            genuine.add(r.session, correct);
        } else {
            scam.add(r.session, correct);
        }
        for (flag, missed) in &r.flags {
            flags
                .entry((&r.pack_id, flag))
                .or_default()
                .add(r.session, *missed);
        }
    }
    let mut missed_flags: Vec<MissedFlag> = flags
        .into_iter()
        .filter(|(_, t)| t.count > 0)
        .filter_map(|((pack, flag), t)| {
            let r = t.ratio()?;
            Some(MissedFlag {
                pack_id: pack.to_owned(),
                flag_id: flag.to_owned(),
                missed: r.count,
                present: r.out_of,
            })
        })
        .collect();
    // Most missed first; then the larger share missed; then by name.
    missed_flags.sort_by(|a, b| {
        b.missed
            .cmp(&a.missed)
            .then_with(|| {
                (u64::from(b.missed) * u64::from(a.present))
                    .cmp(&(u64::from(a.missed) * u64::from(b.present)))
            })
            .then_with(|| a.pack_id.cmp(&b.pack_id))
            .then_with(|| a.flag_id.cmp(&b.flag_id))
    });
    PublicSummary {
        range,
        sessions: shown(
            u32::try_from(rows.sessions).unwrap_or(u32::MAX),
            rows.sessions,
        ),
        runs: runs.total(),
        scam_refused: scam.ratio(),
        genuine_allowed: genuine.ratio(),
        passed: passed.ratio(),
        missed_flags,
        did_scam_as_scam: did[0].ratio(),
        did_help_as_scam: did[1].ratio(),
        judged_scam_as_scam: judged[0].ratio(),
        judged_help_as_scam: judged[1].ratio(),
        packs: packs
            .into_iter()
            .map(|(id, p)| PackFigures {
                pack_id: id.to_owned(),
                genuine: p.genuine,
                runs: p.runs.total(),
                passed: p.passed.ratio(),
                remote_access_correct: p.correct.ratio(),
            })
            .collect(),
    }
}
