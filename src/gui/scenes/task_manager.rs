//! The simulated Task Manager (Ctrl+Shift+Esc): the right way to close a
//! browser locker. Ending the browser takes the pack's choice tagged
//! CloseBrowserTaskManager, if the current step has one.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

use crate::gui::focus::Autofocus;
use crate::gui::screens::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};

pub fn draw(parent: &mut ChildSpawnerCommands, ctx: &Ctx, browser_open: bool) {
    let th = &ctx.theme;
    parent
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                width: percent(100),
                height: percent(100),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.45)),
            GlobalZIndex(10),
            TabGroup::modal(),
        ))
        .with_children(|o| {
            o.spawn(th.card())
                .insert(Node {
                    width: percent(60),
                    min_width: px(320),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(12),
                    padding: UiRect::all(px(18)),
                    direction: th.direction(),
                    ..default()
                })
                .with_children(|w| {
                    w.spawn(th.heading(ctx.t("play-taskmgr"), 22.0, theme::INK));
                    if browser_open {
                        w.spawn(th.row(12.0)).with_children(|r| {
                            r.spawn(th.label(
                                format!(
                                    "◉ {}",
                                    crate::locale::bidi::strip_marks(
                                        &ctx.t("play-taskmgr-process")
                                    )
                                ),
                                17.0,
                                theme::INK,
                                false,
                            ));
                            r.spawn((
                                th.button(
                                    ctx.t("play-taskmgr-end"),
                                    UiCommand::EndBrowserTask,
                                    Look::Primary,
                                ),
                                Autofocus,
                            ));
                        });
                    } else {
                        w.spawn(th.para(ctx.t("play-taskmgr-nothing"), 16.0, theme::MUTED));
                    }
                    w.spawn(th.button(
                        ctx.t("play-taskmgr-close"),
                        UiCommand::CloseTaskManager,
                        Look::Plain,
                    ));
                });
        });
}
