//! The kiosk's attract loop: an invitation in each shipped language in turn,
//! the whole screen one big button.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::text::UiText;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let gui = ctx.gui;
    let tags = gui.locales();
    // The loop starts with the kiosk's own language, then goes round the others.
    let start = tags.iter().position(|t| *t == gui.locale).unwrap_or(0);
    let tag = tags
        .get((start + ctx.kiosk.attract_index) % tags.len().max(1))
        .cloned()
        .unwrap_or_else(|| gui.locale.clone());
    let words = UiText::new(&gui.engine.ui, &tag);
    let th = crate::gui::theme::Theme {
        rtl: words.is_rtl(),
        ..ctx.theme.clone()
    };
    main.spawn((
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            row_gap: px(24),
            padding: UiRect::all(px(40)),
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(theme::WARN_BG),
    ))
    .with_children(|c| {
        c.spawn(th.label(words.get("app-title", &[]), 64.0, Color::WHITE, true));
        c.spawn(Node {
            width: percent(80),
            direction: th.direction(),
            ..default()
        })
        .with_children(|t| {
            t.spawn(th.label(words.get("kiosk-invite", &[]), 40.0, Color::WHITE, true))
                .insert(Node {
                    width: percent(100),
                    ..default()
                });
        });
        c.spawn(Node {
            width: percent(80),
            direction: th.direction(),
            ..default()
        })
        .with_children(|t| {
            t.spawn(th.label(
                words.get("kiosk-promise", &[]),
                24.0,
                Color::srgb(0.85, 0.9, 1.0),
                false,
            ))
            .insert(Node {
                width: percent(100),
                ..default()
            });
        });
        c.spawn((
            th.button(words.get("kiosk-touch", &[]), UiCommand::WakeUp, Look::Safe),
            Autofocus,
        ));
        // The other languages, small, so everyone sees theirs is there.
        c.spawn(th.row(18.0)).with_children(|r| {
            for t in &tags {
                if let Some(info) = gui.engine.ui.infos.get(t) {
                    r.spawn(th.label(
                        info.name.clone(),
                        20.0,
                        Color::srgba(1.0, 1.0, 1.0, 0.7),
                        false,
                    ));
                }
            }
        });
    });
}
