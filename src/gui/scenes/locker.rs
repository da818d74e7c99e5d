//! The browser locker: a full-screen fake "security" page with pulsing
//! warning, countdown, fake scan, phone number and a looping alarm.

use bevy::prelude::*;

use super::Anim;
use crate::gui::screens::Ctx;
use crate::gui::theme;

pub struct Locker<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub phone: &'a str,
    pub countdown_secs: u32,
    pub voice: Option<&'a str>,
}

pub fn draw(parent: &mut ChildSpawnerCommands, ctx: &Ctx, l: &Locker) {
    let th = &ctx.theme;
    parent
        .spawn((
            Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                padding: UiRect::all(px(18)),
                row_gap: px(12),
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::WARN_BG),
        ))
        .with_children(|o| {
            let mut header = o.spawn((
                Node {
                    width: percent(100),
                    padding: UiRect::all(px(12)),
                    border_radius: BorderRadius::all(px(4)),
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(theme::DANGER),
            ));
            if !th.reduced_motion {
                header.insert(Anim::Pulse);
            }
            header.with_children(|h| {
                h.spawn(th.heading(
                    format!("⚠ {}", crate::locale::bidi::strip_marks(l.title)),
                    24.0,
                    Color::WHITE,
                ));
            });
            o.spawn(th.para(l.body.to_owned(), 18.0, Color::WHITE));
            // A pop-up without a phone number shows no number box.
            if !l.phone.is_empty() {
                o.spawn((
                    Node {
                        padding: UiRect::all(px(12)),
                        border: UiRect::all(px(3)),
                        direction: InlineDirection::Ltr,
                        ..default()
                    },
                    BorderColor::all(Color::WHITE),
                    BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.25)),
                ))
                .with_children(|p| {
                    p.spawn(th.label(
                        crate::locale::bidi::strip_marks(l.phone),
                        34.0,
                        Color::WHITE,
                        true,
                    ));
                });
            }
            o.spawn((
                th.para(
                    ctx.ta("play-countdown", &[("time", mmss(l.countdown_secs))]),
                    18.0,
                    Color::srgb(1.0, 0.85, 0.3),
                ),
                Anim::Countdown {
                    secs: l.countdown_secs,
                },
            ));
            o.spawn((
                Node {
                    width: percent(80),
                    height: px(14),
                    border: UiRect::all(px(1)),
                    direction: th.direction(),
                    ..default()
                },
                BorderColor::all(Color::WHITE),
            ))
            .with_children(|bar| {
                bar.spawn((
                    Node {
                        width: percent(35),
                        height: percent(100),
                        ..default()
                    },
                    BackgroundColor(Color::srgb(1.0, 0.85, 0.3)),
                    Anim::Progress { secs: 20.0 },
                ));
            });
            o.spawn(th.para(ctx.t("play-scanning"), 14.0, Color::srgb(0.85, 0.9, 1.0)));
            if let Some(v) = l.voice {
                o.spawn(th.para(
                    format!("♪ {}", crate::locale::bidi::strip_marks(v)),
                    15.0,
                    Color::srgb(0.85, 0.9, 1.0),
                ));
            }
        });
}

pub fn mmss(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}
