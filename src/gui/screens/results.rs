//! Results across the curriculum: mean score, pass/fail, d′ and bias.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::scoring::score_curriculum;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    let c = score_curriculum(&ctx.gui.results, ctx.gui.pass_mark);
    th.centred_card(main, percent(90), px(820), |card| {
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
        // Signed decimals sit in their own left-to-right box: in a Hebrew or
        // Arabic line "-0.34" would otherwise show its minus on the wrong side.
        for (id, value) in [
            ("results-dprime", c.signal.d_prime),
            ("results-bias", c.signal.bias_c),
        ] {
            card.spawn(th.row(8.0)).with_children(|row| {
                let label = ctx.ta(id, &[("value", String::new())]);
                let label = label.trim_end_matches(['\u{2068}', '\u{2069}', ' ']);
                row.spawn(th.label(label.to_owned(), 18.0, theme::INK, false));
                row.spawn(Node {
                    direction: InlineDirection::Ltr,
                    ..default()
                })
                .with_children(|v| {
                    v.spawn(th.label(format!("\u{200E}{value:.2}"), 18.0, theme::INK, true));
                });
            });
        }
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
}
