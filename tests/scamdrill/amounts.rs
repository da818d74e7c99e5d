//! Amounts: rounding as the pack says, conversion at the dated rate, derived
//! amounts, counts in messages, and number grouping per locale (ICU4X).

use std::path::Path;
use std::sync::Arc;

use scamdrill::locale::format::{format_money, format_number};
use scamdrill::locale::{LocaleInfo, UiLocales};
use scamdrill::pack::Pack;
use scamdrill::variables::{amount_local_minor, amount_usd, draw};

use crate::common::{copy_dir, diagnostics_of, mini_with, replace_in, root};

const MINI_AMOUNT: &str = r#""amount": Amount(min: 100, max: 400, step: 10),"#;

fn ui() -> UiLocales {
    UiLocales::load(&root().join("locales")).0
}

/// The mini pack with its `amount` variable replaced by `vars`, loaded unchecked.
fn mini_pack(vars: &str) -> (tempfile::TempDir, Arc<Pack>) {
    let t = mini_with(|p| replace_in(&p.join("scenario.ron"), MINI_AMOUNT, vars));
    let (pack, diags) = Pack::load(&t.path().join("mini"));
    let pack = pack.unwrap_or_else(|| panic!("parses: {diags:#?}"));
    (t, Arc::new(pack))
}

