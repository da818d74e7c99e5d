//! No input bytes make the loader panic.

use std::path::Path;

use proptest::prelude::*;
use scamdrill::pack::Pack;

fn load(ron: String, ftl: String) {
    let dir = Path::new("/fuzz/pack");
    let (pack, _diags) = Pack::from_sources(
        dir,
        ron,
        vec![("en-US".into(), dir.join("locales/en-US.ftl"), ftl)],
    );
    if let Some(p) = pack {
        let _ = scamdrill::checker::check_pack(&p, &["en-US".to_string()]);
    }
}

const MINI: &str = include_str!("../fixtures/mini/scenario.ron");
const MINI_FTL: &str = include_str!("../fixtures/mini/locales/en-US.ftl");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn arbitrary_text_never_panics(ron in ".{0,400}", ftl in ".{0,400}") {
        load(ron, ftl);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let s = String::from_utf8_lossy(&bytes).into_owned();
        load(s.clone(), s);
    }

    /// Mutations of a valid pack (cut, splice, duplicate) never panic.
    #[test]
    fn mutated_valid_packs_never_panic(cut in 0usize..3000, len in 0usize..200, insert in ".{0,30}", fcut in 0usize..1000) {
        let mut ron = MINI.to_string();
        let at = floor(&ron, cut.min(ron.len()));
        let end = floor(&ron, (at + len).min(ron.len()));
        ron.replace_range(at..end, &insert);
        let mut ftl = MINI_FTL.to_string();
        let f = floor(&ftl, fcut.min(ftl.len()));
        ftl.insert_str(f, &insert);
        load(ron, ftl);
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Characters pack text may not hold (a sample across the ranges).
const FORBIDDEN: &[char] = &[
    '\0', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{202A}',
    '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A forbidden character put anywhere in a message's text is reported at
    /// its own line and column, and the pack is not accepted.
    #[test]
    fn an_injected_control_character_is_always_found_where_it_is(
        pick in 0usize..FORBIDDEN.len(),
        line in 0usize..24,
        col in 0usize..40,
    ) {
        let c = FORBIDDEN[pick];
        let mut lines: Vec<String> = MINI_FTL.lines().map(str::to_owned).collect();
        let l = &mut lines[line];
        // After the `=`, so the character sits in the text, not the id.
        let eq = l.find('=').unwrap() + 2;
        let at = floor(l, (eq + col).min(l.len()));
        l.insert(at, c);
        let col_chars = l[..at].chars().count() + 1;
        let ftl = lines.join("\n") + "\n";
        let dir = Path::new("/fuzz/pack");
        let (_, diags) = Pack::from_sources(
            dir,
            MINI.to_owned(),
            vec![("en-US".into(), dir.join("locales/en-US.ftl"), ftl)],
        );
        let found: Vec<_> = diags
            .iter()
            .filter(|d| d.code == "control-character" || d.code == "bidi-control")
            .collect();
        prop_assert_eq!(found.len(), 1, "{:#?}", diags);
        prop_assert!(found[0].is_error());
        prop_assert_eq!((found[0].line, found[0].column), (line + 1, col_chars));
    }

    /// Whatever text a diagnostic carries, escaping leaves no raw control.
    #[test]
    fn escaped_text_holds_no_raw_control(s in "\\PC{0,40}[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]{1,5}\\PC{0,40}") {
        let e = scamdrill::diagnostic::escape_for_terminal(&s);
        prop_assert!(!e.chars().any(scamdrill::diagnostic::is_unsafe_char), "{:?}", e);
    }
}

/// A cut-short `\u`/`\U` escape right before a character of more than one
/// byte: fluent-syntax 0.12 panics quoting it (projectfluent/fluent-rs#389;
/// our fuzzer found it). The file gets a located error instead.
#[test]
fn a_cut_short_unicode_escape_before_a_wide_character_is_an_error_not_a_panic() {
    use scamdrill::locale::FtlFile;
    // The first is the upstream report: `u` and a combining caron.
    for bad in [
        "a={\"\\u\u{30c}",
        "a = {\"\\u12é\"}",
        "a = {\"\\U1234ب\"}",
        "a = {\"\\\\\\u1ä\"}",
    ] {
        let source = format!("ok = fine\n{bad}\nlater = still here\n");
        let (file, diags) = FtlFile::parse(Path::new("/p/locales/en-US.ftl"), source);
        let errors: Vec<_> = diags.iter().filter(|d| d.code == "fluent-syntax").collect();
        assert_eq!(errors.len(), 1, "{bad}: {diags:#?}");
        assert_eq!(errors[0].line, 2, "{bad}: {:?}", errors[0]);
        assert!(
            errors[0]
                .hint
                .as_deref()
                .unwrap_or("")
                .contains("exactly 4 hex digits"),
            "{:?}",
            errors[0]
        );
        assert_eq!(
            file.message_ids(),
            ["ok", "later"],
            "{bad}: the other entries are kept"
        );
    }
}

/// The same letters in plain text are text, kept as written.
#[test]
fn a_backslash_u_in_plain_text_stays_text() {
    use scamdrill::locale::{Catalog, FtlFile};
    let (file, diags) = FtlFile::parse(
        Path::new("/p/locales/es-ES.ftl"),
        "path = Abra C:\\uñas\\U12ü y {\"\\u00E9\"}\n".to_owned(),
    );
    assert!(diags.is_empty(), "{diags:#?}");
    let mut catalog = Catalog::default();
    catalog.add("es-ES", file);
    let shown = catalog
        .bundles(&["es-ES".to_owned()])
        .format("path", None)
        .expect("formats");
    assert_eq!(shown.text, "Abra C:\\uñas\\U12ü y é");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    /// Any escape-like run inside or outside a literal, before any character.
    #[test]
    fn escape_like_runs_never_panic(pre in "[a-z ={\"]{0,6}", u in "[uU]", hex in "[0-9a-fA-F]{0,6}", c in "\\PC", post in "[ }\"]{0,3}") {
        let ftl = format!("m = {pre}\\{u}{hex}{c}{post}\n");
        load(MINI.to_owned(), ftl);
    }
}
