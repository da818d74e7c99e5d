//! Voices (issue 9): a spoken text is voiced when the pack ships
//! `media/<tag>/<message-id>.wav` for a locale of the run's fallback chain;
//! the file is confined and checked like every pack file; the checker warns
//! for voices nobody plays and for files that are not WAV; the shipped
//! lockers speak in every locale.

use std::path::{Path, PathBuf};

use scamdrill::pack::{MAX_MEDIA_BYTES, Pack, voice_file};
use scamdrill::view::SceneView;

use crate::common::{diagnostics_of, engine, engine_with, mini_with, only, replace_in, root, wav};

/// The mini pack with a locker voice message (`alert-voice`) and the voice
/// files `files` (paths under `media/`) written as WAV.
fn voiced(files: &[&str], edit: impl FnOnce(&Path)) -> tempfile::TempDir {
    mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"phone_var: "phone")"#,
            r#"phone_var: "phone", voice: Some("alert-voice"))"#,
        );
        for tag in ["en-US", "he-IL"] {
            let ftl = p.join("locales").join(format!("{tag}.ftl"));
            let mut text = std::fs::read_to_string(&ftl).unwrap();
            text.push_str("alert-voice = Warning. Call now.\n");
            std::fs::write(&ftl, text).unwrap();
        }
        for f in files {
            let path = p.join("media").join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, wav(160)).unwrap();
        }
        edit(p);
    })
}

fn media(t: &tempfile::TempDir, rel: &str) -> PathBuf {
    t.path()
        .join("mini/media")
        .join(rel)
        .canonicalize()
        .unwrap()
}

fn chain(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| (*t).to_owned()).collect()
}

fn pack_of(t: &tempfile::TempDir) -> Pack {
    Pack::load(&t.path().join("mini"))
        .0
        .expect("the pack parses")
}

#[test]
fn a_locale_voice_is_found_along_the_fallback_chain() {
    let t = voiced(
        &[
            "en-US/alert-voice.wav",
            "en-US/call-line.wav",
            "he-IL/call-line.wav",
        ],
        |_| {},
    );
    let diags = diagnostics_of(t.path());
    assert!(diags.is_empty(), "{diags:#?}");
    let e = engine_with(t.path());

    // he-IL has no locker voice: the chain falls back to en-US.
    let mut he = e.start("mini", "he-IL", 1).unwrap();
    let v = he.view().unwrap();
    assert!(matches!(v.scene, SceneView::BrowserLocker { .. }));
    assert_eq!(v.scene_voice, Some(media(&t, "en-US/alert-voice.wav")));
    // The call line has its own Hebrew voice.
    he.choose("call", 1000).unwrap();
    let v = he.view().unwrap();
    assert_eq!(v.lines.len(), 1);
    assert_eq!(v.lines[0].voice, Some(media(&t, "he-IL/call-line.wav")));
    assert_eq!(v.scene_voice, None, "a call scene has no voice of its own");

    let mut en = e.start("mini", "en-US", 1).unwrap();
    en.choose("call", 1000).unwrap();
    assert_eq!(
        en.view().unwrap().lines[0].voice,
        Some(media(&t, "en-US/call-line.wav"))
    );
}

#[test]
fn without_a_voice_file_the_caption_stands_alone() {
    let t = voiced(&["he-IL/alert-voice.wav"], |_| {});
    assert!(diagnostics_of(t.path()).is_empty());
    let e = engine_with(t.path());
    // en-US does not fall back to Hebrew.
    let mut en = e.start("mini", "en-US", 1).unwrap();
    assert_eq!(en.view().unwrap().scene_voice, None);
    en.choose("call", 1000).unwrap();
    let v = en.view().unwrap();
    assert_eq!(v.lines[0].voice, None);
    assert!(!v.lines[0].text.is_empty(), "the caption is still there");
}

#[test]
fn a_lines_own_voice_file_wins_over_the_locale_voice() {
    let t = voiced(&["en-US/call-line.wav", "calls/caller.wav"], |p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"text: "call-line")"#,
            r#"text: "call-line", voice: Some("calls/caller.wav"))"#,
        );
    });
    let diags = diagnostics_of(t.path());
    assert!(
        diags.is_empty(),
        "the named file is not a stray: {diags:#?}"
    );
    let e = engine_with(t.path());
    let mut en = e.start("mini", "en-US", 1).unwrap();
    en.choose("call", 1000).unwrap();
    assert_eq!(
        en.view().unwrap().lines[0].voice,
        Some(media(&t, "calls/caller.wav"))
    );
}

