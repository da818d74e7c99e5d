//! The curriculum: every scenario with its progress.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::text::RunText;
use crate::variables::Values;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    let gui = ctx.gui;
    let done = gui
        .curriculum
        .iter()
        .filter(|id| gui.result_for(id).is_some())
        .count();
    let next = gui.next_unplayed();
    main.spawn((Node {
        width: percent(100),
        flex_direction: FlexDirection::Column,
        row_gap: px(12),
        padding: UiRect::all(px(20)),
        overflow: Overflow::scroll_y(),
        direction: th.direction(),
        ..default()
    },))
        .with_children(|col| {
            col.spawn(th.heading(ctx.t("overview-heading"), 30.0, theme::INK));
            col.spawn(th.para(
                ctx.ta(
                    "overview-progress",
                    &[
                        ("done", done.to_string()),
                        ("total", gui.curriculum.len().to_string()),
                    ],
                ),
                18.0,
                theme::MUTED,
            ));
            for id in &gui.curriculum {
                let Some(pack) = gui.engine.library.get(id) else {
                    continue;
                };
                let words = RunText::new(&gui.engine.ui, pack, &gui.locale, &Values::default());
                col.spawn(th.card()).with_children(|card| {
                    card.spawn(th.row(12.0))
                        .insert(Node {
                            width: percent(100),
                            flex_direction: FlexDirection::Row,
                            column_gap: px(12),
                            align_items: AlignItems::Center,
                            direction: th.direction(),
                            ..default()
                        })
                        .with_children(|row| {
                            row.spawn(Node {
                                flex_grow: 1.0,
                                flex_basis: px(0),
                                flex_direction: FlexDirection::Column,
                                row_gap: px(4),
                                direction: th.direction(),
                                ..default()
                            })
                            .with_children(|text| {
                                text.spawn(th.heading(
                                    words.pack(&pack.scenario.title),
                                    20.0,
                                    theme::INK,
                                ));
                                text.spawn(th.para(
                                    words.pack(&pack.scenario.summary),
                                    16.0,
                                    theme::MUTED,
                                ));
                                if let Some(r) = gui.result_for(id) {
                                    let color = if r.passed { theme::SAFE } else { theme::DANGER };
                                    text.spawn(th.para(
                                        ctx.ta(
                                            "overview-done",
                                            &[("points", r.points.to_string())],
                                        ),
                                        15.0,
                                        color,
                                    ));
                                }
                            });
                            let mut b = row.spawn(th.button(
                                ctx.t("overview-play"),
                                UiCommand::StartScenario(id.clone()),
                                Look::Primary,
                            ));
                            b.insert(bevy::ui::prelude::AccessibleLabel(format!(
                                "{}: {}",
                                ctx.t("overview-play"),
                                crate::locale::bidi::strip_marks(&words.pack(&pack.scenario.title))
                            )));
                            if next.as_deref() == Some(id.as_str()) {
                                b.insert(Autofocus);
                            }
                        });
                });
            }
            col.spawn(th.row(10.0)).with_children(|row| {
                if done > 0 {
                    row.spawn(th.button(
                        ctx.t("overview-results"),
                        UiCommand::ShowResults,
                        Look::Safe,
                    ));
                }
                row.spawn(th.button(ctx.t("overview-back"), UiCommand::Back, Look::Plain));
            });
        });
}
