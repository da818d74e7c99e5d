//! Start: pick a language (each named in its own script) and a mode.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::{Mode, UiCommand};
use crate::gui::theme::{self, Look};
use crate::locale::Address;

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
                max_width: px(820),
                flex_direction: FlexDirection::Column,
                row_gap: px(14),
                padding: UiRect::all(px(24)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(10)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|card| {
                card.spawn(th.heading(ctx.t("app-title"), 40.0, theme::ACCENT));
                card.spawn(th.para(ctx.t("app-tagline"), 20.0, theme::INK));
                card.spawn(th.heading(ctx.t("start-language"), 20.0, theme::INK));
                card.spawn(th.row(10.0)).with_children(|row| {
                    for tag in ctx.gui.locales() {
                        let Some(info) = ctx.gui.engine.ui.infos.get(&tag) else {
                            continue;
                        };
                        let look = if tag == ctx.gui.locale {
                            Look::Primary
                        } else {
                            Look::Plain
                        };
                        let mut b = row.spawn(th.button(
                            info.name.clone(),
                            UiCommand::SetLocale(tag.clone()),
                            look,
                        ));
                        b.insert(bevy::ui::prelude::AccessibleLabel(format!(
                            "{} ({tag})",
                            info.name
                        )));
                    }
                });
                // Hebrew and Arabic have no neutral singular "you": ask how
                // the callers and texts should address the trainee.
                if ctx.gui.needs_address() {
                    card.spawn(th.heading(ctx.t("start-address"), 20.0, theme::INK));
                    card.spawn(th.row(10.0)).with_children(|row| {
                        for (a, id) in [
                            (Address::Masculine, "start-address-m"),
                            (Address::Feminine, "start-address-f"),
                            (Address::Plural, "start-address-p"),
                        ] {
                            let chosen = ctx.gui.address.unwrap_or_default() == a;
                            let look = if chosen { Look::Primary } else { Look::Plain };
                            row.spawn(th.button(ctx.t(id), UiCommand::SetAddress(a), look));
                        }
                    });
                }
                // A kiosk has no sign-in: language, then straight into a short session.
                if !ctx.gui.is_kiosk() && !ctx.group.on {
                    card.spawn(th.heading(ctx.t("start-mode"), 20.0, theme::INK));
                    card.spawn(th.row(10.0)).with_children(|row| {
                        for (mode, id) in [
                            (Mode::Training, "start-mode-training"),
                            (Mode::Public, "start-mode-public"),
                        ] {
                            let look = if ctx.gui.mode == mode {
                                Look::Primary
                            } else {
                                Look::Plain
                            };
                            row.spawn(th.button(ctx.t(id), UiCommand::SetMode(mode), look));
                        }
                    });
                }
                card.spawn(th.row(10.0)).with_children(|row| {
                    row.spawn((
                        th.button(ctx.t("start-begin"), UiCommand::Begin, Look::Safe),
                        Autofocus,
                    ));
                });
            });
    });
}
