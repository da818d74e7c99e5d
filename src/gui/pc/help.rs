//! F1: help over the desk. Settings (language, text size, motion), leaving
//! the scenario, and "What can I do here?": what the PC, the phone and the
//! flag tool let anyone do, and the buttons and replies on screen now —
//! unranked, in the same seeded order as on screen.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::ui::prelude::AccessibleLabel;

use super::{DeskCmd, Pc};
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{INK, Look, MUTED};
use crate::locale::bidi::strip_marks;
use crate::view::ViaView;

/// What anyone can do at this PC, whatever the scene (world terms).
const EVERYWHERE: [&str; 6] = [
    "help-can-click",
    "help-can-phone",
    "help-can-close",
    "help-can-task-manager",
    "help-can-network",
    "help-can-flag",
];

pub fn draw(main: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    main.spawn((
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            direction: th.direction(),
            ..default()
        },
        BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.55)),
        GlobalZIndex(30),
        TabGroup::modal(),
    ))
    .with_children(|o| {
        o.spawn(th.card())
            .insert(Node {
                width: percent(70),
                max_height: percent(92),
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                padding: UiRect::all(px(20)),
                overflow: Overflow::scroll_y(),
                direction: th.direction(),
                ..default()
            })
            .with_children(|c| {
                c.spawn((
                    th.heading(pc.t("help-title"), 22.0, INK),
                    AccessibleLabel(pc.t("help-title")),
                ));
                c.spawn(th.heading(pc.t("help-what-can-i-do"), 18.0, INK));
                for id in EVERYWHERE {
                    c.spawn(th.para(format!("• {}", strip_marks(&pc.t(id))), 15.0, INK));
                }
                let on_screen: Vec<_> = pc
                    .view
                    .choices
                    .iter()
                    .filter(|ch| matches!(ch.via, ViaView::Press | ViaView::Say))
                    .collect();
                if !on_screen.is_empty() {
                    c.spawn(th.para(pc.t("help-on-screen"), 15.0, MUTED));
                    for ch in on_screen {
                        let shown = match ch.via {
                            ViaView::Say => format!("• “{}”", strip_marks(&ch.label)),
                            _ => format!("• {}", strip_marks(&ch.label)),
                        };
                        c.spawn(th.para(shown, 15.0, INK));
                    }
                }
                c.spawn(th.heading(pc.t("help-settings"), 18.0, INK));
                c.spawn(th.row(8.0)).with_children(|r| {
                    if !pc.ctx.gui.is_kiosk() {
                        r.spawn(th.button(
                            pc.t("settings-text-smaller"),
                            UiCommand::TextSmaller,
                            Look::Plain,
                        ));
                        r.spawn(th.button(
                            pc.t("settings-text-bigger"),
                            UiCommand::TextBigger,
                            Look::Plain,
                        ));
                        let motion = if pc.ctx.gui.settings.reduced_motion {
                            "settings-motion-on"
                        } else {
                            "settings-motion-off"
                        };
                        r.spawn(th.button(pc.t(motion), UiCommand::ToggleMotion, Look::Plain));
                    }
                    let name = pc
                        .ctx
                        .gui
                        .engine
                        .ui
                        .info(&pc.ctx.gui.locale)
                        .map(|i| i.name.clone())
                        .unwrap_or_default();
                    r.spawn(th.button(
                        pc.ctx.ta("settings-language", &[("name", name)]),
                        UiCommand::NextLocale,
                        Look::Plain,
                    ));
                });
                c.spawn(th.row(8.0)).with_children(|r| {
                    r.spawn((
                        th.button(
                            pc.t("help-back"),
                            UiCommand::Desk(DeskCmd::Close),
                            Look::Primary,
                        ),
                        Autofocus,
                    ));
                    let leave = if pc.ctx.gui.is_kiosk() {
                        UiCommand::Restart
                    } else {
                        UiCommand::ShowOverview
                    };
                    r.spawn(th.button(pc.t("help-leave"), leave, Look::Plain));
                });
            });
    });
}
