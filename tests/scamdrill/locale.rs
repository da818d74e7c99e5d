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
        "1,620\u{a0}\u{200F}₪"
    );
}

#[test]
fn every_ui_locale_has_every_message() {
    let (ui, _) = UiLocales::load(&root().join("locales"));
    let d = scamdrill::checker::check_ui(&ui);
    assert!(d.is_empty(), "{d:#?}");
    assert!(ui.tags().len() >= 3);
}

// ---- Form of address, regions, regional numbers ----

use scamdrill::locale::{Address, with_region};

/// A shipped pack message in `locale` addressed as `address`, plain text.
fn shipped_line(pack: &str, locale: &str, address: Address, id: &str) -> String {
    let engine = crate::common::engine();
    let mut play = engine.start(pack, locale, 1).unwrap();
    play.text.set_use_isolating(false);
    assert!(play.text.set_address(address), "{locale} offers {address}");
    let line = strip_marks(&play.text.pack(id));
    assert!(
        play.text.problems().is_empty(),
        "{:?}",
        play.text.problems()
    );
    line
}

#[test]
fn hebrew_caller_speaks_to_a_man_a_woman_or_several_people() {
    let m = shipped_line(
        "microsoft-cold-call",
        "he-IL",
        Address::Masculine,
        "call-press",
    );
    let f = shipped_line(
        "microsoft-cold-call",
        "he-IL",
        Address::Feminine,
        "call-press",
    );
    let p = shipped_line(
        "microsoft-cold-call",
        "he-IL",
        Address::Plural,
        "call-press",
    );
    assert!(m.contains("גש למחשב והדלק אותו"), "{m}");
    assert!(f.contains("גשי למחשב והדליקי אותו"), "{f}");
    assert!(p.contains("גשו למחשב והדליקו אותו"), "{p}");
    assert!(m != f && f != p && m != p);
}

#[test]
fn arabic_caller_speaks_to_a_man_a_woman_or_several_people() {
    // A pack that used masculine singular only, and one that used the plural only.
    let m = shipped_line("isp-router-call", "ar", Address::Masculine, "remote-ask");
    let f = shipped_line("isp-router-call", "ar", Address::Feminine, "remote-ask");
    let p = shipped_line("isp-router-call", "ar", Address::Plural, "remote-ask");
    assert!(
        m.starts_with("الآن اقرأ لي") && m.contains("واضغط «قبول»"),
        "{m}"
    );
    assert!(
        f.starts_with("الآن اقرئي لي") && f.contains("واضغطي «قبول»"),
        "{f}"
    );
    assert!(
        p.starts_with("الآن اقرؤوا لي") && p.contains("واضغطوا «قبول»"),
        "{p}"
    );
    let m = shipped_line(
        "microsoft-cold-call",
        "ar",
        Address::Masculine,
        "call-press",
    );
    let f = shipped_line("microsoft-cold-call", "ar", Address::Feminine, "call-press");
    let p = shipped_line("microsoft-cold-call", "ar", Address::Plural, "call-press");
    assert!(m.contains("أن تذهب إلى الحاسوب وتشغّله"), "{m}");
    assert!(f.contains("أن تذهبي إلى الحاسوب وتشغّليه"), "{f}");
    assert!(p.contains("أن تذهبوا إلى الحاسوب وتشغّلوه"), "{p}");
}

#[test]
fn every_message_of_every_shipped_pack_formats_cleanly_in_each_form() {
    let engine = crate::common::engine();
    for pack in &engine.library.packs {
        for locale in ["he-IL", "ar"] {
            for a in Address::ALL {
                let mut play = engine.start(pack.id(), locale, 3).unwrap();
                assert!(play.text.set_address(a));
                for step in pack.scenario.steps.values() {
                    for line in &step.lines {
                        let t = play.text.pack(&line.text);
                        // An unresolved placeable would show as "{$name}".
                        assert!(!t.contains('{'), "{} {locale} {a}: {t}", pack.id());
                    }
                }
                // Every other message too (narration, feedback, lessons).
                for file in &pack.catalog.files[locale] {
                    for id in file.message_ids() {
                        play.text.pack(id);
                    }
                }
                assert!(
                    play.text.problems().is_empty(),
                    "{} {locale} {a}: {:?}",
                    pack.id(),
                    play.text.problems()
                );
            }
        }
    }
}

