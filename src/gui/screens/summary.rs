//! Anonymous figures from the day's kiosk sessions, for the facilitator.
//! Figures based on fewer than five sessions are suppressed by the records
//! module and shown as such.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::records::public::Ratio;

pub fn build(
    main: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    summary: Option<&crate::records::public::PublicSummary>,
) {
    let th = &ctx.theme;
    // The heading and the Back button stay in view; the figures between
    // them scroll when they do not fit.
    main.spawn(Node {
        width: percent(100),
        flex_direction: FlexDirection::Column,
        row_gap: px(12),
        padding: UiRect::all(px(24)),
        direction: th.direction(),
        ..default()
    })
    .with_children(|page| {
        page.spawn(th.heading(ctx.t("summary-heading"), 32.0, theme::INK));
        page.spawn(th.para(ctx.t("summary-note"), 16.0, theme::MUTED));
        page.spawn(Node {
            width: percent(100),
            flex_grow: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            row_gap: px(12),
            overflow: Overflow::scroll_y(),
            direction: th.direction(),
            ..default()
        })
        .with_children(|col| figures(col, ctx, summary));
        page.spawn(th.row(10.0)).with_children(|r| {
            r.spawn(th.button(ctx.t("staff-back"), UiCommand::Back, Look::Primary));
        });
    });
}

fn figures(
    col: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    summary: Option<&crate::records::public::PublicSummary>,
) {
    let th = &ctx.theme;
    let hidden = ctx.t("summary-suppressed");
    let ratio = |r: &Option<Ratio>| {
        r.as_ref().map_or(hidden.clone(), |r| {
            format!("{} / {} ({})", r.count, r.out_of, r.percent())
        })
    };
    let count = |c: &Option<u32>| c.map_or(hidden.clone(), |c| c.to_string());
    match summary {
        None => {
            col.spawn(th.para(ctx.t("summary-none"), 18.0, theme::MUTED));
        }
        Some(s) => {
            col.spawn(th.card()).with_children(|c| {
                for (label, value) in [
                    (ctx.t("summary-sessions"), count(&s.sessions)),
                    (ctx.t("summary-runs"), count(&s.runs)),
                    (ctx.t("summary-refused"), ratio(&s.scam_refused)),
                    (ctx.t("summary-genuine"), ratio(&s.genuine_allowed)),
                    (ctx.t("summary-passed"), ratio(&s.passed)),
                ] {
                    c.spawn(th.row(12.0)).with_children(|r| {
                        r.spawn(th.label(
                            crate::locale::bidi::strip_marks(&label),
                            22.0,
                            theme::INK,
                            false,
                        ));
                        r.spawn((Node {
                            direction: InlineDirection::Ltr,
                            ..default()
                        },))
                            .with_children(|v| {
                                v.spawn(th.label(value, 22.0, theme::ACCENT, true));
                            });
                    });
                }
            });
            // Detection beside behaviour: did the room tell scams from
            // real help, or just refuse everything?
            col.spawn(th.card()).with_children(|c| {
                c.spawn(th.heading(ctx.t("summary-compare"), 20.0, theme::INK));
                c.spawn(th.para(ctx.t("summary-compare-note"), 16.0, theme::MUTED));
                let cell = |r: &mut ChildSpawnerCommands, text: String, bold: bool, first: bool| {
                    // Figures sit in a left-to-right box (so "3 / 5 (60%)"
                    // keeps its order), pushed to where the column's
                    // heading starts.
                    let rtl = th.direction() == InlineDirection::Rtl;
                    r.spawn((Node {
                        // The row names' column is wider: they are phrases.
                        width: px(if first { 340 } else { 260 }),
                        direction: if bold {
                            th.direction()
                        } else {
                            InlineDirection::Ltr
                        },
                        justify_content: if !bold && rtl {
                            JustifyContent::FlexEnd
                        } else {
                            JustifyContent::FlexStart
                        },
                        ..default()
                    },))
                        .with_children(|v| {
                            if bold {
                                // Headings and row names start where
                                // reading starts, also when they wrap.
                                v.spawn(th.heading(text, 20.0, theme::INK));
                            } else {
                                v.spawn(th.label(text, 20.0, theme::ACCENT, false));
                            }
                        });
                };
                c.spawn(th.row(12.0)).with_children(|r| {
                    cell(r, String::new(), true, true);
                    cell(r, ctx.t("summary-did"), true, false);
                    cell(r, ctx.t("summary-judged"), true, false);
                });
                for (label, did, judged) in [
                    (
                        ctx.t("summary-scams-as-scams"),
                        &s.did_scam_as_scam,
                        &s.judged_scam_as_scam,
                    ),
                    (
                        ctx.t("summary-help-as-scam"),
                        &s.did_help_as_scam,
                        &s.judged_help_as_scam,
                    ),
                ] {
                    c.spawn(th.row(12.0)).with_children(|r| {
                        cell(r, crate::locale::bidi::strip_marks(&label), true, true);
                        cell(r, ratio(did), false, false);
                        cell(r, ratio(judged), false, false);
                    });
                }
            });
            if !s.missed_flags.is_empty() {
                col.spawn(th.card()).with_children(|c| {
                    c.spawn(th.heading(ctx.t("summary-missed"), 20.0, theme::INK));
                    for m in s.missed_flags.iter().take(5) {
                        let label = ctx.gui.engine.library.get(&m.pack_id).and_then(|p| {
                            let text = crate::text::RunText::new(
                                &ctx.gui.engine.ui,
                                p,
                                &ctx.gui.locale,
                                &crate::variables::Values::default(),
                            );
                            p.scenario
                                .steps
                                .values()
                                .flat_map(|st| st.hotspots.iter())
                                .find(|h| h.id == m.flag_id)
                                .map(|h| text.pack(&h.label))
                        });
                        let label = label.map_or_else(
                            || m.flag_id.clone(),
                            |l| crate::locale::bidi::strip_marks(&l),
                        );
                        let times = crate::locale::bidi::strip_marks(&ctx.ta(
                            "summary-missed-times",
                            &[
                                ("missed", m.missed.to_string()),
                                ("present", m.present.to_string()),
                            ],
                        ));
                        c.spawn(th.para(format!("{label} — {times}"), 18.0, theme::INK));
                    }
                });
            }
        }
    }
}
