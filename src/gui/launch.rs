//! What the app is started with: the folders, the configuration and the
//! window's options. The binary fills it from its command line; the GUI knows
//! nothing of the CLI.

use std::path::PathBuf;

/// How to open the app window.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// Extra scenario folders (a trainer's own packs).
    pub scenarios: Vec<PathBuf>,
    /// Configuration file; `None` looks in the usual places.
    pub config: Option<PathBuf>,
    /// Records folder; `None` uses the default.
    pub data: Option<PathBuf>,
    /// Open one scenario directly.
    pub scenario: Option<String>,
    /// Language to start in.
    pub locale: Option<String>,
    /// Seed for the scenarios' random names, numbers and amounts.
    pub seed: Option<u64>,
    /// Window size, e.g. "1280x800".
    pub window: Option<String>,
    pub fullscreen: bool,
    /// Public kiosk (needs `public_mode` in the configuration).
    pub kiosk: bool,
    /// Facilitator mode for a group.
    pub facilitator: bool,
    /// Test support: save a screenshot here after the scripted commands, then exit.
    pub screenshot: Option<PathBuf>,
    /// Test support: scripted commands (see [`super::capture::CaptureRequest`]).
    pub choices: Vec<String>,
}
