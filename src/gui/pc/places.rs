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
            place(screen, pc, Color::srgb(0.96, 0.85, 0.3), |s| {
                s.spawn(th.label("✉  ▭ ▭  ✉", 44.0, INK, false));
                panel(s, pc, PANEL, |p| {
                    pc.text(p, "amount", &amount_line(amount), 20.0, INK, true);
                    pc.text(p, "body", body, 17.0, INK, false);
                    if pc.view.call.is_none() {
                        super::apps::replies(p, pc, Color::srgb(0.95, 0.95, 0.97), INK);
                    }
                    pc.buttons(p, Color::srgb(0.8, 0.15, 0.1), Color::WHITE);
                });
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
