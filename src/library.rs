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

    /// Draw a kiosk session: two scam packs and one genuine-support control
    /// (fewer when the library has fewer), the control at a varying place.
    /// `pool` is `public_mode.packs` (empty: the whole library); ids that are
    /// not loaded are skipped and an id listed twice counts once. When the
    /// pool has no pack of a kind, that kind is drawn from the whole library.
    /// Deterministic in (`seed`, `session`) and bounded: a partial shuffle of
    /// the distinct candidates, so it ends whatever the pool holds.
    pub fn kiosk_session(&self, pool: &[String], seed: u64, session: u64) -> Vec<String> {
        use crate::model::PackKind;
        let mut from_pool: Vec<&Arc<Pack>> = Vec::new();
        for id in pool {
            if let Some(p) = self.get(id)
                && !from_pool.iter().any(|q| q.id() == p.id())
            {
                from_pool.push(p);
            }
        }
        let all: Vec<&Arc<Pack>> = if from_pool.is_empty() {
            self.packs.iter().collect()
        } else {
            from_pool
        };
        let pick = |kind: PackKind, n: usize, salt: u64| -> Vec<String> {
            let mut of: Vec<&str> = all
                .iter()
                .filter(|p| p.scenario.kind == kind)
                .map(|p| p.id())
                .collect();
            if of.is_empty() {
                of = self
                    .packs
                    .iter()
                    .filter(|p| p.scenario.kind == kind)
                    .map(|p| p.id())
                    .collect();
            }
            let mut state = seed ^ session.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
            let n = n.min(of.len());
            for i in 0..n {
                let j = i + (splitmix64(&mut state) % (of.len() - i) as u64) as usize;
                of.swap(i, j);
            }
            of[..n].iter().map(|s| (*s).to_owned()).collect()
        };
        let mut out = pick(PackKind::Scam, 2, 1);
        let at = (session % (out.len() as u64 + 1)) as usize;
        for g in pick(PackKind::Genuine, 1, 2) {
            out.insert(at.min(out.len()), g);
        }
        out
    }

    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// One step of the SplitMix64 generator (for the kiosk draw).
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
