//! The ringing phone shows the caller as the trainee's region shows it
//! (`locales/regions.ron`, `caller_id`): a carrier's name in the US, the
//! number only elsewhere, a saved contact's name whenever the number is in
//! the phone's contacts (a spoofed bank number), and the region's words for
//! a withheld number.

use scamdrill::locale::bidi::strip_marks;
use scamdrill::view::{SceneView, StepView};

use crate::common::{engine, engine_with, mini_with, replace_in};

/// The views of `pack` in `locale` after each of `choices` (the first view
/// before any).
fn views(
    e: &scamdrill::engine::Engine,
    pack: &str,
    locale: &str,
    choices: &[&str],
) -> Vec<StepView> {
    let mut play = e.start(pack, locale, 5).expect("start");
    let mut out = vec![play.view().expect("view")];
    for c in choices {
        play.choose(c, 1000).expect("choose");
        out.push(play.view().expect("view"));
    }
    out
}

/// (caller ID, number) of a ringing phone, marks stripped.
fn ringing(v: &StepView) -> (String, Option<String>) {
    match &v.scene {
        SceneView::IncomingCall { caller_id, number } => {
            (strip_marks(caller_id), number.as_deref().map(strip_marks))
        }
        other => panic!("{}: not ringing: {other:?}", v.step),
    }
}

/// (caller, number) of a call in progress, marks stripped.
fn in_call(v: &StepView) -> (String, Option<String>) {
    match &v.scene {
        SceneView::Call { caller, number } => {
            (strip_marks(caller), number.as_deref().map(strip_marks))
        }
        other => panic!("{}: not a call: {other:?}", v.step),
    }
}

#[test]
fn us_phones_show_the_carriers_name_over_the_number() {
    let v = views(&engine(), "microsoft-cold-call", "en-US", &["answer"]);
    let (id, number) = ringing(&v[0]);
    assert_eq!(id, "Microsoft Support");
    let number = number.expect("the number shows beneath the name");
    assert!(number.starts_with("(202) 555-01"), "{number}");
    // The call in progress shows who the caller says they are.
    assert_eq!(in_call(&v[1]).0, "\"Microsoft Support\"");
}

#[test]
fn gb_phones_show_the_number_only_ringing_and_in_the_call() {
    let v = views(&engine(), "microsoft-cold-call", "en-GB", &["answer"]);
    let (id, number) = ringing(&v[0]);
    assert!(
        id.starts_with("020 7946 0"),
        "the caller ID is the number: {id}"
    );
    assert_eq!(number.as_deref(), Some(id.as_str()));
    let (caller, number) = in_call(&v[1]);
    assert_eq!(caller, id, "no name appears once the call is answered");
    assert_eq!(number.as_deref(), Some(id.as_str()));
}

#[test]
fn the_region_decides_not_the_language() {
    // Hebrew played in the US shows the carrier's name; in Israel, the number.
    let us = ringing(&views(&engine(), "microsoft-cold-call", "he-US", &[])[0]);
    assert_eq!(us.0, "התמיכה של Microsoft");
    let il = ringing(&views(&engine(), "microsoft-cold-call", "he-IL", &[])[0]);
    assert!(il.0.starts_with("03-000-0"), "{il:?}");
    assert_eq!(il.1.as_deref(), Some(il.0.as_str()));
}

#[test]
fn a_spoofed_number_in_the_contacts_shows_the_contacts_name() {
    // phantom-hacker's "fraud department" rings from the bank's own number,
    // which the phone's contacts hold: the phone shows the saved name, in a
    // number-only region and in the US alike.
    let path = ["answer", "follow", "allow", "log-in"];
    for locale in ["en-GB", "en-US", "he-IL"] {
        let v = views(&engine(), "phantom-hacker", locale, &path);
        let last = v.last().unwrap();
        assert_eq!(last.step, "bank-ringing");
        let card = last
            .directory
            .iter()
            .find(|d| d.caller == "card")
            .expect("the bank's number is in the contacts");
        let (id, number) = ringing(last);
        assert_eq!(id, strip_marks(&card.name), "{locale}");
        assert_eq!(number, Some(strip_marks(&card.number)), "{locale}");
        assert!(!id.contains("Fraud"), "{locale}: {id}");
        // The technician's own number is in nobody's contacts.
        let (tech, tech_number) = ringing(&v[0]);
        if locale == "en-US" {
            assert_eq!(tech, "Security Alert Center");
        } else {
            assert_eq!(Some(tech), tech_number, "{locale}");
        }
    }
}

#[test]
fn a_withheld_number_shows_the_regions_words() {
    let tmp = mini_with(|p| {
        let ron = p.join("scenario.ron");
        replace_in(&ron, "start: \"alert\",", "start: \"ring\",");
        replace_in(
            &ron,
            "steps: {",
            "steps: {\n        \"ring\": (\n            scene: IncomingCall(caller_id: \"caller\"),\n            choices: [\n                (id: \"answer\", label: \"choice-call\", via: Some(Answer), next: \"call\", actions: [AnswerCall]),\n                (id: \"decline\", label: \"choice-close\", via: Some(Decline), next: \"alert\", actions: [DeclineCall]),\n            ],\n        ),",
        );
    });
    let diags = crate::common::diagnostics_of(tmp.path());
    assert!(diags.is_empty(), "{diags:#?}");
    let e = engine_with(tmp.path());
    for (locale, words) in [
        ("en-US", "No Caller ID"),
        ("en-GB", "Private number"),
        ("he-IL", "מספר חסוי"),
    ] {
        let v = views(&e, "mini", locale, &[]);
        assert_eq!(ringing(&v[0]), (words.to_owned(), None), "{locale}");
    }
}

#[test]
fn an_app_call_shows_its_display_name_in_every_region() {
    let path = ["carry-on", "ignore-chat"];
    for locale in ["en-GB", "en-US"] {
        let v = views(&engine(), "inbox-flood-quick-assist", locale, &path);
        let (id, number) = ringing(v.last().unwrap());
        assert_eq!(id, "IT Helpdesk (External) · Teams call", "{locale}");
        assert_eq!(number, None);
    }
}

#[test]
fn the_caller_id_is_the_same_on_every_run_with_one_seed() {
    let path = ["answer", "follow", "allow", "log-in"];
    for locale in ["en-GB", "en-US", "fr", "es", "ar", "he-IL"] {
        let a = views(&engine(), "phantom-hacker", locale, &path);
        let b = views(&engine(), "phantom-hacker", locale, &path);
        assert_eq!(a, b, "{locale}");
    }
}
