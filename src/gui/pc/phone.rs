//! The mobile on the desk: ringing with the caller ID, in a call with the
//! caller's words as captions (one line at a time, at speaking pace), the
//! trainee's possible replies and the red key; idle with its keypad and
//! contacts. Beside it, the wallet with the bank card.

use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;

use super::art::Piece;
use super::{Anim, DeskCmd, Overlay, Pc, PhoneScreen};
use crate::act::WorldAct;
use crate::gui::state::UiCommand;
use crate::locale::bidi::strip_marks;
use crate::model::Place;
use crate::view::{LineView, SceneView};

const SCREEN: Color = Color::srgb(0.07, 0.08, 0.11);
const SOFT: Color = Color::srgb(0.75, 0.78, 0.84);
const GREEN: Color = Color::srgb(0.16, 0.65, 0.3);
const RED: Color = Color::srgb(0.85, 0.15, 0.15);
const KEY: Color = Color::srgb(0.2, 0.22, 0.27);

/// When a line is said (ms after the step began): each line follows the one
/// before at speaking pace (about 15 characters a second), a pressure line
/// no earlier than its own time.
pub fn line_at(at: &mut u64, l: &LineView) -> u64 {
    let start = (*at).max(u64::from(l.after_secs.unwrap_or(0)) * 1000);
    let len = strip_marks(&l.text).chars().count() as u64;
    *at = start + 600 + len * 65;
    start
}

