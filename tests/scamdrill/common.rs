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

/// A copy of the `mini` fixture pack in a temp folder, changed by `edit`
/// (called with the pack folder). Returns the temp dir (keep it alive).
pub fn mini_with(edit: impl FnOnce(&Path)) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dst = tmp.path().join("mini");
    copy_dir(&fixtures().join("mini"), &dst);
    edit(&dst);
    tmp
}

/// Replace `from` by `to` in a file (the text must be there).
pub fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for e in std::fs::read_dir(src).expect("read dir") {
        let e = e.expect("entry");
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &dst.join(e.file_name()));
        } else {
            std::fs::copy(&p, dst.join(e.file_name())).expect("copy");
        }
    }
}

/// Load a folder of packs with the shipped UI locales; return the diagnostics.
pub fn diagnostics_of(dir: &Path) -> Vec<scamdrill::diagnostic::Diagnostic> {
    let (ui, _) = scamdrill::locale::UiLocales::load(&root().join("locales"));
    scamdrill::library::Library::load(&[dir.to_owned()], &ui).diagnostics
}

/// The one diagnostic with `code`, or a panic listing what was found.
pub fn only(
    diags: &[scamdrill::diagnostic::Diagnostic],
    code: &str,
) -> scamdrill::diagnostic::Diagnostic {
    let found: Vec<_> = diags.iter().filter(|d| d.code == code).collect();
    assert_eq!(found.len(), 1, "expected one {code}, got: {diags:#?}");
    found[0].clone()
}

/// A minimal PCM WAV file (16 kHz mono 16-bit, `samples` silent samples).
pub fn wav(samples: u32) -> Vec<u8> {
    let data = samples * 2;
    let mut v = Vec::new();
    v.extend(b"RIFF");
    v.extend((36 + data).to_le_bytes());
    v.extend(b"WAVEfmt ");
    v.extend(16u32.to_le_bytes());
    v.extend(1u16.to_le_bytes());
    v.extend(1u16.to_le_bytes());
    v.extend(16000u32.to_le_bytes());
    v.extend(32000u32.to_le_bytes());
    v.extend(2u16.to_le_bytes());
    v.extend(16u16.to_le_bytes());
    v.extend(b"data");
    v.extend(data.to_le_bytes());
    v.resize(v.len() + data as usize, 0);
    v
}
