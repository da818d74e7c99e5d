//! Voice files: every file a line names passes [`Pack::media_path`]; every
//! locale voice `media/<tag>/<id>.wav` is named after a spoken text of the
//! pack and a locale it declares, and is a WAV file inside the pack.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::pack::{MEDIA_DIR, Pack};

/// Most entries looked at in `media/` and in each of its folders.
const MAX_ENTRIES: usize = 4096;

pub fn check(pack: &Pack) -> Vec<Diagnostic> {
    let mut diags = explicit(pack);
    diags.extend(locale_voices(pack));
    diags
}

/// Every voice file the pack names passes [`Pack::media_path`] (inside the
/// pack, a regular WAV file within the size limit). One finding per name.
fn explicit(pack: &Pack) -> Vec<Diagnostic> {
    let mut seen = BTreeSet::new();
    explicit_names(pack)
        .into_iter()
        .filter(|v| seen.insert(*v))
        .filter_map(|v| pack.media_path(v).err())
        .collect()
}

fn explicit_names(pack: &Pack) -> Vec<&str> {
    pack.scenario
        .steps
        .values()
        .flat_map(|st| st.lines.iter().filter_map(|l| l.voice.as_deref()))
        .collect()
}

/// The entries of a folder of the pack, sorted, at most [`MAX_ENTRIES`].
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .take(MAX_ENTRIES)
        .map(|e| e.path())
        .collect();
    v.sort();
    v
}

/// `media/<tag>/<id>.wav` files: the tag is a locale of the pack, the id a
/// spoken text, the file a WAV inside the pack. Files a line names
/// explicitly (`voice: Some("calls/x.wav")`) are checked by [`explicit`].
fn locale_voices(pack: &Pack) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let Ok(root) = pack.dir.canonicalize() else {
        return diags;
    };
    let media = pack.dir.join(MEDIA_DIR);
    let Ok(media_real) = media.canonicalize() else {
        return diags; // no media folder
    };
    let leads_out = |dir: &Path| {
        Diagnostic::error(
            "outside-pack",
            dir,
            format!(
                "{} leads outside the pack folder (a symbolic link); it is not read",
                dir.strip_prefix(&pack.dir).unwrap_or(dir).display()
            ),
        )
        .with_hint("copy the voice files into the pack folder instead of linking to them")
    };
    if !media_real.starts_with(&root) {
        diags.push(leads_out(&media));
        return diags;
    }
    let named: BTreeSet<PathBuf> = explicit_names(pack)
        .into_iter()
        .map(|n| media.join(n))
        .collect();
    let spoken = pack.spoken_texts();
    let locales = &pack.scenario.locales;
    for dir in entries(&media) {
        let Ok(real) = dir.canonicalize() else {
            continue;
        };
        if !real.is_dir() {
            continue; // a file of media/ itself: only lines name those
        }
        if !real.starts_with(&root) {
            diags.push(leads_out(&dir));
            continue;
        }
        let tag = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        for file in entries(&dir) {
            let ext = file.extension().map(|x| x.to_string_lossy().to_string());
            if !ext
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case("wav"))
                || named.contains(&file)
            {
                continue;
            }
            if ext.as_deref() != Some("wav") {
                // Looked up as `<id>.wav`: another case is never found.
                diags.push(
                    Diagnostic::warning(
                        "voice-name",
                        &file,
                        format!(
                            "{MEDIA_DIR}/{tag}/{}: a locale voice is looked up as <id>.wav; this one is never played",
                            file.file_name().unwrap_or_default().to_string_lossy()
                        ),
                    )
                    .with_hint("rename the file with a lower-case .wav"),
                );
                continue;
            }
            let id = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let shown = format!(
                "{MEDIA_DIR}/{tag}/{}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
            if !locales.contains(&tag) {
                diags.push(
                    Diagnostic::warning(
                        "voice-locale",
                        &file,
                        format!("{shown}: \"{tag}\" is not a locale of this pack; the voice is never played"),
                    )
                    .with_hint(format!(
                        "put locale voices in {MEDIA_DIR}/<tag>/ for a tag of `locales` ({}), or name this file in a line's `voice`",
                        locales.join(", ")
                    )),
                );
            } else if !spoken.contains(id.as_str()) {
                diags.push(
                    Diagnostic::warning(
                        "voice-unused",
                        &file,
                        format!("{shown}: \"{id}\" is not a spoken text of this pack (a line's text or a locker's `voice`); the voice is never played"),
                    )
                    .with_hint(
                        "name the file after the message id it speaks (e.g. locker-voice.wav), or remove it",
                    ),
                );
            } else if let Err(d) = pack.check_voice_file(&file) {
                diags.push(d);
            }
        }
    }
    diags
}