#[test]
fn only_hebrew_and_arabic_ask_for_a_form_of_address() {
    let (ui, _) = UiLocales::load(&root().join("locales"));
    for tag in ui.tags() {
        let info = &ui.infos[&tag];
        assert_eq!(info.needs_address(), tag == "he-IL" || tag == "ar", "{tag}");
    }
    // Until the trainee chooses, texts use the neutral plural.
    assert_eq!(ui.infos["he-IL"].default_address(), Address::Plural);
    assert_eq!(Address::parse("F"), Some(Address::Feminine));
    assert_eq!("masculine".parse::<Address>(), Ok(Address::Masculine));
    assert!(
        "x".parse::<Address>()
            .unwrap_err()
            .contains("m (masculine)")
    );
}

#[test]
fn a_language_in_another_region_gets_that_regions_money_and_numbers() {
    let (ui, diags) = UiLocales::load(&root().join("locales"));
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(with_region("ar", "EG"), "ar-EG");
    assert_eq!(with_region("he-IL", "US"), "he-US");
    assert_eq!(with_region("en-GB", "GB-SCT"), "en-GB");
    let eg = ui.info("ar-EG").unwrap();
    assert_eq!((eg.tag.as_str(), eg.region.as_str()), ("ar", "EG"));
    assert_eq!(eg.currency.code, "EGP");
    assert_eq!(eg.emergency.as_deref(), Some("122"));
    assert_eq!(eg.report_line, None, "no invented hotline");
    assert!(eg.needs_address() && eg.is_rtl());
    let il = ui.info("ar").unwrap();
    assert_eq!(
        (il.region.as_str(), il.currency.code.as_str()),
        ("IL", "ILS")
    );
    assert_eq!(il.report_line.as_deref(), Some("119"));
    let mx = ui.info("es-MX").unwrap();
    assert_eq!(mx.tag, "es");
    assert_eq!(format_money(148_250, mx), "$1,482.50");
    let he_us = ui.info("he-US").unwrap();
    assert_eq!(
        (he_us.tag.as_str(), he_us.currency.code.as_str()),
        ("he-IL", "USD")
    );
    assert_eq!(
        ui.info("en-US").unwrap().caller_id,
        scamdrill::locale::CallerId::NameAndNumber
    );
    assert_eq!(
        ui.info("en-GB").unwrap().caller_id,
        scamdrill::locale::CallerId::NumberOnly
    );
    // Spanish writes four-digit numbers whole.
    let es = ui.info("es").unwrap();
    assert_eq!(scamdrill::locale::format::format_number(1482, es), "1482");
    assert_eq!(
        scamdrill::locale::format::format_number(14820, es),
        "14.820"
    );
}

#[test]
fn the_debrief_reports_to_the_regions_channel_with_its_numbers() {
    let engine = crate::common::engine();
    let report = |tag: &str| {
        let mut play = engine.start("microsoft-cold-call", tag, 1).unwrap();
        play.text.set_use_isolating(false);
        play.choose("decline", 1000).unwrap();
        strip_marks(&play.debrief().report)
    };
    let eg = report("ar-EG");
    assert!(eg.contains("122") && !eg.contains("119"), "{eg}");
    let il = report("ar");
    assert!(il.contains("119"), "{il}");
    let gb = report("en-GB");
    assert!(
        gb.contains("0300 123 2040") && gb.contains("159") && gb.contains("7726"),
        "{gb}"
    );
    let us = report("en-US");
    assert!(
        us.contains("National Elder Fraud Hotline") && us.contains("1-833-372-8311"),
        "{us}"
    );
    let es = report("es");
    assert!(
        es.contains("Policía Nacional") && es.contains("Guardia Civil") && es.contains("017"),
        "{es}"
    );
    let fr = report("fr");
    assert!(
        fr.contains("0 805 805 817") && fr.contains("THESEE"),
        "{fr}"
    );
    let mx = report("es-MX");
    assert!(mx.contains("911") && !mx.contains("017"), "{mx}");
}

#[test]
fn numbers_in_right_to_left_reports_are_isolated() {
    // Review finding 17: "0300 123 2040" came out reversed in Hebrew.
    let engine = crate::common::engine();
    let mut play = engine.start("microsoft-cold-call", "he-GB", 1).unwrap();
    play.choose("decline", 1000).unwrap();
    let report = play.debrief().report;
    assert!(
        report.contains("\u{2068}0300 123 2040\u{2069}"),
        "{report:?}"
    );
}

