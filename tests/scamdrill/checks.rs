//! Every checker rule, each with a failing fixture and the expected text.

use crate::common::{diagnostics_of, fixtures, mini_with, only, replace_in};

#[test]
fn the_mini_fixture_is_clean() {
    let d = diagnostics_of(&fixtures());
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn unknown_step_names_the_choice_line_and_the_valid_steps() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"next: "lost""#,
            r#"next: "lots""#,
        )
    });
    let d = only(&diagnostics_of(t.path()), "unknown-step");
    assert!(d.is_error());
    assert_eq!(
        d.message,
        r#"choice "pay" of step "pay" leads to step "lots", which does not exist"#
    );
    assert_eq!(d.line, 39, "{d}");
    assert!(d.file.ends_with("mini/scenario.ron"));
    assert_eq!(
        d.hint.as_deref(),
        Some("expected one of: alert, call, lost, pay, safe")
    );
    let text = d.render();
    assert!(text.contains("scenario.ron:39:"), "{text}");
    assert!(
        text.contains(r#"next: "lots""#),
        "snippet shows the line: {text}"
    );
}

#[test]
fn unknown_start_step() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"start: "alert""#,
            r#"start: "alarm""#,
        )
    });
    let diags = diagnostics_of(t.path());
    let d = diags
        .iter()
        .find(|d| d.code == "unknown-step")
        .expect("unknown-step");
    assert_eq!(d.message, r#"start step "alarm" does not exist"#);
    assert_eq!(d.line, 17);
}

#[test]
fn unreachable_step() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"next: "pay", actions"#,
            r#"next: "lost", actions"#,
        );
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "unreachable-step");
    assert_eq!(
        d.message,
        r#"step "pay" cannot be reached from the start step "alert""#
    );
    assert_eq!(d.line, 35);
    assert_eq!(
        d.hint.as_deref(),
        Some("add a choice whose `next` is this step, or delete the step")
    );
}

#[test]
fn dead_end_without_ending() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#""lost": (scene: Narration(body: "lost-body"), ending: Some((outcome: Some(MoneyLost), summary: "end-lost"))),"#,
            r#""lost": (scene: Narration(body: "lost-body")),"#,
        );
        replace_in(&p.join("locales/en-US.ftl"), "end-lost = Money lost.\n", "");
        replace_in(&p.join("locales/he-IL.ftl"), "end-lost = הכסף אבד.\n", "");
    });
    let d = only(&diagnostics_of(t.path()), "dead-end");
    assert_eq!(
        d.message,
        r#"step "lost" has no choices and no ending: the trainee would be stuck"#
    );
    assert_eq!(d.line, 44);
}