#[test]
fn voice_names_stay_inside_the_media_folder() {
    let dir = Path::new("/p");
    assert_eq!(
        voice_file(dir, "he-IL", "locker-voice"),
        Some(PathBuf::from("/p/media/he-IL/locker-voice.wav"))
    );
    for (tag, id) in [
        ("..", "x"),
        ("he-IL", "../x"),
        ("he-IL", ".hidden"),
        ("a/b", "x"),
        ("", "x"),
        ("he-IL", ""),
        ("he-IL", "x\0"),
    ] {
        assert_eq!(voice_file(dir, tag, id), None, "{tag:?} {id:?}");
    }
}

#[test]
fn a_voice_linked_out_of_the_pack_is_refused_with_its_file() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.wav"), wav(10)).unwrap();
    let target = outside.path().join("secret.wav");
    let t = voiced(&[], |p| {
        std::fs::create_dir_all(p.join("media/en-US")).unwrap();
        std::os::unix::fs::symlink(&target, p.join("media/en-US/alert-voice.wav")).unwrap();
    });
    let pack = pack_of(&t);
    let e = pack
        .locale_voice("alert-voice", &chain(&["en-US"]))
        .unwrap_err();
    assert_eq!(e.code, "outside-pack");
    assert!(e.is_error());
    assert!(e.file.ends_with("media/en-US/alert-voice.wav"), "{e}");
    assert!(e.message.contains("outside the pack"), "{e}");
    let d = only(&diagnostics_of(t.path()), "outside-pack");
    assert!(d.file.ends_with("media/en-US/alert-voice.wav"), "{d}");
}

#[test]
fn a_locale_folder_linked_out_of_the_pack_is_not_listed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("alert-voice.wav"), wav(10)).unwrap();
    let target = outside.path().to_owned();
    let t = voiced(&[], |p| {
        std::fs::create_dir_all(p.join("media")).unwrap();
        std::os::unix::fs::symlink(&target, p.join("media/en-US")).unwrap();
    });
    let d = only(&diagnostics_of(t.path()), "outside-pack");
    assert!(d.file.ends_with("media/en-US"), "{d}");
    let e = pack_of(&t)
        .locale_voice("alert-voice", &chain(&["en-US"]))
        .unwrap_err();
    assert_eq!(e.code, "outside-pack");
}

#[test]
fn a_huge_voice_is_refused_before_it_is_read() {
    let t = voiced(&[], |p| {
        std::fs::create_dir_all(p.join("media/he-IL")).unwrap();
        let f = std::fs::File::create(p.join("media/he-IL/call-line.wav")).unwrap();
        f.set_len(MAX_MEDIA_BYTES + 1).unwrap(); // sparse
    });
    let e = pack_of(&t)
        .locale_voice("call-line", &chain(&["he-IL", "en-US"]))
        .unwrap_err();
    assert_eq!(e.code, "file-too-large");
    assert!(e.message.contains("media/he-IL/call-line.wav"), "{e}");
    let d = only(&diagnostics_of(t.path()), "file-too-large");
    assert!(d.is_error() && d.file.ends_with("media/he-IL/call-line.wav"));
}

#[test]
fn a_voice_that_is_not_a_wav_is_a_warning_and_stays_silent() {
    let t = voiced(&["en-US/alert-voice.wav"], |p| {
        std::fs::write(p.join("media/en-US/call-line.wav"), b"ID3\x03 an mp3").unwrap();
    });
    let d = only(&diagnostics_of(t.path()), "media-format");
    assert!(!d.is_error(), "a warning: {d}");
    assert!(d.file.ends_with("media/en-US/call-line.wav"), "{d}");
    assert!(d.message.contains("not a WAV"), "{d}");
    assert!(d.hint.as_deref().unwrap().contains("make-voices.sh"), "{d}");
    // A warning does not reject the pack; the line is shown, not voiced.
    let e = engine_with(t.path());
    let mut en = e.start("mini", "en-US", 1).unwrap();
    assert!(en.view().unwrap().scene_voice.is_some());
    en.choose("call", 1000).unwrap();
    assert_eq!(en.view().unwrap().lines[0].voice, None);
}

