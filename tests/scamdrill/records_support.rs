//! Helpers for the training-records tests: configurations, recording a
//! scripted run, the Ralph LRS on loopback (from the venv that
//! scripts/setup-lrs.sh makes), the strict statement validator, and fake
//! LRSs that time out or answer errors.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use scamdrill::config::LoadedConfig;
use scamdrill::engine::Engine;
use scamdrill::play::Play;
use scamdrill::records::{Recorder, RunId, SessionId};

use crate::common::root;

/// Build a configuration from RON text (must be valid).
pub fn config_from(text: &str) -> LoadedConfig {
    match LoadedConfig::parse(Path::new("test.ron"), text) {
        Ok(c) => c,
        Err(d) => panic!("test configuration is invalid: {d:#?}"),
    }
}

/// A configuration with curriculum "basics" (popup-locker) and, when
/// `endpoint` is given, an LRS with short timeouts and retries. The secret is
/// read from `secret_env`.
pub fn config_text(endpoint: Option<&str>, secret_env: &str) -> String {
    let lrs = match endpoint {
        Some(e) => format!(
            "Some((endpoint: \"{e}\", key: \"sim\", secret_env: \"{secret_env}\", account_home_page: \"https://lms.example.com\", timeout_secs: 2, retry_initial_secs: 1, retry_max_secs: 2))"
        ),
        None => "None".to_owned(),
    };
    format!(
        "Config(\n    organisation: \"Test Org\",\n    retention_days: 30,\n    curricula: [\n        (name: \"basics\", packs: [\"popup-locker\"], pass_mark: 60),\n    ],\n    lrs: {lrs},\n)\n"
    )
}

/// The environment variable holding the test LRS secret ("simsecret"), set
/// once for the whole test binary; returns its name.
pub fn secret_env() -> &'static str {
    static SET: std::sync::Once = std::sync::Once::new();
    const NAME: &str = "SCAMDRILL_TEST_LRS_SECRET";
    // SAFETY: set once, guarded by `Once`, and std serialises its own
    // environment reads and writes.
    SET.call_once(|| unsafe { std::env::set_var(NAME, "simsecret") });
    NAME
}

/// Play `choices` (marking every red flag on the way when `mark_all`),
/// recording each input as it happens; returns the run id and the play.
#[allow(clippy::too_many_arguments)]
pub fn record_run(
    engine: &Engine,
    rec: &Recorder,
    session: SessionId,
    pack: &str,
    locale: &str,
    seed: u64,
    choices: &[&str],
    mark_all: bool,
) -> (RunId, Play) {
    let mut play = engine.start(pack, locale, seed).expect("start");
    let run = rec.start_run(session, &mut play).expect("start_run");
    let mut t = 0;
    for c in choices {
        if mark_all {
            let flags: Vec<String> = play
                .run
                .current()
                .map(|s| {
                    s.hotspots
                        .iter()
                        .map(|h| h.element_ids()[0].to_owned())
                        .collect()
                })
                .unwrap_or_default();
            for f in flags {
                play.mark(&f, t + 300).expect("mark");
            }
            rec.record_new_events(run, &play.run).expect("record marks");
        }
        t += 4_000;
        play.choose(c, t).expect("choose");
        rec.record_new_events(run, &play.run)
            .expect("record choice");
    }
    rec.finish_run(run, &play).expect("finish_run");
    (run, play)
}

/// The safe path through popup-locker.
pub const SAFE: &[&str] = &["open-link", "call", "hang-up"];
/// The worst path through popup-locker.
pub const WORST: &[&str] = &[
    "open-link",
    "call",
    "follow",
    "allow",
    "keep-watching",
    "pay",
];

/// Poll until `f` is true or `timeout` passes.
pub fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    f()
}

/// A read connection to a records database.
pub fn db(data_dir: &Path) -> Connection {
    let c = Connection::open(scamdrill::records::db_path(data_dir)).expect("open db");
    c.busy_timeout(Duration::from_secs(10))
        .expect("busy timeout");
    c
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The binary, run from the repository root.
pub fn scamdrill() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_scamdrill"));
    c.current_dir(root())
        .env("SCAMDRILL_ROOT", root())
        .env_remove("SCAMDRILL_CONFIG")
        .env_remove("SCAMDRILL_DATA");
    c
}