#[test]
fn phone_like_digit_runs_are_found_but_not_addresses_or_codes() {
    use scamdrill::checker::phone_digits::phone_like_runs;
    let t = "Call 020 7946 0123 now";
    let runs = phone_like_runs(t);
    assert_eq!(runs.len(), 1);
    let (s, n) = runs[0];
    assert_eq!(&t[s..s + n], "020 7946 0123");
    assert_eq!(phone_like_runs("or dial +44 20 7946 0123.").len(), 1);
    assert_eq!(phone_like_runs("ring 911 today").len(), 1);
    assert!(phone_like_runs("TCP 192.168.1.23:50412   52.113.194.132:443").is_empty());
    assert!(phone_like_runs("ticket INC1234567 at 10:30, 2,417 events").is_empty());
    assert!(phone_like_runs("since 2019, 17 cases").is_empty());
}

#[test]
fn the_checker_warns_on_a_phone_number_typed_into_pack_text() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "alert-body = Call { $phone } now.",
            "alert-body = Call { $phone } or 0808 157 0123 now.",
        )
    });
    let diags = crate::common::diagnostics_of(t.path());
    let d = crate::common::only(&diags, "phone-in-text");
    assert!(!d.is_error());
    assert!(
        d.message.contains("0808 157 0123") && d.message.contains("alert-body"),
        "{d:?}"
    );
    assert!(d.file.ends_with("locales/en-US.ftl"));
    assert_eq!(d.line, 7);
    assert_eq!(
        d.column,
        "alert-body = Call { $phone } or ".chars().count() + 1
    );
    assert!(d.hint.as_deref().unwrap_or("").contains("$emergency"));
}

#[test]
fn shipped_packs_type_no_phone_numbers_and_may_use_builtin_variables() {
    let engine = crate::common::engine();
    let found: Vec<_> = engine
        .library
        .diagnostics
        .iter()
        .filter(|d| d.code == "phone-in-text" || d.code == "undefined-variable")
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn cli_play_takes_the_form_of_address_and_the_region() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_scamdrill"))
            .args(args)
            .env_remove("SCAMDRILL_CONFIG")
            .env("HOME", home.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        strip_marks(&String::from_utf8_lossy(&out.stdout))
    };
    let f = run(&[
        "play",
        "--scenario",
        "microsoft-cold-call",
        "--locale",
        "he-IL",
        "--address",
        "f",
        "--choices",
        "answer",
    ]);
    assert!(f.contains("בבקשה גשי למחשב"), "{f}");
    let eg = run(&[
        "play",
        "--scenario",
        "microsoft-cold-call",
        "--locale",
        "ar",
        "--region",
        "EG",
        "--choices",
        "decline",
    ]);
    assert!(eg.contains("122"), "{eg}");
}

#[test]
fn the_configuration_may_set_a_default_form_of_address() {
    let c = scamdrill::config::LoadedConfig::parse(
        std::path::Path::new("scamdrill.ron"),
        "Config(organisation: \"X\", region: Some(\"EG\"), address: Some(Feminine))",
    )
    .unwrap();
    assert_eq!(c.config.address, Some(Address::Feminine));
}

/// The start screen asks for the form of address only where the language
/// needs it, and the choice carries into the caller's lines.
#[cfg(feature = "gui")]
#[test]
fn gui_start_screen_asks_hebrew_speakers_how_to_address_them() {
    use scamdrill::gui::state::{Gui, Mode, Screen, UiCommand};
    let address_buttons = |app: &mut bevy::prelude::App| {
        app.world_mut()
            .query::<&scamdrill::gui::theme::Act>()
            .iter(app.world())
            .filter(|a| matches!(a.0, UiCommand::SetAddress(_)))
            .count()
    };
    let mut en = crate::gui::app("en-US");
    assert_eq!(address_buttons(&mut en), 0, "English has no choice to make");
    let mut app = crate::gui::app("he-IL");
    assert_eq!(crate::gui::screen(&app), Screen::Start);
    assert_eq!(address_buttons(&mut app), 3);
    crate::gui::activate(&mut app, UiCommand::SetAddress(Address::Feminine));
    crate::gui::activate(&mut app, UiCommand::SetMode(Mode::Public));
    crate::gui::activate(&mut app, UiCommand::Begin);
    crate::gui::activate(
        &mut app,
        UiCommand::StartScenario("microsoft-cold-call".into()),
    );
    crate::gui::activate(&mut app, UiCommand::Choose("answer".into()));
    let texts: Vec<String> = app
        .world_mut()
        .query::<&bevy::prelude::Text>()
        .iter(app.world())
        .map(|t| strip_marks(&t.0))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("גשי למחשב")),
        "feminine caller line shown: {texts:?}"
    );
    let gui = app.world().resource::<Gui>();
    assert_eq!(
        gui.play.as_ref().unwrap().text.context().address,
        Address::Feminine
    );
}

