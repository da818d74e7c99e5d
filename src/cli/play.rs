//! `scamdrill play` and `scamdrill replay`: headless runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::transcript::{print_debrief, print_view};
use crate::debrief::Debrief;
use crate::engine::Engine;
use crate::play::Play;
use crate::runner::RunLog;
use crate::scoring::ScenarioScore;

pub struct Script<'a> {
    pub scenario: &'a str,
    pub locale: &'a str,
    pub seed: u64,
    pub choices: &'a [String],
    pub marks: &'a [String],
    pub times: &'a [f64],
    pub log: Option<&'a Path>,
    pub json: bool,
}

#[derive(Serialize)]
struct PlayResult<'a> {
    log: RunLog,
    score: &'a ScenarioScore,
    debrief: &'a Debrief,
}

/// Mark whatever red flags of the current step the script lists
/// (`flag` or `step:flag`).
fn mark_listed(play: &mut Play, marks: &[String], at_ms: u64) {
    let step = play.run.current_id().to_owned();
    let ids: Vec<String> = play.run.current().map(|s| s.hotspots.iter().map(|h| h.id.clone()).collect()).unwrap_or_default();
    for m in marks {
        let (s, f) = m.split_once(':').map_or((None, m.as_str()), |(s, f)| (Some(s), f));
        if s.is_none_or(|s| s == step) && ids.iter().any(|i| i == f) {
            let _ = play.mark(f, at_ms);
        }
    }
}

pub fn run(extra: &[PathBuf], script: Script<'_>) -> ExitCode {
    let engine = Engine::load_default(extra);
    let mut play = match engine.start(script.scenario, script.locale, script.seed) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            for d in engine.library.diagnostics.iter().filter(|d| d.is_error()) {
                eprintln!("{d}");
            }
            return ExitCode::FAILURE;
        }
    };
    let mut now_ms: u64 = 0;
    for (i, choice) in script.choices.iter().enumerate() {
        if !script.json
            && let Some(v) = play.view()
        {
            print_view(&v);
        }
        mark_listed(&mut play, script.marks, now_ms + 500);
        now_ms += (script.times.get(i).copied().unwrap_or(5.0).max(0.0) * 1000.0).round() as u64;
        if let Err(e) = play.choose(choice, now_ms) {
            eprintln!("error: choice {} (\"{choice}\"): {e}", i + 1);
            return ExitCode::FAILURE;
        }
        if !script.json {
            println!("> {choice}");
        }
    }
    mark_listed(&mut play, script.marks, now_ms + 500);
    if !script.json
        && let Some(v) = play.view()
    {
        print_view(&v);
    }
    finish(&play, script.log, script.json)
}

fn finish(play: &Play, log_path: Option<&Path>, json: bool) -> ExitCode {
    let score = play.score();
    let debrief = play.debrief();
    let log = play.run.log();
    if let Some(path) = log_path {
        let written = serde_json::to_string_pretty(&log).map_err(|e| e.to_string()).and_then(|s| std::fs::write(path, s).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("error: cannot write the log to {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    if json {
        let out = PlayResult { log, score: &score, debrief: &debrief };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("error: {e}"),
        }
    } else {
        if !play.run.is_finished() {
            println!("(the run is not finished: the choices given stop before an ending)");
        }
        print_debrief(&debrief);
        println!(
            "score: {} / 100  remote access: {}  paid: {}  credentials shared: {}  red flags: {}/{}  {}",
            score.points,
            score.remote_access.key(),
            score.paid,
            score.shared_credentials,
            score.flags_spotted,
            score.flags_present,
            if score.passed { "PASSED" } else { "FAILED" }
        );
    }
    ExitCode::SUCCESS
}

pub fn replay(extra: &[PathBuf], path: &Path, json: bool) -> ExitCode {
    let log: RunLog = match std::fs::read_to_string(path).map_err(|e| e.to_string()).and_then(|t| serde_json::from_str(&t).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}: {e}\n  hint: pass a log written by `scamdrill play --log FILE`", path.display());
            return ExitCode::FAILURE;
        }
    };
    let engine = Engine::load_default(extra);
    match engine.replay(&log) {
        Ok(play) => finish(&play, None, json),
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
