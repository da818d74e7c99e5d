//! Sign in with an employee id (typed), or go on anonymously.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    main.spawn(Node {
        width: percent(100),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::FlexStart,
        padding: UiRect::all(px(24)),
        direction: th.direction(),
        ..default()
    })
    .with_children(|c| {
        c.spawn(th.card())
            .insert(Node {
                width: percent(90),
                max_width: px(700),
                flex_direction: FlexDirection::Column,
                row_gap: px(14),
                padding: UiRect::all(px(24)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|card| {
                card.spawn(th.heading(ctx.t("signin-heading"), 30.0, theme::INK));
                card.spawn(th.para(ctx.t("signin-prompt"), 18.0, theme::MUTED));
                let shown = if ctx.gui.typed_id.is_empty() {
                    "_".to_owned()
                } else {
                    format!("{}_", ctx.gui.typed_id)
                };
                card.spawn((
                    Node {
                        padding: UiRect::all(px(10)),
                        border: UiRect::all(px(2)),
                        width: percent(100),
                        direction: th.direction(),
                        ..default()
                    },
                    BorderColor::all(theme::ACCENT),
                ))
                .with_children(|b| {
                    b.spawn(th.para(ctx.ta("signin-id", &[("id", shown)]), 24.0, theme::INK));
                });
                card.spawn(th.para(ctx.t("signin-privacy"), 15.0, theme::MUTED));
                card.spawn(th.row(10.0)).with_children(|row| {
                    if !ctx.gui.typed_id.is_empty() {
                        row.spawn(th.button(
                            ctx.t("signin-continue"),
                            UiCommand::SignIn,
                            Look::Primary,
                        ));
                    }
                    row.spawn(th.button(
                        ctx.t("signin-anonymous"),
                        UiCommand::SignInAnonymous,
                        Look::Plain,
                    ));
                });
            });
    });
}
