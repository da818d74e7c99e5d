//! `scamdrill play` and `scamdrill replay`: headless runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::transcript::{print_debrief, print_view};
use crate::debrief::Debrief;
use crate::engine::Engine;
use crate::play::{Play, TIMEOUT};
use crate::records::{Mode, Recorder, RunId, Trainee};
use crate::runner::RunLog;
use crate::scoring::ScenarioScore;
use crate::startup::{Language, check_with_engine, data_dir, load_config, pass_mark};

pub struct Script<'a> {
    pub scenario: &'a str,
    /// `None`: the configuration's default locale, else en-US.
    pub locale: Option<&'a str>,
    pub seed: u64,
    pub choices: &'a [String],
    pub marks: &'a [String],
    pub times: &'a [f64],
    pub log: Option<&'a Path>,
    pub json: bool,
    pub lang: LangArgs,
    /// "Looking back: was that a scam, or real help?" 1 (sure scam) to 6
    /// (sure genuine), given after the last decision.
    pub judgement: Option<u8>,
}

/// `--address` and `--region`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LangArgs {
    /// Form of address where the language needs one (Hebrew, Arabic):
    /// m (masculine), f (feminine) or p (plural). Default: the configuration's, else p.
    #[arg(long, value_name = "m|f|p")]
    pub address: Option<crate::locale::Address>,
    /// Region for currency, phone numbers and where to report (e.g. US, GB,
    /// GB-SCT, ES, MX, EG, JO). Default: the configuration's, else the locale's.
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
}

/// Who the run is recorded for.
pub struct Recording<'a> {
    pub trainee: &'a str,
    pub name: Option<&'a str>,
    pub curriculum: Option<&'a str>,
}

/// Configuration, records and pacing.
pub struct Settings<'a> {
    pub config: Option<&'a Path>,
    pub data: Option<&'a Path>,
    pub recording: Option<Recording<'a>>,
    /// Sleep before each decision (tests kill the process mid-run).
    pub pace_ms: u64,
}

/// A run being recorded.
struct Recorded {
    recorder: Recorder,
    run: RunId,
    session: crate::records::SessionId,
    flush_secs: u64,
}

impl Recorded {
    fn events(&self, play: &Play) -> Result<(), String> {
        self.recorder
            .record_new_events(self.run, &play.run)
            .map(|_| ())
            .map_err(|e| format!("cannot record the run: {e}"))
    }
}

#[derive(Serialize)]
struct PlayResult<'a> {
    log: RunLog,
    score: &'a ScenarioScore,
    debrief: &'a Debrief,
}

