//! Look-alike windows: mail, chat, the remote-support tool and remote
//! control, "proof" (Event Viewer, console, fake scan), payment, banking.

use bevy::prelude::*;

use super::Anim;
use super::desktop::{browser, window};
use crate::gui::screens::Ctx;
use crate::gui::theme;
use crate::model::{PaymentMethod, ProofKind};

pub fn email(p: &mut ChildSpawnerCommands, ctx: &Ctx, from: &str, subject: &str, body: &str) {
    let th = &ctx.theme;
    window(
        p,
        th,
        &ctx.t("play-mail"),
        Color::srgb(0.0, 0.45, 0.78),
        |w| {
            w.spawn(th.heading(subject.to_owned(), 20.0, theme::INK));
            w.spawn(th.para(from.to_owned(), 15.0, theme::MUTED));
            w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
        },
    );
}

pub fn chat(p: &mut ChildSpawnerCommands, ctx: &Ctx, from: &str, body: &str) {
    let th = &ctx.theme;
    window(
        p,
        th,
        &ctx.t("play-chat"),
        Color::srgb(0.33, 0.27, 0.62),
        |w| {
            w.spawn(th.heading(from.to_owned(), 17.0, Color::srgb(0.33, 0.27, 0.62)));
            w.spawn((
                Node {
                    width: percent(90),
                    padding: UiRect::all(px(10)),
                    border_radius: BorderRadius::all(px(10)),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.92, 0.91, 0.98)),
            ))
            .with_children(|b| {
                b.spawn(th.para(body.to_owned(), 17.0, theme::INK));
            });
        },
    );
}

pub fn remote_tool(p: &mut ChildSpawnerCommands, ctx: &Ctx, tool: &str, code: &str, prompt: &str) {
    let th = &ctx.theme;
    window(
        p,
        th,
        &format!(
            "{} — {}",
            crate::locale::bidi::strip_marks(tool),
            ctx.t("play-remote-request")
        ),
        Color::srgb(0.85, 0.2, 0.15),
        |w| {
            w.spawn(th.para(ctx.t("play-remote-address"), 15.0, theme::MUTED));
            w.spawn((Node {
                direction: InlineDirection::Ltr,
                ..default()
            },))
                .with_children(|c| {
                    c.spawn(th.label(
                        crate::locale::bidi::strip_marks(code),
                        40.0,
                        theme::INK,
                        true,
                    ));
                });
            w.spawn((
                Node {
                    width: percent(100),
                    padding: UiRect::all(px(12)),
                    border: UiRect::all(px(2)),
                    direction: th.direction(),
                    ..default()
                },
                BorderColor::all(theme::DANGER),
                BackgroundColor(Color::srgb(1.0, 0.95, 0.94)),
            ))
            .with_children(|b| {
                b.spawn(th.para(prompt.to_owned(), 17.0, theme::INK));
            });
        },
    );
}

pub fn remote_control(p: &mut ChildSpawnerCommands, ctx: &Ctx, tool: &str, body: &str) {
    let th = &ctx.theme;
    window(
        p,
        th,
        &format!(
            "{} {}",
            crate::locale::bidi::strip_marks(tool),
            crate::locale::bidi::strip_marks(&ctx.t("play-remote-control"))
        ),
        Color::srgb(0.85, 0.2, 0.15),
        |w| {
            w.spawn((
                Node {
                    width: percent(100),
                    flex_grow: 1.0,
                    padding: UiRect::all(px(12)),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(4),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(theme::CONSOLE),
            ))
            .with_children(|c| {
                c.spawn(th.para(body.to_owned(), 16.0, Color::srgb(0.75, 0.95, 0.75)));
                for line in [
                    "TCP 192.168.1.7:49712  20.42.73.29:443   ESTABLISHED",
                    "TCP 192.168.1.7:49718  52.96.165.18:443  ESTABLISHED",
                    "TCP 192.168.1.7:49731  142.250.74.3:443  TIME_WAIT",
                ] {
                    c.spawn((Node {
                        direction: InlineDirection::Ltr,
                        ..default()
                    },))
                        .with_children(|l| {
                            l.spawn(th.label(line, 14.0, Color::srgb(0.8, 0.8, 0.8), false));
                        });
                }
            });
            if !th.reduced_motion {
                w.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: percent(40),
                        top: percent(50),
                        ..default()
                    },
                    Anim::Pointer,
                ))
                .with_children(|c| {
                    c.spawn(th.label("➤", 30.0, Color::WHITE, true));
                });
            }
        },
    );
}

