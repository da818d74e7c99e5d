//! Default places for the configuration file and the records database,
//! following each platform's conventions (crate `directories`).
//!
//! | | configuration file | data folder |
//! | --- | --- | --- |
//! | Linux | `$XDG_CONFIG_HOME/scamdrill/scamdrill.ron` (`~/.config/…`) | `$XDG_DATA_HOME/scamdrill` (`~/.local/share/…`) |
//! | macOS | `~/Library/Application Support/org.ScamDrill.ScamDrill/scamdrill.ron` | same folder |
//! | Windows | `%APPDATA%\ScamDrill\ScamDrill\config\scamdrill.ron` | `%APPDATA%\ScamDrill\ScamDrill\data` |

use std::path::PathBuf;

use directories::ProjectDirs;

/// The configuration file's name inside the configuration folder.
pub const CONFIG_FILE: &str = "scamdrill.ron";

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "ScamDrill", "ScamDrill")
}

/// Where the configuration is looked for when neither `--config` nor
/// `$SCAMDRILL_CONFIG` is given (`None` when the platform has no home folder).
pub fn default_config_path() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join(CONFIG_FILE))
}

/// The data folder (records database): `$SCAMDRILL_DATA` if set, else the
/// platform's data folder; `--data DIR` overrides both.
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SCAMDRILL_DATA").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs().map(|d| d.data_dir().to_owned())
}
