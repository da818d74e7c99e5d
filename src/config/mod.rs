//! The organisation's configuration file (RON): organisation name, curricula,
//! default locale and region, retention, the LRS to send xAPI statements to
//! and public (kiosk) mode. Loaded whole and checked before anything starts:
//! a bad file yields diagnostics naming the file, line and field, and no
//! configuration at all (the app never runs half-configured).
//!
//! Where the file is: `--config FILE`, else `$SCAMDRILL_CONFIG`, else
//! [`default_config_path`] (`~/.config/scamdrill/scamdrill.ron` on Linux).
//! When that default file does not exist the built-in defaults apply (no
//! curricula, no LRS). `config/scamdrill.example.ron` documents every field.

mod check;
mod field;
mod locate;
mod order;
mod paths;
mod secret;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::engine::Engine;
use crate::ron_file::parse_ron;

pub use paths::{default_config_path, default_data_dir};
pub use secret::Secret;

/// Personal data older than this is deleted at start unless the file says otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;

/// The whole configuration file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Shown on reports and certificates.
    pub organisation: String,
    /// Locale trainees start in when they do not pick one (e.g. "en-GB").
    #[serde(default)]
    pub default_locale: Option<String>,
    /// Region code for the "where to report" line of debriefs (e.g. "GB", "GB-SCT").
    #[serde(default)]
    pub region: Option<String>,
    /// Form of address in languages whose grammar needs one (Hebrew, Arabic):
    /// `Some(Masculine)`, `Some(Feminine)` or `Some(Plural)`; trainees may
    /// still choose on the start screen. Only changes wording, never scores.
    #[serde(default)]
    pub address: Option<crate::locale::Address>,
    /// Days personal data is kept; older sessions are pruned at start.
    #[serde(default = "default_retention")]
    pub retention_days: u32,
    #[serde(default)]
    pub curricula: Vec<Curriculum>,
    #[serde(default)]
    pub lrs: Option<LrsSettings>,
    #[serde(default)]
    pub public_mode: Option<PublicMode>,
}

fn default_retention() -> u32 {
    DEFAULT_RETENTION_DAYS
}
fn default_pass_mark() -> u32 {
    crate::scoring::DEFAULT_PASS_MARK
}
fn default_timeout() -> u64 {
    10
}
fn default_retry_initial() -> u64 {
    5
}
fn default_retry_max() -> u64 {
    3600
}

/// An ordered set of packs trainees play, with its pass mark.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curriculum {
    /// Short name used with `--curriculum` and in reports (letters, digits, `-`, `_`).
    pub name: String,
    /// Pack ids in the order they are played.
    pub packs: Vec<String>,
    /// Mean points (out of 100) needed to pass, with no critical failure.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u32,
    /// Shuffle the order per session (scams and genuine packs together).
    #[serde(default)]
    pub shuffle: bool,
    /// Genuine-support packs mixed in, so trainees also learn when help is real.
    #[serde(default)]
    pub genuine: Vec<String>,
    /// Test form played before training (scams and genuine packs, kept
    /// apart from the training packs). With `post_test`, the two forms are
    /// counterbalanced: about half the trainees (by `counterbalance_seed`)
    /// take `post_test`'s packs first and `pre_test`'s after training.
    #[serde(default)]
    pub pre_test: Vec<String>,
    /// Test form played after training.
    #[serde(default)]
    pub post_test: Vec<String>,
    /// Which half of the trainees takes the forms swapped (any number;
    /// changing it reassigns the halves).
    #[serde(default)]
    pub counterbalance_seed: u64,
    /// Booster packs, due `booster_after_days` after a trainee completes the curriculum.
    #[serde(default)]
    pub booster: Vec<String>,
    /// Days after completion when the booster is due (effects fade within
    /// weeks without one).
    #[serde(default)]
    pub booster_after_days: Option<u32>,
}

impl Curriculum {
    /// The packs a trainee takes before and after training, counterbalanced
    /// by `counterbalance_seed` (see [`crate::measure::form_order`]).
    pub fn test_forms(&self, trainee: &str) -> (&[String], &[String]) {
        match crate::measure::form_order(self.counterbalance_seed, trainee) {
            crate::measure::FormOrder::AsDeclared => (&self.pre_test, &self.post_test),
            crate::measure::FormOrder::Swapped => (&self.post_test, &self.pre_test),
        }
    }

