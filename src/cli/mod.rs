//! The command line: `check`, `autoplay`, `play`, `replay`, and for training
//! records `report`, `certificate`, `sync`. With no subcommand the binary
//! launches the GUI.

mod autoplay;
mod check;
mod play;
mod report;
mod sync;
mod transcript;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

pub use autoplay::{AutoplayReport, all_paths as all_paths_of, autoplay};
pub use check::check_report;
pub use transcript::{print_debrief, print_view};

#[derive(Debug, Parser)]
#[command(
    name = "scamdrill",
    version,
    about = "Practise refusing tech-support scams: fake alerts, cold calls, remote access and payment demands."
)]
pub struct Cli {
    /// Extra scenario folder (repeatable); trainers' packs load beside the shipped ones.
    #[arg(long = "scenarios", value_name = "DIR", global = true)]
    pub scenarios: Vec<PathBuf>,
    /// Folder of the training-records database (default: $SCAMDRILL_DATA, else the
    /// platform's data folder, e.g. ~/.local/share/scamdrill).
    #[arg(long = "data", value_name = "DIR", global = true)]
    pub data: Option<PathBuf>,
    /// Configuration file (default: $SCAMDRILL_CONFIG, else ~/.config/scamdrill/scamdrill.ron
    /// on Linux if it exists; see config/scamdrill.example.ron).
    #[arg(long = "config", value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
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
    /// Public kiosk: attract loop, short anonymous sessions, idle reset; leaving
    /// needs the PIN from the configuration's public_mode.
    #[arg(long)]
    pub kiosk: bool,
    /// Facilitator mode for a group: pause at each decision, then reveal.
    #[arg(long)]
    pub facilitator: bool,
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
        /// Language (default: the configuration's default_locale, else en-US).
        #[arg(long, value_name = "TAG")]
        locale: Option<String>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Record the run for this trainee (an opaque id from the employer).
        #[arg(long, value_name = "ID")]
        trainee: Option<String>,
        /// The trainee's display name, kept in the local records only.
        #[arg(long, value_name = "NAME", requires = "trainee")]
        name: Option<String>,
        /// The curriculum (from the configuration) the recorded run belongs to.
        #[arg(long, value_name = "NAME", requires = "trainee")]
        curriculum: Option<String>,
        /// Wait this many milliseconds before each decision (for tests).
        #[arg(long, value_name = "N", hide = true, default_value_t = 0)]
        pace_ms: u64,
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
        #[command(flatten)]
        lang: play::LangArgs,
        /// After the last decision: "Looking back: was that a scam, or real help?"
        /// 1 = sure it was a scam … 6 = sure it was genuine.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=6))]
        judgement: Option<u8>,
    },
    /// Replay an event log and print its score and debrief.
    Replay {
        log: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Write trainers' reports from the records: a CSV of every run and an HTML report with charts.
    /// With --public: anonymous figures over the kiosk sessions, as CSV.
    /// With --source lrs: from every machine that sends to the organisation's LRS.
    Report {
        /// First day (UTC) of runs to include (with --public: local day; default today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day_arg)]
        from: Option<time::Date>,
        /// Last day (UTC) of runs to include (with --public: local day; default today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day_arg)]
        to: Option<time::Date>,
        /// Anonymous figures over the public (kiosk) sessions only, for the library's own
        /// reporting: writes scamdrill-public.csv (no ids, names or times; figures from
        /// fewer than 5 sessions suppressed).
        #[arg(long, conflicts_with_all = ["curriculum", "html"])]
        public: bool,
        /// Only runs played in this curriculum.
        #[arg(long, value_name = "NAME")]
        curriculum: Option<String>,
        /// Folder for scamdrill-report.csv and scamdrill-report.html (or scamdrill-public.csv).
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        /// Write the CSV here instead.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Write the HTML report here instead.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Write a printable completion certificate (HTML) for a trainee who passed a curriculum.
    /// With --source lrs: from the runs of every machine, through the LRS.
    Certificate {
        #[arg(long, value_name = "ID")]
        trainee: String,
        /// The curriculum (default: the one of the trainee's latest session).
        #[arg(long, value_name = "NAME")]
        curriculum: Option<String>,
        /// Output file (default: certificate-<trainee>.html).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Send the queued xAPI statements to the LRS once and print the counts.
    Sync,
}

/// Where reports read their records from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Source {
    /// This machine's records database (--data).
    #[default]
    Local,
    /// The organisation's LRS (every machine that sends to it), with the
    /// configuration's lrs.read_key.
    Lrs,
}

/// `--source` for report and certificate.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct SourceArgs {
    /// Read the records from this machine (local) or from the organisation's LRS (lrs).
    #[arg(long, value_enum, default_value_t = Source::Local)]
    pub source: Source,
    /// Statements per page asked of the LRS (for tests).
    #[arg(long, value_name = "N", hide = true, default_value_t = 0)]
    pub lrs_page_size: u32,
}