#[test]
fn ending_without_outcome() {
    let t = mini_with(|p| replace_in(&p.join("scenario.ron"), "outcome: Some(MoneyLost), ", ""));
    let d = only(&diagnostics_of(t.path()), "ending-without-outcome");
    assert_eq!(d.message, r#"the ending of step "lost" has no outcome"#);
    assert!(d.hint.as_deref().unwrap().contains("outcome: Some(Safe)"));
}

#[test]
fn scam_pack_without_a_safe_path() {
    let t = mini_with(|p| {
        let f = p.join("scenario.ron");
        replace_in(&f, "outcome: Some(Safe)", "outcome: Some(Compromised)");
    });
    let d = only(&diagnostics_of(t.path()), "no-safe-path");
    assert_eq!(
        d.message,
        "no path leads to a Safe ending without granting access, paying or sharing secrets"
    );
    assert_eq!(d.line, 5, "points at `kind`");
}

#[test]
fn scam_pack_without_a_remote_access_or_payment_decision() {
    let t = mini_with(|p| {
        let f = p.join("scenario.ron");
        replace_in(
            &f,
            "actions: [ReadOutAccessCode, GrantRemoteAccess]",
            "actions: [FollowInstructions]",
        );
        replace_in(
            &f,
            "actions: [BuyGiftCards, Pay]",
            "actions: [FollowInstructions]",
        );
    });
    let d = only(&diagnostics_of(t.path()), "no-decision");
    assert_eq!(
        d.message,
        "this scam pack never asks the trainee to decide on remote access or payment"
    );
}

#[test]
fn genuine_pack_without_a_verified_allow_path() {
    let t = mini_with(|p| {
        let f = p.join("scenario.ron");
        replace_in(&f, "kind: Scam", "kind: Genuine");
    });
    let d = only(&diagnostics_of(t.path()), "no-verified-allow-path");
    assert!(
        d.message
            .starts_with("this genuine pack has no path where the trainee verifies"),
        "{d}"
    );
    // Adding verification before the grant fixes it (and endings say Helped).
    let t = mini_with(|p| {
        let f = p.join("scenario.ron");
        replace_in(&f, "kind: Scam", "kind: Genuine");
        replace_in(
            &f,
            "actions: [ReadOutAccessCode, GrantRemoteAccess]",
            "actions: [VerifyOfficialChannel, GrantRemoteAccess]",
        );
        replace_in(&f, "outcome: Some(MoneyLost)", "outcome: Some(Helped)");
    });
    let diags = diagnostics_of(t.path());
    assert!(
        !diags.iter().any(|d| d.code == "no-verified-allow-path"),
        "{diags:#?}"
    );
}

#[test]
fn missing_messages_are_listed_per_locale() {
    let t = mini_with(|p| {
        replace_in(&p.join("locales/he-IL.ftl"), "choice-pay = לשלם\n", "");
        replace_in(&p.join("locales/he-IL.ftl"), "end-safe = בטוח.\n", "");
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "missing-message");
    assert!(d.file.ends_with("locales/he-IL.ftl"));
    assert!(
        d.message
            .starts_with("2 message(s) missing in he-IL: choice-pay, end-safe (first used at "),
        "{}",
        d.message
    );
    assert_eq!(
        d.hint
            .as_deref()
            .map(|h| h.starts_with("add `choice-pay = ...`")),
        Some(true)
    );
}

#[test]
fn unused_message_is_a_warning_with_its_line() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "choice-pay = Pay\n",
            "choice-pay = Pay\nchoise-pay = Pay\n",
        )
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "unused-message");
    assert!(!d.is_error());
    assert_eq!(
        d.message,
        r#"message "choise-pay" is not used by the scenario"#
    );
    assert_eq!(d.line, 20);
    assert!(
        !diags.iter().any(|d| d.is_error()),
        "a warning does not reject the pack"
    );
}

#[test]
fn undefined_variable_in_a_message() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "Pay { $amount } in",
            "Pay { $amuont } in",
        )
    });
    let d = only(&diagnostics_of(t.path()), "undefined-variable");
    assert_eq!(
        d.message,
        r#"message "pay-body" uses $amuont, which the pack does not declare"#
    );
    assert_eq!(d.line, 16);
    assert!(
        d.hint.as_deref().unwrap().contains("amount"),
        "hint lists declared variables"
    );
}

#[test]
fn undefined_variable_in_a_scene() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"phone_var: "phone""#,
            r#"phone_var: "telephone""#,
        )
    });
    let d = only(&diagnostics_of(t.path()), "undefined-variable");
    assert_eq!(
        d.message,
        r#"step "alert" shows variable "telephone", which is not declared"#
    );
    assert_eq!(d.line, 20);
}

#[test]
fn fluent_syntax_error_has_a_position() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "choice-refuse = Refuse\n",
            "choice-refuse = Refuse {\n",
        )
    });
    let diags = diagnostics_of(t.path());
    let d = diags
        .iter()
        .find(|d| d.code == "fluent-syntax")
        .expect("fluent-syntax diagnostic");
    assert!(d.file.ends_with("locales/en-US.ftl"));
    // Reported where the broken message starts.
    assert_eq!((d.line, d.column), (20, 1), "{d}");
    assert!(d.message.contains("choice-refuse"), "{d}");
}

#[test]
fn ron_syntax_error_has_line_column_and_hint() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"id: "call", label"#,
            r#"id: "call" label"#,
        )
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "ron-syntax");
    assert_eq!((d.line, d.column), (23, 29), "{d}");
    assert_eq!(d.hint.as_deref(), Some("separate items with a comma"));
}

#[test]
fn ron_unknown_variant_lists_the_allowed_ones() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            "actions: [HangUp]",
            "actions: [Hangup]",
        )
    });
    let d = only(&diagnostics_of(t.path()), "ron-syntax");
    assert!(d.hint.as_deref().unwrap().contains("HangUp"), "{d}");
    assert_eq!(d.line, 32);
}

#[test]
fn missing_locale_file() {
    let t = mini_with(|p| std::fs::remove_file(p.join("locales/he-IL.ftl")).unwrap());
    let d = only(&diagnostics_of(t.path()), "missing-locale-file");
    assert_eq!(
        d.message,
        r#"locale "he-IL" is declared but locales/he-IL.ftl does not exist"#
    );
    assert_eq!((d.line, d.column), (8, 24));
}

