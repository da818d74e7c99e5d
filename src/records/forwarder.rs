//! The background sender: a thread with its own database connection that
//! walks the outbox whenever statements are queued, when retries fall due,
//! and every half minute (statements queued by another ScamDrill process).
//! Nothing the LRS does can block or crash play: the thread only ever talks
//! to the LRS and to the database, never to the caller.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::clock;
use super::delivery::{self, PassReport, RetryPolicy};
use super::lrs::LrsClient;
use super::outbox;
use super::store;

/// Longest sleep between passes.
const IDLE_POLL: Duration = Duration::from_secs(30);

#[derive(Default)]
struct Progress {
    flush_requested: u64,
    flush_done: u64,
    totals: PassReport,
    exited: bool,
}

struct Shared {
    progress: Mutex<Progress>,
    changed: Condvar,
    stop: AtomicBool,
}

impl Shared {
    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        self.progress.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Handle to the sender thread.
pub struct Forwarder {
    wake: Mutex<Sender<()>>,
    shared: Arc<Shared>,
    handle: Mutex<Option<JoinHandle<()>>>,
}

impl Forwarder {
    /// Start the thread on the database at `db_path`.
    pub fn spawn(db_path: &Path, client: LrsClient, policy: RetryPolicy) -> Forwarder {
        let (tx, rx) = mpsc::channel::<()>();
        let shared = Arc::new(Shared {
            progress: Mutex::new(Progress::default()),
            changed: Condvar::new(),
            stop: AtomicBool::new(false),
        });
        let path = db_path.to_owned();
        let s = Arc::clone(&shared);
        let handle = std::thread::Builder::new()
            .name("scamdrill-xapi".into())
            .spawn(move || {
                run(&path, &client, &policy, &s, &rx);
                s.progress().exited = true;
                s.changed.notify_all();
            })
            .ok();
        if handle.is_none() {
            shared.progress().exited = true;
        }
        Forwarder {
            wake: Mutex::new(tx),
            shared,
            handle: Mutex::new(handle),
        }
    }

    /// Tell the thread statements were queued.
    pub fn wake(&self) {
        let _ = self
            .wake
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(());
    }

    /// Ask for a pass over every pending statement, ignoring the retry
    /// schedule, and wait up to `timeout` for it. True when it finished.
    pub fn flush(&self, timeout: Duration) -> bool {
        let ticket = {
            let mut p = self.shared.progress();
            p.flush_requested += 1;
            p.flush_requested
        };
        self.wake();
        let deadline = Instant::now() + timeout;
        let mut p = self.shared.progress();
        while p.flush_done < ticket && !p.exited {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            p = self
                .shared
                .changed
                .wait_timeout(p, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        p.flush_done >= ticket
    }

    /// What the thread has done so far.
    pub fn totals(&self) -> PassReport {
        self.shared.progress().totals.clone()
    }

    /// Stop the thread, waiting up to `timeout` for a request in flight.
    /// A thread still busy then is left to end with the process.
    pub fn shutdown(&self, timeout: Duration) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.wake();
        let deadline = Instant::now() + timeout;
        let mut p = self.shared.progress();
        while !p.exited {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            p = self
                .shared
                .changed
                .wait_timeout(p, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        drop(p);
        if let Some(h) = self
            .handle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            let _ = h.join();
        }
    }
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        self.shutdown(Duration::from_millis(500));
    }
}

fn add(total: &mut PassReport, pass: &PassReport) {
    total.sent += pass.sent;
    total.already_there += pass.already_there;
    total.rejected += pass.rejected;
    total.failed += pass.failed;
    if pass.error.is_some() {
        total.error.clone_from(&pass.error);
    }
}

fn run(
    path: &Path,
    client: &LrsClient,
    policy: &RetryPolicy,
    shared: &Shared,
    wake: &mpsc::Receiver<()>,
) {
    let conn = match store::reopen(path) {
        Ok(c) => c,
        Err(e) => {
            shared.progress().totals.error = Some(e.to_string());
            return;
        }
    };
    let stopping = || shared.stop.load(Ordering::SeqCst);
    while !stopping() {
        let ticket = shared.progress().flush_requested;
        let ignore_schedule = ticket > shared.progress().flush_done;
        let pass = delivery::deliver(&conn, client, policy, ignore_schedule, &stopping);
        let failed_db = pass.is_err();
        {
            let mut p = shared.progress();
            match &pass {
                Ok(r) => add(&mut p.totals, r),
                Err(e) => p.totals.error = Some(e.to_string()),
            }
            p.flush_done = p.flush_done.max(ticket);
        }
        shared.changed.notify_all();
        let now = clock::unix_ms(clock::now());
        let wait = if failed_db {
            Duration::from_secs(1)
        } else {
            match outbox::next_due_ms(&conn) {
                Ok(Some(due)) => {
                    Duration::from_millis((due - now).clamp(20, IDLE_POLL.as_millis() as i64) as u64)
                }
                _ => IDLE_POLL,
            }
        };
        match wake.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => while wake.try_recv().is_ok() {},
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
}
