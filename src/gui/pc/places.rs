//! Places away from the PC: the front door seen on the intercom, a post
//! office counter, a cryptocurrency ATM. Each fills the view the way the
//! trainee would see it there.

use bevy::prelude::*;

use super::Pc;
use crate::gui::theme::{INK, PANEL};
use crate::locale::bidi::strip_marks;
use crate::model::PaymentMethod;
use crate::view::SceneView;

fn place(
    screen: &mut ChildSpawnerCommands,
    pc: &Pc,
    bg: Color,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    let th = pc.th();
    screen
        .spawn((
            Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                row_gap: px(12),
                padding: UiRect::all(px(20)),
                align_items: AlignItems::Center,
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(bg),
        ))
        .with_children(fill);
}

fn panel(
    p: &mut ChildSpawnerCommands,
    pc: &Pc,
    bg: Color,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    p.spawn((
        Node {
            width: percent(80),
            flex_direction: FlexDirection::Column,
            row_gap: px(10),
            padding: UiRect::all(px(16)),
            border_radius: BorderRadius::all(px(8)),
            direction: pc.th().direction(),
            ..default()
        },
        BackgroundColor(bg),
    ))
    .with_children(fill);
}

pub fn draw(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    let amount_line =
        |amount: &str| strip_marks(&pc.ctx.ta("play-amount", &[("amount", amount.to_owned())]));
    match &pc.view.scene {
        SceneView::Doorstep {
            visitor,
            body,
            method,
            amount,
        } => place(screen, pc, Color::srgb(0.55, 0.5, 0.45), |s| {
            // The intercom's camera picture.
            panel(s, pc, Color::srgb(0.10, 0.12, 0.10), |cam| {
                cam.spawn(th.label("◉ REC  CAM 1", 13.0, Color::srgb(0.9, 0.3, 0.3), true));
                cam.spawn(th.label("◉", 72.0, Color::srgb(0.55, 0.6, 0.55), false));
                pc.text(cam, "visitor", visitor, 18.0, Color::WHITE, true);
            });
            panel(s, pc, PANEL, |p| {
                let icon = match method {
                    PaymentMethod::Gold => "Au",
                    PaymentMethod::Card => "▭",
                    _ => "✉",
                };
                pc.text(
                    p,
                    "amount",
                    &format!("{icon}  {}", amount_line(amount)),
                    20.0,
                    INK,
                    true,
                );
                pc.text(p, "body", body, 17.0, INK, false);
                if pc.view.call.is_none() {
                    super::apps::replies(p, pc, Color::srgb(0.95, 0.95, 0.97), INK);
                }
                pc.buttons(p, Color::srgb(0.93, 0.94, 0.96), INK);
            });
        }),
        SceneView::PostOffice { body, amount } => {
            place(screen, pc, Color::srgb(0.78, 0.80, 0.82), |s| {
                post_counter(s, pc, body, amount)
            })
        }
        SceneView::CryptoAtm {
            body,
            amount,
            address,
        } => place(screen, pc, Color::srgb(0.3, 0.3, 0.33), |s| {
            panel(s, pc, Color::srgb(0.06, 0.08, 0.14), |atm| {
                atm.spawn(th.label("BTC ATM", 26.0, Color::srgb(0.95, 0.6, 0.1), true));
                atm.spawn(th.label("▣ ▣\n▣ ▣", 30.0, Color::WHITE, true));
                pc.ltr(
                    atm,
                    "address",
                    address,
                    15.0,
                    Color::srgb(0.6, 0.9, 0.6),
                    false,
                );
                pc.text(
                    atm,
                    "amount",
                    &amount_line(amount),
                    20.0,
                    Color::WHITE,
                    true,
                );
                pc.text(atm, "body", body, 17.0, Color::WHITE, false);
                pc.buttons(atm, Color::srgb(0.95, 0.6, 0.1), INK);
            });
        }),
        _ => {}
    }
}

