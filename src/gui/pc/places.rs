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
    let amount_line =
        |amount: &str| strip_marks(&pc.ctx.ta("play-amount", &[("amount", amount.to_owned())]));
    match &pc.view.scene {
        SceneView::Doorstep {
            visitor,
            body,
            method,
            amount,
        } => place(screen, pc, Color::srgb(0.55, 0.5, 0.45), |s| {
            door_intercom(s, pc, visitor, body, method, amount)
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
            crypto_atm(s, pc, body, &amount_line(amount), address)
        }),
        _ => {}
    }
}

/// A box of this size that centres what it holds.
fn centred(width: Val, height: Val) -> Node {
    Node {
        width,
        height,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        ..default()
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
    .with_children(|glass| person(glass, Color::srgb(0.36, 0.40, 0.46), None));
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
                    border_radius: BorderRadius::all(px(4)),
                    ..centred(px(200), px(130))
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
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(3)),
                    ..centred(px(250), px(96))
                },
                BackgroundColor(Color::srgb(0.55, 0.70, 0.50)),
                BorderColor::all(Color::srgb(0.35, 0.50, 0.32)),
            ))
            .with_children(|notes| {
                notes
                    .spawn((
                        centred(px(112), percent(100)),
                        BackgroundColor(Color::srgb(0.96, 0.94, 0.88)),
                    ))
                    .with_children(|band| {
                        pc.text(band, "amount", amount, 13.0, INK, true);
                    });
            });
    });
    panel(s, pc, PANEL, |p| text_and_acts(p, pc, body, post_yellow));
}

/// The pack's text for the place, what the trainee can say there (when no
/// call is on), and the acts as buttons of `button` colour.
fn text_and_acts(p: &mut ChildSpawnerCommands, pc: &Pc, body: &str, button: Color) {
    pc.text(p, "body", body, 17.0, INK, false);
    if pc.view.call.is_none() {
        super::apps::replies(p, pc, Color::srgb(0.95, 0.95, 0.97), INK);
    }
    pc.buttons(p, button, INK);
}

/// A person seen from the chest up: head and shoulders, the jacket with
/// two reflective stripes when `vest` is given.
fn person(p: &mut ChildSpawnerCommands, skin: Color, vest: Option<Color>) {
    p.spawn((
        Node {
            width: px(56),
            height: px(56),
            margin: UiRect::bottom(px(6)),
            border_radius: BorderRadius::all(percent(50)),
            ..default()
        },
        BackgroundColor(skin),
    ));
    p.spawn((
        Node {
            width: px(150),
            height: px(60),
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::Center,
            row_gap: px(8),
            border_radius: BorderRadius::top(px(40)),
            ..default()
        },
        BackgroundColor(vest.unwrap_or(skin)),
    ))
    .with_children(|jacket| {
        if vest.is_some() {
            for _ in 0..2 {
                jacket.spawn((
                    Node {
                        width: percent(100),
                        height: px(6),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(0.85, 0.87, 0.88)),
                ));
            }
        }
    });
}

/// The video intercom at the front door: the camera's picture with the
/// visitor, what they say, and beside the door what is to be handed over.
fn door_intercom(
    s: &mut ChildSpawnerCommands,
    pc: &Pc,
    visitor: &str,
    body: &str,
    method: &PaymentMethod,
    amount: &str,
) {
    let th = pc.th();
    // The camera picture: a porch at night-vision greens, the visitor at the door.
    panel(s, pc, Color::srgb(0.10, 0.12, 0.10), |cam| {
        cam.spawn(Node {
            width: percent(100),
            justify_content: JustifyContent::SpaceBetween,
            direction: InlineDirection::Ltr,
            ..default()
        })
        .with_children(|osd| {
            osd.spawn(th.label("◉ REC", 13.0, Color::srgb(0.9, 0.3, 0.3), true));
            osd.spawn(th.label("CAM 1", 13.0, Color::srgb(0.7, 0.8, 0.7), true));
        });
        cam.spawn(Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|porch| {
            person(
                porch,
                Color::srgb(0.45, 0.52, 0.45),
                Some(Color::srgb(0.70, 0.85, 0.20)),
            )
        });
        pc.text(cam, "visitor", visitor, 18.0, Color::WHITE, true);
    });
    panel(s, pc, PANEL, |p| {
        // On the hall table, ready: what the caller said to hand over.
        p.spawn(Node {
            column_gap: px(12),
            align_items: AlignItems::Center,
            direction: th.direction(),
            ..default()
        })
        .with_children(|table| {
            handover(table, method);
            table
                .spawn((
                    Node {
                        padding: UiRect::axes(px(8), px(4)),
                        border: UiRect::all(px(1)),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(0.99, 0.97, 0.88)),
                    BorderColor::all(Color::srgb(0.7, 0.65, 0.5)),
                ))
                .with_children(|tag| pc.text(tag, "amount", amount, 16.0, INK, true));
        });
        text_and_acts(p, pc, body, Color::srgb(0.93, 0.94, 0.96));
    });
}

