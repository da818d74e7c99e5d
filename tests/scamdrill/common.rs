//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};

use scamdrill::engine::Engine;

/// The repository root (holds assets/ and locales/).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The engine over the shipped packs.
pub fn engine() -> Engine {
    Engine::load(root(), &[])
}

/// Test fixtures folder.
pub fn fixtures() -> PathBuf {
    root().join("tests").join("fixtures")
}

/// Engine over the shipped locales plus an extra scenario folder.
pub fn engine_with(extra: &Path) -> Engine {
    Engine::load(root(), &[extra.to_owned()])
}
