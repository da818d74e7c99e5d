//! Every shipped pack played through the world's acts (a button pressed, a
//! sentence said, a number dialled, End task, text typed) reaches the same
//! steps, outcome and score as taking its choices by id; and acts the step
//! does not bind change nothing.

use scamdrill::act::{WorldAct, act_for, choice_for};
use scamdrill::play::TIMEOUT;
use scamdrill::view::ViaView;

use crate::common::engine;

#[test]
fn every_pack_plays_through_world_acts_to_the_engines_result() {
    let e = engine();
    assert!(e.library.packs.len() >= 12, "every shipped pack loads");
    let mut acts_seen = std::collections::BTreeSet::new();
    for pack in &e.library.packs {
        for path in scamdrill::cli::all_paths_of(pack) {
            for locale in ["en-US", "he-IL", "ar"] {
                let mut by_id = e.start(pack.id(), locale, 11).unwrap();
                let mut by_act = e.start(pack.id(), locale, 11).unwrap();
                let mut t = 0;
                for c in &path {
                    t += 1000;
                    if c == TIMEOUT {
                        let at = by_id.act(c, t).unwrap();
                        assert_eq!(by_act.act(c, t).unwrap(), at);
                        t = at;
                        continue;
                    }
                    let view = by_act.view().unwrap();
                    let act = act_for(&view, c)
                        .unwrap_or_else(|| panic!("{} {locale}: no act for {c}", pack.id()));
                    acts_seen.insert(format!("{act:?}").split('(').next().unwrap().to_owned());
                    assert_eq!(
                        choice_for(&view, &act).as_deref(),
                        Some(c.as_str()),
                        "{} {locale} step {}: {act:?} must take {c} and nothing else",
                        pack.id(),
                        view.step
                    );
                    by_id.choose(c, t).unwrap();
                    assert_eq!(
                        by_act.perform(&act, t).unwrap().as_deref(),
                        Some(c.as_str())
                    );
                }
                assert_eq!(by_act.run.current_id(), by_id.run.current_id());
                let (a, b) = (by_act.score(), by_id.score());
                assert_eq!(
                    (a.points, a.outcome, a.passed),
                    (b.points, b.outcome, b.passed),
                    "{} {locale} {path:?}",
                    pack.id()
                );
            }
        }
    }
    // The shipped packs use the world's acts, not only buttons.
    for kind in [
        "Say",
        "HangUp",
        "Answer",
        "Decline",
        "Dial",
        "CloseBrowser",
        "Press",
    ] {
        assert!(
            acts_seen.contains(kind),
            "no shipped path uses {kind}: {acts_seen:?}"
        );
    }
}

#[test]
fn an_act_the_step_does_not_bind_changes_nothing() {
    let e = engine();
    let mut p = e.start("isp-router-call", "en-US", 3).unwrap();
    // Ringing: closing a window, typing, or dialling a random number takes no choice.
    for act in [
        WorldAct::CloseWindow,
        WorldAct::Type("hello".into()),
        WorldAct::Dial("0123".into()),
        WorldAct::Press("answer".into()),
    ] {
        assert_eq!(p.perform(&act, 500).unwrap(), None, "{act:?}");
        assert_eq!(p.run.current_id(), "ringing");
    }
    assert_eq!(
        p.perform(&WorldAct::Answer, 1000).unwrap().as_deref(),
        Some("answer")
    );
}

#[test]
fn dialling_matches_digits_however_they_are_written() {
    let e = engine();
    let mut p = e.start("isp-router-call", "ar", 3).unwrap();
    p.perform(&WorldAct::Answer, 1000).unwrap();
    p.perform(&WorldAct::HangUp, 2000).unwrap();
    let view = p.view().unwrap();
    let number = view
        .choices
        .iter()
        .find_map(|c| match &c.via {
            ViaView::Dial { number } => Some(number.clone()),
            _ => None,
        })
        .expect("after hanging up, the provider's real number can be dialled");
    // Keyed as bare digits, with a different grouping, or in Arabic-Indic digits.
    let bare: String = scamdrill::act::digits(&number);
    let arabic: String = bare
        .chars()
        .map(|d| char::from_u32(0x0660 + d.to_digit(10).unwrap()).unwrap())
        .collect();
    for typed in [
        bare.clone(),
        format!("{} {}", &bare[..3], &bare[3..]),
        arabic,
    ] {
        assert!(
            choice_for(&view, &WorldAct::Dial(typed.clone())).is_some(),
            "{typed} should dial {number}"
        );
    }
    assert!(choice_for(&view, &WorldAct::Dial(format!("{bare}9"))).is_none());
}
