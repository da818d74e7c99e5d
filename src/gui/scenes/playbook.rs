//! Look-alikes for the rest of the tech-support-scam playbook: a command
//! prompt with a dictated command, a web shop selling "protection", the
//! intercom view of a courier at the door, a post office counter, a crypto
//! ATM screen, and the bank page with the developer-tools pane where the
//! balance was edited (the refund trick).

use bevy::prelude::*;

use super::desktop::{browser, window};
use crate::gui::screens::Ctx;
use crate::gui::theme;
use crate::locale::bidi::strip_marks;
use crate::model::PaymentMethod;
use crate::view::DevToolsView;

/// A dark panel with monospace-looking light text (consoles, ATM screens).
fn dark_panel(
    p: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    bg: Color,
    fill: impl FnOnce(&mut ChildSpawnerCommands),
) {
    p.spawn((
        Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            padding: UiRect::all(px(12)),
            border_radius: BorderRadius::all(px(4)),
            direction: ctx.theme.direction(),
            ..default()
        },
        BackgroundColor(bg),
    ))
    .with_children(fill);
}

/// The amount line: "Amount: €4,000".
fn amount_line(p: &mut ChildSpawnerCommands, ctx: &Ctx, icon: &str, amount: &str, color: Color) {
    let th = &ctx.theme;
    p.spawn((Node {
        column_gap: px(14),
        align_items: AlignItems::Center,
        direction: th.direction(),
        ..default()
    },))
        .with_children(|r| {
            r.spawn(th.label(icon.to_owned(), 28.0, color, true));
            r.spawn(th.label(
                // The label and its punctuation are the locale's ("Montant dû : …").
                strip_marks(&ctx.ta("play-amount", &[("amount", amount.to_string())])),
                24.0,
                color,
                true,
            ));
        });
}

/// A Windows command prompt with the command the caller dictates typed at
/// the prompt.
pub fn command_prompt(
    p: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    title: Option<&str>,
    body: &str,
    command: &str,
) {
    let th = &ctx.theme;
    window(
        p,
        th,
        title.unwrap_or("C:\\Windows\\System32\\cmd.exe"),
        Color::srgb(0.15, 0.15, 0.15),
        |w| {
            dark_panel(w, ctx, theme::CONSOLE, |c| {
                c.spawn(th.label(
                    "Microsoft Windows [Version 10.0.19045]",
                    14.0,
                    Color::srgb(0.8, 0.8, 0.8),
                    false,
                ));
                // The prompt is left-to-right in every locale, like the real one.
                c.spawn((Node {
                    direction: InlineDirection::Ltr,
                    ..default()
                },))
                    .with_children(|r| {
                        r.spawn(th.label(
                            format!("C:\\Users\\User> {}_", strip_marks(command)),
                            18.0,
                            Color::srgb(0.95, 0.95, 0.95),
                            true,
                        ));
                    });
                // What the console prints (the scene's body).
                c.spawn(th.para(body.to_owned(), 16.0, Color::srgb(0.85, 0.85, 0.85)));
            });
        },
    );
}

/// A web shop page selling "security software".
pub fn web_shop(p: &mut ChildSpawnerCommands, ctx: &Ctx, product: &str, price: &str, body: &str) {
    let th = &ctx.theme;
    browser(
        p,
        ctx,
        "https://pc-protection-store.example/checkout",
        |w| {
            w.spawn(th.heading(product.to_owned(), 22.0, theme::ACCENT));
            w.spawn(th.label("✔ 100% secure", 18.0, Color::srgb(0.95, 0.65, 0.0), false));
            amount_line(w, ctx, "▭", price, theme::INK);
            w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
        },
    );
}