/// What waits by the door: gold bars, a bank card in its envelope, or an
/// envelope of cash.
fn handover(p: &mut ChildSpawnerCommands, method: &PaymentMethod) {
    let (color, edge, count, size) = match method {
        PaymentMethod::Gold => (
            Color::srgb(0.93, 0.76, 0.25),
            Color::srgb(0.70, 0.52, 0.10),
            3,
            (54.0, 20.0),
        ),
        PaymentMethod::Card => (
            Color::srgb(0.20, 0.35, 0.65),
            Color::srgb(0.10, 0.20, 0.45),
            1,
            (70.0, 44.0),
        ),
        _ => (
            Color::srgb(0.96, 0.94, 0.88),
            Color::srgb(0.60, 0.58, 0.50),
            1,
            (84.0, 48.0),
        ),
    };
    p.spawn(Node {
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        row_gap: px(2),
        ..default()
    })
    .with_children(|stack| {
        for _ in 0..count {
            stack.spawn((
                Node {
                    width: px(size.0),
                    height: px(size.1),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(3)),
                    ..default()
                },
                BackgroundColor(color),
                BorderColor::all(edge),
            ));
        }
    });
}

/// A bitcoin ATM: the casing, its screen with the wallet's QR code and
/// address, the sum and the pack's text, and the bill slot below.
fn crypto_atm(s: &mut ChildSpawnerCommands, pc: &Pc, body: &str, amount: &str, address: &str) {
    let th = pc.th();
    let orange = Color::srgb(0.95, 0.6, 0.1);
    s.spawn((
        Node {
            width: percent(72),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(12),
            padding: UiRect::all(px(16)),
            border_radius: BorderRadius::all(px(14)),
            ..default()
        },
        BackgroundColor(orange),
    ))
    .with_children(|casing| {
        casing.spawn(th.label("BTC ATM", 26.0, INK, true));
        panel(casing, pc, Color::srgb(0.06, 0.08, 0.14), |atm| {
            atm.spawn(Node {
                width: percent(100),
                column_gap: px(16),
                row_gap: px(8),
                align_items: AlignItems::Center,
                flex_wrap: FlexWrap::Wrap,
                direction: th.direction(),
                ..default()
            })
            .with_children(|row| {
                qr_code(row, address);
                row.spawn(Node {
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    flex_basis: px(220),
                    min_width: px(0),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(8),
                    direction: th.direction(),
                    ..default()
                })
                .with_children(|col| {
                    // In groups of four, as wallets show an address (and so it wraps).
                    let chars: Vec<char> = strip_marks(address).chars().collect();
                    let grouped = chars
                        .chunks(4)
                        .map(String::from_iter)
                        .collect::<Vec<_>>()
                        .join(" ");
                    pc.ltr_line(
                        col,
                        "address",
                        &grouped,
                        15.0,
                        Color::srgb(0.6, 0.9, 0.6),
                        false,
                    );
                    pc.text(col, "amount", amount, 20.0, Color::WHITE, true);
                });
            });
            pc.text(atm, "body", body, 17.0, Color::WHITE, false);
            pc.buttons(atm, orange, INK);
        });
        // The bill slot, its light on.
        casing
            .spawn((
                Node {
                    width: percent(45),
                    height: px(16),
                    justify_content: JustifyContent::End,
                    align_items: AlignItems::Center,
                    padding: UiRect::horizontal(px(6)),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.08, 0.08, 0.08)),
            ))
            .with_children(|slot| {
                slot.spawn((
                    Node {
                        width: px(6),
                        height: px(6),
                        border_radius: BorderRadius::all(percent(50)),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(0.2, 0.9, 0.3)),
                ));
            });
    });
}

/// One cell of the QR look-alike, in pixels.
const QR_CELL: f32 = 5.0;

/// `n`×`n` cells of the QR picture, from row `r` and column `c`.
fn qr_square(q: &mut ChildSpawnerCommands, r: usize, c: usize, n: usize, color: Color) {
    q.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: px(QR_CELL * (c as f32 + 1.0)),
            top: px(QR_CELL * (r as f32 + 1.0)),
            width: px(QR_CELL * n as f32),
            height: px(QR_CELL * n as f32),
            ..default()
        },
        BackgroundColor(color),
    ));
}

/// A QR-code look-alike for `text`: the three finder squares and cells
/// drawn from the text's hash (always the same picture for one address;
/// not a readable code). Never mirrored.
fn qr_code(p: &mut ChildSpawnerCommands, text: &str) {
    const N: usize = 21;
    const CELL: f32 = QR_CELL;
    let finder = |r: usize, c: usize| {
        let near = |i: usize, at: usize| i >= at && i < at + 8;
        (near(r, 0) && near(c, 0))
            || (near(r, 0) && near(c, N - 8))
            || (near(r, N - 8) && near(c, 0))
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    p.spawn((
        Node {
            width: px(CELL * (N as f32 + 2.0)),
            height: px(CELL * (N as f32 + 2.0)),
            flex_shrink: 0.0,
            direction: InlineDirection::Ltr,
            ..default()
        },
        BackgroundColor(Color::WHITE),
    ))
    .with_children(|q| {
        let dark = Color::BLACK;
        for (r, c) in [(0, 0), (0, N - 7), (N - 7, 0)] {
            qr_square(q, r, c, 7, dark);
            qr_square(q, r + 1, c + 1, 5, Color::WHITE);
            qr_square(q, r + 2, c + 2, 3, dark);
        }
        for r in 0..N {
            for c in 0..N {
                h ^= h << 13;
                h ^= h >> 7;
                h ^= h << 17;
                if !finder(r, c) && h & 1 == 1 {
                    qr_square(q, r, c, 1, dark);
                }
            }
        }
    });
}