fn text(pack: &Pack, info: &LocaleInfo, seed: u64, name: &str) -> String {
    let values = draw(&pack.scenario, info, seed);
    match values.0.get(name) {
        Some(scamdrill::variables::Value::Text(t)) => t.clone(),
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn an_exact_amount_shows_the_drawn_dollars_and_a_step_amount_is_rounded() {
    let (_t, exact) = mini_pack(r#""amount": Amount(min: 27, max: 58, step: 1, round: Exact),"#);
    let (_u, step) = mini_pack(r#""amount": Amount(min: 27, max: 58, step: 10),"#);
    let ui = ui();
    let us = ui.info("en-US").unwrap();
    let mut not_round = 0;
    for seed in 0..40 {
        let usd = amount_usd(&exact.scenario, seed, "amount").unwrap();
        assert!((27..=58).contains(&usd));
        assert_eq!(text(&exact, us, seed, "amount"), format!("${usd}.00"));
        if !usd.is_multiple_of(10) {
            not_round += 1;
        }
        // Step 10 draws 27, 37, 47 or 57 and shows it rounded to $10.
        let drawn = amount_usd(&step.scenario, seed, "amount").unwrap();
        assert_eq!((drawn - 27) % 10, 0);
        let shown = text(&step, us, seed, "amount");
        assert_eq!(shown, format!("${}.00", (drawn + 3)));
    }
    assert!(
        not_round > 20,
        "exact amounts are not rounded: {not_round}/40"
    );
}

#[test]
fn conversion_uses_the_dated_rate_from_the_rates_file() {
    let ui = ui();
    let rates = ui.rates.as_ref().expect("rates file loads");
    let eur = rates.get("EUR").unwrap();
    assert_eq!(rates.base, "USD");
    let fr = ui.info("fr").unwrap();
    assert_eq!(fr.currency.scale, eur.per_base);
    assert_eq!(fr.currency.rate_as_of.as_deref(), Some(eur.as_of.as_str()));
    let ils = rates.get("ILS").unwrap();
    assert_eq!(ui.info("he-IL").unwrap().currency.scale, ils.per_base);
    assert!(!ils.source.is_empty());
    // A region chosen apart from the language converts at its own rate.
    let eg = ui.info("ar-EG").unwrap();
    assert_eq!(eg.currency.scale, rates.get("EGP").unwrap().per_base);

    let (_t, pack) = mini_pack(r#""amount": Amount(min: 27, max: 58, step: 1, round: Exact),"#);
    for seed in 0..10 {
        let usd = amount_usd(&pack.scenario, seed, "amount").unwrap();
        let cents = (usd as f64 * eur.per_base * 100.0).round() as u64;
        assert_eq!(
            amount_local_minor(&pack.scenario, seed, "amount", fr),
            Some(cents)
        );
        assert_eq!(text(&pack, fr, seed, "amount"), format_money(cents, fr));
    }
}

#[test]
fn numbers_are_grouped_the_locale_s_way() {
    let ui = ui();
    let n = |tag: &str, v: u64| format_number(v, ui.info(tag).unwrap());
    assert_eq!(n("en-US", 1900), "1,900");
    assert_eq!(n("en-GB", 1_234_567), "1,234,567");
    // Spanish leaves four digits whole (CLDR minimum grouping digits 2).
    assert_eq!(n("es", 1900), "1900");
    assert_eq!(n("es", 12_500), "12.500");
    // French groups with a narrow no-break space.
    assert_eq!(n("fr", 12_500), "12\u{202f}500");
    assert_eq!(n("he-IL", 12_500), "12,500");
    // Arabic keeps Western digits, as the shipped Arabic texts write them.
    assert_eq!(n("ar", 12_500), "12,500");
    assert_eq!(n("ar-EG", 12_500), "12,500");
    // Money: separators from ICU, the symbol's side from the locale file.
    assert_eq!(
        format_money(1_250_000, ui.info("es").unwrap()),
        "12.500,00\u{a0}€"
    );
    assert_eq!(
        format_money(190_000, ui.info("es").unwrap()),
        "1900,00\u{a0}€"
    );
    assert_eq!(
        format_money(1_250_050, ui.info("fr").unwrap()),
        "12\u{202f}500,50\u{a0}€"
    );
    assert_eq!(
        format_money(12_500, ui.info("ar").unwrap()),
        // The right-to-left mark keeps ₪ after the number in reading order.
        "12,500\u{a0}\u{200F}₪"
    );
}

#[test]
fn a_count_in_a_message_is_grouped_and_selects_its_plural() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            MINI_AMOUNT,
            &format!(
                "{MINI_AMOUNT}\n        \"issues\": Count(min: 12500, max: 12500),\n        \"one\": Count(min: 1, max: 1),\n        \"case\": Number(min: 123456, max: 123456),"
            ),
        );
        replace_in(
            &p.join("locales/en-US.ftl"),
            "alert-body = Call { $phone } now.",
            "alert-body = { $issues } { $issues ->\n    [one] issue\n   *[other] issues\n} and { $one } { $one ->\n    [one] virus\n   *[other] viruses\n}. Case { $case }.",
        );
        replace_in(
            &p.join("locales/he-IL.ftl"),
            "alert-body = התקשרו עכשיו למספר { $phone }.",
            "alert-body = { $issues } תקלות.",
        );
    });
    let (pack, diags) = Pack::load(&t.path().join("mini"));
    let pack = pack.unwrap_or_else(|| panic!("parses: {diags:#?}"));
    let ui = ui();
    let values = draw(&pack.scenario, ui.info("en-US").unwrap(), 3);
    let mut text = scamdrill::text::RunText::new(&ui, &pack, "en-US", &values);
    text.set_use_isolating(false);
    // A `Number` is an identifier and stays ungrouped.
    assert_eq!(
        text.pack("alert-body"),
        "12,500 issues and 1 virus. Case 123456."
    );
    assert!(text.problems().is_empty(), "{:?}", text.problems());
    // The Hebrew bundle groups the way Hebrew does, with Western digits.
    let mut he = scamdrill::text::RunText::new(&ui, &pack, "he-IL", &values);
    he.set_use_isolating(false);
    assert_eq!(
        scamdrill::locale::bidi::strip_marks(&he.pack("alert-body")),
        "12,500 תקלות."
    );
}

#[test]
fn derived_amounts_follow_their_sources_in_dollars_and_in_what_is_shown() {
    let (_t, pack) = mini_pack(
        r#""amount": Amount(min: 100, max: 400, step: 10),
        "refund": Amount(min: 400, max: 400, step: 50),
        "moved": Derived(of: "refund", times: 10),
        "asked": Derived(of: "moved", minus: "refund"),
        "fees": Derived(of: "amount", plus: "refund"),"#,
    );
    let s = &pack.scenario;
    assert_eq!(amount_usd(s, 5, "refund"), Some(400));
    assert_eq!(amount_usd(s, 5, "moved"), Some(4000));
    assert_eq!(amount_usd(s, 5, "asked"), Some(3600));
    assert_eq!(
        amount_usd(s, 5, "fees"),
        Some(amount_usd(s, 5, "amount").unwrap() + 400)
    );
    let ui = ui();
    for tag in ["en-US", "he-IL", "es", "ar-EG"] {
        let info = ui.info(tag).unwrap();
        let local = |n: &str| amount_local_minor(s, 5, n, info).unwrap();
        assert_eq!(local("moved"), local("refund") * 10, "{tag}");
        assert_eq!(local("asked"), local("moved") - local("refund"), "{tag}");
        assert_eq!(
            text(&pack, info, 5, "asked"),
            format_money(local("asked"), info)
        );
    }
    let us = ui.info("en-US").unwrap();
    assert_eq!(text(&pack, us, 5, "moved"), "$4,000.00");
    assert_eq!(text(&pack, us, 5, "asked"), "$3,600.00");
}

#[test]
fn a_derived_amount_with_an_unknown_source_or_a_cycle_is_an_error() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            MINI_AMOUNT,
            &format!("{MINI_AMOUNT}\n        \"moved\": Derived(of: \"refnud\", times: 10),"),
        )
    });
    let d = diagnostics_of(t.path());
    let bad: Vec<_> = d
        .iter()
        .filter(|d| d.message.contains("\"refnud\""))
        .collect();
    assert_eq!(bad.len(), 1, "{d:#?}");
    assert!(bad[0].is_error());
    assert!(
        bad[0].message.contains("does not declare"),
        "{}",
        bad[0].message
    );
    assert!(bad[0].line > 0);

    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            MINI_AMOUNT,
            &format!(
                "{MINI_AMOUNT}\n        \"a\": Derived(of: \"b\"),\n        \"b\": Derived(of: \"amount\", plus: \"a\"),"
            ),
        )
    });
    let d = diagnostics_of(t.path());
    let cycles: Vec<_> = d.iter().filter(|d| d.message.contains("cycle")).collect();
    assert_eq!(cycles.len(), 2, "both a and b are in the cycle: {d:#?}");
    assert!(cycles.iter().all(|d| d.is_error()));
    // The engine does not loop on it.
    let (pack, _) = Pack::load(&t.path().join("mini"));
    assert_eq!(amount_usd(&pack.unwrap().scenario, 1, "a"), None);
}