/// The post office counter: the office's sign and the queue display, the
/// parcel and the bundle of notes on the counter, the form and the acts.
fn post_counter(s: &mut ChildSpawnerCommands, pc: &Pc, body: &str, amount: &str) {
    let th = pc.th();
    let post_yellow = Color::srgb(0.98, 0.80, 0.10);
    // The sign above the counter, with the queue display at its far end.
    s.spawn((
        Node {
            width: percent(100),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(16), px(8)),
            border_radius: BorderRadius::all(px(4)),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(post_yellow),
    ))
    .with_children(|sign| {
        sign.spawn(th.label(
            th.shown(&format!("✉  {}", pc.t("place-post-office"))),
            24.0,
            INK,
            true,
        ));
        sign.spawn((
            Node {
                padding: UiRect::axes(px(10), px(4)),
                border_radius: BorderRadius::all(px(3)),
                ..default()
            },
            BackgroundColor(Color::srgb(0.08, 0.08, 0.08)),
        ))
        .with_children(|led| {
            led.spawn(th.label("A 042  →  3", 20.0, Color::srgb(1.0, 0.25, 0.15), true));
        });
    });
    // The clerk behind the glass.
    s.spawn((
        Node {
            width: percent(100),
            height: px(150),
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::End,
            align_items: AlignItems::Center,
            border: UiRect::horizontal(px(4)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.80, 0.87, 0.91)),
        BorderColor::all(Color::srgb(0.60, 0.64, 0.68)),
    ))
    .with_children(|glass| {
        let clerk = Color::srgb(0.36, 0.40, 0.46);
        glass.spawn((
            Node {
                width: px(56),
                height: px(56),
                margin: UiRect::bottom(px(6)),
                border_radius: BorderRadius::all(percent(50)),
                ..default()
            },
            BackgroundColor(clerk),
        ));
        glass.spawn((
            Node {
                width: px(150),
                height: px(60),
                border_radius: BorderRadius::top(px(40)),
                ..default()
            },
            BackgroundColor(clerk),
        ));
    });
    // The counter top: the padded envelope and the bundle of notes.
    s.spawn((
        Node {
            width: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::End,
            column_gap: px(40),
            padding: UiRect::all(px(16)),
            margin: UiRect::top(px(-12)),
            border: UiRect::top(px(6)),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(Color::srgb(0.55, 0.40, 0.26)),
        BorderColor::all(Color::srgb(0.40, 0.28, 0.17)),
    ))
    .with_children(|counter| {
        // A padded envelope with its express label.
        counter
            .spawn((
                Node {
                    width: px(200),
                    height: px(130),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::all(px(4)),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.85, 0.72, 0.50)),
            ))
            .with_children(|env| {
                env.spawn((
                    Node {
                        width: px(120),
                        padding: UiRect::all(px(6)),
                        flex_direction: FlexDirection::Column,
                        row_gap: px(3),
                        ..default()
                    },
                    BackgroundColor(Color::WHITE),
                ))
                .with_children(|label| {
                    label.spawn(th.label("EXPRESS", 12.0, Color::srgb(0.8, 0.1, 0.1), true));
                    for w in [90.0, 70.0, 80.0] {
                        label.spawn((
                            Node {
                                width: px(w),
                                height: px(3),
                                ..default()
                            },
                            BackgroundColor(Color::srgb(0.3, 0.3, 0.35)),
                        ));
                    }
                });
            });
        // The notes, held by a paper band with the sum written on it.
        counter
            .spawn((
                Node {
                    width: px(250),
                    height: px(96),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(3)),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.55, 0.70, 0.50)),
                BorderColor::all(Color::srgb(0.35, 0.50, 0.32)),
            ))
            .with_children(|notes| {
                notes
                    .spawn((
                        Node {
                            width: px(112),
                            height: percent(100),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            ..default()
                        },
                        BackgroundColor(Color::srgb(0.96, 0.94, 0.88)),
                    ))
                    .with_children(|band| {
                        pc.text(band, "amount", amount, 13.0, INK, true);
                    });
            });
    });
    panel(s, pc, PANEL, |p| {
        pc.text(p, "body", body, 17.0, INK, false);
        if pc.view.call.is_none() {
            super::apps::replies(p, pc, Color::srgb(0.95, 0.95, 0.97), INK);
        }
        pc.buttons(p, post_yellow, INK);
    });
}