    /// The block `pack` belongs to for `trainee`; `None` when the
    /// curriculum does not list it.
    pub fn block_of(&self, pack: &str, trainee: &str) -> Option<crate::measure::Block> {
        use crate::measure::Block;
        let has = |v: &[String]| v.iter().any(|p| p == pack);
        let (first, second) = self.test_forms(trainee);
        if has(first) {
            Some(Block::PreTest)
        } else if has(second) {
            Some(Block::PostTest)
        } else if has(&self.booster) {
            Some(Block::Booster)
        } else if has(&self.packs) || has(&self.genuine) {
            Some(Block::Training)
        } else {
            None
        }
    }

    /// True when any block of the curriculum lists `pack`.
    pub fn contains(&self, pack: &str) -> bool {
        self.all_packs().any(|p| p == pack)
    }

    /// Every pack id of every block.
    pub fn all_packs(&self) -> impl Iterator<Item = &String> {
        self.pre_test
            .iter()
            .chain(&self.packs)
            .chain(&self.genuine)
            .chain(&self.post_test)
            .chain(&self.booster)
    }

    /// A session's packs in order: the trainee's pre-test form, training
    /// (see [`play_order`](Self::play_order)), then the post-test form.
    /// Boosters are played in a later session.
    pub fn session_order(&self, seed: u64, trainee: &str) -> Vec<String> {
        let (first, second) = self.test_forms(trainee);
        first
            .iter()
            .cloned()
            .chain(self.play_order(seed))
            .chain(second.iter().cloned())
            .collect()
    }
}

/// The organisation's Learning Record Store. The secret is never written in
/// the file: `secret_env` names the environment variable that holds it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsSettings {
    /// The xAPI endpoint, e.g. "https://lrs.example.com/xAPI/" (statements go to `<endpoint>/statements`).
    pub endpoint: String,
    /// The Basic-auth key (user name); use a write-only key.
    pub key: String,
    /// Name of the environment variable holding the Basic-auth secret.
    pub secret_env: String,
    /// `homePage` of the trainees' opaque accounts (the organisation's LMS or HR system).
    pub account_home_page: String,
    /// Seconds before a request to the LRS is given up (then retried later).
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// First retry delay after a failed send; doubles on each failure.
    #[serde(default = "default_retry_initial")]
    pub retry_initial_secs: u64,
    /// Longest retry delay.
    #[serde(default = "default_retry_max")]
    pub retry_max_secs: u64,
    /// A key that may read statements (for `report --source lrs` and
    /// `certificate --source lrs`), distinct from the write key `key`.
    #[serde(default)]
    pub read_key: Option<String>,
    /// Name of the environment variable holding the read key's secret
    /// (distinct from `secret_env`).
    #[serde(default)]
    pub read_secret_env: Option<String>,
}

/// Public mode (kiosk): anonymous sessions, a trainer's PIN to leave.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicMode {
    /// Digits a trainer types to leave kiosk mode.
    pub pin: String,
    /// Seconds without input before the kiosk returns to its start screen.
    pub idle_timeout_secs: u32,
    /// Pack ids offered in the kiosk.
    pub packs: Vec<String>,
    /// Start in kiosk mode without `--kiosk` on the command line.
    #[serde(default)]
    pub kiosk: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: String::new(),
            default_locale: None,
            region: None,
            address: None,
            retention_days: DEFAULT_RETENTION_DAYS,
            curricula: Vec::new(),
            lrs: None,
            public_mode: None,
        }
    }
}

/// A checked configuration and where it came from (for locating later findings).
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// `None` for the built-in defaults.
    pub path: Option<PathBuf>,
    pub source: String,
}

/// The data folder: `explicit` (from `--data`), else `$SCAMDRILL_DATA`, else
/// the platform's data folder.
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf, Diagnostic> {
    explicit
        .map(Path::to_owned)
        .or_else(default_data_dir)
        .ok_or_else(|| {
            Diagnostic::error(
                "data-dir",
                Path::new("--data"),
                "this system has no home folder to keep training records in",
            )
            .with_hint("pass --data DIR or set SCAMDRILL_DATA")
        })
}

impl Config {
    pub fn curriculum(&self, name: &str) -> Option<&Curriculum> {
        self.curricula.iter().find(|c| c.name == name)
    }
}