#[test]
fn a_pack_with_run_state_keeps_the_form_of_address() {
    // gift-card-pressure declares state (a running total), so its lines are
    // formatted with the state as well: the form of address must still apply.
    let engine = crate::common::engine();
    let mut play = engine.start("gift-card-pressure", "he-IL", 1).unwrap();
    play.set_use_isolating(false);
    assert!(play.text.set_address(Address::Plural));
    let plural = strip_marks(&play.msg("call-problem"));
    assert!(play.text.set_address(Address::Masculine));
    let masculine = strip_marks(&play.msg("call-problem"));
    assert!(plural.contains("שלכם"), "{plural}");
    assert!(
        masculine.contains("שלך") && !masculine.contains("שלכם"),
        "{masculine}"
    );
    assert!(play.problems().is_empty(), "{:?}", play.problems());
}

// ---- The clock and date on the simulated PC and phone ----

#[test]
fn the_taskbar_and_phone_show_time_and_date_the_locales_way() {
    use scamdrill::locale::clock::{phone_time, taskbar_date, taskbar_time, weekday_and_date};
    let (ui, _) = UiLocales::load(&root().join("locales"));
    let day = time::macros::date!(2026 - 12 - 01);
    let show = |tag: &str, h: u8, m: u8| {
        let info = ui.info(tag).unwrap();
        let plain = |s: String| strip_marks(&s).replace(['\u{202f}', '\u{a0}'], " ");
        (
            plain(taskbar_time(info, h, m)),
            plain(taskbar_date(info, day)),
            plain(phone_time(info, h, m)),
            plain(weekday_and_date(info, day)),
        )
    };
    let all = |a: &str, b: &str, c: &str, d: &str| {
        (a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned())
    };
    // A US PC: 12-hour with AM/PM, month first; the phone drops AM/PM.
    assert_eq!(
        show("en-US", 10, 42),
        all("10:42 AM", "12/1/2026", "10:42", "Tuesday, December 1")
    );
    assert_eq!(
        show("en-US", 14, 5),
        all("2:05 PM", "12/1/2026", "2:05", "Tuesday, December 1")
    );
    // Britain and Israel: 24-hour, day first.
    assert_eq!(
        show("en-GB", 14, 5),
        all("14:05", "01/12/2026", "14:05", "Tuesday 1 December")
    );
    assert_eq!(
        show("he-IL", 14, 5),
        all("14:05", "1.12.2026", "14:05", "יום שלישי, 1 בדצמבר")
    );
    // Arabic follows its region: 24-hour in Israel, ص/م in Egypt; Western digits.
    assert_eq!(
        show("ar", 14, 5),
        all("14:05", "1/12/2026", "14:05", "الثلاثاء، 1 ديسمبر")
    );
    assert_eq!(
        show("ar-EG", 14, 5),
        all("2:05 م", "1/12/2026", "2:05", "الثلاثاء، 1 ديسمبر")
    );
    assert_eq!(show("fr", 9, 7).1, "01/12/2026");
    // The wall clock the desk draws is these four, and has a fallback.
    let us = scamdrill::locale::clock::WallClock::at(ui.info("en-US"), 14, 5, day);
    assert_eq!(
        (
            us.time.as_str(),
            us.date.as_str(),
            us.phone.as_str(),
            us.day.as_str()
        ),
        // ICU writes a narrow no-break space before the day period.
        ("2:05\u{202f}PM", "12/1/2026", "2:05", "Tuesday, December 1")
    );
    let bare = scamdrill::locale::clock::WallClock::at(None, 9, 7, day);
    assert_eq!(
        (bare.time.as_str(), bare.date.as_str()),
        ("09:07", "2026-12-01")
    );
    // Shown texts in a right-to-left locale start with the RLM, as all do.
    let he = ui.info("he-IL").unwrap();
    assert!(weekday_and_date(he, day).starts_with(RLM));
    assert!(taskbar_time(he, 9, 7).starts_with(RLM) && phone_time(he, 9, 7).starts_with(RLM));
    assert_eq!(show("es", 9, 7).3, "martes, 1 de diciembre");
}
