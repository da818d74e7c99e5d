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
