//! A loaded scenario pack: the folder, its parsed `scenario.ron` and its
//! Fluent messages (`locales/<tag>.ftl`).
//!
//! Pack files are read under confinement rules (a pack may come from anyone):
//! only regular files inside the pack folder (a symbolic link is followed only
//! while it stays inside), no absolute or parent (`..`) paths, and at most
//! [`MAX_RON_BYTES`], [`MAX_FTL_BYTES`] or [`MAX_MEDIA_BYTES`] bytes. A file
//! that fails these rules is never read, so nothing of it is ever echoed in a
//! diagnostic. Media files are reached only through [`Pack::media_path`]
//! (a line's own voice file) and [`Pack::locale_voice`] (`media/<tag>/<id>.wav`).

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::locale::{Catalog, FtlFile};
use crate::model::Scenario;
use crate::ron_file::parse_ron;

/// The structure file of every pack.
pub const SCENARIO_FILE: &str = "scenario.ron";
/// The folder of a pack's voice files.
pub const MEDIA_DIR: &str = "media";
/// Largest `scenario.ron` read (2 MiB).
pub const MAX_RON_BYTES: u64 = 2 * 1024 * 1024;
/// Largest `locales/<tag>.ftl` read (4 MiB).
pub const MAX_FTL_BYTES: u64 = 4 * 1024 * 1024;
/// Most `.ftl` files read from one pack's `locales/` folder.
pub const MAX_LOCALE_FILES: usize = 64;
/// Largest media (voice) file accepted (16 MiB).
pub const MAX_MEDIA_BYTES: u64 = 16 * 1024 * 1024;
/// Media formats a pack may use (by extension; the content is checked too).
pub const MEDIA_EXTENSIONS: &[&str] = &["wav"];

#[derive(Debug, Clone)]
pub struct Pack {
    pub dir: PathBuf,
    pub ron_path: PathBuf,
    pub ron_source: String,
    pub scenario: Scenario,
    pub catalog: Catalog,
    /// The pack has a `media/` folder (seen once at load): packs without one
    /// look up no voice files when their steps are viewed.
    has_media: bool,
}

impl Pack {
    pub fn id(&self) -> &str {
        &self.scenario.id
    }