pub fn draw(side: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let mut shell = side.spawn((
        Node {
            width: percent(100),
            flex_grow: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            padding: UiRect::all(px(12)),
            border: UiRect::all(px(6)),
            border_radius: BorderRadius::all(px(26)),
            overflow: Overflow::clip(),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(SCREEN),
        BorderColor::all(Color::srgb(0.25, 0.27, 0.3)),
    ));
    let ringing = matches!(pc.view.scene, SceneView::IncomingCall { .. });
    if ringing && !th.reduced_motion {
        shell.insert(Anim::Ring);
    }
    shell.with_children(|ph| {
        // Status bar.
        ph.spawn(Node {
            width: percent(100),
            justify_content: JustifyContent::SpaceBetween,
            direction: th.direction(),
            ..default()
        })
        .with_children(|s| {
            s.spawn(th.label(pc.clock.phone.clone(), 13.0, SOFT, false));
            s.spawn(th.label("▂▄▆ ◔", 13.0, SOFT, false));
        });
        // What does not fit scrolls (large text, a small window); the
        // call's keys stay in reach below it.
        ph.spawn(Node {
            width: percent(100),
            flex_grow: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            overflow: Overflow::scroll_y(),
            direction: th.direction(),
            ..default()
        })
        .with_children(|body| {
            if let SceneView::IncomingCall { caller_id, number } = &pc.view.scene {
                incoming(body, pc, caller_id, number.as_deref());
            } else if let Some(call) = &pc.view.call {
                in_call(body, pc, &call.caller, call.number.as_deref());
            } else {
                idle(body, pc);
            }
        });
        if matches!(pc.view.scene, SceneView::IncomingCall { .. }) {
            incoming_keys(ph, pc);
        } else if pc.view.call.is_some() {
            call_keys(ph, pc);
        }
    });
}

/// What the phone's screen shows of the caller, as the view says: a name
/// (a contact's, or the carrier's where the region shows one) over the
/// number, or, where the caller ID is the number itself, the number once.
fn caller_lines(ph: &mut ChildSpawnerCommands, pc: &Pc, caller_id: &str, number: Option<&str>) {
    // A number cannot wrap: like a phone's own screen, it grows with the
    // text size only as far as the screen's width allows (1.4×).
    let fit = |size: f32| size * (1.4 / pc.th().scale).min(1.0);
    match number {
        Some(n) if n == caller_id => pc.ltr_line(ph, "caller-id", n, fit(22.0), Color::WHITE, true),
        Some(n) => {
            pc.text(ph, "caller-id", caller_id, 22.0, Color::WHITE, true);
            pc.ltr_line(ph, "number", n, fit(17.0), SOFT, false);
        }
        None => pc.text(ph, "caller-id", caller_id, 22.0, Color::WHITE, true),
    }
}

fn round_key(
    p: &mut ChildSpawnerCommands,
    pc: &Pc,
    piece: Piece,
    name: &str,
    cmd: UiCommand,
    bg: Color,
) {
    pc.icon_control(p, piece, name, cmd, bg, 34.0).insert((
        Node {
            width: px(64),
            height: px(64),
            border_radius: BorderRadius::all(px(32)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            direction: pc.th().direction(),
            ..default()
        },
        AccessibleLabel(name.to_owned()),
    ));
}

/// The red key: it ends the call at every moment.
fn hang_up_key(keys: &mut ChildSpawnerCommands, pc: &Pc) {
    round_key(
        keys,
        pc,
        Piece::Decline,
        &pc.t("play-hang-up"),
        pc.act("hang-up", WorldAct::HangUp),
        RED,
    );
}

fn incoming(ph: &mut ChildSpawnerCommands, pc: &Pc, caller_id: &str, number: Option<&str>) {
    let th = pc.th();
    ph.spawn(th.para(pc.t("play-incoming"), 14.0, SOFT));
    caller_lines(ph, pc, caller_id, number);
}

/// Decline and answer, under the ringing phone's screen.
fn incoming_keys(ph: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    ph.spawn(Node {
        width: percent(100),
        flex_shrink: 0.0,
        justify_content: JustifyContent::SpaceAround,
        direction: th.direction(),
        ..default()
    })
    .with_children(|keys| {
        // Decline on the left, answer on the right, as phones lay them out.
        round_key(
            keys,
            pc,
            Piece::Decline,
            &pc.t("play-decline"),
            pc.act("decline", WorldAct::Decline),
            RED,
        );
        round_key(
            keys,
            pc,
            Piece::Call,
            &pc.t("play-answer"),
            pc.act("answer", WorldAct::Answer),
            GREEN,
        );
    });
}

fn in_call(ph: &mut ChildSpawnerCommands, pc: &Pc, name: &str, number: Option<&str>) {
    let th = pc.th();
    ph.spawn(th.para(pc.t("play-on-call"), 13.0, Color::srgb(0.55, 0.9, 0.6)));
    caller_lines(ph, pc, name, number);
    if pc.desk.phone == PhoneScreen::Keypad {
        keypad(ph, pc);
        return;
    }
    // What the caller says, one line at a time.
    ph.spawn(Node {
        width: percent(100),
        flex_grow: 1.0,
        flex_shrink: 0.0,
        flex_direction: FlexDirection::Column,
        row_gap: px(6),
        direction: th.direction(),
        ..default()
    })
    .with_children(|caps| {
        let mut at = 0u64;
        for l in &pc.view.lines {
            let show = line_at(&mut at, l);
            let node = Node {
                width: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(7)),
                border_radius: BorderRadius::all(px(8)),
                direction: th.direction(),
                ..default()
            };
            let speaker = strip_marks(&l.speaker);
            let text = l.text.clone();
            let mut bubble = pc.element(caps, &l.id, &text, node, |b| {
                b.spawn(th.para(speaker.clone(), 12.0, Color::srgb(0.65, 0.75, 1.0)));
                b.spawn(th.para(text.clone(), 15.0, Color::WHITE));
            });
            bubble.insert(BackgroundColor(KEY));
            if !th.reduced_motion {
                bubble.insert((Anim::Reveal { at_ms: show }, Visibility::Hidden));
            }
        }
    });
    super::apps::replies(ph, pc, Color::srgb(0.17, 0.19, 0.24), Color::WHITE);
}

/// The keys under a call: the keypad and the red key (the red key alone
/// while the keypad shows).
fn call_keys(ph: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    ph.spawn(Node {
        width: percent(100),
        flex_shrink: 0.0,
        justify_content: JustifyContent::SpaceAround,
        align_items: AlignItems::Center,
        direction: th.direction(),
        ..default()
    })
    .with_children(|keys| {
        if pc.desk.phone == PhoneScreen::Keypad {
            hang_up_key(keys, pc);
            return;
        }
        keys.spawn(th.control(
            "⌨",
            UiCommand::Desk(DeskCmd::Phone(PhoneScreen::Keypad)),
            KEY,
            Color::WHITE,
            18.0,
        ))
        .insert(AccessibleLabel(pc.t("pc-phone-keypad")));
        hang_up_key(keys, pc);
    });
}

fn idle(ph: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    match pc.desk.phone {
        PhoneScreen::Home => {
            // The lock screen: the time, the date under it.
            ph.spawn(Node {
                width: percent(100),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                direction: pc.th().direction(),
                ..default()
            })
            .with_children(|c| {
                c.spawn(th.label(pc.clock.phone.clone(), 44.0, Color::WHITE, false));
                c.spawn(th.label(pc.clock.day.clone(), 15.0, SOFT, false));
            });
            ph.spawn(Node {
                flex_grow: 1.0,
                direction: pc.th().direction(),
                ..default()
            });
            ph.spawn(th.row(10.0)).with_children(|apps| {
                for (piece, id, screen) in [
                    (Piece::Keypad, "pc-phone-keypad", PhoneScreen::Keypad),
                    (Piece::Contacts, "pc-phone-contacts", PhoneScreen::Contacts),
                ] {
                    pc.labelled_control(
                        apps,
                        piece,
                        &pc.t(id),
                        UiCommand::Desk(DeskCmd::Phone(screen)),
                        KEY,
                        15.0,
                    );
                }
            });
        }
        PhoneScreen::Keypad => keypad(ph, pc),
        PhoneScreen::Contacts => {
            ph.spawn(th.heading(pc.t("pc-phone-contacts"), 18.0, Color::WHITE));
            let contacts: Vec<_> = pc
                .view
                .directory
                .iter()
                .filter(|d| d.found.contains(&Place::Contacts))
                .collect();
            if contacts.is_empty() {
                ph.spawn(th.para(pc.t("pc-phone-no-contacts"), 14.0, SOFT));
            }
            for d in contacts {
                ph.spawn(th.control(
                    format!("{}  ·  {}", strip_marks(&d.name), strip_marks(&d.number)),
                    UiCommand::Desk(DeskCmd::DialNumber(d.number.clone())),
                    KEY,
                    Color::WHITE,
                    15.0,
                ));
            }
            back_home(ph, pc);
        }
    }
}

fn back_home(ph: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    ph.spawn(Node {
        flex_grow: 1.0,
        direction: pc.th().direction(),
        ..default()
    });
    ph.spawn(th.control(
        "◁",
        UiCommand::Desk(DeskCmd::Phone(PhoneScreen::Home)),
        KEY,
        Color::WHITE,
        16.0,
    ))
    .insert(AccessibleLabel(pc.t("pc-phone-home")));
}

fn keypad(ph: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let shown = if pc.desk.dialled.is_empty() {
        pc.desk
            .no_answer
            .as_ref()
            .map(|n| pc.ctx.ta("pc-phone-no-answer", &[("number", n.clone())]))
            .unwrap_or_default()
    } else {
        pc.desk.dialled.clone()
    };
    ph.spawn(Node {
        width: percent(100),
        min_height: px(34),
        justify_content: JustifyContent::Center,
        direction: InlineDirection::Ltr,
        ..default()
    })
    .with_children(|d| {
        d.spawn(th.label(strip_marks(&shown), 22.0, Color::WHITE, false));
    });
    for row in [
        ["1", "2", "3"],
        ["4", "5", "6"],
        ["7", "8", "9"],
        ["*", "0", "#"],
    ] {
        ph.spawn(Node {
            width: percent(100),
            justify_content: JustifyContent::SpaceAround,
            direction: InlineDirection::Ltr,
            ..default()
        })
        .with_children(|r| {
            for k in row {
                let ch = k.chars().next().unwrap_or('0');
                r.spawn(th.control(
                    k,
                    UiCommand::Desk(DeskCmd::DialDigit(ch)),
                    KEY,
                    Color::WHITE,
                    20.0,
                ))
                .insert(Node {
                    width: px(54),
                    height: px(40),
                    border_radius: BorderRadius::all(px(20)),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    direction: pc.th().direction(),
                    ..default()
                });
            }
        });
    }
    ph.spawn(Node {
        width: percent(100),
        justify_content: JustifyContent::SpaceAround,
        align_items: AlignItems::Center,
        direction: InlineDirection::Ltr,
        ..default()
    })
    .with_children(|r| {
        r.spawn(th.control(
            "⌫",
            UiCommand::Desk(DeskCmd::DialBackspace),
            KEY,
            Color::WHITE,
            18.0,
        ))
        .insert(AccessibleLabel(pc.t("pc-phone-delete")));
        round_key(
            r,
            pc,
            Piece::Call,
            &pc.t("pc-phone-call"),
            UiCommand::Desk(DeskCmd::DialCall),
            GREEN,
        );
    });
    if pc.view.call.is_none() {
        back_home(ph, pc);
    }
}

/// The wallet on the desk, when the bank card carries a number to call.
pub fn wallet(side: &mut ChildSpawnerCommands, pc: &Pc) {
    if !pc
        .view
        .directory
        .iter()
        .any(|d| d.found.contains(&Place::Card))
    {
        return;
    }
    let th = pc.th();
    side.spawn(th.control(
        format!("▭ {}", strip_marks(&pc.t("pc-wallet"))),
        UiCommand::Desk(DeskCmd::Open(Overlay::Wallet)),
        Color::srgb(0.30, 0.18, 0.10),
        Color::WHITE,
        16.0,
    ));
}
