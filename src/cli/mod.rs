//! The command line: `check`, `autoplay`, `play`, `replay`. With no
//! subcommand the binary launches the GUI.

mod autoplay;
mod check;
mod play;
mod transcript;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

pub use autoplay::{AutoplayReport, all_paths as all_paths_of, autoplay};
pub use check::check_report;
pub use transcript::{print_debrief, print_view};

#[derive(Debug, Parser)]
#[command(name = "scamdrill", version, about = "Practise refusing tech-support scams: fake alerts, cold calls, remote access and payment demands.")]
pub struct Cli {
    /// Extra scenario folder (repeatable); trainers' packs load beside the shipped ones.
    #[arg(long = "scenarios", value_name = "DIR", global = true)]
    pub scenarios: Vec<PathBuf>,
    #[command(flatten)]
    pub gui: GuiArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options for the GUI (used when no subcommand is given).
#[derive(Debug, Clone, Args, Default)]
pub struct GuiArgs {
    /// Open one scenario directly.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    /// Language to start in (e.g. en-US, en-GB, he-IL).
    #[arg(long, value_name = "TAG")]
    pub locale: Option<String>,
    /// Seed for the scenario's random names, numbers and amounts.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Start in a window of this size, e.g. 1280x800.
    #[arg(long, value_name = "WxH")]
    pub window: Option<String>,
    /// Full screen.
    #[arg(long)]
    pub fullscreen: bool,
    /// Save a screenshot to this PNG after the screen settles, then exit (for tests).
    #[arg(long, value_name = "PNG", hide = true)]
    pub screenshot: Option<PathBuf>,
    /// Choices to take before the screenshot (comma-separated ids, for tests).
    #[arg(long, value_name = "IDS", hide = true, value_delimiter = ',')]
    pub choices: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and check scenario packs; exit 1 on any error.
    Check {
        /// Folders to check (default: the shipped packs and --scenarios).
        dirs: Vec<PathBuf>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Walk every path of every pack in every locale and check the guarantees.
    Autoplay {
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Play one scenario headless with scripted choices; print the transcript, score and debrief.
    Play {
        #[arg(long, value_name = "ID")]
        scenario: String,
        #[arg(long, default_value = "en-US", value_name = "TAG")]
        locale: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Choice ids in order, comma-separated.
        #[arg(long, value_delimiter = ',')]
        choices: Vec<String>,
        /// Red flags to mark, as step:flag or flag, comma-separated.
        #[arg(long, value_delimiter = ',')]
        marks: Vec<String>,
        /// Seconds taken at each decision, comma-separated (default 5 each).
        #[arg(long, value_delimiter = ',')]
        times: Vec<f64>,
        /// Write the event log (JSON) here for replay.
        #[arg(long, value_name = "FILE")]
        log: Option<PathBuf>,
        /// Print score and debrief as JSON instead of a transcript.
        #[arg(long)]
        json: bool,
    },
    /// Replay an event log and print its score and debrief.
    Replay {
        log: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// Run a subcommand; `None` means no subcommand was given.
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let cmd = cli.command.as_ref()?;
    Some(match cmd {
        Command::Check { dirs, json } => check::run(dirs, &cli.scenarios, *json),
        Command::Autoplay { seed } => autoplay::run(&cli.scenarios, *seed),
        Command::Play { scenario, locale, seed, choices, marks, times, log, json } => {
            play::run(&cli.scenarios, play::Script { scenario, locale, seed: *seed, choices, marks, times, log: log.as_deref(), json: *json })
        }
        Command::Replay { log, json } => play::replay(&cli.scenarios, log, *json),
    })
}