#[test]
fn call_step_without_hang_up_is_one_error() {
    // The hang-up is said instead of taken by the red key.
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            "via: Some(HangUp), next: \"safe\"",
            "via: Some(Say), next: \"safe\"",
        )
    });
    let d = only(&diagnostics_of(t.path()), "call-without-hang-up");
    assert!(d.is_error(), "{d}");
    assert!(
        d.message.contains("step \"call\"") && d.message.contains("HangUp"),
        "{d}"
    );
}

#[test]
fn call_step_without_acts_is_warned_by_its_actions() {
    // Choices without `via` (drawn as buttons): no choice hangs up.
    let t = mini_with(|p| {
        let ron = p.join("scenario.ron");
        replace_in(&ron, "via: Some(Say), next: \"pay\"", "next: \"pay\"");
        replace_in(
            &ron,
            "via: Some(HangUp), next: \"safe\", actions: [HangUp]",
            "next: \"safe\", actions: [Refuse]",
        );
    });
    let d = only(&diagnostics_of(t.path()), "call-without-hang-up");
    assert!(!d.is_error(), "{d}");
}

#[test]
fn the_red_key_taking_a_choice_is_enough() {
    // The choice the red key takes is scored by its own actions.
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            "actions: [HangUp]",
            "actions: [Refuse]",
        )
    });
    let diags = diagnostics_of(t.path());
    assert!(
        !diags.iter().any(|d| d.code == "call-without-hang-up"),
        "{diags:#?}"
    );
}

#[test]
fn one_bad_pack_never_stops_the_others() {
    let t = mini_with(|p| {
        let bad = p.parent().unwrap().join("broken");
        std::fs::create_dir_all(bad.join("locales")).unwrap();
        std::fs::write(bad.join("scenario.ron"), "Scenario(id: \"broken\",").unwrap();
    });
    let (ui, _) = scamdrill::locale::UiLocales::load(&crate::common::root().join("locales"));
    let lib = scamdrill::library::Library::load(&[t.path().to_owned()], &ui);
    assert_eq!(
        lib.packs.iter().map(|p| p.id()).collect::<Vec<_>>(),
        vec!["mini"]
    );
    assert_eq!(lib.rejected.len(), 1);
    assert!(
        lib.diagnostics
            .iter()
            .any(|d| d.code == "ron-syntax" && d.file.ends_with("broken/scenario.ron"))
    );
}

// ------------------------------------------------ issue 10 item 8, issue 13

#[test]
fn an_unused_pack_variable_is_a_warning_at_its_declaration() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#""code": Digits(9),"#,
            "\"code\": Digits(9),\n        \"spare\": Pick([\"x\"]),",
        )
    });
    let d = only(&diagnostics_of(t.path()), "unused-variable");
    assert!(!d.is_error());
    assert_eq!(
        d.message,
        r#"variable "spare" is declared but no scene or message uses it"#
    );
    assert_eq!((d.line, d.column), (14, 9), "{d}");
    assert!(d.hint.as_deref().unwrap().contains("{ $spare }"), "{d}");
}

#[test]
fn a_variable_used_only_in_a_message_is_not_unused() {
    // `tool` and `code` appear only in call-line; `name` only in caller.
    let d = diagnostics_of(&crate::common::fixtures().join("mini"));
    assert!(d.iter().all(|d| d.code != "unused-variable"), "{d:#?}");
}

#[test]
fn a_literal_brace_gets_the_escape_hint() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "lost-body = The money is gone.",
            "lost-body = The money is gone. {bell}",
        )
    });
    let d = only(&diagnostics_of(t.path()), "missing-message");
    assert_eq!(
        d.message,
        r#"message "lost-body" refers to "bell", which is not defined in en-US"#
    );
    assert_eq!(d.line, 23);
    let hint = d.hint.as_deref().unwrap();
    assert!(hint.contains(r#"{"{"}bell{"}"}"#), "{hint}");
}

#[test]
fn braces_around_a_pack_variable_name_suggest_the_dollar() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "alert-body = Call { $phone } now.",
            "alert-body = Call {phone} now.",
        )
    });
    let d = only(&diagnostics_of(t.path()), "missing-message");
    assert!(d.hint.as_deref().unwrap().contains("{ $phone }"), "{d}");
}

