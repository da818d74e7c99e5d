//! The debrief after every scenario: verdict, what happened, decisions, red
//! flags (spotted or missed, and why), what to do instead, where to report.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    let Some(play) = ctx.gui.play.as_ref() else {
        return;
    };
    // The run's outcome was taken once when it ended; only its words are
    // made again (the language may have changed since).
    let d = match &ctx.gui.outcome {
        Some(o) => play.debrief_for(&o.score),
        None => play.debrief(),
    };
    main.spawn(Node {
        width: percent(100),
        flex_direction: FlexDirection::Column,
        row_gap: px(12),
        padding: UiRect::all(px(20)),
        overflow: Overflow::scroll_y(),
        direction: th.direction(),
        ..default()
    })
    .with_children(|col| {
        col.spawn(th.heading(
            format!(
                "{} — {}",
                ctx.t("debrief-heading"),
                crate::locale::bidi::strip_marks(&d.title)
            ),
            28.0,
            theme::INK,
        ));
        let verdict_color = if d.critical {
            theme::DANGER
        } else if d.passed {
            theme::SAFE
        } else {
            Color::srgb(0.7, 0.4, 0.0)
        };
        col.spawn((
            th.card(),
            Outline {
                width: px(3),
                offset: px(0),
                color: verdict_color,
            },
        ))
        .with_children(|c| {
            c.spawn(th.heading(d.verdict.clone(), 22.0, verdict_color));
            c.spawn(th.para(d.score_line.clone(), 18.0, theme::INK));
        });
        col.spawn(th.card()).with_children(|c| {
            c.spawn(th.heading(ctx.t("debrief-happened"), 20.0, theme::INK));
            c.spawn(th.para(d.summary.clone(), 17.0, theme::INK));
        });
        col.spawn(th.card()).with_children(|c| {
            c.spawn(th.heading(ctx.t("debrief-decisions"), 20.0, theme::INK));
            for n in &d.decisions {
                c.spawn(th.para(
                    format!("• {}", crate::locale::bidi::strip_marks(&n.choice)),
                    17.0,
                    theme::INK,
                ));
                if let Some(f) = &n.feedback {
                    c.spawn(th.para(f.clone(), 15.0, theme::MUTED));
                }
            }
        });
        if !d.red_flags.is_empty() {
            col.spawn(th.card()).with_children(|c| {
                c.spawn(th.heading(ctx.t("debrief-flags"), 20.0, theme::INK));
                for f in &d.red_flags {
                    let (mark, color, state) = if f.spotted {
                        ("✔", theme::SAFE, ctx.t("debrief-spotted"))
                    } else {
                        ("○", theme::DANGER, ctx.t("debrief-missed"))
                    };
                    c.spawn(th.para(
                        format!(
                            "{mark} {} — {}",
                            crate::locale::bidi::strip_marks(&f.label),
                            crate::locale::bidi::strip_marks(&state)
                        ),
                        17.0,
                        color,
                    ));
                    c.spawn(th.para(f.why.clone(), 15.0, theme::INK));
                }
            });
        }
        col.spawn(th.card()).with_children(|c| {
            c.spawn(th.heading(ctx.t("debrief-instead"), 20.0, theme::INK));
            for l in &d.lessons {
                c.spawn(th.para(
                    th.bulleted(&crate::locale::bidi::strip_marks(l)),
                    16.0,
                    theme::INK,
                ));
            }
            c.spawn(th.heading(ctx.t("debrief-report-heading"), 18.0, theme::INK));
            c.spawn(th.para(d.report.clone(), 16.0, theme::ACCENT));
        });
        col.spawn(th.row(10.0)).with_children(|row| {
            row.spawn((
                th.button(
                    ctx.t("debrief-next"),
                    UiCommand::NextScenario,
                    Look::Primary,
                ),
                Autofocus,
            ));
            // A kiosk visitor has no list to go back to: they finish.
            if ctx.gui.is_kiosk() {
                row.spawn(th.button(ctx.t("kiosk-finish"), UiCommand::Restart, Look::Plain));
            } else {
                row.spawn(th.button(
                    ctx.t("debrief-overview"),
                    UiCommand::ShowOverview,
                    Look::Plain,
                ));
            }
        });
    });
}