/// Mark what the script lists for the current step: `flag` marks a red flag
/// of the step (by its id, or an element bound to one); `step:element` marks
/// any element at that step, so a false flag can be scripted too.
fn mark_listed(play: &mut Play, marks: &[String], at_ms: u64) {
    if play.run.is_finished() {
        return;
    }
    let step = play.run.current_id().to_owned();
    // (name the script may use, element to mark)
    let names: Vec<(String, String)> = play
        .run
        .current()
        .map(|s| {
            s.hotspots
                .iter()
                .flat_map(|h| {
                    let els = h.element_ids();
                    let first = els[0].to_owned();
                    els.into_iter()
                        .map(|e| (e.to_owned(), e.to_owned()))
                        .chain([(h.id.clone(), first)])
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .unwrap_or_default();
    for m in marks {
        match m.split_once(':') {
            Some((s, f)) if s == step => {
                let _ = play.mark(f, at_ms);
            }
            None => {
                if let Some((_, el)) = names.iter().find(|(n, _)| n == m) {
                    let _ = play.mark(el, at_ms);
                }
            }
            _ => {}
        }
    }
}

fn start_recording(
    config: &crate::config::LoadedConfig,
    settings: &Settings<'_>,
    play: &mut Play,
) -> Result<Option<Recorded>, String> {
    let Some(rec) = &settings.recording else {
        return Ok(None);
    };
    if let Some(c) = rec.curriculum
        && let Some(cur) = config.config.curriculum(c)
        && !cur.contains(play.run.pack().id())
    {
        return Err(format!(
            "scenario \"{}\" is not in curriculum \"{c}\" (packs: {})",
            play.run.pack().id(),
            cur.all_packs().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let dir = data_dir(settings.data).ok_or("no data folder")?;
    let trainee = Trainee::known(rec.trainee, rec.name).map_err(|e| e.to_string())?;
    let recorder = Recorder::open(config, &dir).map_err(|e| e.to_string())?;
    let session = recorder
        .start_session(&trainee, rec.curriculum, Mode::Trainee)
        .map_err(|e| e.to_string())?;
    let run = recorder
        .start_run(session, play)
        .map_err(|e| e.to_string())?;
    let flush_secs = config
        .config
        .lrs
        .as_ref()
        .map_or(0, |l| l.timeout_secs.min(15) + 1);
    Ok(Some(Recorded {
        recorder,
        run,
        session,
        flush_secs,
    }))
}

pub fn run(extra: &[PathBuf], script: Script<'_>, settings: Settings<'_>) -> ExitCode {
    let Some(config) = load_config(settings.config) else {
        return ExitCode::FAILURE;
    };
    let engine = Engine::load_default(extra);
    if !check_with_engine(&config, &engine) {
        return ExitCode::FAILURE;
    }
    let language = Language::settle(
        &config,
        &engine,
        script.locale,
        script.lang.region.as_deref(),
        script.lang.address,
    );
    let mut play = match engine.start(script.scenario, &language.tag(), script.seed) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            for d in engine.library.diagnostics.iter().filter(|d| d.is_error()) {
                eprintln!("{d}");
            }
            return ExitCode::FAILURE;
        }
    };
    if let Some(region) = &language.region {
        play.region = region.clone();
    }
    if let Some(a) = language.address
        && !play.text.set_address(a)
    {
        eprintln!("warning: this language does not use the form of address \"{a}\"; ignored");
    }
    let curriculum = settings.recording.as_ref().and_then(|r| r.curriculum);
    match pass_mark(&config, curriculum) {
        Ok(p) => play.pass_mark = p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    let recorded = match start_recording(&config, &settings, &mut play) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
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
        if let Some(r) = &recorded
            && let Err(e) = r.events(&play)
        {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        if settings.pace_ms > 0 {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            std::thread::sleep(std::time::Duration::from_millis(settings.pace_ms));
        }
        if choice != TIMEOUT {
            now_ms +=
                (script.times.get(i).copied().unwrap_or(5.0).max(0.0) * 1000.0).round() as u64;
        }
        match play.act(choice, now_ms) {
            Ok(t) => now_ms = t,
            Err(e) => {
                eprintln!("error: choice {} (\"{choice}\"): {e}", i + 1);
                return ExitCode::FAILURE;
            }
        }
        if let Some(r) = &recorded
            && let Err(e) = r.events(&play)
        {
            eprintln!("error: {e}");
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
    if let Some(n) = script.judgement {
        if let Err(e) = judge(&mut play, n, now_ms + 3000, script.json) {
            eprintln!("error: --judgement {n}: {e}");
            return ExitCode::FAILURE;
        }
        if let Some(r) = &recorded
            && let Err(e) = r.events(&play)
        {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let Some(r) = &recorded {
        match r.recorder.finish_run(r.run, &play) {
            Ok(_) => {
                let _ = r.recorder.end_session(r.session);
                let delivered = r.flush_secs == 0
                    || r.recorder
                        .flush(std::time::Duration::from_secs(r.flush_secs));
                let counts = r.recorder.outbox_counts().unwrap_or_default();
                eprintln!(
                    "recorded: run {} in {}{}",
                    r.run,
                    r.recorder.db_path().display(),
                    if r.flush_secs == 0 {
                        String::new()
                    } else if delivered {
                        "; xAPI statements delivered".to_owned()
                    } else {
                        format!(
                            "; {} xAPI statement(s) queued for the LRS (sent later, or with `scamdrill sync`)",
                            counts.pending
                        )
                    }
                );
                r.recorder.shutdown(std::time::Duration::from_millis(200));
            }
            Err(e) => {
                eprintln!("error: cannot record the result: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    finish(&play, script.log, script.json)
}

/// The judgement after the last decision, as the trainee would give it on
/// the judgement screen.
fn judge(play: &mut Play, rating: u8, at_ms: u64, json: bool) -> Result<(), String> {
    play.judge(rating, at_ms).map_err(|e| match e {
        crate::runner::RunError::NotFinished => {
            format!("{e}\n  hint: give --choices that reach an ending before --judgement")
        }
        e => e.to_string(),
    })?;
    if !json {
        let key = crate::measure::Rating::new(rating).map_or("", |r| r.key());
        println!("Looking back: was that a scam, or real help? > {rating} ({key})");
    }
    Ok(())
}

fn finish(play: &Play, log_path: Option<&Path>, json: bool) -> ExitCode {
    let score = play.score();
    let debrief = play.debrief();
    let log = play.log();
    if let Some(path) = log_path {
        let written = serde_json::to_string_pretty(&log)
            .map_err(|e| e.to_string())
            .and_then(|s| std::fs::write(path, s).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("error: cannot write the log to {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    if json {
        let out = PlayResult {
            log,
            score: &score,
            debrief: &debrief,
        };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("error: {e}"),
        }
    } else {
        if !play.run.is_finished() {
            println!(
                "(the run is not finished: the choices given stop before an ending, so it cannot pass)"
            );
        }
        print_debrief(&debrief);
        println!(
            "score: {} / 100  remote access: {}  paid: {}  credentials shared: {}  red flags: {}/{}  false flags: {}  pass mark: {}  {}",
            score.points,
            score.remote_access.key(),
            score.paid,
            score.shared_credentials,
            score.flags_spotted,
            score.flags_present,
            score.false_flags.len(),
            play.pass_mark,
            if score.passed {
                "PASSED"
            } else if !score.finished {
                "FAILED (unfinished)"
            } else {
                "FAILED"
            }
        );
    }
    ExitCode::SUCCESS
}

pub fn replay(extra: &[PathBuf], path: &Path, json: bool) -> ExitCode {
    // Bounded and regular files only (a device named as the log is refused).
    let log: RunLog = match crate::ron_file::read_text(path, crate::ron_file::MAX_TEXT_BYTES)
        .map_err(|d| d.message.clone())
        .and_then(|t| {
            serde_json::from_str(&t)
                .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))
        }) {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "error: {}: {e}\n  hint: pass a log written by `scamdrill play --log FILE`",
                path.display()
            );
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
