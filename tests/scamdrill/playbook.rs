//! The rest of the tech-support-scam playbook: a pop-up without a number,
//! callers handing the victim on (each with their own caller ID and number),
//! a dictated command, a scanner page, a web shop, the refund trick in the
//! developer tools, vouchers, a crypto ATM, cash by post and a courier.

use std::process::Command;

use scamdrill::model::{PaymentMethod, ProofKind, VoucherKind};
use scamdrill::view::{SceneView, StepView};

use crate::common::{
    diagnostics_of, engine, engine_with, fixtures, mini_with, only, replace_in, root,
};

/// The fixture pack's path through every scene: "on" at each step.
const ON: [&str; 12] = ["on"; 12];

/// The views of the `playbook` fixture along `ON`, then `last`.
fn playbook_views(last: &str) -> Vec<StepView> {
    let e = engine_with(&fixtures());
    let mut play = e.start("playbook", "en-US", 11).expect("start playbook");
    let mut views = vec![play.view().expect("view")];
    for c in ON.iter().copied().chain([last]) {
        play.choose(c, 1000).expect("choose");
        views.push(play.view().expect("view"));
    }
    views
}

fn kind(v: &SceneView) -> String {
    serde_json::to_value(v).unwrap()["kind"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn the_playbook_fixture_with_every_new_scene_checks_clean() {
    let diags = diagnostics_of(&fixtures().join("playbook"));
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn each_new_scene_kind_views_as_itself_with_its_data() {
    let views = playbook_views("pay");
    let kinds: Vec<String> = views.iter().map(|v| kind(&v.scene)).collect();
    assert_eq!(
        kinds,
        [
            "browser-locker",
            "incoming-call",
            "call",
            "command-prompt",
            "proof",
            "web-shop",
            "banking",
            "call",
            "call",
            "payment",
            "crypto-atm",
            "post-office",
            "doorstep",
            "narration"
        ]
    );
    let SceneView::BrowserLocker { phone, .. } = &views[0].scene else {
        panic!()
    };
    assert!(
        phone.is_empty(),
        "a pop-up without a number shows none: {phone:?}"
    );
    let SceneView::CommandPrompt { command, .. } = &views[3].scene else {
        panic!()
    };
    assert_eq!(command, "netstat -a");
    let SceneView::Proof { proof, .. } = &views[4].scene else {
        panic!()
    };
    assert_eq!(*proof, ProofKind::ScannerPage);
    let SceneView::WebShop { product, price, .. } = &views[5].scene else {
        panic!()
    };
    assert_eq!(product, "PC Shield Lifetime");
    assert!(price.starts_with('$'), "{price}");
    let SceneView::Banking {
        dev_tools: Some(d), ..
    } = &views[6].scene
    else {
        panic!("banking without dev tools: {:?}", views[6].scene)
    };
    assert!(d.before.starts_with('$') && d.after.starts_with('$'));
    assert_ne!(d.before, d.after, "the edit changes the balance");
    assert_eq!(d.note.as_deref(), Some("The balance element was edited."));
    let SceneView::Payment { method, brand, .. } = &views[9].scene else {
        panic!()
    };
    assert_eq!(*method, PaymentMethod::Voucher(VoucherKind::Pcs));
    assert_eq!(brand.as_deref(), Some("PCS"));
    let SceneView::CryptoAtm { address, .. } = &views[10].scene else {
        panic!()
    };
    assert_eq!(address, "bc1qexamplewalletaddress");
    let SceneView::Doorstep {
        visitor, method, ..
    } = &views[12].scene
    else {
        panic!()
    };
    assert_eq!(visitor, "Courier");
    assert_eq!(*method, PaymentMethod::Gold);
}

#[test]
fn callers_table_gives_each_caller_their_own_id_and_number() {
    let views = playbook_views("pay");
    let SceneView::IncomingCall { caller_id, number } = &views[1].scene else {
        panic!()
    };
    assert_eq!(
        caller_id, "Security Alert",
        "the ringing phone shows the caller ID"
    );
    let numbers: Vec<String> = [2, 7, 8]
        .iter()
        .map(|&i| match &views[i].scene {
            SceneView::Call { number, .. } => number.clone().expect("number shown"),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(number.as_deref(), Some(numbers[0].as_str()));
    assert_ne!(numbers[0], numbers[1]);
    assert_ne!(numbers[1], numbers[2]);
    assert_ne!(numbers[0], numbers[2]);
}

#[test]
fn transcript_prints_every_new_scene() {
    let mut choices = ON.to_vec();
    choices.push("pay");
    let out = Command::new(env!("CARGO_BIN_EXE_scamdrill"))
        .current_dir(root())
        .env("SCAMDRILL_ROOT", root())
        .arg("--scenarios")
        .arg(fixtures())
        .args([
            "play",
            "--scenario",
            "playbook",
            "--choices",
            &choices.join(","),
        ])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{s}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for want in [
        "(no phone number)",
        "[phone ringing] Security Alert",
        "[command prompt]\n  C:\\> netstat -a\n  The caller dictates a command.",
        "[ScannerPage] Online Security Scan",
        "[web shop] PC Shield Lifetime",
        "[developer tools] balance edited: $",
        "[payment: voucher-pcs (PCS), $",
        "[crypto ATM, $",
        "wallet bc1qexamplewalletaddress",
        "[post office: cash-by-post, $",
        "[at the door: gold, $",
    ] {
        assert!(s.contains(want), "missing {want:?} in:\n{s}");
    }
}

#[test]
fn checker_names_an_unknown_caller_with_file_line_and_column() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"scene: Call(caller: "caller"),"#,
            r#"scene: Call(who: Some("boss")),"#,
        )
    });
    let d = only(&diagnostics_of(t.path()), "unknown-caller");
    assert!(d.file.ends_with("mini/scenario.ron"), "{d:?}");
    assert_eq!((d.line, d.column), (28, 35), "{d:?}");
    assert!(d.message.contains("\"boss\""), "{d:?}");
    assert!(
        d.hint.as_deref().unwrap_or("").contains("callers:"),
        "the hint shows how to declare it: {d:?}"
    );
}

#[test]
fn checker_names_a_money_scene_showing_a_variable_that_is_not_an_amount() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"amount_var: "amount""#,
            r#"amount_var: "code""#,
        )
    });
    let diags = diagnostics_of(t.path());
    let d = only(&diags, "wrong-variable-kind");
    assert!(d.file.ends_with("mini/scenario.ron"), "{d:?}");
    assert_eq!(d.line, 36, "{d:?}");
    assert!(d.column > 0, "{d:?}");
    assert!(
        d.message.contains("\"code\"") && d.message.contains("Digits"),
        "{d:?}"
    );
}

