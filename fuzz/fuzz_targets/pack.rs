//! Pack loading and checking on arbitrary input: never a panic, never a
//! hang, and nothing rendered for a terminal holds a raw control or bidi
//! override character.
//!
//! Input: the RON structure file, then a NUL byte, then the en-US Fluent
//! file, then optionally another NUL and the he-IL file (bytes that are not
//! UTF-8 are replaced, as the loader refuses such files before parsing).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use scamdrill::checker::check_pack;
use scamdrill::diagnostic::is_unsafe_char;
use scamdrill::pack::Pack;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let text = |b: Option<&[u8]>| b.map(|b| String::from_utf8_lossy(b).into_owned());
    let ron = text(parts.next()).unwrap_or_default();
    let dir = Path::new("/nonexistent/fuzz/pack");
    let mut ftl = Vec::new();
    for tag in ["en-US", "he-IL"] {
        if let Some(t) = text(parts.next()) {
            ftl.push((tag.to_owned(), dir.join(format!("locales/{tag}.ftl")), t));
        }
    }
    let (pack, mut diags) = Pack::from_sources(dir, ron, ftl);
    if let Some(p) = &pack {
        diags.extend(check_pack(p, &["en-US".to_owned(), "he-IL".to_owned()]));
    }
    for d in &diags {
        let shown = d.render();
        assert!(
            !shown.chars().any(is_unsafe_char),
            "a rendered diagnostic holds a raw control character: {shown:?}"
        );
        let _ = d.location();
    }
});