    /// Parse a pack from text already in memory (used by the loader and by
    /// fuzzing). `ftl` holds (locale tag, path, text) triples.
    pub fn from_sources(
        dir: &Path,
        ron_text: String,
        ftl: Vec<(String, PathBuf, String)>,
    ) -> (Option<Pack>, Vec<Diagnostic>) {
        let ron_path = dir.join(SCENARIO_FILE);
        // Text hygiene first: it is reported even when the file does not parse.
        let mut diags = crate::checker::text_hygiene(&ron_path, &ron_text);
        for (_, path, text) in &ftl {
            diags.extend(crate::checker::text_hygiene(path, text));
        }
        let scenario: Scenario = match parse_ron(&ron_path, &ron_text) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                return (None, diags);
            }
        };
        let mut catalog = Catalog::default();
        for (tag, path, text) in ftl {
            let (file, d) = FtlFile::parse(&path, text);
            diags.extend(d);
            catalog.add(&tag, file);
        }
        for tag in &scenario.locales {
            if !catalog.files.contains_key(tag) {
                let off = crate::diagnostic::find_quoted(&ron_text, tag, 0).unwrap_or(0);
                diags.push(
                    Diagnostic::error(
                        "missing-locale-file",
                        &ron_path,
                        format!(
                            "locale \"{tag}\" is declared but locales/{tag}.ftl does not exist"
                        ),
                    )
                    .with_hint(format!(
                        "create {}/locales/{tag}.ftl or remove \"{tag}\" from `locales`",
                        dir.display()
                    ))
                    .at_span(&ron_text, off, tag.len() + 2),
                );
            }
        }
        for tag in catalog.files.keys() {
            if !scenario.locales.contains(tag) {
                let path = dir.join("locales").join(format!("{tag}.ftl"));
                diags.push(
                    Diagnostic::warning(
                        "undeclared-locale",
                        &path,
                        format!(
                            "locales/{tag}.ftl is not listed in `locales` and will not be offered"
                        ),
                    )
                    .with_hint(format!("add \"{tag}\" to `locales` in {SCENARIO_FILE}")),
                );
            }
        }
        let pack = Pack {
            dir: dir.to_owned(),
            ron_path,
            ron_source: ron_text,
            scenario,
            catalog,
            has_media: std::fs::symlink_metadata(dir.join(MEDIA_DIR)).is_ok(),
        };
        (Some(pack), diags)
    }

    /// Read a pack folder from disk, under the confinement rules of this module.
    pub fn load(dir: &Path) -> (Option<Pack>, Vec<Diagnostic>) {
        let ron_path = dir.join(SCENARIO_FILE);
        let root = match dir.canonicalize() {
            Ok(r) => r,
            Err(e) => {
                return (
                    None,
                    vec![
                        Diagnostic::error("io", dir, format!("cannot open the pack folder: {e}"))
                            .with_hint("pass a folder that holds a scenario.ron"),
                    ],
                );
            }
        };
        let ron_text = match read_confined_text(&root, &ron_path, MAX_RON_BYTES) {
            Ok(t) => t,
            Err(d) => {
                let d = if d.code == "io" {
                    d.with_hint("every pack folder needs a scenario.ron; see docs/AUTHORING.md")
                } else {
                    d
                };
                return (None, vec![d]);
            }
        };
        let mut ftl = Vec::new();
        let mut diags = Vec::new();
        let loc_dir = dir.join("locales");
        // A `locales` folder that leads out of the pack is not even listed.
        let loc_real = loc_dir.canonicalize().ok();
        if loc_real.as_ref().is_some_and(|r| !r.starts_with(&root)) {
            diags.push(
                Diagnostic::error(
                    "outside-pack",
                    &loc_dir,
                    "locales/ leads outside the pack folder (a symbolic link); it is not read",
                )
                .with_hint("copy the locale files into the pack folder instead of linking to them"),
            );
        }
        let listed = loc_real.filter(|r| r.starts_with(&root)).map(|_| &loc_dir);
        let mut paths: Vec<PathBuf> = listed
            .map(std::fs::read_dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        if paths.len() > MAX_LOCALE_FILES {
            diags.push(
                Diagnostic::error(
                    "too-many-files",
                    &loc_dir,
                    format!(
                        "{} .ftl files; only the first {MAX_LOCALE_FILES} are read",
                        paths.len()
                    ),
                )
                .with_hint("a pack has one .ftl file per locale it declares"),
            );
            paths.truncate(MAX_LOCALE_FILES);
        }
        for path in paths {
            let tag = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            match read_confined_text(&root, &path, MAX_FTL_BYTES) {
                Ok(text) => ftl.push((tag, path, text)),
                Err(d) => diags.push(d),
            }
        }
        let (pack, more) = Pack::from_sources(dir, ron_text, ftl);
        diags.extend(more);
        (pack, diags)
    }

    /// The checked path of a media (voice) file named in the pack, e.g. a
    /// line's `voice: Some("caller-1.wav")`. The name is relative to the pack's
    /// `media/` folder; it must not be absolute or contain `..`, the file must
    /// be a regular file inside the pack folder (links leaving it are refused),
    /// at most [`MAX_MEDIA_BYTES`] bytes, with an extension from
    /// [`MEDIA_EXTENSIONS`] and content of that format. The returned path is
    /// canonical, so it can be handed to an asset loader as it is (in Bevy,
    /// a path outside the asset folder is "unapproved": load it with
    /// `asset_server.load_builder().override_unapproved()` under
    /// `UnapprovedPathMode::Deny`, or read [`Pack::media_bytes`] on a task).
    /// The error points at the name in `scenario.ron`. The file may change
    /// between this check and the load; [`Pack::media_bytes`] re-checks and
    /// bounds the read itself.
    pub fn media_path(&self, name: &str) -> Result<PathBuf, Diagnostic> {
        let here = |d: Diagnostic| {
            let off = crate::diagnostic::find_quoted(&self.ron_source, name, 0).unwrap_or(0);
            d.at_span(&self.ron_source, off, name.len() + 2)
        };
        let bad_name = |why: &str| {
            here(
                Diagnostic::error(
                    "media-path",
                    &self.ron_path,
                    format!("voice file \"{name}\" {why}"),
                )
                .with_hint(format!(
                    "name a file inside the pack's {MEDIA_DIR}/ folder, e.g. \"caller-1.wav\" or \"calls/caller-1.wav\""
                )),
            )
        };
        if name.is_empty() {
            return Err(bad_name("is empty"));
        }
        if name.contains('\\') || name.contains('\0') {
            return Err(bad_name(
                "contains a backslash or NUL; write folders with /",
            ));
        }
        let rel = Path::new(name);
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(bad_name(
                "is not a plain relative path (absolute paths, `.` and `..` are refused)",
            ));
        }
        let ext = rel
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if !MEDIA_EXTENSIONS.contains(&ext.as_str()) {
            return Err(here(
                Diagnostic::error(
                    "media-format",
                    &self.ron_path,
                    format!("voice file \"{name}\" is not a supported format"),
                )
                .with_hint(format!(
                    "supported: {} (PCM WAV); convert the file and rename it",
                    MEDIA_EXTENSIONS.join(", ")
                )),
            ));
        }
        let root = self.dir.canonicalize().map_err(|e| {
            here(Diagnostic::error(
                "io",
                &self.dir,
                format!("cannot open the pack folder: {e}"),
            ))
        })?;
        let path = self.dir.join(MEDIA_DIR).join(rel);
        let real = confine(&root, &path, MAX_MEDIA_BYTES).map_err(|mut d| {
            if d.code == "io" {
                d.code = "media-missing".into();
                d.message = format!("voice file \"{name}\" cannot be opened: {}", d.message);
                d.hint = Some(format!(
                    "put the file at {}/{MEDIA_DIR}/{name} or correct the name",
                    self.dir.display()
                ));
            }
            here(Diagnostic {
                file: self.ron_path.clone(),
                ..d
            })
        })?;
        if !is_wav(&real) {
            return Err(here(
                Diagnostic::error(
                    "media-format",
                    &self.ron_path,
                    format!("voice file \"{name}\" is not a WAV file (no RIFF/WAVE header)"),
                )
                .with_hint("export the recording as PCM WAV"),
            ));
        }
        Ok(real)
    }

    /// The voice of a spoken text (`id`: the message id of a line or of the
    /// locker's `voice`) in the first locale of `chain` that has one: the
    /// file `media/<tag>/<id>.wav` (see [`voice_file`]). `Ok(None)` when no
    /// locale of the chain has it (captions only). A file that is there but
    /// fails the confinement rules of [`Pack::media_path`] (a link out of the
    /// pack, not a regular file, over [`MAX_MEDIA_BYTES`]) is refused with an
    /// error, one without a RIFF/WAVE header with a warning; the diagnostic
    /// names the file. The returned path is canonical.
    pub fn locale_voice(&self, id: &str, chain: &[String]) -> Result<Option<PathBuf>, Diagnostic> {
        if !self.has_media {
            return Ok(None);
        }
        for tag in chain {
            let Some(path) = voice_file(&self.dir, tag, id) else {
                continue;
            };
            // Not there (not even a dangling link): the next locale.
            if std::fs::symlink_metadata(&path).is_err() {
                continue;
            }
            return self.check_voice_file(&path).map(Some);
        }
        Ok(None)
    }

    /// The voice of a line: its explicit `voice` file (checked by
    /// [`Pack::media_path`]), else the locale voice of its text
    /// ([`Pack::locale_voice`]).
    pub fn line_voice(
        &self,
        line: &crate::model::Line,
        chain: &[String],
    ) -> Result<Option<PathBuf>, Diagnostic> {
        match &line.voice {
            Some(file) => self.media_path(file).map(Some),
            None => self.locale_voice(&line.text, chain),
        }
    }

    /// Check a locale voice file found under `media/`: a regular file inside
    /// the pack of at most [`MAX_MEDIA_BYTES`] (else an error) with a
    /// RIFF/WAVE header (else a warning). Returns the canonical path.
    pub fn check_voice_file(&self, path: &Path) -> Result<PathBuf, Diagnostic> {
        let root = self.dir.canonicalize().map_err(|e| {
            Diagnostic::error("io", &self.dir, format!("cannot open the pack folder: {e}"))
        })?;
        let real = confine(&root, path, MAX_MEDIA_BYTES)?;
        if !is_wav(&real) {
            return Err(Diagnostic::warning(
                "media-format",
                path,
                format!(
                    "{} is not a WAV file (no RIFF/WAVE header); it is not played, the caption is shown alone",
                    shown(&root, path)
                ),
            )
            .with_hint(
                "export it as PCM WAV (16 kHz mono 16-bit is plenty); scripts/make-voices.sh renders one with espeak-ng",
            ));
        }
        Ok(real)
    }

    /// Message ids of the pack's spoken texts: every line's text and every
    /// browser locker's `voice`. These are the ids a locale voice file may
    /// be named after.
    pub fn spoken_texts(&self) -> std::collections::BTreeSet<&str> {
        let mut ids = std::collections::BTreeSet::new();
        for step in self.scenario.steps.values() {
            ids.extend(step.lines.iter().map(|l| l.text.as_str()));
            if let crate::model::Scene::BrowserLocker { voice: Some(v), .. } = &step.scene {
                ids.insert(v.as_str());
            }
        }
        ids
    }

    /// The bytes of a media file, after the checks of [`Pack::media_path`]
    /// (reads at most [`MAX_MEDIA_BYTES`]).
    pub fn media_bytes(&self, name: &str) -> Result<Vec<u8>, Diagnostic> {
        let path = self.media_path(name)?;
        let root = self.dir.canonicalize().unwrap_or_else(|_| self.dir.clone());
        read_confined(&root, &path, MAX_MEDIA_BYTES)
    }
}

