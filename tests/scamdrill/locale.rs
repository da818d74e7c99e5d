//! Locale negotiation, fallback of missing messages, RTL marks, formatting.

use scamdrill::locale::bidi::{RLM, for_display, strip_marks};
use scamdrill::locale::format::format_money;
use scamdrill::locale::{UiLocales, fallback_chain};

use crate::common::{engine_with, fixtures, mini_with, replace_in, root};

fn tags() -> Vec<String> {
    ["en-GB", "en-US", "he-IL"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn hebrew_falls_back_to_english() {
    assert_eq!(fallback_chain("he-IL", &tags()), vec!["he-IL", "en-US"]);
    assert_eq!(fallback_chain("he", &tags()), vec!["he-IL", "en-US"]);
}

#[test]
fn english_regions_prefer_their_own_then_us() {
    assert_eq!(fallback_chain("en-GB", &tags())[0], "en-GB");
    assert!(fallback_chain("en-GB", &tags()).contains(&"en-US".to_string()));
    assert_eq!(fallback_chain("en-US", &tags())[0], "en-US");
}

#[test]
fn unknown_language_gets_the_default() {
    assert_eq!(fallback_chain("sw-KE", &tags()), vec!["en-US"]);
}

#[test]
fn a_message_missing_in_hebrew_shows_in_english() {
    // The checker rejects such a pack, so load it unchecked through Pack::load.
    let t = mini_with(|p| replace_in(&p.join("locales/he-IL.ftl"), "choice-pay = לשלם\n", ""));
    let (pack, _) = scamdrill::pack::Pack::load(&t.path().join("mini"));
    let pack = std::sync::Arc::new(pack.expect("parses"));
    let (ui, _) = UiLocales::load(&root().join("locales"));
    let info = ui.info("he-IL").unwrap();
    let mut run = scamdrill::runner::Run::start(pack.clone(), "he-IL", info, 1);
    run.choose("call", 1000).unwrap();
    run.choose("allow", 2000).unwrap();
    let text = scamdrill::text::RunText::new(&ui, &pack, "he-IL", run.values());
    let view = scamdrill::view::StepView::of(&run, &text).unwrap();
    let labels: Vec<String> = view.choices.iter().map(|c| strip_marks(&c.label)).collect();
    assert_eq!(labels, vec!["Pay", "לסרב"]);
}

#[test]
fn every_hebrew_string_starts_with_rlm_even_when_it_begins_with_latin() {
    let engine = engine_with(&fixtures());
    let play = engine.start("mini", "he-IL", 7).unwrap();
    let view = play.view().unwrap();
    let scamdrill::view::SceneView::BrowserLocker {
        title, body, phone, ..
    } = &view.scene
    else {
        panic!("locker")
    };
    assert!(title.starts_with(RLM), "{title:?}");
    assert!(strip_marks(title).starts_with("Microsoft"));
    assert!(body.starts_with(RLM) && phone.starts_with(RLM));
    assert!(view.rtl);
    // English gets no mark.
    let en = engine.start("mini", "en-US", 7).unwrap().view().unwrap();
    let scamdrill::view::SceneView::BrowserLocker { title, .. } = &en.scene else {
        panic!()
    };
    assert!(!title.starts_with(RLM));
    assert!(!en.rtl);
}

#[test]
fn placeables_are_isolated_and_marks_strip_cleanly() {
    let engine = engine_with(&fixtures());
    let play = engine.start("mini", "he-IL", 7).unwrap();
    let scamdrill::view::SceneView::BrowserLocker { body, .. } = &play.view().unwrap().scene else {
        panic!()
    };
    assert!(
        body.contains('\u{2068}') && body.contains('\u{2069}'),
        "Fluent isolates the number: {body:?}"
    );
    let plain = strip_marks(body);
    assert!(!plain.contains(['\u{2068}', '\u{2069}', RLM]));
    assert!(
        plain.starts_with("התקשרו עכשיו למספר 1-800-000-"),
        "{plain}"
    );
}

#[test]
fn for_display_adds_the_mark_once() {
    assert_eq!(for_display("שלום", true), "\u{200F}שלום");
    assert_eq!(for_display("\u{200F}שלום", true), "\u{200F}שלום");
    assert_eq!(for_display("Hello", false), "Hello");
}

#[test]
fn money_is_written_the_local_way() {
    let (ui, diags) = UiLocales::load(&root().join("locales"));
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(
        format_money(123_456, ui.info("en-US").unwrap()),
        "$1,234.56"
    );
    assert_eq!(format_money(45_000, ui.info("en-GB").unwrap()), "£450.00");
    assert_eq!(
        format_money(1_620, ui.info("he-IL").unwrap()),
        "1,620\u{a0}₪"
    );
}

#[test]
fn every_ui_locale_has_every_message() {
    let (ui, _) = UiLocales::load(&root().join("locales"));
    let d = scamdrill::checker::check_ui(&ui);
    assert!(d.is_empty(), "{d:#?}");
    assert!(ui.tags().len() >= 3);
}