// ---------------------------------------------------------------- Ralph

/// The venv with Ralph: `$SCAMDRILL_LRS_VENV`, default `<repo>/.venv-lrs`.
/// Fails (does not skip) when it is missing.
pub fn lrs_python() -> PathBuf {
    let venv = std::env::var_os("SCAMDRILL_LRS_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(".venv-lrs"));
    let python = venv.join("bin").join("python");
    assert!(
        python.is_file(),
        "the Ralph LRS venv is missing: {} does not exist.\n\
         The training-records tests need a real LRS. Run `scripts/setup-lrs.sh` \
         (installs ralph-malph 5.1.0 into <repo>/.venv-lrs), or point SCAMDRILL_LRS_VENV at a venv that has it.",
        python.display()
    );
    python
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// A Ralph LRS on loopback, killed when dropped.
pub struct Ralph {
    child: Option<Child>,
    pub port: u16,
}

impl Ralph {
    /// Start on a free port with state in `dir`.
    pub fn start(dir: &Path) -> Ralph {
        Ralph::start_on(dir, free_port())
    }

    /// Start (or restart) on `port` with state in `dir`; waits until it answers.
    pub fn start_on(dir: &Path, port: u16) -> Ralph {
        let python = lrs_python();
        let mut child = Command::new(python)
            .arg(root().join("tests/lrs/ralph_server.py"))
            .args(["--port", &port.to_string(), "--dir"])
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start Ralph");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("ralph: listening") {
                    let _ = tx.send(());
                }
            }
        });
        let mut ralph = Ralph {
            child: Some(child),
            port,
        };
        if rx.recv_timeout(Duration::from_secs(90)).is_err() {
            let err = ralph.kill_and_collect();
            panic!("Ralph did not start on port {port} within 90 s:\n{err}");
        }
        ralph
    }

    fn kill_and_collect(&mut self) -> String {
        let Some(mut c) = self.child.take() else {
            return String::new();
        };
        let _ = c.kill();
        let _ = c.wait();
        let mut err = String::new();
        if let Some(mut e) = c.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        err
    }

    /// SIGKILL the server (as a crash would).
    pub fn kill(&mut self) {
        self.kill_and_collect();
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    /// Every statement the LRS holds.
    pub fn statements(&self) -> Vec<serde_json::Value> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let mut out = Vec::new();
        let mut url = format!("http://127.0.0.1:{}/xAPI/statements?limit=100", self.port);
        for _ in 0..1000 {
            let mut resp = agent
                .get(&url)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic c2ltOnNpbXNlY3JldA==")
                .call()
                .expect("GET statements");
            let v: serde_json::Value = resp.body_mut().read_json().expect("statements JSON");
            out.extend(v["statements"].as_array().cloned().unwrap_or_default());
            match v["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) => url = format!("http://127.0.0.1:{}{}", self.port, more),
                None => break,
            }
        }
        out
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.kill_and_collect();
    }
}

/// Validate statements with Ralph's strict model; panics with its report on failure.
pub fn validate_strictly(statements: &[serde_json::Value]) {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("statements.json");
    std::fs::write(&file, serde_json::to_string(statements).expect("json")).expect("write");
    let out = Command::new(lrs_python())
        .arg(root().join("tests/lrs/validate_statements.py"))
        .arg(&file)
        .output()
        .expect("run validator");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "strict xAPI validation failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("valid: {} statement(s)", statements.len())),
        "{stdout}"
    );
}

/// Every statement body in a records database's outbox, in queue order.
pub fn outbox_statements(conn: &Connection) -> Vec<serde_json::Value> {
    let mut st = conn
        .prepare("SELECT body FROM outbox ORDER BY seq")
        .expect("prepare");
    st.query_map([], |r| r.get::<_, String>(0))
        .expect("query")
        .map(|b| serde_json::from_str(&b.expect("row")).expect("statement JSON"))
        .collect()
}

// ---------------------------------------------------------- fake LRSs

/// How a fake LRS behaves.
#[derive(Clone, Copy, Debug)]
pub enum Fake {
    /// Accept connections and never answer.
    Silent,
    /// Answer every request with this status.
    Status(u16),
}