/// Where the voice of spoken text `id` in locale `tag` lives in the pack at
/// `dir`: `media/<tag>/<id>.wav`. `None` when the tag or the id is not a
/// plain name (letters, digits, `-`, `_`; not starting with `.`), so no
/// lookup can leave the `media/` folder by its name.
pub fn voice_file(dir: &Path, tag: &str, id: &str) -> Option<PathBuf> {
    let plain = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    (plain(tag) && plain(id)).then(|| dir.join(MEDIA_DIR).join(tag).join(format!("{id}.wav")))
}

/// True when the file starts with a RIFF/WAVE header.
fn is_wav(real: &Path) -> bool {
    let mut head = Vec::with_capacity(12);
    let _ = std::fs::File::open(real).and_then(|f| f.take(12).read_to_end(&mut head));
    head.len() == 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WAVE"
}

/// Resolve `path` and check it against the confinement rules: it resolves to
/// a regular file inside `root` (canonical) of at most `limit` bytes. Returns
/// the canonical path. Nothing is opened.
fn confine(root: &Path, path: &Path, limit: u64) -> Result<PathBuf, Diagnostic> {
    let shown = shown(root, path);
    let real = path.canonicalize().map_err(|e| {
        Diagnostic::error("io", path, format!("cannot read file: {e}"))
            .with_hint("check that the file exists and is readable")
    })?;
    if !real.starts_with(root) {
        return Err(Diagnostic::error(
            "outside-pack",
            path,
            format!("{shown} leads outside the pack folder (a symbolic link or a path out of it); it is not read"),
        )
        .with_hint("copy the file into the pack folder instead of linking to it"));
    }
    let meta = std::fs::metadata(&real).map_err(|e| {
        Diagnostic::error("io", path, format!("cannot read file: {e}"))
            .with_hint("check that the file is readable")
    })?;
    if !meta.is_file() {
        return Err(Diagnostic::error(
            "not-a-file",
            path,
            format!("{shown} is not a regular file (a folder, device or pipe); it is not read"),
        )
        .with_hint("a pack holds only ordinary files"));
    }
    if meta.len() > limit {
        return Err(too_large(path, &shown, limit));
    }
    Ok(real)
}

