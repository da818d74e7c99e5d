//! Results across the curriculum: mean score, pass/fail, d′ and bias.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::scoring::score_curriculum;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    let c = score_curriculum(&ctx.gui.results, ctx.gui.pass_mark);
    main.spawn(Node {
        width: percent(100),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::FlexStart,
        padding: UiRect::all(px(24)),
        direction: th.direction(),
        ..default()
    })
    .with_children(|wrap| {
        wrap.spawn(th.card())
            .insert(Node {
                width: percent(90),
                max_width: px(820),
                flex_direction: FlexDirection::Column,
                row_gap: px(12),
                padding: UiRect::all(px(24)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|card| {
                card.spawn(th.heading(ctx.t("results-heading"), 30.0, theme::INK));
                let (id, color) = if c.passed {
                    ("results-passed", theme::SAFE)
                } else {
                    ("results-failed", theme::DANGER)
                };
                card.spawn(th.heading(ctx.t(id), 24.0, color));
                card.spawn(th.para(
                    ctx.ta(
                        "results-mean",
                        &[("points", format!("{:.0}", c.mean_points))],
                    ),
                    18.0,
                    theme::INK,
                ));
                card.spawn(th.para(
                    ctx.ta(
                        "results-critical",
                        &[("count", c.critical_failures.to_string())],
                    ),
                    18.0,
                    theme::INK,
                ));
                card.spawn(th.para(
                    ctx.ta(
                        "results-dprime",
                        &[("value", format!("{:.2}", c.signal.d_prime))],
                    ),
                    18.0,
                    theme::INK,
                ));
                card.spawn(th.para(
                    ctx.ta(
                        "results-bias",
                        &[("value", format!("{:.2}", c.signal.bias_c))],
                    ),
                    18.0,
                    theme::INK,
                ));
                card.spawn(th.para(ctx.t("results-bias-note"), 15.0, theme::MUTED));
                card.spawn(th.row(10.0)).with_children(|row| {
                    if !ctx.gui.is_kiosk() {
                        row.spawn(th.button(
                            ctx.t("overview-heading"),
                            UiCommand::ShowOverview,
                            Look::Primary,
                        ));
                    }
                    row.spawn(th.button(
                        ctx.t(if ctx.gui.is_kiosk() {
                            "kiosk-finish"
                        } else {
                            "results-again"
                        }),
                        UiCommand::Restart,
                        Look::Plain,
                    ));
                });
            });
    });
}