#[test]
fn a_range_with_min_above_max_is_an_error() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            "Amount(min: 100, max: 400, step: 10)",
            "Amount(min: 400, max: 100, step: 0)",
        )
    });
    let diags = diagnostics_of(t.path());
    let found: Vec<_> = diags
        .iter()
        .filter(|d| d.code == "variable-range")
        .collect();
    assert_eq!(found.len(), 2, "{diags:#?}");
    assert_eq!(
        found[0].message,
        r#"variable "amount": min (400) is greater than max (100)"#
    );
    assert_eq!(found[1].message, r#"variable "amount": step is 0"#);
    assert!(
        found
            .iter()
            .all(|d| d.is_error() && (d.line, d.column) == (14, 9))
    );

    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#""code": Digits(9),"#,
            r#""code": Digits(9), "case": Number(min: 9, max: 1),"#,
        );
        replace_in(
            &p.join("locales/en-US.ftl"),
            "end-safe = Safe.",
            "end-safe = Safe { $case }.",
        );
    });
    let d = only(&diagnostics_of(t.path()), "variable-range");
    assert_eq!(
        d.message,
        r#"variable "case": min (9) is greater than max (1)"#
    );
}

#[test]
fn a_message_defined_twice_in_one_file_is_an_error_at_the_second() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "end-lost = Money lost.\n",
            "end-lost = Money lost.\nchoice-pay = Pay now\n",
        )
    });
    let d = only(&diagnostics_of(t.path()), "duplicate-message");
    assert!(d.is_error());
    assert_eq!(
        d.message,
        r#"message "choice-pay" is defined more than once in en-US"#
    );
    assert_eq!((d.line, d.column), (25, 1), "the second definition: {d}");
}

#[test]
fn control_and_bidi_characters_in_pack_text_are_errors_with_line_and_column() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("locales/en-US.ftl"),
            "alert-body = Call { $phone } now.",
            "alert-body = Call \u{202E}{ $phone } now.\u{1b}[2J",
        );
        replace_in(
            &p.join("scenario.ron"),
            r#""AnyDesk""#,
            r#""Any\u{202e}Desk""#,
        );
    });
    let diags = diagnostics_of(t.path());
    let bidi: Vec<_> = diags.iter().filter(|d| d.code == "bidi-control").collect();
    assert_eq!(bidi.len(), 2, "{diags:#?}");
    let ftl = bidi.iter().find(|d| d.file.ends_with("en-US.ftl")).unwrap();
    assert_eq!((ftl.line, ftl.column), (7, 19));
    assert!(
        ftl.message.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        "{ftl}"
    );
    let ron = bidi
        .iter()
        .find(|d| d.file.ends_with("scenario.ron"))
        .unwrap();
    assert_eq!((ron.line, ron.column), (12, 27), "{ron}");
    let esc = only(&diags, "control-character");
    assert_eq!((esc.line, esc.column), (7, 35));
    assert!(esc.render().contains("\\u{001B}[2J"), "escaped when shown");
}

#[test]
fn crlf_line_ends_and_directional_marks_are_accepted() {
    let t = mini_with(|p| {
        let f = p.join("locales/en-US.ftl");
        let text = std::fs::read_to_string(&f).unwrap().replace('\n', "\r\n");
        std::fs::write(&f, text.replace("Steve", "\u{200F}Steve\u{2068}x\u{2069}")).unwrap();
    });
    let d = diagnostics_of(t.path());
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn thousands_of_unused_messages_are_each_placed_on_their_line() {
    let t = mini_with(|p| {
        let f = p.join("locales/en-US.ftl");
        let mut text = std::fs::read_to_string(&f).unwrap();
        for i in 0..3000 {
            text.push_str(&format!("spare-{i} = Spare {i}\n"));
        }
        std::fs::write(&f, text).unwrap();
    });
    let diags = diagnostics_of(t.path());
    let unused: Vec<_> = diags
        .iter()
        .filter(|d| d.code == "unused-message")
        .collect();
    assert_eq!(unused.len(), 3000);
    for d in unused {
        let i: usize = d.message["message \"spare-".len()..]
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!((d.line, d.column), (25 + i, 1), "{d}");
    }
    // The snippet is cut from around the span but numbered as in the file.
    let last = diags
        .iter()
        .find(|d| d.message.contains("\"spare-2999\""))
        .unwrap();
    let shown = last.render();
    assert!(shown.contains("3024 │ spare-2999 = Spare 2999"), "{shown}");
    assert!(shown.contains("3023 │ spare-2998"), "{shown}");
}
