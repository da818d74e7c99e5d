//! Start-up shared by every front end (the CLI's commands and the GUI): the
//! configuration, its check against the loaded packs, and the data folder,
//! with every problem printed before anything starts.

use std::path::{Path, PathBuf};

use crate::config::{self, LoadedConfig};
use crate::engine::Engine;

/// Load and check the configuration; print every finding and give `None`
/// if the program must not start.
pub fn load_config(explicit: Option<&Path>) -> Option<LoadedConfig> {
    match LoadedConfig::resolve(explicit) {
        Ok(c) => Some(c),
        Err(diags) => {
            for d in &diags {
                eprintln!("{}\n", d.render());
            }
            eprintln!(
                "error: the configuration has {} problem(s); nothing was started",
                diags.len()
            );
            None
        }
    }
}

/// Check the configuration against the loaded packs and locales.
pub fn check_with_engine(config: &LoadedConfig, engine: &Engine) -> bool {
    let diags = config.check_against(engine);
    for d in &diags {
        eprintln!("{}\n", d.render());
    }
    if diags.iter().any(|d| d.is_error()) {
        eprintln!(
            "error: the configuration does not match the loaded scenarios; nothing was started"
        );
        return false;
    }
    true
}

/// The data folder, or a printed error.
pub fn data_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    match config::data_dir(explicit) {
        Ok(p) => Some(p),
        Err(d) => {
            eprintln!("{d}");
            None
        }
    }
}
