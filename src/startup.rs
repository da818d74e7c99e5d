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

/// The trainee's language as every front end settles it: the locale (asked
/// for, else the configuration's default, else en-US), the region (asked
/// for, else the configuration's; currency, numbers, reporting channels) and
/// the form of address (asked for, else the configuration's).
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub locale: String,
    pub region: Option<String>,
    pub address: Option<crate::locale::Address>,
}

impl Language {
    /// Settle the language; a region the engine has no facts for is
    /// warned about (currency and numbers then follow the locale).
    pub fn settle(
        config: &LoadedConfig,
        engine: &Engine,
        locale: Option<&str>,
        region: Option<&str>,
        address: Option<crate::locale::Address>,
    ) -> Language {
        let c = &config.config;
        let region = region.map(str::to_owned).or_else(|| c.region.clone());
        if let Some(r) = &region
            && !engine
                .ui
                .regions
                .contains_key(r.split('-').next().unwrap_or(r))
        {
            eprintln!(
                "warning: no regional facts for \"{r}\" (known: {}); currency and numbers follow the locale",
                engine.ui.region_codes().join(", ")
            );
        }
        Language {
            locale: locale
                .or(c.default_locale.as_deref())
                .unwrap_or(crate::locale::DEFAULT_LOCALE)
                .to_owned(),
            region,
            address: address.or(c.address),
        }
    }

    /// The locale tag with the region (`ar` in Egypt: `ar-EG`).
    pub fn tag(&self) -> String {
        self.region.as_deref().map_or_else(
            || self.locale.clone(),
            |r| crate::locale::with_region(&self.locale, r),
        )
    }
}

/// The pass mark runs are scored with: the named curriculum's (an error
/// naming the curricula there are when it has none by that name), else the
/// engine's default.
pub fn pass_mark(config: &LoadedConfig, curriculum: Option<&str>) -> Result<u32, String> {
    let Some(name) = curriculum else {
        return Ok(crate::scoring::DEFAULT_PASS_MARK);
    };
    match config.config.curriculum(name) {
        Some(c) => Ok(c.pass_mark),
        None => {
            let names: Vec<&str> = config
                .config
                .curricula
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            Err(format!(
                "no curriculum \"{name}\" in the configuration (curricula: {})",
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            ))
        }
    }
}

/// Open the training records in `dir`, or print why they cannot be kept
/// there. A kiosk also throws away the unfinished public runs a crash left
/// (only the kiosk may: elsewhere another process's live public run could
/// be one of them).
pub fn open_records(
    config: &LoadedConfig,
    dir: &Path,
    kiosk: bool,
) -> Option<crate::records::Recorder> {
    let opened = if kiosk {
        crate::records::Recorder::open_kiosk(config, dir).map(|(r, _)| r)
    } else {
        crate::records::Recorder::open(config, dir)
    };
    opened
        .map_err(|e| {
            eprintln!(
                "error: training records cannot be kept in {}: {e}\n  hint: pass --data DIR with a writable folder",
                dir.display()
            );
        })
        .ok()
}
