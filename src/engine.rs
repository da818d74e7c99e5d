//! The engine façade: UI locales and the scenario library, loaded once, and
//! the entry point to start a play. The GUI and the CLI both hold one.

use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::library::Library;
use crate::locale::{LocaleInfo, UiLocales};
use crate::pack::Pack;
use crate::paths;
use crate::play::Play;
use crate::runner::{Run, RunError, RunLog};

pub struct Engine {
    pub root: PathBuf,
    pub ui: UiLocales,
    pub library: Library,
    /// Findings while loading the UI locales.
    pub ui_diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no scenario \"{id}\" is loaded (available: {available})")]
    UnknownScenario { id: String, available: String },
    #[error("no locale matches \"{0}\" and en-US is missing")]
    NoLocale(String),
    #[error(transparent)]
    Replay(#[from] RunError),
}

impl Engine {
    /// Load the shipped locales and packs from `root`, plus trainers' extra
    /// scenario folders.
    pub fn load(root: PathBuf, extra_scenarios: &[PathBuf]) -> Engine {
        let (ui, ui_diagnostics) = UiLocales::load(&paths::ui_locales(&root));
        let mut dirs = vec![paths::shipped_scenarios(&root)];
        dirs.extend(extra_scenarios.iter().cloned());
        let library = Library::load(&dirs, &ui);
        Engine {
            root,
            ui,
            library,
            ui_diagnostics,
        }
    }

    /// Load from the data root found by [`paths::data_root`].
    pub fn load_default(extra_scenarios: &[PathBuf]) -> Engine {
        Engine::load(paths::data_root(), extra_scenarios)
    }

    pub fn pack(&self, id: &str) -> Result<&Arc<Pack>, StartError> {
        self.library
            .get(id)
            .ok_or_else(|| StartError::UnknownScenario {
                id: id.to_owned(),
                available: self
                    .library
                    .packs
                    .iter()
                    .map(|p| p.id().to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    pub fn locale_info(&self, requested: &str) -> Result<&LocaleInfo, StartError> {
        self.ui
            .info(requested)
            .ok_or_else(|| StartError::NoLocale(requested.to_owned()))
    }

    /// Start playing a pack in a locale with a seed.
    pub fn start(&self, id: &str, locale: &str, seed: u64) -> Result<Play, StartError> {
        let pack = self.pack(id)?.clone();
        let info = self.locale_info(locale)?;
        let run = Run::start(pack, locale, info, seed);
        Ok(Play::new(&self.ui, run, info.region.clone()))
    }

    /// Rebuild a play from a log (replay).
    pub fn replay(&self, log: &RunLog) -> Result<Play, StartError> {
        let pack = self.pack(&log.pack_id)?.clone();
        let info = self.locale_info(&log.locale)?;
        let run = Run::replay(pack, info, log)?;
        let mut play = Play::new(&self.ui, run, info.region.clone());
        play.pass_mark = log.pass_mark.unwrap_or(crate::scoring::DEFAULT_PASS_MARK);
        Ok(play)
    }
}