#[test]
fn checker_names_a_caller_number_that_is_not_a_phone() {
    let t = mini_with(|p| {
        let ron = p.join("scenario.ron");
        replace_in(
            &ron,
            "    start: \"alert\",",
            "    callers: { \"tech\": (name: \"caller\", number_var: Some(\"tool\")) },\n    start: \"alert\",",
        );
        replace_in(
            &ron,
            r#"scene: Call(caller: "caller"),"#,
            r#"scene: Call(who: Some("tech")),"#,
        );
    });
    let d = only(&diagnostics_of(t.path()), "wrong-variable-kind");
    assert_eq!(d.line, 17, "{d:?}");
    assert!(
        d.message.contains("caller \"tech\"") && d.message.contains("a Pick"),
        "{d:?}"
    );
}

#[test]
fn phantom_hacker_hand_over_shows_each_callers_own_number() {
    let e = engine();
    for locale in ["en-US", "he-IL"] {
        let mut play = e.start("phantom-hacker", locale, 5).unwrap();
        let mut calls = Vec::new();
        for c in [
            "answer", "follow", "allow", "log-in", "answer", "go-along", "agree",
        ] {
            if let Some(
                SceneView::IncomingCall { caller_id, number }
                | SceneView::Call {
                    caller: caller_id,
                    number,
                },
            ) = play.view().map(|v| v.scene)
            {
                calls.push((caller_id, number.expect("each caller has a number")));
            }
            play.choose(c, 1000).unwrap();
        }
        let v = play.view().unwrap();
        assert_eq!(v.step, "transfer");
        // ringing (tech), tech-call, bank-ringing, bank-talk, gov-call.
        assert_eq!(calls.len(), 5, "{calls:?}");
        let tech = &calls[0].1;
        let bank = &calls[2].1;
        let agent = &calls[4].1;
        assert_eq!(&calls[1].1, tech);
        assert_eq!(&calls[3].1, bank);
        assert!(tech != bank && bank != agent && tech != agent, "{calls:?}");
        // The bank's ringing caller ID is its own, not the technician's.
        assert_ne!(calls[0].0, calls[2].0);
    }
}

