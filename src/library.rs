//! The scenario library: every pack found in the scenario folders, loaded and
//! checked. One bad pack never stops the others from loading.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::checker::check_pack;
use crate::diagnostic::Diagnostic;
use crate::locale::UiLocales;
use crate::pack::{Pack, SCENARIO_FILE};

#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Packs without errors, in id order: these can be played.
    pub packs: Vec<Arc<Pack>>,
    /// Every finding, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Pack folders that failed to load or check.
    pub rejected: Vec<PathBuf>,
}

/// Pack folders under `dir`: the folder itself if it holds a scenario.ron,
/// else each sub-folder that does.
pub fn pack_dirs(dir: &Path) -> Vec<PathBuf> {
    if dir.join(SCENARIO_FILE).is_file() {
        return vec![dir.to_owned()];
    }
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

impl Library {
    /// Load and check every pack in `dirs`.
    pub fn load(dirs: &[PathBuf], ui: &UiLocales) -> Library {
        let mut lib = Library::default();
        let ui_tags = ui.tags();
        for dir in dirs {
            if !dir.is_dir() {
                lib.diagnostics.push(
                    Diagnostic::error("io", dir, "scenario folder does not exist").with_hint(
                        "pass a folder that contains pack folders (each with a scenario.ron)",
                    ),
                );
                continue;
            }
            for pdir in pack_dirs(dir) {
                let (pack, mut diags) = Pack::load(&pdir);
                if let Some(p) = &pack {
                    diags.extend(check_pack(p, &ui_tags));
                }
                let failed = pack.is_none() || diags.iter().any(Diagnostic::is_error);
                lib.diagnostics.extend(diags);
                match pack {
                    Some(p) if !failed => {
                        if let Some(existing) = lib.packs.iter().find(|q| q.id() == p.id()) {
                            let off = crate::diagnostic::find_quoted(&p.ron_source, p.id(), 0)
                                .unwrap_or(0);
                            lib.diagnostics.push(
                                Diagnostic::error(
                                    "duplicate-pack-id",
                                    &p.ron_path,
                                    format!(
                                        "pack id \"{}\" is already used by {}",
                                        p.id(),
                                        existing.dir.display()
                                    ),
                                )
                                .with_hint(
                                    "give the pack an id of its own; this copy is not loaded",
                                )
                                .at_span(
                                    &p.ron_source,
                                    off,
                                    p.id().len() + 2,
                                ),
                            );
                            lib.rejected.push(pdir);
                        } else {
                            lib.packs.push(Arc::new(p));
                        }
                    }
                    _ => lib.rejected.push(pdir),
                }
            }
        }
        lib.packs.sort_by(|a, b| a.id().cmp(b.id()));
        lib
    }

    pub fn get(&self, id: &str) -> Option<&Arc<Pack>> {
        self.packs.iter().find(|p| p.id() == id)
    }

    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}