/// Exit status of a command whose output was cut off by a closed pipe
/// (`scamdrill play … | head`): 128 + SIGPIPE, what a shell reports for
/// programs that end on a closed pipe.
pub const CLOSED_PIPE_EXIT: u8 = 141;

/// Run a subcommand; `None` means no subcommand was given. When the reader of
/// standard output or error goes away (a closed pipe), the command ends
/// quietly with [`CLOSED_PIPE_EXIT`] instead of a panic message.
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let cmd = cli.command.as_ref()?;
    Some(quiet_on_closed_pipe(|| run_command(cli, cmd)))
}

/// Is this panic payload `println!`'s "failed printing to stdout: Broken pipe"?
fn is_closed_pipe(payload: &(dyn std::any::Any + Send)) -> bool {
    let text = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or_default();
    text.starts_with("failed printing to std")
        && (text.contains("Broken pipe") || text.contains("os error 32"))
}

/// Run `f`; a print to a closed pipe inside it ends it with
/// [`CLOSED_PIPE_EXIT`] and prints nothing (destructors still run, so
/// records are closed as usual). Any other panic goes on as before.
fn quiet_on_closed_pipe(f: impl FnOnce() -> ExitCode) -> ExitCode {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !is_closed_pipe(info.payload()) {
            previous(info);
        }
    }));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    match result {
        Ok(code) => code,
        Err(payload) if is_closed_pipe(payload.as_ref()) => ExitCode::from(CLOSED_PIPE_EXIT),
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

fn run_command(cli: &Cli, cmd: &Command) -> ExitCode {
    match cmd {
        Command::Check { dirs, json } => check::run(dirs, &cli.scenarios, *json),
        Command::Autoplay { seed } => autoplay::run(&cli.scenarios, *seed),
        Command::Play {
            scenario,
            locale,
            seed,
            trainee,
            name,
            curriculum,
            pace_ms,
            choices,
            marks,
            times,
            log,
            json,
            lang,
            judgement,
        } => {
            let recording = trainee.as_deref().map(|t| play::Recording {
                trainee: t,
                name: name.as_deref(),
                curriculum: curriculum.as_deref(),
            });
            let settings = play::Settings {
                config: cli.config.as_deref(),
                data: cli.data.as_deref(),
                recording,
                pace_ms: *pace_ms,
            };
            let script = play::Script {
                scenario,
                locale: locale.as_deref(),
                seed: *seed,
                choices,
                marks,
                times,
                log: log.as_deref(),
                json: *json,
                lang: lang.clone(),
                judgement: *judgement,
            };
            play::run(&cli.scenarios, script, settings)
        }
        Command::Replay { log, json } => play::replay(&cli.scenarios, log, *json),
        Command::Report {
            from,
            to,
            public: true,
            out,
            csv,
            source,
            ..
        } => report::public_report(
            cli.config.as_deref(),
            cli.data.as_deref(),
            (*from, *to),
            out,
            csv.as_deref(),
            *source,
        ),
        Command::Report {
            from,
            to,
            public: false,
            curriculum,
            out,
            csv,
            html,
            source,
        } => {
            let filter = crate::records::report::ReportFilter {
                from: *from,
                to: *to,
                curriculum: curriculum.clone(),
            };
            report::report(
                cli.config.as_deref(),
                cli.data.as_deref(),
                &filter,
                report::Outputs {
                    dir: out,
                    csv: csv.as_deref(),
                    html: html.as_deref(),
                },
                *source,
            )
        }
        Command::Certificate {
            trainee,
            curriculum,
            out,
            source,
        } => report::certificate(
            cli.config.as_deref(),
            cli.data.as_deref(),
            trainee,
            curriculum.as_deref(),
            out.as_deref(),
            *source,
        ),
        Command::Sync => sync::run(cli.config.as_deref(), cli.data.as_deref()),
    }
}