impl LoadedConfig {
    /// Parse and check configuration text; `path` names the file in diagnostics.
    pub fn parse(path: &Path, text: &str) -> Result<LoadedConfig, Vec<Diagnostic>> {
        let config: Config = parse_ron(path, text).map_err(|d| vec![field::name_field(d, text)])?;
        let problems = check::check(&config, path, text);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(problems);
        }
        Ok(LoadedConfig {
            config,
            path: Some(path.to_owned()),
            source: text.to_owned(),
        })
    }

    /// Read and check a configuration file.
    pub fn read(path: &Path) -> Result<LoadedConfig, Vec<Diagnostic>> {
        // Bounded and regular files only: a device or a pipe named as the
        // configuration is refused, never read.
        let text =
            crate::ron_file::read_text(path, crate::ron_file::MAX_TEXT_BYTES).map_err(|d| {
                let mut d = d;
                d.message = d
                    .message
                    .replace("cannot read file", "cannot read the configuration file");
                vec![d.with_hint(
                    "pass an existing file with --config, or copy config/scamdrill.example.ron",
                )]
            })?;
        Self::parse(path, &text)
    }

    /// The configuration the command line asks for: `explicit` (from
    /// `--config`) must exist; otherwise `$SCAMDRILL_CONFIG`, then the default
    /// path if that file exists, else the built-in defaults.
    pub fn resolve(explicit: Option<&Path>) -> Result<LoadedConfig, Vec<Diagnostic>> {
        if let Some(p) = explicit {
            return Self::read(p);
        }
        if let Some(p) = std::env::var_os("SCAMDRILL_CONFIG").filter(|p| !p.is_empty()) {
            return Self::read(Path::new(&p));
        }
        match default_config_path() {
            Some(p) if p.is_file() => Self::read(&p),
            _ => Ok(LoadedConfig::default()),
        }
    }

    /// Findings that need the loaded packs and locales: unknown pack ids,
    /// genuine packs that are scams, an unknown default locale.
    pub fn check_against(&self, engine: &Engine) -> Vec<Diagnostic> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("(built-in configuration)"));
        check::check_against(&self.config, &path, &self.source, engine)
    }

    /// The read key and its secret, for reports built from the LRS; a
    /// diagnostic naming the field to add when the file has none, or the
    /// variable to set when it is empty.
    pub fn lrs_read_credentials(&self) -> Result<(LrsSettings, Secret), Diagnostic> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("(built-in configuration)"));
        let Some(lrs) = &self.config.lrs else {
            return Err(Diagnostic::error(
                "config-lrs-read",
                &path,
                "the configuration has no `lrs` section: there is no LRS to read from",
            )
            .with_hint("add lrs: Some((endpoint: ..., key: ..., secret_env: ..., account_home_page: ..., read_key: ..., read_secret_env: ...)) (see config/scamdrill.example.ron)"));
        };
        let (Some(_), Some(env)) = (&lrs.read_key, &lrs.read_secret_env) else {
            let d = Diagnostic::error(
                "config-lrs-read",
                &path,
                "lrs: no read_key / read_secret_env: reports from the LRS need a key that may read statements",
            )
            .with_hint("ask the LRS administrator for a read-only key and add read_key: Some(\"...\"), read_secret_env: Some(\"SCAMDRILL_LRS_READ_SECRET\") to `lrs`");
            return Err(locate::at_field(
                d,
                &self.source,
                &[locate::Step::Field("lrs")],
            ));
        };
        match std::env::var(env) {
            Ok(v) if !v.is_empty() => Ok((lrs.clone(), Secret::new(v))),
            _ => {
                let d = Diagnostic::error(
                    "config-lrs-read-secret",
                    &path,
                    format!("lrs.read_secret_env: the environment variable {env} is not set"),
                )
                .with_hint(format!(
                    "export {env}=<the LRS read secret> before reading reports from the LRS"
                ));
                Err(locate::at_field(
                    d,
                    &self.source,
                    &[
                        locate::Step::Field("lrs"),
                        locate::Step::Field("read_secret_env"),
                    ],
                ))
            }
        }
    }

    /// The LRS secret from the environment variable the file names.
    pub fn lrs_secret(&self) -> Result<Option<Secret>, Diagnostic> {
        let Some(lrs) = &self.config.lrs else {
            return Ok(None);
        };
        let path = self.path.clone().unwrap_or_default();
        match std::env::var(&lrs.secret_env) {
            Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
            _ => {
                let d = Diagnostic::error(
                    "config-lrs-secret",
                    &path,
                    format!("lrs.secret_env: the environment variable {} is not set", lrs.secret_env),
                )
                .with_hint(format!("export {}=<the LRS secret> before starting ScamDrill, or remove `lrs` from the configuration", lrs.secret_env));
                Err(locate::at_field(
                    d,
                    &self.source,
                    &[
                        locate::Step::Field("lrs"),
                        locate::Step::Field("secret_env"),
                    ],
                ))
            }
        }
    }
}
