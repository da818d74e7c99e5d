//! The simulated desktop: a browser window on a wallpaper and a task bar
//! with a clock.

use bevy::prelude::*;

use crate::gui::screens::Ctx;
use crate::gui::theme::{self, Theme};

/// A window frame with a title bar; `body` fills it.
pub fn window(
    parent: &mut ChildSpawnerCommands,
    th: &Theme,
    title: &str,
    title_bg: Color,
    body: impl FnOnce(&mut ChildSpawnerCommands),
) {
    parent
        .spawn((
            Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(6)),
                overflow: Overflow::clip(),
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::PANEL),
            BorderColor::all(Color::srgb(0.55, 0.58, 0.64)),
            BoxShadow::default(),
        ))
        .with_children(|w| {
            w.spawn((
                Node {
                    width: percent(100),
                    padding: UiRect::axes(px(10), px(6)),
                    column_gap: px(8),
                    align_items: AlignItems::Center,
                    direction: th.direction(),
                    ..default()
                },
                BackgroundColor(title_bg),
            ))
            .with_children(|bar| {
                bar.spawn(Node {
                    flex_grow: 1.0,
                    ..default()
                })
                .with_children(|t| {
                    t.spawn(th.para(title.to_owned(), 15.0, Color::WHITE));
                });
                for c in ["—", "☐", "✕"] {
                    bar.spawn(th.label(c, 13.0, Color::WHITE, false));
                }
            });
            w.spawn(Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                padding: UiRect::all(px(16)),
                direction: th.direction(),
                ..default()
            })
            .with_children(body);
        });
}

/// A browser window showing `address` and a page.
pub fn browser(
    parent: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    address: &str,
    page: impl FnOnce(&mut ChildSpawnerCommands),
) {
    let th = &ctx.theme;
    window(
        parent,
        th,
        &ctx.t("play-browser"),
        Color::srgb(0.25, 0.28, 0.35),
        |w| {
            w.spawn((
                Node {
                    width: percent(100),
                    padding: UiRect::axes(px(10), px(4)),
                    border_radius: BorderRadius::all(px(12)),
                    direction: InlineDirection::Ltr,
                    ..default()
                },
                BackgroundColor(Color::srgb(0.9, 0.91, 0.93)),
            ))
            .with_children(|a| {
                a.spawn(th.label(address.to_owned(), 14.0, theme::MUTED, false));
            });
            page(w);
        },
    );
}

/// The task bar at the bottom of the desktop with app names and a clock.
pub fn taskbar(parent: &mut ChildSpawnerCommands, ctx: &Ctx, clock: &str) {
    let th = &ctx.theme;
    parent
        .spawn((
            Node {
                width: percent(100),
                padding: UiRect::axes(px(10), px(6)),
                column_gap: px(16),
                align_items: AlignItems::Center,
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::TASKBAR),
        ))
        .with_children(|bar| {
            bar.spawn(th.label("⊞", 18.0, Color::WHITE, true));
            for id in ["play-browser", "play-mail", "play-chat"] {
                bar.spawn(th.label(ctx.t(id), 14.0, Color::srgb(0.85, 0.87, 0.9), false));
            }
            bar.spawn(Node {
                flex_grow: 1.0,
                ..default()
            });
            bar.spawn(th.label(clock.to_owned(), 15.0, Color::WHITE, false));
        });
}