pub fn proof(p: &mut ChildSpawnerCommands, ctx: &Ctx, kind: ProofKind, title: &str, body: &str) {
    let th = &ctx.theme;
    match kind {
        ProofKind::EventViewer => window(p, th, title, Color::srgb(0.2, 0.3, 0.45), |w| {
            for (level, color, n) in [
                (
                    "⚠ Warning",
                    Color::srgb(0.8, 0.6, 0.0),
                    "DistributedCOM 10016",
                ),
                ("✕ Error", theme::DANGER, "Service Control Manager 7000"),
                ("⚠ Warning", Color::srgb(0.8, 0.6, 0.0), "Kernel-PnP 219"),
                ("✕ Error", theme::DANGER, "DNS Client Events 1014"),
            ] {
                w.spawn((Node {
                    column_gap: px(16),
                    direction: InlineDirection::Ltr,
                    ..default()
                },))
                    .with_children(|r| {
                        r.spawn(th.label(level, 14.0, color, true));
                        r.spawn(th.label(n, 14.0, theme::INK, false));
                    });
            }
            w.spawn(th.para(body.to_owned(), 16.0, theme::INK));
        }),
        ProofKind::CommandPrompt => window(p, th, title, Color::srgb(0.15, 0.15, 0.15), |w| {
            w.spawn((
                Node {
                    width: percent(100),
                    flex_grow: 1.0,
                    padding: UiRect::all(px(12)),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(theme::CONSOLE),
            ))
            .with_children(|c| {
                c.spawn(th.para(body.to_owned(), 16.0, Color::srgb(0.85, 0.85, 0.85)));
            });
        }),
        ProofKind::FakeScan | ProofKind::ScannerPage => {
            browser(p, ctx, "https://secure-pc-scan.example", |w| {
                w.spawn(th.heading(title.to_owned(), 20.0, theme::DANGER));
                w.spawn((
                    Node {
                        width: percent(100),
                        height: px(16),
                        border: UiRect::all(px(1)),
                        direction: th.direction(),
                        ..default()
                    },
                    BorderColor::all(theme::MUTED),
                ))
                .with_children(|bar| {
                    bar.spawn((
                        Node {
                            width: percent(60),
                            height: percent(100),
                            ..default()
                        },
                        BackgroundColor(theme::DANGER),
                        Anim::Progress { secs: 12.0 },
                    ));
                });
                w.spawn(th.para(body.to_owned(), 16.0, theme::INK));
            })
        }
    }
}

pub fn payment(
    p: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    method: PaymentMethod,
    amount: &str,
    body: &str,
) {
    let th = &ctx.theme;
    let icon = match method {
        PaymentMethod::GiftCards => "▭ ▭ ▭",
        PaymentMethod::Crypto => "BTC",
        PaymentMethod::BankTransfer => "⇄",
        PaymentMethod::Card => "▭",
        PaymentMethod::Cash | PaymentMethod::CashByPost | PaymentMethod::Courier => "✉",
        PaymentMethod::Voucher(_) => "▭ ▭ ▭",
        PaymentMethod::CryptoAtm => "BTC",
        PaymentMethod::Gold => "Au",
    };
    browser(p, ctx, "https://secure-payment-support.example", |w| {
        w.spawn(th.heading(ctx.t("play-payment"), 22.0, theme::INK));
        w.spawn((Node {
            column_gap: px(16),
            align_items: AlignItems::Center,
            direction: th.direction(),
            ..default()
        },))
            .with_children(|r| {
                r.spawn(th.label(icon, 30.0, theme::ACCENT, true));
                r.spawn(th.label(
                    // The label and its punctuation are the locale's ("Montant dû : …").
                    crate::locale::bidi::strip_marks(
                        &ctx.ta("play-amount", &[("amount", amount.to_string())]),
                    ),
                    26.0,
                    theme::INK,
                    true,
                ));
            });
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
    });
}

pub fn banking(p: &mut ChildSpawnerCommands, ctx: &Ctx, body: &str) {
    let th = &ctx.theme;
    browser(p, ctx, "https://online.bank.example", |w| {
        w.spawn(th.heading(ctx.t("play-bank"), 22.0, Color::srgb(0.0, 0.35, 0.3)));
        w.spawn(th.para(body.to_owned(), 17.0, theme::INK));
    });
}

pub fn narration(p: &mut ChildSpawnerCommands, ctx: &Ctx, body: &str, ending: Option<&str>) {
    let th = &ctx.theme;
    p.spawn(Node {
        width: percent(100),
        flex_grow: 1.0,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        padding: UiRect::all(px(20)),
        direction: th.direction(),
        ..default()
    })
    .with_children(|c| {
        c.spawn(th.card())
            .insert(Node {
                width: percent(90),
                flex_direction: FlexDirection::Column,
                row_gap: px(12),
                padding: UiRect::all(px(20)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|card| {
                card.spawn(th.para(body.to_owned(), 20.0, theme::INK));
                if let Some(e) = ending {
                    card.spawn(th.heading(e.to_owned(), 18.0, theme::ACCENT));
                }
            });
    });
}