#[test]
fn the_checker_warns_for_voices_nobody_plays() {
    let t = voiced(
        &[
            "fr/alert-voice.wav",    // fr is not a locale of the pack
            "en-US/choice-call.wav", // a label, not a spoken text
            "en-US/alert-voice.wav", // fine
            "he-IL/call-line.wav",   // fine
        ],
        |p| {
            // The sources beside the voices are not findings.
            std::fs::write(p.join("media/en-US/alert-voice.txt"), "Warning.").unwrap();
        },
    );
    let diags = diagnostics_of(t.path());
    assert_eq!(diags.len(), 2, "{diags:#?}");
    let tag = only(&diags, "voice-locale");
    assert!(!tag.is_error() && tag.file.ends_with("media/fr/alert-voice.wav"));
    assert!(tag.message.contains("\"fr\""), "{tag}");
    assert!(
        tag.hint.as_deref().unwrap().contains("en-US, he-IL"),
        "{tag}"
    );
    let id = only(&diags, "voice-unused");
    assert!(!id.is_error() && id.file.ends_with("media/en-US/choice-call.wav"));
    assert!(id.message.contains("\"choice-call\""), "{id}");
}

/// The RIFF fields of a WAV: (channels, sample rate, bits a sample).
fn format_of(bytes: &[u8]) -> (u16, u32, u16) {
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
    assert_eq!(&bytes[12..16], b"fmt ");
    (u16_at(22), u32_at(24), u16_at(34))
}

#[test]
fn the_shipped_lockers_speak_in_every_locale() {
    let e = engine();
    let mut voiced = 0;
    for pack in &e.library.packs {
        let locker_voice = pack.scenario.steps.values().find_map(|s| match &s.scene {
            scamdrill::model::Scene::BrowserLocker { voice: Some(v), .. } => Some(v.clone()),
            _ => None,
        });
        let Some(id) = locker_voice else { continue };
        for tag in &pack.scenario.locales {
            let path = pack
                .locale_voice(&id, std::slice::from_ref(tag))
                .unwrap()
                .unwrap_or_else(|| panic!("{}: no {tag} voice for {id}", pack.id()));
            assert!(path.ends_with(format!("media/{tag}/{id}.wav")));
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(format_of(&bytes), (1, 16000, 16), "{}", path.display());
            assert!(bytes.len() < 400 * 1024, "{} is small", path.display());
            let source = std::fs::read_to_string(path.with_extension("txt")).unwrap();
            let ftl = std::fs::read_to_string(pack.dir.join("locales").join(format!("{tag}.ftl")))
                .unwrap();
            let first = source.lines().next().unwrap();
            assert!(
                ftl.contains(&format!("{id} = {first}\n")),
                "{}: the source text is the message",
                path.display()
            );
            assert!(source.contains("espeak-ng -v"), "the command ships too");
            voiced += 1;
        }
    }
    assert!(voiced >= 12, "two lockers in six locales: {voiced}");
    // And the run sees them: a Hebrew popup-locker run hears Hebrew.
    let mut he = e.start("popup-locker", "he-IL", 5).unwrap();
    assert_eq!(he.view().unwrap().scene_voice, None, "the page before");
    he.choose("open-link", 1000).unwrap();
    let v = he.view().unwrap();
    assert!(
        v.scene_voice
            .unwrap()
            .ends_with("popup-locker/media/he-IL/locker-voice.wav")
    );
    assert!(root().join("scripts/make-voices.sh").exists());
}

#[test]
fn a_voice_named_in_another_case_is_warned_about_and_never_played() {
    let t = voiced(&[], |p| {
        std::fs::create_dir_all(p.join("media/en-US")).unwrap();
        std::fs::write(p.join("media/en-US/alert-voice.WAV"), wav(10)).unwrap();
    });
    let d = only(&diagnostics_of(t.path()), "voice-name");
    assert!(
        !d.is_error() && d.file.ends_with("media/en-US/alert-voice.WAV"),
        "{d}"
    );
    assert!(d.hint.as_deref().unwrap().contains(".wav"), "{d}");
    assert_eq!(
        pack_of(&t)
            .locale_voice("alert-voice", &chain(&["en-US"]))
            .unwrap(),
        None
    );
}