/// The shipped locales folder copied, with its rates file replaced by `rates`.
fn locales_with_rates(rates: Option<&str>) -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(&root().join("locales"), t.path());
    let path = t.path().join("currency-rates.ron");
    match rates {
        Some(r) => std::fs::write(&path, r).unwrap(),
        None => std::fs::remove_file(&path).unwrap(),
    }
    t
}

fn rate_errors(dir: &Path) -> Vec<scamdrill::diagnostic::Diagnostic> {
    let (_, d) = UiLocales::load(dir);
    d.into_iter()
        .filter(|d| d.file.ends_with("currency-rates.ron") || d.code == "currency-rate")
        .collect()
}

#[test]
fn a_malformed_rates_file_is_reported_with_file_line_and_column() {
    let good = std::fs::read_to_string(root().join("locales/currency-rates.ron")).unwrap();
    // A syntax error: a missing comma after EUR's source.
    let broken = good.replacen(
        "rounded\"),\n        \"GBP\"",
        "rounded\")\n        \"GBP\"",
        1,
    );
    assert_ne!(broken, good);
    let t = locales_with_rates(Some(&broken));
    let d = rate_errors(t.path());
    assert!(!d.is_empty());
    let e = &d[0];
    assert!(e.is_error());
    assert!(e.file.ends_with("currency-rates.ron"), "{e:?}");
    let gbp_line = broken.lines().position(|l| l.contains("\"GBP\"")).unwrap() + 1;
    assert_eq!(e.line, gbp_line, "{e:?}");
    assert!(e.column > 0);

    // A bad date and a rate of zero are errors at the currency's line.
    let bad = good
        .replacen(
            "per_base: 0.93, as_of: \"2024-06-28\"",
            "per_base: 0.93, as_of: \"28/06/2024\"",
            1,
        )
        .replacen("per_base: 0.79,", "per_base: 0.0,", 1);
    let t = locales_with_rates(Some(&bad));
    let d = rate_errors(t.path());
    let eur = d
        .iter()
        .find(|d| d.message.contains("EUR"))
        .expect("EUR date");
    assert!(eur.message.contains("28/06/2024"));
    assert_eq!(
        eur.line,
        bad.lines().position(|l| l.contains("\"EUR\"")).unwrap() + 1
    );
    assert!(
        d.iter()
            .any(|d| d.message.contains("GBP") && d.message.contains("positive"))
    );
}

#[test]
fn a_currency_without_a_rate_and_a_missing_rates_file_are_errors() {
    let good = std::fs::read_to_string(root().join("locales/currency-rates.ron")).unwrap();
    let no_mad: String = good
        .lines()
        .filter(|l| !l.contains("\"MAD\""))
        .collect::<Vec<_>>()
        .join("\n");
    let t = locales_with_rates(Some(&no_mad));
    let d = rate_errors(t.path());
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0].message.contains("MAD"));
    assert!(d[0].file.ends_with("regions.ron"));
    assert!(d[0].line > 0);

    let t = locales_with_rates(None);
    let d = rate_errors(t.path());
    assert!(d.iter().any(|d| d.message.contains("missing")), "{d:#?}");
}

#[test]
fn an_amount_read_only_by_a_derived_amount_is_not_unused() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            MINI_AMOUNT,
            &format!(
                "{MINI_AMOUNT}\n        \"refund\": Amount(min: 300, max: 500, step: 50, round: Exact),\n        \"moved\": Derived(of: \"refund\", times: 10),"
            ),
        )
    });
    let d = diagnostics_of(t.path());
    let unused: Vec<_> = d
        .iter()
        .filter(|d| d.code == "unused-variable")
        .map(|d| d.message.clone())
        .collect();
    // `moved` is read by nothing; `refund` is read by `moved`.
    assert_eq!(unused.len(), 1, "{unused:?}");
    assert!(unused[0].contains("\"moved\""), "{unused:?}");
}