/// `path` relative to the pack folder for messages (`locales/en-US.ftl`).
fn shown(root: &Path, path: &Path) -> String {
    let parent_real = path
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .and_then(|p| p.strip_prefix(root).ok().map(Path::to_path_buf));
    match (parent_real, path.file_name()) {
        (Some(dir), Some(name)) => dir.join(name).display().to_string(),
        _ => path.display().to_string(),
    }
}

fn too_large(path: &Path, shown: &str, limit: u64) -> Diagnostic {
    Diagnostic::error(
        "file-too-large",
        path,
        format!(
            "{shown} is larger than the limit of {} KiB; it is not read",
            limit / 1024
        ),
    )
    .with_hint("see \"Limits\" in docs/AUTHORING.md; split or shrink the file")
}

/// Read a file of the pack rooted at `root` (a canonical folder) under the
/// confinement rules: inside the pack, a regular file, at most `limit` bytes
/// (also enforced while reading, should the file grow).
pub fn read_confined(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let real = confine(root, path, limit)?;
    let file = std::fs::File::open(&real).map_err(|e| {
        Diagnostic::error("io", path, format!("cannot read file: {e}"))
            .with_hint("check that the file is readable")
    })?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Diagnostic::error("io", path, format!("cannot read file: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, &shown(root, path), limit));
    }
    Ok(bytes)
}

/// [`read_confined`], then UTF-8: a file that is not UTF-8 is refused with
/// the line and column of the first bad byte.
pub fn read_confined_text(root: &Path, path: &Path, limit: u64) -> Result<String, Diagnostic> {
    let bytes = read_confined(root, path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&e.as_bytes()[..good]).unwrap_or_default();
        let line = prefix.matches('\n').count() + 1;
        let col = prefix[prefix.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        Diagnostic::error("not-utf8", path, "the file is not UTF-8 text")
            .with_hint("save the file as UTF-8 text")
            .at_line_col(line, col)
    })
}
