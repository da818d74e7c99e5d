//! Kiosk staff screens: the PIN pad, and once the PIN is given, settings,
//! the day's summary and leaving kiosk mode.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};

pub fn build_pin(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    th.centred_card(main, px(420.0 * th.scale.max(1.0)), Val::Auto, |card| {
        card.spawn(th.heading(ctx.t("staff-pin"), 26.0, theme::INK));
        let dots: String = "●".repeat(ctx.kiosk.typed_pin.chars().count());
        card.spawn((
            Node {
                padding: UiRect::all(px(10)),
                border: UiRect::all(px(2)),
                min_height: px(48),
                width: percent(100),
                direction: InlineDirection::Ltr,
                ..default()
            },
            BorderColor::all(theme::ACCENT),
        ))
        .with_children(|b| {
            b.spawn(th.label(
                if dots.is_empty() { " ".into() } else { dots },
                26.0,
                theme::INK,
                true,
            ));
        });
        if ctx.kiosk.pin_error {
            card.spawn(th.para(ctx.t("staff-pin-wrong"), 16.0, theme::DANGER));
        }
        // The keypad keeps its phone layout in every language.
        for row in [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']] {
            card.spawn((Node {
                column_gap: px(10),
                direction: InlineDirection::Ltr,
                ..default()
            },))
                .with_children(|r| {
                    for d in row {
                        r.spawn(th.button(d.to_string(), UiCommand::PinDigit(d), Look::Plain))
                            .insert(key_node());
                    }
                });
        }
        card.spawn((Node {
            column_gap: px(10),
            direction: InlineDirection::Ltr,
            ..default()
        },))
            .with_children(|r| {
                r.spawn(th.button("⌫", UiCommand::PinBackspace, Look::Plain))
                    .insert((
                        key_node(),
                        bevy::ui::prelude::AccessibleLabel(ctx.t("staff-pin-erase")),
                    ));
                r.spawn(th.button("0", UiCommand::PinDigit('0'), Look::Plain))
                    .insert(key_node());
                r.spawn((
                    th.button(ctx.t("staff-pin-ok"), UiCommand::PinSubmit, Look::Primary),
                    Autofocus,
                ))
                .insert(key_node());
            });
        card.spawn(th.button(ctx.t("staff-cancel"), UiCommand::Back, Look::Plain));
    });
}

pub fn build_staff(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    th.centred_card(main, percent(90), px(720), |card| {
        card.spawn(th.heading(ctx.t("staff-heading"), 28.0, theme::INK));
        card.spawn(th.row(10.0)).with_children(|r| {
            r.spawn((
                th.button(ctx.t("staff-back"), UiCommand::Back, Look::Safe),
                Autofocus,
            ));
            r.spawn(th.button(
                ctx.t("staff-summary"),
                UiCommand::ShowSummary,
                Look::Primary,
            ));
        });
        card.spawn(th.row(10.0)).with_children(|r| {
            r.spawn(th.button(
                ctx.t("settings-text-bigger"),
                UiCommand::TextBigger,
                Look::Plain,
            ));
            r.spawn(th.button(
                ctx.t("settings-text-smaller"),
                UiCommand::TextSmaller,
                Look::Plain,
            ));
            let motion = if ctx.gui.settings.reduced_motion {
                "settings-motion-on"
            } else {
                "settings-motion-off"
            };
            r.spawn(th.button(ctx.t(motion), UiCommand::ToggleMotion, Look::Plain));
        });
        card.spawn(th.button(ctx.t("staff-exit"), UiCommand::ExitKiosk, Look::Danger));
    });
}

/// A keypad key: the same size for every digit, touch-sized.
fn key_node() -> Node {
    Node {
        width: px(90),
        min_height: px(56),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        border: UiRect::all(px(2)),
        border_radius: BorderRadius::all(px(8)),
        ..default()
    }
}