/// A fake LRS on loopback; stops when dropped.
pub struct FakeLrs {
    pub port: u16,
    pub requests: Arc<AtomicUsize>,
    /// The head of the last request answered (request line and headers).
    pub last_head: Arc<std::sync::Mutex<String>>,
    stop: Arc<AtomicBool>,
}

impl FakeLrs {
    pub fn start(mode: Fake) -> FakeLrs {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let port = listener.local_addr().expect("addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let last_head = Arc::new(std::sync::Mutex::new(String::new()));
        let (s, r, h) = (
            Arc::clone(&stop),
            Arc::clone(&requests),
            Arc::clone(&last_head),
        );
        std::thread::spawn(move || {
            let mut held: Vec<TcpStream> = Vec::new();
            let deadline = Instant::now() + Duration::from_secs(300);
            while !s.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        r.fetch_add(1, Ordering::SeqCst);
                        match mode {
                            Fake::Silent => held.push(stream),
                            Fake::Status(code) => {
                                let head = answer(stream, code);
                                if let Ok(mut g) = h.lock() {
                                    *g = head;
                                }
                            }
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        FakeLrs {
            port,
            requests,
            last_head,
            stop,
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }
}

impl Drop for FakeLrs {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Read one request and answer `code`; returns the request head.
fn answer(mut stream: TcpStream, code: u16) -> String {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return String::new(),
    });
    let mut length = 0usize;
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return head;
        }
        if line == "\r\n" {
            break;
        }
        head.push_str(&line);
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    let _ = reader.read_exact(&mut body);
    let text = format!("{{\"detail\":\"fake answer {code}\"}}");
    let _ = write!(
        stream,
        "HTTP/1.1 {code} Fake\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
    head
}

// ------------------------------------------------- several machines

/// One records database holding every trainee, session, run and event of
/// `sources` (the data folders of several machines): what a single machine
/// would hold had everyone trained on it. The outbox is not copied.
pub fn merge_records(config: &LoadedConfig, sources: &[&Path], into: &Path) {
    let (conn, _) = scamdrill::records::open_store(&config.config, into).expect("open merged");
    for (i, src) in sources.iter().enumerate() {
        let db = scamdrill::records::db_path(src);
        conn.execute(
            &format!("ATTACH DATABASE ?1 AS m{i}"),
            [db.to_string_lossy()],
        )
        .expect("attach");
        for table in ["trainee", "session", "run", "event"] {
            conn.execute(
                &format!("INSERT OR IGNORE INTO {table} SELECT * FROM m{i}.{table}"),
                [],
            )
            .unwrap_or_else(|e| panic!("merge {table}: {e}"));
        }
        conn.execute(&format!("DETACH DATABASE m{i}"), [])
            .expect("detach");
    }
}

/// The HTML report without its "generated <time>" stamp.
pub fn without_generated(html: &str) -> String {
    match html.find(" · generated ") {
        Some(i) => {
            let end = html[i..].find("</p>").map(|j| i + j).unwrap_or(html.len());
            format!("{}{}", &html[..i], &html[end..])
        }
        None => html.to_owned(),
    }
}

/// A fake LRS that answers its requests in order from a script of (status,
/// JSON body), then 404; keeps every request head. Stops when dropped.
pub struct ScriptedLrs {
    pub port: u16,
    pub heads: Arc<std::sync::Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl ScriptedLrs {
    pub fn start(script: Vec<(u16, String)>) -> ScriptedLrs {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let port = listener.local_addr().expect("addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let heads = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (s, h) = (Arc::clone(&stop), Arc::clone(&heads));
        std::thread::spawn(move || {
            let mut script = script.into_iter();
            let deadline = Instant::now() + Duration::from_secs(120);
            while !s.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (code, body) = script
                            .next()
                            .unwrap_or((404, "{\"detail\":\"no more\"}".into()));
                        let head = answer_with(stream, code, &body);
                        if let Ok(mut g) = h.lock() {
                            g.push(head);
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        ScriptedLrs { port, heads, stop }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }
}

impl Drop for ScriptedLrs {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Read one request head and answer `code` with `body`; returns the head.
fn answer_with(mut stream: TcpStream, code: u16, body: &str) -> String {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return String::new(),
    });
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let _ = write!(
        stream,
        "HTTP/1.1 {code} Scripted\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    head
}
