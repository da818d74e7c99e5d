//! No missing-glyph boxes: every character the app can show, in every pack,
//! locale and UI message, is in the shipped font (bidi and isolation marks
//! are invisible controls the shaper drops).

use std::collections::BTreeSet;

use scamdrill::locale::bidi::strip_marks;

use crate::common::{engine, root};

fn invisible(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\n' | '\r' | '\t' | '\u{200B}'..='\u{200D}' | '\u{FEFF}')
}

#[test]
fn the_shipped_font_covers_every_character_shown() {
    let data = std::fs::read(root().join("assets/fonts/DejaVuSans.ttf")).unwrap();
    let face = ttf_parser::Face::parse(&data, 0).unwrap();
    let e = engine();
    let mut shown = String::new();
    for tag in e.ui.tags() {
        for f in e.ui.catalog.files.get(&tag).into_iter().flatten() {
            shown.push_str(&f.source);
        }
        shown.push_str(&e.ui.infos[&tag].name);
    }
    for pack in &e.library.packs {
        for path in scamdrill::cli::all_paths_of(pack).iter().take(50) {
            for locale in &pack.scenario.locales {
                let mut play = e.start(pack.id(), locale, 3).unwrap();
                for c in path {
                    shown.push_str(&serde_json::to_string(&play.view()).unwrap());
                    play.choose(c, 0).unwrap();
                }
                shown.push_str(&serde_json::to_string(&play.view()).unwrap());
                shown.push_str(&serde_json::to_string(&play.debrief()).unwrap());
            }
        }
    }
    // Symbols the GUI draws itself.
    shown.push_str("⚠⚑✔○⊞☐✕—→•♪☎◉➤▭⇄✉A−");
    let missing: BTreeSet<char> = strip_marks(&shown)
        .chars()
        .filter(|c| !invisible(*c) && face.glyph_index(*c).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "characters without a glyph in DejaVu Sans: {:?}",
        missing
            .iter()
            .map(|c| format!("{c} U+{:04X}", *c as u32))
            .collect::<Vec<_>>()
    );
}