#[test]
fn a_victim_who_hands_gold_to_the_courier_loses_the_savings_and_fails() {
    let e = engine();
    let mut play = e.start("phantom-hacker", "en-GB", 9).unwrap();
    for c in [
        "answer", "follow", "allow", "log-in", "answer", "go-along", "agree", "blocked", "no-atm",
    ] {
        play.choose(c, 1000).unwrap();
    }
    let v = play.view().unwrap();
    let SceneView::Doorstep { method, amount, .. } = &v.scene else {
        panic!("{:?}", v.scene)
    };
    assert_eq!(*method, PaymentMethod::Gold);
    assert!(amount.starts_with('£'), "{amount}");
    play.choose("hand-over", 1000).unwrap();
    let score = play.score();
    assert!(score.money_lost && score.paid, "{score:?}");
    assert!(
        score.money_lost_usd.is_some_and(|u| u >= 20_000),
        "{score:?}"
    );
    assert!(!score.passed && score.critical, "{score:?}");
    assert!(!play.debrief().passed);
}

#[test]
fn keeping_the_door_shut_keeps_the_savings() {
    let e = engine();
    let mut play = e.start("phantom-hacker", "fr", 9).unwrap();
    for c in [
        "answer",
        "follow",
        "allow",
        "log-in",
        "answer",
        "go-along",
        "agree",
        "blocked",
        "no-atm",
        "keep-door-shut",
    ] {
        play.choose(c, 1000).unwrap();
    }
    let score = play.score();
    assert!(!score.money_lost && !score.paid, "{score:?}");
}

#[test]
fn payment_method_names_and_voucher_brands_per_region() {
    assert_eq!(
        PaymentMethod::Voucher(VoucherKind::Pcs).name(),
        "voucher-pcs"
    );
    assert_eq!(
        PaymentMethod::Voucher(VoucherKind::GooglePlay).name(),
        "voucher-google-play"
    );
    assert_eq!(PaymentMethod::CashByPost.name(), "cash-by-post");
    assert_eq!(PaymentMethod::CryptoAtm.name(), "crypto-atm");
    assert_eq!(PaymentMethod::Courier.name(), "courier");
    assert_eq!(VoucherKind::Paysafecard.brand(), "Paysafecard");
    assert_eq!(VoucherKind::Transcash.brand(), "Transcash");
    assert_eq!(VoucherKind::Neosurf.brand(), "Neosurf");
}

/// Play `choices` in the shipped `pack` and return the view reached.
fn shipped_view(pack: &str, locale: &str, choices: &[&str]) -> StepView {
    let e = engine();
    let mut play = e.start(pack, locale, 3).unwrap();
    for c in choices {
        play.choose(c, 1000).unwrap();
    }
    play.view().unwrap()
}

