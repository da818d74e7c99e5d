//! Where the shipped data lives: the folder that holds `assets/` and `locales/`.

use std::path::{Path, PathBuf};

fn is_root(p: &Path) -> bool {
    p.join("locales").is_dir() && p.join("assets").join("scenarios").is_dir()
}

/// The data root: `SCAMDRILL_ROOT`, else the current folder, else a parent of
/// the executable, else the source tree this binary was built from.
pub fn data_root() -> PathBuf {
    if let Some(p) = std::env::var_os("SCAMDRILL_ROOT") {
        return PathBuf::from(p);
    }
    if let Ok(cwd) = std::env::current_dir()
        && is_root(&cwd)
    {
        return cwd;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            if is_root(dir) {
                return dir.to_owned();
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped scenario packs.
pub fn shipped_scenarios(root: &Path) -> PathBuf {
    root.join("assets").join("scenarios")
}

/// The UI locales.
pub fn ui_locales(root: &Path) -> PathBuf {
    root.join("locales")
}