/// The intercom view of someone at the door: a camera picture (a dark
/// frame with a silhouette) and what they say they are collecting.
pub fn doorstep(
    p: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    visitor: &str,
    body: &str,
    method: PaymentMethod,
    amount: &str,
) {
    let th = &ctx.theme;
    let icon = match method {
        PaymentMethod::Gold => "Au ▭",
        PaymentMethod::Card => "▭",
        _ => "✉",
    };
    window(p, th, "◉ CAM 1", Color::srgb(0.2, 0.22, 0.26), |w| {
        dark_panel(w, ctx, Color::srgb(0.12, 0.14, 0.12), |cam| {
            cam.spawn(th.label("◉ REC", 13.0, theme::DANGER, true));
            cam.spawn(th.label("◉", 64.0, Color::srgb(0.6, 0.65, 0.6), false));
            cam.spawn(th.label(strip_marks(visitor), 18.0, Color::WHITE, true));
        });
        amount_line(w, ctx, icon, amount, theme::INK);
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
    });
}

/// A post office counter: an envelope or parcel with banknotes.
pub fn post_office(p: &mut ChildSpawnerCommands, ctx: &Ctx, body: &str, amount: &str) {
    let th = &ctx.theme;
    window(p, th, "✉", Color::srgb(0.8, 0.15, 0.1), |w| {
        dark_panel(w, ctx, Color::srgb(0.98, 0.9, 0.55), |c| {
            c.spawn(th.label("▭ ✉ ▭", 40.0, theme::INK, false));
        });
        amount_line(w, ctx, "✉", amount, theme::INK);
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
    });
}

/// A cryptocurrency ATM screen with the scammer's wallet address.
pub fn crypto_atm(
    p: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    body: &str,
    amount: &str,
    address: &str,
) {
    let th = &ctx.theme;
    window(p, th, "BTC ATM", Color::srgb(0.95, 0.55, 0.1), |w| {
        dark_panel(w, ctx, Color::srgb(0.06, 0.08, 0.14), |c| {
            c.spawn(th.label("▭ ▭\n▭ ▭", 30.0, Color::WHITE, true));
            c.spawn((Node {
                direction: InlineDirection::Ltr,
                ..default()
            },))
                .with_children(|r| {
                    r.spawn(th.label(
                        strip_marks(address),
                        15.0,
                        Color::srgb(0.6, 0.9, 0.6),
                        false,
                    ));
                });
            amount_line(c, ctx, "BTC", amount, Color::WHITE);
        });
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
    });
}

/// The bank page with the developer-tools pane open: the balance element
/// edited from `before` to `after`.
pub fn banking_dev_tools(p: &mut ChildSpawnerCommands, ctx: &Ctx, body: &str, d: &DevToolsView) {
    let th = &ctx.theme;
    browser(p, ctx, "https://online.bank.example", |w| {
        w.spawn(th.heading(ctx.t("play-bank"), 22.0, Color::srgb(0.0, 0.35, 0.3)));
        w.spawn(th.label(strip_marks(&d.after), 30.0, theme::SAFE, true));
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
        dark_panel(w, ctx, Color::srgb(0.14, 0.15, 0.18), |dev| {
            dev.spawn(th.label(
                "Elements  Console  Sources  Network",
                13.0,
                Color::srgb(0.7, 0.75, 0.85),
                false,
            ));
            dev.spawn((Node {
                direction: InlineDirection::Ltr,
                column_gap: px(6),
                ..default()
            },))
                .with_children(|r| {
                    r.spawn(th.label(
                        "<span id=\"balance\">",
                        14.0,
                        Color::srgb(0.55, 0.75, 0.95),
                        false,
                    ));
                    r.spawn(th.label(strip_marks(&d.before), 14.0, theme::DANGER, false));
                    r.spawn(th.label("→", 14.0, Color::WHITE, true));
                    r.spawn(th.label(
                        strip_marks(&d.after),
                        14.0,
                        Color::srgb(0.6, 0.9, 0.6),
                        true,
                    ));
                    r.spawn(th.label("</span>", 14.0, Color::srgb(0.55, 0.75, 0.95), false));
                });
            if let Some(n) = &d.note {
                dev.spawn(th.para(n.clone(), 14.0, Color::srgb(0.85, 0.85, 0.85)));
            }
        });
    });
}