#[test]
fn microsoft_cold_call_asks_for_voucher_codes_of_the_regions_brand() {
    let path = [
        "answer",
        "follow",
        "continue",
        "believe",
        "allow",
        "keep-going",
        "no-card",
        "no-bank",
    ];
    let brand = |locale: &str| match shipped_view("microsoft-cold-call", locale, &path).scene {
        SceneView::Payment { method, brand, .. } => {
            assert!(matches!(method, PaymentMethod::Voucher(_)), "{method:?}");
            brand.expect("a voucher shows its brand")
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(brand("en-US"), "Google Play");
    assert_eq!(brand("es"), "Paysafecard");
    assert_eq!(brand("en-GB"), "Paysafecard");
    assert_eq!(brand("fr"), "PCS");
}

#[test]
fn microsoft_cold_call_has_the_trainee_type_the_dictated_assoc() {
    let v = shipped_view(
        "microsoft-cold-call",
        "fr",
        &["answer", "follow", "continue"],
    );
    let SceneView::CommandPrompt {
        command,
        title,
        body,
    } = v.scene
    else {
        panic!("{:?}", v.scene)
    };
    assert_eq!(command, "assoc");
    assert_eq!(title.as_deref(), Some("Invite de commandes"));
    assert!(body.contains("ZFSendToTarget"), "{body}");
}

#[test]
fn antivirus_refund_trick_shows_the_balance_edited_in_developer_tools() {
    let v = shipped_view(
        "antivirus-renewal-refund",
        "he-IL",
        &["call", "follow", "allow", "type-amount"],
    );
    let SceneView::Banking {
        dev_tools: Some(d), ..
    } = v.scene
    else {
        panic!("{:?}", v.scene)
    };
    assert!(d.before.contains('₪') && d.after.contains('₪'), "{d:?}");
    assert_ne!(d.before, d.after);
    assert!(d.note.is_some_and(|n| n.contains("F12")));
}

#[test]
fn paying_after_the_edited_refund_page_ends_in_its_own_loss() {
    let e = engine();
    let mut play = e.start("antivirus-renewal-refund", "ar", 3).unwrap();
    for c in ["call", "follow", "allow", "type-amount", "help", "buy"] {
        play.choose(c, 1000).unwrap();
    }
    let v = play.view().unwrap();
    assert_eq!(v.step, "paid-edited");
    // A pack with run state still addresses the trainee in Arabic's forms.
    assert!(play.problems().is_empty(), "{:?}", play.problems());
    assert!(matches!(v.scene, SceneView::Narration { ref body } if !body.is_empty()));
    let score = play.score();
    assert!(score.money_lost && !score.passed, "{score:?}");
    // The other path (log in, money moved from savings) keeps its ending.
    let mut play = e.start("antivirus-renewal-refund", "ar", 3).unwrap();
    for c in ["call", "follow", "allow", "log-in", "help", "buy"] {
        play.choose(c, 1000).unwrap();
    }
    assert_eq!(play.view().unwrap().step, "paid");
}

#[test]
fn phantom_hacker_sends_the_victim_to_a_crypto_atm_with_the_scammers_wallet() {
    let v = shipped_view(
        "phantom-hacker",
        "es",
        &[
            "answer", "follow", "allow", "log-in", "answer", "go-along", "agree", "blocked",
        ],
    );
    let SceneView::CryptoAtm {
        amount, address, ..
    } = v.scene
    else {
        panic!("{:?}", v.scene)
    };
    assert!(amount.contains('€'), "{amount}");
    assert!(
        address.starts_with("bc1q") || address.starts_with('3'),
        "{address}"
    );
}

#[test]
fn checker_names_a_call_that_names_no_caller() {
    let t = mini_with(|p| {
        replace_in(
            &p.join("scenario.ron"),
            r#"scene: Call(caller: "caller"),"#,
            r#"scene: Call(),"#,
        )
    });
    let d = only(&diagnostics_of(t.path()), "call-without-caller");
    assert!(d.file.ends_with("mini/scenario.ron") && d.line > 0, "{d:?}");
    assert!(d.message.contains("\"call\""), "{d:?}");
}
