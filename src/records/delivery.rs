//! One pass over the outbox: send what is due, in order, in batches; record
//! what the LRS answered. Used by the background forwarder and by
//! `scamdrill sync`.
//!
//! Answers: 200 stores the batch (ids not in the answer were already there);
//! 204 means all were already there; 409 or 400 on a batch is retried one
//! statement at a time, where 409 (same id already stored) counts as
//! delivered and 400 rejects that statement for good. Anything else (no
//! answer, timeout, 401, 5xx) leaves the statements queued and holds the
//! whole queue back with exponential backoff.

use std::collections::HashSet;
use std::time::Duration;

use rand::Rng;
use rusqlite::Connection;

use super::clock;
use super::error::Result;
use super::lrs::{Answer, LrsClient};
use super::outbox::{self, Queued};

/// Statements per POST.
pub const BATCH: usize = 50;

/// Exponential backoff: `initial`, doubled per failed attempt, at most `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub initial: Duration,
    pub max: Duration,
}

impl RetryPolicy {
    /// The delay after the `attempts`-th failure (1-based), with up to 10 % jitter.
    pub fn delay(&self, attempts: i64) -> Duration {
        let exp = attempts.clamp(1, 30) as u32 - 1;
        let base = self
            .initial
            .saturating_mul(1u32 << exp.min(20))
            .min(self.max);
        let jitter_ms = (base.as_millis() as u64 / 10).max(1);
        base + Duration::from_millis(rand::rng().random_range(0..jitter_ms))
    }
}

/// What one pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Newly stored by the LRS.
    pub sent: u64,
    /// The LRS already had them (204 / 409 for the same id): delivered too.
    pub already_there: u64,
    /// Refused as invalid (400): kept in the outbox as rejected.
    pub rejected: u64,
    /// Attempted and left queued for a retry.
    pub failed: u64,
    /// Why the last failure happened.
    pub error: Option<String>,
}

impl PassReport {
    pub fn delivered(&self) -> u64 {
        self.sent + self.already_there
    }
}

enum Outcome {
    Continue,
    /// The LRS cannot take statements now: stop the pass.
    Stop,
}

/// Send due statements (every pending one when `ignore_schedule`), oldest
/// first, until the queue has been walked once, the LRS fails, or `stop()`.
pub fn deliver(
    conn: &Connection,
    client: &LrsClient,
    policy: &RetryPolicy,
    ignore_schedule: bool,
    stop: &dyn Fn() -> bool,
) -> Result<PassReport> {
    let mut report = PassReport::default();
    let mut after_seq = i64::MIN;
    while !stop() {
        let now_ms = clock::unix_ms(clock::now());
        let batch: Vec<Queued> = outbox::due(conn, now_ms, ignore_schedule, after_seq, BATCH)?;
        let Some(last) = batch.last() else { break };
        after_seq = last.seq;
        if let Outcome::Stop = send_batch(conn, client, policy, &batch, &mut report)? {
            break;
        }
    }
    Ok(report)
}

fn body_of(batch: &[Queued]) -> String {
    let mut body = String::from("[");
    for (i, q) in batch.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&q.body);
    }
    body.push(']');
    body
}

fn snippet(text: &str) -> String {
    let t: String = text.chars().take(300).collect();
    t.replace(['\r', '\n'], " ")
}

fn fail(
    conn: &Connection,
    policy: &RetryPolicy,
    batch: &[Queued],
    why: String,
    report: &mut PassReport,
) -> Result<Outcome> {
    let attempts = batch.iter().map(|q| q.attempts).max().unwrap_or(0) + 1;
    let until = clock::unix_ms(clock::now()) + policy.delay(attempts).as_millis() as i64;
    let seqs: Vec<i64> = batch.iter().map(|q| q.seq).collect();
    outbox::mark_failed(conn, &seqs, &why, until)?;
    outbox::defer_pending(conn, until)?;
    report.failed += batch.len() as u64;
    report.error = Some(why);
    Ok(Outcome::Stop)
}

fn send_batch(
    conn: &Connection,
    client: &LrsClient,
    policy: &RetryPolicy,
    batch: &[Queued],
    report: &mut PassReport,
) -> Result<Outcome> {
    match client.post(&body_of(batch)) {
        Answer::Status(200, body) => {
            let stored: Option<HashSet<String>> = serde_json::from_str::<Vec<String>>(&body)
                .ok()
                .map(|v| v.into_iter().collect());
            let new = match &stored {
                Some(ids) => batch
                    .iter()
                    .filter(|q| ids.contains(&q.statement_id))
                    .count() as u64,
                None => batch.len() as u64,
            };
            outbox::mark_delivered(conn, &batch.iter().map(|q| q.seq).collect::<Vec<_>>())?;
            report.sent += new;
            report.already_there += batch.len() as u64 - new;
            Ok(Outcome::Continue)
        }
        Answer::Status(204, _) => {
            outbox::mark_delivered(conn, &batch.iter().map(|q| q.seq).collect::<Vec<_>>())?;
            report.already_there += batch.len() as u64;
            Ok(Outcome::Continue)
        }
        Answer::Status(400 | 409, _) if batch.len() > 1 => {
            for q in batch {
                if let Outcome::Stop =
                    send_batch(conn, client, policy, std::slice::from_ref(q), report)?
                {
                    return Ok(Outcome::Stop);
                }
            }
            Ok(Outcome::Continue)
        }
        Answer::Status(409, _) => {
            outbox::mark_delivered(conn, &[batch[0].seq])?;
            report.already_there += 1;
            Ok(Outcome::Continue)
        }
        Answer::Status(400, body) => {
            let why = format!("LRS rejected the statement (400): {}", snippet(&body));
            outbox::mark_rejected(conn, batch[0].seq, &why)?;
            report.rejected += 1;
            report.error = Some(why);
            Ok(Outcome::Continue)
        }
        Answer::Status(status, body) => fail(
            conn,
            policy,
            batch,
            format!("LRS answered {status}: {}", snippet(&body)),
            report,
        ),
        Answer::Transport(e) => fail(conn, policy, batch, format!("LRS unreachable: {e}"), report),
    }
}
