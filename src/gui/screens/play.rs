//! Play: the desk (see [`crate::gui::pc`]) while the story runs; when it
//! ends, the last scene's narration with a way on. The facilitator's reveal
//! of what the group chose shows over the desk.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, Look};
use crate::locale::bidi::strip_marks;
use crate::view::SceneView;

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let Some(play) = ctx.gui.play.as_ref() else {
        return;
    };
    let Some(view) = play.view() else { return };
    match &view.scene {
        SceneView::Narration { body } if view.ending.is_some() || view.choices.is_empty() => {
            narration(main, ctx, body, view.ending.as_deref())
        }
        _ => crate::gui::pc::build(main, ctx, &view),
    }
    if let Some(r) = &ctx.group.reveal {
        reveal(main, ctx, play, r);
    }
    if !ctx.gui.oriented {
        orientation(main, ctx);
    }
}

/// Before the first scenario: this is a pretend computer and phone; do what
/// you would do at home; how to flag and how to get help or leave. Nothing
/// about this scenario, and nothing coaches after it.
fn orientation(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
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
        BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.6)),
        GlobalZIndex(50),
        bevy::input_focus::tab_navigation::TabGroup::modal(),
    ))
    .with_children(|o| {
        o.spawn(th.card())
            .insert(Node {
                width: percent(60),
                flex_direction: FlexDirection::Column,
                row_gap: px(14),
                padding: UiRect::all(px(28)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|c| {
                c.spawn(th.heading(ctx.t("orientation-title"), 24.0, theme::INK));
                for id in [
                    "orientation-pretend",
                    "orientation-home",
                    "orientation-flag",
                    "orientation-help",
                ] {
                    c.spawn(th.para(ctx.t(id), 19.0, theme::INK));
                }
                c.spawn((
                    th.button(
                        ctx.t("orientation-start"),
                        UiCommand::Oriented,
                        Look::Primary,
                    ),
                    Autofocus,
                ));
            });
    });
}

/// The story told (a time skip, or what happened in the end).
fn narration(main: &mut ChildSpawnerCommands, ctx: &Ctx, body: &str, ending: Option<&str>) {
    let th = &ctx.theme;
    th.story_card(main, |card| {
        card.spawn(th.para(body.to_owned(), 20.0, theme::INK));
        if let Some(e) = ending {
            card.spawn(th.heading(e.to_owned(), 18.0, theme::ACCENT));
            card.spawn((
                th.button(
                    ctx.t("play-continue"),
                    UiCommand::ShowJudgement,
                    Look::Primary,
                ),
                Autofocus,
            ));
        }
    });
}

/// Facilitator mode: what the group chose, its feedback and the red flags
/// of the step just left, before the story goes on.
fn reveal(
    main: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    play: &crate::play::Play,
    r: &crate::gui::state::Reveal,
) {
    let th = &ctx.theme;
    let Some(step) = play.run.pack().scenario.step(&r.step) else {
        return;
    };
    main.spawn((
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.5)),
        GlobalZIndex(40),
        bevy::input_focus::tab_navigation::TabGroup::modal(),
    ))
    .with_children(|o| {
        o.spawn(th.card())
            .insert(Node {
                width: percent(60),
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                padding: UiRect::all(px(20)),
                direction: th.direction(),
                ..default()
            })
            .with_children(|c| {
                c.spawn(th.heading(ctx.t("facilitator-reveal"), 20.0, theme::ACCENT));
                if let Some(choice) = step.choice(&r.choice) {
                    c.spawn(th.para(
                        th.bulleted(&strip_marks(&play.text.pack(&choice.label))),
                        17.0,
                        theme::INK,
                    ));
                    if let Some(f) = &choice.feedback {
                        c.spawn(th.para(play.text.pack(f), 16.0, theme::MUTED));
                    }
                }
                for h in &step.hotspots {
                    c.spawn(th.para(
                        format!("⚑ {}", strip_marks(&play.text.pack(&h.label))),
                        16.0,
                        theme::DANGER,
                    ));
                    c.spawn(th.para(play.text.pack(&h.why), 15.0, theme::INK));
                }
                c.spawn((
                    th.button(
                        ctx.t("play-continue"),
                        UiCommand::DismissReveal,
                        Look::Primary,
                    ),
                    Autofocus,
                ));
            });
    });
}
